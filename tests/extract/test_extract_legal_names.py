"""Firms the registry cannot know, found by their legal names (round thirteen).

Host-country press names small Chinese firms by their full legal names ("Jiaxing Fuda
Knitting Co., Ltd.", "晋江市盛泰鞋业有限公司"). The town that opens such a name says where
it starts, where no punctuation does. The sentences are written for these tests.
"""

from __future__ import annotations

from chuhai.extract import extract_moves
from chuhai.extract.pipeline import chinese_places, matchers_for
from chuhai.extract.score import article_features
from chuhai.reference.companies import Registry, mainland_towns, normalise
from tests.extract.helpers import triples


def _firms(text: str, lang: str) -> list[tuple[str, str]]:
    m = matchers_for(Registry.default())
    return [(x.kind, x.text) for x in m.mentions(text, lang)
            if x.kind in ("company", "candidate", "foreign")]


def test_mainland_towns_come_from_geonames_in_both_scripts():
    en, zh = mainland_towns()
    assert {"Jiaxing", "Huzhou", "Shaoxing", "Weifang"} <= en
    assert {"晋江", "晋江市", "潍坊", "乌鲁木齐"} <= zh
    # foreign towns are not among them
    assert "Singapore" not in en and "新加坡" not in zh
    # the extractor's list adds the hand gazetteer's provinces
    assert {"Zhejiang", "浙江", "新疆"} <= chinese_places()[0] | chinese_places()[1]


def test_an_english_legal_name_opening_with_a_chinese_town_is_a_chinese_firm():
    text = ("The largest new project belongs to Jiaxing Fuda Knitting Co., Ltd., a maker of "
            "knitted fabrics. Huzhou Anji Hengda Furniture Co., Ltd. received a licence too.")
    assert ("candidate", "Jiaxing Fuda Knitting Co., Ltd.") in _firms(text, "en")
    assert ("candidate", "Huzhou Anji Hengda Furniture Co., Ltd.") in _firms(text, "en")
    # "and" inside the name, and a town in brackets before the legal form
    assert ("candidate", "Shaoxing Keqiao Jinyuan Printing and Dyeing Co., Ltd.") in _firms(
        "Under the deals, Shaoxing Keqiao Jinyuan Printing and Dyeing Co., Ltd. will build a mill.", "en")
    assert ("candidate", "Kaibo Cookware (Ningbo) Co., Ltd.") in _firms(
        "The plant belongs to Kaibo Cookware (Ningbo) Co., Ltd. and opens in May.", "en")


def test_a_town_without_a_legal_form_makes_no_firm():
    # "Jiaxing Fuda" alone, or a town before a common noun, is no legal name
    assert _firms("Officials from Jiaxing Fuda visited the site on Monday.", "en") == []
    assert _firms("Huzhou Anji is a county known for furniture.", "en") == []


def test_a_chinese_legal_name_starts_at_its_town_whatever_stands_before_it():
    assert ("candidate", "晋江市盛泰鞋业有限公司") in _firms("这是晋江市盛泰鞋业有限公司的首个海外生产基地。", "zh")
    assert ("candidate", "新疆丝路云商科技有限公司") in _firms("位于乌鲁木齐的新疆丝路云商科技有限公司将在当地设仓。", "zh")
    assert ("candidate", "潍坊亚星化学股份有限公司") in _firms("同样在加快出海步伐的还有潍坊亚星化学股份有限公司。", "zh")
    # no town: the name's start is not known, and no legal name is made up
    assert not any(n.startswith("这是") for _, n in _firms("这是盛泰鞋业有限公司的首个工厂。", "zh"))


def test_small_firms_named_by_legal_names_make_moves():
    en = ("Tay Ninh licenses new FDI projects\n\n"
          "The province granted investment certificates to seven new projects on Monday. "
          "The largest belongs to Jiaxing Fuda Knitting Co., Ltd., a Zhejiang-based maker of fabrics, "
          "which will spend $85 million on a dyeing plant in Phuoc Dong Industrial Park in Tay Ninh, Vietnam.")
    assert ("Jiaxing Fuda Knitting Co., Ltd.", "VNM", "greenfield_plant") in triples(en)
    zh = "在印度尼西亚中爪哇省，一座鞋厂正在加紧施工。这是晋江市盛泰鞋业有限公司在印尼投资建设的首个海外工厂，总投资4000万美元。"
    assert ("晋江市盛泰鞋业有限公司", "IDN", "greenfield_plant") in triples(zh)


def test_a_legal_name_weighs_as_a_known_firm_in_the_scorer():
    text = "Jiaxing Fuda Knitting Co., Ltd. will build a $85 million plant in Tay Ninh, Vietnam."
    mv = [m for m in extract_moves(text, min_confidence=0) if m.host_iso3 == "VNM"]
    m = matchers_for(Registry.default())
    f = article_features(text, m.mentions(text, "en"), mv)
    assert mv[0].is_candidate and f[0]["candidate"] == 0.0
    # a bare unknown name keeps its weight as a candidate
    bare = "Chinese textile maker Fuda will build a $85 million plant in Tay Ninh, Vietnam."
    mb = [x for x in extract_moves(bare, min_confidence=0) if x.host_iso3 == "VNM"]
    assert mb[0].company_name == "Fuda"
    assert article_features(bare, m.mentions(bare, "en"), mb)[0]["candidate"] == 1.0


def test_a_bracketed_mainland_town_or_group_word_does_not_tell_firms_apart():
    assert normalise("Victory Giant Technology (HuiZhou) Co., Ltd.") == normalise("Victory Giant Technology")
    assert normalise("新疆利华（集团）股份有限公司") == normalise("新疆利华集团")
    # a foreign place in brackets names a unit abroad, which stays apart
    assert normalise("中国航油(新加坡)股份有限公司") != normalise("中国航油")
    assert normalise("Sinomine (Hong Kong) Rare Metals") != normalise("Sinomine Rare Metals")
    reg = Registry.default()
    assert reg.resolve("Victory Giant Technology (HuiZhou) Co., Ltd.").company_id == \
        reg.resolve("Victory Giant Technology").company_id is not None


def test_a_firm_glossed_in_brackets_is_named_once():
    text = ("海外业务是山东黄金近年来的重要增长点。2017年，公司以9.6亿美元从巴里克黄金（Barrick Gold）手中"
            "收购了阿根廷圣胡安省贝拉德罗（Veladero）金矿50%的权益，这也是山东黄金的第一单大型并购。")
    assert ("shandong_gold", "ARG", "acquisition") in triples(text)
    firms = _firms(text, "zh")
    assert ("foreign", "Barrick Gold") not in firms


def test_a_firm_whose_name_ends_another_firms_name_stays_itself():
    text = ("The Dubai branch of Bank of China priced a $600 million green bond. Lending by the "
            "Export-Import Bank of China peaked in the mid-2010s.")
    m = matchers_for(Registry.default())
    keys = {x.text: x.key for x in m.mentions(text, "en") if x.kind == "company"}
    assert keys["Bank of China"] == "bank_of_china"
    assert keys["Export-Import Bank of China"] == "exim_china"


def test_a_plant_built_with_a_partner_is_a_joint_venture():
    # the partner named after the plant and its place, known to the pipeline or not
    assert triples("Gotion used part of its proceeds for a battery plant in Slovakia with InoBat.") == [
        ("gotion", "SVK", "joint_venture")]
    # the partner named before it: "a proposal with X to build a plant"
    assert ("byd", "IND", "joint_venture") in triples(
        "BYD's proposal with Hyderabad-based Megha Engineering & Infrastructures to build a "
        "US$1 billion electric-vehicle plant in India was rejected.")
    # the company's own venture is what produces at the factory
    assert ("longi", "USA", "joint_venture") in triples(
        "LONGi Green Energy Technology's joint venture with Chicago-based Invenergy, Illuminate USA, "
        "began producing panels at a factory in Pataskala, Ohio, last year.")


def test_with_a_customer_a_state_or_another_site_a_plant_stays_a_plant():
    assert triples("CATL will build a plant in Debrecen, Hungary, with BMW as its anchor customer.") == [
        ("catl", "HUN", "greenfield_plant")]
    assert triples("Gotion will build a plant in Kenitra, Morocco, with Morocco's support.") == [
        ("gotion", "MAR", "greenfield_plant")]
    assert "joint_venture" not in {t for _, _, t in triples(
        "BYD to build $1 billion car plant in Manisa, Turkey, with R&D centre")}
    # the partner of the plant in Spain is not the partner of the plants in Germany and Hungary
    got = triples("CATL already has plants in Germany and Hungary and is building a plant in Spain with Stellantis.")
    assert ("catl", "DEU", "greenfield_plant") in got and ("catl", "HUN", "greenfield_plant") in got
    # "a second plant" after a venture's plant is a plant of its own
    assert triples(
        "SAIC Motor, which runs an MG plant in Rayong, Thailand, through a joint venture with "
        "Charoen Pokphand Group, has shelved plans for a second plant.") == [
        ("saic", "THA", "greenfield_plant"), ("saic", "THA", "joint_venture")]


def test_a_firm_a_client_chose_to_build_a_plant_has_a_contract():
    assert triples("Kazakhstan has chosen China National Nuclear Corporation (CNNC) to lead the "
                   "consortium that will build the country's second nuclear power plant.") == [
        ("cnnc", "KAZ", "construction_contract")]
    # a firm choosing a site for its own plant builds it for itself
    assert triples("BYD has selected Szeged, Hungary, to build its first European car plant.") == [
        ("byd", "HUN", "greenfield_plant")]
    assert triples("CATL chose Debrecen in Hungary to build a second European plant.") == [
        ("catl", "HUN", "greenfield_plant")]


def test_a_unit_named_after_its_registered_parent_is_the_unit():
    text = "公司所属子公司中国水电建设集团国际工程有限公司近日与沙特阿拉伯某项目公司签署了光伏电站项目EPC总承包合同。"
    firms = _firms(text, "zh")
    assert ("company", "中国水电建设集团国际工程有限公司") in firms
    assert not any(n == "国际工程有限公司" for _, n in firms)
    reg = Registry.default()
    assert [t[1:] for t in triples(text)] == [("SAU", "construction_contract")]
    assert triples(text)[0][0] == reg.resolve("中国水电建设集团国际工程有限公司").company_id


def test_a_licence_to_run_something_is_a_permit_not_a_licensing_deal():
    text = ("Last year PowerChina became one of the first Chinese contractors to receive a regional "
            "headquarters licence and opened its Middle East regional headquarters in Riyadh, Saudi Arabia.")
    assert [t[2] for t in triples(text)] == ["office_hq"]
    assert [t[2] for t in triples("Zijin was granted a mining licence for the Rosebel site in Suriname.")] \
        != ["licensing"]
    # a licence to a drug or a technology is a deal
    assert [t[2] for t in triples("Hengrui granted Merck a licence to its Lp(a) drug in the United States.")] \
        == ["licensing"]


def test_a_longer_chinese_place_phrase_sets_the_scene_for_the_next_sentence():
    text = ("在阿联酋迪拜以南的沙漠海岸，哈斯彦电站的4台机组昼夜运转。这座电站由哈尔滨电气国际工程有限责任公司"
            "作为EPC总承包商建设，2023年全面投产。")
    assert triples(text) == [("哈尔滨电气国际工程有限责任公司", "ARE", "construction_contract")]
    # a firm inside the place phrase makes it no scene-setting
    assert ("哈尔滨电气国际工程有限责任公司", "ARE", "construction_contract") not in triples(
        "在阿联酋比亚迪经销商附近的沙漠海岸，有一座电站。这座电站由哈尔滨电气国际工程有限责任公司作为EPC总承包商建设。")


def test_a_contract_won_in_a_joint_venture_is_a_contract():
    assert triples("China Gezhouba Group Company is also building the Mohmand dam in Pakistan, where it "
                   "won the Rs309bn contract in 2019 in a joint venture with Pakistan's Descon Engineering.") == [
        ("gezhouba", "PAK", "construction_contract")]
    # a venture formed as a move of its own stays one
    assert triples("CCCC won a $2bn contract to build a port in Nigeria, and formed a joint venture "
                   "with a local firm.") == [("cccc", "NGA", "construction_contract"), ("cccc", "NGA", "joint_venture")]
    assert triples("CATL will build a plant in Spain through a joint venture with Stellantis.") == [
        ("catl", "ESP", "joint_venture")]


def test_raising_a_kind_of_capacity_is_an_expansion():
    assert triples("Zijin will invest $380 million to raise processing capacity at its copper mine "
                   "near Bor, Serbia.") == [("zijin", "SRB", "plant_expansion")]
    assert triples("CATL is boosting its annual capacity in Hungary.") == [("catl", "HUN", "plant_expansion")]


def test_a_unit_named_after_its_parent_and_country_is_the_unit():
    text = ("Serbia Zijin Mining, the local subsidiary of China's Zijin Mining Group, will invest $380 "
            "million to raise processing capacity at its Cukaru Peki copper and gold mine near Bor, Serbia.")
    firms = _firms(text, "en")
    assert ("candidate", "Serbia Zijin Mining") in firms
    # the parent, named as the owner, stays the registered firm
    assert any(k == "company" and n.startswith("Zijin Mining") for k, n in firms)
    assert triples(text) == [("Serbia Zijin Mining", "SRB", "plant_expansion")]
    # a unit with a name of its own is found as before
    assert ("candidate", "Illuminate USA") in _firms(
        "Illuminate USA, a unit of LONGi, opened a panel plant in Ohio.", "en")


def test_a_stake_bought_in_a_venture_is_a_purchase():
    assert triples("今年4月，中国石化完成入股卡塔尔北部气田东扩项目，获得一家项目合资公司5%的股份。") == [
        ("sinopec", "QAT", "acquisition")]
    assert triples("Sinopec bought a 5% stake in a joint venture that owns Qatar's North Field East project.") == [
        ("sinopec", "QAT", "acquisition")]
    # holding stakes in the ventures one forms, or a venture's own shares, is a venture
    assert triples("Huayou and Vale will hold stakes in the smelting and recycling ventures in Indonesia.") == [
        ("huayou", "IDN", "joint_venture")]
    assert triples("中国石化与卡塔尔能源在卡塔尔成立合资公司，双方各持50%的股份。") == [
        ("sinopec", "QAT", "joint_venture")]


def test_nasdaqs_other_markets_are_not_new_york():
    assert triples("A week earlier, the Dubai branch of Bank of China priced a $600 million green bond "
                   "listed on Nasdaq Dubai.") == [("bank_of_china", "ARE", "financing")]
    assert triples("Zijin Gold plans a listing on the Astana International Exchange.") == [
        ("zijin_gold", "KAZ", "listing")]
    assert triples("Chagee plans a listing on Nasdaq.") == [("chagee", "USA", "listing")]


def test_shares_listed_are_a_listing_and_a_bond_listed_raises_money():
    assert triples("Xiaomi listed its shares in Hong Kong in 2018.") == [("xiaomi", "HKG", "listing")]
    assert [t[2] for t in triples("CATL sold a $1 billion bond listed in Singapore.")] == ["financing"]
