"""Page labels in English and Simplified Chinese, from the catalogue the brief uses.

Every label is an entry of ``chuhai/locale/messages.json``: the web app's own labels are
the ``web.*`` entries, and domain words shared with the brief (``move_type.*``,
``status.*``, ``region.*``, ``col.*``) are used as they are, so a page and a brief say
the same thing in the same words.
"""

from __future__ import annotations

from typing import Callable

from chuhai.locale import messages
from chuhai.vocab import LANGS

DEFAULT_LANG = "en"


def pick_lang(value: str | None) -> str:
    """A supported language code; anything else falls back to English."""
    return value if value in LANGS else DEFAULT_LANG


def lookup(key: str, lang: str) -> str | None:
    """The text of ``web.<key>``, else of ``<key>`` (a shared entry), else ``None``."""
    catalogue = messages()
    entry = catalogue.get(f"web.{key}") or catalogue.get(key)
    if entry is None:
        return None
    return entry.get(lang) or entry.get(DEFAULT_LANG)


def translator(lang: str) -> Callable[[str], str]:
    """``t(key)`` for templates.

    An unknown key shows the key itself: a gap is visible on the page (and caught by
    the test that every label exists in both languages) without breaking the page.
    """
    lang = pick_lang(lang)

    def t(key: str) -> str:
        return lookup(key, lang) or key

    return t


def web_keys() -> list[str]:
    """The web app's own message ids (without the ``web.`` prefix)."""
    return [k[4:] for k in messages() if k.startswith("web.")]
