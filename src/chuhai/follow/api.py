"""The follow analysis through the library: exposure, landed cost, plan, risk, scenarios.

Every function takes a store (read once, at the edge) and a :class:`Profile`, and returns
DataFrames or plain dicts whose rows name the facility, measure and source ids behind
them. The CLI (``chuhai follow``) and the brief call these.

>>> import chuhai
>>> from chuhai.follow import load_profile, follow_report
>>> store = chuhai.open_store(":memory:", starter=False)
>>> rep = follow_report(store, load_profile("example"))
>>> sorted(rep)
['abroad', 'facilities', 'landed', 'plan', 'risk']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from chuhai.follow import exposure as ex
from chuhai.follow.landed import (default_fixed_cost_usd, distance_table, landed_cost,
                                  unit_cost_factor)
from chuhai.follow.plan import PlanProblem, solve_plan, transport
from chuhai.follow.profile import Profile
from chuhai.measures.duties import FREE_TRADE_BLOCS, load_measures
from chuhai.reference.countries import blocs_of, members

BREAK_EVEN_RANGE = (-50.0, 150.0)   # extra duty points on China-origin goods searched
BREAK_EVEN_TOL = 0.5                # bisection stops at this width (points)


@dataclass
class Inputs:
    """What the analysis reads from the store, so scenarios can change it in memory."""

    facilities: pd.DataFrame
    measures: pd.DataFrame
    distances: dict


def read_inputs(store, profile: Profile) -> Inputs:
    """Read the customers' facilities, the measures and the distance table (the only I/O)."""
    return Inputs(ex.customer_facilities(store, profile), load_measures(store),
                  distance_table(store))


def plan_year(profile: Profile, year: int | None) -> int:
    return profile.horizon[1] if year is None else int(year)


# -- exposure -----------------------------------------------------------------------------

def exposure(profile: Profile, inputs: Inputs) -> dict:
    """Facilities abroad per customer, the allocation, and the share abroad per year."""
    alloc = ex.allocate(profile, inputs.facilities)
    return {"facilities": inputs.facilities, "allocation": alloc,
            "abroad": ex.abroad_by_year(profile, alloc)}


def _neighbours(dest: str, profile: Profile) -> list[str]:
    """Countries that may ship duty-free to ``dest``: its free-trade partners with cost
    data, and the profile's candidate countries (kept only if their duty comes out 0)."""
    from chuhai.follow.landed import country_costs
    known = set(country_costs().index)
    out = set()
    for bloc in set(blocs_of(dest)) & set(FREE_TRADE_BLOCS):
        out |= set(members(bloc)) & known
    out |= {s.country for s in profile.candidate_sites}
    out -= {dest, profile.home_country}
    return sorted(out)


def landed_table(profile: Profile, inputs: Inputs, year: int | None = None,
                 countries: list[str] | None = None, extra_china_pct: float = 0.0
                 ) -> pd.DataFrame:
    """Per destination and product: landed cost from China, made locally, and from the
    cheapest duty-free neighbour, with the measures and distances behind each."""
    on = dt.date(plan_year(profile, year), 1, 1)
    if countries is None:
        countries = sorted(set(inputs.facilities.host_iso3) - {profile.home_country})
    rows = []
    factors = _site_factors(profile)
    for dest in countries:
        bought = sorted({p for c in profile.customers for p in c.products
                         if dest in set(inputs.facilities[inputs.facilities.customer == c.name].host_iso3)})
        for pid in bought:
            p = profile.product(pid)

            def lc(origin, factor):
                return landed_cost(p.unit_cost_usd, p.unit_weight_kg, p.hs_code, origin, dest,
                                   inputs.measures, on, factor=factor,
                                   distances=inputs.distances, sector=p.sector,
                                   extra_china_pct=extra_china_pct,
                                   home=profile.home_country)
            china = lc(profile.home_country, 1.0)
            local = lc(dest, factors.get(dest) or unit_cost_factor(dest, where=f"{dest}"))
            best = None
            for n in _neighbours(dest, profile):
                try:
                    cand = lc(n, factors.get(n) or unit_cost_factor(n))
                except ValueError:
                    continue
                if cand.duty_pct == 0 and (best is None or cand.total < best.total):
                    best = cand
            alt = min([x for x in (local, best) if x is not None], key=lambda x: x.total)
            rows.append(dict(
                dest=dest, product=pid, hs_code=p.hs_code,
                china_total=china.total, china_production=china.production,
                china_freight=china.freight, china_duty=china.duty,
                china_duty_pct=china.duty_pct, china_mfn_pct=china.mfn_pct,
                china_measure_ids=[m["measure_id"] for m in china.measures],
                china_distance_km=china.distance_km, china_distance_source=china.distance_source,
                local_total=local.total, neighbour=best.origin if best else None,
                neighbour_total=best.total if best else None,
                neighbour_preferential=best.preferential if best else None,
                best_alternative=alt.origin, penalty_pct=100.0 * (china.total / alt.total - 1.0)))
    return pd.DataFrame(rows)


def _site_factors(profile: Profile) -> dict[str, float]:
    return {s.country: s.unit_cost_factor for s in profile.candidate_sites
            if s.unit_cost_factor is not None}


# -- the plan -----------------------------------------------------------------------------

@dataclass
class BuiltPlan:
    """A plan problem with the pieces needed to explain it and to vary duties."""

    problem: PlanProblem
    sites: pd.DataFrame          # one row per site
    points: pd.DataFrame         # one row per demand point (country, product, units)
    cif: np.ndarray              # production + freight per arc
    rate: np.ndarray             # duty rate (%) per arc
    china_arc: np.ndarray        # arcs carrying China-origin goods abroad
    measure_ids: list            # per arc


def build_plan(profile: Profile, inputs: Inputs, year: int | None = None) -> BuiltPlan:
    """The facility-location problem of a profile in ``year`` (default: horizon end)."""
    year = plan_year(profile, year)
    on = dt.date(year, 1, 1)
    alloc = ex.allocate(profile, inputs.facilities)
    dem = ex.demand_units(profile, alloc, year)
    pts = (dem.groupby(["country", "product"], as_index=False)
           .agg(units=("units", "sum"), customers=("customer", lambda s: sorted(set(s)))))
    pts = pts[pts.units > 0].reset_index(drop=True)
    ref_cost = float(np.mean([p.unit_cost_usd for p in profile.products]))
    sites = []
    for i, pl in enumerate(profile.plants):
        sites.append(dict(site=pl.id, country=pl.country, city=pl.city, existing=True,
                          capacity=pl.capacity_units, fixed_cost=0.0,
                          factor=pl.unit_cost_factor, where=f"plants[{i}]"))
    cands = profile.candidate_sites
    if not cands:  # default: every host country of the customers
        from chuhai.follow.profile import Site
        cands = [Site(country=c) for c in sorted(set(pts.country) - {profile.home_country})]
    for i, s in enumerate(cands):
        where = f"candidate_sites[{i}]"
        cap = s.capacity_units or profile.default_site_capacity
        sites.append(dict(
            site=f"{s.country}:{s.city}" if s.city else s.country, country=s.country,
            city=s.city, existing=False, capacity=cap,
            fixed_cost=(s.fixed_cost_usd_m * 1e6 if s.fixed_cost_usd_m is not None
                        else default_fixed_cost_usd(s.country, cap, ref_cost, where)),
            factor=(s.unit_cost_factor if s.unit_cost_factor is not None
                    else unit_cost_factor(s.country, profile.home_country, where)),
            where=where))
    sites = pd.DataFrame(sites)
    n, m = len(sites), len(pts)
    cif, rate = np.zeros((n, m)), np.zeros((n, m))
    ids = [[None] * m for _ in range(n)]
    for i, s in enumerate(sites.itertuples()):
        for j, pt in enumerate(pts.itertuples()):
            p = profile.product(pt.product)
            lc = landed_cost(p.unit_cost_usd, p.unit_weight_kg, p.hs_code, s.country,
                             pt.country, inputs.measures, on, factor=s.factor,
                             distances=inputs.distances, sector=p.sector,
                             home=profile.home_country)
            cif[i, j], rate[i, j] = lc.production + lc.freight, lc.duty_pct
            ids[i][j] = [x["measure_id"] for x in lc.measures]
    china = np.array([c == profile.home_country for c in sites.country])[:, None] & \
        np.array([c != profile.home_country for c in pts.country])[None, :]
    problem = PlanProblem(sites.site.tolist(), sites.country.tolist(), sites.fixed_cost.values,
                          sites.capacity.values, sites.existing.values,
                          [f"{c}:{p}" for c, p in zip(pts.country, pts["product"])],
                          pts.units.values, cif * (1 + rate / 100.0), profile.max_new_sites)
    return BuiltPlan(problem, sites, pts, cif, rate, china, ids)


def with_extra_duty(built: BuiltPlan, extra_pct: float) -> PlanProblem:
    """The problem with ``extra_pct`` points more duty on China-origin goods abroad."""
    rate = np.where(built.china_arc, np.maximum(built.rate + extra_pct, 0.0), built.rate)
    p = built.problem
    return PlanProblem(p.site_ids, p.site_country, p.fixed, p.capacity, p.existing,
                       p.demand_ids, p.demand, built.cif * (1 + rate / 100.0), p.max_new)


def _forced(problem: PlanProblem, site: int, open_: bool) -> tuple[PlanProblem, float]:
    """The problem with one candidate forced open (its fixed cost as a constant) or shut."""
    cost = problem.cost.copy()
    existing = problem.existing.copy()
    max_new = problem.max_new
    const = 0.0
    if open_:
        existing[site] = True
        const = float(problem.fixed[site])
        max_new = None if max_new is None else max_new - 1
    else:
        cost[site] = np.inf
    return PlanProblem(problem.site_ids, problem.site_country, problem.fixed, problem.capacity,
                       existing, problem.demand_ids, problem.demand, cost, max_new), const


def _value(problem: PlanProblem, site: int, open_: bool) -> float:
    forced, const = _forced(problem, site, open_)
    if open_ and forced.max_new is not None and forced.max_new < 0:
        return np.inf
    sol = solve_plan(forced)
    return sol.objective + const


def break_even(built: BuiltPlan, site: int) -> float | None:
    """Extra duty (points on China-origin goods) at which opening ``site`` starts to pay.

    Re-solves the MILP with the site forced open and forced shut and bisects on the extra
    duty until the two optima cross (assumes the saving grows with the duty). Negative:
    the site already pays and keeps paying until duties fall by that much. Returns None
    when it never pays within :data:`BREAK_EVEN_RANGE`; the range's low end when it pays
    throughout.
    """
    def gain(extra: float) -> float:
        p = with_extra_duty(built, extra)
        return _value(p, site, False) - _value(p, site, True)

    lo, hi = BREAK_EVEN_RANGE
    if gain(hi) <= 0:
        return None
    if gain(lo) > 0:
        return lo
    while hi - lo > BREAK_EVEN_TOL:
        mid = (lo + hi) / 2
        if gain(mid) > 0:
            hi = mid
        else:
            lo = mid
    return round((lo + hi) / 2, 1)


def plan_follow(profile: Profile, inputs: Inputs, year: int | None = None, *,
                break_even_duty: bool = True) -> dict:
    """Solve the plan; return the sites, the flows and the comparison with China only.

    Returns a dict with ``sites`` and ``flows`` (DataFrames) and ``summary`` (dict).
    """
    built = build_plan(profile, inputs, year)
    p = built.problem
    sol = solve_plan(p)
    sites = built.sites.drop(columns=["where"]).copy()
    sites["open"] = sol.open
    sites["units"] = sol.flow.sum(axis=1)
    if break_even_duty:
        sites["break_even_extra_duty_pp"] = [
            None if ex_ else break_even(built, i) for i, ex_ in enumerate(sites.existing)]
    flows = []
    for i, j in zip(*np.nonzero(sol.flow > 1e-6)):
        pt = built.points.iloc[j]
        flows.append(dict(site=p.site_ids[i], origin=p.site_country[i], dest=pt.country,
                          product=pt["product"], units=sol.flow[i, j],
                          unit_cost=p.cost[i, j], unit_cif=built.cif[i, j],
                          duty_pct=built.rate[i, j], cost=sol.flow[i, j] * p.cost[i, j],
                          measure_ids=built.measure_ids[i][j], customers=pt.customers))
    flows = pd.DataFrame(flows)
    home_only = transport(p, p.existing.copy())
    baseline = home_only[0] if home_only is not None else None
    summary = {
        "year": plan_year(profile, year), "status": sol.status, "gap": sol.gap,
        "objective_usd": sol.objective, "fixed_usd": sol.fixed_cost,
        "variable_usd": sol.variable_cost,
        "china_only_usd": baseline,
        "saving_usd": None if baseline is None else baseline - sol.objective,
        "sites_opened": [s for s, o, e in zip(p.site_ids, sol.open, p.existing) if o and not e],
        "break_even_method": "re-solve and bisect on extra duty points on China-origin goods",
        "solver": sol.stats,
    }
    return {"sites": sites, "flows": flows, "summary": summary}


# -- risk ---------------------------------------------------------------------------------

def risk_score(profile: Profile, abroad: pd.DataFrame, landed: pd.DataFrame,
               facilities: pd.DataFrame, rivals: pd.DataFrame | None = None) -> dict:
    """The positioning-race risk (0-100) with the reasons behind each component.

    Components (docs/follow.md, "Risk score"): share of sales abroad by the horizon end
    (40 points at 50 % or more); the landed-cost penalty of serving from China against the
    best local or duty-free option, weighted by volume (30 points at 20 % or more); how
    soon the capacity abroad arrives (15 points if it all starts within three years of
    the horizon start); rival suppliers of the same sector already in those hosts
    (15 points at three or more).
    """
    h0, h1 = profile.horizon
    reasons = []
    end = float(abroad.share_abroad.iloc[-1]) if len(abroad) else 0.0
    a = 40.0 * min(1.0, end / 0.5)
    reasons.append(dict(component="abroad", points=round(a, 1),
                        text=f"{end:.0%} of sales consumed abroad by {h1}",
                        ids=abroad.facility_ids.iloc[-1] if len(abroad) else []))
    pen, pen_ids = 0.0, []
    if len(landed):
        pen = float(np.average(landed.penalty_pct.clip(lower=0)))
        pen_ids = sorted({m for ids in landed.china_measure_ids for m in ids})
    b = 30.0 * min(1.0, pen / 20.0)
    worst = landed.sort_values("penalty_pct").iloc[-1] if len(landed) else None
    reasons.append(dict(component="landed_cost", points=round(b, 1),
                        text=(f"serving from China costs {pen:.1f}% more on average than the "
                              f"best local or duty-free option (worst: {worst['product']} in "
                              f"{worst.dest}, {worst.penalty_pct:+.1f}%)") if worst is not None
                        else "no destination abroad", ids=pen_ids))
    fac = facilities.copy()
    if len(fac):
        fac["from_year"] = [ex.effective_start(s, y, profile.horizon)
                            for s, y in zip(fac.status, fac.start_year)]
        upcoming = fac[(fac.from_year >= h0) & (fac.from_year <= h0 + 3)]
        counted = fac[np.isfinite(fac.from_year) | (fac.from_year == -np.inf)]
        soon = len(upcoming) / max(len(counted), 1)
    else:
        upcoming, soon = fac, 0.0
    c = 15.0 * soon
    reasons.append(dict(component="speed", points=round(c, 1),
                        text=f"{len(upcoming)} customer plants abroad start {h0}-{h0 + 3}",
                        ids=upcoming.facility_id.tolist() if len(upcoming) else []))
    n_riv = 0 if rivals is None else rivals.company_id.nunique()
    d = 15.0 * min(1.0, n_riv / 3)
    reasons.append(dict(component="rivals", points=round(d, 1),
                        text=f"{n_riv} other {profile.sector} suppliers already have plants "
                        "in these hosts",
                        ids=[] if rivals is None else rivals.facility_id.tolist()))
    score = a + b + c + d
    level = "high" if score >= 65 else "medium" if score >= 35 else "low"
    return {"score": round(score, 1), "level": level, "reasons": reasons}


def rival_facilities(store, profile: Profile, hosts: list[str]) -> pd.DataFrame:
    """Facilities of other firms of the supplier's sector in the customers' hosts."""
    from chuhai.reference.sectors import descendants
    customers = [c.company_id for c in profile.customers]
    return store.query(
        "select facility_id, company_id, host_iso3, status, start_year, source_id "
        "from facility where sector in (select unnest(?::VARCHAR[])) "
        "and host_iso3 in (select unnest(?::VARCHAR[])) "
        "and company_id not in (select unnest(?::VARCHAR[])) and status <> 'cancelled'",
        [list(descendants(profile.sector)), hosts, customers or [""]])


# -- everything ---------------------------------------------------------------------------

def follow_report(store, profile: Profile, year: int | None = None, *, inputs: Inputs | None = None,
                  break_even_duty: bool = True) -> dict:
    """Exposure, landed costs, risk and plan in one dict of DataFrames and dicts."""
    inputs = inputs or read_inputs(store, profile)
    exp = exposure(profile, inputs)
    landed = landed_table(profile, inputs, year)
    hosts = sorted(set(inputs.facilities.host_iso3))
    rivals = rival_facilities(store, profile, hosts) if hosts else None
    risk = risk_score(profile, exp["abroad"], landed, inputs.facilities, rivals)
    plan = plan_follow(profile, inputs, year, break_even_duty=break_even_duty)
    return {"facilities": exp["facilities"], "abroad": exp["abroad"], "landed": landed,
            "risk": risk, "plan": plan}


def follow_section(store, profile: Profile, year: int | None = None) -> dict:
    """The brief's follow section as plain JSON-ready data (lists of dicts, numbers)."""
    rep = follow_report(store, profile, year)

    def recs(frame: pd.DataFrame) -> list[dict]:
        from chuhai.cli.output import records  # a pure helper; no CLI state is touched
        return records(frame) if frame is not None and len(frame) else []
    return {
        "supplier": profile.name, "horizon": list(profile.horizon),
        "facilities": recs(rep["facilities"]), "abroad": recs(rep["abroad"]),
        "landed": recs(rep["landed"]), "risk": rep["risk"],
        "plan": {"summary": rep["plan"]["summary"], "sites": recs(rep["plan"]["sites"]),
                 "flows": recs(rep["plan"]["flows"])},
    }
