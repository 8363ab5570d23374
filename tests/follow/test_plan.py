"""The plan equals brute-force enumeration; aggregation and pruning keep the optimum."""

from __future__ import annotations

import numpy as np
import pytest

from chuhai.follow.bench import generate
from chuhai.follow.plan import (GAP, PlanProblem, aggregate, prune, solve_brute_force,
                                solve_plan, solve_textbook)


def random_problem(seed: int, *, anchor: bool) -> PlanProblem:
    rng = np.random.default_rng(seed)
    n, m = 7, 10
    cost = rng.uniform(5, 20, (n, m))
    cost[0] += 4                       # home is dearer abroad
    cost[:, 5:] = cost[:, :5]          # duplicated points: aggregation must be exact
    cost[rng.integers(1, n), rng.integers(0, m)] = np.inf  # a forbidden arc
    cap = rng.uniform(40, 200, n)
    cap[0] = 5000 if anchor else 150
    existing = np.zeros(n, bool)
    existing[0] = True
    return PlanProblem([f"s{i}" for i in range(n)], ["X"] * n, rng.uniform(0, 400, n), cap,
                       existing, [f"d{j}" for j in range(m)], rng.uniform(5, 60, m), cost,
                       max_new=int(rng.integers(1, 4)))


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("anchor", [True, False])
def test_plan_equals_brute_force(seed, anchor):
    p = random_problem(seed, anchor=anchor)
    oracle = solve_brute_force(p)
    fast, book = solve_plan(p), solve_textbook(p)
    if oracle.status == "infeasible":
        assert fast.status == book.status == "infeasible"
        return
    for s in (fast, book):
        assert s.status == "optimal"
        assert s.objective == pytest.approx(oracle.objective, rel=GAP)
        # the reported plan is feasible: demand met, capacity kept, limit kept
        assert np.allclose(s.flow.sum(axis=0), p.demand)
        assert (s.flow.sum(axis=1) <= p.capacity * s.open + 1e-6).all()
        assert (s.open & ~p.existing).sum() <= p.max_new


def test_aggregation_merges_identical_points_only():
    p = random_problem(3, anchor=True)
    agg, groups = aggregate(p)
    assert agg.n_points == len({tuple(c) for c in p.cost.T}) < p.n_points
    assert agg.demand.sum() == pytest.approx(p.demand.sum())
    same = [np.array_equal(p.cost[:, j], p.cost[:, j + 5]) for j in range(5)]
    assert ((groups[:5] == groups[5:]) == same).all() and sum(same) >= 4


def test_pruning_drops_sites_that_never_pay():
    # site 1 is dearer than home everywhere; site 2 saves 1/unit on 10 units but costs 100
    p = PlanProblem(["home", "worse", "tiny", "good"], list("CABD"), [0, 1, 100, 5],
                    [1000, 50, 50, 50], [True, False, False, False], ["a", "b"], [10, 10],
                    [[10, 10], [11, 12], [9, 10], [5, 5]])
    keep_site, keep_arc, stats = prune(p)
    assert keep_site.tolist() == [True, False, False, True]
    assert stats["anchor"] == ["home"]
    assert solve_plan(p).open.tolist() == [True, False, False, True]


def test_generated_instance_structured_equals_textbook():
    p = generate(12, 80, seed=5, max_new=4)
    a, b = solve_plan(p), solve_textbook(p)
    assert a.status == b.status == "optimal"
    assert a.objective == pytest.approx(b.objective, rel=GAP)
    assert a.stats["points_aggregated"] < p.n_points
