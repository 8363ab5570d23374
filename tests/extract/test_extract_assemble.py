"""The assembly grammar on short texts: one behaviour per test, both languages."""

from __future__ import annotations

from chuhai.extract import extract_moves
from tests.extract.helpers import triples


def test_several_moves_in_one_sentence():
    text = ("BYD will build a car plant in Szeged, Hungary, while Chery plans to open an "
            "R&D centre in Barcelona.")
    assert triples(text) == [("byd", "HUN", "greenfield_plant"), ("chery", "ESP", "rnd_center")]


def test_a_list_of_hosts_gives_one_move_each():
    text = "Alibaba Cloud already operates data centres in Japan, Indonesia and Malaysia."
    assert [t[1] for t in triples(text)] == ["IDN", "JPN", "MYS"]


def test_pronoun_and_definite_reference_attach_to_the_earlier_company():
    text = ("Huawei said on Monday it was expanding in Europe.\n"
            "The company will open a research centre in Munich, Germany, in 2025.")
    (m,) = extract_moves(text)
    assert (m.company_id, m.host_iso3, m.move_type, m.year) == ("huawei", "DEU", "rnd_center", 2025)
    assert m.evidence["company"].quote == "Huawei"
    zh = "华为技术有限公司近日发布公告。该公司表示，将在德国慕尼黑新设一家研发中心。"
    assert triples(zh) == [("huawei", "DEU", "rnd_center")]


def test_later_sentences_add_value_year_and_status_to_the_same_move():
    text = ("China's BYD will build its first European car factory in Szeged, Hungary.\n"
            "The plant will cost about €4bn and is expected to start production in 2025.")
    (m,) = extract_moves(text)
    assert (m.value_currency, round(m.value_usd_m), m.year, m.status) == ("EUR", 4320, 2025,
                                                                         "announced")
    assert text[m.evidence["value"].start:m.evidence["value"].end] == "€4bn"


def test_precedence_joint_venture_over_plant_and_stake():
    text = ("Chery and Spain's Ebro EV Motors formed a joint venture to make cars at a plant "
            "in Barcelona. Chery will hold a minority stake.")
    (m,) = extract_moves(text)
    assert (m.move_type, m.partner) == ("joint_venture", "Ebro EV Motors")


def test_domestic_moves_and_foreign_firms_are_not_outbound():
    assert triples("比亚迪宣布将在江西抚州建设新的电池生产基地，总投资约100亿元。") == []
    assert triples("Toyota Motor will expand its pickup truck plant in Chachoengsao, "
                   "Thailand.") == []
    assert triples("Ford will own the factory in Michigan outright.") == []


def test_denied_rumour_yields_nothing_but_the_real_plant_stays():
    zh = ("有媒体报道称，蔚来汽车正计划在匈牙利建设第二座欧洲工厂。对此，蔚来方面回应称，该消息不实，"
          "公司目前没有在匈牙利建厂的计划。")
    assert triples(zh) == []
    en = "Xiaomi on Monday denied a report that it planned to build a factory in Indonesia."
    assert triples(en) == []


def test_status_cues_with_and_without_modals():
    def status(text):
        (m,) = extract_moves(text)
        return m.status
    assert status("宁德时代在匈牙利德布勒森的电池工厂正式开工建设。") == "under_construction"
    assert status("奇瑞在土耳其的工厂计划于2026年投产。") == "announced"
    assert status("远景动力位于法国杜埃的电池工厂于2025年正式投产。") == "operating"
    assert status("JinkoSolar scrapped plans for a wafer factory in Vietnam.") == "cancelled"
    assert status("Huawei opened a research centre in Helsinki, Finland.") == "operating"


def test_unregistered_chinese_firm_is_a_candidate_foreign_one_is_a_partner():
    (m,) = extract_moves("Chinese toy retailer Xingyue Toys opened its first store in Paris, France.")
    assert m.is_candidate and m.company_id is None and m.company_name == "Xingyue Toys"
    (m,) = extract_moves("自动驾驶芯片公司地平线机器人已向香港联交所递交上市申请。")
    assert (m.company_name, m.host_iso3, m.move_type) == ("地平线机器人", "HKG", "listing")


def test_every_field_has_evidence_inside_the_text():
    text = ("PowerChina has won an EPC contract worth 6.5 billion yuan for a solar plant in "
            "Riyadh, Saudi Arabia, due to finish in late 2025.")
    (m,) = extract_moves(text)
    assert m.move_type == "construction_contract"
    for fld, span in m.evidence.items():
        assert text[span.start:span.end] == span.quote, fld
    assert set(m.evidence) >= {"company", "host_iso3", "move_type", "value", "year", "city"}
    assert 0 < m.confidence <= 1


def test_language_can_be_forced_and_empty_text_is_fine():
    assert extract_moves("") == []
    assert extract_moves("   \n\n ") == []
    assert triples("比亚迪将在匈牙利建厂。", lang="zh") == [("byd", "HUN", "greenfield_plant")]


def test_exits_hedges_supply_deals_and_product_launches_are_not_moves():
    assert triples("Trina Solar agreed to sell its module factory in Wilmer, Texas, to "
                   "FREYR Battery for $340 million.") == []
    assert triples("小米集团表示，目前尚未决定是否在阿联酋建厂。") == []
    assert triples("CATL won a supply contract from Stellantis in France.") == []
    assert triples("比亚迪海豹新车型在泰国正式上市，售价约100万泰铢。") == []


def test_listing_hosts_come_from_exchanges():
    assert triples("宁德时代拟发行H股并在港交所上市，募资约50亿美元。") == [
        ("catl", "HKG", "listing")]
    assert triples("Zeekr raised $441 million in its initial public offering on the New York "
                   "Stock Exchange.") == [("zeekr", "USA", "listing")]


def test_coordinated_firms_and_owners_in_apposition():
    assert triples("Tsingshan Holding Group and Huayou Cobalt run smelters in Morowali, "
                   "Indonesia.") == [("huayou", "IDN", "greenfield_plant"),
                                     ("tsingshan", "IDN", "greenfield_plant")]
    assert triples("Zeekr, majority owned by China's Geely, said it would build a new "
                   "factory in Slovakia.") == [("zeekr", "SVK", "greenfield_plant")]


def test_bare_chinese_firm_opening_a_sentence_is_a_candidate():
    (m,) = extract_moves("据36氪报道，星跃创新已在越南设立新工厂。", min_confidence=0)
    assert (m.company_name, m.is_candidate, m.host_iso3) == ("星跃创新", True, "VNM")
    assert triples("分析人士称，越南政府正在吸引中国投资建设工厂。") == []


def test_parallel_firm_place_pairs_share_one_predicate():
    zh = "新能源车企加速出海。比亚迪在匈牙利、奇瑞在西班牙均已布局工厂。"
    assert triples(zh) == [("byd", "HUN", "greenfield_plant"), ("chery", "ESP", "greenfield_plant")]
    en = "BYD in Hungary and Chery in Spain have built plants."
    assert triples(en) == [("byd", "HUN", "greenfield_plant"), ("chery", "ESP", "greenfield_plant")]


def test_english_country_names_inside_chinese_text():
    (m,) = extract_moves("宁德时代宣布在Hungary德布勒森建设第二座电池工厂。")
    assert (m.host_iso3, m.move_type) == ("HUN", "greenfield_plant")
    # glued to other Latin letters it is not a name: "US$" is money
    assert all(m.host_iso3 != "USA" for m in extract_moves("宁德时代在德国投资US$18亿建厂。"))


def test_chinese_status_and_host_stay_in_their_own_clause():
    zh = "华友钴业在印尼的镍冶炼项目已经投产，公司还计划在匈牙利建设正极材料工厂。"
    got = {m.host_iso3: m.status for m in extract_moves(zh)}
    assert got == {"IDN": "operating", "HUN": "announced"}
    zh = "泡泡玛特在泰国曼谷开设门店，并在新加坡设立东南亚区域总部。"
    assert sorted((m.host_iso3, m.move_type) for m in extract_moves(zh)) == [
        ("SGP", "office_hq"), ("THA", "retail_store")]


def test_chinese_headline_firm_place_project_and_licence():
    (m,) = extract_moves("星宇股份塞尔维亚项目正式落地。公司将在当地建设车灯生产基地。")
    assert (m.company_name, m.host_iso3, m.move_type) == ("星宇股份", "SRB", "greenfield_plant")
    (m,) = extract_moves("蚂蚁集团获得英国金融行为监管局颁发的电子货币牌照。")
    assert (m.host_iso3, m.move_type) == ("GBR", "licensing")
    # "登陆" is a listing only with market words near it
    assert extract_moves("台风登陆菲律宾。") == []
