"""A seeded generator of realistic facility-location instances, for the benchmark.

Structure (docs/follow.md, "Benchmark instance"):

* customer plants cluster in a few dozen host countries (Europe, Türkiye, North Africa,
  ASEAN, South Asia, Central Asia, the Americas, the Gulf), with Zipf-like weights; each
  buys one of three products (different value, weight and HS heading) with lognormal
  yearly volumes;
* candidate sites lie mostly in the same countries (several cities per country), with
  capacities of 100k-400k units, fixed and unit costs from the income-band rule of
  :mod:`chuhai.follow.landed` with site-level noise;
* one home plant in China, able to make everything (it anchors the pruning);
* unit costs = production + freight by distance (capitals) + duty from
  :func:`chuhai.measures.duties.duty` on a synthetic measure table: MFN rates by importer
  and product, free-trade blocs, and extra measures on Chinese origin (US Section-301-like
  tariffs, EU anti-subsidy duties, Türkiye, Brazil, Mexico, India), plus one
  anti-circumvention duty on a South-East Asian origin. The rates are synthetic, of
  realistic size; they are not a statement about real duties.

Unit costs depend only on (site, customer country, product), so plants sharing a country
and product are interchangeable — the structure :func:`chuhai.follow.plan.aggregate`
exploits exactly.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from chuhai.follow.landed import (UNIT_COST_FACTOR, country_costs, default_fixed_cost_usd,
                                  distance_km, freight_per_kg)
from chuhai.follow.plan import PlanProblem
from chuhai.measures.duties import FREE_TRADE_BLOCS, duty
from chuhai.reference.countries import blocs_of

HOSTS = ["HUN", "DEU", "ESP", "POL", "CZE", "SVK", "FRA", "ITA", "ROU", "PRT", "TUR", "SRB",
         "GBR", "MAR", "EGY", "THA", "IDN", "MYS", "VNM", "PHL", "IND", "PAK", "KAZ", "UZB",
         "RUS", "MEX", "USA", "CAN", "BRA", "ARG", "COL", "CHL", "SAU", "ARE", "ZAF", "AUS"]
#: (id, HS code, China unit cost US$, chargeable weight kg). Bulky die-cast parts ship by
#: volume, so the chargeable weight is ~3x the scale weight.
PRODUCTS = [("housing", "850790", 310.0, 120.0), ("subframe", "870899", 140.0, 45.0),
            ("motor_case", "850390", 85.0, 20.0)]


def synthetic_measures(seed: int = 7) -> pd.DataFrame:
    """MFN rates by importer and product, and extra measures on Chinese origin."""
    rng = np.random.default_rng(seed)
    rows = []
    imposers = sorted({("EU" if "EU" in blocs_of(h) else h) for h in HOSTS})
    band = country_costs()
    for imp in imposers:
        inc = "H" if imp == "EU" else band.at[imp, "income_band"]
        lo, hi = {"H": (1.5, 5.0), "UM": (4.0, 16.0), "LM": (5.0, 20.0), "L": (5.0, 25.0)}[inc]
        for pid, hs, _, _ in PRODUCTS:
            rows.append(dict(measure_id=f"bench-mfn-{imp}-{pid}", imposer=imp, kind="mfn",
                             title=f"MFN {imp} {hs}", hs_codes=[hs[:4]], origin_iso3=None,
                             rate_pct=round(float(rng.uniform(lo, hi)), 1)))
    china = [("USA", "tariff", ["8507", "8708", "8503"], 25.0),
             ("USA", "tariff", ["850790"], 75.0),
             ("EU", "anti_subsidy", ["850790"], 18.0),
             ("EU", "anti_dumping", ["870899", "850390"], 14.0),
             ("TUR", "tariff", ["8708", "8507", "8503"], 20.0),
             ("BRA", "anti_dumping", ["870899"], 30.0),
             ("MEX", "tariff", ["8708", "8503", "8507"], 25.0),
             ("IND", "anti_dumping", ["8507"], 22.0),
             ("RUS", "tariff", ["8708"], 15.0),
             ("ZAF", "anti_dumping", ["8708"], 18.0),
             ("CAN", "tariff", ["8507", "8708"], 25.0)]
    for n, (imp, kind, hs, rate) in enumerate(china):
        rows.append(dict(measure_id=f"bench-chn-{n}", imposer=imp, kind=kind,
                         title=f"{kind} {imp} on China", hs_codes=hs, origin_iso3="CHN",
                         rate_pct=rate))
    rows.append(dict(measure_id="bench-circ-vnm", imposer="USA", kind="anti_dumping",
                     title="anti-circumvention", hs_codes=["8507"], origin_iso3="VNM",
                     rate_pct=30.0))
    frame = pd.DataFrame(rows)
    frame["target_firms"] = [[] for _ in range(len(frame))]
    frame["start_date"] = dt.date(2020, 1, 1)
    frame["end_date"] = None
    frame["sector"] = None
    return frame


def generate(n_sites: int = 200, n_plants: int = 2000, *, seed: int = 1,
             max_new: int = 12) -> PlanProblem:
    """A benchmark instance with ``n_sites`` candidate sites (plus the home plant).

    >>> p = generate(10, 50, seed=3)
    >>> p.n_sites, p.n_points, int(p.existing.sum())
    (11, 50, 1)
    """
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(HOSTS) + 1) ** 0.8
    weights = rng.permutation(weights)
    weights /= weights.sum()
    plant_country = rng.choice(len(HOSTS), size=n_plants, p=weights)
    plant_product = rng.choice(len(PRODUCTS), size=n_plants, p=[0.3, 0.45, 0.25])
    demand = np.round(rng.lognormal(np.log(4000), 0.8, n_plants))
    # sites near demand, a few in neighbours without plants of their own
    site_pool = HOSTS + ["TUN", "SVN", "BGR", "KHM", "URY"]
    sw = np.concatenate([weights * 0.85, np.full(5, 0.15 / 5)])
    site_country = rng.choice(len(site_pool), size=n_sites, p=sw / sw.sum())
    capacity = rng.choice([100_000.0, 200_000.0, 400_000.0], size=n_sites, p=[0.4, 0.4, 0.2])
    ref_cost = float(np.mean([p[2] for p in PRODUCTS]))
    fixed = np.array([default_fixed_cost_usd(site_pool[c], capacity[i], ref_cost)
                      for i, c in enumerate(site_country)]) * rng.lognormal(0, 0.15, n_sites)
    band = country_costs()
    factor = np.array([UNIT_COST_FACTOR[band.at[site_pool[c], "income_band"]]
                       for c in site_country]) * rng.lognormal(-0.06, 0.06, n_sites)
    measures = synthetic_measures(seed + 6)
    on = dt.date(2026, 1, 1)
    sites = ["CHN"] + [site_pool[c] for c in site_country]
    fac = np.concatenate([[1.0], factor])
    hosts = sorted(set(HOSTS[c] for c in plant_country))
    # T[i, h, k]: unit cost from site i to host h of product k. Duty rates are looked up
    # once per (host, product, origin class): the synthetic measures single out only
    # Chinese and Vietnamese origins, so other origins differ only by bloc membership.
    rate_cache: dict = {}
    freight_cache: dict = {}
    T = np.empty((len(sites), len(hosts), len(PRODUCTS)))
    for i, o in enumerate(sites):
        for hi, h in enumerate(hosts):
            shared = bool(set(blocs_of(o)) & set(blocs_of(h)) & set(FREE_TRADE_BLOCS))
            oclass = o if (o in ("CHN", "VNM") or o == h) else ("bloc" if shared else "other")
            for k, (pid, hs, cost, kg) in enumerate(PRODUCTS):
                key = (h, k, oclass)
                if key not in rate_cache:
                    rate_cache[key] = duty(measures, h, o, hs, on).total_pct
                if (o, h) not in freight_cache:
                    km, _ = distance_km(o, h)
                    freight_cache[(o, h)] = freight_per_kg(km, o, h)[0]
                freight = freight_cache[(o, h)] * kg
                T[i, hi, k] = (cost * fac[i] + freight) * (1 + rate_cache[key] / 100.0)
    host_index = {h: n for n, h in enumerate(hosts)}
    costs = T[:, [host_index[HOSTS[c]] for c in plant_country], plant_product]
    home_cap = float(demand.sum()) * 1.05
    return PlanProblem(
        site_ids=["home:CHN"] + [f"site{i}:{sites[i + 1]}" for i in range(n_sites)],
        site_country=sites,
        fixed=np.concatenate([[0.0], fixed]), capacity=np.concatenate([[home_cap], capacity]),
        existing=np.concatenate([[True], np.zeros(n_sites, bool)]),
        demand_ids=[f"plant{j}:{HOSTS[plant_country[j]]}:{PRODUCTS[plant_product[j]][0]}"
                    for j in range(n_plants)],
        demand=demand, cost=costs, max_new=max_new)


__all__ = ["generate", "synthetic_measures"]
