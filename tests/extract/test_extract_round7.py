"""Rules of the seventh round (heldout19 and heldout20 released for development): one
behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

import pytest

from chuhai.extract.phrase import phrase_like
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


# -- names -------------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["迄今", "目前", "其中", "此外", "当地", "首次"])
def test_a_function_word_alone_is_no_firm_name(word):
    assert phrase_like(word)


def test_a_legal_name_resolves_through_its_trade_name():
    reg = Registry.default()
    assert reg.resolve("海南钧达新能源科技股份有限公司").company_id == reg.resolve("钧达股份").company_id


def test_an_author_is_no_firm():
    from chuhai.extract.pipeline import matchers_for
    text = ("评论｜印尼镍产业链\n\n作者：陈立新（东南亚经济研究学者） 2025年9月5日\n\n"
            "过去五年，印度尼西亚把自己变成了全球最重要的镍冶炼和电池材料基地。")
    found = matchers_for(Registry.default()).mentions(text, "zh")
    assert not any(m.kind == "candidate" and m.text == "作者" for m in found)


# -- who moves ---------------------------------------------------------------------------
def test_a_firm_inside_the_subjects_relative_clause_is_not_the_subject():
    text = ("Luxshare, which assembles AirPods and Apple Watch units, began work in March on a "
            "US$200 million expansion of its plant in Bac Giang, Vietnam.")
    assert triples(text) == [("luxshare", "VNM", "plant_expansion")]


def test_where_a_relative_clause_names_a_place_its_verb_is_a_site():
    text = ("Jinko, which already makes panels in Malaysia, said the Saudi plant would be its "
            "first in the Middle East.")
    assert ("jinko", "MYS", "greenfield_plant") in triples(text)


def test_partners_after_with_do_not_take_the_subjects_move():
    text = ("Solar makers head for the Gulf\n\nThe largest commitment came from TCL Zhonghuan. "
            "The wafer maker signed an agreement with Vision Industries and RELC, a unit of "
            "Saudi Arabia's Public Investment Fund, to form a joint venture that will build a "
            "wafer factory in the kingdom.")
    assert ("tcl_zhonghuan", "SAU", "joint_venture") in triples(text)


def test_a_possessive_before_the_partner_keeps_it_a_partner():
    text = ("Huayou is building capacity abroad. Last year the company agreed with South "
            "Korea's LG Chem to form a joint venture to build a cathode plant in Morocco.")
    assert ("huayou", "MAR", "joint_venture") in triples(text)


def test_the_maker_named_in_a_relative_clause_after_the_place():
    text = ("The biggest contributor was Huafei, the HPAL plant at Weda Bay in North Maluku, "
            "which Huayou commissioned in 2023.")
    assert ("huayou", "IDN", "greenfield_plant") in triples(text)


def test_a_foreign_firm_after_dui_in_a_purchase_is_what_is_bought():
    text = "紫金矿业海外并购\n\n紫金矿业今年动作频频。今年4月，公司又完成了对美国纽蒙特公司旗下加纳阿基姆金矿的收购。"
    assert ("zijin", "GHA", "acquisition") in triples(text)


def test_a_chinese_firm_paid_by_a_foreign_one_buys_nothing():
    text = ("信达生物与日本武田制药达成合作，将三款产品的海外权益授权给武田。根据协议，武田制药将向"
            "信达生物支付12亿美元首付款，其中包括1亿美元的股权投资——武田将以溢价认购信达生物"
            "新发行的股份。")
    assert not any(t[2] == "acquisition" for t in triples(text))


# -- where -------------------------------------------------------------------------------
def test_the_kingdom_is_the_last_monarchy_named():
    text = ("Gulf solar\n\nChinese makers want to sell to the United States. LONGi signed a deal "
            "with Saudi Arabia's PIF to build a module factory in the kingdom.")
    assert [h for _, h, _ in triples(text)] == ["SAU"]


def test_customers_places_are_no_hosts():
    text = ("JA Solar approved a plan to build a cell plant at Sohar in Oman. The factory will "
            "serve regional projects and customers in the United States.")
    assert triples(text) == [("ja_solar", "OMN", "greenfield_plant")]


def test_a_list_item_headed_by_a_place_sets_its_place():
    text = ("CATL: Europe ramps\n\n1) Arnstadt, Germany. CATL's first plant abroad, in Thuringia, began "
            "production in 2022.\n2) Debrecen, Hungary. The 100GWh project, announced in 2022, "
            "is the group's largest outside China.\n3) Zaragoza, Spain. The 50:50 joint "
            "venture with Stellantis will build an LFP cell plant.\n")
    found = triples(text)
    assert ("catl", "HUN", "greenfield_plant") in found
    assert ("catl", "ESP", "joint_venture") in found


def test_the_next_step_sentence_names_the_next_moves_place():
    text = ("Huayou results\n\nHuayou commissioned its first HPAL plant at Weda Bay in 2023. "
            "The next step is Pomalaa, in Southeast Sulawesi. The $4.5 billion HPAL project "
            "is a joint venture between Huayou, Vale Indonesia and Ford Motor.")
    assert ("huayou", "IDN", "joint_venture") in triples(text)


# -- what, and whether -------------------------------------------------------------------
def test_no_purchase_without_buying():
    text = ('CATL expands in Hungary. "CATL is one of the few firms growing this quickly without '
            'buying anything," said a Frankfurt-based analyst.')
    assert not any(t[2] == "acquisition" for t in triples(text))


def test_has_no_plant_makes_none():
    text = "CATL has no plant of its own in the US, and new rules make one unlikely."
    assert triples(text) == []


def test_consumer_loans_are_no_financing():
    text = ("Price cuts led by BYD unsettled buyers in Thailand, while lenders tightened auto "
            "loans in response to high household debt.")
    assert not any(t[2] == "financing" for t in triples(text))


def test_no_decision_denies_a_reported_site():
    text = "有外媒报道称比亚迪已选定墨西哥某州作为新工厂厂址，对此比亚迪方面回应称“尚未做出任何决定”。"
    assert triples(text) == []


def test_a_later_thought_is_no_plan():
    text = "思源电气今年3月在利雅得设立中东区域总部。公司表示，未来将视订单情况考虑在卡塔尔建设生产基地。"
    assert triples(text) == [("sieyuan", "SAU", "office_hq")]


def test_a_plant_sold_to_another_firm_is_an_exit():
    text = "天合光能去年12月将位于美国得克萨斯州的5GW组件工厂出售给T1 Energy，退出在美直接制造。"
    assert not any(t[2] == "greenfield_plant" for t in triples(text))


def test_a_trend_of_firms_listed_with_deng_pairs_none():
    text = "徐工、柳工、中联重科等龙头企业近两年纷纷加大在墨西哥、巴西等国的本地化投入，转向建厂。"
    assert triples(text) == []


def test_what_a_place_has_become_is_no_move():
    text = "紫金矿业2018年收购塞尔维亚博尔铜业。如今塞尔维亚已成为紫金在海外最重要的铜生产基地之一。"
    assert triples(text) == [("zijin", "SRB", "acquisition")]


def test_a_base_named_by_its_product_is_a_plant():
    text = "杉杉股份2023年宣布在芬兰投资约12.8亿欧元建设负极材料一体化基地。"
    assert triples(text) == [("shanshan", "FIN", "greenfield_plant")]


def test_a_cited_prospectus_is_no_listing():
    text = ("亿纬锂能冲刺港股\n\n亿纬锂能已向香港联交所递交H股上市申请。\n\n根据招股书，亿纬锂能"
            "在匈牙利德布勒森建设的电池工厂于2023年宣布，投资不超过102.5亿元。")
    assert not any(h == "HUN" and k == "listing" for _, h, k in triples(text))


def test_money_spent_expanding_a_site_is_an_expansion():
    text = ("Minth has supplied carmakers from a plant in Aguascalientes, Mexico, since 2019. "
            "It is now adding a building at that site — an $80 million expansion due in 2026.")
    assert ("minth", "MEX", "plant_expansion") in triples(text)


def test_their_plants_without_a_place_are_plants_told_before():
    text = ("Thailand's EV bet\n\nBANGKOK, Oct 3 - Great Wall Motor bought a plant in Rayong, "
            "Thailand, in 2020. GAC Aion opened a "
            "factory in Rayong in 2024.\n\nNone of this is anti-Chinese. Great Wall, GAC and "
            "Changan have created thousands of jobs, and their plants are well run.")
    assert ("great_wall", "THA", "greenfield_plant") not in triples(text)
