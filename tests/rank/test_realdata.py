"""The ranking on the real public files in ../shared/data (skipped where absent)."""

import numpy as np
import pandas as pd
import pytest

from chuhai.rank.backtest import run_backtest
from chuhai.rank.model import fit_history
from chuhai.rank.panel import history_from_files

from tests.conftest import shared_file

pytestmark = pytest.mark.realdata

WDI = ("ny.gdp.mktp.cd", "ny.gdp.mktp.kd.zg", "ny.gdp.pcap.cd", "tg.val.totl.gd.zs")


def _wdi():
    return [shared_file("worldbank_wdi", "indicators", f"{c}.csv") for c in WDI]


def test_model_fitted_on_a_real_slice_has_coefficients_with_standard_errors():
    cgit = shared_file("aei_cgit", "cgit2019fall_investments_2005_2019.csv")
    hist = history_from_files([cgit], _wdi(), shared_file("cepii_gravity", "dist_cepii.csv"))
    model, design = fit_history(hist, through=2015, spec="full")
    table = model.table().set_index("term")
    assert len(table) >= 10
    assert np.isfinite(table["se"]).all() and (table["se"] > 0).all()
    assert model.train_years == (2007, 2015)
    # deals of the training years, counted straight from the file
    raw = pd.read_csv(cgit)
    assert model.n_deals == int(raw["Year"].between(2007, 2015).sum())
    # agglomeration: earlier deals of the sector in a country predict the next ones
    assert table.loc["sector_recent", "coef"] > 0 and table.loc["sector_recent", "z"] > 2


def test_backtest_on_the_newest_release_scores_every_deal_of_the_test_years():
    cgit = shared_file("aei_cgit", "cgit_investments_2005_2023.csv")
    hist = history_from_files([cgit], _wdi(), shared_file("cepii_gravity", "dist_cepii.csv"))
    out = run_backtest(hist, [2022, 2023])
    raw = pd.read_csv(cgit, dtype=str)
    by_year = raw["Year"].astype(int).value_counts()
    got = out["by_year"][out["by_year"]["ranker"] == "popularity"].set_index("year")["deals"]
    assert got.to_dict() == {2022: by_year[2022], 2023: by_year[2023]}
    ov = out["overall"].set_index("ranker")
    assert ov[["ndcg@10", "hit@10", "mrr"]].stack().between(0, 1).all()
    assert set(ov.index) == {"model", "model_full", "index", "popularity", "gravity"}


def test_backtest_reads_the_2021_layout_with_construction_contracts():
    cgit = shared_file("aei_cgit", "cgit_investments_and_construction_2005_2021.csv")
    hist = history_from_files([cgit])
    out = run_backtest(hist, [2021])
    assert out["data_years"] == [2005, 2021]
    assert int(out["by_year"]["deals"].iloc[0]) == int((pd.read_csv(cgit)["Year"] == 2021).sum())


def test_rank_on_a_store_with_real_imports(store):
    from chuhai.api import import_file
    from chuhai.rank.api import rank_hosts
    import_file(store, "cgit", shared_file("aei_cgit", "cgit_investments_2005_2023.csv"))
    for path in _wdi()[:3]:
        import_file(store, "wdi", path)
    import_file(store, "cepii", shared_file("cepii_gravity", "dist_cepii.csv"))
    r = rank_hosts(store, sector="alternative_energy")
    top = r.table.head(10)
    assert top["score"].notna().all() and top["model_share"].between(0, 1).all()
    assert r.table["model_share"].sum() <= 1 + 1e-9
    assert r.model is not None and (r.model.table()["se"] > 0).all()
