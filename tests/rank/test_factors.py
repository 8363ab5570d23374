"""Factor math on hand-built data: each factor moves the way its definition says."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from chuhai.rank.factors import factor_scores, raw_inputs, totals, zscore
from chuhai.rank.weights import default_weights

from tests.rank.helpers import HOSTS, history, measure

ON = dt.date(2024, 6, 1)
W = default_weights("ev")


def scores(hist, **kw):
    raw = raw_inputs(hist, "ev", list(HOSTS), year=2023, on=ON, **kw)
    return raw, factor_scores(raw, W)


def test_higher_duty_in_a_country_is_jumped_by_a_plant_there():
    hist = history()
    low_raw, low = scores(hist, measures=pd.DataFrame([measure("t", "TUR", 10.0)]))
    high_raw, high = scores(hist, measures=pd.DataFrame([measure("t", "TUR", 40.0)]))
    assert low_raw.loc["TUR", "duty_cn_pct"] == 10.0
    assert high_raw.loc["TUR", "duty_cn_pct"] == 40.0
    # tariff-jumping: the host's own duty on Chinese goods pulls a plant in
    assert high.loc["TUR", "access"] > low.loc["TUR", "access"] > 0
    assert high.loc["TUR", "total"] > low.loc["TUR", "total"]
    assert high.loc["TUR", "rank"] <= low.loc["TUR", "rank"]
    # ...while a plant elsewhere jumps Turkey's higher duty on Chinese goods
    assert high_raw.loc["HUN", "jump_pct"] > low_raw.loc["HUN", "jump_pct"] > 0
    assert high.loc["HUN", "access"] > low.loc["HUN", "access"]


def test_a_measure_outside_the_sector_or_on_another_origin_changes_nothing():
    hist = history()
    _, base = scores(hist, measures=None)
    _, other_hs = scores(hist, measures=pd.DataFrame([measure("t", "TUR", 40.0, sector="steel",
                                                              hs=("7208",))]))
    _, other_origin = scores(hist, measures=pd.DataFrame([measure("t", "TUR", 40.0, origin="KOR")]))
    assert other_hs.loc["TUR", "access"] == pytest.approx(base.loc["TUR", "access"])
    assert other_origin.loc["TUR", "access"] == pytest.approx(base.loc["TUR", "access"])


def test_bloc_duty_on_china_is_jumped_by_a_plant_inside_the_bloc():
    # EU: 10% MFN on cars plus 20% on Chinese EVs. From Hungary a plant sells into Germany
    # and Spain free of both; from Mexico it still pays the MFN; from China, both.
    # The US and Canada charge no MFN here (known), so no other market's duty is imputed.
    eu = [measure("eu-cvd", "EU", 20.0),
          measure("eu-mfn", "EU", 10.0, kind="mfn", sector="autos", hs=("8703",), origin=None),
          measure("us-mfn", "USA", 0.0, kind="mfn", sector="autos", hs=("8703",), origin=None),
          measure("ca-mfn", "CAN", 0.0, kind="mfn", sector="autos", hs=("8703",), origin=None)]
    raw, _ = scores(history(), measures=pd.DataFrame(eu))
    assert raw.loc["HUN", "duty_cn_pct"] == 30.0
    assert raw.loc["HUN", "jump_pct"] > raw.loc["MEX", "jump_pct"] > 0
    assert raw.loc["USA", "duty_cn_pct"] == 0


def test_a_host_without_mfn_data_pays_the_median_known_mfn_not_zero():
    # Missing tariff data must not make a country look open: hosts with no MFN row pay the
    # median of the known MFN rates (10, 2.5, 6.1 -> 6.1); extra measures are not imputed.
    rows = [measure("eu-cvd", "EU", 20.0),
            measure("eu-mfn", "EU", 10.0, kind="mfn", sector="autos", hs=("87",), origin=None),
            measure("us-mfn", "USA", 2.5, kind="mfn", sector="autos", hs=("87",), origin=None),
            measure("ca-mfn", "CAN", 6.1, kind="mfn", sector="autos", hs=("87",), origin=None)]
    raw, _ = scores(history(), measures=pd.DataFrame(rows))
    assert raw.loc["USA", "duty_cn_pct"] == pytest.approx(2.5)
    assert raw.loc["THA", "duty_cn_pct"] == pytest.approx(6.1)
    assert raw.loc["HUN", "duty_cn_pct"] == pytest.approx(30.0)


def test_more_prior_moves_raise_ecosystem():
    few = history({("HUN", "autos", 2021): 1, ("ESP", "autos", 2021): 2})
    many = history({("HUN", "autos", 2021): 5, ("ESP", "autos", 2021): 2})
    _, a = scores(few)
    _, b = scores(many)
    assert b.loc["HUN", "ecosystem"] > a.loc["HUN", "ecosystem"]
    raw_few, _ = scores(few)
    raw_many, _ = scores(many)
    assert raw_many.loc["HUN", "sector_deals"] == pytest.approx(5 * 0.8 ** 2)
    assert raw_few.loc["HUN", "sector_deals"] == pytest.approx(1 * 0.8 ** 2)


def test_deals_after_the_as_of_year_are_not_counted():
    raw = raw_inputs(history({("HUN", "autos", 2024): 3}), "ev", list(HOSTS), year=2023, on=ON)
    assert raw.loc["HUN", "sector_deals"] == 0


def test_anchor_facilities_raise_ecosystem_and_far_future_plants_do_not_count():
    hist = history()
    fac = pd.DataFrame([dict(facility_id="f", company_id="byd", host_iso3="MAR", sector="ev",
                             status="announced", start_year=2024)])
    late = fac.assign(start_year=2030)
    _, base = scores(hist)
    raw, with_plant = scores(hist, facilities=fac, anchors=["byd"])
    raw_late, _ = scores(hist, facilities=late, anchors=["byd"])
    assert raw.loc["MAR", "anchors"] == 1 and raw_late.loc["MAR", "anchors"] == 0
    assert with_plant.loc["MAR", "ecosystem"] > base.loc["MAR", "ecosystem"]


def test_screening_lowers_friction_and_troubled_deals_lower_risk():
    hist = history({("HUN", "autos", 2021): 2, ("ESP", "autos", 2021): 2},
                   troubled={("ESP", "autos", 2021): 3})
    screen = pd.DataFrame([measure("s", "USA", 0.0, kind="screening", hs=())])
    raw, s = scores(hist, measures=screen)
    assert raw.loc["USA", "friction_measures"] == 1
    assert s.loc["USA", "friction"] < s.loc["DEU", "friction"]
    decay = 0.8 ** 2  # deals of 2021 seen from 2023
    assert raw.loc["ESP", "troubled_share"] == pytest.approx(3 * decay / (5 * decay + 2))
    assert s.loc["ESP", "risk"] < s.loc["HUN", "risk"]


def test_market_and_cost_follow_gdp_and_gdp_per_capita():
    _, s = scores(history())
    assert s.loc["USA", "market"] > s.loc["MAR", "market"]
    assert s.loc["VNM", "cost"] > s.loc["USA", "cost"]


def test_total_is_the_weighted_sum_and_fast_totals_agree():
    raw, s = scores(history({("HUN", "autos", 2021): 2}),
                    measures=pd.DataFrame([measure("t", "TUR", 25.0)]))
    want = sum(W[f] * s[f] for f in W)
    assert np.allclose(s["total"], want)
    assert np.allclose(totals(raw, W).reindex(s.index), s["total"])
    assert s["score"].max() == pytest.approx(100) and s["score"].min() == pytest.approx(0)
    assert list(s["rank"]) == list(range(1, len(s) + 1))


def test_missing_inputs_count_as_average_and_are_listed():
    assert zscore(pd.Series([1.0, np.nan, 3.0])).tolist() == [-1.0, 0.0, 1.0]
    hist = history()
    hist.indicators = hist.indicators[hist.indicators["iso3"] != "MAR"]
    _, s = scores(hist)
    assert "gdp_usd_bn" in s.loc["MAR", "imputed"]
    assert s.loc["HUN", "imputed"] == []   # no host has inflation: flat, not "imputed"
