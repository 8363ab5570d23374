"""Rules added in the second generalisation round (tune3): one behaviour per test.

Firms the registry does not know are fictional where possible, so the tests do not depend
on what the registry lists.
"""

from __future__ import annotations

from chuhai.extract.pipeline import find_candidates, matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import moves, triples


def test_dateline_gives_the_host_of_a_move_whose_sentence_names_no_place():
    text = ("Hungary courts battery makers\n\n"
            "DEBRECEN, Hungary, Feb 20 (Reuters) - Cranes tower over the fields east of "
            "Hungary's second-largest city.\n\n"
            "A few kilometres away, EVE Energy broke ground in 2024 on a 1 billion euro factory "
            "for cylindrical cells.")
    got = moves(text)
    m = got[("eve", "HUN", "greenfield_plant")]
    assert m.status == "under_construction" and m.year == 2024
    assert m.confidence < 0.9  # the host came from the dateline, not the sentence


def test_hong_kong_or_china_dateline_frames_nothing():
    text = ("BYD profit falls\n\nHONG KONG, Oct 30 (Reuters) - BYD reported lower profit.\n\n"
            "BYD is building factories to get around tariffs.")
    assert triples(text) == []


def test_place_anaphors_resolve_to_the_place_named_before():
    en = ("Sinopec signed a deal to build a refinery in Hambantota, Sri Lanka. "
          "In 2024 it entered the country's fuel retail market and now runs 150 filling stations.")
    got = triples(en)
    assert ("sinopec", "LKA", "greenfield_plant") in got
    assert ("sinopec", "LKA", "retail_store") in got
    city = ("Separator maker SEMCORP opened a plant in Debrecen, Hungary, in 2023. "
            "Yunnan Energy, better known as SEMCORP, has also been producing films in the city.")
    m = moves(city)[("semcorp", "HUN", "greenfield_plant")]
    assert m.city == "Debrecen"


def test_questions_state_no_move():
    text = ("Pop Mart opened a store in Bangkok in 2023.\n"
            "Q: Will you open a store in Germany?\n"
            "A: We have not decided.")
    assert triples(text) == [("pop_mart", "THA", "retail_store")]


def test_a_foreign_brand_written_bare_is_never_the_mover():
    zh = "优衣库于2005年在美国纽约开出首家门店。"
    assert triples(zh) == []
    en = "Starbucks opened a store in Kunming's sister city."
    assert triples(en) == []


def test_a_firm_introduced_as_foreign_stays_foreign_when_named_bare():
    zh = ("安踏体育于2025年完成收购德国户外品牌狼爪。"
          "狼爪创立于1981年，总部位于德国伊德施泰因，在全球拥有约300家门店。")
    got = triples(zh)
    assert ("anta", "DEU", "acquisition") in got or any(t[2] == "acquisition" for t in got)
    assert not [t for t in got if t[2] == "retail_store"]


def test_anaphoric_firm_nouns_and_positional_words_are_not_candidate_names():
    zh = ("同意公司以自有资金在波兰设立全资子公司。"
          "在巴西，公司于2016年从英美资源集团手中收购了铌磷业务。"
          "本集团先后于2019年收购芬兰体育用品集团亚玛芬。")
    names = [c.text for c in find_candidates(zh, "zh", [])]
    for bad in ("以自有资金", "手中", "先后"):
        assert bad not in names


def test_a_bare_name_with_de_opening_a_chinese_sentence_is_a_firm():
    zh = "36氪获悉，云杉的茶于本月在泰国曼谷开出东南亚首店。"
    assert triples(zh) == [("云杉的茶", "THA", "retail_store")]


def test_a_bare_name_after_a_date_clause_or_before_ze_is_a_firm():
    zh = "2024年初，云朵茶坊在首尔江南区开出海外首店。云朵茶坊则在澳大利亚悉尼开店。"
    got = triples(zh)
    assert ("云朵茶坊", "KOR", "retail_store") in got
    assert ("云朵茶坊", "AUS", "retail_store") in got


def test_a_second_plant_is_a_move_of_its_own():
    en = ("SAIC Motor, which runs an MG plant in Rayong through a joint venture with Charoen "
          "Pokphand Group, has shelved plans for a second plant.")
    got = moves(en)
    assert got[("saic", "THA", "joint_venture")].status != "cancelled"
    assert got[("saic", "THA", "greenfield_plant")].status == "cancelled"


def test_a_plant_and_its_later_expansion_are_two_moves():
    en = ("China Nonferrous Metal Mining Group, which has run the Chambishi copper smelter in "
          "Zambia since 2009, said it would spend $1.3 billion expanding the smelter.")
    got = moves(en)
    key = next(k for k in got if k[2] == "plant_expansion")
    assert got[key].value_usd_m == 1300
    assert (key[0], "ZMB", "greenfield_plant") in got


def test_building_one_in_repeats_the_facility():
    en = "Chinese battery maker Kedra Holdings has a plant in Vietnam and is building one in Morocco."
    got = triples(en)
    assert ("Kedra Holdings", "MAR", "greenfield_plant") in got
    assert ("Kedra Holdings", "VNM", "greenfield_plant") in got


def test_shanghai_listed_introduces_a_chinese_firm():
    en = "Shanghai-listed Qianshan Tyre has a plant in Vietnam."
    got = moves(en)
    m = got[("Qianshan Tyre", "VNM", "greenfield_plant")]
    assert m.is_candidate and m.status == "operating"  # "has a plant": it exists


def test_entering_a_market_takes_the_firms_one_move_type():
    zh = "喜茶则在2023年以新加坡为起点，先后进入英国、加拿大等市场。2024年12月，喜茶纽约时代广场店开业，这是喜茶在北美的第一家直营店。"
    got = triples(zh)
    assert ("heytea", "GBR", "retail_store") in got and ("heytea", "CAN", "retail_store") in got


def test_expand_capacity_after_a_typed_trigger_keeps_the_type():
    en = ("Alibaba Cloud will open data centers in Brazil and France, and expand capacity in "
          "Japan and South Korea.")
    got = triples(en)
    assert {t[1] for t in got if t[2] == "data_center"} == {"BRA", "FRA", "JPN", "KOR"}


def test_money_raised_on_an_exchange_is_a_listing():
    en = "Chagee, the tea chain, raised $411 million on the Nasdaq in April."
    m = moves(en)[("chagee", "USA", "listing")]
    assert m.value_usd_m == 411 and m.status == "operating"


def test_a_common_word_alias_counts_once_the_full_name_is_met():
    en = ("Senior Technology Material raised $300 million from a GDR listing in Zurich. "
          "Senior said it would use the money for its separator factory in Sweden.")
    got = triples(en)
    assert ("senior_tech", "SWE", "greenfield_plant") in got or any(
        t[1] == "SWE" and t[2] == "greenfield_plant" for t in got)
    assert not any(t[0] != got[0][0] for t in got)
    # without the full name first, "Senior" stays a word
    assert triples("Senior said it would build a factory in Sweden.") == []


def test_permits_and_non_building_contracts_are_not_moves():
    zh = "亿纬锂能匈牙利公司收到德布勒森当地主管部门核发的建设许可。"
    assert not [t for t in triples(zh) if t[2] == "licensing"]
    en = "Alibaba tried to win government contracts in Germany."
    assert triples(en) == []


def test_logistics_sites_are_other_moves_and_hedges_on_hold_cancel():
    zh = "菜鸟集团位于比利时列日的eHub物流枢纽于2021年投入运营。"
    m = moves(zh)[("cainiao", "BEL", "other")]
    assert m.status == "operating" and m.year == 2021
    en = "Sailun Group said its Mexican tyre plant was on hold."
    got = moves(en)
    assert got and all(x.status == "cancelled" for x in got.values())


def test_zh_headquarters_located_in_is_a_home_not_a_move():
    zh = "洛阳钼业于2019年收购了金属贸易商IXM，后者总部位于瑞士日内瓦。"
    got = triples(zh)
    assert not [t for t in got if t[2] == "office_hq"]


def test_matchers_build_foreign_brands():
    m = matchers_for(Registry.default())
    kinds = {x.text: x.kind for x in m.mentions("优衣库与宜家在印度开店。", "zh")}
    assert kinds.get("优衣库") == "foreign" and kinds.get("宜家") == "foreign"
