"""A dateline closed by a colon after its date, as Malaysian and Indian papers write it
("KUALA LUMPUR (Dec 15): …"), frames the article (round 14). Written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples

TEXT = """ECRL enters home stretch

KUALA LUMPUR (Dec 15, 2025): The East Coast Rail Link is entering its final year of construction.

CCCC has been the engineering, procurement, construction and commissioning (EPCC) contractor for the 665km line since 2017. The contract was renegotiated in 2019."""


def test_the_dateline_country_is_the_host_of_a_move_without_a_place():
    assert ("cccc", "MYS", "construction_contract") in triples(TEXT)


def test_a_capitalised_label_with_a_colon_is_no_dateline():
    text = TEXT.replace("KUALA LUMPUR (Dec 15, 2025):", "EXCLUSIVE:")
    assert not [t for t in triples(text) if t[1] == "MYS"]
