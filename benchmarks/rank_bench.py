"""Ranking benchmarks: the backtest table, and the time to rank every country for every sector.

Run from the checkout (the real files are read from ../shared/data unless given)::

    .venv/bin/python benchmarks/rank_bench.py                  # both parts
    .venv/bin/python benchmarks/rank_bench.py --skip-timing --test-years 2016-2023
    .venv/bin/python benchmarks/rank_bench.py --cgit newer_release.xlsx --skip-timing

Part 1 prints the rolling-origin backtest (NDCG@10, hit@10, MRR; cells weighted by deals)
as a Markdown table, overall and by sector. Part 2 times ``rank_hosts`` for every sector
of the taxonomy (median of ``--runs`` runs) against a naive implementation measured in the
same process: a Python loop over countries that filters the tables once per country and
prices each country's duty with :func:`chuhai.measures.duties.duty` — and checks that both
give the same raw inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WDI_CODES = ("ny.gdp.mktp.cd", "ny.gdp.mktp.kd.zg", "ny.gdp.pcap.cd", "tg.val.totl.gd.zs",
             "fp.cpi.totl.zg")

#: Illustrative measures so that access and friction are exercised (public facts, rounded;
#: the benchmark's own, not the starter data): EU duties on Chinese battery EVs, the US
#: Section 301 rate on Chinese EVs, Turkey's extra duty on Chinese cars, US screening.
BENCH_MEASURES = [
    dict(measure_id="b-eu-ev", imposer="EU", kind="anti_subsidy", title="EU CVD on BEVs",
         sector="ev", hs_codes=["870380"], origin_iso3="CHN", rate_pct=20.7),
    dict(measure_id="b-eu-mfn", imposer="EU", kind="mfn", title="EU MFN cars", sector="autos",
         hs_codes=["8703"], origin_iso3=None, rate_pct=10.0),
    dict(measure_id="b-us-301", imposer="USA", kind="tariff", title="US s301 EVs", sector="ev",
         hs_codes=["870380"], origin_iso3="CHN", rate_pct=100.0),
    dict(measure_id="b-tur-cars", imposer="TUR", kind="tariff", title="TUR extra on CN cars",
         sector="autos", hs_codes=["8703"], origin_iso3="CHN", rate_pct=40.0),
    dict(measure_id="b-us-cfius", imposer="USA", kind="screening", title="CFIUS",
         sector=None, hs_codes=[], origin_iso3="CHN", rate_pct=None),
]


def backtest_table(cgit: list[Path], wdi: list[Path], cepii: Path | None, years: list[int]) -> dict:
    from chuhai.rank.backtest import run_backtest
    from chuhai.rank.panel import history_from_files
    t0 = time.perf_counter()
    hist = history_from_files(cgit, wdi, cepii)
    out = run_backtest(hist, years)
    out["seconds"] = time.perf_counter() - t0
    return out


def markdown(frame: pd.DataFrame) -> str:
    cols = list(frame.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in frame.itertuples(index=False):
        lines.append("| " + " | ".join(f"{v:.4f}" if isinstance(v, float) else str(v)
                                       for v in row) + " |")
    return "\n".join(lines)


def naive_raw(history, sector, hosts, year, measures, on):
    """The obvious implementation: one pass over the tables per country."""
    from chuhai.measures.duties import duty
    from chuhai.rank.factors import ECO_DECAY, FRICTION_KINDS, MAX_AGE
    from chuhai.rank.panel import INDICATORS
    from chuhai.reference.countries import blocs_of
    from chuhai.reference.sectors import hs_prefixes, root_of
    root = root_of(sector)
    codes = hs_prefixes(sector)[:4] or [None]
    rows = {}
    for h in hosts:
        ind = history.indicators[(history.indicators["iso3"] == h)
                                 & (history.indicators["year"] <= year)
                                 & (history.indicators["year"] > year - MAX_AGE)]
        gdp = ind[ind["code"] == INDICATORS["gdp"]].sort_values("year")["value"]
        m = history.moves[(history.moves["host_iso3"] == h) & (history.moves["year"] <= year)
                          & ~history.moves["troubled"]]
        w = ECO_DECAY ** (year - m["year"])
        d = max(duty(measures, h, "CHN", c, on, None, sector).total_pct for c in codes)
        fr = sum(1 for r in measures.itertuples() if r.kind in FRICTION_KINDS
                 and (r.imposer == h or r.imposer in blocs_of(h)))
        rows[h] = dict(gdp_usd_bn=gdp.iloc[-1] / 1e9 if len(gdp) else np.nan,
                       sector_deals=float(w[m["root"] == root].sum()),
                       all_deals=float(w.sum()), duty_cn_pct=d, friction_measures=fr)
    return pd.DataFrame.from_dict(rows, orient="index")


def timing(cgit: Path, wdi: list[Path], cepii: Path | None, runs: int, naive_sectors: int) -> dict:
    from chuhai.api import import_file, open_store
    from chuhai.rank.api import candidate_hosts, rank_hosts
    from chuhai.rank.factors import raw_inputs
    from chuhai.rank.panel import history_from_store
    from chuhai.reference.sectors import sector_ids

    store = open_store(":memory:", starter=False)
    import_file(store, "cgit", cgit)
    for p in wdi:
        import_file(store, "wdi", p)
    if cepii:
        import_file(store, "cepii", cepii)
    ms = pd.DataFrame(BENCH_MEASURES).assign(products=None, target_firms=[[]] * len(BENCH_MEASURES),
                                             rate_note=None, start_date=None, end_date=None)
    store.replace_source({"source_id": "bench", "kind": "user", "dataset": "user"},
                         {"measure": ms})
    hist = history_from_store(store)
    sectors = sector_ids()
    on = dt.date.today()

    def rank_all():
        return [rank_hosts(store, sector=s, with_model=False, history=hist) for s in sectors]

    rank_all()  # warm caches (reference tables) before timing
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = rank_all()
        times.append(time.perf_counter() - t0)
    hosts = candidate_hosts(hist, None, on.year)
    measures = store.query("select * from measure")
    sample = ["ev", "energy", "battery", "real_estate", "technology", "solar", "metals",
              "auto_parts", "finance", "steel"][:naive_sectors]
    naive_times, fast_times = [], []
    for _ in range(max(1, runs // 2)):
        t0 = time.perf_counter()
        naive = {s: naive_raw(hist, s, hosts, on.year, measures, on) for s in sample}
        naive_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        fast = {s: raw_inputs(hist, s, hosts, year=on.year, measures=measures, on=on) for s in sample}
        fast_times.append(time.perf_counter() - t0)
    for s in sample:  # same numbers, or the comparison means nothing
        cols = list(naive[s].columns)
        a, b = naive[s][cols].astype(float), fast[s].loc[naive[s].index, cols].astype(float)
        assert np.allclose(a.fillna(-1), b.fillna(-1)), s
    return {"sectors": len(sectors), "hosts": len(out[0].table), "runs": runs,
            "rank_all_median_s": statistics.median(times),
            "per_sector_ms": 1000 * statistics.median(times) / len(sectors),
            "naive_sectors": len(sample),
            "naive_raw_median_s": statistics.median(naive_times),
            "fast_raw_median_s": statistics.median(fast_times)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cgit", type=Path, action="append")
    ap.add_argument("--wdi", type=Path, action="append")
    ap.add_argument("--cepii", type=Path)
    ap.add_argument("--test-years", default="2019-2023")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--naive-sectors", type=int, default=6)
    ap.add_argument("--skip-backtest", action="store_true")
    ap.add_argument("--skip-timing", action="store_true")
    a = ap.parse_args(argv)
    cgit = a.cgit or [DATA / "aei_cgit" / "cgit_investments_2005_2023.csv"]
    wdi = a.wdi or [DATA / "worldbank_wdi" / "indicators" / f"{c}.csv" for c in WDI_CODES]
    cepii = a.cepii or DATA / "cepii_gravity" / "dist_cepii.csv"
    missing = [p for p in [*cgit, *wdi, cepii] if not Path(p).exists()]
    if missing:
        print(f"missing input files: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    lo, _, hi = a.test_years.partition("-")
    years = list(range(int(lo), int(hi or lo) + 1))
    if not a.skip_backtest:
        bt = backtest_table(cgit, wdi, cepii, years)
        print(f"## Backtest: test years {years[0]}-{years[-1]}, data {bt['data_years'][0]}-"
              f"{bt['data_years'][1]} ({', '.join(p.name for p in cgit)}), "
              f"cells weighted by deals ({bt['seconds']:.0f} s)\n")
        print(markdown(bt["overall"]))
        aim = bt["aim"]
        print(f"\nlearned model vs {aim['best_baseline']}: {aim['model_vs_best_baseline_pct']:+.1f}% "
              f"on {aim['metric']} (aim: +{aim['target_pct']:.0f}%)\n")
        ndcg = bt["by_sector"].pivot(index="sector", columns="ranker", values="ndcg@10")
        deals = bt["by_sector"].groupby("sector")["deals"].first()
        ndcg = ndcg[[r for r in ("model", "model_full", "index", "popularity", "gravity")
                     if r in ndcg]].assign(deals=deals).sort_values("deals", ascending=False)
        print("### NDCG@10 by sector\n")
        print(markdown(ndcg.reset_index()))
        print()
    if not a.skip_timing:
        t = timing(cgit[0], wdi, cepii, a.runs, a.naive_sectors)
        print(f"## Time to rank every country for every sector\n")
        print(f"rank_hosts for all {t['sectors']} sectors x {t['hosts']} hosts (factors, "
              f"sensitivity, no model): median {t['rank_all_median_s']:.2f} s over {t['runs']} "
              f"runs ({t['per_sector_ms']:.0f} ms per sector)")
        print(f"raw inputs of {t['naive_sectors']} sectors: per-country loop "
              f"{t['naive_raw_median_s']:.2f} s vs chuhai {t['fast_raw_median_s']:.2f} s "
              f"= {t['naive_raw_median_s'] / t['fast_raw_median_s']:.1f}x (same numbers checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
