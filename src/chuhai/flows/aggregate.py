"""Sum and count of move value by any of year, region, country, sector, company, type.

The aggregation runs in the store (DuckDB); growth, shares and HHI are computed on the
small aggregated frame. Numbers trace back to rows: every group carries ``count`` and
``with_value`` (moves that had a value), and ``move_ids`` on request.
"""

from __future__ import annotations

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


def _ref_tables(store: Store) -> None:
    c = countries_ref.countries()[["iso3", "region"]]
    s = sectors_ref.sectors()
    root = pd.DataFrame({"sector": s.index, "root_sector": [sectors_ref.root_of(x) for x in s.index]})
    store.register("ref_region", c)
    store.register("ref_sector_root", root)


def resolve_dataset(store: Store, dataset: str) -> list[str] | None:
    """The datasets counted under ``dataset`` (None = all)."""
    if dataset == "all":
        return None
    if dataset == "auto":
        others = store.query("select distinct dataset from move where dataset <> 'starter'")
        return None if others.empty else others.dataset.tolist()
    return [d.strip() for d in dataset.split(",") if d.strip()]


def _where(store: Store, flt: FlowFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.years:
        clauses.append(f"m.year in ({','.join('?' * len(flt.years))})")
        params += [int(y) for y in flt.years]
    if flt.sectors:
        secs = sorted({d for s in flt.sectors for d in sectors_ref.descendants(
            sectors_ref.require_sector(s))})
        clauses.append(f"m.sector in ({','.join('?' * len(secs))})")
        params += secs
    hosts: set[str] = set()
    if flt.regions:
        for r in flt.regions:
            hosts |= set(countries_ref.members(r))
    if flt.countries:
        for c in flt.countries:
            hosts.add(countries_ref.require_iso3(c))
    if flt.regions or flt.countries:
        hosts_l = sorted(hosts)
        clauses.append(f"m.host_iso3 in ({','.join('?' * len(hosts_l))})")
        params += hosts_l
    if flt.companies:
        from chuhai.sources.load import store_registry  # registry may include imported firms
        reg = store_registry(store)
        ids = []
        for name in flt.companies:
            cid = reg.require(name)
            ids += reg.family(cid)
        clauses.append(f"m.company_id in ({','.join('?' * len(ids))})")
        params += ids
    if flt.move_types:
        clauses.append(f"m.move_type in ({','.join('?' * len(flt.move_types))})")
        params += list(flt.move_types)
    datasets = resolve_dataset(store, flt.dataset)
    if datasets is not None:
        clauses.append(f"m.dataset in ({','.join('?' * len(datasets))})")
        params += datasets
    if not flt.include_cancelled:
        clauses.append("m.status <> 'cancelled' and not m.troubled")
    return (" where " + " and ".join(clauses)) if clauses else "", params


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
    """
    flt = flt or FlowFilter()
    by = list(by)
    for d in by + [hhi_over]:
        if d not in _DIM_SQL:
            raise InputError(f"cannot group by {d!r}; choose from {', '.join(DIMENSIONS)}")
    _ref_tables(store)
    where, params = _where(store, flt)
    inner = list(dict.fromkeys(by + ([hhi_over] if hhi_over not in by else [])))
    sel = ", ".join(f"{_DIM_SQL[d]} as {d}" for d in inner)
    grp = ", ".join(_DIM_SQL[d] for d in inner)
    sql = (f"select {sel}, sum(m.value_usd_m) as value_usd_m, count(*) as count, "
           f"count(m.value_usd_m) as with_value from move m "
           f"left join ref_region r on r.iso3 = m.host_iso3 "
           f"left join ref_sector_root s on s.sector = m.sector{where} group by {grp}")
    fine = store.query(sql, params)
    fine["value_usd_m"] = fine["value_usd_m"].fillna(0.0)
    return summarise(fine, by, hhi_over, top=top, sort=sort)


def summarise(fine: pd.DataFrame, by: list[str], hhi_over: str, *, top: int | None = None,
              sort: str | None = None) -> pd.DataFrame:
    """From sums at (by + hhi_over) grain, compute the by-level table with shares and HHI.

    Pure: also used by the Spark engine and by tests against pandas.
    """
    cols = ["value_usd_m", "count", "with_value"]
    if fine.empty:
        out = pd.DataFrame(columns=by + cols + ["share", "hhi"] + (["yoy_growth"] if "year" in by else []))
        return out
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
    others = [d for d in by if d != "year"]
    if "year" in by and others:
        year_tot = out.groupby("year", dropna=False)["value_usd_m"].transform("sum")
    else:
        year_tot = out["value_usd_m"].sum()
    out["share"] = np.where(year_tot > 0, out["value_usd_m"] / year_tot, np.nan)
    if "year" in by:
        out = out.sort_values(others + ["year"]).reset_index(drop=True)
        if others:
            prev = out.groupby(others, dropna=False)["value_usd_m"].shift(1)
            prev_year = out.groupby(others, dropna=False)["year"].shift(1)
        else:
            prev, prev_year = out["value_usd_m"].shift(1), out["year"].shift(1)
        consecutive = prev_year == out["year"] - 1
        out["yoy_growth"] = np.where(consecutive & (prev > 0), out["value_usd_m"] / prev - 1, np.nan)
    if top:
        key = ["year"] if "year" in by and others else []
        out = (out.sort_values(key + ["value_usd_m"], ascending=[True] * len(key) + [False])
               .groupby(key, dropna=False).head(top) if key else
               out.sort_values("value_usd_m", ascending=False).head(top))
    if sort == "value":
        out = out.sort_values("value_usd_m", ascending=False)
    elif "year" in by:
        out = out.sort_values(["year"] + others)
    else:
        out = out.sort_values(by) if sort == "key" else out.sort_values("value_usd_m", ascending=False)
    out["count"] = out["count"].astype("int64")
    out["with_value"] = out["with_value"].astype("int64")
    if "year" in out:
        out["year"] = out["year"].astype("Int64")
    return out.reset_index(drop=True)
