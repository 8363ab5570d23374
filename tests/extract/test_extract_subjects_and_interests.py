"""Who made a move and what was bought (round 16): a venture "between" firms, power
distributors bought (not power), the firm opening a Chinese sentence as the subject of
its pronouns, a trigger describing unnamed firms, a firm introduced by its home town,
and an interest gained in a filing's words. The sentences are written for these tests."""

from __future__ import annotations

from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _candidates(text: str) -> list[str]:
    m = matchers_for(Registry.default())
    return [x.text for x in m.mentions(text, "zh") if x.kind == "candidate"]


def test_a_separate_venture_between_firms_is_a_joint_venture():
    text = ("RIYADH, May 2 (Reuters) - Saudi Arabia courts solar makers. A separate venture between "
            "RELC, LONGi and a local partner will make 10 GW of cells a year.")
    assert ("longi", "SAU", "joint_venture") in triples(text)


def test_power_distributors_bought_are_firms_not_power():
    text = "China Three Gorges, which bought power distributors in Peru in 2020, now serves Lima."
    assert ("china_three_gorges", "PER", "acquisition") in triples(text)


def test_buying_power_is_still_trade():
    text = "China Three Gorges bought power from Peruvian generators in 2020."
    assert ("china_three_gorges", "PER", "acquisition") not in triples(text)


def test_a_firm_opening_a_chinese_sentence_is_what_its_pronouns_mean():
    text = ("晶澳科技拟在阿曼建设电池工厂。天合光能去年宣布，将其位于美国得克萨斯州的组件工厂出售给一家美国公司，"
            "交易完成后公司将不再控股该工厂。")
    assert [t for t in triples(text) if t[1] == "USA"] == []


def test_a_trigger_describing_unnamed_firms_is_not_the_last_firms():
    text = ("中国机械设备工程公司承建了塞尔维亚的电站。匈牙利方面，除已宣布建厂的车企和电池企业外，"
            "华友钴业也在当地建设正极材料工厂。")
    found = triples(text)
    assert ("huayou", "HUN", "greenfield_plant") in found
    assert not [t for t in found if t[1] == "HUN" and t[0] != "huayou"]


def test_a_firm_introduced_by_its_home_town_is_a_firm():
    text = "总部位于杭州的明川新能源自2020年以来在哈萨克斯坦投资建设了多座光伏电站。"
    assert "明川新能源" in _candidates(text)
    assert ("明川新能源", "KAZ", "greenfield_plant") in triples(text)


def test_a_generic_chinese_firms_phrase_is_no_firm():
    assert _candidates("在新能源领域，中企早已在哈萨克斯坦扎根。") == []


def test_an_interest_gained_in_a_filings_words_is_bought():
    text = "2024年，海南矿业以约1亿美元取得马里布古尼锂矿项目公司51%的权益。"
    assert ("hainan_mining", "MLI", "acquisition") in triples(text)


def test_words_of_a_move_after_a_firm_noun_are_no_name():
    texts = ["中国宝武已完成对赢联盟西芒杜公司股权的增持。",
             "中国电力国际与当地维索尔公司合资建设的风电项目并网。",
             "由中航国际成套设备有限公司总承包的轻轨开通运营。"]
    assert [_candidates(t) for t in texts] == [[], [], []]


def test_a_name_after_a_firm_noun_is_still_a_candidate():
    assert _candidates("新茶饮品牌青禾茶舍在马来西亚开店。") == ["青禾茶舍"]


def test_bonds_listed_raise_money_and_list_no_firm():
    text = "紫金矿业今年6月还在境外发行了20亿美元可转换公司债券，债券在香港联交所上市。"
    assert not [t for t in triples(text) if t[2] == "listing"]
