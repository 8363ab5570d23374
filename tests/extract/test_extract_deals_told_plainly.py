"""Deals and sites told in plain words (round 16): a wire's spelled-out umlaut, a brand that
opens a sentence with a verb, making things "near" a city, entering a market named right
after the verb, a flagship that is a phone, data stored at a facility, an idiom that buys
nothing, a purchase told as "对…的收购" and the clause after it, a drug deal's upfront
payment, and a filing that calls itself "公司". The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import moves, triples


def test_a_spelled_out_umlaut_names_the_city():
    text = ("BEIJING (Reuters) - Haier has agreed to launch a takeover offer for Acme Kitchens, the "
            "Duesseldorf-based maker of ovens, in a deal worth 1 billion euros.")
    assert ("haier", "DEU", "acquisition") in triples(text)


def test_a_phone_brand_opening_a_sentence_with_a_verb_is_the_firm():
    text = ("Xiaomi has a plant in Chennai. Vivo assembles its phones at a plant in Cikarang, east "
            "of Jakarta.")
    assert ("vivo", "IDN", "greenfield_plant") in triples(text)


def test_assembling_near_a_city_is_a_site():
    text = "Oppo began assembling phones near Istanbul in 2021 after Turkey raised import duties."
    assert ("oppo", "TUR", "greenfield_plant") in triples(text)


def test_a_mine_near_a_city_bought_is_not_also_a_plant():
    text = "Huayou bought the Arcadia lithium mine near Harare for $422 million in 2022."
    assert triples(text) == [("huayou", "ZWE", "acquisition")]


def test_entering_a_market_named_after_the_verb_counts_with_the_shops():
    text = "Luckin Coffee, which entered Malaysia in 2024, opened its first two U.S. stores in New York."
    found = triples(text)
    assert ("luckin", "MYS", "retail_store") in found
    assert ("luckin", "USA", "retail_store") in found


def test_a_flagship_launched_is_a_phone_not_a_shop():
    text = "Xiaomi's newest flagship, launched in Jakarta in November, arrived with chips made elsewhere."
    assert ("xiaomi", "IDN", "retail_store") not in triples(text)


def test_a_flagship_opened_is_still_a_shop():
    assert ("pop_mart", "FRA", "retail_store") in triples("Pop Mart opened its flagship in Paris in 2024.")


def test_data_stored_at_a_facility_is_a_data_centre():
    text = "Under the plan, ByteDance began storing users' data at a facility in Dublin in 2023."
    assert ("bytedance", "IRL", "data_center") in triples(text)


def test_buying_its_way_in_buys_nothing():
    text = "Midea Group is using its fresh Hong Kong cash to buy its way deeper into Europe."
    assert ("midea", "HKG", "acquisition") not in triples(text)


def test_merck_alone_is_the_american_licensee():
    text = "In December, Hansoh Pharmaceutical Group licensed an oral GLP-1 pill to Merck for up to $2 billion."
    assert ("hansoh", "USA", "licensing") in triples(text)


def test_a_purchase_told_as_dui_de_shougou_is_in_the_bought_firms_country():
    text = "海信早在2018年就完成了对斯洛文尼亚家电企业Gorenje的收购，目前在墨西哥蒙特雷建有工业园，生产冰箱。"
    found = triples(text)
    assert ("hisense", "SVN", "acquisition") in found
    assert ("hisense", "MEX", "greenfield_plant") in found
    assert ("hisense", "MEX", "acquisition") not in found


def test_an_upfront_payment_prices_a_licence():
    text = "信达生物公告，与日本武田制药就多款在研产品达成全球战略合作，武田将支付12亿美元首付款。"
    assert ("innovent", "JPN", "licensing") in triples(text)


def test_a_filing_that_calls_itself_the_company():
    text = ("江苏恒瑞医药股份有限公司（以下简称“公司”）与英国葛兰素史克公司签署许可协议。\n\n"
            "一、交易概述\n该药物处于临床阶段。\n\n二、影响\n本次合作是公司继2025年3月与美国默沙东就口服小分子药物达成许可协议之后的又一项合作。"
            "公司H股已于2025年5月23日在香港联合交易所主板挂牌上市。")
    found = triples(text)
    assert ("hengrui", "USA", "licensing") in found
    assert ("hengrui", "HKG", "listing") in found


def test_a_delivery_service_launched_in_a_market_is_a_move():
    text = "今年5月，美团宣布未来五年将在巴西投资10亿美元，推出Keeta外卖服务。"
    m = moves(text)[("meituan", "BRA", "other")]
    assert m.evidence["move_type"].quote == "推出"
    assert m.rule_confidence >= 0.9


def test_a_product_launched_is_still_no_move():
    text = "今年5月，小米在巴西推出新款手机。"
    assert ("xiaomi", "BRA", "other") not in triples(text)
