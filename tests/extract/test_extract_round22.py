"""Round 22: prices that are no values, currencies named with their country, a listed
firm's name after its description, sellers with long names, builders named together, a
firm acting with its own subsidiary, both phases of a plant, chemical projects. The
sentences are written for these tests."""

from __future__ import annotations

from chuhai.extract.money import find_money
from tests.extract.helpers import moves, triples


def test_a_price_is_never_the_value_of_a_move():
    found = moves("Luckin Coffee opened its first store in Kuala Lumpur on Monday, selling "
                  "lattes at US$1.50.")
    assert found[("luckin", "MYS", "retail_store")].value_usd_m is None


def test_an_offer_price_is_not_the_value_of_a_listing():
    found = moves("蜜雪集团3月3日在港交所挂牌，发售价202.5港元，集资总额约34.5亿港元。")
    assert round(found[("mixue", "HKG", "listing")].value_usd_m) == 442


def test_a_currency_named_with_its_country():
    (m,) = find_money("raising 3.45 billion Hong Kong dollars")
    assert m.currency == "HKD" and round(m.usd_m) == 442
    (m,) = find_money("a 12.8 billion Moroccan dirhams plant")
    assert m.currency == "MAD"


def test_a_listed_firm_named_after_its_description():
    found = triples("语音AI公司云知声（9678.HK）今年6月在港交所上市，募资约2亿港元。")
    assert ("云知声", "HKG", "listing") in found


def test_a_seller_with_a_long_name_gives_no_host():
    text = ("华友钴业在津巴布韦的阿卡迪亚锂矿运营平稳。2022年，公司以4.22亿美元从澳大利亚"
            "Prospect Resources Limited手中收购该矿。")
    found = triples(text)
    assert ("huayou", "AUS", "acquisition") not in found
    assert ("huayou", "ZWE", "acquisition") in found


def test_builders_named_together_each_win_the_contract():
    text = "坦桑尼亚中央铁路第七标段由中国电建与中国交建联合承建，2023年签约。"
    found = triples(text)
    assert ("sinohydro", "TZA", "construction_contract") in found
    assert ("cccc", "TZA", "construction_contract") in found


def test_a_firm_acting_with_its_own_subsidiary_is_the_mover():
    text = ("洛阳钼业公告，旗下洛钼控股及其全资子公司凯森矿业与Lumina签署协议，以4亿美元收购"
            "厄瓜多尔一座金铜矿。")
    found = triples(text)
    assert ("凯森矿业", "ECU", "acquisition") not in found
    assert ("cmoc", "ECU", "acquisition") in found


def test_both_phases_of_a_plant_are_the_plant():
    found = triples("募集资金将投向宁德时代匈牙利德布勒森工厂一、二期建设。")
    assert ("catl", "HUN", "greenfield_plant") in found
    assert ("catl", "HUN", "plant_expansion") not in found


def test_a_chemical_project_is_a_plant():
    found = triples("雅化集团在津巴布韦投资建设的氢氧化锂项目已基本建成。")
    assert ("yahua", "ZWE", "greenfield_plant") in found
