"""Contractors and co-investors in Chinese infrastructure news, and places inside longer
names (round 15). The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_the_pan_american_highway_is_not_in_america():
    text = ("China Harbour Engineering Company was the main contractor for the wharves of the Chancay "
            "port in Peru and the tunnel that links the terminal with the Pan-American highway.")
    found = triples(text)
    assert ("chec", "PER", "construction_contract") in found
    assert not [t for t in found if t[1] == "USA"]
    # and with no other place in the sentence, the highway still names no country
    text = ("Chancay, Peru's newest deepwater terminal, opened in November. China Harbour Engineering "
            "Company was the main contractor for the tunnel that links the terminal with the "
            "Pan-American highway.")
    assert not [t for t in triples(text) if t[1] == "USA"]


def test_a_spanish_spelling_names_the_country():
    # "Perú" in the distributor's name says where the stake bought is, not Enel's Italy
    text = ("China Southern Power Grid International closed its purchase of Enel's controlling stake "
            "in the distributor now called Pluz Energía Perú, in a deal worth about US$2.9bn.")
    found = triples(text)
    assert ("csg_intl", "PER", "acquisition") in found
    assert ("csg_intl", "ITA", "acquisition") not in found


def test_a_groups_full_chinese_name_after_its_units_name():
    text = ("中国路桥在肯尼亚深耕多年。中国路桥的母公司中国交通建设股份有限公司承建的拉穆港"
            "前三个泊位已于2021年全部投入使用。")
    assert ("cccc", "KEN", "construction_contract") in triples(text)


def test_a_park_named_at_the_start_of_a_paragraph_sets_the_scene():
    text = ("在迪拜穆罕默德·本·拉希德·阿勒马克图姆太阳能园区，装机950兆瓦的第四期光热光伏混合电站已全面投运。"
            "该项目由700兆瓦光热和250兆瓦光伏组成，上海电气担任EPC总承包方。")
    assert ("shanghai_electric", "ARE", "construction_contract") in triples(text)


def test_a_project_owned_with_named_partners_is_a_joint_venture():
    text = ("在阿布扎比，装机2吉瓦的宰夫拉光伏电站于2023年建成投产。晶科电力与阿布扎比国家能源公司、"
            "马斯达尔和法国电力共同投资该项目，持有20%股权。")
    found = triples(text)
    assert ("jinko_power", "ARE", "joint_venture") in found  # Jinko Power, not JinkoSolar
    # 法国电力 is EDF, a partner, not France
    assert not [t for t in found if t[1] == "FRA"]


def test_partners_investing_together_without_the_chinese_firm_make_no_venture_of_it():
    text = ("由中铝国际承建的印尼梅帕瓦氧化铝项目已于2024年建成投产，该项目由印尼国家铝业公司（Inalum）"
            "与印尼国家矿业公司（Antam）共同投资。")
    assert not [t for t in triples(text) if t[2] == "joint_venture"]
