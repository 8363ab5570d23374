"""What the extraction tests compare: moves keyed by (company, host, move type)."""

from __future__ import annotations

from chuhai.extract import extract_moves


def triples(text, **kw):
    """Sorted (company id or name, host ISO3, move type) of the moves found in ``text``."""
    return sorted((m.company_id or m.company_name, m.host_iso3, m.move_type)
                  for m in extract_moves(text, **kw))


def moves(text, **kw):
    """The moves found in ``text`` keyed by (company id or name, host, move type)."""
    return {(m.company_id or m.company_name, m.host_iso3, m.move_type): m
            for m in extract_moves(text, **kw)}
