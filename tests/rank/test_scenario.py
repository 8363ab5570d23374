"""Scenarios change measures and facilities; the ranking reports rank and score changes."""

import datetime as dt

import pandas as pd
import pytest

from chuhai.errors import InputError
from chuhai.rank.api import rank_hosts, rank_section
from chuhai.rank.scenario import apply_scenario

from tests.rank.helpers import fill_store, indicator_rows, measure, move_rows

ON = dt.date(2024, 6, 1)


@pytest.fixture
def filled(store):
    moves = move_rows({("HUN", "autos", 2021): 2, ("TUR", "autos", 2022): 3,
                       ("MEX", "autos", 2022): 1, ("ESP", "energy", 2020): 2})
    fill_store(store, moves=moves, indicators=indicator_rows(2023),
               measures=[measure("tur-ev", "TUR", 10.0)],
               facilities=[dict(facility_id="byd-hun", company_id="byd", kind="plant",
                                host_iso3="HUN", sector="ev", status="under_construction",
                                start_year=2025)])
    return store


def test_an_extra_duty_moves_the_host_up_and_reports_the_change(filled):
    scen = {"name": "Turkey raises its EV duty",
            "measures": [{"measure_id": "tur-ev", "rate_pct": 60}]}
    r = rank_hosts(filled, sector="ev", scenario=scen, as_of=ON, with_model=False)
    t = r.table.set_index("iso3")
    assert t.loc["TUR", "duty_cn_pct"] == 60.0
    # a higher duty on Chinese goods is jumped by a plant in Turkey: it pulls Turkey up
    assert t.loc["TUR", "score_change"] > 0
    assert t.loc["TUR", "rank_change"] == t.loc["TUR", "base_rank"] - t.loc["TUR", "rank"]
    assert t.loc["TUR", "rank_change"] >= 0
    base = rank_hosts(filled, sector="ev", as_of=ON, with_model=False).table.set_index("iso3")
    assert (t["base_rank"] == base["rank"].reindex(t.index)).all()
    assert r.scenario == "Turkey raises its EV duty"


def test_a_new_bloc_duty_and_a_delayed_plant(filled):
    scen = {"measures": [{"imposer": "EU", "kind": "anti_subsidy", "sector": "ev",
                          "hs_codes": ["870380"], "rate_pct": 20}],
            "facilities": [{"facility_id": "byd-hun", "delay_years": 5}]}
    r = rank_hosts(filled, sector="ev", scenario=scen, as_of=ON, with_model=False)
    t = r.table.set_index("iso3")
    assert t.loc["DEU", "duty_cn_pct"] == 20.0
    assert t.loc["HUN", "anchors"] == 0            # the plant now starts in 2030
    base = rank_hosts(filled, sector="ev", as_of=ON, with_model=False).table.set_index("iso3")
    assert base.loc["HUN", "anchors"] == 1
    assert t.loc["HUN", "ecosystem"] < base.loc["HUN", "ecosystem"]


def test_adding_a_customer_plant_raises_that_host(filled):
    scen = {"facilities": [{"company": "BYD", "country": "Morocco", "sector": "ev",
                            "start_year": 2024}]}
    r = rank_hosts(filled, sector="ev", scenario=scen, as_of=ON, with_model=False)
    t = r.table.set_index("iso3")
    assert t.loc["MAR", "anchors"] == 1 and t.loc["MAR", "score_change"] > 0
    assert t.loc["MAR", "rank_change"] > 0


@pytest.mark.parametrize("scen, where", [
    ({"measures": [{"rate_pct": 5}]}, "measures[0]"),
    ({"measures": [{"imposer": "EU", "rate_pct": "high"}]}, "measures[0].rate_pct"),
    ({"measures": [{"measure_id": "nope", "remove": True}]}, "measures[0].measure_id"),
    ({"facilities": [{"facility_id": "nope", "delay_years": 1}]}, "facilities[0].facility_id"),
    ({"facilities": [{"company": "No Such Firm Ltd", "country": "HUN"}]}, "facilities[0].company"),
    ({"facilities": [{"company": "BYD", "country": "Atlantis"}]}, "facilities[0].country"),
])
def test_scenario_errors_name_the_entry(scen, where):
    m = pd.DataFrame([measure("tur-ev", "TUR", 10.0)])
    f = pd.DataFrame([dict(facility_id="x", host_iso3="HUN", start_year=2025)])
    with pytest.raises(InputError, match=__import__("re").escape(where)):
        apply_scenario(m, f, scen)


def test_removing_a_measure(filled):
    scen = {"measures": [{"measure_id": "tur-ev", "remove": True}]}
    r = rank_hosts(filled, sector="ev", scenario=scen, as_of=ON, with_model=False)
    t = r.table.set_index("iso3")
    assert t.loc["TUR", "duty_cn_pct"] == 0 and t.loc["TUR", "rank_change"] <= 0


def test_rank_section_is_plain_data(filled):
    import json
    out = rank_section(filled, sector="ev", top=5, with_model=False)
    assert len(out["rows"]) == 5 and set(out["weights"]) >= {"market", "access"}
    assert json.loads(json.dumps(out)) == out      # nothing but JSON types
    assert out["rows"][0]["rank"] == 1 and "duty_cn_pct" in out["rows"][0]
