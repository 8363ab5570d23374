"""Chinese script: traditional characters read as simplified.

Hong Kong filings and Taiwanese news write "敏實集團" and "生產基地"; the registry, the
gazetteer and the extractor's word lists are simplified. OpenCC's t2s dictionary (the
maintained converter) gives the mapping; it is applied one character for one, so offsets
into a text stay valid.
"""

from __future__ import annotations

import functools


@functools.cache
def _t2s_table() -> dict[int, str]:
    """Traditional -> simplified Chinese, one character for one (OpenCC's t2s dictionary,
    read once for every CJK code point), so that offsets into the text stay valid."""
    import opencc

    chars = "".join(chr(i) for i in range(0x3400, 0xA000))
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        return {}
    return {ord(a): b for a, b in zip(chars, out) if a != b and len(b) == 1}


def to_simplified(text: str) -> str:
    """``text`` with traditional characters written simplified, of the same length: Hong
    Kong filings and Taiwanese news ("於摩洛哥投資建設生產基地") match the simplified
    lexicon and registry ("于摩洛哥投资建设生产基地").

    >>> to_simplified("敏實集團擴產")
    '敏实集团扩产'
    """
    return text.translate(_t2s_table())
