"""Default, user and perturbed weights."""

import pandas as pd
import pytest

from chuhai.errors import InputError
from chuhai.rank.weights import (DEFAULT_WEIGHTS, FACTORS, combine, default_weights,
                                 parse_weights, sensitivity)


def test_every_default_adds_up_to_one_and_names_every_factor():
    for sector, w in DEFAULT_WEIGHTS.items():
        assert set(w) == set(FACTORS), sector
        assert sum(w.values()) == pytest.approx(1.0), sector


def test_sub_sectors_inherit_from_the_nearest_ancestor():
    assert default_weights("oil_gas") == DEFAULT_WEIGHTS["energy"]
    assert default_weights("ev") == DEFAULT_WEIGHTS["ev"]
    assert default_weights("auto_parts")["access"] > default_weights("banking")["access"]


@pytest.mark.parametrize("text, message", [
    ("foo=1", "unknown factor"), ("market", "factor=number"), ("market=abc", "not a number"),
    ("market=-1", ">= 0"), ("market=0,cost=0,access=0,friction=0,ecosystem=0,risk=0",
                            "add up to 0")])
def test_bad_weights_are_clear_errors(text, message):
    with pytest.raises(InputError, match=message):
        combine(default_weights("ev"), parse_weights(text))


def test_user_weight_replaces_default_and_the_rest_scale_to_one():
    base = default_weights("ev")
    w = combine(base, {"market": 0.5})
    assert w["market"] == 0.5
    assert sum(w.values()) == pytest.approx(1.0)
    rest = 1 - base["market"]
    assert w["cost"] == pytest.approx(base["cost"] * 0.5 / rest)


def test_weights_given_for_every_factor_are_normalised():
    w = combine(default_weights("ev"), {f: 2.0 for f in FACTORS})
    assert all(v == pytest.approx(1 / 6) for v in w.values())


def _ranker(factors: pd.DataFrame):
    return lambda w: sum(w[f] * factors[f] for f in FACTORS if f in factors)


def test_sensitivity_reports_a_fragile_top_10():
    # 20 hosts ordered by market; H10 sits just below H09 but has some cost advantage.
    # total/market-weight = market + (cost weight / market weight) * cost: with the ratio
    # at 0.25, H10 = 10.9 + 0.25 * 0.36 = 10.99 < 11 = H09; with market -20% (ratio 0.3125)
    # or cost +20% (ratio 0.3) H10 overtakes H09, swapping ranks 10 and 11.
    hosts = [f"H{i:02d}" for i in range(20)]
    f = pd.DataFrame(0.0, index=hosts, columns=list(FACTORS))
    f["market"] = [20.0 - i for i in range(20)]
    f.loc["H10", ["market", "cost"]] = [10.9, 0.36]
    w = {x: 0.0 for x in FACTORS}
    w.update(market=0.8, cost=0.2)
    out = sensitivity(_ranker(f), w)
    rows = {(p["factor"], p["change"]): p for p in out["perturbations"]}
    assert set(rows) == {("market", "-20%"), ("market", "+20%"), ("cost", "-20%"), ("cost", "+20%")}
    assert rows[("market", "-20%")]["overlap"] == 9 and rows[("cost", "+20%")]["overlap"] == 9
    assert rows[("market", "+20%")]["overlap"] == 10 and rows[("cost", "-20%")]["overlap"] == 10
    assert rows[("market", "-20%")]["max_rank_shift"] == 1
    assert out["min_overlap"] == 9 and out["stable"]
    assert "H09" not in out["always_top"] and "H00" in out["always_top"]


def test_sensitivity_of_a_clear_ranking_is_stable():
    hosts = [f"H{i:02d}" for i in range(30)]
    f = pd.DataFrame({x: [30.0 - i for i in range(30)] for x in FACTORS}, index=hosts)
    out = sensitivity(_ranker(f), default_weights("ev"))
    assert out["min_overlap"] == 10 and out["stable"]
    assert out["always_top"] == hosts[:10]
    assert all(p["max_rank_shift"] == 0 for p in out["perturbations"])
