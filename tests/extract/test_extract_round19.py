"""Round 19: a sentence's last word read into the next one's "the …" phrase, towns an
article places once, a filing's headline legal name, a foreign investor's money taken in,
goods shipped to others' plants, what a purchase brought with it, sites brought into
production, a denial after "but says", firms inside a subject's description, and a chain's
branches. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import moves, triples


def test_a_sentence_ending_in_a_noun_does_not_make_the_next_ones_plant_a_known_one():
    # "the template. Its plant" once read as "the … plant" (a plant told before)
    text = ("Battery makers dig in\n\nOthers follow. Gotion set the template. Its plant at "
            "Arnstadt near Erfurt began producing cells at the end of 2022.")
    assert ("gotion", "DEU", "greenfield_plant") in triples(text)


def test_a_town_the_article_places_once_is_that_country_later():
    text = ("Sunwoda agreed to sell its pack facility in Dundalk, Ireland, to a local buyer.\n\n"
            "Sunwoda also runs a module plant in Hungary.\n\n"
            "The sale does not affect Sunwoda's separate cell plant in Dundalk, which opened in 2023.")
    assert moves(text)[("sunwoda", "IRL", "greenfield_plant")].city == "Dundalk"


def test_a_town_placed_in_china_stays_at_home():
    text = "Chery builds cars in Dalong, China, for export. It also plans a second plant in Dalong."
    assert triples(text) == []


def test_the_headline_legal_name_that_spells_the_filers_short_name_is_the_filer():
    text = ("洛阳栾川钼业集团股份有限公司关于收购海外铜矿的公告\n\n"
            "股票代码：603993　股票简称：洛阳钼业　编号：2025—031\n\n"
            "本次交易完成后，洛阳栾川钼业集团股份有限公司将获得厄瓜多尔某铜矿项目100%权益。")
    found = triples(text)
    assert ("cmoc", "ECU", "acquisition") in found
    assert not any(c == "股票代码" for c, _, _ in found)


def test_a_price_in_the_currency_where_the_target_is_listed_does_not_place_the_purchase():
    text = ("紫金矿业拟以每股1.2加元的价格收购加拿大多伦多证券交易所上市公司Solaris Resources全部股份，"
            "交易对价约8亿加元。")
    assert not any(h == "CAN" for _, h, _ in triples(text))


def test_a_foreign_investors_money_taken_in_is_the_firms_financing_abroad():
    en = ("Qatar has taken another route. QIA Holdings, backed by the emirate's government, "
          "injected $1.1 billion into XPeng in 2024.")
    zh = "2024年，卡塔尔投资局旗下基金两次认购小鹏汽车新股，合计约11亿美元。"
    assert ("xpeng", "QAT", "financing") in triples(en)
    assert ("xpeng", "QAT", "financing") in triples(zh)


def test_a_chinese_investor_putting_money_into_a_chinese_firm_is_no_financing_abroad():
    text = "Tencent injected $500 million into NIO in 2020, the company said in Shanghai."
    assert not any(t == "financing" for _, _, t in triples(text))


def test_shares_bought_with_a_licence_are_part_of_the_licence():
    text = ("恒瑞医药宣布将其一款抗体在中国以外地区的权益授权给美国默沙东公司，首付款2亿美元。"
            "默沙东同时将以1亿美元认购恒瑞医药的新股。")
    assert not any(t == "financing" for _, _, t in triples(text))


def test_customers_plants_that_goods_were_shipped_to_are_not_the_sellers():
    text = ("LONGi said it had shipped its Hi-MO 9 modules to projects in the Gulf, including "
            "two utility-scale plants in Oman and Qatar.")
    assert triples(text) == []


def test_a_plant_named_after_goods_sold_in_another_clause_stands():
    text = "BYD said it sold 3,000 cars to customers in Brazil last year, and its plant in Camacari will start production in 2025."
    assert ("byd", "BRA", "greenfield_plant") in triples(text)


def test_where_a_plants_goods_go_is_not_where_the_plant_is():
    text = ("Tsingshan developed the Weda Bay Industrial Park in North Maluku in 2018, and GEM Co. "
            "operates a nickel plant inside the park, shipping intermediate products to its factories in China.")
    assert ("gem", "IDN", "greenfield_plant") in triples(text)


def test_plants_a_purchase_brought_with_it_are_part_of_the_purchase():
    text = ("In Europe, Midea took control of German robot maker Kuka in 2017 in a deal worth about "
            "€4.5 billion, giving it plants in Augsburg and Hungary.")
    found = triples(text)
    assert ("midea", "DEU", "acquisition") in found
    assert not any(t == "greenfield_plant" for _, _, t in found)


def test_a_purchase_through_which_a_move_was_made_is_not_a_second_move():
    text = ("In Argentina, the group took over the Mariana lithium project through its C$480 million "
            "purchase of Canada's Bacanora Lithium in 2021. Ganfeng said so.")
    found = [x for x in triples("Ganfeng Lithium is expanding. " + text) if x[0] == "ganfeng"]
    assert ("ganfeng", "CAN", "acquisition") not in found


def test_a_mine_brought_into_production_is_a_site_of_its_own_beside_a_purchase():
    text = ("In Serbia, Zijin has run the Bor complex since acquiring a 63% stake in 2018 and has "
            "brought the Majdanpek copper mine into production nearby.")
    found = moves(text)
    assert ("zijin", "SRB", "acquisition") in found
    assert found[("zijin", "SRB", "greenfield_plant")].status == "operating"


def test_a_plant_to_be_put_into_production_is_planned():
    found = moves("Chery will put the plant in Barcelona into production in 2026.")
    assert found[("chery", "ESP", "greenfield_plant")].status == "announced"


def test_a_firm_described_with_what_the_subject_bought_is_the_object():
    text = "Weichai has run Germany's Kion, the forklift maker it acquired in 2012, as its European base."
    assert ("weichai", "DEU", "acquisition") in triples(text)


def test_a_denial_after_but_says_leaves_the_facts_before_it():
    text = ("Sany still owns Germany's Putzmeister, acquired in 2012, and sells heavily in the Gulf "
            "but says it has no plans for new factories abroad this year.")
    assert ("sany", "DEU", "acquisition") in triples(text)


def test_a_concession_after_though_still_hedges_the_clause_before_it():
    text = ("Alibaba has been weighing an investment of $5 billion in data centers in Vietnam, "
            "according to a person with knowledge of the matter, though no decision has been made.")
    assert not any(h == "VNM" for _, h, _ in triples(text))


def test_a_firm_inside_the_subjects_description_is_not_the_subject():
    text = "Minth Group, a trim supplier to Tesla, has been building a factory in the state of Nuevo Leon."
    assert ("minth", "MEX", "greenfield_plant") in triples(text)


def test_anothers_stake_in_the_firm_is_no_purchase_of_the_firms():
    text = ("Huaxin Cement, the Hubei group in which Switzerland's Holcim has long held a large stake, "
            "runs a $150 million plant in Zambia.")
    found = triples(text)
    assert ("huaxin_cement", "ZMB", "greenfield_plant") in found
    assert ("huaxin_cement", "ZMB", "acquisition") not in found


def test_a_farm_co_owned_with_a_local_investor_is_a_joint_venture():
    text = ("China Power International built a wind farm in Kazakhstan's Zhambyl region, which it "
            "co-owns with Kazakh investor Visor.")
    assert ("cpi_holding", "KAZ", "joint_venture") in triples(text)


def test_a_chains_branches_beside_its_stores_are_stores():
    text = "Chagee now counts more than 100 stores in Malaysia, plus branches in Singapore and Thailand."
    found = moves(text)
    assert found[("chagee", "SGP", "retail_store")].status == "operating"
    assert ("chagee", "THA", "retail_store") in found


def test_a_chain_opening_in_a_market_opens_shops_there():
    text = ("Luckin Coffee opened in Singapore in 2023 and now runs more than 50 stores in Malaysia.")
    assert ("luckin", "SGP", "retail_store") in triples(text)


def test_a_plant_that_opened_in_a_year_is_no_market_entry():
    text = "Chagee opened its first store in Kuala Lumpur. The plant opened in 2019 in Thailand."
    assert ("chagee", "THA", "retail_store") not in triples(text)


def test_a_countrys_showrooms_are_not_the_firms():
    text = "The price war that BYD started at home has spilled into Thai showrooms, where discounts angered buyers."
    assert triples(text) == []


def test_a_similar_pact_is_of_the_kind_told_just_before():
    text = ("In July 2024, JinkoSolar agreed to form a joint venture with RELC to build a solar cell "
            "plant in Saudi Arabia. TCL Zhonghuan signed a similar pact for a wafer plant.")
    assert ("tcl_zhonghuan", "SAU", "joint_venture") in triples(text)


def test_a_second_listing_beside_the_home_one_is_in_the_new_market():
    text = "Sany is big. In October 2025 it sold shares in Hong Kong, adding a second listing to its Shanghai one."
    assert ("sany", "HKG", "listing") in triples(text)


def test_a_site_being_built_is_a_plant():
    text = "CATL is growing. Its larger site in Debrecen, Hungary, budgeted at €7.3bn, is still under construction."
    assert ("catl", "HUN", "greenfield_plant") in triples(text)


def test_a_base_named_by_what_it_makes_is_a_plant_but_a_customer_base_is_not():
    assert ("jinko", "VNM", "greenfield_plant") in triples(
        "JinkoSolar is big. Its integrated wafer, cell and module base in Quang Ninh, Vietnam, ships to the US.")
    assert triples("Pop Mart has a loyal customer base in Thailand.") == []


def test_models_going_on_sale_are_no_listing():
    text = "小鹏汽车2024年进入阿联酋，在迪拜开出了中东首家品牌展厅，G6、G9随后上市。"
    found = triples(text)
    assert ("xpeng", "ARE", "retail_store") in found
    assert ("xpeng", "ARE", "listing") not in found


def test_the_venture_headquartered_abroad_is_there_and_outside_china_is_nowhere():
    text = "零跑与Stellantis于2023年成立合资公司零跑国际，总部设在阿姆斯特丹，负责零跑在中国以外的销售。"
    assert ("leapmotor", "NLD", "joint_venture") in triples(text)


def test_a_firm_named_in_full_is_its_short_name_later():
    text = "敬业集团的经历则更为曲折。2020年，敬业收购了破产的英国钢铁公司。"
    assert ("jingye", "GBR", "acquisition") in triples(text)


def test_a_product_or_a_form_field_is_no_firm():
    text = ("海南钧达新能源科技股份有限公司关于投资建设阿曼电池基地的公告\n\n"
            "证券代码：002865　证券简称：钧达股份\n\n注册地址：阿曼苏哈尔自由区\n\n"
            "目前，公司N型电池产品已批量出口至印度、土耳其等市场。此外，公司拟发行H股股票并在香港联合交易所主板上市。")
    found = triples(text)
    assert not any(c in ("N型电池产品", "注册地址") for c, _, _ in found)
    assert ("drinda", "HKG", "listing") in found


def test_a_plant_and_its_second_phase_told_in_one_sentence_are_two_moves():
    text = "新易盛同样看好泰国。公司泰国工厂自投产以来产能利用率保持高位，今年公司公告拟追加投资建设泰国二期项目。"
    found = triples(text)
    assert ("eoptolink", "THA", "greenfield_plant") in found
    assert ("eoptolink", "THA", "plant_expansion") in found


def test_a_first_overseas_shop_is_a_store():
    assert ("heytea", "SGP", "retail_store") in triples("喜茶2018年在新加坡开出第一家海外店。")


def test_a_line_added_at_that_site_is_an_expansion():
    text = ("Minth said its subsidiary in Mexico, which has operated a plant for several years, "
            "will add a dedicated battery-housing line at that site.")
    found = triples(text)
    assert ("minth", "MEX", "plant_expansion") in found
    assert ("minth", "MEX", "greenfield_plant") in found
