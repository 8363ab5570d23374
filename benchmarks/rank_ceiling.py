"""How much better than popularity can any ranker be on CGIT? Bounds beside the model.

Run from the checkout (the real files are read from ../shared/data unless given)::

    .venv/bin/python benchmarks/rank_ceiling.py
    .venv/bin/python benchmarks/rank_ceiling.py --test-years 2012-2018 --test-years 2019-2023
    .venv/bin/python benchmarks/rank_ceiling.py --gbm       # needs `pip install lightgbm`

The issue asks the learned model to beat popularity by 10% in deal-weighted NDCG@10. This
script puts that aim beside what the data allow, for each span of test years:

``popularity_plain``  deals of the sector in the host over the last 3 years, ties in ISO3
                      order (the issue's definition, literally)
``popularity``        the same with ties broken by all-sector deals (the baseline of
                      ``chuhai backtest``)
``model``             the learned PPML model (``default`` specification)
``gbm_lambdarank``    (``--gbm``) LightGBM's lambdarank on the lagged counts and country
                      covariates, fitted on the same years: a flexible learner, to check
                      that the PPML form is not what holds the model back
``oracle_newcomers``  popularity's order for hosts with sector deals in the last 3 years,
                      and the *true* order of year t for the rest: the most that better
                      guessing of newcomers could add
``split_half``        the hosts of a random half of year t's deals ranking the other half
                      (mean of 20 draws): how well even same-year knowledge predicts

Every ranker is scored by :mod:`chuhai.rank.metrics`, cells weighted by their deals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WDI_CODES = ("ny.gdp.mktp.cd", "ny.gdp.mktp.kd.zg", "ny.gdp.pcap.cd", "tg.val.totl.gd.zs")


def _years(text: str) -> list[int]:
    from chuhai.flows.aggregate import parse_years
    return parse_years([text])


def weighted_ndcg(design, scores_by_year: dict[int, np.ndarray], k: int = 10) -> float:
    from chuhai.rank.metrics import ndcg_at_k
    num = den = 0.0
    for t, scores in scores_by_year.items():
        ti = design.years.index(t)
        for si in range(len(design.roots)):
            gains = design.counts[si, :, ti]
            if gains.sum() <= 0:
                continue
            num += gains.sum() * ndcg_at_k(scores[si], gains, k)
            den += gains.sum()
    return num / den


def gbm_scores(design, train: list[int], t: int) -> np.ndarray:
    import lightgbm as lgb
    feats = ["sector_recent", "sector_last1", "sector_stock", "all_last1", "all_last3",
             "all_stock", "log_dist", "gdp_growth", "log_gdp", "log_gdp_pc", "trade_gdp"]
    frame = design.frame([y for y in train if y - design.years[0] >= 3])
    cell = frame.groupby(["root", "year"])["count"].transform("sum")
    frame = frame[cell > 0].sort_values(["year", "root"])
    groups = frame.groupby(["year", "root"], sort=False).size().to_numpy()
    ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=100, learning_rate=0.05,
                            num_leaves=7, min_child_samples=50, verbose=-1)
    ranker.fit(frame[feats].to_numpy(), frame["count"].astype(int).to_numpy(), group=groups)
    test = design.frame([t])
    return ranker.predict(test[feats].to_numpy()).reshape(len(design.roots), len(design.hosts))


def bounds(history, test_years: list[int], gbm: bool, draws: int = 20) -> dict[str, float]:
    from chuhai.rank.baselines import model_scores, popularity_scores
    from chuhai.rank.model import build_design, fit_model

    years = list(range(history.years[0], max(test_years) + 1))
    design = build_design(history, years)
    rng = np.random.default_rng(0)
    out: dict[str, dict[int, np.ndarray]] = {k: {} for k in (
        "popularity_plain", "popularity", "model", "oracle_newcomers")}
    if gbm:
        out["gbm_lambdarank"] = {}
    halves = []
    from chuhai.rank.metrics import ndcg_at_k
    for t in test_years:
        ti = years.index(t)
        recent = design.counts[:, :, max(0, ti - 3):ti].sum(axis=2)
        truth = design.counts[:, :, ti]
        out["popularity_plain"][t] = recent
        pop = popularity_scores(design, t)
        out["popularity"][t] = pop
        train = [y for y in years if y < t]
        out["model"][t] = model_scores(fit_model(design, train, "default"), design, t)
        # hosts with recent sector deals keep popularity's order above every newcomer;
        # newcomers are ordered by what actually happened in t
        out["oracle_newcomers"][t] = np.where(recent > 0, 1e6 + pop, truth + 1e-3 * pop)
        if gbm:
            out["gbm_lambdarank"][t] = gbm_scores(design, train, t)
    result = {k: weighted_ndcg(design, v) for k, v in out.items()}
    for _ in range(draws):
        # split each cell's deals at random; half A's hosts rank, half B is the truth
        num = den = 0.0
        for t in test_years:
            ti = years.index(t)
            for si in range(len(design.roots)):
                counts = design.counts[si, :, ti].astype(int)
                a = rng.binomial(counts, 0.5)
                b = counts - a
                if b.sum() <= 0:
                    continue
                num += b.sum() * ndcg_at_k(a + 1e-3 * out["popularity"][t][si], b, 10)
                den += b.sum()
        halves.append(num / den)
    result["split_half"] = float(np.mean(halves))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cgit", type=Path, default=DATA / "aei_cgit" / "cgit_investments_2005_2023.csv")
    ap.add_argument("--wdi", type=Path, default=DATA / "worldbank_wdi" / "indicators")
    ap.add_argument("--cepii", type=Path, default=DATA / "cepii_gravity" / "dist_cepii.csv")
    ap.add_argument("--test-years", action="append", default=None,
                    help="a span such as 2019-2023 (repeatable; default 2012-2018 and 2019-2023)")
    ap.add_argument("--gbm", action="store_true", help="add LightGBM lambdarank (not a dependency)")
    args = ap.parse_args(argv)
    if not args.cgit.exists():
        print(f"skipped: {args.cgit} not found (the real CGIT file lives in ../shared/data)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from chuhai.rank.panel import history_from_files
    wdi = [p for p in sorted(args.wdi.glob("*.csv")) if p.stem in WDI_CODES] if args.wdi.is_dir() else []
    history = history_from_files([args.cgit], wdi, args.cepii if args.cepii.exists() else None)
    spans = args.test_years or ["2012-2018", "2019-2023"]
    print("| test years | ranker | NDCG@10 | vs popularity |")
    print("|---|---|---|---|")
    for span in spans:
        res = bounds(history, _years(span), args.gbm)
        for name, value in res.items():
            print(f"| {span} | {name} | {value:.4f} | {value / res['popularity'] - 1:+.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
