"""Places a site is named by: mainland spellings of countries the reference table spells
otherwise, and capitals defined in brackets after a site's name (round 16). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    m = matchers_for(Registry.default())
    return [(x.key, x.text) for x in m.mentions(text, lang) if x.kind == "place"]


@pytest.mark.parametrize("name, iso3", [
    ("吉尔吉斯斯坦", "KGZ"), ("危地马拉", "GTM"), ("马耳他", "MLT"), ("波黑", "BIH"),
    ("多米尼加", "DOM"), ("埃斯瓦蒂尼", "SWZ"), ("阿拉伯联合酋长国", "ARE")])
def test_mainland_spellings_of_countries_are_places(name, iso3):
    assert (iso3, name) in _places(f"特变电工在{name}承建了一座变电站。", "zh")


def test_a_short_form_inside_the_full_name_yields_to_it():
    assert _places("中企在乌兹别克斯坦建厂。", "zh") == [("UZB", "乌兹别克斯坦")]


def test_english_long_forms():
    found = _places("TBEA built lines in Bosnia and Herzegovina and the Kyrgyz Republic.", "en")
    assert found == [("BIH", "Bosnia and Herzegovina"), ("KGZ", "Kyrgyz Republic")]


def test_the_table_spelling_still_works():
    assert ("ARE", "阿联酋") in _places("隆基在阿联酋设立了区域总部。", "zh")


def test_capitals_defined_after_a_site_stand_for_it_later():
    text = ("紫金矿业运营着卡莫阿-卡库拉（KK）铜矿。2022年，宁德时代以2亿美元收购KK项目10%的股权。")
    assert ("catl", "COD", "acquisition") in triples(text)


def test_capitals_not_defined_after_a_place_name_nothing():
    text = "紫金矿业运营着一座铜矿。2022年，宁德时代以2亿美元收购KK项目10%的股权。"
    assert not [t for t in triples(text) if t[0] == "catl"]
