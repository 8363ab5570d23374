"""What the extraction tests compare: moves keyed by (company, host, move type)."""

from __future__ import annotations

from chuhai.extract import extract_moves


def triples(text, **kw):
    """Sorted (company id or name, host ISO3, move type) of the moves found in ``text``.

    Rule tests see every move the assembler makes, whatever its confidence
    (``min_confidence=0``); the default confidence floor has tests of its own."""
    kw.setdefault("min_confidence", 0)
    return sorted((m.company_id or m.company_name, m.host_iso3, m.move_type)
                  for m in extract_moves(text, **kw))


def moves(text, **kw):
    """The moves found in ``text`` keyed by (company id or name, host, move type), at any
    confidence (see :func:`triples`)."""
    kw.setdefault("min_confidence", 0)
    return {(m.company_id or m.company_name, m.host_iso3, m.move_type): m
            for m in extract_moves(text, **kw)}
