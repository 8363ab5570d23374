"""Round 17: a venture described before its noun, a home factory that is not the site's
place, capacity added at a facility of another kind, a price paid a year before its object,
a takeover told with "taking over", and where a bought firm is listed. The sentences are
written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_a_venture_between_firms_with_its_size_before_the_noun_is_a_joint_venture():
    text = ("Prabowo broke ground on a battery cell factory in Karawang, Indonesia, to be built with "
            "China's CATL. The plant is part of a US$5.9 billion integrated venture between CATL, "
            "Indonesia Battery Corporation and Antam.")
    assert ("catl", "IDN", "joint_venture") in triples(text)
    assert ("catl", "IDN", "greenfield_plant") not in triples(text)


def test_home_factories_named_later_in_the_sentence_are_not_the_sites_place():
    text = ("JAKARTA, June 29, 2025 -\n\nGEM Co. operates a nickel plant inside the park, "
            "shipping intermediate products to its cathode factories in China.")
    assert ("gem", "IDN", "greenfield_plant") in triples(text)


def test_capacity_added_at_existing_data_centres_is_a_data_centre_move():
    text = ("Alibaba Cloud will also add capacity at its existing data centers in Mexico and Japan, "
            "it said on Wednesday.")
    found = triples(text)
    assert ("alibaba_cloud", "MEX", "data_center") in found
    assert ("alibaba_cloud", "JPN", "data_center") in found
    assert not any(t == "plant_expansion" for _, _, t in found)


def test_a_price_paid_in_a_year_for_a_firm_is_a_purchase():
    text = "Ganfeng also paid US$962 million in 2022 for Lithea, the owner of a brine project in Salta, Argentina."
    assert ("ganfeng", "ARG", "acquisition") in triples(text)


def test_taking_over_a_foreign_listed_developer_buys_its_asset_where_it_is():
    text = ("Zijin Mining is completing its 3Q project in Catamarca, Argentina, which it obtained in 2022 by "
            "taking over the Canadian-listed developer Neo Lithium for about US$750 million.")
    found = triples(text)
    assert ("zijin", "ARG", "acquisition") in found
    assert ("zijin", "CAN", "acquisition") not in found


def test_taking_over_as_chief_executive_buys_nothing():
    text = "Li Wei, who is taking over as chief executive of BYD Europe in Germany, said little."
    assert not any(t == "acquisition" for _, _, t in triples(text))


def test_a_plant_developed_with_a_local_partner_is_a_joint_venture():
    text = ("China Power International Holding runs the 100-megawatt Zhanatas wind farm in the Zhambyl "
            "region, developed with local partner Visor Holding, which has supplied the grid since 2021.")
    assert ("cpi_holding", "KAZ", "joint_venture") in triples(text)


def test_the_country_after_chinese_firms_is_the_article_country_not_china():
    text = ("ASTANA, July 14, 2025 -\n\nKazakhstan is deepening energy cooperation with Chinese companies.\n\n"
            "In June, the government named China National Nuclear Corporation (CNNC) to lead the consortium "
            "for the country's second nuclear power plant, after Russia's Rosatom was chosen for the first.")
    found = triples(text)
    assert ("cnnc", "KAZ", "construction_contract") in found
    assert not any(h == "RUS" for _, h, _ in found)


def test_a_line_leading_to_a_city_is_built_where_it_runs_by_every_builder_named():
    text = ("BELGRADE, May 2025 -\n\nThe Belgrade-Novi Sad section of the line to Budapest, built by China "
            "Railway International and China Communications Construction Company, opened in March 2022.")
    found = triples(text)
    assert ("cccc", "SRB", "construction_contract") in found
    assert not any(h == "HUN" for _, h, _ in found)


def test_a_described_subject_is_the_one_firm_its_sentence_named():
    text = ("Lima's other distributor, Luz del Sur, has been owned by China Three Gorges Corp since 2020, "
            "when the state-owned hydropower group bought it from U.S.-based Sempra Energy for $3.59 billion.")
    assert ("china_three_gorges", "PER", "acquisition") in triples(text)


def test_a_sellers_country_before_its_stake_is_not_the_host():
    text = ("China Southern Power Grid International has agreed to buy Italian utility Enel's controlling "
            "stake in its Peruvian power distribution business for about $2.9 billion.")
    found = triples(text)
    assert ("csg_intl", "PER", "acquisition") in found
    assert ("csg_intl", "ITA", "acquisition") not in found


def test_a_project_held_in_partnership_with_a_local_firm_is_a_joint_venture():
    text = ("COSCO Shipping Ports, which has held 60% of the Chancay port project north of Lima, Peru, since "
            "2019 in partnership with local miner Volcan, is due to open the terminal in November.")
    assert ("cosco_ports", "PER", "joint_venture") in triples(text)


def test_an_interest_held_in_a_foreign_block_is_a_purchase():
    text = "中国海洋石油集团有限公司（下称中国海油）持有圭亚那Stabroek区块25%权益，是这一深水油田的三大股东之一。"
    assert ("cnooc", "GUY", "acquisition") in triples(text)


def test_two_firms_joined_by_yu_that_each_take_a_share_both_move():
    text = "2019年11月巴西区块拍卖中，中国海油与中国石油天然气集团（下称中国石油）各获得Búzios油田5%权益。"
    found = triples(text)
    assert ("cnooc", "BRA", "acquisition") in found
    assert ("cnpc", "BRA", "acquisition") in found


def test_an_oil_field_development_project_is_a_site():
    text = "在非洲，由中国海油担任作业者的乌干达翠鸟油田开发项目仍在建设中。"
    assert ("cnooc", "UGA", "greenfield_plant") in triples(text)


def test_a_short_name_glued_inside_a_place_name_is_not_the_firm():
    text = "宝钢股份与沙特阿美在沙特东部拉斯海尔合资建设厚板项目，宝钢股份持股50%。"
    found = triples(text)
    assert ("baosteel", "SAU", "joint_venture") in found
    assert not any(c == "haier" for c, _, _ in found)


def test_a_firm_opening_a_sentence_before_its_partner_is_the_mover():
    text = "民营钢企走得更早。德龙钢铁与青山控股在印尼莫罗瓦利工业园合资建设的德信钢铁已投产多年。"
    assert ("德龙钢铁", "IDN", "joint_venture") in triples(text)


def test_a_stake_taken_without_a_place_is_where_the_paragraph_just_was():
    text = ("11月中旬，几内亚西芒杜铁矿首批矿石装船运往中国。中国宝武钢铁集团（下称中国宝武）参股了北部"
            "1、2号矿块的开发主体。")
    assert ("baowu", "GIN", "acquisition") in triples(text)


def test_the_paragraph_place_does_not_reach_a_home_town_or_a_region():
    home = ("美国霍尼韦尔在济南设立区域研发中心。省内企业也在加快产业升级，潍柴动力在潍坊投资建设的"
            "大缸径发动机新工厂年内投产。")
    assert not any(c == "weichai" for c, _, _ in triples(home))
    region = "零跑国际于2024年5月在荷兰阿姆斯特丹正式成立。零跑国际已在欧洲建立超过600家销售网点。"
    assert not any(h == "NLD" and t == "retail_store" for _, h, t in triples(region))


def test_a_report_on_a_filing_calls_the_filer_gongsi_after_a_foreign_subject():
    text = ("华新水泥（600801）近日晚间公告，公司拟以约10亿美元收购尼日利亚上市公司拉法基非洲的控股权。"
            "拉法基非洲在尼日利亚拥有多座水泥工厂。此前，公司已在塔吉克斯坦投资建设水泥工厂并已投产，"
            "并收购了坦桑尼亚马文尼水泥公司。")
    found = triples(text)
    assert ("huaxin_cement", "TJK", "greenfield_plant") in found
    assert ("huaxin_cement", "TZA", "acquisition") in found


def test_a_sellers_country_before_a_bracketed_name_holding_indirectly_is_not_the_host():
    text = "华新水泥拟收购瑞士豪瑞集团（Holcim）间接持有的尼日利亚上市公司拉法基非洲（Lafarge Africa Plc）的控股权。"
    found = triples(text)
    assert ("huaxin_cement", "NGA", "acquisition") in found
    assert ("huaxin_cement", "CHE", "acquisition") not in found


def test_the_nationality_of_a_firm_selling_what_it_holds_is_not_the_host():
    text = ("赣锋国际于2024年10月与澳大利亚上市公司Leo Lithium Limited签署股权转让协议，拟以3.427亿美元收购"
            "Leo Lithium持有的马里锂业40%股权。")
    assert not any(h == "AUS" for _, h, _ in triples(text))


def test_a_project_at_another_town_of_the_country_is_another_site():
    text = ("赣锋锂业（002460）公告称，公司与Lithium Argentina合资开发的阿根廷胡胡伊省Cauchari-Olaroz盐湖项目已于"
            "2023年投产；位于萨尔塔省的Mariana盐湖项目正处于建设阶段。")
    found = triples(text)
    assert ("ganfeng", "ARG", "joint_venture") in found
    assert ("ganfeng", "ARG", "greenfield_plant") in found


def test_a_stake_held_together_with_named_partners_is_a_venture_where_the_project_is():
    text = ("中国港湾承建的尼日利亚莱基深水港于2023年1月开港。中国港湾同时持有项目公司股权，与新加坡Tolaram集团、"
            "拉各斯州政府共同持股。")
    found = triples(text)
    assert ("chec", "NGA", "joint_venture") in found
    assert not any(h == "SGP" for _, h, _ in found)


def test_capacity_of_a_given_size_planned_abroad_is_a_plant():
    text = "钧达股份（002865.SZ）同样在阿曼规划了5GW高效电池产能。"
    assert ("drinda", "OMN", "greenfield_plant") in triples(text)


def test_a_foreign_firms_venture_with_a_chinese_firm_is_its_move_and_its_own_factory_no_part_of_it():
    text = ("Dixon Technologies, India's largest electronics contract manufacturer, agreed in December to form a "
            "joint venture in India with Chinese smartphone maker Vivo in which Dixon will hold 51% and the Chinese brand 49%. The venture will take over part of the production now done at Vivo's own factory in "
            "Greater Noida, on the outskirts of Delhi.")
    found = [(c.lower(), h, t) for c, h, t in triples(text)]
    assert ("vivo", "IND", "joint_venture") in found
    assert ("vivo", "IND", "greenfield_plant") in found
    assert ("vivo", "IND", "acquisition") not in found



def test_the_city_is_not_the_home_town_a_firm_is_listed_in():
    text = ("EVE Energy is building a factory in Debrecen, Hungary. Semcorp, the separator maker listed in "
            "Shenzhen as Yunnan Energy New Material, is also building a plant in the city.")
    assert ("semcorp", "HUN", "greenfield_plant") in triples(text)


def test_firms_listed_each_with_its_date_and_one_that_also_listed_share_the_market():
    text = "港股同样热闹。茶百道2024年4月、古茗今年2月先后登陆港交所，沪上阿姨也在今年5月完成上市。"
    found = triples(text)
    for firm in ("chapanda", "guming", "hushang_ayi"):
        assert (firm, "HKG", "listing") in found


def test_a_regional_headquarters_set_abroad_is_an_office_not_the_firms_home():
    text = "迈瑞医疗是其中的代表。迈瑞的北美总部设在美国新泽西州，海外收入约占公司总收入四成。"
    assert ("mindray", "USA", "office_hq") in triples(text)


def test_this_firm_described_after_its_name_is_the_firm_not_firms_in_general():
    text = "百济神州走得更远。这家总部位于瑞士巴塞尔的中国创新药企，2024年在美国新泽西州霍普韦尔启用了生物药生产基地。"
    assert ("beigene", "USA", "greenfield_plant") in triples(text)


def test_a_foreign_firm_paying_upfront_for_rights_licenses_from_the_chinese_owner():
    text = ("Pfizer agreed to pay $1.25 billion upfront for rights to SSGJ-707, 3SBio's PD-1/VEGF bispecific "
            "antibody, outside China.")
    assert ("3sbio", "USA", "licensing") in triples(text)


def test_taxes_collected_upfront_license_nothing_and_an_equity_stake_received_buys_nothing():
    assert not triples("Temu said platforms in Brazil collect taxes upfront in exchange for faster customs clearance.")
    text = ("Last year Hengrui licensed a portfolio of GLP-1 obesity assets to Kailera Therapeutics, a U.S. startup, "
            "for $110 million upfront plus an equity stake in the biotech.")
    found = triples(text)
    assert ("hengrui", "USA", "licensing") in found
    assert ("hengrui", "USA", "acquisition") not in found


def test_money_raised_from_an_investor_is_financing_and_in_the_capital_is_the_city_named():
    text = ("Construction of the plant is under way in Riyadh, Saudi Arabia, the executive said. Lenovo is also setting up "
            "its regional headquarters for the Middle East and Africa in the capital. Electric carmaker NIO raised "
            "$2.2 billion from Abu Dhabi's CYVN Holdings in December 2023.")
    found = triples(text)
    assert ("lenovo", "SAU", "office_hq") in found
    assert ("nio", "ARE", "financing") in found


def test_the_capital_a_firm_puts_up_is_money_not_a_place():
    text = ("CATL will build a plant in Zaragoza, Spain, with Stellantis. A joint venture limits the capital it has to "
            "put up in Europe.")
    assert not any(h != "ESP" for _, h, _ in triples(text))


def test_plants_a_foreign_business_owns_are_not_the_buyers_new_plants():
    text = ("今年4月，美的集团完成对瑞士Arbonia集团旗下气候业务的收购。Arbonia气候业务在德国、波兰等地拥有热泵和暖通工厂，"
            "美的希望借此补齐短板。")
    found = triples(text)
    assert ("midea", "CHE", "acquisition") in found
    assert not any(t == "greenfield_plant" for _, _, t in found)


def test_the_agreement_refers_back_to_the_firms_deal():
    text = ("BYD signed a $1 billion investment agreement with the Turkish government in July 2024 for a plant in "
            "Manisa. The agreement also includes a research and development center in Türkiye.")
    assert ("byd", "TUR", "rnd_center") in triples(text)
