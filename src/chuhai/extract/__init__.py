"""News text → overseas moves with evidence (English and Chinese).

The public functions are :func:`extract_moves` for one text, :func:`extract_articles` for
many (batched through spaCy), :func:`chuhai.extract.loaders.load_articles` to read files,
:func:`chuhai.extract.link.save_articles` to write to a store, and
:func:`chuhai.extract.evaluate.evaluate` to score against gold moves.

>>> [(m.company_id, m.host_iso3, m.move_type) for m in
...  extract_moves("BYD will build a car plant in Szeged, Hungary.")]
[('byd', 'HUN', 'greenfield_plant')]
"""

from __future__ import annotations

__all__ = ["extract_articles", "extract_moves"]


def __getattr__(name: str):
    # loaded on first use: the pipeline imports spaCy, which `--help` and the fitted
    # threshold (chuhai.extract.score) should not wait for
    if name in __all__:
        from chuhai.extract import core
        return getattr(core, name)
    raise AttributeError(f"module 'chuhai.extract' has no attribute {name!r}")
