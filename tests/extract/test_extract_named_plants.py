"""A plant called by its place after the venture or purchase that made it, and a bought
firm's headquarters that stays where it is (round 15). The sentences are written for
these tests."""

from __future__ import annotations

from tests.extract.helpers import triples


def test_its_brazilian_plant_after_a_purchase_is_the_plant_bought():
    text = ("Carmakers are crowding into Brazil. Great Wall Motor bought the Iracemápolis plant in Brazil "
            "from Mercedes-Benz in 2021. Great Wall said its Brazilian plant would make hybrids.")
    found = triples(text)
    assert ("great_wall", "BRA", "acquisition") in found
    assert ("great_wall", "BRA", "greenfield_plant") not in found


def test_a_new_plant_built_in_a_place_is_still_a_plant():
    # no venture or purchase there before: the plant is a move of its own
    text = "Markets abroad matter. Chery said its Spanish plant in Barcelona would start production in 2025."
    assert ("chery", "ESP", "greenfield_plant") in triples(text)


def test_a_bought_firms_headquarters_that_stays_is_no_office():
    text = ("JD.com's bid for MediaMarkt owner tests Berlin\n\nWhen JD.com unveiled its offer for "
            "Ceconomy at the end of July, the Chinese online retailer promised almost everything German "
            "politicians like to hear: the headquarters stays in Düsseldorf, the brands stay.")
    found = triples(text)
    assert ("jd", "DEU", "office_hq") not in found
    assert ("jd", "DEU", "acquisition") in found
