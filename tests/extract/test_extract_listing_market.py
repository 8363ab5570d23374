"""The market named in the words before a Chinese "上市" (round 14). Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_listing_in_hong_kong_said_with_zai_gang():
    assert ("zijin_gold", "HKG", "listing") in triples("紫金矿业计划分拆紫金黄金国际在港上市。")


def test_listing_in_the_united_states_said_with_zai_mei():
    assert ("pony_ai", "USA", "listing") in triples("小马智行2024年11月在美上市。")
    assert ("pop_mart", "HKG", "listing") in triples("泡泡玛特2020年在港上市。")
