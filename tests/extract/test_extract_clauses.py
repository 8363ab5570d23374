"""Clauses of one sentence (round 16): a relative clause's purchase and the main verb's
expansion are two moves, and "in China" in the next clause does not make a purchase
domestic. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_a_purchase_in_a_relative_clause_and_the_main_verbs_expansion_are_two_moves():
    text = ("Zhejiang Huayou Cobalt, which bought a lithium mine in Goromonzi for $422 million in 2022, "
            "is expanding the complex with a $300 million sulphate plant.")
    found = triples(text)
    assert ("huayou", "ZWE", "acquisition") in found
    assert ("huayou", "ZWE", "plant_expansion") in found


def test_home_in_the_next_clause_leaves_the_purchase_abroad():
    text = ("Lithium news\n\nHARARE, May 14, 2024 (The Herald) -\n\nZimbabwe banned ore exports. "
            "Chengxin Lithium Group acquired a lithium project in Buhera in 2022 and ships concentrate "
            "to its refineries in China.")
    assert ("chengxin_lithium", "ZWE", "acquisition") in triples(text)


def test_home_in_the_same_clause_still_makes_it_domestic():
    text = ("Lithium news\n\nHARARE, May 14, 2024 (The Herald) -\n\nZimbabwe banned ore exports. "
            "Chengxin Lithium Group acquired a lithium refinery in China in 2022.")
    assert ("chengxin_lithium", "ZWE", "acquisition") not in triples(text)


def test_a_second_verb_after_a_firm_bought_is_the_subjects():
    text = ("Haier is no stranger to deals. It bought Italian appliance maker Candy in 2019, a deal "
            "that drew little scrutiny, and in the same year acquired a stake in a plant in Japan.")
    found = triples(text)
    assert ("haier", "ITA", "acquisition") in found
    assert ("haier", "JPN", "acquisition") in found
