"""Rolling-origin backtest: fit on the years before ``t``, rank the hosts of year ``t``.

For every test year ``t`` and every CGIT (root) sector with at least one completed deal in
``t``, each ranker orders all candidate hosts (:func:`chuhai.rank.panel.universe`) using
only data up to ``t-1``; the deals of ``t`` are the relevance. Metrics per cell are
NDCG@k, hit@k and MRR (:mod:`chuhai.rank.metrics`); overall, by sector and by year they
are averaged over cells weighted by the cell's number of deals, so a sector-year with 40
deals counts 40 times one with a single deal.

Rankers:

``model``       the learned PPML location-choice model, ``default`` specification
``model_full``  the same model with every regressor (GDP, GDP per capita, trade, ...)
``index``       the explainable index with the sector's default weights (no measures or
                facilities exist for past years, so access and friction are flat)
``popularity``  deals of the sector in the host over the last three years
``gravity``     PPML on log GDP and log distance from China
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from chuhai.errors import InputError
from chuhai.rank.baselines import fit_gravity, model_scores, popularity_scores
from chuhai.rank.factors import raw_inputs, totals
from chuhai.rank.metrics import hit_at_k, mrr, ndcg_at_k
from chuhai.rank.model import MIN_HISTORY, build_design, fit_model
from chuhai.rank.panel import History
from chuhai.rank.weights import default_weights

RANKERS: tuple[str, ...] = ("model", "model_full", "index", "popularity", "gravity")
BASELINES: tuple[str, ...] = ("popularity", "gravity")


def check_test_years(history: History, test_years: Sequence[int]) -> list[int]:
    """Test years that can be scored; raise a clear error for the others."""
    years = history.years
    if not years:
        raise InputError("no moves with a year in the CGIT data")
    first, last = years[0], years[-1]
    out = sorted(set(int(y) for y in test_years))
    if not out:
        raise InputError("no test years given", field="--test-years")
    bad = [y for y in out if y > last or y - 1 - first < MIN_HISTORY]
    if bad:
        raise InputError(f"cannot score {', '.join(map(str, bad))}: test years must lie in "
                         f"{first + MIN_HISTORY + 1}-{last} for data covering {first}-{last} "
                         f"(each is fitted on the years before it)", field="--test-years")
    return out


def _index_scores(history: History, design, year: int) -> np.ndarray:
    out = np.zeros((len(design.roots), len(design.hosts)))
    for si, root in enumerate(design.roots):
        # as of year-1: raw_inputs reads deals and indicators up to that year only
        raw = raw_inputs(history, root, design.hosts, year=year - 1)
        out[si] = totals(raw, default_weights(root)).reindex(design.hosts).to_numpy()
    return out


def backtest_cells(history: History, test_years: Sequence[int], k: int = 10,
                   rankers: Sequence[str] = RANKERS) -> pd.DataFrame:
    """One row per (ranker, sector, year) cell with its deals and metrics."""
    test_years = check_test_years(history, test_years)
    years = list(range(history.years[0], max(test_years) + 1))
    design = build_design(history, years)
    rows = []
    for t in test_years:
        train = [y for y in years if y < t]
        scores: dict[str, np.ndarray] = {}
        if "model" in rankers:
            scores["model"] = model_scores(fit_model(design, train, "default"), design, t)
        if "model_full" in rankers:
            scores["model_full"] = model_scores(fit_model(design, train, "full"), design, t)
        if "index" in rankers:
            scores["index"] = _index_scores(history, design, t)
        if "popularity" in rankers:
            scores["popularity"] = popularity_scores(design, t)
        if "gravity" in rankers:
            scores["gravity"] = model_scores(fit_gravity(design, train), design, t)
        ti = years.index(t)
        for si, root in enumerate(design.roots):
            gains = design.counts[si, :, ti]
            if gains.sum() <= 0:
                continue
            for name, s in scores.items():
                rows.append({"ranker": name, "sector": root, "year": t,
                             "deals": int(gains.sum()),
                             f"ndcg@{k}": ndcg_at_k(s[si], gains, k),
                             f"hit@{k}": hit_at_k(s[si], gains, k),
                             "mrr": mrr(s[si], gains)})
    return pd.DataFrame(rows)


def summarize(cells: pd.DataFrame, by: Sequence[str] = ()) -> pd.DataFrame:
    """Deal-weighted means of the metrics by ranker (and ``by``)."""
    metrics = [c for c in cells.columns if c.startswith(("ndcg@", "hit@")) or c == "mrr"]
    keys = ["ranker", *by]

    def agg(g: pd.DataFrame) -> pd.Series:
        w = g["deals"].to_numpy(dtype=float)
        out = {m: float(np.average(g[m], weights=w)) for m in metrics}
        out.update(cells=len(g), deals=int(w.sum()))
        return pd.Series(out)

    out = cells.groupby(keys, sort=False).apply(agg, include_groups=False).reset_index()
    order = {r: i for i, r in enumerate(RANKERS)}
    out["_o"] = out["ranker"].map(order)
    out = out.sort_values([*by, "_o"]).drop(columns="_o").reset_index(drop=True)
    out["cells"] = out["cells"].astype(int)
    out["deals"] = out["deals"].astype(int)
    return out


def run_backtest(history: History, test_years: Sequence[int], k: int = 10) -> dict:
    """The whole backtest as plain data: overall, by sector, by year, and the aim.

    ``aim`` compares the learned model's deal-weighted NDCG@k with the better baseline:
    the issue's target is at least +10%.
    """
    cells = backtest_cells(history, test_years, k)
    overall = summarize(cells)
    key = f"ndcg@{k}"
    by = overall.set_index("ranker")[key]
    best = max(BASELINES, key=lambda b: by.get(b, -1))
    gain = (by["model"] / by[best] - 1) * 100 if by.get(best, 0) > 0 else float("nan")
    return {
        "test_years": sorted(set(int(y) for y in test_years)),
        "data_years": [history.years[0], history.years[-1]],
        "k": k,
        "overall": overall,
        "by_sector": summarize(cells, ["sector"]),
        "by_year": summarize(cells, ["year"]),
        "aim": {"metric": key, "best_baseline": best, "best_baseline_value": float(by[best]),
                "model_value": float(by["model"]), "model_vs_best_baseline_pct": float(gain),
                "target_pct": 10.0, "met": bool(gain >= 10.0)},
    }
