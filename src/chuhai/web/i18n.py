"""Page labels in English and Simplified Chinese.

The web app's own keys live in ``messages.yaml`` beside this module; when the shared
catalogue of the brief (``chuhai.locale``) is installed its entries are merged over
them, so a label the brief also shows reads the same on the page and in the brief.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Callable

import yaml

from chuhai.vocab import LANGS

DEFAULT_LANG = "en"


def _shared_catalogue() -> dict[str, dict[str, str]]:
    """Entries of ``chuhai.locale`` (``messages.yaml`` or ``en.yaml``/``zh.yaml``), if present."""
    try:
        folder = resources.files("chuhai.locale")
    except (ModuleNotFoundError, TypeError):
        return {}
    out: dict[str, dict[str, str]] = {}
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return {}
    for entry in entries:
        name = entry.name
        if not name.endswith((".yaml", ".yml")):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        stem = name.rsplit(".", 1)[0]
        if stem in LANGS and isinstance(data, dict):
            out.setdefault(stem, {}).update({k: str(v) for k, v in data.items()
                                             if isinstance(v, (str, int, float))})
        elif isinstance(data, dict):
            for lang in LANGS:
                part = data.get(lang)
                if isinstance(part, dict):
                    out.setdefault(lang, {}).update({k: str(v) for k, v in part.items()
                                                     if isinstance(v, (str, int, float))})
    return out


@functools.cache
def catalogue() -> dict[str, dict[str, str]]:
    """``{lang: {key: text}}``: the web keys, overridden by the shared catalogue."""
    text = (resources.files("chuhai.web") / "messages.yaml").read_text(encoding="utf-8")
    own = yaml.safe_load(text)
    merged = {lang: dict(own.get(lang, {})) for lang in LANGS}
    for lang, entries in _shared_catalogue().items():
        if lang in merged:
            merged[lang].update(entries)
    return merged


def pick_lang(value: str | None) -> str:
    """A supported language code; anything else falls back to English."""
    return value if value in LANGS else DEFAULT_LANG


def translator(lang: str) -> Callable[[str], str]:
    """``t(key)`` for templates; an unknown key shows itself so a gap is visible, not fatal."""
    table = catalogue()[pick_lang(lang)]
    fallback = catalogue()[DEFAULT_LANG]

    def t(key: str) -> str:
        return table.get(key) or fallback.get(key) or key

    return t
