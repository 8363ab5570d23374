"""Rolling-origin backtest on simulated history: weighting, leakage, test-year checks."""

import numpy as np
import pandas as pd
import pytest

from chuhai.errors import InputError
from chuhai.rank.backtest import RANKERS, backtest_cells, run_backtest, summarize
from chuhai.rank.baselines import popularity_scores
from chuhai.rank.model import build_design

from tests.rank.test_model import YEARS, simulated_history


@pytest.fixture(scope="module")
def sim():
    hist, _ = simulated_history(seed=4)
    return hist


def test_cells_cover_every_sector_year_with_deals_and_every_ranker(sim):
    cells = backtest_cells(sim, [2019, 2020])
    assert set(cells["ranker"]) == set(RANKERS)
    want = sim.moves[sim.moves["year"].isin([2019, 2020]) & ~sim.moves["troubled"]]
    per_cell = want.groupby(["root", "year"]).size()
    got = cells[cells["ranker"] == "popularity"].set_index(["sector", "year"])["deals"]
    assert got.sort_index().to_dict() == per_cell.sort_index().to_dict()
    for m in ("ndcg@10", "hit@10", "mrr"):
        assert cells[m].between(0, 1).all()


def test_overall_is_the_deal_weighted_mean_of_cells(sim):
    cells = backtest_cells(sim, [2019, 2020], rankers=("popularity",))
    overall = summarize(cells).set_index("ranker").loc["popularity"]
    w = cells["deals"]
    assert overall["ndcg@10"] == pytest.approx((cells["ndcg@10"] * w).sum() / w.sum())
    assert overall["deals"] == w.sum() and overall["cells"] == len(cells)


def test_popularity_counts_only_the_three_years_before():
    hist, hosts = simulated_history(seed=5)
    design = build_design(hist, YEARS, hosts)
    t = YEARS.index(2016)
    want = design.counts[:, :, t - 3:t].sum(axis=2)
    got = popularity_scores(design, 2016)
    assert np.allclose(np.floor(got + 1e-9), want)        # the tie-break stays below 1


def test_future_deals_do_not_change_a_test_year_score(sim):
    # adding deals in 2020 must not change anything scored for 2019
    extra = sim.moves[sim.moves["year"] == 2020].copy()
    more = type(sim)(pd.concat([sim.moves, extra, extra]), sim.indicators, sim.dist_km)
    a = backtest_cells(sim, [2019])
    b = backtest_cells(more, [2019])
    assert np.allclose(a["ndcg@10"], b["ndcg@10"])


def test_aim_compares_the_model_with_the_better_baseline(sim):
    out = run_backtest(sim, [2019, 2020])
    ov = out["overall"].set_index("ranker")["ndcg@10"]
    best = max(ov["popularity"], ov["gravity"])
    assert out["aim"]["best_baseline_value"] == pytest.approx(best)
    assert out["aim"]["model_vs_best_baseline_pct"] == pytest.approx((ov["model"] / best - 1) * 100)


@pytest.mark.parametrize("years", [[2030], [2009], []])
def test_unscorable_test_years_are_clear_errors(sim, years):
    with pytest.raises(InputError, match="test"):
        backtest_cells(sim, years)
