"""The en/zh message catalogue (``messages.json``), shared by the brief and the web app.

``messages.json`` maps a message id to its text in each language, with ``{name}``
placeholders filled by :func:`t`. It is plain JSON so the web app's JavaScript can load
the same file.

>>> t("section.flows", "zh")
'按地区和年份的投资流量'
>>> t("cli.wrote", "en", path="brief.html")
'Wrote brief.html'
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from chuhai.vocab import LANGS


@functools.cache
def messages() -> dict[str, dict[str, str]]:
    """The whole catalogue: message id -> {lang: text}."""
    path = resources.files("chuhai.locale") / "messages.json"
    return json.loads(path.read_text(encoding="utf-8"))


def t(key: str, lang: str = "en", /, **values: object) -> str:
    """The message ``key`` in ``lang`` (English if that language lacks it), formatted.

    An unknown key raises KeyError: a missing message is a bug, not something to hide.
    """
    entry = messages()[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in messages()


__all__ = ["t", "has", "messages", "LANGS"]
