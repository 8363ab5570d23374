"""Landed cost: what one unit costs delivered to a destination, by origin.

landed = production + freight + duty, where

* production = the China unit cost × the origin's unit-cost factor (1.0 for China; by
  World Bank income band otherwise, see ``reference/country_costs.tsv``, or the profile's
  override);
* freight = unit weight × distance × a rate per kg-km by mode (sea or land) + handling;
  the distance is the CEPII capital-to-capital distance when the store holds the CEPII
  table, else the great-circle distance between the capitals in ``country_costs.tsv``;
* duty = the ad-valorem rate of :func:`chuhai.measures.duties.duty` (MFN unless a free-trade
  bloc waives it, plus every measure in force on goods of that origin and HS scope) on
  the CIF value (production + freight), the customs value the EU, China and most WTO
  members use.

All functions here are pure except :func:`distance_table`, which reads the store.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass, field
from importlib import resources

import pandas as pd

from chuhai.errors import InputError
from chuhai.measures.duties import duty

# Freight defaults: order-of-magnitude 2023-24 levels, rounded (docs/follow.md, "Freight").
SEA_USD_PER_KG_KM = 0.00002     # container freight on the sea route
SEA_ROUTE_FACTOR = 1.4          # sea routes are longer than the great circle
SEA_HANDLING_USD_PER_KG = 0.08  # port handling, drayage at both ends
LAND_USD_PER_KG_KM = 0.0001     # full-truckload road freight
LAND_MAX_KM = 2000.0            # beyond this (or across the sea) goods go by ship
DOMESTIC_KM = 300.0             # plant to customer inside one country

# Band factors (the rule of country_costs.tsv's header)
UNIT_COST_FACTOR = {"H": 1.30, "UM": 1.10, "LM": 1.05, "L": 1.15}
CAPEX_FACTOR = {"H": 1.50, "UM": 1.20, "LM": 1.10, "L": 1.25}
# Annualised fixed cost of a plant = capacity × China unit cost × CAPEX_INTENSITY ×
# capex factor × CAPITAL_RECOVERY + OVERHEAD_USD × capex factor
CAPEX_INTENSITY = 0.5           # build cost per unit of yearly capacity, vs the unit cost
CAPITAL_RECOVERY = 0.149        # 8 % a year over 10 years
OVERHEAD_USD = 2.0e6            # yearly fixed opex of a site abroad (staff, lease, audit)


@functools.cache
def country_costs() -> pd.DataFrame:
    """The cost-proxy table, indexed by ISO3 (see its header for the rule)."""
    path = resources.files("chuhai.reference") / "country_costs.tsv"
    with path.open(encoding="utf-8") as f:
        frame = pd.read_csv(f, sep="\t", comment="#", keep_default_na=False)
    return frame.set_index("iso3", drop=False)


def _band(iso3: str, where: str) -> str:
    table = country_costs()
    if iso3 not in table.index:
        raise InputError(f"no default costs for {iso3}: give unit_cost_factor and "
                         "fixed_cost_usd_m for this site", field=where)
    return table.at[iso3, "income_band"]


def unit_cost_factor(iso3: str, home: str = "CHN", where: str = "country") -> float:
    """Unit production cost in ``iso3`` relative to the home (China) cost."""
    if iso3 == home:
        return 1.0
    return UNIT_COST_FACTOR[_band(iso3, where)]


def default_fixed_cost_usd(iso3: str, capacity_units: float, ref_unit_cost: float,
                           where: str = "country") -> float:
    """Annualised fixed cost (US$) of a new plant, by the income-band rule.

    >>> round(default_fixed_cost_usd("HUN", 100_000, 200) / 1e6, 2)
    5.24
    """
    capex = CAPEX_FACTOR[_band(iso3, where)]
    return (capacity_units * ref_unit_cost * CAPEX_INTENSITY * capex * CAPITAL_RECOVERY
            + OVERHEAD_USD * capex)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6,371 km.

    >>> round(great_circle_km(39.90, 116.41, 47.50, 19.04))
    7341
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def distance_table(store) -> dict[tuple[str, str], tuple[float, str]]:
    """CEPII capital distances from the store: (origin, dest) -> (km, source_id)."""
    rows = store.query("select iso_o, iso_d, coalesce(distcap_km, dist_km) as km, source_id "
                       "from distance where coalesce(distcap_km, dist_km) is not null")
    return {(r.iso_o, r.iso_d): (float(r.km), r.source_id) for r in rows.itertuples()}


def distance_km(origin: str, dest: str, table: dict | None = None) -> tuple[float, str]:
    """Distance and where it came from: ``domestic``, a CEPII source id, or ``capitals``."""
    if origin == dest:
        return DOMESTIC_KM, "domestic"
    if table:
        hit = table.get((origin, dest)) or table.get((dest, origin))
        if hit:
            return hit
    caps = country_costs()
    for iso in (origin, dest):
        if iso not in caps.index:
            raise InputError(f"no distance for {origin}->{dest}: {iso} is not in "
                             "country_costs.tsv; import the CEPII distance table "
                             "(`chuhai import cepii dist_cepii.csv`)", field="country")
    a, b = caps.loc[origin], caps.loc[dest]
    return great_circle_km(a.capital_lat, a.capital_lon, b.capital_lat, b.capital_lon), "capitals"


def freight_per_kg(km: float, origin: str, dest: str) -> tuple[float, str]:
    """US$ per kg and the mode; land up to LAND_MAX_KM inside one landmass, else sea."""
    if origin == dest or km <= LAND_MAX_KM:
        return km * LAND_USD_PER_KG_KM, "land"
    return km * SEA_ROUTE_FACTOR * SEA_USD_PER_KG_KM + SEA_HANDLING_USD_PER_KG, "sea"


@dataclass
class Landed:
    """One unit of a product made in ``origin`` and delivered to ``dest``."""

    origin: str
    dest: str
    production: float
    freight: float
    duty: float
    duty_pct: float
    mfn_pct: float
    preferential: str | None
    measures: list[dict] = field(default_factory=list)
    distance_km: float = 0.0
    distance_source: str = ""
    mode: str = ""

    @property
    def total(self) -> float:
        return self.production + self.freight + self.duty

    def as_dict(self) -> dict:
        return {"origin": self.origin, "dest": self.dest, "production": self.production,
                "freight": self.freight, "duty": self.duty, "total": self.total,
                "duty_pct": self.duty_pct, "mfn_pct": self.mfn_pct,
                "preferential": self.preferential,
                "measure_ids": [m["measure_id"] for m in self.measures],
                "distance_km": self.distance_km, "distance_source": self.distance_source,
                "mode": self.mode}


def landed_cost(unit_cost_usd: float, unit_weight_kg: float, hs_code: str, origin: str,
                dest: str, measures: pd.DataFrame, on: dt.date, *, factor: float = 1.0,
                distances: dict | None = None, sector: str | None = None,
                company_id: str | None = None, extra_china_pct: float = 0.0,
                home: str = "CHN") -> Landed:
    """Landed cost of one unit.

    Parameters
    ----------
    unit_cost_usd, unit_weight_kg, hs_code
        The product (China ex-works cost).
    origin, dest
        ISO3 of the producing plant and of the customer plant.
    measures
        Rows of the measure table (:func:`chuhai.measures.duties.load_measures`).
    on
        Date at which measures must be in force.
    factor
        The origin's unit-cost factor vs China.
    extra_china_pct
        Extra ad-valorem points on goods of ``home`` origin (break-even analysis); the
        total rate never goes below zero.

    Examples
    --------
    >>> m = pd.DataFrame([dict(measure_id="eu-mfn", imposer="EU", kind="mfn", title="t",
    ...     hs_codes=["8708"], origin_iso3=None, target_firms=[], rate_pct=4.5,
    ...     start_date=None, end_date=None, sector=None)])
    >>> lc = landed_cost(100.0, 10.0, "870899", "CHN", "HUN", m, dt.date(2025, 1, 1))
    >>> round(lc.duty_pct, 1), lc.mode, lc.measures
    (4.5, 'sea', [])
    """
    km, dsrc = distance_km(origin, dest, distances)
    per_kg, mode = freight_per_kg(km, origin, dest)
    production = unit_cost_usd * factor
    freight = per_kg * unit_weight_kg
    d = duty(measures, dest, origin, hs_code, on, company_id=company_id, sector=sector)
    rate = d.total_pct
    if origin == home and origin != dest:
        rate = max(rate + extra_china_pct, 0.0)
    return Landed(origin, dest, production, freight, (production + freight) * rate / 100.0,
                  rate, d.mfn_pct, d.preferential, d.extra, km, dsrc, mode)
