"""Round 20: the place of the move word after "and", a dateline's "here", money received
from an investor, production begun or already running somewhere, a list of a firm's sites
going on in sentences that name no firm, a unit named after a sentence's end, "A similar
deal", a builder's partner's country, Chinese projects in production or invested by a firm,
ventures held in equal shares, strategic investment taken in, and sums in another firm's
clause. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import moves, triples


def test_the_place_after_the_second_move_word_is_its_own():
    text = ("Miniso runs shops in Madrid and opened a flagship inside a shopping arcade in Lisbon "
            "last spring.")
    found = triples(text)
    assert ("miniso", "PRT", "retail_store") in found
    assert ("miniso", "ESP", "retail_store") in found


def test_an_expansion_of_the_plant_just_named_keeps_its_town():
    text = ("Minth will expand its body-parts plant in Monterrey, Mexico, adding a second phase "
            "worth $150 million.")
    assert moves(text)[("minth", "MEX", "plant_expansion")].city == "Monterrey"


def test_here_is_the_datelines_place():
    # the article is mostly about Saudi Arabia, so the dateline frames nothing else
    text = ("DUBAI, May 4, 2025 (Reuters) -\n\nMixue is spreading fast in Saudi Arabia, where it "
            "now counts dozens of outlets in Riyadh and Jeddah, and Saudi Arabia is its biggest "
            "Gulf market. Chagee opened its first store here last year.")
    assert ("chagee", "ARE", "retail_store") in triples(text)


def test_here_without_a_dateline_is_nowhere():
    text = "Chagee opened its first store here last year, executives said."
    assert triples(text) == []


def test_money_received_from_a_foreign_investor_is_financing():
    text = ("XPeng received about $700 million from Germany's Volkswagen in exchange for a 4.99% stake, "
            "the carmaker said.")
    assert ("xpeng", "DEU", "financing") in triples(text)


def test_proceeds_received_from_a_sale_are_no_financing():
    text = "XPeng received about $700 million from the sale of its stake in a supplier in Germany."
    assert not any(t == "financing" for _, _, t in triples(text))


def test_production_begun_at_a_site_is_a_plant():
    text = ("In Turkey, Chery began assembling cars from imported kits in March at a former "
            "Hyundai site near Izmit.")
    assert ("chery", "TUR", "greenfield_plant") in triples(text)


def test_production_begun_at_a_plant_it_bought_is_the_purchase():
    text = ("Chery took over Nissan's plant in Barcelona in 2024 and began assembling cars "
            "there this year.")
    found = triples(text)
    assert ("chery", "ESP", "acquisition") in found
    assert ("chery", "ESP", "greenfield_plant") not in found


def test_a_firm_that_already_makes_goods_somewhere_has_a_plant_there():
    m = moves("Midea, which already makes air conditioners in Brazil, said it would hire 500 "
              "engineers.")
    assert m[("midea", "BRA", "greenfield_plant")].status == "operating"


def test_a_list_of_a_firms_sites_goes_on_after_a_fronted_place():
    text = ("Great Wall Motor opened its plant in Rayong in 2021. In Brazil, a factory in "
            "Iracemapolis began output this year. A plant in Tula, Russia, has run since 2019.")
    found = triples(text)
    assert ("great_wall", "BRA", "greenfield_plant") in found
    assert ("great_wall", "RUS", "greenfield_plant") in found


def test_a_venture_with_a_foreign_partner_in_a_sentence_naming_no_chinese_firm():
    text = ("Geely's overseas push is gathering pace. Its plant in Malaysia opened in 2024. In "
            "Egypt, a joint venture with local distributor Ghabbour has been assembling sedans "
            "since 2023.")
    assert ("geely", "EGY", "joint_venture") in triples(text)


def test_the_plant_a_sentence_places_is_told_first():
    text = ("Gotion told investors it will keep spending abroad.\n\nEurope comes first. The "
            "plant in Surany, Slovakia, agreed in 2024, is in the permitting stage.")
    assert ("gotion", "SVK", "greenfield_plant") in triples(text)


def test_a_plant_named_as_the_object_of_another_firm_is_not_told_first():
    text = ("Zijin Mining bid for Solaris Resources. Solaris owns the Warintza copper project in "
            "Ecuador.")
    assert ("zijin", "ECU", "greenfield_plant") not in triples(text)


def test_a_units_name_begins_after_a_sentences_end():
    text = ("SAIC is not alone in Chonburi. GAC Aion, the electric arm of Guangzhou Automobile "
            "Group, is completing its own plant in the province.")
    assert any(c == "gac" and h == "THA" for c, h, _ in triples(text))


def test_a_similar_deal_opening_a_sentence_is_the_same_kind_of_move():
    text = ("Great Wall Motor took over Mercedes-Benz's plant in Iracemapolis in 2021. A similar "
            "deal for GM's factory in Talegaon, India, collapsed in 2022.")
    m = moves(text)
    assert m[("great_wall", "IND", "acquisition")].status == "cancelled"


def test_a_builders_consortium_partners_country_is_not_where_the_works_are():
    text = ("MEXICO CITY, Feb 3 (Reuters) -\n\nChina Railway Construction Corporation won a "
            "contract in 2021 to build a section of the Tren Maya railway, in a consortium with "
            "Spain's Acciona.")
    found = triples(text)
    assert ("crcc", "ESP", "construction_contract") not in found


def test_a_chinese_project_in_production_is_the_firms_own():
    text = "天齐锂业表示，公司控股的智利某锂矿项目已于2024年底投产，目前产能爬坡顺利。"
    m = moves(text)
    assert m[("tianqi", "CHL", "greenfield_plant")].status == "operating"


def test_a_second_phase_in_production_is_no_new_plant():
    text = "天齐锂业表示，公司位于澳大利亚奎纳纳的工厂运行平稳，二期项目已于今年投产。"
    assert ("tianqi", "AUS", "greenfield_plant") not in [
        k for k, m in moves(text).items() if m.evidence["move_type"].quote == "项目"]


def test_a_project_invested_by_one_firm_and_built_by_another():
    text = "由中国电力国际有限公司投资、中国能建承建的乌兹别克斯坦某风电项目已于2024年全容量并网。"
    m = moves(text)
    assert m[("cpi_holding", "UZB", "greenfield_plant")].status == "operating"
    assert any(k[1:] == ("UZB", "construction_contract") for k in m)


def test_a_plant_held_in_equal_shares_with_a_latin_lettered_partner_is_a_venture():
    text = "此外，中国石化与SIBUR各持股40%的俄罗斯某聚乙烯工厂运行平稳。"
    assert ("sinopec", "RUS", "joint_venture") in triples(text)


def test_strategic_investment_taken_in_from_abroad_is_financing_and_the_next_step_another_move():
    text = "零跑汽车去年完成卡塔尔投资局约5亿美元战略投资，双方还商定将在多哈设立研发中心。"
    m = moves(text)
    assert ("leapmotor", "QAT", "financing") in m
    assert m[("leapmotor", "QAT", "rnd_center")].value_usd_m is None


def test_a_sum_in_another_firms_clause_is_not_this_moves():
    text = ("Luckin Coffee opened its first store in Kuala Lumpur in 2024 and now runs dozens of "
            "outlets, while Mixue Group, which raised HK$3.45 billion in its Hong Kong IPO in "
            "March, keeps adding shops.")
    assert moves(text)[("luckin", "MYS", "retail_store")].value_usd_m is None


def test_an_analyst_speaking_to_reporters_is_no_firm():
    text = ("玲珑轮胎在塞尔维亚的工厂已经投产。某券商分析师向记者表示，轮胎行业出海已经从东南亚转向墨西哥、"
            "北非等地区，海外建厂面临挑战。")
    assert ("linglong", "MEX", "greenfield_plant") not in triples(text)


def test_a_plant_placed_only_in_the_clause_that_denies_it_is_no_move():
    text = "宁德时代表示，海外工厂布局有助于贴近客户，公司目前没有在美国建厂的安排。"
    assert triples(text) == []


def test_an_investor_investing_in_the_firm_named_before_it():
    text = ("Nio and Abu Dhabi's CYVN Holdings signed an agreement under which CYVN will invest "
            "$1 billion in Nio through new shares.")
    assert ("nio", "ARE", "financing") in triples(text)
