"""Rules of the sixth round (heldout9 and heldout12 released for development): one
behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

import pytest

from chuhai.extract.phrase import outlet_like, person_like, phrase_like
from tests.extract.helpers import triples


# -- names that are not firms ------------------------------------------------------------
@pytest.mark.parametrize("fragment", ["集中度高", "卖家告诉记者", "加强合规经营", "持有", "对本",
                                      "该项目为", "如博世", "整体协调人可"])
def test_clause_fragments_read_as_phrases(fragment):
    assert phrase_like(fragment)


@pytest.mark.parametrize("name", ["泡泡玛特", "蜜雪冰城", "极氪", "名创优品", "喜茶", "顺丰",
                                  "新希望", "极兔速递", "海辰储能", "运达股份", "石头科技",
                                  "亿纬锂能", "天合光能", "蔚来", "古茗", "沪上阿姨"])
def test_coined_firm_names_do_not(name):
    assert not phrase_like(name)


def test_a_person_who_speaks_is_no_firm():
    assert person_like("曾毓群", "曾毓群说，公司将在匈牙利建厂。")
    assert not person_like("周大福", "周大福在泰国开设了门店。")
    assert not person_like("曾毓群", "这是一段没有提到他的话。")


def test_an_outlet_is_known_by_its_reporter():
    assert outlet_like("界面新闻", "界面新闻记者 | 某某\n")
    assert not outlet_like("美的集团", "美的集团宣布收购。")


def test_a_market_described_by_a_brand_noun_has_no_mover():
    text = ("一位家电行业分析师对界面新闻表示，欧洲厨电市场品牌集中度高，"
            "“通过收购本地品牌进入，比从零开始做品牌更快。”")
    assert triples(text) == []


def test_a_seller_telling_a_reporter_is_no_mover():
    text = "一位深圳跨境电商卖家告诉记者，今年以来，其在美国海外仓的备货量增加了约三成。"
    assert triples(text) == []


def test_a_founder_named_alone_is_not_the_mover():
    text = ("叶国富最近很忙。去年，名创优品在美国净增门店超过100家。"
            "叶国富的解释是，美国市场值得投入。")
    assert all(t[0] != "叶国富" for t in triples(text))


def test_an_outlet_that_learned_the_news_is_no_mover():
    text = "界面新闻获悉，8月12日，美的集团公告称，拟收购西班牙厨电企业Teka多数股权。"
    assert triples(text) == [("midea", "ESP", "acquisition")]


def test_a_stake_bought_is_no_firm():
    text = "2022年，公司以约9.62亿美元完成收购瑞丰矿业公司全部股权，从而获得其在萨尔塔省的两个盐湖项目。"
    assert all(t[0] != "全部股权" for t in triples(text))


# -- where -------------------------------------------------------------------------------
def test_the_region_after_a_section_on_another_country_is_not_that_country():
    text = ("United Kingdom: Pop Mart opened its flagship store on Oxford Street in London in May.\n\n"
            "Middle East: Pop Mart will open its first store in the region in Dubai in the fourth quarter.")
    assert ("pop_mart", "ARE", "retail_store") in triples(text)


def test_the_region_after_a_region_is_that_region():
    text = ("Zijin opened a processing plant in Bor, in eastern Serbia. It is the largest "
            "investor in the region.")
    assert triples(text) == [("zijin", "SRB", "greenfield_plant")]


# -- what --------------------------------------------------------------------------------
def test_a_contract_to_roll_out_a_network_is_a_construction_contract():
    text = ("Tashkent, June 11, 2025 - ZTE Corporation signed a $120 million contract with "
            "the state operator to roll out 5G base stations across Uzbekistan.")
    assert triples(text) == [("zte", "UZB", "construction_contract")]


def test_a_price_paid_for_a_business_is_an_acquisition():
    text = ("Jinchuan Group paid $1.5 billion for Anglo American's niobium and phosphates "
            "businesses in Brazil.")
    assert triples(text) == [("jinchuan", "BRA", "acquisition")]


def test_paying_wages_or_tariffs_buys_nothing():
    assert triples("Chery will pay 30% tariffs on cars shipped to Brazil.") == []


def test_the_sellers_home_is_not_the_host():
    text = ("Lima, November 15, 2024 - Luz del Sur, the distributor that China Three Gorges Corp "
            "bought from US-based Sempra Energy in 2020, serves the south of the capital.")
    assert triples(text) == [("china_three_gorges", "PER", "acquisition")]


def test_an_owner_named_in_a_passive_keeps_its_own_relative_clause():
    text = ("Lima, November 15, 2024 - The terminal, 80km north of the capital, is controlled by "
            "Cosco Shipping Ports, which bought a 60% stake in the project in 2019.")
    assert triples(text) == [("cosco_ports", "PER", "acquisition")]


def test_an_owner_in_an_appositive_is_still_not_the_subject():
    text = "Zeekr, majority owned by China's Geely, said it would build a plant in Slovakia."
    assert triples(text) == [("zeekr", "SVK", "greenfield_plant")]


def test_a_title_case_dateline_with_its_date_frames_the_article():
    text = ("Power deals\n\nLima, November 15, 2024 (BNamericas) - China Three Gorges bought "
            "a power distributor in 2020.")
    assert triples(text) == [("china_three_gorges", "PER", "acquisition")]


def test_a_capitalised_dateline_may_spell_out_the_month():
    text = "Power deals\n\nLIMA, November 15, 2024 - China Three Gorges bought a power distributor."
    assert triples(text) == [("china_three_gorges", "PER", "acquisition")]


def test_a_number_inside_a_firms_name_counts_no_deals():
    text = "Power deals\n\nLIMA, Nov 15, 2024 - China Three Gorges bought the distributor."
    assert triples(text) == [("china_three_gorges", "PER", "acquisition")]


def test_a_legal_form_after_a_registered_name_belongs_to_it():
    text = "Power deals\n\nLIMA, Nov 15, 2024 - China Three Gorges Corp bought the distributor."
    assert triples(text) == [("china_three_gorges", "PER", "acquisition")]


def test_a_country_naming_rivals_or_tariffs_is_no_host():
    text = ("Alibaba Cloud is stepping up construction of data centers outside China, betting "
            "that customers will pay for computing power that US rivals cannot supply.")
    assert triples(text) == []


def test_a_country_after_in_stays_a_host_even_before_a_noun():
    text = "Alibaba Cloud will open a data center in US government-approved space in Virginia."
    assert ("alibaba_cloud", "USA", "data_center") in triples(text)


def test_a_dateline_after_the_headline_frames_the_article():
    text = ("Nickel producers expand\n\n"
            "JAKARTA, June 29 (Reuters) - Nickel producer Lygend Resources & Technology operates "
            "an HPAL plant on Obi island with local partner Harita Group.")
    assert triples(text) == [("lygend", "IDN", "greenfield_plant")]


def test_stakes_in_ventures_are_joint_ventures():
    text = ("JAKARTA, June 29 (Reuters) - CATL's unit Brunp Recycling will hold stakes in the "
            "smelting and recycling ventures in Indonesia.")
    assert triples(text) == [("brunp", "IDN", "joint_venture")]


def test_looking_for_a_site_is_no_move():
    text = ("Carmakers race\n\nBARCELONA - SAIC Motor, which sells the MG brand, has said it is "
            "looking for a site for a European factory but has not announced a decision.")
    assert triples(text) == []


def test_a_listing_takes_no_host_from_the_dateline():
    text = ("Interview\n\nLAS VEGAS, Sept 10, 2025 - Hithium is preparing to go public. "
            "We filed our listing application in March.")
    assert all(t[1] != "USA" for t in triples(text))


# -- what kind of move -------------------------------------------------------------------
def test_a_plant_agreed_with_partner_firms_is_a_joint_venture():
    text = ("In 2023, Huayou agreed with Vale Indonesia and Ford Motor to build a $4.5 billion "
            "HPAL plant at Pomalaa in Southeast Sulawesi.")
    assert triples(text) == [("huayou", "IDN", "joint_venture")]


def test_a_plant_agreed_with_a_government_stays_a_plant():
    assert triples("BYD agreed with the Hungarian government to build a plant in Szeged.") == \
        [("byd", "HUN", "greenfield_plant")]
    assert triples("BYD has also agreed with Ankara to build a $1 billion factory in Manisa, "
                   "western Turkey.") == [("byd", "TUR", "greenfield_plant")]


def test_a_plant_built_together_with_a_partner_in_chinese_is_a_joint_venture():
    assert triples("宁德时代与Stellantis共同投资建设一座电池工厂，位于西班牙萨拉戈萨。") == \
        [("catl", "ESP", "joint_venture")]


# -- who -------------------------------------------------------------------------------
def test_a_firm_described_as_a_chinese_firms_company_is_chinese():
    text = ("Appliance jobs\n\nLAFAYETTE, Ga. - Nordhaus Appliances, a Haier company, will spend "
            "$115 million to expand its cooking products plant in LaFayette.")
    assert triples(text) == [("Nordhaus Appliances", "USA", "plant_expansion")]


def test_a_firm_owned_by_a_chinese_firm_is_chinese():
    text = "Nexwave, owned by China's Wingtech, will build a chip plant in Hamburg, Germany."
    assert triples(text) == [("Nexwave", "DEU", "greenfield_plant")]


def test_a_dateline_may_follow_a_byline_and_a_date():
    text = ("Appliance jobs\n\nBy A Reporter, County Messenger\nJune 11, 2025\n\n"
            "LAFAYETTE, Ga. - Haier will spend $115 million to expand its cooking products plant.")
    assert triples(text) == [("haier", "USA", "plant_expansion")]


def test_jobs_added_at_a_named_plant_are_an_expansion():
    text = "Haier to invest $115 million, add 300 jobs at LaFayette plant in Georgia, U.S."
    assert triples(text) == [("haier", "USA", "plant_expansion")]


def test_a_city_then_a_country_based_describes_the_buyer():
    text = ("In 2016 Haier, the Qingdao, China-based appliance giant, bought GE Appliances "
            "from General Electric for $5.6 billion.")
    assert triples(text) == [("haier", "USA", "acquisition")]


def test_georgia_in_an_american_story_is_the_state():
    text = ("Jobs\n\nLAFAYETTE, Ga. - Haier will expand its plant in LaFayette. Georgia lawmakers "
            "last year passed a law on foreign land ownership; Haier will also build a new "
            "warehouse plant in Georgia.")
    assert all(t[1] == "USA" for t in triples(text))


# -- expansions and doubts -------------------------------------------------------------
def test_doubling_a_plant_is_an_expansion():
    assert triples("Exclusive: CATL to double Hungarian battery plant as European orders pick up") == \
        [("catl", "HUN", "plant_expansion")]


def test_more_money_into_a_plant_is_an_expansion():
    assert triples("BAIC to pump more money into Coega plant in South Africa") == \
        [("baic", "ZAF", "plant_expansion")]


def test_doubling_a_workforce_builds_nothing():
    assert triples("BYD will double its workforce in Mexico.") == []


def test_still_studying_is_no_move():
    text = ("SAIC Motor, which sells MG cars in Mexico, has said it is still studying the "
            "possibility of local production but has made no decision.")
    assert triples(text) == []


def test_discussions_over_a_plant_are_no_move():
    text = ("Chery said it was in discussions with Nissan over the Japanese carmaker's Rosslyn "
            "plant north of Pretoria.")
    assert triples(text) == []


def test_a_contractor_named_beside_a_carmaker_wins_no_contract():
    text = "比亚迪卡马萨里工厂建设期间曾因劳工问题受到当地检察机关调查，比亚迪及承包商已整改。巴西工厂今年投产。"
    assert all(t[2] != "construction_contract" for t in triples(text))


def test_a_foreign_builder_after_you_is_the_agent():
    text = ("东非方面，中国土木工程集团有限公司承建的坦桑尼亚标准轨距铁路第六标段建设正酣。"
            "此前，坦桑尼亚标轨铁路第一、二标段由土耳其Yapı Merkezi公司承建，已于去年通车运营。")
    assert triples(text) == [("ccecc", "TZA", "construction_contract")]


def test_a_verb_after_a_firm_noun_is_no_name():
    assert phrase_like("承建")


def test_the_sellers_country_in_chinese_is_not_the_host():
    text = ("非洲方面，赣锋锂业此前已实现对马里Goulamina锂辉石矿项目的全资控股。2024年，公司以3.427亿美元"
            "收购澳大利亚Leo Lithium所持该项目剩余40%的权益，交易已于当年年底完成。")
    assert triples(text) == [("ganfeng", "MLI", "acquisition")]


def test_financial_assets_raise_no_money():
    text = "赣锋锂业预计亏损，主要受所持金融资产公允价值变动影响。公司在阿根廷的项目已投产。"
    assert all(t[2] != "financing" for t in triples(text))


def test_a_short_name_defined_in_brackets_is_the_firm():
    text = ("中国铁建所属中国土木工程集团有限公司（中土集团）近日与尼日利亚拉各斯州政府签署轻轨项目合同，"
            "合同金额约10亿美元。中土集团表示，项目将于明年开工。")
    assert triples(text) == [("ccecc", "NGA", "construction_contract")]


def test_a_ticker_in_brackets_defines_no_name():
    text = "Yadea Group (1585.HK) opened a plant in Karawang, Indonesia. 1585 rose 2%."
    assert triples(text) == [("yadea", "IDN", "greenfield_plant")]


# -- filings -----------------------------------------------------------------------------
FILING = ("紫金矿业集团股份有限公司 有关收购哈萨克斯坦Raygorodok金矿项目之公告\n\n"
          "董事会欣然宣布，本公司全资附属公司金山（香港）国际矿业有限公司（「买方」）与独立第三方卖方订立股权转让协议，"
          "据此，买方有条件同意收购目标公司100%股权，代价约为12亿美元。\n\n"
          "目标公司透过其附属公司持有位于哈萨克斯坦共和国北哈萨克斯坦州的Raygorodok金矿项目。\n\n"
          "于2023年，本集团已完成收购苏里南Rosebel金矿95%权益，代价为3.6亿美元。")


def test_a_unit_named_with_its_place_in_brackets_is_a_firm():
    assert ("金山（香港）国际矿业有限公司", "KAZ", "acquisition") in triples(FILING)


def test_what_the_target_owns_is_no_plant_of_the_buyer():
    assert all(t[2] != "greenfield_plant" for t in triples(FILING))


def test_the_group_in_a_filing_is_its_issuer():
    assert ("zijin", "SUR", "acquisition") in triples(FILING)


def test_a_plan_after_naming_the_target_stays_the_buyers():
    text = ("九江德福科技股份有限公司关于收购卢森堡铜箔公司100%股权的公告\n\n"
            "本次交易完成后，公司计划依托标的公司现有技术团队，在卢森堡维尔茨设立欧洲研发中心。")
    assert any(t[1:] == ("LUX", "rnd_center") for t in triples(text))


# -- after the registry grew -------------------------------------------------------------
def test_a_foreign_firm_a_chinese_group_bought_is_no_chinese_mover():
    # the guidelines count firms headquartered in mainland China or Hong Kong: GE
    # Appliances (Louisville) and Volvo Cars (Gothenburg) are foreign firms with Chinese
    # owners, and their own plants are no Chinese moves abroad
    text = ("Appliance jobs\n\nLAFAYETTE, Ga. - GE Appliances, a Haier company, will spend $115 million "
            "to expand its cooking products plant in LaFayette.")
    assert triples(text) == []


def test_a_foreign_firm_holding_a_stake_is_not_the_chinese_partners_purchase():
    text = ("The project in Pomalaa is a joint venture between Zhejiang Huayou Cobalt and PT Vale "
            "Indonesia, with U.S. carmaker Ford Motor holding a minority stake.")
    assert triples(text) == [("huayou", "IDN", "joint_venture")]


def test_a_lending_bank_is_not_the_mover():
    text = ("贝特瑞公告称，其位于印度尼西亚中爪哇省肯达尔工业园的负极材料项目，已获得由中国银行牵头、"
            "多家银行组成的银团提供的3亿美元贷款。")
    assert all(t[0] != "bank_of_china" for t in triples(text))


def test_a_consortium_leader_is_still_the_buyer():
    text = ("In 2019 a consortium led by Anta completed the €4.6 billion takeover of Helsinki-based "
            "Amer Sports.")
    assert triples(text) == [("anta", "FIN", "acquisition")]


def test_a_customers_site_is_not_the_host():
    text = ("FLORENCE, South Carolina, June 12 - AESC paused its plant in Florence. The plant was "
            "meant to supply cells for BMW's nearby Spartanburg assembly complex.")
    assert all(t[1] == "USA" for t in triples(text))
    from chuhai.extract import extract_moves
    assert {m.city for m in extract_moves(text)} <= {"Florence", "Florence County", None}


def test_a_superlative_for_a_continent_names_no_owner():
    text = "CATL is building what it says will be Europe's largest battery factory in Debrecen, Hungary."
    assert triples(text) == [("catl", "HUN", "greenfield_plant")]


def test_listing_its_shares_is_a_listing_even_after_the_company():
    text = ("CATL agreed with Stellantis to build a plant in Zaragoza. In May the company listed its "
            "shares in Hong Kong, raising about HK$41 billion.")
    assert ("catl", "HKG", "listing") in triples(text)


def test_a_place_in_a_units_name_is_no_short_name():
    text = ("中伟新材料股份有限公司拟通过全资子公司中伟新材料（香港）有限公司，与摩洛哥Al Mada集团下属公司"
            "共同出资设立合资公司，在摩洛哥建设电池材料项目。")
    assert all(t[0] != "香港" for t in triples(text))


def test_a_revoked_mining_permit_is_no_licence():
    text = "几内亚收紧监管，阿联酋环球铝业旗下几内亚氧化铝公司（GAC）的出口一度中断，其采矿许可证随后被吊销。"
    assert all(t[2] != "licensing" for t in triples(text))


def test_an_alumina_refinery_is_a_plant():
    text = "杭州锦岚集团今年1月与印尼合作方签约，计划在印尼西加里曼丹省新建一座年产200万吨的氧化铝厂。"
    assert ("杭州锦岚集团", "IDN", "greenfield_plant") in triples(text)


def test_the_company_as_a_filings_subject_opens_a_subsidiary():
    text = ("英科医疗科技股份有限公司关于设立境外子公司的公告\n\n"
            "1、公司拟在越南同奈省投资建设一次性手套生产基地。\n\n"
            "2、公司拟在美国加利福尼亚州设立全资子公司，主要负责美国市场的产品销售。")
    assert ("intco", "USA", "office_hq") in triples(text)


def test_a_state_firms_legal_name_resolves_to_its_short_name():
    from chuhai.reference.companies import Registry
    reg = Registry.default()
    assert reg.resolve("中国远洋海运集团有限公司").company_id == reg.resolve("中远海运").company_id
    assert reg.resolve("中国电力国际控股有限公司").company_id == reg.resolve("中电国际").company_id


def test_a_groups_unit_abroad_is_named_as_such():
    text = ("JSC Uzbekhydroenergo and China Gezhouba Group International Engineering signed an EPC "
            "contract for a pumped storage plant in Bostanliq district, Uzbekistan.")
    assert [t[0] for t in triples(text)] == ["China Gezhouba Group International Engineering"]


def test_a_shareholders_agreement_with_partner_firms_to_build_a_mill_is_a_joint_venture():
    text = ("Baosteel signed a shareholders' agreement with Saudi Aramco and the Public Investment "
            "Fund to build an integrated steel plate mill at Ras Al-Khair in Saudi Arabia.")
    assert triples(text) == [("baosteel", "SAU", "joint_venture")]


def test_equipment_bought_for_a_plant_already_there_is_an_expansion():
    text = ("In 2016 HBIS bought Serbia's Smederevo steelworks. In September HBIS said it would "
            "invest 300 million euros in an electric arc furnace at the plant.")
    assert triples(text) == [("hbis", "SRB", "acquisition"), ("hbis", "SRB", "plant_expansion")]


def test_a_country_beginning_a_firms_name_after_by_is_no_host():
    text = ("In 2016 HBIS bought the Smederevo steelworks in Serbia. The plant, abandoned by U.S. "
            "Steel in 2012, has since been among Serbia's largest exporters.")
    assert triples(text) == [("hbis", "SRB", "acquisition")]


def test_a_contractor_units_plant_is_a_construction_contract():
    text = ("JSC Uzbekhydroenergo and China Gezhouba Group International Engineering signed an EPC "
            "contract for the 200 MW pumped storage power plant in Bostanliq district, Uzbekistan.")
    assert [t[2] for t in triples(text)] == ["construction_contract"]


def test_a_firm_described_as_listed_in_two_places_lists_nothing():
    text = "海底捞的海外业务则由特海国际运营。这家总部位于新加坡、在港交所和纳斯达克两地上市的公司，今年业绩增长。"
    assert all(t[2] != "listing" for t in triples(text))
