"""Rules added for long news articles (tune2): one behaviour per test, both languages.

Firms the registry does not know are fictional here, so the tests do not depend on
what the registry lists.
"""

from __future__ import annotations

from chuhai.extract import extract_moves
from chuhai.extract.pipeline import find_candidates, matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def test_a_facility_named_after_a_foreign_firm_does_not_block_the_mover():
    text = "Rival BYD is converting a former Ford plant in Camacari, Bahia, into a car factory."
    assert triples(text) == [("byd", "BRA", "greenfield_plant")]
    zh = "此前，奇瑞汽车已与西班牙汽车制造商Ebro合作，在巴塞罗那原日产工厂组装汽车，该工厂已于2024年底投产。"
    assert triples(zh) == [("chery", "ESP", "greenfield_plant")]


def test_a_brand_naming_the_outlets_is_not_their_operator():
    zh = ("特海国际于2022年12月从海底捞分拆，并以介绍方式在港交所上市。"
          "特海国际在全球11个国家运营115家海底捞餐厅，其中新加坡、越南门店数量居前。")
    got = triples(zh)
    assert ("特海国际", "HKG", "listing") in got
    assert ("特海国际", "SGP", "retail_store") in got and ("特海国际", "VNM", "retail_store") in got
    assert not [t for t in got if t[0] == "海底捞"]


def test_a_country_and_its_city_are_one_item_of_a_list():
    zh = "华为云此前已在南非约翰内斯堡、智利圣地亚哥、墨西哥、印尼雅加达等地运营数据中心。"
    assert [t[1] for t in triples(zh)] == ["CHL", "IDN", "MEX", "ZAF"]
    en = "Jinko already makes panels in Vietnam, Malaysia and the United States."
    assert [t[1] for t in triples(en)] == ["MYS", "USA", "VNM"]


def test_a_parent_s_described_unit_is_the_registered_child():
    text = ("Alibaba Group's cloud computing unit will open data centres in Brazil and France.\n"
            "Tencent, best known for WeChat, builds abroad. In Indonesia, the cloud unit opened "
            "a third availability zone in Jakarta.")
    assert triples(text) == [("alibaba_cloud", "BRA", "data_center"),
                             ("alibaba_cloud", "FRA", "data_center"),
                             ("tencent_cloud", "IDN", "data_center")]


def test_a_generic_subject_does_not_inherit_the_earlier_firm():
    text = ("Tencent Cloud opened a data centre in Saudi Arabia.\n"
            "The expansion comes as U.S. firms pour billions into data centres in the United States.")
    assert triples(text) == [("tencent_cloud", "SAU", "data_center")]
    zh = "中伟股份将在韩国浦项市合资建设前驱体工厂。分析人士指出，中国企业通过与韩国企业合资，可以间接进入美国市场。"
    assert triples(zh) == [("cngr", "KOR", "joint_venture")]


def test_a_place_after_another_firm_is_that_firm_s():
    zh = "比亚迪匈牙利塞格德工厂已于今年开始试生产，上汽集团也在欧洲建设第二座工厂。"
    assert triples(zh) == [("byd", "HUN", "greenfield_plant")]


def test_hedged_plans_make_no_move():
    assert triples("SAIC is considering building a second plant in Spain.") == []
    assert triples("上汽集团正在考虑在西班牙建设第二座工厂，但尚未确定选址。") == []


def test_an_unconfirmed_report_makes_no_move():
    zh = "有消息称，字节跳动还计划在巴西投资建设数据中心，但公司方面尚未予以证实。"
    assert triples(zh) == []


def test_a_chinese_denial_speaks_for_its_own_clause():
    zh = "另一家企业星跃材料位于韩国忠州的正极材料工厂已投产多年，公司表示暂无在日本建厂的计划。"
    assert triples(zh) == [("星跃材料", "KOR", "greenfield_plant")]


def test_a_joint_venture_and_the_plant_it_builds_are_one_move():
    text = ("CNGR Advanced Material formed a joint venture with Al Mada, the investment fund of "
            "Morocco's royal family, in 2023 to build a cathode precursor plant in Jorf Lasfar.")
    assert triples(text) == [("cngr", "MAR", "joint_venture")]
    text = ("Stellantis, CATL to build battery plant in Spain\n\n"
            "Stellantis and CATL will invest 4.1 billion euros in a joint venture to build a "
            "battery plant in Spain.\nThe plant, near Zaragoza, is expected to start production "
            "by the end of 2026.")
    (m,) = extract_moves(text)
    assert (m.company_id, m.host_iso3, m.move_type, m.year) == ("catl", "ESP", "joint_venture", 2026)


def test_a_joint_venture_partner_named_after_the_trigger_is_the_mover():
    text = ("The largest is Illuminate USA, a joint venture between LONGi Green Energy and "
            "developer Invenergy, which makes panels in Pataskala, Ohio.")
    assert ("longi", "USA", "joint_venture") in triples(text)


def test_expand_changes_only_the_facility_it_governs():
    text = "BYD to build $1 billion plant in Turkey as it expands near Europe"
    assert triples(text) == [("byd", "TUR", "greenfield_plant")]
    text = "JinkoSolar has assembled panels in Jacksonville, Florida, since 2018 and expanded the site in 2023."
    assert triples(text) == [("jinko", "USA", "greenfield_plant"), ("jinko", "USA", "plant_expansion")]


def test_another_facility_repeats_the_last_type():
    text = ("Tencent Cloud said it had started operating a data centre in Saudi Arabia and would "
            "open a third facility in Japan, in Osaka.")
    assert triples(text) == [("tencent_cloud", "JPN", "data_center"),
                             ("tencent_cloud", "SAU", "data_center")]


def test_also_adds_a_move_instead_of_refining_the_last():
    text = ("BYD will build a $1 billion factory in Manisa, Turkey.\n"
            "It will also include a research and development centre.")
    assert triples(text) == [("byd", "TUR", "greenfield_plant"), ("byd", "TUR", "rnd_center")]


def test_entering_a_market_takes_the_type_of_the_sentence_s_move():
    text = ("China's Xingyue Coffee opened stores in New York.\n"
            "It entered Singapore in 2023 and opened its first store in Malaysia in 2024.")
    assert triples(text) == [("Xingyue Coffee", "MYS", "retail_store"),
                             ("Xingyue Coffee", "SGP", "retail_store"),
                             ("Xingyue Coffee", "USA", "retail_store")]


def test_home_places_are_hosts_only_for_the_target_of_a_purchase():
    text = ("TCL Zhonghuan, based in Tianjin, also holds a controlling stake in Maxeon Solar "
            "Technologies, the Singapore-based panel maker.")
    assert triples(text) == [("tcl_zhonghuan", "SGP", "acquisition")]
    text = "Xingyue Toys, a Shenzhen-based toy maker headquartered in Singapore, opened a store in Paris."
    assert triples(text) == []  # no "Chinese" cue, and Singapore is its home, not a host


def test_contractors_building_a_plant_hold_a_construction_contract():
    text = "PowerChina is building the 2.6 GW Al Shuaibah solar plant in Saudi Arabia for ACWA Power."
    assert triples(text) == [("sinohydro", "SAU", "construction_contract")]


def test_office_of_an_official_is_not_a_move():
    text = ("Chinese carmaker BYD will build a $1 billion factory in Turkey, President Erdogan's "
            "office said on Monday.")
    assert triples(text) == [("byd", "TUR", "greenfield_plant")]


def test_latin_america_is_not_the_united_states():
    text = "Great Wall Motor bought the site from Mercedes-Benz as carmakers race into Latin America's market."
    assert triples(text) == []


def test_state_firm_names_beginning_with_china_are_candidates():
    en = "China Fictional Engineering signed a $1.3 billion contract to build a solar plant in Oman."
    assert triples(en) == [("China Fictional Engineering", "OMN", "construction_contract")]
    m = matchers_for(Registry.default())
    zh = "中国星河建设股份有限公司发布公告，公司与沙特ACWA签署了EPC总承包合同。"
    names = [c.text for c in find_candidates(zh, "zh", [])]
    assert "中国星河建设股份有限公司" in names
    assert not [x for x in m.mentions(zh, "zh") if x.kind == "place" and x.key == "CHN"]


def test_abbreviations_and_units_of_an_unknown_firm_share_its_key_and_first_name():
    zh = ("中国星建签约沙特光伏项目\n\n"
          "近日，中国星河建设股份有限公司发布公告称，公司所属中国星建国际集团与沙特ACWA Power"
          "签署了沙特2GW光伏电站项目EPC总承包合同。")
    (m,) = extract_moves(zh, min_confidence=0)
    assert (m.company_name, m.is_candidate, m.host_iso3, m.move_type) == (
        "中国星建", True, "SAU", "construction_contract")


def test_cued_lists_and_appositions_introduce_every_firm():
    names = [c.text for c in find_candidates(
        "Chinese tea chains Xingyue and Moonleaf have opened outlets in the United States. "
        "Another Chinese company, cathode maker Starbay Technology, plans a plant.", "en", [])]
    assert {"Xingyue", "Moonleaf", "Starbay Technology"} <= set(names)


def test_a_verb_glued_to_a_chinese_name_is_cut_off():
    zh = "潮玩企业星跃位于英国伦敦的旗舰店正式开业。"
    names = [c.text for c in find_candidates(zh, "zh", [])]
    assert names and all(not n.endswith("位") for n in names)
    assert "星跃" in names


def test_a_firm_headquartered_abroad_in_its_own_sentence_is_foreign():
    zh = "德国消费电子零售商Ceconomy发布公告称，已与京东集团达成协议。"
    kinds = {c.text: c.kind for c in find_candidates(zh, "zh", [])}
    assert kinds.get("Ceconomy") == "foreign"
