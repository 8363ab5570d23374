"""Towns the hand-kept gazetteer lacks, read from GeoNames (round twelve).

The sentences are written for these tests.
"""

from __future__ import annotations

from chuhai.extract.pipeline import cities, matchers_for, world_cities
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _places(text: str, lang: str = "en") -> list[tuple[str, str]]:
    m = matchers_for(Registry.default())
    return [(x.text, x.key) for x in m.mentions(text, lang) if x.kind == "place"]


def test_world_towns_add_to_the_gazetteer_and_never_override_it():
    w = world_cities()
    assert len(w) > 3000
    assert set(w.lang) == {"en", "zh"}
    # the hand-kept gazetteer keeps its own names (and the countries theirs)
    kept = set(cities().city) | set(cities().name_zh)
    assert not kept & set(w.name)
    # Chinese towns are not foreign hosts
    assert not {"CHN", "HKG", "MAC", "TWN"} & set(w.iso3)


def test_a_name_several_countries_share_is_left_out():
    names = set(world_cities().name)
    # Valencia (Spain, Venezuela): no one of them is far the largest
    assert "Valencia" not in names
    assert "Herne" in names and "Novara" in names


def test_a_world_town_is_a_place_only_where_something_is_put_in_it():
    assert _places("XCMG bought Schwing, a concrete pump maker in Herne, in 2012.") == [("Herne", "DEU")]
    assert _places("the Port of Santos handled more grain") == [("Santos", "BRA")]
    assert _places("Novara-based robot maker") == [("Novara", "ITA")]
    # a carmaker, a person: the same letters, no place
    assert _places("Toyota said it would cut jobs.") == []
    assert _places("Regina Tan, an analyst at the bank, said so.") == []
    assert _places("美国巴尔的摩港", "zh") == [("美国", "USA"), ("巴尔的摩", "USA")]


def test_a_move_in_a_world_town_is_found():
    assert triples("Company news\n\nXCMG bought Schwing, a concrete pump maker in Herne, in 2012.") \
        == [("xcmg", "DEU", "acquisition")]
    assert triples("Company news\n\nEFORT acquired a robotics firm based in Novara in 2022.") \
        == [("efort", "ITA", "acquisition")]


# -- a deal closed, paper sold (round twelve) ------------------------------------------------
def test_a_closed_purchase_is_a_deal_done_and_a_closed_plant_is_not_a_move():
    assert triples("Company news\n\nANTA Sports Products has closed its $290 million purchase of "
                   "German outdoor brand Jack Wolfskin.") == [("anta", "DEU", "acquisition")]
    assert triples("Company news\n\nChery closed its plant in Spain last year.") == []


def test_selling_its_own_shares_or_bonds_raises_money_and_selling_a_stake_is_an_exit():
    assert triples("Company news\n\nMingyang Smart Energy sold GDRs in London in July 2022.") \
        == [("mingyang", "GBR", "listing")]
    assert triples("Company news\n\nZijin Mining sold $500 million of green bonds in Hong Kong.") \
        == [("zijin", "HKG", "financing")]
    assert triples("Company news\n\nGeely sold its stake in a Malaysian carmaker.") == []


def test_a_world_town_the_article_places_in_another_country_is_not_that_town():
    text = ("FLORENCE, South Carolina, June 12 - AESC paused its plant in Florence. "
            "The plant supplies BMW.")
    assert ("Florence", "ITA") not in _places(text)
    assert ("Florence", "ITA") in _places("Geely opened a design studio in Florence last year.")


def test_a_chinese_partner_after_yu_is_not_the_subject_of_a_venture():
    zh = "华友钴业公告\n\n2018年，华友钴业与青山控股集团等合作方在印度尼西亚莫罗瓦利合资设立华越镍钴（印尼）有限公司。"
    assert triples(zh) == [("huayou", "IDN", "joint_venture")]
    # "均": two subjects, the firm after "与" keeps its own plant
    assert ("byd", "HUN", "greenfield_plant") in triples("新闻\n\n宁德时代与比亚迪均在匈牙利建设电池工厂。")


def test_a_plant_whose_subject_is_the_venture_is_the_venture():
    text = ("Longcheer news\n\nLongcheer has agreed with Noida-based contract manufacturer Dixon "
            "Technologies to set up a joint venture in which Dixon will hold 74%. The venture plans to "
            "invest about Rs 1,000 crore in a smartphone plant in Noida, Uttar Pradesh.")
    assert triples(text) == [("longcheer", "IND", "joint_venture")]


def test_a_filings_board_is_the_issuer():
    text = ("EVE Energy announcement\n\nEVE Energy Co., Ltd. (the Company) announces its results. In "
            "January 2023 the Board approved the construction of a cylindrical lithium battery plant in "
            "Kulim Hi-Tech Park, Kedah, Malaysia.")
    assert triples(text) == [("eve", "MYS", "greenfield_plant")]


def test_goods_supplied_for_someone_elses_project_are_other_and_a_plant_of_ones_own_stays():
    assert triples("News\n\nSungrow won a contract in August to supply its PowerTitan systems for the "
                   "Bluebonnet Energy Storage project near Houston, Texas.") == [("sungrow", "USA", "other")]
    assert triples("News\n\nGotion will build a plant in Slovakia to supply batteries for European "
                   "carmakers.") == [("gotion", "SVK", "greenfield_plant")]


def test_a_word_of_a_firms_name_and_making_it_are_no_triggers():
    assert triples("News\n\nIn Brazil, its TikTok Shop service has become a sales channel for "
                   "local merchants.") == []
    assert triples("News\n\nByteDance has 50 million users in Thailand, making it one of its biggest "
                   "markets.") == []
    assert triples("News\n\nBYD is making cars in Thailand.") == [("byd", "THA", "greenfield_plant")]


def test_a_contract_awarded_to_a_firm_is_that_firms():
    assert triples("News\n\nTanzania Railways Corporation awarded the contract to Chinese contractor "
                   "CCECC in 2022.") == [("ccecc", "TZA", "construction_contract")]


def test_a_nigerian_state_named_like_a_country_is_not_that_country():
    text = ("News\n\nThe 700MW Zungeru station in Niger State, Nigeria, was built by Sinohydro under a "
            "contract signed in 2013.")
    assert triples(text) == [("sinohydro", "NGA", "construction_contract")]


def test_a_hong_kong_debut_is_a_listing_and_capital_raised_at_its_plant_an_expansion():
    assert triples("News\n\nThe listing follows Mixue Group's blockbuster Hong Kong debut in March.") \
        == [("mixue", "HKG", "listing")]
    text = ("News\n\nGoertek has run a plant in Bac Ninh, Vietnam, since 2013. In June, the maker raised "
            "the registered capital of its Bac Ninh plant by $280 million.")
    assert ("goertek", "VNM", "plant_expansion") in triples(text)


def test_a_plant_decided_against_or_not_weighed_is_no_move_and_the_next_clause_keeps_its_own():
    assert triples("News\n\nNingbo Tuopu Group, which supplies chassis to Tesla's Austin plant, has "
                   "decided against building a U.S. plant.") == []
    zh = "新闻\n\n湖南裕能表示，公司暂不考虑在摩洛哥建厂，海外布局将以去年宣布的西班牙正极材料工厂为主。"
    assert ("hunan_yuneng", "MAR", "greenfield_plant") not in triples(zh)
    assert ("hunan_yuneng", "ESP", "greenfield_plant") in triples(zh)


def test_a_foreign_firm_described_by_its_country_is_no_anaphor_of_the_chinese_firm():
    text = ("News\n\nAnta Sports Products has closed its purchase of German outdoor brand Jack Wolfskin "
            "from Topgolf Callaway Brands. The US company bought Jack Wolfskin in 2019.")
    assert triples(text) == [("anta", "DEU", "acquisition")]
    # the country of a firm bought stays where it is
    assert triples("News\n\nMidea agreed to buy Teka, the Spanish company, for $400 million.") \
        == [("midea", "ESP", "acquisition")]
