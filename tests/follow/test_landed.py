"""Duties in the landed cost: only goods of the measure's origin and scope, only in force."""

from __future__ import annotations

import datetime as dt

import pytest
from follow_data import measures_frame

from chuhai.follow.landed import distance_km, landed_cost

ON = dt.date(2026, 1, 1)


def rate(origin, dest, hs, on=ON):
    return landed_cost(100.0, 10.0, hs, origin, dest, measures_frame(), on)


def test_measure_hits_its_origin_and_scope():
    china = rate("CHN", "HUN", "850790")
    assert china.duty_pct == pytest.approx(62.7)
    assert [m["measure_id"] for m in china.measures] == ["t-eu-as-housing"]
    assert rate("KOR", "HUN", "850790").duty_pct == pytest.approx(2.7)   # other origin: MFN
    assert rate("CHN", "HUN", "870899").duty_pct == pytest.approx(4.5)   # other HS: MFN only
    assert rate("ESP", "HUN", "850790").duty_pct == 0                    # inside the EU


def test_measure_applies_only_while_in_force():
    assert rate("CHN", "HUN", "850790", dt.date(2025, 5, 31)).duty_pct == pytest.approx(2.7)
    assert rate("CHN", "TUR", "870899", dt.date(2027, 12, 31)).duty_pct == pytest.approx(50.0)
    assert rate("CHN", "TUR", "870899", dt.date(2028, 1, 1)).duty_pct == pytest.approx(10.0)


def test_duty_is_on_cif_value_and_freight_grows_with_distance():
    lc = rate("CHN", "TUR", "870899")
    assert lc.duty == pytest.approx((lc.production + lc.freight) * 0.5)
    assert rate("CHN", "BRA", "870899").freight > lc.freight
    assert distance_km("HUN", "HUN")[1] == "domestic"


def test_distance_table_wins_over_capitals():
    km, src = distance_km("CHN", "HUN", {("CHN", "HUN"): (7700.0, "cepii-x")})
    assert (km, src) == (7700.0, "cepii-x")
    assert distance_km("CHN", "HUN")[1] == "capitals"
