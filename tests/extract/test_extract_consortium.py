"""A consortium or venture wins for each of its members (round 14). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_each_member_of_a_chinese_consortium_has_the_contract():
    text = "在埃及，由中航国际与中国铁建组成的联合体承建的斋月十日城市郊铁路，合同金额约12亿美元。"
    got = triples(text)
    assert ("avic_international", "EGY", "construction_contract") in got
    assert ("crcc", "EGY", "construction_contract") in got


def test_each_member_of_an_english_consortium_has_the_contract():
    text = ("A consortium of China Harbour Engineering and China Railway Group won the contract to "
            "build the metro in Bogota, Colombia.")
    got = triples(text)
    assert ("chec", "COL", "construction_contract") in got
    assert ("crec", "COL", "construction_contract") in got


def test_a_partner_met_with_yu_is_no_member():
    # "与" after a firm is a counterparty unless a consortium follows
    text = "中国铁建与埃及国家隧道局签署合同，承建斋月十日城市郊铁路。"
    assert not [t for t in triples(text) if t[0] != "crcc"]


def test_a_firm_holding_a_share_of_a_venture_is_in_it():
    text = ("The port in Lagos, Nigeria, is owned by Lekki Port LFTZ Enterprise Limited, a joint "
            "venture in which China Harbour Engineering Company (CHEC) holds 52.5 per cent.")
    assert ("chec", "NGA", "joint_venture") in triples(text)
    # a venture merely named, with nobody's share in it, makes no Chinese firm its member
    assert not triples("The port in Lagos, Nigeria, is owned by a joint venture in which the "
                       "state keeps a golden share.")
