"""Flows against a plain pandas computation on the same rows."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from chuhai.api import flows
from chuhai.reference.countries import region_of
from chuhai.store import Store

HOSTS = ["HUN", "DEU", "THA", "BRA", "USA", "MAR"]
SECTORS = ["ev", "battery", "solar", "oil_gas"]


def _store(rows):
    s = Store(":memory:")
    frame = pd.DataFrame(rows)
    s.replace_source({"source_id": "u", "kind": "user", "dataset": "user"}, {"move": frame})
    return s


def _rows(n=60, seed=1):
    rng = np.random.default_rng(seed)
    return [{"move_id": f"m{i}", "dataset": "user", "company_name": f"C{rng.integers(5)}",
             "host_iso3": HOSTS[rng.integers(len(HOSTS))],
             "move_type": "greenfield_plant", "sector": SECTORS[rng.integers(len(SECTORS))],
             "value_usd_m": float(rng.integers(1, 1000)) if rng.random() > .1 else None,
             "year": int(2015 + rng.integers(6)),
             "status": "cancelled" if rng.random() < .05 else "operating"} for i in range(n)]


def test_by_year_sum_count_growth_share():
    rows = _rows()
    s = _store(rows)
    got = flows(s, ["year"]).set_index("year")
    df = pd.DataFrame(rows)
    df = df[df.status != "cancelled"]
    want = df.groupby("year").value_usd_m.sum(min_count=0)
    assert np.allclose(got.value_usd_m.loc[want.index], want.values)
    assert (got["count"].loc[want.index].to_numpy() == df.groupby("year").size().loc[want.index].to_numpy()).all()
    assert got.share.sum() == pytest.approx(1.0)
    y = sorted(want.index)
    assert got.loc[y[1], "yoy_growth"] == pytest.approx(want[y[1]] / want[y[0]] - 1)


def test_region_share_within_year_and_hhi():
    rows = _rows(200, seed=2)
    s = _store(rows)
    got = flows(s, ["year", "region"])
    for _, g in got.groupby("year"):
        assert g.share.sum() == pytest.approx(1.0)
    df = pd.DataFrame(rows)
    df = df[(df.status != "cancelled")]
    df["value_usd_m"] = df.value_usd_m.fillna(0)
    yr = df[df.year == 2016]
    by_c = yr.groupby("host_iso3").value_usd_m.sum()
    hhi = ((by_c / by_c.sum()) ** 2).sum() * 10000
    assert flows(s, ["year"]).set_index("year").loc[2016, "hhi"] == pytest.approx(hhi)


def test_filters_sector_tree_region_bloc_and_cancelled():
    rows = _rows(200, seed=3)
    s = _store(rows)
    df = pd.DataFrame(rows)
    live = df[df.status != "cancelled"]
    # alternative_energy includes battery and solar
    got = flows(s, [], sectors=["alternative_energy"])
    assert got["count"].iloc[0] == live.sector.isin(["battery", "solar"]).sum()
    eu = flows(s, ["country"], regions=["EU"])
    assert set(eu.country) <= {"HUN", "DEU"}
    assert flows(s, [], include_cancelled=True)["count"].iloc[0] == len(df)


def test_top_n_per_year():
    s = _store(_rows(300, seed=4))
    got = flows(s, ["year", "country"], top=2)
    assert got.groupby("year").size().max() == 2


def test_starter_rows_left_out_once_other_data_is_imported():
    s = Store(":memory:")
    starter = _rows(10)
    for r in starter:
        r["dataset"] = "starter"
    s.replace_source({"source_id": "st", "kind": "curated", "dataset": "starter"},
                     {"move": pd.DataFrame(starter)})
    n_start = flows(s, [])["count"].iloc[0]
    assert n_start > 0
    other = [dict(r, move_id="o" + r["move_id"], dataset="cgit") for r in _rows(7, seed=9)]
    s.replace_source({"source_id": "cg", "kind": "dataset", "dataset": "cgit"},
                     {"move": pd.DataFrame(other)})
    auto = flows(s, [])["count"].iloc[0]
    assert auto == sum(r["status"] != "cancelled" for r in other)
    assert flows(s, [], dataset="all")["count"].iloc[0] == auto + n_start


def test_bad_dimension_is_a_clear_error():
    s = _store(_rows(5))
    with pytest.raises(ValueError, match="cannot group by"):
        flows(s, ["planet"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(HOSTS), st.integers(2010, 2014),
                          st.floats(0, 1e4, allow_nan=False)), min_size=1, max_size=30))
def test_country_totals_property(triples):
    rows = [{"move_id": f"m{i}", "dataset": "user", "company_name": "X", "host_iso3": h,
             "move_type": "other", "sector": "ev", "value_usd_m": v, "year": y}
            for i, (h, y, v) in enumerate(triples)]
    s = _store(rows)
    got = flows(s, ["region"]).set_index("region").value_usd_m
    want = pd.DataFrame(triples, columns=["h", "y", "v"]).assign(
        r=lambda d: d.h.map(region_of)).groupby("r").v.sum()
    assert np.allclose(got.loc[want.index], want.values)
