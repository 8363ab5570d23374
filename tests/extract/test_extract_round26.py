"""Round 26: a firm's own pages — annual and ESG reports, a chairman's letter, a job advert,
a supplier notice — name their author on the line under the headline, and that firm is
who "the Group", "公司" and "we" are; and forms met there: reports called premature or not
confirmed, a zone authority as a deal's party, a venture "of" several partners, "the
state-owned" (no place), a drug deal named by its compound's code, "对…的收购" with the
target's home inside, a filer that leads its partners ("由公司与…"), a country
headquarters ("比亚迪巴西总部"), a builder's site office. The sentences are written for
these tests."""

from __future__ import annotations

from chuhai.extract.core import MIN_CONFIDENCE
from tests.extract.helpers import moves, triples

_REPORT_EN = ("CATL Overseas: From Supplying Carmakers to Building Beside Them\n\n"
              "Contemporary Amperex Technology Co Limited, 2024 Annual Report, Management "
              "Discussion and Analysis (excerpt)\n\n"
              "Overseas operations\n\n"
              "Germany: The Group's wholly-owned plant in Arnstadt started cell production in 2022.\n\n"
              "Hungary: Construction of the Group's second European plant, in Debrecen, is under way.\n")


def test_a_reports_author_line_names_the_group():
    found = moves(_REPORT_EN)
    assert ("catl", "DEU", "greenfield_plant") in found
    assert ("catl", "HUN", "greenfield_plant") in found
    assert found[("catl", "HUN", "greenfield_plant")].status == "under_construction"


def test_we_in_a_firms_own_letter_is_the_firm():
    text = ("Chairman's Letter: A Year of Building Abroad\n\n"
            "LONGi Green Energy 2024 Annual Report, Letter from the Chairman\n\n"
            "Dear Shareholders,\n\n"
            "Rivals such as JinkoSolar cut output in Malaysia this year. In March 2024 we signed "
            "an agreement to build a module plant in Ohio.\n")
    found = triples(text)
    # the rival named last is not who "we" are
    assert ("longi", "USA", "greenfield_plant") in found
    assert ("jinko", "USA", "greenfield_plant") not in found


def test_a_job_adverts_company_line_names_the_author():
    text = ("Process Engineer (Cell Assembly) – New Battery Plant, Debrecen, Hungary\n\n"
            "EVE Energy · Debrecen, Hajdú-Bihar, Hungary · Full-time · On-site · Posted 2 weeks ago\n\n"
            "About us\n"
            "Chinese rivals such as CATL are also hiring in the region. In 2025 we began building "
            "a cylindrical cell plant in Debrecen for European carmakers.\n")
    found = triples(text)
    assert ("eve", "HUN", "greenfield_plant") in found
    assert ("catl", "HUN", "greenfield_plant") not in found


def test_a_fronted_phrase_before_the_group_is_its_move():
    text = ("Ganfeng Lithium's Overseas Projects\n\n"
            "Ganfeng Lithium 2025 ESG Report, Chapter 2 (excerpt)\n\n"
            "Mali. Since acquiring the Goulamina lithium project in 2021, the Group has trained "
            "hundreds of local operators.\n")
    assert ("ganfeng", "MLI", "acquisition") in triples(text)


def test_a_chinese_reports_author_line_names_the_filer():
    # the brand named in the paragraph before is not the "公司" of the next one
    text = ("格林美2024年可持续发展报告：海外基地稳步推进\n\n"
            "格林美股份有限公司《2024年度可持续发展报告》（节选）\n\n"
            "韩国：公司与韩国合作伙伴推进前驱体项目的环评工作。\n\n"
            "印尼：青美邦镍资源项目由公司与青山控股等合作伙伴合资建设，位于莫罗瓦利工业园，已于2022年投产。\n\n"
            "匈牙利：2024年，公司完成对总部位于德国柏林的一家电池回收企业的收购。\n")
    found = triples(text)
    assert ("gem", "IDN", "joint_venture") in found
    assert not any(k[0] == "tsingshan" for k in found)


def test_the_home_inside_of_a_long_target_description_is_the_host():
    text = ("天齐锂业2019年年度报告：海外资源布局\n\n"
            "天齐锂业股份有限公司 2019年年度报告 管理层讨论与分析（节选）\n\n"
            "2018年，公司完成对总部位于智利圣地亚哥的锂业公司SQM部分股权的收购。\n")
    found = triples(text)
    assert ("tianqi", "CHL", "acquisition") in found


def test_reports_called_premature_or_not_confirmed_are_no_move():
    assert not triples("Reports that Jinko had decided to build a wafer plant in Oman are "
                       "premature; no such decision has been taken.")
    assert not triples("Reports in local media that BYD has been scouting land in Jalisco for an "
                       "assembly plant were not confirmed.")
    # a guard: a plan stated as fact stays
    assert ("byd", "MEX", "greenfield_plant") in triples(
        "BYD said on Monday it would build an assembly plant in Jalisco, Mexico.")


def test_a_zone_authority_is_no_venture_partner():
    text = ("In 2024 Gotion signed an investment agreement with Tangier Free Zone to build a "
            "battery plant in Morocco.")
    found = triples(text)
    assert ("gotion", "MAR", "greenfield_plant") in found
    assert ("gotion", "MAR", "joint_venture") not in found


def test_a_venture_of_several_partners_is_the_chinese_partners():
    text = ("PT Sulawesi Nickel is a joint venture of PT Vale Indonesia, China's GEM Co and "
            "Ford Motor Company, set up in 2023 to process ore in Sulawesi.")
    assert ("gem", "IDN", "joint_venture") in triples(text)


def test_the_state_owned_is_no_place():
    # "the state" would be the place named last, Thailand
    text = ("Chery Automobile overseas\n\n"
            "Chery Automobile 2024 Annual Report (excerpt)\n\n"
            "Thailand: The Group's plant in Rayong began production in 2024. Uzbekistan: The "
            "joint venture with the state automotive holding Uzavtosanoat in Jizzakh began "
            "volume production in 2024.")
    found = triples(text)
    assert ("chery", "UZB", "joint_venture") in found
    assert ("chery", "THA", "joint_venture") not in found


def test_a_deal_over_a_compound_code_is_a_licence():
    text = ("In June 2025 Innovent Biologics entered into an agreement with Japan's Takeda "
            "covering IBI363, its PD-1/IL-2 bispecific antibody.")
    assert ("innovent", "JPN", "licensing") in triples(text)


def test_a_deal_in_china_is_no_move_abroad():
    text = ("Jiangsu Hengrui Pharmaceuticals runs trials in the United States and Australia. "
            "In China, the company in-licensed an antibody from a Shanghai-based biotech.")
    assert not any(k[2] == "licensing" for k in triples(text))


def test_a_project_developed_in_a_country_is_the_developers_own():
    text = ("老挝北部的南欧江梯级水电站是中国电建在老挝开发的项目，七座电站已于2021年全部投产发电。")
    assert ("sinohydro", "LAO", "greenfield_plant") in triples(text)


def test_a_production_project_is_a_plant():
    # a plant's own word, so the move is reported at the default confidence
    text = "赛轮轮胎公告，拟在埃及投资约3亿美元，建设全钢子午线轮胎生产项目。"
    assert ("sailun", "EGY", "greenfield_plant") in triples(text, min_confidence=MIN_CONFIDENCE)


def test_a_filer_leading_a_consortium_builds():
    text = ("中国葛洲坝集团2025年社会招聘启事\n\n"
            "发布单位：中国葛洲坝集团人力资源部　2025年3月\n\n"
            "一、单位简介\n阿根廷圣克鲁斯省的水电站由公司与阿根廷当地企业组成联营体承建。\n")
    assert ("gezhouba", "ARG", "construction_contract") in triples(text)


def test_a_firms_country_headquarters_is_an_office():
    text = "比亚迪在巴伊亚州建设的工业园已投产。比亚迪巴西总部设于圣保罗州坎皮纳斯。"
    assert ("byd", "BRA", "office_hq") in triples(text)


def test_a_builders_site_office_is_no_office():
    text = ("China Road and Bridge Corporation won the contract to upgrade the highway in Kenya. "
            "The company has opened a supplier register at its site office in Naivasha.")
    found = triples(text)
    assert ("crbc", "KEN", "construction_contract") in found
    assert ("crbc", "KEN", "office_hq") not in found


def test_a_capital_weighing_tariffs_is_no_host():
    # a guard: before "the state-owned" stopped being a place, "the state" gave Spain here
    text = ("China's Chery Automobile signed an agreement to make cars in Barcelona, giving the "
            "state-owned carmaker its first production base in the European Union as Brussels weighs tariffs "
            "on Chinese electric vehicles.")
    assert not any(k[1] == "BEL" for k in triples(text))


def test_registry_names_met_in_reports():
    assert ("cmoc", "CHE", "acquisition") in triples(
        "洛阳栾川钼业集团股份有限公司于2019年完成对瑞士金属贸易商IXM的收购。")
    assert ("china_wuyi", "KEN", "construction_contract") in triples(
        "KeNHA awarded a contract for the rehabilitation of the Kakamega–Webuye road in Kenya "
        "to China Wu Yi Co., which has worked on several roads in the region.")


def test_a_report_left_unanswered_is_no_move():
    assert not any(k[1] == "IND" for k in triples(
        "近期有媒体报道称阿里云将在印度建设数据中心，阿里巴巴集团未对相关报道作出回应。"))
    assert not any(k[1] == "IND" for k in triples(
        "近期有报道称美的将在印度新建一座冰箱工厂，美的方面回应称“目前没有可以披露的信息”。"))


def test_a_home_headquarters_is_no_office_abroad():
    text = "美的在泰国春武里府的空调工厂需要持续招聘当地工程师，并把部分泰籍骨干送回顺德总部培训。"
    found = triples(text)
    assert ("midea", "THA", "office_hq") not in found
    assert ("midea", "THA", "greenfield_plant") in found


def test_a_firm_which_we_acquired_is_where_the_purchase_was():
    text = ("Haier Smart Home: our global footprint\n\n"
            "Haier Smart Home Co., Ltd. 2025 Annual Report (excerpt)\n\n"
            "GE Appliances, which we acquired in 2016 for US$5.6 billion, remains our largest "
            "overseas business.\n")
    assert ("haier", "USA", "acquisition") in triples(text)


# --- listicles, rankings and tables (heldout98's genre) ---

def test_a_tables_rows_are_moves_of_its_captions_kind():
    text = ("2025年中企赴港上市榜\n\n"
            "财经 2025年12月30日\n\n"
            "按募资规模，中国企业年内境外上市前三名如下：\n\n"
            "| 排名 | 公司 | 上市地 | 募资额 |\n"
            "| 1 | 宁德时代 | 香港 | 约410亿港元 |\n"
            "| 2 | 霸王茶姬 | 美国纳斯达克 | 约4.1亿美元 |\n"
            "| 3 | 蜜雪集团 | 香港 | 约34.5亿港元 |\n")
    found = triples(text)
    assert ("catl", "HKG", "listing") in found
    assert ("chagee", "USA", "listing") in found
    assert ("mixue", "HKG", "listing") in found


def test_an_english_league_tables_rows_and_a_partner_in_the_firms_cell():
    text = ("The year's largest China biotech out-licensing deals\n\n"
            "| Chinese company | Partner | Asset | Upfront |\n"
            "| Innovent Biologics | Takeda (Japan) | IBI363 | US$1.2bn |\n"
            "| Hansoh Pharmaceutical | Regeneron (US) | HS-20094 | US$80m |\n\n"
            "Where Chinese solar makers are building factories abroad\n\n"
            "| Company | Country | Site |\n"
            "| LONGi Green Energy (with Invenergy) | United States | Pataskala, Ohio |\n")
    found = triples(text)
    assert ("innovent", "JPN", "licensing") in found
    assert ("hansoh", "USA", "licensing") in found
    # a partner named in the firm's own cell makes the factory a venture
    assert ("longi", "USA", "joint_venture") in found
    assert ("longi", "USA", "greenfield_plant") not in found


def test_a_listing_as_a_point_in_time_is_no_listing():
    text = ("Mixue Group. The ice-cream and tea chain had about 4,800 stores outside mainland "
            "China by its listing, mostly in Indonesia and Vietnam.")
    found = triples(text)
    assert ("mixue", "IDN", "retail_store") in found
    assert ("mixue", "IDN", "listing") not in found


def test_a_ranking_entry_described_goes_on_with_its_firm():
    text = ("5. Miniso. The variety retailer's flagship in New York's Times Square is its showcase "
            "in the Americas.\n\n"
            "6. Heytea. The cheese-foam tea pioneer has stores in London.")
    found = triples(text)
    assert ("miniso", "USA", "retail_store") in found
    assert ("heytea", "GBR", "retail_store") in found


# --- embassy bulletins and chambers' newsletters (heldout97's genre) ---

def test_a_builder_hands_over_a_work():
    text = ("China State Construction Engineering Corporation has handed over the main buildings "
            "of the business district in Egypt's New Administrative Capital.")
    assert ("cscec", "EGY", "construction_contract") in triples(text)


def test_a_work_built_by_one_firm_together_with_another():
    text = ("The 10th of Ramadan City light rail, built by AVIC International together with "
            "China Railway Group Limited, has increased its daily services.")
    found = triples(text)
    assert ("avic_international", "EGY", "construction_contract") in found
    assert ("crec", "EGY", "construction_contract") in found


def test_a_park_developed_by_a_chinese_and_a_local_firm_is_their_venture():
    text = ("The Indonesia Morowali Industrial Park (IMIP), developed by Tsingshan Holding Group "
            "and Indonesia's Bintang Delapan Group since 2013, now hosts more than 50 companies.")
    assert ("tsingshan", "IDN", "joint_venture") in triples(text)
    text = ("Huayou runs an HPAL plant in Central Sulawesi. That park was developed by Tsingshan "
            "Holding Group together with Indonesia's Bintang Delapan group.")
    assert ("tsingshan", "IDN", "joint_venture") in triples(text)


def test_a_venture_of_a_local_firm_and_a_chinese_firms_subsidiary():
    text = ("President Joko Widodo attended the groundbreaking of a battery cell plant in Karawang, "
            "West Java, to be built by a joint venture of Indonesia Battery Corporation (IBC) and a "
            "subsidiary of Contemporary Amperex Technology Co. Limited (CATL).")
    found = triples(text)
    assert ("catl", "IDN", "joint_venture") in found
    assert ("catl", "IDN", "greenfield_plant") not in found


def test_a_numbered_list_of_dashed_fields_is_a_table():
    text = ("2025年中企海外建厂项目盘点\n\n"
            "记者梳理出年度项目：\n\n"
            "1. 比亚迪 — 巴西 — 卡马萨里乘用车基地 — 约55亿雷亚尔，7月首批车辆下线\n"
            "2. 海尔 — 埃及 — 斋月十日城生态园 — 约1.6亿美元，已投产\n"
            "3. 宁德时代 — 中国河南 — 洛阳基地 — 国内项目\n")
    found = triples(text)
    assert ("byd", "BRA", "greenfield_plant") in found
    assert ("haier", "EGY", "greenfield_plant") in found
    assert not any(k[1] == "CHN" for k in found)


def test_a_list_of_the_years_deals_and_one_that_never_happened():
    text = ("The 10 transactions that defined 2024\n\n"
            "Our list ranks the year's outbound deals by value.\n\n"
            "1. Haier Smart Home — United States — Carrier's commercial refrigeration arm — US$775 million\n"
            "2. Luxshare Precision — Germany — 50.1% of cable maker Leoni — not disclosed\n"
            "3. JD.com — Britain — possible offer for Currys — no deal\n")
    found = triples(text)
    assert ("haier", "USA", "acquisition") in found
    assert ("luxshare", "DEU", "acquisition") in found
    assert not any(k[0] == "jd" for k in found)


def test_a_step_taken_after_funding_is_a_move_of_its_own():
    text = "蔚来获得阿布扎比投资机构CYVN注资后，于2023年底宣布将在阿布扎比设立先进技术研发中心。"
    assert ("nio", "ARE", "rnd_center") in triples(text)


def test_a_report_not_formally_answered_is_no_move():
    text = "此外，有报道称比亚迪在墨西哥的建厂计划已经暂缓，公司方面未正式回应。"
    assert not any(k[1] == "MEX" for k in triples(text))


def test_an_asset_named_before_places_a_later_move():
    text = ("Timeline: Chinese miners in Africa\n\n"
            "LONDON, March 2025 -\n\n"
            "The key moments:\n\n"
            "- December 2020: CMOC agrees to buy a 95% stake in the Kisanfu copper-cobalt project "
            "in the Democratic Republic of Congo for US$550 million.\n"
            "- December 2021: Zhejiang Huayou Cobalt agrees to buy the Arcadia lithium project at "
            "Goromonzi, east of Harare, for about US$422 million.\n"
            "- Mid-2023: CMOC's Kisanfu mine starts producing copper and cobalt.\n"
            "- 2023: Huayou commissions a processing plant at Arcadia able to treat 4.5 million "
            "tonnes of ore a year.\n")
    found = moves(text)
    assert ("huayou", "ZWE", "greenfield_plant") in found
    assert found[("huayou", "ZWE", "greenfield_plant")].evidence["host_iso3"].quote == "Arcadia"


def test_a_share_owned_of_a_site_is_a_stake():
    found = triples("Zijin Mining owns 39.6% of the Kamoa-Kakula copper complex in Congo.")
    assert ("zijin", "COD", "acquisition") in found
    assert ("zijin", "COD", "greenfield_plant") not in found
    # a guard: a share held with a partner stays a venture
    assert ("cosco_ports", "PER", "joint_venture") in triples(
        "COSCO Shipping Ports, which has held 60% of the Chancay port project in Peru since 2019 "
        "in partnership with local miner Volcan, is due to open the terminal in November.")


def test_a_decision_put_off_or_a_plant_studied_is_no_move():
    text = ("比亚迪此前表示，将在美国大选之后再决定墨西哥建厂事宜，目前尚未确定厂址。"
            "上汽集团也曾表示研究在墨西哥建设工厂，但未公布具体计划。")
    assert not triples(text)
    # a guard: a plan stated is a move
    assert ("saic", "MEX", "greenfield_plant") in triples("上汽集团表示将在墨西哥建设工厂。")


# --- guards from the round's review: the new rules stay where they belong ---

def test_a_dashed_sentence_is_no_table():
    text = ("BYD opens plant in Brazil\n\n"
            "Great Wall Motor — the maker of Haval SUVs — reported record sales in Thailand.\n")
    assert not any(k[0] == "great_wall" for k in triples(text))


def test_a_news_lede_under_the_headline_names_no_author():
    text = ("Chinese carmakers step up abroad\n\n"
            "Chery Automobile posted record profit as exports rose, analysts said.\n\n"
            "Geely said the company would open an office in Istanbul, Turkey.\n")
    assert not any(k[0] == "chery" for k in triples(text))


def test_a_chip_code_is_no_drug():
    text = "Lenovo signed a partnership with Nvidia on GB200 servers for data centres in the US."
    assert not any(k[2] == "licensing" for k in triples(text))


def test_work_under_way_is_no_developers_plant():
    text = "华为在沙特正在积极开发的云计算项目预计明年上线。"
    assert ("huawei", "SAU", "greenfield_plant") not in triples(text)
