"""Round 23: interviews (a speaker's label is no firm; the interviewee's "we" is the firm
the interview is with), "I can't comment" as an answer to a rumour, and a cloud firm's
sites and facilities as data centres. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples

_INTERVIEW = (
    "Interview: Huawei Cloud's Asia chief on sovereignty and the Gulf\n\n"
    "Q: Rivals are moving fast in the region.\n\n"
    "A: They are. Tencent Cloud opened its Jakarta region in 2021. We went in earlier, "
    "through our 2020 joint venture with a Saudi telecom group.\n\n"
    "Q: And Malaysia?\n\n"
    "A: We opened our first data centre in Kuala Lumpur in 2019.\n")


def test_the_interviewees_we_is_the_firm_the_interview_is_with():
    found = triples(_INTERVIEW)
    assert ("huawei_cloud", "SAU", "joint_venture") in found
    assert ("huawei_cloud", "MYS", "data_center") in found
    assert ("tencent_cloud", "SAU", "joint_venture") not in found
    assert ("tencent_cloud", "IDN", "data_center") in found


def test_we_outside_an_interview_still_refers_back():
    found = triples("Tencent Cloud opened its Jakarta region in 2021. \"We opened our first "
                    "data centre in Kuala Lumpur in 2019,\" a spokesman said.")
    assert ("tencent_cloud", "MYS", "data_center") in found


def test_a_speakers_label_is_no_firm():
    text = ("对话一位锂矿老兵\n\n晚点：津巴布韦呢？\n\n老王：那是另一种打法，直接收购。"
            "华友钴业2021年底宣布收购Arcadia锂矿。\n\n晚点：还有人在买吗？\n\n老王：少了。\n")
    assert not any(c == "晚点" for c, _, _ in triples(text))


def test_i_cant_comment_leaves_a_rumour_unconfirmed():
    text = ("Interview: Alibaba Cloud's chief on chips\n\n"
            "Q: There are reports that ByteDance plans a large data center in Thailand.\n\n"
            "A: I can't comment on other companies.\n\n"
            "Q: Where next?\n\nA: Latin America.\n")
    assert ("bytedance", "THA", "data_center") not in triples(text)


def test_a_cloud_firms_facilities_are_data_centres():
    found = triples("Alibaba Cloud opened its first data center in Mexico in February. In "
                    "September it added plans for new facilities in Brazil and France. Its "
                    "Bangkok site, opened in 2022, is one of its busiest.")
    assert {("alibaba_cloud", "BRA", "data_center"), ("alibaba_cloud", "FRA", "data_center"),
            ("alibaba_cloud", "THA", "data_center")} <= set(found)


def test_a_carmakers_site_is_no_data_centre():
    found = triples("BYD opened its plant in Rayong in 2024. Its Bangkok site, opened in "
                    "2022, is a showroom.")
    assert not any(t == "data_center" for _, _, t in found)


def test_a_capital_written_for_its_government_is_no_host():
    found = triples("BYD will build a $1 billion car plant in Manisa, Turkey, handing it a second "
                    "production base days after Brussels slapped tariffs on Chinese-made cars.")
    assert ("byd", "BEL", "greenfield_plant") not in found
    found = triples("CATL raised $4.6 billion in its Hong Kong listing for a European expansion "
                    "that has drawn scrutiny in Washington.")
    assert ("catl", "USA", "listing") not in found and ("catl", "HKG", "listing") in found


def test_a_capital_as_a_place_is_still_a_host():
    found = triples("Tencent opened a European office in Brussels in 2019, as officials in "
                    "Brussels weighed new rules.")
    assert ("tencent", "BEL", "office_hq") in found


def test_teaming_up_on_a_venture_is_a_joint_venture():
    found = triples("CATL is also teaming up with state-owned Indonesia Battery Corp. on a "
                    "battery supply chain venture in Indonesia.")
    assert ("catl", "IDN", "joint_venture") in found


def test_the_owner_of_a_brand_acts():
    found = triples("SAIC, whose MG brand has long been built in Chonburi through a joint "
                    "venture with Charoen Pokphand Group, is now the old hand.")
    assert ("saic", "THA", "joint_venture") in found
    assert not any(c == "mg_motor" for c, _, _ in found)


def test_a_project_with_partners_listed_with_deng_is_a_joint_venture():
    found = triples("华友钴业与青山集团等合作的华越镍钴湿法冶炼项目位于印尼莫罗瓦利工业园，已稳定运营多年。")
    assert ("huayou", "IDN", "joint_venture") in found
    assert ("huayou", "IDN", "greenfield_plant") not in found


def test_this_firm_listed_there_is_its_own_listing():
    found = triples("2023年，泡泡玛特在曼谷开出泰国首店。这家2020年底在港交所上市的公司，如今的海外门店已铺到欧美。")
    assert ("pop_mart", "HKG", "listing") in found


def test_a_bought_firm_listed_there_is_still_no_listing():
    found = triples("紫金矿业宣布收购在多伦多上市的公司Neo Lithium。")
    assert not any(t == "listing" for _, _, t in found)


def test_a_short_name_before_a_year_is_the_firm_named_in_full():
    found = triples("一个月后，长城汽车位于圣保罗州伊拉塞马波利斯的工厂正式投产。"
                    "这座工厂是长城2021年从梅赛德斯-奔驰手中收购的。")
    assert ("great_wall", "BRA", "acquisition") in found


def test_an_unknown_firm_after_yu_is_the_partner():
    found = triples("奇瑞则是老巴西，早在2017年就与当地汽车经销集团CAOA成立合资公司。")
    assert ("chery", "BRA", "joint_venture") in found
    assert not any(c == "CAOA" for c, _, _ in found)


def test_a_customers_plant_supplied_is_no_move():
    found = triples("容百科技近日公告称，公司与VinES签订长期供货协议，为上述越南河静电池工厂供应正极材料。")
    assert ("ronbay", "VNM", "greenfield_plant") not in found


def test_equity_financing_is_no_stake_bought():
    text = ("3月25日，小米集团公告称，以每股53.25港元配售8亿股新股，募资约425亿港元。"
            "这是小米2018年上市以来规模最大的一次股权融资。联想则引入沙特资金。")
    found = triples(text)
    assert not any(c == "xiaomi" and t == "acquisition" for c, _, t in found)
    assert ("xiaomi", "SAU", "financing") not in found


def test_the_first_phase_in_production_is_a_plant():
    found = triples("恩捷股份拟在匈牙利德布勒森建设二期项目。恩捷匈牙利一期项目已于2024年投产。")
    assert ("semcorp", "HUN", "greenfield_plant") in found


def test_a_bought_firms_project_abroad_is_the_host():
    found = triples("CMOC Group agreed in April to buy Canada's Lumina Gold, which is developing "
                    "the Cangrejos gold project in Ecuador, for C$581 million.")
    assert ("cmoc", "ECU", "acquisition") in found
    assert ("cmoc", "CAN", "acquisition") not in found


def test_a_town_named_like_a_firm_is_a_place():
    found = triples("华友钴业亦宣布将在科马罗姆-埃斯泰尔戈姆州的奥克斯建设锂电正极材料工厂。")
    assert ("huayou", "HUN", "greenfield_plant") in found
    assert not any(c == "aux" for c, _, _ in found)


def test_a_unit_running_the_business_abroad_is_the_mover():
    found = triples("餐饮企业也在借道资本市场。海底捞海外业务主体特海国际去年5月在纳斯达克完成双重上市。")
    assert ("特海国际", "USA", "listing") in found
    assert ("haidilao", "USA", "listing") not in found


def test_a_stake_in_daimler_or_ubisoft_is_in_their_home_country():
    assert ("geely", "DEU", "acquisition") in triples("吉利早在2018年就斥资约90亿美元入股戴姆勒，成为其最大单一股东之一。")
    assert ("tencent", "FRA", "acquisition") in triples(
        "今年3月，腾讯宣布出资11.6亿欧元，入股育碧新设立的子公司，持有其25%股权。")


def test_a_contractor_building_a_stadium_has_a_contract():
    found = triples("Chinese-owned factories are busy across Serbia. In Belgrade, PowerChina is "
                    "building the national stadium meant to anchor Expo 2027.")
    assert any(h == "SRB" and t == "construction_contract" for _, h, t in found)


def test_a_production_and_research_base_is_a_plant():
    found = triples("百济神州走的是另一条路：它在美国新泽西州霍普韦尔建的生产和研发基地2024年启用，投资约8亿美元。")
    assert ("beigene", "USA", "greenfield_plant") in found
    assert ("beigene", "USA", "rnd_center") not in found


def test_a_makers_campus_abroad_is_a_plant():
    found = triples("立讯精密在越南北江省的工厂已是其重要海外生产基地，歌尔股份在越南北宁省的园区也已运营多年。")
    assert ("goertek", "VNM", "greenfield_plant") in found


def test_a_brands_nationality_is_no_host():
    found = triples("Chagee opened its first overseas outlet in Kuala Lumpur in 2019. A Malaysian "
                    "franchise operator who runs four Chagee outlets said customers asked whether "
                    "this was a Taiwanese brand.")
    assert not any(h == "TWN" for _, h, _ in found)


def test_a_bought_makers_nationality_is_still_the_host():
    found = triples("Midea Group has completed its acquisition of Teka Group, the Spanish maker of "
                    "ovens and kitchen sinks.")
    assert ("midea", "ESP", "acquisition") in found


def test_a_chinese_firm_described_after_a_foreign_subject_is_the_one_set_aside():
    text = ("Tencent agreed to buy a 25% stake in a new Ubisoft subsidiary. Reports had suggested "
            "a buyout of the whole company; Stellantis never confirmed those talks. The investment "
            "is the Shenzhen-based group's largest bet in European gaming since it bought "
            "Sheffield-based Sumo Group in 2022.")
    assert ("tencent", "GBR", "acquisition") in triples(text)


def test_goods_made_under_contract_abroad_are_a_move_of_type_other():
    found = triples("造车新势力则更多选择轻资产模式。小鹏汽车今年起委托麦格纳在奥地利格拉茨工厂生产部分车型，供应欧洲市场。")
    assert ("xpeng", "AUT", "other") in found
    assert ("xpeng", "AUT", "greenfield_plant") not in found
    found = triples("Xpeng has skipped factory building altogether: since August it has been "
                    "paying Magna Steyr, the Austrian arm of Canada's Magna International, to "
                    "assemble its G6 and G9 SUVs in Graz.")
    assert ("xpeng", "AUT", "other") in found and ("xpeng", "AUT", "greenfield_plant") not in found


def test_a_foreign_firm_assembling_a_chinese_firms_cars_works_for_it():
    found = triples("Xpeng signed an agreement with Magna Steyr last year. Magna began assembling "
                    "Xpeng's G6 and G9 SUVs at its plant in Graz, Austria, in the third quarter.")
    assert ("xpeng", "AUT", "other") in found
    assert ("xpeng", "AUT", "greenfield_plant") not in found


def test_a_joint_venture_plant_is_no_contract():
    found = triples("奇瑞与西班牙Ebro公司签约，在巴塞罗那原日产工厂成立合资公司，当年底即开始组装车型。")
    assert ("chery", "ESP", "joint_venture") in found
    assert ("chery", "ESP", "other") not in found


def test_a_unit_named_with_its_country_before_its_owner_acts():
    found = triples("Carmakers are following a similar script. MG Motor India, SAIC's local arm, "
                    "which bought GM's Halol plant in Gujarat in 2017, sold a 35% stake to India's "
                    "JSW Group in 2024.")
    assert ("mg_motor", "IND", "acquisition") in found
    assert ("saic", "IND", "acquisition") not in found


def test_a_foreign_firms_venture_with_a_chinese_firm_is_in_the_foreign_firms_country():
    found = triples("Dixon Technologies, India's largest contract manufacturer, agreed in late 2024 "
                    "to set up a joint venture with Vivo; the deal still awaits approval. Dixon's "
                    "display-module venture with HKC won clearance last year.")
    assert ("hkc", "IND", "joint_venture") in found


def test_the_place_asked_about_is_where_the_answers_moves_are():
    text = ("对话一位锂矿老兵\n\n晚点：哪些项目做成了？\n\n老王：能出货的才算。\n\n晚点：津巴布韦呢？\n\n"
            "老王：那是另一种打法，直接收购。华友钴业2021年底宣布以4.22亿美元收购Arcadia锂矿。\n")
    assert ("huayou", "ZWE", "acquisition") in triples(text)


def test_bought_it_outright_in_colloquial_chinese():
    found = triples("Goulamina那边，赣锋2024年还花了约3.4亿美元把合作方Leo Lithium在马里的剩下的权益买了下来。")
    assert ("ganfeng", "MLI", "acquisition") in found


def test_storing_data_is_no_store():
    assert ("bytedance", "IRL", "retail_store") not in triples("TikTok stores European users' data in Dublin.")
    found = triples("In Europe, TikTok stores users' data at a facility in Dublin that came online in 2023.")
    assert ("bytedance", "IRL", "data_center") in found


def test_the_clients_a_firm_serves_make_no_moves():
    found = triples("Tencent launched a cloud region in Saudi Arabia earlier this year, serving "
                    "clients including food-delivery app Keeta and local game studios in Riyadh.")
    assert ("tencent", "SAU", "data_center") in found
    assert not any(c == "meituan" for c, _, _ in found)


def test_a_chinese_contract_makers_own_plant_is_a_plant():
    found = triples("Luxshare, a contract manufacturer for Apple, is building a plant in Bac Giang, "
                    "Vietnam.")
    assert ("luxshare", "VNM", "greenfield_plant") in found
    assert ("luxshare", "VNM", "other") not in found
