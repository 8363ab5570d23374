"""Sum and count of move value by any of year, region, country, sector, company, type.

The aggregation runs in the store (DuckDB); growth, shares and HHI are computed on the
small aggregated frame. Numbers trace back to rows: every group carries ``count`` and
``with_value`` (moves that had a value), and ``move_ids`` on request.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal, Sequence

import numpy as np
import pandas as pd

from chuhai.errors import InputError
from chuhai.reference import countries as countries_ref
from chuhai.reference import sectors as sectors_ref
from chuhai.store import Store

Dimension = Literal["year", "region", "country", "sector", "root_sector", "company",
                    "move_type", "status", "dataset"]
DIMENSIONS: tuple[str, ...] = ("year", "region", "country", "sector", "root_sector",
                               "company", "move_type", "status", "dataset")

_DIM_SQL = {
    "year": "m.year",
    "region": "r.region",
    "country": "m.host_iso3",
    "sector": "m.sector",
    "root_sector": "s.root_sector",
    "company": "coalesce(m.company_id, m.company_name)",
    "move_type": "m.move_type",
    "status": "m.status",
    "dataset": "m.dataset",
}


def parse_years(values: Sequence[str]) -> list[int]:
    """Years and ranges (``2019``, ``2015-2023``, ``2019,2020``) as a list of ints.

    >>> parse_years(["2019-2021", "2023"])
    [2019, 2020, 2021, 2023]
    """
    years: list[int] = []
    for v in values:
        for part in str(v).split(","):
            part = part.strip()
            if not part:
                continue
            try:
                if "-" in part:
                    a, b = part.split("-", 1)
                    lo, hi = int(a), int(b)
                    if hi - lo > 200:  # a typo like 2015-20230 would build a huge list
                        raise ValueError
                    years += list(range(lo, hi + 1))
                else:
                    years.append(int(part))
            except ValueError:
                raise InputError(f"{part!r} is not a year or a range like 2015-2023",
                                 field="year") from None
    return years


@dataclass
class FlowFilter:
    """Which moves to count. Empty lists mean no restriction.

    ``sectors`` include their sub-sectors; ``regions`` may name regions, blocs or
    "Global South"; ``dataset="auto"`` leaves out the starter data once any other dataset
    has been imported, so that imported data is not counted twice with the demo rows.
    """

    years: Sequence[int] = ()
    sectors: Sequence[str] = ()
    regions: Sequence[str] = ()
    countries: Sequence[str] = ()
    companies: Sequence[str] = ()
    move_types: Sequence[str] = ()
    dataset: str = "auto"
    include_cancelled: bool = False
    extra: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def _ref_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    c = countries_ref.countries()[["iso3", "region"]].reset_index(drop=True)
    s = sectors_ref.sectors()
    root = pd.DataFrame({"sector": s.index, "root_sector": [sectors_ref.root_of(x) for x in s.index]})
    return c, root


def _ref_tables(store: Store) -> None:
    # registered once per connection: the reference data is package data, fixed at runtime
    if getattr(store, "_flows_refs", False):
        return
    c, root = _ref_frames()
    store.register("ref_region", c)
    store.register("ref_sector_root", root)
    store._flows_refs = True


def resolve_dataset(store: Store, dataset: str) -> list[str] | None:
    """The datasets counted under ``dataset`` (None = all)."""
    if dataset == "all":
        return None
    if dataset == "auto":
        # a rollup lists the same datasets as move, in far fewer rows
        table = "move_rollup_year_host" if store.ensure_rollups() else "move"
        others = store.query(f"select distinct dataset from {table} where dataset <> 'starter'")
        return None if others.empty else others.dataset.tolist()
    return [d.strip() for d in dataset.split(",") if d.strip()]


#: flows dimension -> the move (or rollup) column it is computed from
DIM_COLUMN = {"year": "year", "region": "host_iso3", "country": "host_iso3",
              "sector": "sector", "root_sector": "sector", "company": "company_key",
              "move_type": "move_type", "status": "status", "dataset": "dataset"}


def conditions(flt: FlowFilter, *, datasets: list[str] | None,
               store: Store | None = None) -> tuple[dict[str, list], bool]:
    """A filter as ``{move column: allowed values}`` plus whether to drop cancelled moves.

    Engine-neutral: the DuckDB move table, the rollups and the Spark engine all apply the
    same conditions, so they count the same moves. ``datasets`` is the resolved dataset
    list (None = all); ``store`` supplies imported companies to resolve names against.
    """
    conds: dict[str, list] = {}
    if flt.years:
        conds["year"] = [int(y) for y in flt.years]
    if flt.sectors:
        conds["sector"] = sorted({d for s in flt.sectors for d in sectors_ref.descendants(
            sectors_ref.require_sector(s))})
    hosts: set[str] = set()
    if flt.regions:
        for r in flt.regions:
            hosts |= set(countries_ref.members(r))
    if flt.countries:
        for c in flt.countries:
            hosts.add(countries_ref.require_iso3(c))
    if flt.regions or flt.countries:
        conds["host_iso3"] = sorted(hosts)
    if flt.companies:
        if store is not None:
            from chuhai.sources.load import store_registry  # registry may include imported firms
            reg = store_registry(store)
        else:
            from chuhai.reference.companies import Registry
            reg = Registry.default()
        ids = []
        for name in flt.companies:
            cid = reg.require(name)
            ids += reg.family(cid)
        conds["company_id"] = ids
    if flt.move_types:
        conds["move_type"] = list(flt.move_types)
    if datasets is not None:
        conds["dataset"] = list(datasets)
    return conds, not flt.include_cancelled


def _where_sql(conds: dict[str, list], drop_cancelled: bool, counted_sql: str) -> tuple[str, list]:
    clauses, params = [], []
    for col, values in conds.items():
        clauses.append(f"m.{col} in ({','.join('?' * len(values))})" if values else "false")
        params += list(values)
    if drop_cancelled:
        clauses.append(counted_sql)
    return (" where " + " and ".join(clauses)) if clauses else "", params


_COUNTED_MOVE = "m.status <> 'cancelled' and not m.troubled"


def _where(store: Store, flt: FlowFilter) -> tuple[str, list]:
    """SQL where-clause over the move table aliased ``m`` (used by flows and moves)."""
    conds, drop = conditions(flt, datasets=resolve_dataset(store, flt.dataset), store=store)
    return _where_sql(conds, drop, _COUNTED_MOVE)


def flows(store: Store, by: Sequence[str] = ("year",), flt: FlowFilter | None = None, *,
          hhi_over: str = "country", top: int | None = None,
          sort: Literal["key", "value"] | None = None) -> pd.DataFrame:
    """Aggregate move value and count.

    Parameters
    ----------
    by
        Dimensions to group by, from :data:`DIMENSIONS`.
    flt
        Which moves to count.
    hhi_over
        The dimension whose concentration the ``hhi`` column measures inside each group
        (Herfindahl-Hirschman index of value shares, 0-10,000).
    top
        Keep the ``top`` largest groups by value (within each year when grouping by year).

    Returns
    -------
    DataFrame with the ``by`` columns, ``value_usd_m``, ``count``, ``with_value``,
    ``share`` (of the year's total when grouped by year and something else, else of the
    grand total), ``yoy_growth`` (when grouped by year) and ``hhi``.

    Notes
    -----
    The query reads the smallest pre-aggregated rollup that keeps every column the groups
    and filters need (see :mod:`chuhai.store.rollups`), else the move table; both give the
    same numbers. The per-group sums and the HHI run in DuckDB; shares, growth and top-N
    run in pandas on the small result (:func:`finish`).
    """
    flt = flt or FlowFilter()
    by = list(by)
    for d in by + [hhi_over]:
        if d not in _DIM_SQL:
            raise InputError(f"cannot group by {d!r}; choose from {', '.join(DIMENSIONS)}")
    _ref_tables(store)
    conds, drop = conditions(flt, datasets=resolve_dataset(store, flt.dataset), store=store)
    inner = list(dict.fromkeys(by + ([hhi_over] if hhi_over not in by else [])))
    if top and by and "year" not in by and hhi_over not in by:
        # top N of many groups (firms): rank on the small by-level rollup, then compute the
        # HHI, which needs the larger (by, hhi_over) grain, for the N winners only
        totals = _query(store, by, by, conds, drop, hhi_over)
        if totals is not None and not totals.empty:
            winners = (totals.sort_values("value_usd_m", ascending=False, kind="stable")
                       .head(top)[by])
            hhi = _query(store, by, inner, conds, drop, hhi_over, keys=winners)
            totals = totals.drop(columns="hhi").merge(hhi[by + ["hhi"]], on=by, how="left")
            return finish(totals, by, top=top, sort=sort)
    out = _query(store, by, inner, conds, drop, hhi_over)
    if out is None or out.empty or out["count"].isna().all():
        return summarise(pd.DataFrame(columns=inner + ["value_usd_m", "count", "with_value"]),
                         by, hhi_over, top=top, sort=sort)
    return finish(out, by, top=top, sort=sort)


def _query(store: Store, by: list[str], inner: list[str], conds: dict, drop: bool,
           hhi_over: str, keys: pd.DataFrame | None = None) -> pd.DataFrame | None:
    """By-level sums and HHI from the smallest source holding ``inner`` and the filters.

    ``keys`` limits the result to those ``by`` groups. When ``inner`` is ``by`` alone the
    HHI is left as computed for hhi_over in by (10,000) and meant to be replaced.
    """
    needed = {DIM_COLUMN[d] for d in inner} | set(conds) | ({"counted"} if drop else set())
    rollup = _pick_rollup(store, needed)
    if rollup:
        where, params = _where_sql(conds, drop, "m.counted")
        dim_sql = {**_DIM_SQL, "company": "m.company_key"}
        sums = "sum(m.value_usd_m) as v, sum(m.n) as c, sum(m.with_value) as wv"
        table = rollup
    else:
        where, params = _where_sql(conds, drop, _COUNTED_MOVE)
        dim_sql = _DIM_SQL
        sums = "sum(m.value_usd_m) as v, count(*) as c, count(m.value_usd_m) as wv"
        table = "move"
    if keys is not None:
        # the grouped dimensions equal one of the wanted keys (null-safe)
        store.register("_flows_keys", keys.reset_index(drop=True))
        match = " and ".join(f"{dim_sql[d]} is not distinct from k.{d}" for d in by)
        where = (where + " and " if where else " where ") + \
            f"exists (select 1 from _flows_keys k where {match})"
    sel = ", ".join(f"{dim_sql[d]} as {d}" for d in inner)
    joins = ""
    if "region" in inner:
        joins += " left join ref_region r on r.iso3 = m.host_iso3"
    if "root_sector" in inner:
        joins += " left join ref_sector_root s on s.sector = m.sector"
    fine_sql = (f"select {sel}, {sums} from {table} m{joins}{where} "
                f"group by {', '.join(dim_sql[d] for d in inner)}")
    hhi_dim = hhi_over if inner != by else by[0]
    return store.query(_collapse_sql(fine_sql, by, hhi_dim), params)


def _pick_rollup(store: Store, needed: set[str]) -> str | None:
    from chuhai.store.rollups import pick
    table = pick(needed)
    return table if table and store.ensure_rollups() else None


def _collapse_sql(fine_sql: str, by: list[str], hhi_over: str) -> str:
    """SQL doing what :func:`collapse` does in pandas, on the fine-grain query."""
    keys = ", ".join(by)
    group = f" group by {keys}" if by else ""
    order = f" order by {', '.join(f'{k} nulls last' for k in by)}" if by else ""
    if hhi_over in by:
        hhi = "10000.0"
    else:
        # sum of (v/t)^2 = sum(v^2) / t^2: one pass, no window over the fine rows
        hhi = "case when sum(v) > 0 then 10000 * sum(v * v) / (sum(v) * sum(v)) end"
    sel = (keys + ", ") if by else ""
    return (f"with fine as (select * exclude (v), coalesce(v, 0.0) as v from ({fine_sql})) "
            f"select {sel}sum(v) as value_usd_m, sum(c)::BIGINT as count, "
            f"sum(wv)::BIGINT as with_value, {hhi} as hhi from fine{group}{order}")


def summarise(fine: pd.DataFrame, by: list[str], hhi_over: str, *, top: int | None = None,
              sort: str | None = None) -> pd.DataFrame:
    """From sums at (by + hhi_over) grain, compute the by-level table with shares and HHI.

    Pure: also used by the Spark engine and by tests against pandas.
    """
    cols = ["value_usd_m", "count", "with_value"]
    if fine.empty:
        out = pd.DataFrame(columns=by + cols + ["share", "hhi"] + (["yoy_growth"] if "year" in by else []))
        return out
    return finish(collapse(fine, by, hhi_over), by, top=top, sort=sort)


def collapse(fine: pd.DataFrame, by: list[str], hhi_over: str) -> pd.DataFrame:
    """Sums at ``by`` grain and the HHI of value across ``hhi_over`` inside each group.

    Rows come sorted by the ``by`` keys (missing keys last), as DuckDB's collapse does.
    """
    cols = ["value_usd_m", "count", "with_value"]
    if by:
        out = fine.groupby(by, dropna=False, as_index=False)[cols].sum()
    else:
        out = pd.DataFrame([fine[cols].sum()])
    # concentration of value across hhi_over within each group
    if hhi_over in by:
        out["hhi"] = 10000.0
    else:
        g = fine.groupby(by, dropna=False)["value_usd_m"] if by else None
        if by:
            tot = g.transform("sum")
        else:
            tot = fine["value_usd_m"].sum()
        share2 = np.where(tot > 0, (fine["value_usd_m"] / tot) ** 2, np.nan)
        fine = fine.assign(_s2=share2)
        if by:
            h = fine.groupby(by, dropna=False, as_index=False)["_s2"].sum(min_count=1)
            out = out.merge(h, on=by, how="left")
            out["hhi"] = out.pop("_s2") * 10000
        else:
            out["hhi"] = fine["_s2"].sum() * 10000
    if by:
        out = out.sort_values(by, na_position="last", kind="stable")
    return out.reset_index(drop=True)


def finish(out: pd.DataFrame, by: list[str], *, top: int | None = None,
           sort: str | None = None) -> pd.DataFrame:
    """Shares, year-on-year growth, top-N and order, from the by-level sums and HHI.

    Pure. Sorts are stable so that ties come out in the same order on every engine.
    """
    out = out.copy()
    others = [d for d in by if d != "year"]
    if "year" in by and others:
        year_tot = out.groupby("year", dropna=False)["value_usd_m"].transform("sum")
    else:
        year_tot = out["value_usd_m"].sum()
    out["share"] = np.where(year_tot > 0, out["value_usd_m"] / year_tot, np.nan)
    if "year" in by:
        out = out.sort_values(others + ["year"], kind="stable").reset_index(drop=True)
        if others:
            prev = out.groupby(others, dropna=False)["value_usd_m"].shift(1)
            prev_year = out.groupby(others, dropna=False)["year"].shift(1)
        else:
            prev, prev_year = out["value_usd_m"].shift(1), out["year"].shift(1)
        # moves without a year give NA years: NA is "not consecutive", not an error
        consecutive = (prev_year == out["year"] - 1).fillna(False).astype(bool)
        out["yoy_growth"] = np.where(consecutive & (prev > 0), out["value_usd_m"] / prev - 1, np.nan)
    if top:
        key = ["year"] if "year" in by and others else []
        out = (out.sort_values(key + ["value_usd_m"], ascending=[True] * len(key) + [False],
                               kind="stable")
               .groupby(key, dropna=False).head(top) if key else
               out.sort_values("value_usd_m", ascending=False, kind="stable").head(top))
    if sort == "value":
        out = out.sort_values("value_usd_m", ascending=False, kind="stable")
    elif "year" in by:
        out = out.sort_values(["year"] + others, kind="stable")
    else:
        out = (out.sort_values(by, kind="stable") if sort == "key" else
               out.sort_values("value_usd_m", ascending=False, kind="stable"))
    out["count"] = out["count"].astype("int64")
    out["with_value"] = out["with_value"].astype("int64")
    if "year" in out:
        out["year"] = out["year"].astype("Int64")
    return out.reset_index(drop=True)
