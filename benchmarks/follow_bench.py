"""Benchmark: time to a proven optimum of the follow planner's facility-location model.

Three solvers on the same instance (chuhai.follow.bench.generate), each in a fresh
process so that its peak memory is its own:

* ``structured``  chuhai.follow.plan.solve_plan: aggregation, pruning, tight bounds,
  greedy warm start, then HiGHS;
* ``textbook``    the strong formulation handed as-is to HiGHS (solve_textbook);
* ``pulp-cbc``    the same strong formulation built with PuLP and solved by its bundled CBC.

All stop at a relative gap of 0.01 %. The script asserts that every solver that proved
optimality reached the same objective (within that gap) and prints medians and ratios.
Baselines run under a time limit and are reported as "> limit" when they hit it.

Examples
--------
    .venv/bin/python benchmarks/follow_bench.py --quick            # 40 sites x 300 plants
    .venv/bin/python benchmarks/follow_bench.py                    # 200 x 2,000, the target
    .venv/bin/python benchmarks/follow_bench.py --limit 900 --repeats 5
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import statistics
import sys
import time

import numpy as np

GAP = 1e-4


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # CBC runs as a child
    return (own + kids) / 1024.0


def _pulp(problem, limit: float) -> dict:
    import pulp
    t0 = time.perf_counter()
    n, m = problem.n_sites, problem.n_points
    prob = pulp.LpProblem("cflp", pulp.LpMinimize)
    y = [pulp.LpVariable(f"y{i}", cat="Binary") for i in range(n)]
    arcs = [(i, j) for i in range(n) for j in range(m) if np.isfinite(problem.cost[i, j])]
    x = {(i, j): pulp.LpVariable(f"x{i}_{j}", lowBound=0, upBound=1) for i, j in arcs}
    d = problem.demand
    prob += (pulp.lpSum(float(problem.fixed[i]) * y[i] for i in range(n) if not problem.existing[i])
             + pulp.lpSum(float(problem.cost[i, j] * d[j]) * v for (i, j), v in x.items()))
    by_point: dict[int, list] = {j: [] for j in range(m)}
    by_site: dict[int, list] = {i: [] for i in range(n)}
    for (i, j), v in x.items():
        by_point[j].append(v)
        by_site[i].append((v, float(d[j])))
        prob += v <= y[i]
    for j in range(m):
        prob += pulp.lpSum(by_point[j]) == 1
    for i in range(n):
        prob += pulp.lpSum(c * v for v, c in by_site[i]) <= float(problem.capacity[i]) * y[i]
        if problem.existing[i]:
            prob += y[i] == 1
    if problem.max_new is not None:
        prob += pulp.lpSum(y[i] for i in range(n) if not problem.existing[i]) <= problem.max_new
    built = time.perf_counter() - t0
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=limit, gapRel=GAP)
    prob.solve(solver)
    status = pulp.LpStatus[prob.status]
    hit = time.perf_counter() - t0 - built >= limit * 0.98
    opt = status == "Optimal" and not hit
    return {"objective": pulp.value(prob.objective), "status": "optimal" if opt else
            f"time_limit ({status})", "build_s": built}


def _worker(method: str, problem, limit: float, queue) -> None:
    from chuhai.follow.plan import solve_plan, solve_textbook
    t0 = time.perf_counter()
    if method == "structured":
        s = solve_plan(problem, gap=GAP)
        out = {"objective": s.objective, "status": s.status, "bound": s.bound,
               "stats": s.stats}
    elif method == "textbook":
        s = solve_textbook(problem, gap=GAP, time_limit=limit)
        out = {"objective": s.objective, "status": s.status, "bound": s.bound,
               "stats": s.stats}
    else:
        out = _pulp(problem, limit)
    out["seconds"] = time.perf_counter() - t0
    out["peak_mb"] = _peak_mb()
    queue.put(out)


def run(method: str, problem, limit: float) -> dict:
    ctx = mp.get_context("fork")  # the child gets the instance without pickling it
    queue = ctx.Queue()
    proc = ctx.Process(target=_worker, args=(method, problem, limit, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, default=200)
    ap.add_argument("--plants", type=int, default=2000)
    ap.add_argument("--max-new", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="40 sites x 300 plants (CI speed)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of the structured solver")
    ap.add_argument("--baseline-repeats", type=int, default=1, help="runs of each baseline")
    ap.add_argument("--limit", type=float, default=600.0,
                    help="time limit of each baseline run, seconds")
    ap.add_argument("--skip", action="append", default=[], choices=["textbook", "pulp-cbc"])
    args = ap.parse_args(argv)
    if args.quick:
        args.sites, args.plants = 40, 300
    from chuhai.follow.bench import generate
    t0 = time.perf_counter()
    problem = generate(args.sites, args.plants, seed=args.seed, max_new=args.max_new)
    print(f"instance: {args.sites} candidate sites + 1 home plant x {args.plants} customer "
          f"plants, max {args.max_new} new sites, seed {args.seed} "
          f"(generated in {time.perf_counter() - t0:.1f} s)", flush=True)
    results: dict[str, list[dict]] = {}
    plan = [("structured", args.repeats)] + [(m, args.baseline_repeats)
                                             for m in ("textbook", "pulp-cbc") if m not in args.skip]
    for method, reps in plan:
        results[method] = []
        for r in range(reps):
            out = run(method, problem, args.limit)
            results[method].append(out)
            print(f"  {method:<10} run {r + 1}: {out['seconds']:8.2f} s  "
                  f"objective {out['objective']:,.2f}  {out['status']}  "
                  f"peak {out['peak_mb']:.0f} MB", flush=True)
    ref = results["structured"][0]
    print()
    print(f"{'method':<12}{'median s':>12}{'peak MB':>10}{'objective':>22}  {'status':<12}"
          f"{'vs structured':>14}")
    base = statistics.median(o["seconds"] for o in results["structured"])
    ok = True
    for method, outs in results.items():
        med = statistics.median(o["seconds"] for o in outs)
        proved = all(o["status"] == "optimal" for o in outs)
        shown = f"{med:.2f}" if proved else f"> {args.limit:.0f}"
        ratio = med / base
        ratio_s = f"{ratio:.1f}x" if proved else f"> {ratio:.1f}x"
        print(f"{method:<12}{shown:>12}{max(o['peak_mb'] for o in outs):>10.0f}"
              f"{outs[0]['objective']:>22,.2f}  {outs[0]['status']:<12}{ratio_s:>14}")
        for o in outs:
            if o["status"] == "optimal":
                rel = abs(o["objective"] - ref["objective"]) / max(abs(ref["objective"]), 1.0)
                if rel > GAP:
                    ok = False
                    print(f"  MISMATCH: {method} objective differs by {rel:.2e}", file=sys.stderr)
    s = ref.get("stats", {})
    print(f"\nstructured model: {s.get('points')} points -> {s.get('points_aggregated')} "
          f"aggregated; {s.get('sites_kept')} of {problem.n_sites} sites and "
          f"{s.get('arcs_kept')} arcs kept; greedy start {s.get('greedy_objective', 0):,.2f}; "
          f"{s.get('nodes')} B&B nodes")
    assert ok, "solvers disagree on the optimum"
    print("all solvers that proved optimality agree on the objective (within 0.01 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
