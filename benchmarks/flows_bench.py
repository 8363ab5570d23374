"""Flows on 10 million moves: chuhai (DuckDB + rollups) vs pandas vs polars, one run.

Generates moves with realistic skew (benchmarks/synth.py: a few hundred host countries,
thousands of firms, 20 years), loads them into a store file, then times the queries behind
the overview page. pandas and polars get the same moves already in memory (their best
case: no load time counted) and compute the same aggregations; the script checks that all
three agree before printing median latencies and ratios.

    python benchmarks/flows_bench.py                 # 10,000,000 moves
    python benchmarks/flows_bench.py --rows 1000000 --repeat 5
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402


def _timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def _hhi_pd(frame: pd.DataFrame, by: list[str], over: str) -> pd.Series:
    fine = frame.groupby(by + [over], observed=True)["value_usd_m"].sum()
    tot = fine.groupby(level=by, observed=True).transform("sum")
    return ((fine / tot) ** 2).groupby(level=by, observed=True).sum() * 10000


def pandas_queries(df: pd.DataFrame, regions: pd.Series, sector_set: list[str]) -> dict:
    """The overview's aggregations in plain pandas, on the in-memory frame."""
    def live():
        return df[(df["status"] != "cancelled") & ~df["troubled"]]

    def by_year():
        d = live()
        g = d.groupby("year")
        out = pd.DataFrame({"value_usd_m": g["value_usd_m"].sum(), "count": g.size()})
        out["hhi"] = _hhi_pd(d, ["year"], "host_iso3")
        return out

    def region_year():
        d = live()
        d = d.assign(region=d["host_iso3"].map(regions))
        g = d.groupby(["year", "region"])
        out = pd.DataFrame({"value_usd_m": g["value_usd_m"].sum(), "count": g.size()})
        out["share"] = out["value_usd_m"] / out.groupby(level="year")["value_usd_m"].transform("sum")
        return out

    def top_countries():
        d = live()
        d = d[d["sector"].isin(sector_set)]
        return d.groupby("host_iso3")["value_usd_m"].sum().nlargest(10)

    def top_companies():
        d = live()
        return d.groupby("company_id")["value_usd_m"].sum().nlargest(20)

    def hhi_year():
        return _hhi_pd(live(), ["year"], "company_id")

    return {"total by year": by_year, "by region and year": region_year,
            "top countries for a sector": top_countries, "top companies": top_companies,
            "HHI of firms by year": hhi_year}


def polars_queries(pl, df, regions: dict, sector_set: list[str]) -> dict:
    """The same aggregations in polars (lazy, multi-threaded), on the in-memory frame."""
    live = df.lazy().filter((pl.col("status") != "cancelled") & ~pl.col("troubled"))

    def hhi(lf, by, over):
        fine = lf.group_by(by + [over]).agg(pl.col("value_usd_m").sum())
        return (fine.with_columns((pl.col("value_usd_m") / pl.col("value_usd_m").sum().over(by))
                                  .pow(2).alias("s2"))
                .group_by(by).agg((pl.col("s2").sum() * 10000).alias("hhi")))

    def by_year():
        agg = live.group_by("year").agg(pl.col("value_usd_m").sum(), pl.len().alias("count"))
        return agg.join(hhi(live, ["year"], "host_iso3"), on="year").collect()

    def region_year():
        d = live.with_columns(pl.col("host_iso3").replace_strict(regions, default=None).alias("region"))
        agg = d.group_by(["year", "region"]).agg(pl.col("value_usd_m").sum(), pl.len().alias("count"))
        return agg.with_columns((pl.col("value_usd_m") / pl.col("value_usd_m").sum().over("year"))
                                .alias("share")).collect()

    def top_countries():
        return (live.filter(pl.col("sector").is_in(sector_set)).group_by("host_iso3")
                .agg(pl.col("value_usd_m").sum()).top_k(10, by="value_usd_m").collect())

    def top_companies():
        return (live.group_by("company_id").agg(pl.col("value_usd_m").sum())
                .top_k(20, by="value_usd_m").collect())

    def hhi_year():
        return hhi(live, ["year"], "company_id").collect()

    return {"total by year": by_year, "by region and year": region_year,
            "top countries for a sector": top_countries, "top companies": top_companies,
            "HHI of firms by year": hhi_year}


def chuhai_queries(store, sector: str) -> dict:
    from chuhai.api import flows
    return {
        "total by year": lambda: flows(store, ["year"]),
        "by region and year": lambda: flows(store, ["year", "region"]),
        "top countries for a sector": lambda: flows(store, ["country"], sectors=[sector], top=10),
        "top companies": lambda: flows(store, ["company"], top=20),
        "HHI of firms by year": lambda: flows(store, ["year"], hhi_over="company"),
    }


def _check(name: str, ours: pd.DataFrame, theirs_pd, theirs_pl) -> None:
    """The three engines must agree on the headline numbers."""
    total = float(ours["value_usd_m"].sum())
    if name == "HHI of firms by year":
        a = ours.set_index("year")["hhi"].astype(float).sort_index().to_numpy()
        b = theirs_pd.sort_index().to_numpy()
        c = theirs_pl.sort("year")["hhi"].to_numpy()
        assert np.allclose(a, b) and np.allclose(a, c), name
        return
    p_total = float(theirs_pd["value_usd_m"].sum() if isinstance(theirs_pd, pd.DataFrame)
                    else theirs_pd.sum())
    l_total = float(theirs_pl["value_usd_m"].sum())
    assert np.isclose(total, p_total) and np.isclose(total, l_total), (name, total, p_total, l_total)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--db", help="store file to build (default: a temporary file)")
    args = ap.parse_args()

    import polars as pl
    from chuhai.reference import countries as cref
    from chuhai.reference import sectors as sref
    from chuhai.store import Store

    t0 = time.perf_counter()
    moves = synth.moves_frame(args.rows, seed=42)
    print(f"generated {len(moves):,} moves in {time.perf_counter() - t0:.1f} s "
          f"({moves.host_iso3.nunique()} hosts, {moves.company_id.nunique()} firms, "
          f"{moves.year.nunique()} years)")

    tmp = tempfile.mkdtemp(prefix="chuhai-bench-")
    db = Path(args.db or os.path.join(tmp, "bench.duckdb"))
    os.environ.setdefault("CHUHAI_SNAPSHOT", "0")   # timing the store, not the reader copy
    store = Store(db)
    t0 = time.perf_counter()
    store.replace_source({"source_id": "bench", "kind": "user", "dataset": "bench"},
                         {"move": moves})
    load_s = time.perf_counter() - t0
    sizes = {t: store.scalar(f"select count(*) from {t}") for t in
             ("move", "move_rollup_geo", "move_rollup_company")}
    print(f"loaded into {db} in {load_s:.1f} s ({args.rows / load_s:,.0f} rows/s); rollup rows: "
          f"geo {sizes['move_rollup_geo']:,}, company {sizes['move_rollup_company']:,}")

    sector = "alternative_energy" if "alternative_energy" in set(sref.sectors().index) else moves.sector.iloc[0]
    sector_set = sorted(sref.descendants(sector))
    regions = cref.countries().set_index("iso3")["region"]
    frame_pd = moves
    frame_pl = pl.from_pandas(moves)

    ours = chuhai_queries(store, sector)
    theirs_pd = pandas_queries(frame_pd, regions, sector_set)
    theirs_pl = polars_queries(pl, frame_pl, regions.dropna().to_dict(), sector_set)

    rows = []
    for name in ours:
        t_c, r_c = _timed(ours[name], args.repeat)
        t_p, r_p = _timed(theirs_pd[name], args.repeat)
        t_l, r_l = _timed(theirs_pl[name], args.repeat)
        _check(name, r_c, r_p, r_l)
        rows.append((name, t_c, t_p, t_l))

    print(f"\nmedian of {args.repeat} runs, {args.rows:,} moves, {os.cpu_count()} cores; "
          "ratio = other / chuhai (above 1: chuhai is faster)")
    print(f"{'query':<28}{'chuhai s':>10}{'pandas s':>10}{'polars s':>10}{'pd/chuhai':>11}{'pl/chuhai':>11}")
    for name, c, p, l in rows:
        print(f"{name:<28}{c:>10.4f}{p:>10.4f}{l:>10.4f}{p / c:>11.1f}{l / c:>11.1f}")
    worst = max(r[1] for r in rows)
    print(f"\nslowest chuhai query: {worst:.4f} s; faster than pandas on "
          f"{sum(r[2] > r[1] for r in rows)}/{len(rows)}, than polars on "
          f"{sum(r[3] > r[1] for r in rows)}/{len(rows)}")
    store.close()
    if not args.db:
        shutil.rmtree(tmp, ignore_errors=True)   # the 10M store is about 650 MB


if __name__ == "__main__":
    main()
