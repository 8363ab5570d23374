"""Round 18: a filing's defined names for itself ("the Company", "本公司", a header's stock
code), a bought firm's home told in another sentence, a venture "between" firms or "with the
company", placements in Hong Kong dollars, growing a facility of another kind, firms named
as examples, listings said of another firm, and rumours nobody knows of. The sentences are
written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


FILING_EN = (
    'This announcement is made by Zhejiang Sanhua Intelligent Controls Co., Ltd. (the "Company", '
    'together with its subsidiaries, the "Group") on a voluntary basis.\n\n'
    "THE TRANSACTION\n"
    'The board of directors of the Company (the "Board") announces that, on 3 March 2025, a '
    "wholly-owned subsidiary of the Company signed a sale and purchase agreement with Aalberts N.V., "
    'pursuant to which the Group has agreed to acquire the entire share capital of the companies '
    'holding the Wieland Thermal business (the "Target") for a consideration of EUR180 million '
    '(the "Acquisition").\n\n'
    "INFORMATION ON THE TARGET\n"
    "Wieland Thermal is a maker of industrial heat exchangers founded in 1920 and headquartered in "
    "Herne, Germany.\n\n"
    "In 2017, a consortium led by the Company completed the acquisition of Aweco Appliance Systems, "
    "the Vienna-based maker of dishwasher pumps.")


def test_an_english_filings_defined_name_for_itself_is_the_issuer():
    found = triples(FILING_EN)
    assert ("sanhua", "AUT", "acquisition") in found


def test_a_bought_firms_home_told_in_another_sentence_places_the_purchase():
    # the target's home is only in "INFORMATION ON THE TARGET", not in the deal's sentence
    found = triples(FILING_EN)
    assert ("sanhua", "DEU", "acquisition") in found
    assert not any(h == "NLD" for _, h, _ in found)  # the seller Aalberts is Dutch


def test_a_defined_term_label_is_no_new_deal():
    from chuhai.extract.core import extract_moves
    moves = [m for m in extract_moves(FILING_EN, min_confidence=0) if m.host_iso3 == "DEU"]
    assert moves and all(m.evidence["move_type"].quote != "Acquisition" for m in moves)


FILING_ZH = ("证券代码：002050　　证券简称：三花智控　　公告编号：2025-031\n\n"
             "浙江三花智能控制股份有限公司关于对外投资的公告\n\n"
             "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\n"
             "一、合作方基本情况\n"
             "电装株式会社为日本上市公司，是全球主要的汽车零部件企业之一。"
             "电装总部位于日本爱知县，在全球设有200余家子公司。"
             "电装与公司已在泰国合资建设热管理部件工厂。\n\n"
             "二、公司海外业务情况\n"
             "公司在墨西哥新莱昂州建设的制冷部件工厂已于2023年投产。")


def test_a_filing_header_with_a_stock_code_makes_gongsi_the_issuer():
    assert ("sanhua", "MEX", "greenfield_plant") in triples(FILING_ZH)


def test_a_foreign_firms_venture_with_the_filer_is_the_filers():
    assert ("sanhua", "THA", "joint_venture") in triples(FILING_ZH)


def test_a_foreign_firms_venture_with_a_named_chinese_firm_and_not_its_partner():
    # a Chinese subject with a Chinese partner after 与: the subject's move, not the partner's
    text = "2018年，格林美与青山控股集团等合作方在印度尼西亚莫罗瓦利合资设立镍资源公司。"
    found = triples(text)
    assert ("gem", "IDN", "joint_venture") in found
    assert ("tsingshan", "IDN", "joint_venture") not in found


def test_a_traditional_filing_defining_its_legal_name_is_the_headlines_firm():
    text = ("洛陽鉬業：自願性公告\n\n"
            "洛陽欒川鉬業集團股份有限公司（「本公司」）於2019年完成收購總部設於瑞士日內瓦的金屬貿易商IXM。")
    found = triples(text)
    assert ("cmoc", "CHE", "acquisition") in found
    assert all(c == "cmoc" for c, _, _ in found)


def test_a_placement_priced_in_hong_kong_dollars_is_financing_in_hong_kong():
    text = "3月4日，比亚迪完成一笔约435亿港元的H股配售，所得资金将用于海外业务拓展。"
    assert ("byd", "HKG", "financing") in triples(text)


def test_an_ipos_over_allotment_is_no_placement():
    text = "按行使超额配售权后计算，宁德时代此次全球发售募资约410亿港元。"
    assert ("catl", "HKG", "financing") not in triples(text)


def test_expanding_a_data_centre_is_a_data_centre_move():
    text = "阿里云宣布，计划在未来一年内于日本和马来西亚新增或扩建数据中心。"
    found = triples(text)
    assert ("alibaba_cloud", "JPN", "data_center") in found
    assert ("alibaba_cloud", "MYS", "data_center") in found
    assert not any(t == "plant_expansion" for _, _, t in found)


def test_a_cloud_computing_region_is_a_data_centre():
    text = "2023年，腾讯云宣布在沙特建设中东地区首个云计算区域。"
    assert ("tencent_cloud", "SAU", "data_center") in triples(text)


def test_owning_half_of_a_mine_is_a_stake():
    text = "Zijin Mining has owned half of Colombia's Buriticá gold mine since 2020."
    assert ("zijin", "COL", "acquisition") in triples(text)


def test_firms_named_as_examples_of_listings_each_listed():
    text = ("The Hong Kong exchange has seen a string of large listings by mainland companies this "
            "year, including appliance maker Midea Group and Zijin Gold International.")
    found = triples(text)
    assert ("midea", "HKG", "listing") in found
    assert ("zijin_gold", "HKG", "listing") in found


def test_a_firm_listed_at_a_place_is_not_the_buyers_listing_nor_its_host():
    text = "洛阳钼业今年4月宣布，拟以约5.81亿加元收购在多伦多上市的Lumina Gold，获得其在厄瓜多尔的Cangrejos金矿项目。"
    found = triples(text)
    assert ("cmoc", "ECU", "acquisition") in found
    assert ("cmoc", "CAN", "listing") not in found


def test_a_chinese_firm_listed_at_a_place_in_passing_is_its_listing():
    text = "其中，今年3月在香港上市的蜜雪集团首日大涨43%。"
    assert ("mixue", "HKG", "listing") in triples(text)


def test_a_rumour_nobody_knows_of_is_no_move():
    text = ("Pro-government tabloids reported in March that Chery would build a car plant near Kragujevac. "
            "The Ministry of Economy said it had \"no information\" about such a project, and Chery, "
            "which already assembles cars in Barcelona, Spain, did not respond.")
    found = triples(text)
    assert ("chery", "SRB", "greenfield_plant") not in found
    assert ("chery", "ESP", "greenfield_plant") in found


def test_a_venture_between_a_local_firm_and_a_chinese_firm_is_the_chinese_firms():
    text = ("The 1,320-megawatt plant in Payra, Bangladesh, is owned by a joint venture between the state-owned "
            "North-West Power Generation Company and China National Machinery Import & Export "
            "Corporation (CMC), set up in 2014.")
    assert ("cmc_machinery", "BGD", "joint_venture") in triples(text)


def test_the_country_a_chain_enters_is_its_object():
    text = ("Mixue Group opened its first overseas store in Hanoi, Vietnam, in 2018 and entered Indonesia "
            "in 2020, which is now its largest foreign market.")
    assert ("mixue", "IDN", "retail_store") in triples(text)


def test_the_unit_of_a_parent_is_the_unit_told_before():
    text = ("Huawei Cloud was first off the mark. The unit of Shenzhen-based Huawei Technologies "
            "launched its Riyadh cloud region in 2023.")
    found = triples(text)
    assert ("huawei_cloud", "SAU", "data_center") in found
    assert ("huawei", "SAU", "data_center") not in found


def test_a_press_releases_defined_name_or_the_company_is_the_issuer():
    text = ("SHENZHEN, China, March 12, 2025 /PRNewswire/ -- Sunwoda Electronic Co., Ltd. (\"Sunwoda\" or "
            "the \"Company\") (SZSE: 300207) today announced the opening of its cell plant in Nyiregyhaza, "
            "Hungary.\n\nAbout Sunwoda\nFounded in 1997, Sunwoda is a maker of lithium batteries. The "
            "Company operates manufacturing bases in China, India and Vietnam.")
    found = triples(text)
    assert ("sunwoda", "IND", "greenfield_plant") in found
    assert ("sunwoda", "VNM", "greenfield_plant") in found


def test_a_short_name_defined_for_a_unit_is_the_unit_not_its_parent():
    text = ("QINGDAO, China, June 3, 2025 /PRNewswire/ -- Hisense Home Appliances Group Co., Ltd. "
            "(SZSE: 000921) (\"Hisense HA\") today announced that it has agreed to acquire a 75% stake in "
            "a Slovenian compressor maker. Hisense HA also opened a refrigerator factory in Monterrey, Mexico.")
    found = triples(text)
    assert ("hisense_ha", "SVN", "acquisition") in found
    assert ("hisense_ha", "MEX", "greenfield_plant") in found
    assert not any(c == "hisense" for c, _, _ in found)


def test_a_unit_named_as_the_means_is_not_the_mover():
    text = ("证券代码：601689　　证券简称：拓普集团　　公告编号：2025-018\n\n"
            "宁波拓普集团股份有限公司（以下简称“公司”）召开董事会会议。\n\n"
            "为满足欧洲客户需求，公司拟通过全资子公司拓普欧洲有限公司在波兰下西里西亚省投资建设汽车零部件生产基地。")
    found = triples(text)
    assert ("tuopu", "POL", "greenfield_plant") in found
    assert not any(h == "POL" and c != "tuopu" for c, h, _ in found)


def test_what_a_firm_did_next_in_its_own_clause_is_a_move_of_its_own():
    text = "海信早在2015年就收购了夏普位于墨西哥的电视工厂，此后又在新莱昂州投资建设冰箱和空调工厂。"
    found = triples(text)
    assert ("hisense", "MEX", "acquisition") in found
    assert ("hisense", "MEX", "greenfield_plant") in found


def test_there_after_a_foreign_firms_nationality_is_the_place_told_before():
    text = ("When BYD bought Ford's old factory complex in Camaçari, Bahia, in 2023, local politicians hailed "
            "it as a second chance for a region hit hard by the American carmaker's exit. Two years later, "
            "the first BYD Dolphins have rolled off the line there, and the Chinese company says it will "
            "eventually make 150,000 cars a year at the site.")
    found = triples(text)
    assert ("byd", "BRA", "acquisition") in found
    assert not any(h == "USA" for _, h, _ in found)


def test_talks_of_one_firm_do_not_hedge_another_firms_clause():
    text = ("GAC is in talks with local partners about assembly in Brazil, while Chery has built cars in "
            "Jacareí since 2014 through a joint venture with the Caoa group.")
    assert ("chery", "BRA", "joint_venture") in triples(text)


def test_a_strategic_investment_taken_in_from_abroad_is_financing():
    assert ("nio", "ARE", "financing") in triples(
        "In 2023, NIO received a US$3.3 billion strategic investment from Abu Dhabi's CYVN Holdings.")
    assert ("nio", "ARE", "financing") in triples(
        "蔚来于2023年获得阿布扎比投资机构CYVN Holdings约33亿美元的战略投资。")


def test_a_strategic_investment_made_abroad_is_no_financing():
    found = triples("CATL made a strategic investment in a Hungarian battery start-up in 2024.")
    assert not any(t == "financing" for _, _, t in found)


def test_local_firms_after_yu_are_partners_not_a_generic_subject():
    text = ("赛轮轮胎6月11日晚间公告，公司拟在墨西哥投资建设轮胎项目。此前，赛轮越南工厂已于2013年投产。"
            "同日公司还公告称，拟与埃及当地企业合资设立公司，在埃及建设全钢子午线轮胎项目，公司持股60%。")
    assert ("sailun", "EGY", "joint_venture") in triples(text)


def test_an_upper_case_name_in_title_case_is_the_firm():
    # the Financial Times writes SEMCORP and CNOOC as "Semcorp" and "Cnooc"
    found = triples("Semcorp, the separator maker, started production at its €200mn plant in Debrecen, Hungary, in 2023.")
    assert ("semcorp", "HUN", "greenfield_plant") in found


def test_a_public_office_is_no_office_of_the_firm():
    text = ("Cosco Shipping Ports bought a stake in a Hamburg terminal. The deal was held up after Germany's "
            "federal cyber security office classified the terminal as critical infrastructure.")
    assert not any(t == "office_hq" for _, _, t in triples(text))


def test_a_unit_introduced_with_its_latin_name_is_the_mover():
    text = "海底捞的打法则是资本先行。其海外业务运营主体特海国际（Super Hi）于2022年底在港股上市，今年5月又登陆美国纳斯达克。"
    found = triples(text)
    assert ("特海国际", "HKG", "listing") in found
    assert not any(c == "haidilao" for c, _, _ in found)


def test_a_partner_after_a_unit_word_is_no_unit():
    text = "该项目由宁德时代旗下子公司与印尼电池公司（IBC）等合资建设。"
    assert not any(c.startswith("与") for c, _, _ in triples(text))
