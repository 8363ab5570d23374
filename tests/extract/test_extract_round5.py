"""Rules of the fifth round (heldout8 released for development): one behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

from chuhai.extract import extract_moves
from tests.extract.helpers import moves, triples


# -- what an expansion is made at -------------------------------------------------------
def test_plant_named_only_as_where_lines_go_is_no_move_of_its_own():
    text = ("Fuyao Glass said it will invest $300 million to add a new production line and a "
            "processing workshop at its plant in Moraine, Ohio.")
    assert triples(text) == [("fuyao", "USA", "plant_expansion")]


def test_plant_told_with_its_own_history_stays_a_move():
    text = ("Yadea is adding a second assembly line at its plant in Bac Giang, Vietnam, "
            "which opened in 2019.")
    found = moves(text)
    assert set(found) == {("yadea", "VNM", "plant_expansion"), ("yadea", "VNM", "greenfield_plant")}
    assert found[("yadea", "VNM", "greenfield_plant")].status == "operating"


def test_expansion_keeps_its_own_date_not_the_plants():
    text = ("Yadea is adding a second assembly line at its plant in Bac Giang, Vietnam, "
            "which opened in 2019.")
    assert moves(text, ref_year=2025)[("yadea", "VNM", "plant_expansion")].year != 2019


def test_capacity_added_at_its_refinery_is_an_expansion():
    text = ("Nanshan Aluminium will add 2 million tonnes a year of alumina capacity at its "
            "refinery on Bintan island in Indonesia.")
    assert ("nanshan_aluminium", "IDN", "plant_expansion") in triples(text) or \
        any(t[1:] == ("IDN", "plant_expansion") for t in triples(text))


def test_lines_added_at_the_site_are_an_expansion():
    text = ("Ronbay, which owns a cathode plant in Chungju, South Korea, said it would invest "
            "200 billion won to add LFP cathode lines at the site.")
    assert ("ronbay", "KOR", "plant_expansion") in triples(text)


# -- words ------------------------------------------------------------------------------
def test_went_public_is_a_listing():
    text = "Mixue Group went public in Hong Kong in March, raising HK$3.45 billion."
    assert triples(text) == [("mixue", "HKG", "listing")]


def test_a_firm_described_as_a_restaurant_chain_opens_nothing():
    text = ("Mixue Group, the world's largest restaurant chain by store count, went public "
            "in Hong Kong in March.")
    assert triples(text) == [("mixue", "HKG", "listing")]


def test_becoming_the_largest_shareholder_is_an_acquisition():
    text = "Tencent will become the largest shareholder of Japan's Kadokawa in a 70 billion yen deal."
    assert triples(text) == [("tencent", "JPN", "acquisition")]


def test_a_development_studio_is_a_research_centre():
    text = "Tencent opened a game development studio in Tokyo, Japan, in 2023."
    assert triples(text) == [("tencent", "JPN", "rnd_center")]


def test_a_venture_with_partners_is_a_joint_venture():
    text = ("The precursor venture that LG Chem and Huayou Cobalt agreed to build in "
            "Saemangeum, South Korea, in 2023 is under construction.")
    assert ("huayou", "KOR", "joint_venture") in triples(text)


def test_a_report_shot_down_is_no_move():
    text = "Pop Mart shot down a report that it was preparing a secondary listing in New York."
    assert triples(text) == []


def test_the_target_described_as_listed_is_no_listing():
    text = ("Huaxin Cement agreed to buy 83.81% of Lafarge Africa, a company listed on the "
            "Nigerian Exchange, in Nigeria.")
    assert triples(text) == [("huaxin_cement", "NGA", "acquisition")]


def test_applying_for_a_payment_licence_is_a_permit_not_a_licensing_deal():
    text = ("Lianlian Global opened a Middle East headquarters in Dubai, UAE, and says it is "
            "applying for local payment licences.")
    assert [t[2] for t in triples(text)] == ["office_hq"]


def test_buying_parts_from_local_suppliers_is_trade():
    text = ("BYD opened its car plant in Camacari, Brazil, and intends to buy a growing share "
            "of parts from Brazilian suppliers.")
    assert triples(text) == [("byd", "BRA", "greenfield_plant")]


def test_buying_a_mine_is_still_an_acquisition():
    text = "Huayou said it had completed the purchase of a lithium mine in Zimbabwe for $422 million."
    assert triples(text) == [("huayou", "ZWE", "acquisition")]


# -- who --------------------------------------------------------------------------------
def test_which_the_company_announced_refers_back():
    text = ("BYD inaugurated its plant in Camacari, Brazil. In Europe, a factory in Szeged, "
            "Hungary, which the company announced in December 2023, is expected to start "
            "production soon.")
    assert ("byd", "HUN", "greenfield_plant") in triples(text)


def test_the_venture_a_firm_formed_is_its_move():
    text = ("Illuminate USA, the joint venture LONGi Green Energy Technology formed in 2023 "
            "with developer Invenergy, operates a panel factory in Pataskala, Ohio.")
    assert ("longi", "USA", "joint_venture") in triples(text)


def test_a_firm_kept_from_building_builds_nothing():
    text = ("In the U.S., where political pressure has kept CATL from building factories of "
            "its own, the company licenses its technology.")
    assert ("catl", "USA", "greenfield_plant") not in triples(text)


def test_not_committed_to_a_plant_is_no_plant():
    text = ("GAC has said it is studying local production in Brazil but has not committed to "
            "a plant.")
    assert triples(text) == []


def test_several_smaller_firms_are_not_the_topic():
    text = ("JinkoSolar runs a module plant in Jacksonville, Florida. Several smaller firms "
            "have announced cell factories in Georgia and South Carolina.")
    assert triples(text) == [("jinko", "USA", "greenfield_plant")]


def test_a_based_firm_whose_name_starts_with_first_is_foreign():
    text = ("JinkoSolar runs a module plant in Jacksonville, Florida. Arizona-based First "
            "Solar said in July it would add another production line in Louisiana.")
    assert triples(text) == [("jinko", "USA", "greenfield_plant")]


# -- status -----------------------------------------------------------------------------
def test_a_project_put_on_hold_cancels_the_venture():
    text = ("SK On, EcoPro and China's GEM agreed in March 2023 to form a joint venture to "
            "build a precursor plant in Saemangeum, South Korea. The project has been put on "
            "hold indefinitely.")
    found = {k[1:]: m for k, m in moves(text).items() if str(k[0]).lower() == "gem"}
    assert found[("KOR", "joint_venture")].status == "cancelled"


# -- Chinese filings ----------------------------------------------------------------------
def test_traditional_characters_read_as_simplified():
    text = "敏實集團於摩洛哥肯尼特拉投資建設電池盒生產基地。"
    found = extract_moves(text, ref_year=2025)
    assert [(m.company_id, m.host_iso3, m.move_type) for m in found] == [
        ("minth", "MAR", "greenfield_plant")]
    # the evidence quotes the article as written
    assert found[0].evidence["move_type"].quote == "生產基地"


def test_traditional_legal_name_resolves_in_the_registry():
    from chuhai.reference.companies import Registry
    assert Registry.default().resolve("敏實集團有限公司").company_id == "minth"


def test_a_legal_form_alone_is_no_firm():
    from chuhai.extract.pipeline import find_candidates
    text = "五矿资源有限公司董事会宣布收购事项。预期收购事项将于第三季度完成。"
    names = [c.text for c in find_candidates(text, "zh", [(0, 4)])]
    assert "有限公司" not in names and not any("收购" in n for n in names)


def test_the_owner_of_the_filer_is_not_the_topic():
    text = ("五矿资源有限公司宣布收购巴西镍业务。本集团为中国五矿集团有限公司旗下的国际性矿业公司。"
            "本集团于2014年收购秘鲁Las Bambas铜矿。")
    assert ("mmg", "PER", "acquisition") in triples(text)


def test_funding_source_is_no_financing():
    text = "敏实集团拟在摩洛哥投资建设生产基地，资金来源为本集团自有资金及银行贷款。"
    assert [t[2] for t in triples(text)] == ["greenfield_plant"]


def test_the_existing_plant_getting_new_lines_is_an_expansion_only():
    text = "敏实集团位于塞尔维亚洛兹尼察的现有工厂将新增电池盒及铝合金饰条生产线。"
    assert triples(text) == [("minth", "SRB", "plant_expansion")]


def test_listing_rules_are_no_listing():
    text = "敏实集团在摩洛哥投资建厂。上述投资并不构成上市规则第14章项下的须予公布交易。"
    assert [t[2] for t in triples(text)] == ["greenfield_plant"]


def test_a_short_name_glued_to_its_sites_country_is_a_firm():
    text = "传统产业加快全球布局。巨星科技泰国生产基地二期项目于今年6月开工建设。"
    assert any(t[0] == "巨星科技" and t[1] == "THA" for t in triples(text, ref_year=2025))


def test_firms_of_our_province_are_generic():
    text = ("青山控股在津巴布韦的钢铁厂近日投产。由我省企业主导建设的泰中罗勇工业园、越南龙江工业园"
            "累计入园企业超过400家。")
    assert triples(text) == [("tsingshan", "ZWE", "greenfield_plant")]


def test_an_analysts_rating_is_no_purchase():
    text = "国轩高科在摩洛哥建设电池工厂。我们维持国轩高科“增持”评级。"
    assert [t[2] for t in triples(text)] == ["greenfield_plant"]


def test_plants_abroad_in_general_are_no_site():
    text = ("国轩高科2024年与InoBat签署协议，双方将在斯洛伐克成立合资公司建设电池工厂。"
            "大众汽车仍为国轩高科第一大股东，双方在标准电芯、海外工厂建设等方面保持合作。")
    assert triples(text) == [("gotion", "SVK", "joint_venture")]


def test_an_expansion_in_its_own_words_after_a_purchase_is_a_move():
    text = ("2011年，万华化学收购匈牙利宝思德化学，迈出了国际化的关键一步。"
            "公司近日发布公告称，将投资约3亿欧元，对宝思德现有MDI装置进行扩能改造。")
    assert set(triples(text)) == {("wanhua", "HUN", "acquisition"), ("wanhua", "HUN", "plant_expansion")}



# -- English, second pass (heldout10 and heldout11 released) ------------------------------
def test_a_city_based_appositive_names_an_unregistered_chinese_firm():
    text = ("Zhiyun Drones, the Guangzhou-based maker of agricultural drones, opened a regional "
            "office in Surabaya, Indonesia.")
    assert triples(text) == [("Zhiyun Drones", "IDN", "office_hq")]


def test_a_sentence_adverb_is_no_firm_name():
    text = ("Separately, the Shenzhen-based automaker said it will open a research and "
            "development centre in Budapest, Hungary.")
    assert all(t[0] != "Separately" for t in triples(text))


def test_goods_destined_for_a_market_make_no_site_there():
    text = ("Hisense will add two refrigerator lines at its industrial park in Monterrey, Mexico. "
            "The new lines will lift output, most of it destined for the United States.")
    assert all(t[1] != "USA" for t in triples(text))


def test_a_carmakers_ended_contract_is_no_construction_contract():
    text = ("BYD started assembling cars in July at its plant in Camacari, Brazil. The workers "
            "were employed by a contractor; BYD said it had ended the contract.")
    assert all(t[2] != "construction_contract" for t in triples(text))


def test_in_a_quote_it_is_not_the_firm():
    text = ("Chery has signalled interest in Brazil. \"It is how many plants Brazil can absorb,\" "
            "an analyst said.")
    assert triples(text) == []


def test_a_project_named_by_what_it_makes_is_a_plant():
    text = "Xinyi Solar suspended its planned solar-glass project in East Java, Indonesia, last year."
    found = moves(text, ref_year=2025)
    assert list(found) == [("xinyi_solar", "IDN", "greenfield_plant")]
    assert found[("xinyi_solar", "IDN", "greenfield_plant")].status == "cancelled"


def test_a_permit_granted_by_a_zone_is_no_licence_deal():
    text = ("Xinyi Solar will build a solar-glass complex in Ain Sokhna, Egypt. Egypt will grant "
            "the project land and access to its golden licence scheme.")
    assert all(t[2] != "licensing" for t in triples(text))


def test_float_glass_is_no_flotation():
    text = "Xinyi Glass will add a new float-glass line at its complex in Melaka, Malaysia."
    assert all(t[2] != "listing" for t in triples(text))


def test_relative_dates_take_the_publication_year():
    from chuhai.extract.dates import find_dates
    years = [d.year for d in find_dates("last month; on Thursday; two years ago; 上个月; 一季度", 2025)]
    assert years == [2025, 2025, 2023, 2025, 2025]


def test_a_target_year_after_the_news_does_not_date_a_plan():
    text = ("Sanhua said on Monday it plans to invest 1.05 billion yuan in a factory in Tangier, "
            "Morocco, to start production in 2027.")
    assert moves(text, ref_year=2025)[("sanhua", "MAR", "greenfield_plant")].year == 2025


def test_the_announcement_year_wins_over_a_start_date():
    text = ("A plant in Debrecen, Hungary, which CATL announced in August 2022, is under "
            "construction and is expected to start production in 2026.")
    assert moves(text, ref_year=2025)[("catl", "HUN", "greenfield_plant")].year == 2022


def test_technology_licensed_from_a_firm_is_its_licence():
    text = ("Ford's plant in Marshall, Michigan, began making LFP cells using technology "
            "licensed from CATL under an agreement signed in 2023.")
    assert triples(text) == [("catl", "USA", "licensing")]


def test_a_headquartered_in_ontario_firm_is_not_chinese():
    text = ("Ontario-headquartered Canadian Solar is pressing ahead with a cell plant in "
            "Jeffersonville, Indiana.")
    assert triples(text) == []


def test_a_hyphenated_data_centre_is_a_data_centre():
    text = "VNET Group said in March that it had shelved a planned data-centre campus in Johor, Malaysia."
    assert [t[1:] for t in triples(text)] == [("MYS", "data_center")]


def test_a_firm_named_like_a_facility_is_no_facility():
    text = ("GDS Holdings runs data centres in Johor, Malaysia.\nBridge Data Centres, another "
            "large player, is owned by Bain Capital.")
    assert len(triples(text)) == 1


def test_a_chinese_place_name_and_trade_word_make_a_firm():
    text = "Shenzhen Lanfeng Technology opened a factory in Senai, Johor, Malaysia, in September."
    assert triples(text) == [("Shenzhen Lanfeng Technology", "MYS", "greenfield_plant")]


def test_the_city_after_hong_kong_is_hong_kong():
    text = ("Analysts at a London brokerage were upbeat.\nMontage Technology, the Shanghai-based chip "
            "maker, rose 22% on its "
            "Hong Kong debut after raising HK$7 billion in a secondary listing, the largest "
            "offering in the city in four years.")
    assert [t[1:] for t in triples(text)] == [("HKG", "listing")]


def test_a_place_after_another_chinese_firm_is_that_firms():
    text = "Weekly digest\n\nAnta bought a stake in Puma while Huaxin Cement closed a deal in Nigeria."
    assert ("anta", "NGA", "acquisition") not in triples(text)


def test_a_foreign_firm_bought_is_in_its_home_country():
    text = "Haier Smart Home bought GE Appliances from General Electric in 2016 for $5.6 billion."
    assert triples(text) == [("haier", "USA", "acquisition")]


def test_the_owner_named_with_a_possessive_after_the_expansion():
    text = ("Serbia's exports will be boosted by a second phase at Shandong Linglong Tyre's "
            "factory in Zrenjanin, Serbia.")
    assert triples(text) == [("linglong", "SRB", "plant_expansion")]


def test_an_unknown_firms_listing_is_not_the_buyers():
    text = ("Huaxin Cement completed its purchase of Lafarge Africa in Nigeria. Regulators "
            "approved the deal after Huaxin Cement agreed to retain Lafarge Africa's listing "
            "on the Nigerian Exchange.")
    assert triples(text) == [("huaxin_cement", "NGA", "acquisition")]


def test_a_government_press_office_is_no_office():
    text = ("Linglong will expand its plant in Zrenjanin, Serbia, according to a statement "
            "issued by the government's press office.")
    assert [t[2] for t in triples(text)] == ["plant_expansion"]


# -- Chinese, second pass -------------------------------------------------------------------
def test_time_words_after_a_firm_noun_are_no_name():
    text = "财联社11月18日电，中微公司晚间公告，公司拟出资5000万美元在新加坡设立全资子公司。"
    assert all(t[0] != "晚间" for t in triples(text, ref_year=2025))


def test_a_cement_maker_builds_its_own_plant():
    text = "海螺水泥公告，公司拟在乌兹别克斯坦吉扎克州投资建设一条日产熟料水泥生产线。"
    assert [t[1:] for t in triples(text)] == [("UZB", "greenfield_plant")]


def test_the_seller_holding_a_project_does_not_place_it():
    text = "盛屯矿业公告，公司拟以2.8亿美元收购一家英属维尔京群岛公司持有的刚果（金）铜钴矿项目65%股权。"
    assert [t[1] for t in triples(text)] == ["COD"]


def test_the_owner_named_with_qixia_is_not_the_mover():
    text = "巨石集团是中国建材集团旗下企业，其埃及项目被视为中埃产能合作的标志性工程。"
    assert all(t[0] != "cnbm" for t in triples(text))


def test_a_golden_licence_is_a_permit():
    text = "葛洲坝集团将在埃及建设绿氨项目。埃及推出“黄金许可证”等便利化措施。"
    assert all(t[2] != "licensing" for t in triples(text))


def test_a_project_with_an_annual_output_is_a_plant():
    text = "新凤鸣集团将在埃及苏伊士投资约3.5亿美元建设年产36万吨的聚酯纤维及纺纱项目。"
    assert triples(text) == [("xinfengming", "EGY", "greenfield_plant")]


def test_a_chinese_wire_dateline_frames_the_article():
    text = ("苏伊士运河经济区与多家中国企业签约\n\n新华社开罗2025年4月16日电 "
            "新凤鸣集团将投资约3.5亿美元建设年产36万吨的聚酯纤维项目。")
    assert triples(text) == [("xinfengming", "EGY", "greenfield_plant")]


def test_a_chinese_home_place_describing_a_firm_is_no_host():
    text = "埃及\n\n浙江桐乡的化纤企业新凤鸣集团将在埃及投资建设年产36万吨的聚酯纤维项目。"
    assert triples(text) == [("xinfengming", "EGY", "greenfield_plant")]


def test_new_lines_at_its_base_are_an_expansion():
    text = "巨石集团将在其位于埃及苏伊士的玻璃纤维生产基地新增一条年产12万吨的池窑拉丝生产线。"
    assert triples(text) == [("jushi", "EGY", "plant_expansion")]


def test_a_mine_of_the_firm_is_a_site():
    text = "去年12月，赣锋在马里的Goulamina锂辉石矿实现首批精矿发运。"
    assert [t[1:] for t in triples(text, ref_year=2025)] == [("MLI", "greenfield_plant")]


def test_an_expansion_in_its_own_clause_after_a_joint_plant():
    text = "天齐锂业与澳大利亚IGO合资的奎纳纳氢氧化锂工厂，二期扩建项目已于2024年暂停。"
    assert ("tianqi", "AUS", "plant_expansion") in triples(text)


def test_first_and_second_phase_are_the_plant():
    text = "宁德时代招股书显示，募资约九成将用于匈牙利德布勒森工厂一期和二期项目建设。"
    assert triples(text) == [("catl", "HUN", "greenfield_plant")]


def test_a_headline_with_a_colon_is_no_section():
    from chuhai.extract.pipeline import find_candidates
    text = "A股龙头扎堆赴港：从宁德时代到三花智控\n\n正文。"
    assert not find_candidates(text, "zh")


def test_leading_firms_of_the_industry_are_generic():
    text = ("先导智能2023年宣布终止发行GDR。中国证监会去年出台支持内地行业龙头企业赴港上市的措施。")
    assert ("lead_intelligent", "HKG", "listing") not in triples(text, ref_year=2025)


def test_a_possible_plant_under_evaluation_is_no_move():
    text = ("BYD executives said the carmaker was evaluating several Mexican states for a "
            "possible vehicle plant.")
    assert triples(text) == []


def test_customers_supplied_from_a_plant_are_no_hosts():
    text = ("Jiangsu Hengli Hydraulic will build a plant in Monterrey, Mexico. Hengli will "
            "supply customers in the United States and Canada from the new plant.")
    assert [t[1] for t in triples(text)] == ["MEX"]


def test_a_countrys_province_is_no_firm():
    text = ("Sailun opened its first overseas plant in Vietnam's Tay Ninh province in 2013 and "
            "started production at a factory in Cambodia in 2023.")
    assert set(triples(text)) == {("sailun", "VNM", "greenfield_plant"), ("sailun", "KHM", "greenfield_plant")}


def test_a_dateline_alone_frames_the_article():
    text = ("Hengli to invest in new plant\n\nMONTERREY, N.L. - Chinese manufacturer Jiangsu "
            "Hengli Hydraulic will build a plant in the municipality of Salinas Victoria.")
    assert [t[1:] for t in triples(text)] == [("MEX", "greenfield_plant")]


def test_land_bought_for_a_plant_is_no_acquisition():
    text = ("Jiangsu Hengli Hydraulic will build a plant in Monterrey, Mexico. The company has "
            "acquired land in the Hofusan industrial park.")
    assert [t[2] for t in triples(text)] == ["greenfield_plant"]


def test_the_two_companies_refer_to_the_partners():
    text = ("Chery Automobile and EV Motors signed an agreement to manufacture vehicles at the "
            "former Nissan plant in Barcelona, Spain. The two companies will create a joint "
            "venture to produce SUVs.")
    assert ("chery", "ESP", "joint_venture") in triples(text)


def test_a_short_name_is_the_firm_named_in_full():
    text = ("Chinese manufacturer Jiangsu Hengli Hydraulic will build a plant in Monterrey, "
            "Mexico. Hengli said the plant would open in 2026.")
    assert {t[0] for t in triples(text)} == {"hengli_hydraulic"}


def test_a_parent_inside_its_units_name_stays_the_parent():
    from chuhai.extract.pipeline import matchers_for
    from chuhai.reference.companies import Registry
    text = "华为云在沙特开通新节点。华为在芬兰设立研发中心。"
    keys = [m.key for m in matchers_for(Registry.default()).mentions(text, "zh") if m.kind == "company"]
    assert keys == ["huawei_cloud", "huawei"]


def test_a_bare_name_glued_to_a_country_and_a_unit_is_a_firm():
    text = "公告速递｜福莱特印尼项目投产；安琪酵母埃及子公司拟3.2亿元扩产\n\n正文。"
    assert any(t[0] == "安琪酵母" and t[1] == "EGY" for t in triples(text, ref_year=2024))


def test_and_in_is_no_firm_name():
    from chuhai.extract.pipeline import find_candidates
    text = "亿纬锂能计划在匈牙利建厂，并在墨西哥建设工厂。"
    assert all(c.text != "并在" for c in find_candidates(text, "zh"))


def test_a_financing_platform_is_no_financing():
    text = "宁德时代在香港上市。“港股上市为宁德时代提供了一个国际化的融资平台。”"
    assert [t[2] for t in triples(text)] == ["listing"]


def test_this_listing_is_the_one_told_before():
    text = "宁德时代5月20日在港交所挂牌。此次上市前，美国国防部将宁德时代列入清单。"
    assert triples(text, ref_year=2025) == [("catl", "HKG", "listing")]


def test_gazetteer_knows_industrial_towns_in_both_scripts():
    text = "Hengli will build a plant in Salinas Victoria. 敏实集团在摩洛哥肯尼特拉建厂。"
    from chuhai.extract.pipeline import matchers_for
    from chuhai.reference.companies import Registry
    m = matchers_for(Registry.default())
    en = {x.extra for x in m.mentions(text.split(" 敏")[0], "en") if x.kind == "place"}
    zh = {x.extra for x in m.mentions("敏实集团在摩洛哥肯尼特拉建厂。", "zh") if x.kind == "place"}
    assert "Salinas Victoria" in en and "Kenitra" in zh


def test_scouting_a_site_with_no_plan_is_no_move():
    text = "中联重科相关负责人表示，公司正在考察在墨西哥设厂的可能性，但目前尚无具体方案。"
    assert triples(text) == []


def test_chinese_brands_in_general_are_no_firm():
    from chuhai.extract.pipeline import find_candidates
    text = "比亚迪的工厂已于2024年7月投产；另有多家中国品牌也在泰国布局了生产。"
    assert all(c.text != "中国品牌" for c in find_candidates(text, "zh"))


def test_widening_a_plants_capacity_is_an_expansion():
    text = "中国巨石正加快扩大其埃及苏伊士生产基地产能。"
    assert triples(text) == [("jushi", "EGY", "plant_expansion")]


def test_a_loan_to_widen_lines_stays_one_financing():
    text = "国轩高科宣布，其德国哥廷根工厂获得欧洲投资银行提供的5亿欧元贷款，用于扩大电池生产线。"
    assert [t[2] for t in triples(text)] == ["financing"]


def test_a_place_in_a_relative_clause_is_not_the_verbs():
    text = "Sinomine, which is listed in Shenzhen, bought Bikita for $180 million in 2022."
    assert [t[1:] for t in triples(text)] == [("ZWE", "acquisition")]


def test_a_purchase_with_le_is_done():
    text = "2023年，中矿资源又收购了纳米比亚楚梅布冶炼厂。"
    found = extract_moves(text, ref_year=2025)
    assert [(m.host_iso3, m.move_type, m.status) for m in found] == [("NAM", "acquisition", "operating")]


def test_supplying_a_customers_plant_abroad_is_no_host():
    text = "格林美与SK On将在韩国新万金合资建设前驱体工厂。格林美表示，合资工厂将主要供应SK On在美国的电池工厂。"
    assert [t[1] for t in triples(text)] == ["KOR"]


def test_the_cost_of_building_plants_is_no_plant():
    text = "通用股份柬埔寨工厂二期项目正在建设中。业内人士认为，美国建厂成本高昂。"
    assert all(t[1] != "USA" for t in triples(text))


def test_a_sentence_opening_with_its_place_sets_the_scene():
    text = ("Gulf factories\n\nIn Saudi Arabia, two Chinese groups have signed up as partners. "
            "JinkoSolar agreed in July 2024 to form a joint venture with a local manufacturer.")
    assert triples(text) == [("jinko", "SAU", "joint_venture")]


def test_a_licensing_payer_is_the_licensee():
    text = "Pfizer agreed to pay 3SBio $1.25 billion upfront for exclusive rights to its antibody."
    assert triples(text) == [("3sbio", "USA", "licensing")]


def test_a_government_royalty_regime_is_no_licence():
    text = "Sinomine runs the Bikita mine in Zimbabwe. The government was studying a royalty regime."
    assert all(t[2] != "licensing" for t in triples(text))


def test_a_flotation_plant_is_no_listing():
    text = "Yahua has struggled to get its flotation plant in Zimbabwe to nameplate capacity."
    assert all(t[2] != "listing" for t in triples(text))


def test_halls_added_at_its_plant_are_an_expansion():
    text = "Minth will spend 80 million euros to add two production halls at its plant in Loznica, Serbia."
    assert triples(text) == [("minth", "SRB", "plant_expansion")]


def test_customers_plants_are_no_sites_of_the_firm():
    text = ("Minth runs a plant in Loznica, Serbia. \"It gives us a one-day truck run to our "
            "customers' plants in Germany,\" he said.")
    assert triples(text) == [("minth", "SRB", "greenfield_plant")]


def test_a_denial_without_a_place_answers_the_rumour():
    text = ("福耀玻璃在美国俄亥俄州设有工厂。近期有市场传言称福耀玻璃将在德国投资建厂。"
            "对此，福耀玻璃表示暂无相关计划。")
    assert ("fuyao", "DEU", "greenfield_plant") not in triples(text)


def test_the_firm_whose_shares_are_obtained_is_the_target():
    text = "根据协议，腾讯以约11.6亿欧元获得Vantage Studios约25%的股权。"
    assert [t[0] for t in triples(text)] in ([], ["tencent"])


def test_a_foreign_firm_introduced_in_brackets_stays_foreign():
    from chuhai.extract.pipeline import find_candidates
    text = "华新水泥与瑞士建材巨头豪瑞（Holcim）签署协议。近年来，豪瑞陆续退出了印度市场。"
    kinds = {c.text: c.kind for c in find_candidates(text, "zh")}
    assert kinds.get("豪瑞") == "foreign"


def test_the_plant_told_more_about_joins_the_line_added_at_it():
    text = ("China Jushi opened its fourth fibreglass line in Ain Sokhna, Egypt. The plant is "
            "located in the China-Egypt TEDA Suez zone.")
    assert triples(text) == [("jushi", "EGY", "plant_expansion")]


def test_licences_granted_by_an_authority_are_permits():
    text = ("Shenzhou International will build a plant in Tay Ninh, Vietnam. The licences were "
            "granted weeks after the United States raised tariffs.")
    assert all(t[2] != "licensing" for t in triples(text))


def test_a_legal_suffix_with_its_full_stop_names_the_registered_firm():
    text = ("In March, Jiangsu Hengrui Pharmaceuticals licensed its oral Lp(a) inhibitor "
            "HRS-5346 to Merck & Co., which paid Hengrui $200 million upfront.")
    assert triples(text, ref_year=2025) == [("hengrui", "USA", "licensing")]
