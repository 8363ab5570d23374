"""GeoNames cities behind the hand gazetteer: what counts as a place, and in which country.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from chuhai.extract import gazetteer as geo
from chuhai.extract import lexicon as lx
from chuhai.extract.pipeline import cities, matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import moves, triples


def places(text):
    """(quote, ISO3, city) of the place mentions of an English text."""
    m = matchers_for(Registry.default())
    return [(x.text, x.key, x.extra) for x in m.mentions(text, "en") if x.kind == "place"]


# -- a GeoNames city gives its country ----------------------------------------------------

def test_a_city_the_hand_gazetteer_lacks_gives_its_country():
    assert "Apodaca" not in set(cities().city)
    text = "Chinese battery maker Gotion will build a plant in Apodaca, the company said."
    assert triples(text) == [("gotion", "MEX", "greenfield_plant")]
    assert moves(text)[("gotion", "MEX", "greenfield_plant")].city == "Ciudad Apodaca"


def test_an_accent_free_spelling_is_the_city():
    assert "Hung Yen" not in set(cities().city)
    assert ("Hung Yen", "VNM", "Hưng Yên") in places("Sunwoda opened a plant in Hung Yen.")


def test_a_small_town_needs_its_country_in_the_article():
    text = "Hisense owns Velenje-based Gorenje, the Slovenian appliance maker."
    assert ("Velenje", "SVN", "Velenje") in places(text)
    assert not [p for p in places("Hisense owns Velenje-based Gorenje.") if p[0] == "Velenje"]


def test_a_small_town_must_be_used_as_a_place_once():
    # "Albemarle" is a town in North Carolina and a US lithium firm
    text = "Ganfeng competes with Albemarle in the US market."
    assert not [p for p in places(text) if p[0] == "Albemarle"]


def test_the_state_after_the_town_decides():
    text = "BYD will build a battery plant in Smyrna, Tennessee."
    assert ("Smyrna", "USA", "Smyrna") in places(text)
    assert moves(text)[("byd", "USA", "greenfield_plant")].city == "Smyrna"


# -- an ambiguous name picks the article's country ------------------------------------------

def test_an_ambiguous_name_takes_the_country_the_article_names():
    assert geo.resolve("Florence").iso3 == "ITA"  # far larger than any namesake
    text = ("Envision paused its battery factory in Florence. The plant in South Carolina "
            "was half built when the United States changed its tax credits.")
    assert ("Florence", "USA", "Florence") in places(text)


def test_a_close_runner_up_without_the_country_is_no_place():
    # Hamilton, Canada is less than five times Hamilton, New Zealand
    assert geo.resolve("Hamilton") is None
    assert geo.resolve("Hamilton", {"NZL"}).iso3 == "NZL"
    assert not [p for p in places("Sunwoda opened an office in Hamilton.") if p[0] == "Hamilton"]


def test_the_owner_of_a_name_decides_or_rules_it_out():
    text = "Heytea arrived in London's Chinatown in 2023, after opening in the United States."
    assert not [p for p in places(text) if p[0] == "Chinatown"]
    assert ("Yizhuang", "CHN", "Yizhuang") in places("Xiaomi expanded its plant in Beijing's "
                                                     "Yizhuang district.")


# -- words, persons and firms are no places --------------------------------------------------

@pytest.mark.parametrize("word", ["Nice", "Reading", "Split", "Mobile", "Bath", "Independence"])
def test_a_common_english_word_is_not_a_place(word):
    assert word in lx.GEO_COMMON_WORDS
    text = f"{word} results helped Xiaomi, which will open a store in France and Britain."
    assert not [p for p in places(text) if p[0] == word]


def test_a_common_word_right_before_its_state_is_the_town():
    assert ("Mobile", "USA", "Mobile") in places("CATL will build a plant in Mobile, Alabama.")


@pytest.mark.parametrize("word", ["March", "Asia", "Of"])
def test_months_continents_and_stop_words_are_no_towns(word):
    assert word not in geo.geonames_places()


def test_a_name_that_is_part_of_a_persons_name_is_no_place_in_the_article():
    text = ("Mike Jackson, the mayor, said BYD would build a plant in the United States. "
            "Jackson added that it would open in 2026.")
    assert not [p for p in places(text) if p[0] == "Jackson"]


def test_a_city_inside_a_firm_name_is_no_place():
    text = "Lincoln Electric and Keda Industrial Group opened plants in the US and China."
    assert [p[0] for p in places(text)] == ["US", "China"]


def test_a_city_named_like_a_registry_firm_is_the_firm():
    m = matchers_for(Registry.default())
    kinds = [(x.text, x.kind) for x in m.mentions("Toyota will build a plant in Japan.", "en")]
    assert ("Toyota", "foreign") in kinds and ("Toyota", "place") not in kinds


def test_common_words_come_from_word_frequencies():
    probs = {"nice": -8.0, "Nice": -9.4, "berlin": -15.2, "Berlin": -12.5,
             "pune": -16.1, "Pune": -15.8, "the": -3.0}
    assert geo.derive_common_words(["Nice", "Berlin", "Pune"], probs, top=5) == ["Nice"]


# -- Chinese cities are China ---------------------------------------------------------------

def test_a_chinese_city_is_china_and_the_move_is_domestic():
    assert "Lianyungang" not in set(cities().city)
    text = "Chinese chemical maker Shenghong will build a new plant in Lianyungang."
    assert ("Lianyungang", "CHN", "Lianyungang") in places(text)
    assert triples(text) == []


def test_a_firm_based_in_a_chinese_city_is_chinese():
    # a fictional firm: "X-based" names a Chinese candidate only for a Chinese city
    m = matchers_for(Registry.default())
    for city, kind in (("Lianyungang", "candidate"), ("Velenje", "foreign")):
        text = f"{city}-based Haiyun Chemicals licensed a drug to a partner."
        firm = [x for x in m.mentions(text, "en") if x.text == "Haiyun Chemicals"]
        assert [x.kind for x in firm] == [kind]


# -- provinces the gazetteers lack ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sunwoda will build a plant in Long An province, Vietnam.",
    "Sunwoda will build a plant in Vietnam's Long An province.",
    "Sunwoda chose the Vietnamese province of Long An for a plant.",
    "In Vietnam, Sunwoda will build a plant in Long An province.",
])
def test_a_province_takes_the_country_written_next_to_it(text):
    assert "Long An" not in set(cities().city) and "Long An" not in geo.geonames_places()
    assert ("Long An", "VNM", "Long An") in places(text)
    assert triples(text) == [("sunwoda", "VNM", "greenfield_plant")]


def test_a_province_with_only_china_named_is_left_alone():
    text = "Chinese firm Sunwoda, from Long An province, raised funds."
    assert not [p for p in places(text) if p[0] == "Long An"]


def test_a_loose_region_word_needs_its_country_next_to_it():
    text = "Chery expects growth in the Asia-Pacific region and in Thailand."
    assert [p[0] for p in places(text)] == ["Thailand"]
