"""Rules of the eighth round (heldout21, 22, 23 and 25 released for development): one
behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

from chuhai.extract import extract_moves
from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _headed(body: str) -> str:
    """An article: a headline that names no move, then the body."""
    return "Company news\n\n" + body


# -- who moves ---------------------------------------------------------------------------
def test_the_company_and_its_verb_is_no_reference_back_to_a_plant():
    text = _headed("BYD sells cars in Europe. The company opened a plant in Hungary last year.")
    assert triples(text) == [("byd", "HUN", "greenfield_plant")]


def test_the_company_listed_in_opens_a_sentence():
    text = _headed("Pop Mart is a toy retailer. The company listed in Hong Kong in December 2020.")
    assert triples(text) == [("pop_mart", "HKG", "listing")]


def test_a_bare_the_unit_is_the_unit_named_last():
    text = _headed("Alibaba Cloud, the cloud computing arm of Alibaba Group, said it would open a "
                   "data centre in France. Alibaba Group Chief Executive Eddie Wu said the group "
                   "would spend more on AI. "
                   "The unit opened its first data centre in Mexico in February.")
    assert ("alibaba_cloud", "MEX", "data_center") in triples(text)
    assert ("alibaba", "MEX", "data_center") not in triples(text)


def test_the_subject_of_a_fronted_after_phrase_follows_its_comma():
    text = _headed("After buying Paris-based Quantic Dream in 2022, NetEase spent heavily on "
                   "studios.")
    assert triples(text) == [("netease", "FRA", "acquisition")]


def test_a_fronted_contract_has_its_pronoun_subject_after_it():
    text = _headed("CSCEC points to Egypt. Under a $3 billion contract signed in 2017, it built "
                   "the business district in Cairo.")
    assert triples(text) == [("cscec", "EGY", "construction_contract")]


def test_the_ipo_of_its_unit_is_the_units_listing():
    text = _headed("Alibaba Group said it had withdrawn the Hong Kong initial public offering "
                   "of its logistics arm Cainiao.")
    assert ("cainiao", "HKG", "listing") in triples(text)
    assert ("alibaba", "HKG", "listing") not in triples(text)


def test_firms_listed_across_the_rest_of_a_legal_name_both_act():
    text = _headed("TCL Zhonghuan Renewable Energy Technology Co. and JinkoSolar Holding Co. "
                   "each signed agreements in July to form joint ventures in Saudi Arabia.")
    assert triples(text) == [("jinko", "SAU", "joint_venture"),
                             ("tcl_zhonghuan", "SAU", "joint_venture")]


def test_a_common_word_alias_before_an_appositive_is_the_firm_named():
    text = _headed("Rival GEM Co said it would expand its plant in Morowali, Indonesia. GEM, "
                   "which raised $381 million by listing global depositary receipts on the "
                   "SIX Swiss Exchange in Zurich in 2022, wants more nickel.")
    assert ("gem", "CHE", "listing") in triples(text)


def test_a_bracketed_short_name_does_not_end_the_relative_clause():
    text = _headed("In Kenya, a coal-fired plant at Lamu, which Power Construction Corp of "
                   "China (PowerChina) had signed in 2015 to build, was scrapped in 2019.")
    assert triples(text) == [("sinohydro", "KEN", "construction_contract")]


def test_a_corporation_for_cooperation_is_one_contractors_name():
    text = ("CHISAMBA, Zambia (AP) — Solar plant rises\n\nThe Chisamba plant in Zambia is "
            "being built by China Hunan Corporation for International Economic and Technical "
            "Cooperation, a state-owned contractor from China's Hunan province, under a $78 "
            "million contract.")
    found = extract_moves(text)
    assert [(m.company_name, m.host_iso3, m.move_type) for m in found] == [
        ("China Hunan Corporation for International Economic and Technical Cooperation",
         "ZMB", "construction_contract")]


def test_a_parent_speaking_of_this_deal_is_its_units_deal():
    text = ("紫金黄金国际拟收购加纳金矿\n\n公司控股子公司紫金黄金国际拟以10亿美元收购加纳Akyem金矿100%权益。"
            "紫金矿业表示，本次收购将提升公司黄金资源储量。")
    assert triples(text) == [("zijin_gold", "GHA", "acquisition")]


def test_a_filings_company_after_a_connective_is_the_issuer():
    text = ("赣锋锂业公告\n\n赣锋锂业10月21日公告称，公司拟收购马里锂矿剩余权益。"
            "与此同时，公司位于阿根廷萨尔塔省的Mariana锂盐湖项目建设已进入收尾阶段。")
    assert ("ganfeng", "ARG", "greenfield_plant") in triples(text)


def test_an_international_unit_with_a_bracketed_place_is_a_firm_of_its_own():
    found = matchers_for(Registry.default()).mentions(
        "公司全资子公司金风国际控股（香港）有限公司拟以约2.15亿美元收购智利风电项目。", "zh")
    assert any(m.kind == "candidate" and m.text == "金风国际控股（香港）有限公司" for m in found)


def test_a_generic_miners_subject_is_no_earlier_firm():
    text = ("铜矿并购\n\n金诚信2023年以约1亿美元收购赞比亚铜带省Lubambe铜矿80%权益。"
            "此外，多家中国矿企也在刚果（金）寻找铜矿资源并购机会。")
    assert triples(text) == [("jchx", "ZMB", "acquisition")]


# -- where -------------------------------------------------------------------------------
def test_a_timeline_heading_with_a_year_sets_the_place():
    text = _headed("Midea's decade abroad.\n\n2016 - Japan. Midea bought 80.1 per cent of "
                   "Toshiba's white goods business for ¥53.7bn.")
    assert triples(text) == [("midea", "JPN", "acquisition")]


def test_two_places_each_after_in_are_a_list():
    text = _headed("Pop Mart is a toy maker. The company has opened offices in Tokyo and in "
                   "San Mateo, California.")
    assert triples(text) == [("pop_mart", "JPN", "office_hq"), ("pop_mart", "USA", "office_hq")]


def test_the_sellers_country_yields_to_the_firms_last_place():
    text = _headed("Huayou began building a lithium plant at its Arcadia mine near Goromonzi, "
                   "Zimbabwe, last year. Huayou acquired Arcadia from Australia's Prospect "
                   "Resources for $422 million in 2022.")
    assert triples(text) == [("huayou", "ZWE", "acquisition"), ("huayou", "ZWE", "greenfield_plant")]


def test_a_countrys_interest_rates_are_no_place():
    text = _headed("Zijin Gold raised HK$25 billion in a Hong Kong listing. The listing rides a "
                   "rally in gold as investors bet on US interest rate cuts.")
    assert triples(text) == [("zijin_gold", "HKG", "listing")]


def test_a_listing_paid_in_hong_kong_dollars_is_in_hong_kong():
    text = _headed("Battery giant CATL raised HK$41 billion in May in the year's biggest listing.")
    assert triples(text) == [("catl", "HKG", "listing")]


def test_a_home_named_after_said_is_no_targets_country():
    text = _headed('"Tencent\'s model is to take a minority stake," said the founder of '
                   "Tokyo-based consultancy Kantan Games.")
    assert triples(text) == []


def test_a_contractor_from_a_chinese_province_is_not_at_home():
    text = ("LUSAKA, Zambia (AP) — Power\n\nThe plant is being built by PowerChina, a "
            "contractor from China's Hunan province, under a $78 million contract.")
    assert triples(text) == [("sinohydro", "ZMB", "construction_contract")]


def test_a_trade_fair_venue_is_no_host():
    text = ("荣耀发布战略\n\n此前，荣耀终端在巴塞罗那世界移动通信大会期间发布了新战略，宣布未来五年将投入100亿美元，"
            "但未披露具体投资地区。")
    assert triples(text) == []


def test_a_site_named_before_a_weak_facility_word_is_its_place():
    text = _headed("Chinalco opened the Toromocho copper mine in 2013, the company said.")
    assert triples(text) == [("chinalco", "PER", "greenfield_plant")]


# -- what --------------------------------------------------------------------------------
def test_a_plant_at_another_site_than_the_venture_is_a_move_of_its_own():
    text = _headed("Huayou signed an agreement with PT Vale Indonesia to form a joint venture "
                   "that will build an HPAL plant at Sorowako. The deal is Huayou's biggest "
                   "since its first HPAL plant, in the Morowali industrial park, began "
                   "production in 2022.")
    assert ("huayou", "IDN", "greenfield_plant") in triples(text)
    assert ("huayou", "IDN", "joint_venture") in triples(text)


def test_a_plant_built_jointly_with_a_foreign_firm_is_a_venture():
    text = _headed("Huayou and South Korea's LG Chem said they would jointly build a cathode "
                   "plant in Morocco.")
    assert triples(text) == [("huayou", "MAR", "joint_venture")]


def test_two_purchases_with_prices_of_their_own_are_two_moves():
    text = _headed("Anta agreed to buy a 29% stake in Germany's Puma for about 1.5 billion "
                   "euros. Last year, Anta completed the $290 million purchase of German "
                   "outdoor brand Jack Wolfskin.")
    assert triples(text) == [("anta", "DEU", "acquisition"), ("anta", "DEU", "acquisition")]


def test_a_far_subsidiary_keeps_its_own_type():
    text = _headed("Pudu Robotics, the Shenzhen-based maker of delivery robots that now roll "
                   "through thousands of restaurants from Tokyo to Toronto, has opened a European "
                   "headquarters in Munich. The new office will house sales. Overseas markets "
                   "account for 80% of revenue. Pudu set up a Japanese subsidiary in Tokyo in 2021.")
    assert ("pudu", "JPN", "office_hq") in triples(text)


# -- no move -----------------------------------------------------------------------------
def test_a_noun_phrase_of_credit_is_no_financing():
    text = _headed("XAG said it would build an assembly plant in Goiás, Brazil, to qualify "
                   "for local financing programs.")
    assert triples(text) == [("xag", "BRA", "greenfield_plant")]


def test_an_all_caps_trade_word_is_no_firm():
    found = matchers_for(Registry.default()).mentions(
        '"A Beijing address is now a liability," said an analyst who covers China\'s AI sector.', "en")
    assert not any(m.kind == "candidate" and m.text == "AI" for m in found)


def test_a_firms_description_makes_no_move():
    text = _headed("Shares of Mixue Group, China's biggest fresh-drinks chain by number of "
                   "outlets, jumped 43 per cent in Hong Kong on Monday.")
    assert triples(text) == []


def test_office_workers_are_no_office():
    text = _headed("Mixue entered Indonesia in 2020, where its drinks found a market among "
                   "young office workers.")
    assert ("mixue", "IDN", "office_hq") not in triples(text)


def test_a_relative_clause_closed_before_reportedly_states_a_fact():
    text = _headed("Chagee, the brand that entered Malaysia in 2019 and now runs more than 150 "
                   "outlets there, is reportedly preparing a listing in New York, according to "
                   "people familiar with the matter. Chagee declined to comment.")
    assert ("chagee", "MYS", "retail_store") in triples(text)


def test_does_not_own_factories_makes_no_move():
    text = _headed("Pop Mart relies on contract manufacturers in Vietnam and does not own "
                   "factories.")
    assert triples(text) == []


def test_the_china_rights_are_bought_at_home():
    text = _headed("In 2009 Anta acquired the China rights to Italian sportswear brand Fila.")
    assert triples(text) == []


def test_a_prospectus_is_no_firm():
    text = ("霸王茶姬上市\n\n霸王茶姬正式在美国纳斯达克挂牌上市。招股书称，公司计划今年在美国洛杉矶开出北美首店。")
    assert ("招股书", "USA", "retail_store") not in triples(text)
    assert ("chagee", "USA", "retail_store") in triples(text)


def test_not_building_its_own_plant_makes_no_move():
    text = ("小米印度\n\n小米印度目前并不自建工厂，而是交由富士康和Dixon等代工厂生产。")
    assert triples(text) == []


def test_a_subsidiary_set_up_as_a_vehicle_is_no_office():
    # guards the reach of the issuer rule above: "公司拟通过…子公司" names the issuer, and
    # the subsidiary it goes through is no move of its own
    text = ("恩捷股份公告\n\n与此同时，公司拟通过在新加坡设立的全资子公司，在马来西亚森美兰州投资建设锂电池隔离膜生产线。"
            "恩捷股份表示看好当地市场。")
    assert ("semcorp", "SGP", "greenfield_plant") not in triples(text)
    assert ("semcorp", "SGP", "office_hq") not in triples(text)


def test_a_place_a_port_becomes_is_no_office():
    text = _headed("COSCO Shipping Ports formed a joint venture in 2019 to develop the Chancay "
                   "terminal in Peru. Officials say it will turn Chancay into a regional hub "
                   "for copper.")
    assert triples(text) == [("cosco_ports", "PER", "joint_venture")]


# -- later in the round ------------------------------------------------------------------
def test_a_place_after_as_and_a_capital_is_another_clauses():
    text = ("Huawei presses on with French factory as Brussels bribery probe deepens\n\n"
            "STRASBOURG, June 24, 2025 - Huawei is pressing ahead with its first plant in Europe.")
    assert triples(text) == [("huawei", "FRA", "greenfield_plant")]


def test_an_operators_permit_is_no_licensing():
    text = _headed("France did not ban Huawei but refused to renew operators' licences for its "
                   "equipment in big cities.")
    assert triples(text) == []


def test_looking_at_sites_is_no_plan_yet():
    text = _headed("SAIC Motor has said it is looking at sites for a European factory in Spain.")
    assert triples(text) == []


def test_a_name_glossed_with_a_foreign_firm_is_that_foreign_firm():
    text = ("宁德时代动态\n\n此外，宁德时代去年12月宣布与斯泰兰蒂斯集团（Stellantis）成立合资公司，"
            "在西班牙萨拉戈萨建设磷酸铁锂电池工厂。")
    assert triples(text) == [("catl", "ESP", "joint_venture")]


def test_what_a_new_plant_will_raise_is_no_expansion():
    text = ("宁波企业出海\n\n申洲国际今年2月宣布在越南西宁省新建一座面料工厂，总投资约1.2亿美元，"
            "建成后将进一步提升其海外生产基地的面料自给率。")
    assert triples(text) == [("shenzhou_intl", "VNM", "greenfield_plant")]


def test_a_deed_by_a_foreign_agent_is_not_the_topic_firms():
    text = ("中企签约坦桑尼亚铁路\n\n中国土木工程集团有限公司与坦桑尼亚铁路公司签署铁路施工总承包合同。"
            "坦桑尼亚标准轨铁路前几个标段由土耳其亚皮·默克兹公司承建。"
            "据悉，该项目的资金将主要由坦桑尼亚政府通过多边金融机构贷款解决。")
    assert triples(text) == [("ccecc", "TZA", "construction_contract")]


def test_a_chinese_purchase_priced_in_yen_is_of_a_japanese_firm():
    text = "海信出海\n\n年初，海信以129亿日元完成收购东芝映像解决方案公司95%的股权。"
    assert triples(text) == [("hisense", "JPN", "acquisition")]


def test_headquarters_alone_is_no_firm():
    found = matchers_for(Registry.default()).mentions(
        "育碧方面表示，这家子公司总部将设在法国，由育碧全资控股75%。", "zh")
    assert not any(m.kind == "candidate" and m.text in ("总部", "由育碧全资控股") for m in found)
