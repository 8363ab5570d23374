"""Round 24: a licensee's own plant in its relative clause, a "joint effort" with a named
partner, the leader of a consortium that built a work, a sentence's own region, a
superlative description of the firm just named, goods bought from a place, and a few
Chinese forms (a verb phrase ending in 控股, a partner's short name in brackets, a company
notice that disowns a rumour). The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_a_licensees_plant_in_its_own_clause_is_not_the_licensors():
    found = triples("Gotion will earn fees under a licensing agreement signed in 2024 with "
                    "Ford, which is building a large sodium-ion battery plant in "
                    "Chattanooga, Tennessee, using Gotion's designs.")
    assert ("gotion", "USA", "licensing") in found
    assert ("gotion", "USA", "greenfield_plant") not in found


def test_a_joint_effort_with_a_named_partner_is_a_venture():
    found = triples("In Chile, Tsingshan broke ground in March on a lithium processing "
                    "programme with state-owned Codelco (CDC), a joint effort valued at about "
                    "US$1.2 billion.")
    assert ("tsingshan", "CHL", "joint_venture") in found


def test_the_leader_of_a_consortium_that_built_a_work_is_its_contractor():
    found = triples("In Kenya, the US$3.6 billion Mombasa-Nairobi railway, built by a consortium "
                    "led by China Railway Group and opened in 2017, carries more freight each "
                    "year. The Kenyan-Chinese joint venture that operates the line has sought to "
                    "restructure its debt.")
    assert ("crec", "KEN", "construction_contract") in found
    assert ("crec", "KEN", "joint_venture") not in found


def test_a_sentence_placed_in_a_region_is_not_in_the_scenes_country():
    text = ("In Nigeria, China Three Gorges' 700MW hydropower plant, which cost about US$1.3 "
            "billion and has operated since 2022, has faced payment delays.\n\nOrder books. "
            "Rated contractors, including PowerChina and China Energy Engineering, reported "
            "strong growth in overseas new contract signings in 2024, led by power projects in "
            "the Middle East and Central Asia.")
    found = triples(text)
    assert ("china_three_gorges", "NGA", "greenfield_plant") in found
    assert ("sinohydro", "NGA", "construction_contract") not in found
    assert ("ceec", "NGA", "construction_contract") not in found


def test_a_superlative_description_refers_to_the_firm_just_named():
    found = triples("We initiate coverage of Hansoh Pharmaceutical with a Buy rating. China's "
                    "largest drug company by market value listed in Hong Kong in 2019, "
                    "raising about US$1 billion.")
    assert ("hansoh", "HKG", "listing") in found


def test_goods_bought_from_a_country_are_no_purchase_there():
    found = triples("Mixue opened its first store in Sydney in 2024. It signed a deal to buy "
                    "lemons for five years, and it also buys from Spain and Egypt.")
    assert ("mixue", "AUS", "retail_store") in found
    assert not any(h in ("ESP", "EGY") for _, h, _ in found)


def test_years_of_making_in_a_place_is_a_plant_there():
    found = triples("Trina Solar on LinkedIn: a new chapter\n\nTrina Solar · 3 March 2025\n\n"
                    "For years we have manufactured modules in Wilmer, Texas, for customers "
                    "across the country.")
    assert ("trina", "USA", "greenfield_plant") in found


def test_a_verb_phrase_ending_in_konggu_is_no_firm():
    found = triples("华友钴业近日披露年报。公司2023年以约2亿美元收购津巴布韦Arcadia锂矿剩余30%权益"
                    "（原由澳洲Prospect持有），实现全资控股。")
    assert ("huayou", "ZWE", "acquisition") in found
    assert not any(c.startswith("实现") for c, _, _ in found)


def test_a_project_with_a_partner_named_with_its_short_name_is_a_venture():
    found = triples("6月10日，国轩高科与摩洛哥国家投资基金（FMI）合作的电池材料项目在肯尼特拉开工。")
    assert ("gotion", "MAR", "joint_venture") in found


def test_a_notice_that_disowns_a_rumour_denies_it():
    text = ("宁德时代在德国图林根的工厂已稳定运营多年。\n\n"
            "另外，近期网上流传“宁德时代将在墨西哥独资建厂”的消息，公司从未发布相关信息，"
            "请以官方公告为准。")
    found = triples(text)
    assert ("catl", "DEU", "greenfield_plant") in found
    assert ("catl", "MEX", "greenfield_plant") not in found


def test_having_made_no_decision_is_a_denial():
    found = triples("SAIC Motor already assembles MG cars in Chonburi, Thailand. The group has "
                    "made no decision on building a car plant in Spain, its chairman said on "
                    "Tuesday.")
    assert ("saic", "THA", "greenfield_plant") in found
    assert ("saic", "ESP", "greenfield_plant") not in found


def test_an_asset_named_before_places_a_later_stake_in_it():
    text = ("洛阳钼业公告点评\n\n"
            "刚果（金）资产是核心。洛阳钼业2016年收购TFM铜钴矿。TFM扩建项目于2023年投产。"
            "KFM项目也已于2023年建成投产。公司预计今年铜产量继续增长。"
            "宁德时代旗下子公司于2021年以1.375亿美元入股KFM，持股25%。")
    found = triples(text)
    assert ("catl", "COD", "acquisition") in found
    assert ("cmoc", "COD", "acquisition") in found


def test_a_research_note_calls_the_firm_its_headline_names_the_company():
    text = ("华友钴业点评：海外镍钴项目放量\n\n某某证券研究所 2025年3月2日\n\n"
            "印尼资产是核心。宁德时代旗下子公司于2023年以2亿美元入股华友在印尼的Pomalaa项目。\n\n"
            "多元化布局。公司2021年以约4.2亿美元收购津巴布韦Arcadia锂矿；2023年以约3亿美元收购"
            "总部位于伦敦的锂盐贸易商LithiumX。")
    found = triples(text)
    assert ("huayou", "ZWE", "acquisition") in found
    assert ("huayou", "GBR", "acquisition") in found
    assert ("catl", "ZWE", "acquisition") not in found
    assert ("catl", "GBR", "acquisition") not in found


def test_a_mine_in_production_is_a_site_beside_the_stake_bought_in_it():
    text = ("In Zimbabwe, Huayou Cobalt's Arcadia lithium mine shipped its first concentrate in "
            "2023. Huayou had bought the mine from Australia's Prospect Resources in 2022 for "
            "US$422 million.")
    found = triples(text)
    assert ("huayou", "ZWE", "greenfield_plant") in found
    assert ("huayou", "ZWE", "acquisition") in found


def test_a_mine_about_to_produce_with_no_owner_named_is_no_site():
    text = ("中国宝武2022年参股几内亚西芒杜铁矿项目。\n\n"
            "业内分析认为，西芒杜铁矿的投产将对全球铁矿石市场产生深远影响。")
    found = triples(text)
    assert ("baowu", "GIN", "greenfield_plant") not in found


# The review's cases: each rule above kept to what it is for.

def test_buying_assets_from_a_foreign_seller_is_still_a_purchase():
    found = triples("Sinopec agreed to buy oil assets from Brazil's Petrobras for US$3.5 billion.")
    assert ("sinopec", "BRA", "acquisition") in found


def test_a_superlative_or_ordinal_in_a_region_keeps_the_scenes_country():
    text = ("In Pakistan, Chinese lending has slowed sharply since 2019. PowerChina won a US$1.2 "
            "billion contract to build a dam, its largest in Asia.")
    assert ("sinohydro", "PAK", "construction_contract") in triples(text)


def test_a_joint_project_with_a_government_is_no_venture():
    found = triples("PowerChina signed a construction contract with Nepal's government for the "
                    "Budhi Gandaki dam, a joint project worth US$2.5 billion.")
    assert ("sinohydro", "NPL", "construction_contract") in found
    assert ("sinohydro", "NPL", "joint_venture") not in found


def test_goods_produced_for_a_place_or_jobs_produced_are_no_plant():
    assert ("byd", "CHL", "greenfield_plant") not in triples(
        "BYD has produced 500 electric buses for Chile's capital Santiago since 2019.")
    assert ("huawei", "HUN", "greenfield_plant") not in triples(
        "Huawei said its investment in Hungary has produced thousands of jobs.")


def test_a_clause_the_firm_joins_is_its_own():
    found = triples("Huayou teamed up with Vale, which it will join in building an HPAL plant in "
                    "Sorowako, Indonesia.")
    assert ("huayou", "IDN", "greenfield_plant") in found


def test_the_biggest_makers_of_a_kind_are_no_firm_named_before():
    found = triples("CATL opened its first overseas plant in Germany in 2022. China's biggest "
                    "battery makers have since announced plants in Hungary.")
    assert ("catl", "DEU", "greenfield_plant") in found
    assert ("catl", "HUN", "greenfield_plant") not in found


def test_a_disclaimer_pointing_to_the_companys_notices_denies_nothing():
    text = ("比亚迪在泰国罗勇府的乘用车工厂已于7月投产。据悉，比亚迪还计划在印尼建设一座年产15万辆的"
            "工厂。（以上内容仅供参考，不构成投资建议，具体以公司公告为准。）")
    assert ("byd", "IDN", "greenfield_plant") in triples(text)


def test_a_second_site_told_in_the_same_breath_is_of_the_first_ones_kind():
    found = triples("In Europe, Shein stores customers' data at a facility in Dublin that opened in "
                    "2024 and at a campus in Kajaani, Finland, where it began moving data this year.")
    assert ("shein", "IRL", "data_center") in found
    assert ("shein", "FIN", "data_center") in found


def test_a_part_the_deal_also_includes_is_a_move_of_the_firm_just_named():
    found = triples("Chery signed a US$400 million investment agreement with Madrid for a car plant "
                    "in Barcelona. The Spanish package also includes an R&D centre at the site, "
                    "officials said.")
    assert ("chery", "ESP", "greenfield_plant") in found
    assert ("chery", "ESP", "rnd_center") in found


def test_bonds_a_foreign_investor_takes_up_are_the_firms_financing_there():
    found = triples("Qatar's QIA subscribed for US$1 billion of zero-coupon bonds convertible into "
                    "Lenovo shares; Lenovo will also open an office in Doha.")
    assert ("lenovo", "QAT", "financing") in found
    assert ("lenovo", "QAT", "office_hq") in found


def test_bonds_issued_to_a_foreign_investor_raise_money_in_its_country():
    found = triples("联想集团公告，将向沙特公共投资基金旗下公司发行15亿美元可转换债券。")
    assert ("lenovo", "SAU", "financing") in found
