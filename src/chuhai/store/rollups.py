"""Pre-aggregated move rollups: what they hold and how a write keeps them exact.

A rollup sums ``value_usd_m`` and counts moves at a fixed grain that includes
``source_id``. Because every import replaces whole sources, the rollups are maintained
incrementally in the import's own transaction (:func:`refresh_sources`), so a reader sees
moves and rollups from the same commit. :func:`pick` tells flows which rollup can answer a
query; anything it cannot answer runs on the move table, which is always right.
"""

from __future__ import annotations

from typing import Iterable

#: rollup table -> the move columns it keeps (besides the sums), smallest table first.
#: ``counted`` stands for the default filter ``status <> 'cancelled' and not troubled``;
#: ``company_key`` for flows' company dimension ``coalesce(company_id, company_name)``.
#: The first two are aggregated from move; the others from one of those (:data:`DERIVED`).
ROLLUPS: dict[str, tuple[str, ...]] = {
    "move_rollup_year_host": ("source_id", "dataset", "counted", "year", "host_iso3"),
    "move_rollup_host_sector": ("source_id", "dataset", "counted", "host_iso3", "sector"),
    "move_rollup_company_total": ("source_id", "dataset", "counted", "company_key",
                                  "company_id"),
    "move_rollup_year_company": ("source_id", "dataset", "counted", "year", "company_key",
                                 "company_id"),
    "move_rollup_company_host": ("source_id", "dataset", "counted", "company_key",
                                 "company_id", "host_iso3"),
    "move_rollup_geo": ("source_id", "dataset", "year", "host_iso3", "sector", "move_type",
                        "status", "counted"),
    "move_rollup_company": ("source_id", "dataset", "year", "host_iso3", "sector",
                            "company_key", "company_id", "counted"),
}
#: rollup -> the larger rollup it is summed from (in the order they are built)
DERIVED = {"move_rollup_year_host": "move_rollup_geo",
           "move_rollup_host_sector": "move_rollup_geo",
           "move_rollup_company_total": "move_rollup_company",
           "move_rollup_year_company": "move_rollup_company",
           "move_rollup_company_host": "move_rollup_company"}
#: build order: base rollups from move first, then those derived from them
_ORDER = [t for t in ROLLUPS if t not in DERIVED] + list(DERIVED)

_EXPR = {
    "counted": "(status <> 'cancelled' AND NOT troubled)",
    "company_key": "coalesce(company_id, company_name)",
}
_SUMS = "sum(value_usd_m), count(*), count(value_usd_m)"


def _select(table: str) -> str:
    if table in DERIVED:
        cols = ", ".join(ROLLUPS[table])
        return (f"SELECT {cols}, sum(value_usd_m), sum(n), sum(with_value) "
                f"FROM {DERIVED[table]}")
    cols = ", ".join(_EXPR.get(c, c) for c in ROLLUPS[table])
    return f"SELECT {cols}, {_SUMS} FROM move"


def pick(needed: Iterable[str]) -> str | None:
    """The smallest rollup holding every column in ``needed``, or None."""
    need = set(needed)
    for table, cols in ROLLUPS.items():
        if need <= set(cols):
            return table
    return None


def refresh_sources(con, source_ids: list[str]) -> None:
    """Re-aggregate the moves of ``source_ids`` into every rollup (inside a transaction)."""
    if not source_ids:
        return
    for table in _ORDER:
        con.execute(f"DELETE FROM {table} WHERE source_id IN (SELECT unnest(?::VARCHAR[]))",
                    [source_ids])
        con.execute(f"INSERT INTO {table} {_select(table)} "
                    "WHERE source_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL", [source_ids])


def rebuild(con) -> None:
    """Rebuild every rollup from the move table and clear the stale flag (in a transaction)."""
    for table in _ORDER:
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} {_select(table)} GROUP BY ALL")
    con.execute("UPDATE rollup_state SET stale = false")
