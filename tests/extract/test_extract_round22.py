"""Round 22: prices that are no values, currencies named with their country, a listed
firm's name after its description, sellers with long names, builders named together, a
firm acting with its own subsidiary, both phases of a plant, chemical projects. The
sentences are written for these tests."""

from __future__ import annotations

from chuhai.extract.money import find_money
from tests.extract.helpers import moves, triples


def test_a_price_is_never_the_value_of_a_move():
    found = moves("Luckin Coffee opened its first store in Kuala Lumpur on Monday, selling "
                  "lattes at US$1.50.")
    assert found[("luckin", "MYS", "retail_store")].value_usd_m is None


def test_an_offer_price_is_not_the_value_of_a_listing():
    found = moves("蜜雪集团3月3日在港交所挂牌，发售价202.5港元，集资总额约34.5亿港元。")
    assert round(found[("mixue", "HKG", "listing")].value_usd_m) == 442


def test_a_currency_named_with_its_country():
    (m,) = find_money("raising 3.45 billion Hong Kong dollars")
    assert m.currency == "HKD" and round(m.usd_m) == 442
    (m,) = find_money("a 12.8 billion Moroccan dirhams plant")
    assert m.currency == "MAD"


def test_a_listed_firm_named_after_its_description():
    found = triples("语音AI公司云知声（9678.HK）今年6月在港交所上市，募资约2亿港元。")
    assert ("云知声", "HKG", "listing") in found


def test_a_seller_with_a_long_name_gives_no_host():
    text = ("华友钴业在津巴布韦的阿卡迪亚锂矿运营平稳。2022年，公司以4.22亿美元从澳大利亚"
            "Prospect Resources Limited手中收购该矿。")
    found = triples(text)
    assert ("huayou", "AUS", "acquisition") not in found
    assert ("huayou", "ZWE", "acquisition") in found


def test_builders_named_together_each_win_the_contract():
    text = "坦桑尼亚中央铁路第七标段由中国电建与中国交建联合承建，2023年签约。"
    found = triples(text)
    assert ("sinohydro", "TZA", "construction_contract") in found
    assert ("cccc", "TZA", "construction_contract") in found


def test_a_firm_acting_with_its_own_subsidiary_is_the_mover():
    text = ("洛阳钼业公告，旗下洛钼控股及其全资子公司凯森矿业与Lumina签署协议，以4亿美元收购"
            "厄瓜多尔一座金铜矿。")
    found = triples(text)
    assert ("凯森矿业", "ECU", "acquisition") not in found
    assert ("cmoc", "ECU", "acquisition") in found


def test_both_phases_of_a_plant_are_the_plant():
    found = triples("募集资金将投向宁德时代匈牙利德布勒森工厂一、二期建设。")
    assert ("catl", "HUN", "greenfield_plant") in found
    assert ("catl", "HUN", "plant_expansion") not in found


def test_a_chemical_project_is_a_plant():
    found = triples("雅化集团在津巴布韦投资建设的氢氧化锂项目已基本建成。")
    assert ("yahua", "ZWE", "greenfield_plant") in found


def test_investors_buying_into_a_firm_are_not_the_firm():
    text = ("自动驾驶公司小马智行11月27日在纳斯达克挂牌。公司以每股13美元发行2000万股美国存托股，"
            "首发募资约2.6亿美元，另通过同步私募向北汽、广汽等投资方出售约1.53亿美元普通股。上市首日"
            "股价一度大涨，收盘下跌约7.7%。")
    found = triples(text)
    assert ("baic", "USA", "listing") not in found
    assert ("gac", "USA", "listing") not in found
    assert ("pony_ai", "USA", "listing") in found


def test_a_firm_a_deal_is_ranked_after_is_not_what_the_article_goes_on_about():
    text = ("Zijin Gold International jumped on its first day of trading in Hong Kong. It raised "
            "US$3.2 billion, the second-largest Hong Kong IPO this year after CATL's in May. The "
            "company still expects to close its US$1.2 billion purchase of a gold mine in "
            "Kazakhstan within weeks.")
    found = triples(text)
    assert ("zijin_gold", "KAZ", "acquisition") in found
    assert ("catl", "KAZ", "acquisition") not in found


def test_its_cloud_arm_is_the_registered_cloud_unit():
    found = triples("Tencent said its cloud arm would open its first data centre in Saudi Arabia "
                    "next year.")
    assert ("tencent_cloud", "SAU", "data_center") in found
    assert ("tencent", "SAU", "data_center") not in found


def test_facilities_added_in_markets_are_of_the_kind_the_sentence_is_about():
    text = ("Huawei Cloud will open data centres in Egypt and Turkey, and add facilities in two "
            "existing markets, including Chile and Mexico.")
    found = triples(text)
    assert ("huawei_cloud", "CHL", "data_center") in found
    assert ("huawei_cloud", "MEX", "data_center") in found


def test_capacity_added_in_regions_is_not_set_where_the_dateline_is():
    text = ("SINGAPORE, June 12 (Reuters) - Tencent's cloud unit opened a data centre in Riyadh. "
            "Rival Huawei Cloud plans to add capacity in Asia and Latin America.")
    assert ("huawei_cloud", "SGP", "data_center") not in triples(text)


def test_a_data_hosting_project_is_a_data_centre():
    assert ("bytedance", "MYS", "data_center") in triples(
        "马来西亚投资发展局批准字节跳动在柔佛投资的数据托管项目。")
    assert ("bytedance", "THA", "data_center") in triples(
        "Thailand's investment board approved ByteDance's data hosting project in Chachoengsao.")


def test_the_country_of_a_unit_a_firm_acts_through_is_not_the_host():
    text = ("CMOC Group, acting through CMOC Singapore, signed an agreement to acquire Lumina "
            "Gold's Cangrejos project in Ecuador.")
    found = triples(text)
    assert ("cmoc", "SGP", "acquisition") not in found
    assert ("cmoc", "ECU", "acquisition") in found
    text = ("TCL Zhonghuan, through its Singapore subsidiary Lumetech, will hold 40% of a wafer "
            "joint venture with Saudi investor Vision Industries.")
    found = triples(text)
    assert ("tcl_zhonghuan", "SGP", "joint_venture") not in found
    assert ("tcl_zhonghuan", "SAU", "joint_venture") in found


def test_a_unit_of_a_country_building_with_no_other_place_builds_there():
    # no deal and no other place: the unit's country is where the plant is
    found = triples("Sunwoda said its Vietnam unit would build a second battery factory.")
    assert ("sunwoda", "VNM", "greenfield_plant") in found


def test_a_nationality_before_a_named_investor_is_a_venture_host():
    found = triples("JinkoSolar signed a joint venture agreement with Saudi investor Vision "
                    "Industries.")
    assert ("jinko", "SAU", "joint_venture") in found


def test_a_parents_short_name_opening_its_units_name_is_the_unit():
    text = ("COSCO Shipping Ports bought 60% of the Chancay port in Peru in 2019. COSCO's appetite "
            "for European terminals has been harder to satisfy: it took a 24.99% stake in a "
            "terminal in Hamburg, Germany, in 2023.")
    found = triples(text)
    assert ("cosco_ports", "DEU", "acquisition") in found
    assert ("cosco", "DEU", "acquisition") not in found


def test_a_parent_named_as_itself_stays_the_parent():
    text = ("Zijin Gold International listed in Hong Kong on Tuesday. It runs all of Zijin "
            "Mining's gold mines outside China. Zijin Mining also agreed to buy a copper mine "
            "in Serbia.")
    assert ("zijin", "SRB", "acquisition") in triples(text)


def test_a_venture_named_after_the_word_is_its_partners_move():
    text = ("国轩高科与福特、通用汽车共同组建的合资公司Tricell Energy正在美国俄亥俄州建设电池工厂，"
            "国轩持股20%。")
    found = triples(text)
    assert ("gotion", "USA", "joint_venture") in found
    assert not any(c == "Tricell Energy" for c, _, _ in found)


def test_capacity_added_in_markets_takes_the_sentences_kind():
    text = "腾讯云宣布将在沙特开设首个数据中心，并在印尼、日本等已有市场扩容。"
    found = triples(text)
    assert ("tencent_cloud", "IDN", "data_center") in found
    assert ("tencent_cloud", "JPN", "data_center") in found


def test_a_cloud_region_named_in_english_in_chinese_text():
    found = triples("2024年，华为云在土耳其开服“伊斯坦布尔Region”，面向当地客户提供公有云服务。")
    assert ("huawei_cloud", "TUR", "data_center") in found


def test_an_office_park_is_an_office():
    found = triples("同年10月，华为在墨西哥城启用新的办公园区，作为其在墨西哥的业务中心。")
    assert ("huawei", "MEX", "office_hq") in found


def test_a_sentence_set_in_a_region_does_not_take_the_last_country():
    text = ("马来西亚方面，公司位于居林的基地已于2025年建成投产。在北美，公司采取参股合资模式，"
            "持股比例较低。")
    text = "亿纬锂能" + text
    assert ("eve", "MYS", "joint_venture") not in triples(text)


def test_an_operation_brought_into_production_is_a_plant():
    text = ("In Zambia, CNMC bought the Chambishi mine in 1998 and brought its second "
            "operation, Mwambashi (MCL), into production in 2012.")
    assert ("cnmc", "ZMB", "greenfield_plant") in triples(text)


def test_a_line_added_at_a_factory_is_an_expansion():
    text = ("Lenovo began producing AI servers at its factory in Puducherry, India, in late "
            "2024, adding a line with capacity of about 50,000 units a year.")
    assert ("lenovo", "IND", "plant_expansion") in triples(text)


def test_the_owner_named_after_a_plant_is_its_company():
    text = ("MMG agreed to buy Anglo American's nickel business in Brazil. In Australia the "
            "picture is darker. The Kwinana refinery in Western Australia, owned through a "
            "joint venture between Tianqi Lithium and IGO, has struggled to reach capacity.")
    found = triples(text)
    assert ("mmg", "AUS", "greenfield_plant") not in found
    assert any(c == "tianqi" and h == "AUS" for c, h, _ in found)


def test_a_foreign_firms_former_site_being_converted_is_the_movers_plant():
    text = ("In Brazil, BYD is converting Ford's former site in Camacari, Bahia, into a plant "
            "for electric cars.")
    assert ("byd", "BRA", "greenfield_plant") in triples(text)


def test_rights_licensed_to_the_latter():
    text = ("7月底，恒瑞医药宣布与葛兰素史克（GSK）达成协议，将HRS-9821及11个早期项目的海外权益"
            "授权给后者。")
    assert ("hengrui", "GBR", "licensing") in triples(text)


def test_a_plant_handed_over_to_a_foreign_buyer_is_no_move():
    text = ("WuXi Biologics is handing over its vaccine plant in Dundalk, Ireland, to MSD, which "
            "agreed in January to buy it for about US$500 million.")
    found = triples(text)
    assert ("wuxi_biologics", "IRL", "acquisition") not in found
    assert ("wuxi_biologics", "IRL", "greenfield_plant") not in found


def test_a_word_opening_with_no_is_no_denial():
    # "无线" (wireless) and "不断" (steadily) are words, not "no plan"
    assert ("huawei", "FRA", "greenfield_plant") in triples(
        "华为位于布吕马特的无线设备工厂建设顺利，计划明年投产。")
    assert ("byd", "MEX", "greenfield_plant") not in triples("比亚迪表示暂无在墨西哥建厂的计划。")


def test_a_name_in_capitals_tied_to_another_firm_is_the_firm():
    text = "The precursor venture of GEM with SK On will build a plant in Saemangeum, South Korea."
    assert any(c == "gem" and h == "KOR" for c, h, _ in triples(text))
    assert not any(c == "gem" for c, _, _ in triples("Its shares trade on the GEM in Hong Kong."))
