"""A builder named as a project's contractor, and a venture formed without the word "joint"
(round 15). The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_a_firm_that_was_the_main_contractor_built_it():
    # (a second sentence: a text's first line is read as its headline)
    text = ("The deals build on years of Chinese engineering work in the region. In Dubai, Harbin "
            "Electric was the main contractor for the 2,400-megawatt Hassyan power complex, which is "
            "now fully operational.")
    assert ("harbin_electric", "ARE", "construction_contract") in triples(text)


def test_a_contractor_in_a_list_of_bidders_is_not_one_that_built():
    text = ("The deals build on years of Chinese engineering work in the region. Harbin Electric is "
            "among the bidders for the Hassyan power complex in Dubai, a contractor said.")
    assert ("harbin_electric", "ARE", "construction_contract") not in triples(text)


def test_a_similar_venture_with_partners_is_a_joint_venture():
    text = ("JinkoSolar agreed with RELC to form a joint venture that will build a solar plant in Saudi "
            "Arabia. TCL Zhonghuan announced a similar venture with the same partners for a 20GW ingot "
            "and wafer factory in Saudi Arabia.")
    found = triples(text)
    assert ("tcl_zhonghuan", "SAU", "joint_venture") in found
    assert ("tcl_zhonghuan", "SAU", "greenfield_plant") not in found


def test_a_firm_leading_the_consortium_to_build_a_countrys_plant_is_its_contractor():
    text = ("Nuclear power is coming to Central Asia. China National Nuclear Corporation (CNNC) will "
            "lead the international consortium to build Kazakhstan's second nuclear power plant, the "
            "Agency for Atomic Energy said.")
    found = triples(text)
    assert ("cnnc", "KAZ", "construction_contract") in found
    assert ("cnnc", "KAZ", "greenfield_plant") not in found


def test_a_shortlisted_bidder_has_made_no_move():
    text = ("Nuclear power is coming to Central Asia. CNNC was shortlisted for the first plant in "
            "Kazakhstan together with France's EDF and South Korea's KHNP.")
    assert not [t for t in triples(text) if t[0] == "cnnc"]
