"""Brands whose names are ordinary words, and town names that open longer names (round 14).

"vivo" is a Latin word in English text and a phone maker in Chinese text; "Batu" is a town
in Indonesia and the first word of "Batu Gajah" in Malaysia. The sentences are written for
these tests.
"""

from __future__ import annotations

from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _mentions(text: str, lang: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    m = matchers_for(Registry.default())
    return [(x.kind, x.key, x.text) for x in m.mentions(text, lang) if x.kind in kinds]


def test_a_latin_brand_in_chinese_text_is_the_brand():
    text = "同年，OPPO位于伊斯坦布尔的工厂和vivo在土耳其的工厂也相继投产。"
    assert ("vivo", "TUR", "greenfield_plant") in triples(text)


def test_a_latin_name_glued_to_other_letters_in_chinese_text_is_not_the_name():
    # "IAMGOLD" holds "MG" (SAIC's car brand); "KMG" is Kazakhstan's oil company
    text = "紫金矿业以3.6亿美元从IAMGOLD手中收购苏里南罗斯贝尔金矿，KMG持股40%。"
    assert not [k for _, k, _ in _mentions(text, "zh", ("company",)) if k == "mg_motor"]
    assert ("zijin", "SUR", "acquisition") in triples(text)


def test_the_hong_kong_board_is_not_a_battery_recycler():
    assert not _mentions("该公司拟于明年在港交所GEM上市。", "zh", ("company",))


def test_a_brand_written_as_itself_beside_a_rival_of_its_trade():
    text = ("OPPO and vivo both run phone assembly plants in 10th of Ramadan City, the industrial "
            "zone east of Cairo.")
    got = triples(text)
    assert ("vivo", "EGY", "greenfield_plant") in got and ("oppo", "EGY", "greenfield_plant") in got


def test_a_brand_opening_a_sentence_as_its_subject():
    text = ("Vivo, which began building a $30 million factory west of Cairo, Egypt, in the spring, "
            "expects to start production next year. Xiaomi assembles phones there too.")
    assert ("vivo", "EGY", "greenfield_plant") in triples(text)


def test_the_word_opening_another_name_is_not_the_brand():
    text = "Vivo Energy opened a fuel depot in Kenya. Xiaomi opened a phone plant in Kenya."
    got = triples(text)
    assert ("xiaomi", "KEN", "greenfield_plant") in got
    assert not [t for t in got if t[0] == "vivo"]


def test_a_town_that_opens_a_longer_name_is_not_that_town():
    text = ("The rolling stock maker already operates an assembly plant in Batu Gajah, Perak, "
            "which opened in 2015. It also built a plant in Batu last year.")
    places = [(k, t) for _, k, t in _mentions(text, "en", ("place",))]
    assert ("MYS", "Perak") in places
    # the town alone, where a plant is put, is still the town
    assert places.count(("IDN", "Batu")) == 1
    assert places.index(("MYS", "Perak")) < places.index(("IDN", "Batu"))
