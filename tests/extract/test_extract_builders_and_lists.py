"""Builders and lists (round 16): a works "was built by" a contractor, a consortium's
leader, a project made "with" a partner, a headline over a venture, and each country of
a list evidenced by its own name and scored as one of several. The sentences are
written for these tests."""

from __future__ import annotations

from chuhai.extract import extract_moves
from chuhai.extract.pipeline import Mention
from chuhai.extract.score import _listed
from tests.extract.helpers import moves, triples


def test_a_works_built_by_a_contractor_is_its_contract_and_standing():
    text = "The 600-megawatt dam in Zambia was built by Sinohydro Corporation at a cost of $1 billion."
    found = moves(text)
    m = found[("sinohydro", "ZMB", "construction_contract")]
    assert m.rule_confidence >= 0.9
    assert m.status == "operating"


def test_built_without_a_builder_named_after_it_stays_weak():
    text = "The 600-megawatt dam in Zambia was built in 1970. Sinohydro now runs maintenance there."
    assert all(m.rule_confidence < 0.9 for m in extract_moves(text, min_confidence=0))


def test_the_leader_of_a_building_consortium_has_a_contract():
    text = "乌兹别克斯坦能源部宣布，中国核工业集团有限公司被选定为该国核电站建设联合体的牵头方。"
    assert ("cnnc", "UZB", "construction_contract") in triples(text)


def test_a_project_made_with_a_partner_is_a_venture():
    text = "宁德时代与印尼国有企业合作的电池工厂在西爪哇卡拉旺开工。"
    assert triples(text) == [("catl", "IDN", "joint_venture")]


def test_a_headline_plant_over_a_body_venture_is_the_venture():
    text = ("宁德时代印尼电池工厂开工\n\n据悉，宁德时代将在卡拉旺建设电池工厂。宁德时代董事长表示满意。当地官员出席。"
            "宁德时代与印尼电池公司成立合资公司运营该厂，规划产能6.9GWh。")
    found = moves(text)
    assert found[("catl", "IDN", "joint_venture")].evidence["move_type"].quote == "电池工厂"


def test_each_country_of_a_list_has_its_own_evidence():
    text = "Meituan's Keeta delivery app went live in Qatar and Kuwait in 2025."
    found = moves(text)
    for iso3, name in (("QAT", "Qatar"), ("KWT", "Kuwait")):
        assert found[("meituan", iso3, "other")].evidence["host_iso3"].quote == name


def _place(text: str, name: str, key: str) -> Mention:
    at = text.index(name)
    return Mention("place", at, at + len(name), key, None, name)


def test_listed_hosts_are_told_apart_from_a_host_alone():
    text = "It runs warehouses in Germany and the Netherlands, and a plant in Poland."
    spans = [_place(text, n, k) for n, k in (("Germany", "DEU"), ("Netherlands", "NLD"), ("Poland", "POL"))]
    places = [(m.start, m.end, m.key) for m in spans]
    de, nl, pl = (_listed(text, places, m) for m in spans)
    assert de == {"host_listed": 1.0, "host_listed_later": 0.0}
    assert nl == {"host_listed": 1.0, "host_listed_later": 1.0}
    assert pl == {"host_listed": 0.0, "host_listed_later": 0.0}
    assert _listed(text, places, None) == {"host_listed": 0.0, "host_listed_later": 0.0}
