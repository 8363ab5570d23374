"""Exposure: where the supplier's customers are building abroad, and how much of the
supplier's sales that takes abroad, year by year.

Allocation rule (docs/follow.md, "Exposure"): the supplier's sales to a customer (its
``share_of_sales``) are split across the customer's plants in proportion to capacity.
The customer's plants are its home capacity (``customers[].home_capacity``; when absent,
assumed equal to its total capacity abroad by the end of the horizon, so a fully built
footprint takes half the volume abroad) and its facilities abroad in the store, each
counted from its start year:

* operating without a start year: already running;
* under construction without a start year: from the horizon's second year;
* announced without a start year: from the horizon's fourth year;
* cancelled: never.

Capacities are compared within the customer's most common capacity unit; a facility with
no capacity or another unit counts as the customer's median facility. A plant's volume
counts fully from its start year (no ramp-up).

Pure functions take frames; :func:`customer_facilities` is the one that reads the store.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from chuhai.follow.profile import Profile
from chuhai.reference.companies import Registry

UC_DELAY, ANNOUNCED_DELAY = 1, 3


def customer_facilities(store, profile: Profile, registry: Registry | None = None
                        ) -> pd.DataFrame:
    """Facilities abroad of each customer and its subsidiaries, with their sources."""
    if registry is None:
        from chuhai.sources.load import store_registry
        registry = store_registry(store)
    rows = []
    for c in profile.customers:
        family = registry.family(c.company_id) if c.company_id in registry.table.index else [c.company_id]
        frame = store.query(
            "select f.facility_id, f.company_id, f.name, f.kind, f.host_iso3, f.city, "
            "f.product, f.sector, f.capacity, f.capacity_unit, f.status, f.start_year, "
            "f.source_id, s.title as source_title, s.url as source_url "
            "from facility f left join source s using (source_id) "
            "where f.company_id in (select unnest(?::VARCHAR[])) and f.host_iso3 <> ? "
            "order by f.host_iso3, f.start_year", [family, profile.home_country])
        frame.insert(0, "customer", c.name)
        rows.append(frame)
    cols = ["customer", "facility_id", "company_id", "name", "kind", "host_iso3", "city",
            "product", "sector", "capacity", "capacity_unit", "status", "start_year",
            "source_id", "source_title", "source_url"]
    if not rows:
        return pd.DataFrame(columns=cols)
    return pd.concat(rows, ignore_index=True)[cols]


def effective_start(status: str, start_year, horizon: tuple[int, int]) -> float:
    """The year a facility counts from (inf = never), by the rule in the module doc."""
    if status == "cancelled":
        return np.inf
    if start_year is not None and not pd.isna(start_year):
        return float(start_year)
    if status == "operating":
        return -np.inf
    if status == "under_construction":
        return float(horizon[0] + UC_DELAY)
    if status == "announced":
        return float(horizon[0] + ANNOUNCED_DELAY)
    return np.inf  # status unknown and no year: not counted


def facility_weights(facilities: pd.DataFrame) -> pd.Series:
    """Relative capacity of each facility within its customer (see module doc)."""
    out = pd.Series(1.0, index=facilities.index)
    for _, grp in facilities.groupby("customer"):
        known = grp[grp.capacity.notna() & (grp.capacity > 0)]
        if known.empty:
            continue
        unit = known.capacity_unit.fillna("").mode().iloc[0]
        same = known[known.capacity_unit.fillna("") == unit]
        median = float(same.capacity.median())
        for idx, row in grp.iterrows():
            ok = (pd.notna(row.capacity) and row.capacity > 0
                  and (row.capacity_unit if pd.notna(row.capacity_unit) else "") == unit)
            out[idx] = float(row.capacity) if ok else median
    return out


def allocate(profile: Profile, facilities: pd.DataFrame) -> pd.DataFrame:
    """Share of the supplier's sales consumed at each customer plant, each year.

    Returns one row per (year, customer, plant) with ``share`` of the supplier's total
    sales; the home plant of each customer is the row with ``facility_id`` None and
    ``country`` = the home country. Shares of one year add up to the customers' total
    share of sales.
    """
    h0, h1 = profile.horizon
    fac = facilities.copy()
    fac["weight"] = facility_weights(fac) if len(fac) else []
    fac["from_year"] = [effective_start(s, y, profile.horizon)
                        for s, y in zip(fac.status, fac.start_year)] if len(fac) else []
    rows = []
    for c in profile.customers:
        mine = fac[fac.customer == c.name]
        mine = mine[np.isfinite(mine.from_year) | (mine.from_year == -np.inf)]
        total_end = float(mine[mine.from_year <= h1].weight.sum())
        assumed = c.home_capacity is None
        home = total_end if assumed else float(c.home_capacity)
        if home <= 0 and total_end <= 0:
            home = 1.0
        for year in range(h0, h1 + 1):
            active = mine[mine.from_year <= year]
            denom = home + float(active.weight.sum())
            rows.append(dict(year=year, customer=c.name, facility_id=None,
                             country=profile.home_country, share=c.share_of_sales * home / denom,
                             home_capacity_assumed=assumed, source_id=None))
            for r in active.itertuples():
                rows.append(dict(year=year, customer=c.name, facility_id=r.facility_id,
                                 country=r.host_iso3,
                                 share=c.share_of_sales * r.weight / denom,
                                 home_capacity_assumed=assumed, source_id=r.source_id))
    return pd.DataFrame(rows, columns=["year", "customer", "facility_id", "country", "share",
                                       "home_capacity_assumed", "source_id"])


def abroad_by_year(profile: Profile, allocation: pd.DataFrame) -> pd.DataFrame:
    """Share of the supplier's sales consumed abroad, per year, with the facilities behind it."""
    rows = []
    for year, grp in allocation.groupby("year"):
        abroad = grp[grp.country != profile.home_country]
        rows.append(dict(year=int(year), share_abroad=float(abroad.share.sum()),
                         share_home=float(grp[grp.country == profile.home_country].share.sum()),
                         countries=sorted(abroad.country.unique().tolist()),
                         facility_ids=abroad.facility_id.dropna().tolist()))
    return pd.DataFrame(rows, columns=["year", "share_abroad", "share_home", "countries",
                                       "facility_ids"])


def demand_units(profile: Profile, allocation: pd.DataFrame, year: int) -> pd.DataFrame:
    """Units a year of each product at each (country, customer) in ``year``.

    A customer's sales are split equally (in value) over the products it buys and turned
    into units at the China unit cost (the profile has no prices).
    """
    sales = profile.annual_sales_usd_m * 1e6
    prods = {p.id: p for p in profile.products}
    rows = []
    alloc = allocation[allocation.year == year]
    for c in profile.customers:
        mine = alloc[alloc.customer == c.name]
        for r in mine.itertuples():
            for pid in c.products:
                value = sales * r.share / len(c.products)
                rows.append(dict(country=r.country, customer=c.name, product=pid,
                                 units=value / prods[pid].unit_cost_usd,
                                 facility_id=r.facility_id))
    return pd.DataFrame(rows, columns=["country", "customer", "product", "units", "facility_id"])
