"""Rules of the sixth round (heldout9 and heldout12 released for development): one
behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

import pytest

from chuhai.extract.phrase import outlet_like, person_like, phrase_like
from tests.extract.helpers import triples


# -- names that are not firms ------------------------------------------------------------
@pytest.mark.parametrize("fragment", ["集中度高", "卖家告诉记者", "加强合规经营", "持有", "对本",
                                      "该项目为", "如博世", "整体协调人可"])
def test_clause_fragments_read_as_phrases(fragment):
    assert phrase_like(fragment)


@pytest.mark.parametrize("name", ["泡泡玛特", "蜜雪冰城", "极氪", "名创优品", "喜茶", "顺丰",
                                  "新希望", "极兔速递", "海辰储能", "运达股份", "石头科技",
                                  "亿纬锂能", "天合光能", "蔚来", "古茗", "沪上阿姨"])
def test_coined_firm_names_do_not(name):
    assert not phrase_like(name)


def test_a_person_who_speaks_is_no_firm():
    assert person_like("曾毓群", "曾毓群说，公司将在匈牙利建厂。")
    assert not person_like("周大福", "周大福在泰国开设了门店。")
    assert not person_like("曾毓群", "这是一段没有提到他的话。")


def test_an_outlet_is_known_by_its_reporter():
    assert outlet_like("界面新闻", "界面新闻记者 | 某某\n")
    assert not outlet_like("美的集团", "美的集团宣布收购。")


def test_a_market_described_by_a_brand_noun_has_no_mover():
    text = ("一位家电行业分析师对界面新闻表示，欧洲厨电市场品牌集中度高，"
            "“通过收购本地品牌进入，比从零开始做品牌更快。”")
    assert triples(text) == []


def test_a_seller_telling_a_reporter_is_no_mover():
    text = "一位深圳跨境电商卖家告诉记者，今年以来，其在美国海外仓的备货量增加了约三成。"
    assert triples(text) == []


def test_a_founder_named_alone_is_not_the_mover():
    text = ("叶国富最近很忙。去年，名创优品在美国净增门店超过100家。"
            "叶国富的解释是，美国市场值得投入。")
    assert all(t[0] != "叶国富" for t in triples(text))


def test_an_outlet_that_learned_the_news_is_no_mover():
    text = "界面新闻获悉，8月12日，美的集团公告称，拟收购西班牙厨电企业Teka多数股权。"
    assert triples(text) == [("midea", "ESP", "acquisition")]


def test_a_stake_bought_is_no_firm():
    text = "2022年，公司以约9.62亿美元完成收购瑞丰矿业公司全部股权，从而获得其在萨尔塔省的两个盐湖项目。"
    assert all(t[0] != "全部股权" for t in triples(text))


# -- where -------------------------------------------------------------------------------
def test_the_region_after_a_section_on_another_country_is_not_that_country():
    text = ("United Kingdom: Pop Mart opened its flagship store on Oxford Street in London in May.\n\n"
            "Middle East: Pop Mart will open its first store in the region in Dubai in the fourth quarter.")
    assert ("pop_mart", "ARE", "retail_store") in triples(text)


def test_the_region_after_a_region_is_that_region():
    text = ("Zijin opened a processing plant in Bor, in eastern Serbia. It is the largest "
            "investor in the region.")
    assert triples(text) == [("zijin", "SRB", "greenfield_plant")]


# -- what --------------------------------------------------------------------------------
def test_a_contract_to_roll_out_a_network_is_a_construction_contract():
    text = ("Tashkent, June 11, 2025 - ZTE Corporation signed a $120 million contract with "
            "the state operator to roll out 5G base stations across Uzbekistan.")
    assert triples(text) == [("zte", "UZB", "construction_contract")]
