"""The learned model: regressors use only the past, the fit matches a reference
implementation, and imputation is flagged."""

import numpy as np
import pandas as pd
import pytest

from chuhai.rank.model import FEATURES, SPECS, build_design, fit_model
from chuhai.rank.panel import history_from_frames, indicator_matrix

from tests.rank.helpers import HOSTS, indicator_rows, move_rows

YEARS = list(range(2008, 2021))
ROOTS = ["energy", "metals", "technology"]


def simulated_history(seed: int = 0, pull: float = 0.8):
    """Deals drawn year by year from a Poisson whose rate rises with earlier deals."""
    rng = np.random.default_rng(seed)
    hosts = list(HOSTS)
    size = np.log([HOSTS[h][0] for h in hosts])
    counts = {r: np.zeros((len(hosts), len(YEARS))) for r in ROOTS}
    for r in ROOTS:
        for t in range(len(YEARS)):
            past = counts[r][:, max(0, t - 3):t].sum(axis=1)
            rate = np.exp(-0.5 + pull * np.log(0.1 + past) + 0.6 * (size - size.mean()))
            counts[r][:, t] = rng.poisson(np.minimum(rate, 30))
    spec = {(h, r, y): int(counts[r][i, t]) for r in ROOTS for i, h in enumerate(hosts)
            for t, y in enumerate(YEARS) if counts[r][i, t] > 0}
    ind = pd.concat([indicator_rows(y) for y in YEARS]).drop_duplicates(["iso3", "year", "code"])
    return history_from_frames(move_rows(spec), ind, None), hosts


def test_regressors_of_a_year_do_not_see_that_year():
    hist, hosts = simulated_history()
    design = build_design(hist, YEARS, hosts)
    changed = hist.moves[hist.moves["year"] != YEARS[-1]]
    other = build_design(type(hist)(changed, hist.indicators, hist.dist_km), YEARS, hosts)
    for name in FEATURES:
        assert np.array_equal(design.x[name][..., -1], other.x[name][..., -1]), name
    assert not np.array_equal(design.counts[..., -1], other.counts[..., -1])


def test_fit_recovers_agglomeration_with_standard_errors():
    hist, hosts = simulated_history(seed=1, pull=0.8)
    design = build_design(hist, YEARS, hosts)
    model = fit_model(design, YEARS, ["sector_recent", "log_gdp"])
    table = model.table().set_index("term")
    assert table.loc["sector_recent", "coef"] > 0.3
    assert table.loc["sector_recent", "z"] > 3
    assert (table["se"] > 0).all() and np.isfinite(table["se"]).all()
    assert model.n_deals == int(design.counts[..., 2:].sum())   # MIN_HISTORY years left out


def test_pyfixest_fit_equals_statsmodels_poisson_with_cell_dummies():
    import statsmodels.api as sm
    hist, hosts = simulated_history(seed=2)
    design = build_design(hist, YEARS, hosts)
    feats = ["sector_recent", "sector_stock", "log_gdp_pc"]
    model = fit_model(design, YEARS, feats)
    frame = design.frame(YEARS[2:])
    cell = frame["root"] + ":" + frame["year"].astype(str)
    keep = frame.groupby(cell)["count"].transform("sum") > 0
    frame, cell = frame[keep], cell[keep]
    X = pd.concat([frame[feats], pd.get_dummies(cell, dtype=float)], axis=1)
    ref = sm.GLM(frame["count"], X, family=sm.families.Poisson()).fit()
    assert np.allclose(model.coef[feats].to_numpy(), ref.params[feats].to_numpy(), atol=1e-4)


def test_constant_regressors_are_dropped_not_fatal():
    hist, hosts = simulated_history(seed=3)
    design = build_design(hist, YEARS, hosts)   # no distances: log_dist is one imputed value
    model = fit_model(design, YEARS, "default")
    assert "log_dist" in model.dropped and "log_dist" not in model.coef.index
    assert set(model.coef.index) <= set(SPECS["default"])


def test_missing_indicators_are_carried_forward_then_imputed_and_flagged():
    ind = pd.DataFrame([
        dict(iso3="HUN", year=2018, code="ny.gdp.mktp.cd", value=100.0),
        dict(iso3="ESP", year=2020, code="ny.gdp.mktp.cd", value=300.0),
        dict(iso3="DEU", year=2020, code="ny.gdp.mktp.cd", value=500.0)])
    hist = history_from_frames(move_rows({("HUN", "autos", 2020): 1}), ind, None)
    vals, miss = indicator_matrix(hist, "gdp", ["HUN", "ESP", "DEU", "MAR"], [2020])
    assert vals[:, 0].tolist() == [100.0, 300.0, 500.0, 300.0]   # MAR: median of 2020
    assert miss[:, 0].tolist() == [0.0, 0.0, 0.0, 1.0]
    too_old, flag = indicator_matrix(hist, "gdp", ["HUN"], [2022])
    assert flag[0, 0] == 1.0                                    # 2018 is > 3 years before 2022


def test_too_little_history_is_a_clear_error():
    from chuhai.errors import InputError
    hist = history_from_frames(move_rows({("HUN", "autos", 2020): 1}), None, None)
    with pytest.raises(InputError, match="history"):
        fit_model(build_design(hist, [2020, 2021]), [2020, 2021])
