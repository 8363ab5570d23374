"""Round 21: a firm bought named before the verb that buys it, a subject going on after a
firm it owns, lists of places joined by ", in", Georgia after a town, and shares that
have traded on an exchange. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import moves, triples


def test_the_country_of_a_firm_bought_named_before_the_verb():
    found = triples("Weichai owns French engine maker Baudouin, which it bought in 2009.")
    assert ("weichai", "FRA", "acquisition") in found


def test_a_possessive_country_before_a_firm_bought_in_a_participle():
    text = ("Liugong owns Poland's HSW construction unit Dressta, acquired in 2012, and runs a "
            "plant in Indore, India.")
    found = triples(text)
    assert ("liugong", "POL", "acquisition") in found
    assert ("liugong", "IND", "greenfield_plant") in found


def test_a_town_then_a_country_before_the_verb_is_still_where_the_plant_is():
    # not "the firm bought is Rayong": the place follows "in"
    text = ("The Brazil plant is Great Wall's second big factory outside China after Rayong in "
            "Thailand, which it bought from General Motors in 2020.")
    assert ("great_wall", "THA", "greenfield_plant") in triples(text)


def test_the_home_of_a_firm_bought_named_before_the_verb():
    text = ("Ganfeng Lithium was told to sell its stake in Toronto-based Lithium Americas Corp, "
            "which it bought last year.")
    assert ("ganfeng", "CAN", "acquisition") in triples(text)


def test_places_listed_with_in_before_each():
    text = ("Sany runs its own factories in Pune, India, in Peachtree City, Georgia, and in Sao "
            "Jose dos Campos, Brazil.")
    found = moves(text)
    assert {h for (c, h, t) in found if c == "sany" and t == "greenfield_plant"} == {"IND", "USA", "BRA"}


def test_georgia_after_a_georgian_town_is_the_country():
    text = "Hualing Group, a unit of China's CITIC, opened a factory in Rustavi, Georgia."
    assert "USA" not in {h for (_, h, _) in triples(text)}


def test_shares_that_have_traded_on_an_exchange_are_a_listing():
    text = ("Zoomlion Heavy Industry, whose shares have traded in Hong Kong since 2010, makes "
            "concrete pumps in Italy.")
    assert ("zoomlion", "HKG", "listing") in triples(text)


def test_the_subject_goes_on_after_the_firm_it_owns():
    text = "XCMG owns Germany's Schwing, acquired in 2012, and runs a plant in Pouso Alegre, Brazil."
    found = triples(text)
    assert ("xcmg", "BRA", "greenfield_plant") in found
    assert ("xcmg", "DEU", "acquisition") in found
    assert ("xcmg", "BRA", "acquisition") not in found


def test_a_subjects_former_name_is_no_firm_bought():
    text = ("HBIS Group, the steelmaker formerly known as Hebei Iron & Steel, bought the "
            "loss-making Smederevo steelworks in Serbia in 2016.")
    found = triples(text)
    assert ("hbis", "SRB", "acquisition") in found
    assert ("hbis", "CHN", "acquisition") not in found


def test_a_cloud_firms_capacity_is_data_centres():
    text = ("Alibaba Cloud will open its first data centres in Brazil and France. The cloud arm "
            "also plans to add capacity in Mexico and Japan, where it already operates facilities.")
    found = triples(text)
    assert ("alibaba_cloud", "MEX", "data_center") in found
    assert ("alibaba_cloud", "MEX", "plant_expansion") not in found


def test_a_server_makers_plant_stays_a_plant():
    assert ("inspur", "MEX", "greenfield_plant") in triples(
        "Inspur will build a server factory in Monterrey, Mexico.")


def test_a_cloud_region_run_somewhere_is_a_data_centre():
    assert ("huawei_cloud", "SAU", "data_center") in triples("Huawei Cloud has run a Riyadh region since 2023.")


def test_a_region_headquarters_is_no_data_centre():
    found = triples("XCMG opened a Latin America region headquarters in Mexico City, its cloud unit said.")
    assert ("xcmg", "MEX", "data_center") not in found


def test_the_partner_described_after_yu_is_no_mover():
    text = ("晶科能源（688223）：公司与沙特公共投资基金（PIF）全资子公司RELC及Vision Industries签署合资协议，"
            "拟在沙特共同投资建设10GW电池及组件项目。")
    found = triples(text)
    assert ("jinko", "SAU", "joint_venture") in found
    assert not any(c == "relc" or c.lower().startswith("name:relc") for (c, _, _) in found)


def test_a_project_made_with_named_partners_is_a_joint_venture():
    text = ("2．华友钴业。公司与淡水河谷印尼公司、福特汽车合作的印尼波马拉高压酸浸项目建设稳步推进，"
            "该合资项目总投资约45亿美元。")
    assert ("huayou", "IDN", "joint_venture") in triples(text)


def test_the_ventures_own_name_owns_no_place_of_its_own():
    text = "吉利控股与雷诺集团合资成立的动力总成公司HORSE Powertrain总部位于英国伦敦，已于2024年正式运营。"
    assert ("geely", "GBR", "joint_venture") in triples(text)


def test_a_plant_is_no_more_about_an_office():
    text = ("BYD will move its European headquarters to Budapest, the Hungarian foreign minister "
            "said in May. The carmaker's European operations have so far been run from the "
            "Netherlands. Its car plant in Szeged, announced in December 2023, is expected to "
            "begin production later this year.")
    found = triples(text)
    assert ("byd", "HUN", "office_hq") in found
    assert ("byd", "HUN", "greenfield_plant") in found


def test_a_list_of_sites_goes_on_when_the_firm_is_named_again_in_a_later_clause():
    text = ("BYD's factory in Rayong, Thailand, opened in July 2024. A plant in Szeged, Hungary, "
            "is under construction, and BYD signed a US$1 billion agreement with Turkiye last "
            "year for a factory in Manisa.")
    found = triples(text)
    assert ("byd", "HUN", "greenfield_plant") in found
    assert ("byd", "TUR", "greenfield_plant") in found


def test_a_plant_being_built_with_partners_is_a_joint_venture():
    text = ("Its acid leach plant in Pomalaa, Southeast Sulawesi, being built with Vale Indonesia "
            "and Ford under a $4.5 billion plan, is due to start output next year, Huayou said.")
    assert ("huayou", "IDN", "joint_venture") in triples(text)


def test_a_park_a_firm_developed_with_a_local_partner_is_a_joint_venture():
    text = ("In Central Sulawesi, the Morowali industrial park that Tsingshan developed with local "
            "partner Bintang Delapan hosts dozens of smelters.")
    found = triples(text)
    assert ("tsingshan", "IDN", "joint_venture") in found
    assert ("tsingshan", "IDN", "greenfield_plant") not in found


def test_a_foreign_firms_exit_does_not_cancel_the_move():
    text = ("CATL broke ground in June on a battery plant in Karawang, Indonesia. The deal came two "
            "months after South Korea's LG Energy Solution pulled out of a larger project.")
    assert moves(text)[("catl", "IDN", "greenfield_plant")].status != "cancelled"


def test_a_foreign_firm_owned_with_its_country_named_is_an_acquisition():
    text = "Geely, which has owned Sweden's Volvo Cars since 2010, pays the duty on the EX30."
    move = moves(text)[("geely", "SWE", "acquisition")]
    assert move.status == "operating"


def test_a_firm_owned_without_its_country_is_no_move():
    text = ("Wanhua Chemical, the Yantai-based giant that owns BorsodChem, will invest HUF 180 "
            "billion to raise capacity at the Kazincbarcika site in Hungary.")
    found = triples(text)
    assert ("wanhua", "HUN", "plant_expansion") in found
    assert ("wanhua", "HUN", "acquisition") not in found


def test_a_brand_on_a_product_is_no_subject():
    text = ("Chery began assembling Omoda-badged SUVs in Barcelona late last year through its "
            "joint venture with local firm Ebro.")
    found = triples(text)
    assert ("chery", "ESP", "joint_venture") in found
    assert ("omoda", "ESP", "joint_venture") not in found


def test_a_venture_between_a_described_foreign_firm_and_a_chinese_one():
    text = ("In July the government cleared a joint venture between Dixon Technologies, India's "
            "largest electronics contract manufacturer, and Chinese smartphone designer Longcheer, "
            "in which the Chinese company will hold 26%.")
    assert ("longcheer", "IND", "joint_venture") in triples(text)


def test_a_list_of_sites_goes_on_past_a_sentence_about_money():
    text = ("BYD's plant in Rayong, Thailand, has been producing since July 2024. BYD's chairman "
            "said demand there was strong. A passenger-car plant in Szeged, Hungary, is also being "
            "built.")
    assert ("byd", "HUN", "greenfield_plant") in triples(text)


def test_a_plant_in_a_new_paragraph_is_no_list_item():
    text = ("BYD's plant in Rayong, Thailand, has been producing since July 2024. BYD has committed "
            "money to its site in Camacari.\n\nA passenger-car plant in Szeged, Hungary, is also "
            "being built.")
    assert ("byd", "HUN", "greenfield_plant") not in triples(text)


def test_a_base_called_by_its_place_is_a_plant():
    text = "药明生物表示，爱尔兰邓多克基地运营稳定，新加坡基地正在建设中。"
    found = moves(text)
    assert found[("wuxi_biologics", "IRL", "greenfield_plant")].status == "operating"
    assert found[("wuxi_biologics", "SGP", "greenfield_plant")].status == "under_construction"


def test_a_research_base_is_no_plant():
    found = triples("药明生物表示，新加坡研发基地正在建设中。")
    assert ("wuxi_biologics", "SGP", "greenfield_plant") not in found


def test_a_base_of_an_expansion_told_elsewhere_is_no_new_plant():
    text = "容百科技计划扩建韩国忠州工厂。容百科技表示，韩国基地的产品将主要供应韩国及北美客户。"
    assert ("ronbay", "KOR", "greenfield_plant") not in triples(text)


def test_the_buyer_goes_on_after_the_firm_it_bought_has_its_own_clause():
    text = ("海信集团方面，公司2018年收购的斯洛文尼亚家电企业Gorenje已扭亏为盈，墨西哥蒙特雷工业园的冰箱、"
            "空调产线运营正常。")
    assert ("hisense", "MEX", "greenfield_plant") in triples(text)


def test_a_customer_supplied_is_no_subject():
    text = ("CATL said on Friday its 2024 net profit rose 15%. The world's biggest battery maker has "
            "supplied BMW and other carmakers from its plant in Arnstadt, in Germany's Thuringia "
            "state, since late 2022.")
    assert ("catl", "DEU", "greenfield_plant") in triples(text)


def test_a_customer_with_a_clause_of_its_own_keeps_its_plant():
    text = "CATL supplies BMW, which is building a car plant in Debrecen, Hungary."
    assert ("catl", "HUN", "greenfield_plant") not in triples(text)


def test_the_sellers_country_is_never_the_host():
    text = ("In Mali, Ganfeng Lithium's Goulamina mine shipped its first spodumene in early 2025. "
            "Ganfeng took full control of the project in 2024 when it bought out Australian partner "
            "Leo Lithium's remaining 40% for about US$343 million.")
    found = triples(text)
    assert ("ganfeng", "MLI", "acquisition") in found
    assert ("ganfeng", "AUS", "acquisition") not in found


def test_markets_a_plants_output_radiates_to_are_no_sites():
    text = ("长安汽车泰国罗勇生产基地正式竣工投产。长安方面表示，二期将把产能提升至20万辆，产品将辐射东盟、"
            "澳大利亚、英国等右舵市场。")
    hosts = {h for (c, h, _) in triples(text) if c == "changan"}
    assert "THA" in hosts
    assert not hosts & {"AUS", "GBR"}
