import pytest
from hypothesis import given, strategies as st

from chuhai.reference.companies import Registry, normalise, registry_table


@pytest.mark.parametrize("name,cid", [
    ("BYD Co Ltd", "byd"), ("BYD Auto", "byd"), ("比亚迪", "byd"), ("BYD Company Limited", "byd"),
    ("Contemporary Amperex Technology Co., Limited", "catl"), ("宁德时代", "catl"),
    ("Great Wall Motor Company Limited", "great_wall"), ("长城汽车股份有限公司", "great_wall"),
    ("Gotion High-Tech Co., Ltd.", "gotion"), ("LONGi Green Energy Technology Co Ltd", "longi"),
    ("Huawei Technologies Co., Ltd.", "huawei"), ("Zhejiang Geely Holding Group", "geely"),
    ("JinkoSolar Holding Co., Ltd.", "jinko"), ("Trina Solar Co Ltd", "trina")])
def test_aliases_and_normalised_names_resolve(name, cid):
    m = Registry.default().resolve(name)
    assert m.company_id == cid, m


def test_fuzzy_match_above_threshold_and_misses_reported():
    reg = Registry.default()
    m = reg.resolve("Contemporary Amperex Technolgy")  # typo
    assert m.company_id == "catl" and m.how == "fuzzy"
    miss = reg.resolve("Acme Widgets of Ohio")
    assert miss.company_id is None and miss.how == "unresolved"
    frame = reg.resolve_many(["BYD", "Acme Widgets of Ohio"])
    assert frame.company_id.isna().sum() == 1


def test_short_names_are_not_fuzzy_matched():
    assert Registry.default().resolve("BYX").company_id is None


def test_registry_ids_unique_and_parents_known():
    t = registry_table()
    assert t.index.is_unique
    for cid, parent in zip(t.company_id, t.parent_id):
        assert not parent or parent in t.index, cid


def test_every_registry_name_resolves_to_its_own_company():
    reg = Registry.default()
    t = registry_table()
    wrong = {cid: reg.resolve(n).company_id for cid, n in zip(t.company_id, t.name_en)
             if reg.resolve(n).company_id != cid}
    assert not wrong


def test_with_rows_adds_companies():
    import pandas as pd
    reg = Registry.default().with_rows(pd.DataFrame([{"company_id": "acme", "name_en": "Acme Widgets",
                                                        "aliases": "Acme"}]))
    assert reg.resolve("Acme Widgets Co Ltd").company_id == "acme"


@given(st.text(max_size=40))
def test_normalise_never_fails_and_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


def test_a_short_name_inside_a_longer_word_is_no_fuzzy_match():
    from chuhai.reference.companies import Registry
    reg = Registry.default()
    assert reg.resolve("Scottish").company_id is None
    assert reg.resolve("Luckin Coffee Inc").company_id == "luckin"


def test_chinese_legal_names_resolve_to_the_registered_firm():
    from chuhai.reference.companies import Registry
    reg = Registry.default()
    assert reg.resolve("浙江三花智能控制股份有限公司").company_id == "sanhua"
    assert reg.resolve("江苏恒瑞医药股份有限公司").company_id == "hengrui"
    assert reg.resolve("浙江某某新材料股份有限公司").company_id is None


def test_a_legal_name_is_its_trade_name_and_words_of_the_trade():
    from chuhai.reference.companies import Registry
    reg = Registry.default()
    # "钧达" (registered as "钧达股份") + "新能源科技": the trade name, then the trade
    assert reg.resolve("海南钧达新能源科技股份有限公司").company_id == "drinda"
    assert reg.resolve("浙江华友钴业股份有限公司").company_id == "huayou"
    # a trade name the registry lacks, or a tail that is not of the trade, stays unknown
    assert reg.resolve("海南某达新能源科技股份有限公司").company_id is None
    assert reg.resolve("钧达广场管理有限公司").company_id is None


def test_an_english_legal_name_resolves_without_its_trade_words():
    reg = Registry.default()
    # "Guangzhou Tinci" is an alias; "Materials Technology" are words of the trade
    assert reg.resolve("Guangzhou Tinci Materials Technology").company_id == "tinci"
    assert reg.resolve("Tinci Materials Technology").company_id == "tinci"


def test_a_units_legal_name_resolves_to_the_unit_not_its_parent():
    reg = Registry.default()
    # "International", "国际" tell a unit from its parent; legal forms alone do not
    assert reg.resolve("China Three Gorges International Co., Ltd.").company_id == "ctg_intl"
    assert reg.resolve("中国三峡国际股份有限公司").company_id == "ctg_intl"
    assert reg.resolve("China Three Gorges Corporation").company_id == "china_three_gorges"
    assert reg.resolve("南方电网国际有限责任公司").company_id == "csg_intl"
    # "中国石油化工" is Sinopec, not "中国石油" (CNPC) with words after it
    assert reg.resolve("中国石油化工集团有限公司").company_id == "sinopec"
    assert reg.resolve("中国石油天然气集团有限公司").company_id == "cnpc"


def test_every_legal_name_of_a_registered_firm_resolves_to_it():
    reg = Registry.default()
    wrong = []
    for row in reg.table.itertuples(index=False):
        for n in [row.name_en, row.name_zh, *[a for a in str(row.aliases or "").split("|") if a]]:
            if not n:
                continue
            legal = n + ("股份有限公司" if any("\u4e00" <= ch <= "\u9fff" for ch in n) else " Co., Ltd.")
            got = reg.resolve(legal).company_id
            if got is not None and got != row.company_id:
                wrong.append((legal, row.company_id, got))
    # one known clash: "Aluminum Corporation of China Limited" (Chalco, the listed arm) and
    # "Aluminum Corporation of China" (Chinalco, its parent) differ by a legal form only
    assert [w for w in wrong if w[1] != "chalco"] == []
