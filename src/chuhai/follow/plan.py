"""The capacitated facility-location model, solved exactly with HiGHS.

The core is pure: :class:`PlanProblem` holds arrays (sites × demand points), the solvers
return a :class:`PlanSolution`. Building a problem from a supplier profile and the store
lives in :mod:`chuhai.follow.api`; the benchmark instance generator in
:mod:`chuhai.follow.bench`.

Model (docs/follow.md has the full statement)::

    min  Σ_i f_i y_i + Σ_ij c_ij d_j x_ij
    s.t. Σ_i x_ij = 1                      every demand point served
         Σ_j d_j x_ij <= u_i y_i           capacity, only if open
         x_ij <= y_i                       strong (disaggregated) linking
         Σ_{i new} y_i <= K                limit on new sites
         y_i = 1 for existing plants (their fixed cost is sunk, so f_i = 0)

Three ways to solve it:

* :func:`solve_textbook` hands that model as-is to HiGHS (the benchmark baseline);
* :func:`solve_plan` exploits the structure first (exact aggregation of demand points
  with identical cost columns, pruning of dominated arcs and sites, tightened linking
  bounds, a cover cut, a greedy dual-priced warm start) and then proves optimality with
  HiGHS on the smaller model;
* :func:`solve_brute_force` enumerates the subsets of candidate sites and solves a
  transportation LP for each (the test oracle for small instances).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import sys
import time
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from chuhai.errors import InputError

GAP = 1e-4   # relative MIP gap = 0.01 %


@dataclass
class PlanProblem:
    """One instance: sites (existing plants and candidates) × demand points.

    Attributes
    ----------
    site_ids, site_country
        One entry per site.
    fixed
        Annualised fixed cost of opening each site (US$); ignored for existing plants.
    capacity
        Units per year each site can make.
    existing
        True for plants already running: always open, fixed cost sunk.
    demand_ids, demand
        Demand points and their units per year.
    cost
        Unit cost (production + freight + duty, US$) from site i to demand point j;
        ``inf`` where a site may not serve a point.
    max_new
        Limit on the number of candidate sites opened (None = no limit).
    """

    site_ids: list[str]
    site_country: list[str]
    fixed: np.ndarray
    capacity: np.ndarray
    existing: np.ndarray
    demand_ids: list[str]
    demand: np.ndarray
    cost: np.ndarray
    max_new: int | None = None

    def __post_init__(self) -> None:
        self.fixed = np.asarray(self.fixed, dtype=float)
        self.capacity = np.asarray(self.capacity, dtype=float)
        self.existing = np.asarray(self.existing, dtype=bool)
        self.demand = np.asarray(self.demand, dtype=float)
        self.cost = np.asarray(self.cost, dtype=float)
        n, m = len(self.site_ids), len(self.demand_ids)
        if self.cost.shape != (n, m):
            raise InputError(f"cost matrix is {self.cost.shape}, expected ({n}, {m})",
                             field="cost")
        if (self.demand < 0).any() or (self.capacity < 0).any() or (self.fixed < 0).any():
            raise InputError("demand, capacity and fixed costs must not be negative",
                             field="demand/capacity/fixed")

    @property
    def n_sites(self) -> int:
        return len(self.site_ids)

    @property
    def n_points(self) -> int:
        return len(self.demand_ids)


@dataclass
class PlanSolution:
    """An optimal (or best found) plan.

    ``flow[i, j]`` is units a year from site i to demand point j. ``objective`` counts the
    fixed cost of new sites and the unit costs of all flows; ``bound`` is the proven lower
    bound (equal to the objective within ``gap``).
    """

    open: np.ndarray
    flow: np.ndarray
    objective: float
    fixed_cost: float
    variable_cost: float
    bound: float
    gap: float
    status: str
    seconds: float
    stats: dict = field(default_factory=dict)

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"


# -- evaluation ---------------------------------------------------------------------------

def evaluate(problem: PlanProblem, open_: np.ndarray, flow: np.ndarray) -> tuple[float, float]:
    """Fixed and variable cost of a plan (fixed: new sites only)."""
    new = open_ & ~problem.existing
    fixed = float(problem.fixed[new].sum())
    used = flow > 0
    variable = float((np.where(used, problem.cost, 0.0) * flow).sum())
    return fixed, variable


def transport(problem: PlanProblem, open_: np.ndarray) -> tuple[float, np.ndarray, np.ndarray] | None:
    """Cheapest assignment with the sites ``open_`` (a transportation LP).

    Returns (variable cost, flow matrix, duals of the demand rows = marginal unit cost of
    each point), or None when the open capacity cannot serve the demand.
    """
    idx = np.flatnonzero(open_)
    n, m = problem.n_sites, problem.n_points
    if problem.capacity[idx].sum() + 1e-9 < problem.demand.sum():
        return None
    sub = problem.cost[idx]
    ii, jj = np.nonzero(np.isfinite(sub))
    k = len(ii)
    col_cost = sub[ii, jj]
    rows = np.concatenate([jj, m + ii])
    cols = np.concatenate([np.arange(k), np.arange(k)])
    vals = np.ones(2 * k)
    a = sp.csc_matrix((vals, (rows, cols)), shape=(m + len(idx), k))
    lower = np.concatenate([problem.demand, np.full(len(idx), -np.inf)])
    upper = np.concatenate([problem.demand, problem.capacity[idx]])
    h = _highs(a, col_cost, np.zeros(k), np.full(k, np.inf), lower, upper, None, {})
    h.run()
    if h.getModelStatus() != _hs().HighsModelStatus.kOptimal:
        return None
    sol = h.getSolution()
    x = np.asarray(sol.col_value)
    flow = np.zeros((n, m))
    flow[idx[ii], jj] = np.maximum(x, 0.0)
    duals = np.asarray(sol.row_dual)[:m]
    return float(h.getInfo().objective_function_value), flow, duals


# -- HiGHS plumbing -----------------------------------------------------------------------

def _hs():
    import highspy  # imported lazily: the CLI's --help must not pay for it
    return highspy


@contextlib.contextmanager
def _quiet_stdout():
    """Silence file descriptor 1: HiGHS prints a banner from C++ whenever an instance is
    made, which would corrupt ``--format json`` output."""
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _highs(a: sp.csc_matrix, cost, lower, upper, row_lower, row_upper, integer, options: dict):
    hs = _hs()
    lp = hs.HighsLp()
    lp.num_col_, lp.num_row_ = a.shape[1], a.shape[0]
    lp.col_cost_ = np.asarray(cost, dtype=float)
    lp.col_lower_ = np.asarray(lower, dtype=float)
    lp.col_upper_ = np.asarray(upper, dtype=float)
    lp.row_lower_ = np.asarray(row_lower, dtype=float)
    lp.row_upper_ = np.asarray(row_upper, dtype=float)
    lp.a_matrix_.format_ = hs.MatrixFormat.kColwise
    lp.a_matrix_.start_ = a.indptr.astype(np.int32)
    lp.a_matrix_.index_ = a.indices.astype(np.int32)
    lp.a_matrix_.value_ = a.data.astype(float)
    if integer is not None:
        lp.integrality_ = [hs.HighsVarType.kInteger if v else hs.HighsVarType.kContinuous
                           for v in integer]
    with _quiet_stdout():
        h = hs.Highs()
    h.setOptionValue("output_flag", False)
    for k, v in options.items():
        h.setOptionValue(k, v)
    h.passModel(lp)
    return h


def _status(h) -> str:
    hs = _hs()
    st = h.getModelStatus()
    if st == hs.HighsModelStatus.kOptimal:
        return "optimal"
    if st == hs.HighsModelStatus.kInfeasible:
        return "infeasible"
    if st == hs.HighsModelStatus.kTimeLimit:
        return "time_limit"
    return h.modelStatusToString(st)


def _mip_options(gap: float, time_limit: float | None, threads: int | None) -> dict:
    opts: dict = {"mip_rel_gap": gap, "mip_abs_gap": 1e-6}
    if time_limit:
        opts["time_limit"] = float(time_limit)
    if threads:
        opts["threads"] = int(threads)
    return opts


# -- the textbook model -------------------------------------------------------------------

def textbook_arrays(problem: PlanProblem):
    """The strong formulation as sparse arrays: every arc, x_ij <= y_i for every arc.

    Columns: y (n sites) then x (arcs, fraction of demand j served by site i).
    Rows: assignment (m), linking (arcs), capacity (n), limit on new sites (1).
    """
    n, m = problem.n_sites, problem.n_points
    ii, jj = np.nonzero(np.isfinite(problem.cost))
    k = len(ii)
    d = problem.demand
    xcol = n + np.arange(k)
    # assignment rows 0..m-1
    r1, c1, v1 = jj, xcol, np.ones(k)
    # linking rows m..m+k-1: x - y <= 0
    r2 = np.concatenate([m + np.arange(k), m + np.arange(k)])
    c2 = np.concatenate([xcol, ii])
    v2 = np.concatenate([np.ones(k), -np.ones(k)])
    # capacity rows: Σ_j d_j x_ij - u_i y_i <= 0
    base = m + k
    r3 = np.concatenate([base + ii, base + np.arange(n)])
    c3 = np.concatenate([xcol, np.arange(n)])
    v3 = np.concatenate([d[jj], -problem.capacity])
    # limit on new sites
    cand = np.flatnonzero(~problem.existing)
    r4 = np.full(len(cand), base + n)
    rows = np.concatenate([r1, r2, r3, r4])
    cols = np.concatenate([c1, c2, c3, cand])
    vals = np.concatenate([v1, v2, v3, np.ones(len(cand))])
    nrow = base + n + 1
    a = sp.csc_matrix((vals, (rows, cols)), shape=(nrow, n + k))
    cost = np.concatenate([np.where(problem.existing, 0.0, problem.fixed),
                           problem.cost[ii, jj] * d[jj]])
    lower = np.concatenate([problem.existing.astype(float), np.zeros(k)])
    upper = np.ones(n + k)
    limit = np.inf if problem.max_new is None else float(problem.max_new)
    row_lower = np.concatenate([np.ones(m), np.full(k + n + 1, -np.inf)])
    row_upper = np.concatenate([np.ones(m), np.zeros(k + n), [limit]])
    integer = np.concatenate([np.ones(n, bool), np.zeros(k, bool)])
    return a, cost, lower, upper, row_lower, row_upper, integer, (ii, jj)


def solve_textbook(problem: PlanProblem, *, gap: float = GAP, time_limit: float | None = None,
                   threads: int | None = None) -> PlanSolution:
    """Hand the strong formulation as-is to HiGHS (no aggregation, pruning or start)."""
    t0 = time.perf_counter()
    a, cost, lo, up, rlo, rup, integer, (ii, jj) = textbook_arrays(problem)
    h = _highs(a, cost, lo, up, rlo, rup, integer, _mip_options(gap, time_limit, threads))
    h.run()
    return _collect(problem, h, ii, jj, t0, {"columns": a.shape[1], "rows": a.shape[0]})


def _collect(problem, h, ii, jj, t0, stats, *, col_offset=None) -> PlanSolution:
    n, m = problem.n_sites, problem.n_points
    status = _status(h)
    info = h.getInfo()
    if status == "infeasible" or info.primal_solution_status == 0:
        return PlanSolution(np.zeros(n, bool), np.zeros((n, m)), math.inf, math.inf, math.inf,
                            -math.inf, math.inf, status, time.perf_counter() - t0, stats)
    x = np.asarray(h.getSolution().col_value)
    open_ = x[:n] > 0.5
    flow = np.zeros((n, m))
    flow[ii, jj] = np.clip(x[n:], 0, None) * problem.demand[jj]
    fixed, variable = evaluate(problem, open_, flow)
    stats = dict(stats, nodes=int(info.mip_node_count))
    return PlanSolution(open_, flow, fixed + variable, fixed, variable,
                        float(info.mip_dual_bound), float(info.mip_gap), status,
                        time.perf_counter() - t0, stats)


# -- the structured solver ----------------------------------------------------------------

def aggregate(problem: PlanProblem) -> tuple[PlanProblem, np.ndarray]:
    """Merge demand points whose cost columns are identical (exact, see docs/follow.md).

    With continuous assignment, points that every site serves at the same unit cost are
    interchangeable: any plan for the merged point splits back pro rata at equal cost,
    and ``x_ij <= y_i`` still holds for each part. Returns the smaller problem and, for
    each original point, the index of its merged point.
    """
    key = np.where(np.isfinite(problem.cost), problem.cost, -1.0)
    _, first, groups = np.unique(key.T, axis=0, return_index=True, return_inverse=True)
    groups = groups.reshape(-1)
    demand = np.bincount(groups, weights=problem.demand, minlength=len(first))
    agg = PlanProblem(problem.site_ids, problem.site_country, problem.fixed, problem.capacity,
                      problem.existing, [problem.demand_ids[f] for f in first], demand,
                      problem.cost[:, first], problem.max_new)
    return agg, groups


def _knapsack(gain: np.ndarray, weight: np.ndarray, cap: float) -> float:
    """Best fractional-knapsack value: take the best gains per unit up to ``cap`` units."""
    pos = gain > 0
    if not pos.any() or cap <= 0:
        return 0.0
    g, w = gain[pos], weight[pos]
    order = np.argsort(-g)
    g, w = g[order], w[order]
    cum = np.cumsum(w)
    take = np.minimum(w, np.maximum(cap - (cum - w), 0.0))
    return float((g * take).sum())


def prune(problem: PlanProblem) -> tuple[np.ndarray, np.ndarray, dict]:
    """Sites and arcs that can be dropped without losing every optimal plan.

    Needs an *anchor*: an existing plant that can make the whole demand on its own (the
    home plant, usually). Then (1) an arc (i, j) no cheaper than the anchor's arc to j is
    never needed: its flow can move to the anchor at no extra cost; (2) a candidate whose
    best possible saving against the anchor, a fractional knapsack over its capacity,
    does not exceed its fixed cost never pays: closing it and sending its flow to the
    anchor costs at most that saving. Returns (keep_site, keep_arc, stats).
    """
    cost = problem.cost
    keep_arc = np.isfinite(cost)
    keep_site = np.ones(problem.n_sites, bool)
    total = problem.demand.sum()
    anchors = np.flatnonzero(problem.existing & (problem.capacity >= total - 1e-9))
    stats = {"anchor": None, "arcs_pruned": 0, "sites_pruned": 0}
    if len(anchors) == 0:
        return keep_site, keep_arc, stats
    # the cheapest anchor per point; any anchor can absorb all the demand
    anchor_cost = cost[anchors].min(axis=0)
    stats["anchor"] = [problem.site_ids[a] for a in anchors]
    cand = ~problem.existing
    dominated = cand[:, None] & (cost >= anchor_cost[None, :])
    keep_arc &= ~dominated
    for i in np.flatnonzero(cand):
        saving = _knapsack(anchor_cost - cost[i], problem.demand, problem.capacity[i])
        if saving <= problem.fixed[i] + 1e-9:
            keep_site[i] = False
            keep_arc[i] = False
    stats["arcs_pruned"] = int(np.isfinite(cost).sum() - keep_arc.sum())
    stats["sites_pruned"] = int((~keep_site).sum())
    return keep_site, keep_arc, stats


def greedy(problem: PlanProblem, allowed: np.ndarray) -> tuple[np.ndarray, float] | None:
    """A good feasible plan: open sites one by one, priced by the transport duals.

    Starts from the existing plants; each round scores every allowed candidate by the
    fractional-knapsack saving against the current marginal cost of each point (the LP
    duals, a Lagrangian price) minus its fixed cost, opens the best one, re-solves the
    transportation LP and keeps it only if the total cost falls.
    """
    open_ = problem.existing.copy()
    res = transport(problem, open_)
    if res is None:
        # not enough capacity at home: open the largest candidates until feasible
        for i in np.argsort(-problem.capacity):
            if allowed[i] and not open_[i]:
                open_[i] = True
                res = transport(problem, open_)
                if res is not None:
                    break
        if res is None:
            return None
    var, flow, duals = res
    best = var + problem.fixed[open_ & ~problem.existing].sum()
    limit = problem.max_new if problem.max_new is not None else problem.n_sites
    tried = np.zeros(problem.n_sites, bool)
    while (open_ & ~problem.existing).sum() < limit:
        scores = np.full(problem.n_sites, -np.inf)
        for i in np.flatnonzero(allowed & ~open_ & ~tried):
            gain = np.where(np.isfinite(problem.cost[i]), duals - problem.cost[i], 0.0)
            scores[i] = _knapsack(gain, problem.demand, problem.capacity[i]) - problem.fixed[i]
        i = int(np.argmax(scores))
        if not np.isfinite(scores[i]) or scores[i] <= 0:
            break
        trial = open_.copy()
        trial[i] = True
        res = transport(problem, trial)
        tried[i] = True
        if res is None:
            continue
        total = res[0] + problem.fixed[trial & ~problem.existing].sum()
        if total < best - 1e-9:
            open_, best, (var, flow, duals) = trial, total, res
            tried[:] = False
    # close sites whose removal lowers the cost (a greedy can overshoot)
    for i in np.flatnonzero(open_ & ~problem.existing):
        trial = open_.copy()
        trial[i] = False
        res = transport(problem, trial)
        if res is not None:
            total = res[0] + problem.fixed[trial & ~problem.existing].sum()
            if total < best - 1e-9:
                open_, best = trial, total
    return open_, float(best)


def solve_plan(problem: PlanProblem, *, gap: float = GAP, time_limit: float | None = None,
               threads: int | None = None, warm_start: bool = True) -> PlanSolution:
    """Solve to proven optimality (within ``gap``), exploiting the problem's structure.

    Steps: :func:`aggregate` identical demand points, :func:`prune` dominated arcs and
    sites, build the strong model on what is left with the linking bound tightened to
    ``d_j x_ij <= min(d_j, u_i) y_i`` and the cover cut ``Σ u_i y_i >= Σ d_j``, start
    HiGHS from :func:`greedy`, then map the plan back to the original points.

    Examples
    --------
    >>> p = PlanProblem(["home", "hu"], ["CHN", "HUN"], [0, 50], [100, 60], [True, False],
    ...                 ["deu"], [40], [[10.0], [8.0]])
    >>> s = solve_plan(p)
    >>> s.open.tolist(), round(s.objective)
    ([True, True], 370)
    """
    t0 = time.perf_counter()
    agg, groups = aggregate(problem)
    keep_site, keep_arc, stats = prune(agg)
    stats.update(points=problem.n_points, points_aggregated=agg.n_points)
    sites = np.flatnonzero(keep_site)
    n_all, n, m = agg.n_sites, len(sites), agg.n_points
    sub_cost = np.where(keep_arc[sites], agg.cost[sites], np.inf)
    ii, jj = np.nonzero(np.isfinite(sub_cost))
    k = len(ii)
    d, u = agg.demand, agg.capacity[sites]
    existing = agg.existing[sites]
    xcol = n + np.arange(k)
    # x in units of flow here (not fractions): bounds carry min(d_j, u_i)
    cap_arc = np.minimum(d[jj], u[ii])
    rows = [jj, m + np.arange(k), m + np.arange(k), m + k + ii, m + k + np.arange(n)]
    cols = [xcol, xcol, ii, xcol, np.arange(n)]
    vals = [np.ones(k), np.ones(k), -cap_arc, np.ones(k), -u]
    row_lower = [d, np.full(k, -np.inf), np.full(n, -np.inf)]
    row_upper = [d, np.zeros(k), np.zeros(n)]
    nrow = m + k + n
    cand = np.flatnonzero(~existing)
    if problem.max_new is not None and len(cand):
        rows.append(np.full(len(cand), nrow))
        cols.append(cand)
        vals.append(np.ones(len(cand)))
        row_lower.append([-np.inf])
        row_upper.append([float(problem.max_new)])
        nrow += 1
    # cover cut: open capacity must cover the demand
    rows.append(np.full(n, nrow))
    cols.append(np.arange(n))
    vals.append(u)
    row_lower.append([d.sum()])
    row_upper.append([np.inf])
    nrow += 1
    a = sp.csc_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                      shape=(nrow, n + k))
    cost = np.concatenate([np.where(existing, 0.0, agg.fixed[sites]), sub_cost[ii, jj]])
    lower = np.concatenate([existing.astype(float), np.zeros(k)])
    upper = np.concatenate([np.ones(n), cap_arc])
    integer = np.concatenate([np.ones(n, bool), np.zeros(k, bool)])
    h = _highs(a, cost, lower, upper, np.concatenate(row_lower), np.concatenate(row_upper),
               integer, _mip_options(gap, time_limit, threads))
    stats.update(columns=n + k, rows=nrow, sites_kept=n, arcs_kept=k)
    if warm_start:
        t1 = time.perf_counter()
        start = greedy(PlanProblem([agg.site_ids[s] for s in sites],
                                   [agg.site_country[s] for s in sites], agg.fixed[sites], u,
                                   existing, agg.demand_ids, d, sub_cost, problem.max_new),
                       np.ones(n, bool))
        stats["greedy_seconds"] = time.perf_counter() - t1
        if start is not None:
            stats["greedy_objective"] = start[1]
            _set_start(h, start[0], n + k)
    h.run()
    status = _status(h)
    info = h.getInfo()
    n0, m0 = problem.n_sites, problem.n_points
    if status == "infeasible" or info.primal_solution_status == 0:
        return PlanSolution(np.zeros(n0, bool), np.zeros((n0, m0)), math.inf, math.inf,
                            math.inf, -math.inf, math.inf, status, time.perf_counter() - t0,
                            stats)
    x = np.asarray(h.getSolution().col_value)
    open_ = np.zeros(n_all, bool)
    open_[sites] = x[:n] > 0.5
    agg_flow = np.zeros((n_all, m))
    agg_flow[sites[ii], jj] = np.clip(x[n:], 0, None)
    # back to the original points, pro rata to their demand
    share = problem.demand / np.where(d[groups] > 0, d[groups], 1.0)
    flow = agg_flow[:, groups] * share[None, :]
    fixed, variable = evaluate(problem, open_, flow)
    stats.update(nodes=int(info.mip_node_count))
    return PlanSolution(open_, flow, fixed + variable, fixed, variable,
                        float(info.mip_dual_bound), float(info.mip_gap), status,
                        time.perf_counter() - t0, stats)


def _set_start(h, open_sites: np.ndarray, ncol: int) -> None:
    """Give HiGHS the site choice; it completes the flows itself (a partial start)."""
    idx = np.arange(len(open_sites), dtype=np.int32)
    h.setSolution(len(idx), idx, open_sites.astype(float))


# -- the oracle ---------------------------------------------------------------------------

def solve_brute_force(problem: PlanProblem) -> PlanSolution:
    """Try every subset of candidate sites (within the limit); for tests on small instances."""
    t0 = time.perf_counter()
    cand = np.flatnonzero(~problem.existing)
    if len(cand) > 12:
        raise InputError("brute force is for at most 12 candidate sites", field="sites")
    limit = len(cand) if problem.max_new is None else min(problem.max_new, len(cand))
    best = None
    for r in range(limit + 1):
        for subset in itertools.combinations(cand, r):
            open_ = problem.existing.copy()
            open_[list(subset)] = True
            res = transport(problem, open_)
            if res is None:
                continue
            total = res[0] + problem.fixed[list(subset)].sum()
            if best is None or total < best[0] - 1e-9:
                best = (total, open_, res[1])
    n, m = problem.n_sites, problem.n_points
    if best is None:
        return PlanSolution(np.zeros(n, bool), np.zeros((n, m)), math.inf, math.inf, math.inf,
                            -math.inf, math.inf, "infeasible", time.perf_counter() - t0)
    fixed, variable = evaluate(problem, best[1], best[2])
    return PlanSolution(best[1], best[2], fixed + variable, fixed, variable, best[0], 0.0,
                        "optimal", time.perf_counter() - t0)
