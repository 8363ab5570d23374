"""Mining deals: a deposit named by its metals, a trader bought in its home city, which
Congo the news means, and a plant a firm is only linked to (round 15). The sentences are
written for these tests."""

from __future__ import annotations

from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _places(text: str) -> list[tuple[str, str]]:
    m = matchers_for(Registry.default())
    return [(x.key, x.text) for x in m.mentions(text, "en") if x.kind == "place"]


def test_a_deposit_named_by_its_metals_is_bought_not_the_metal():
    text = ("The deal extends an acquisition streak. CMOC bought the Kisanfu copper-cobalt deposit in "
            "the Democratic Republic of Congo from Freeport-McMoRan Inc. for $550 million in 2020.")
    assert ("cmoc", "COD", "acquisition") in triples(text)


def test_buying_the_metal_itself_is_still_trade():
    text = "The deal extends an acquisition streak. CMOC bought copper cathodes in Zambia for its smelters."
    assert ("cmoc", "ZMB", "acquisition") not in triples(text)


def test_a_firm_bought_in_its_home_city_told_in_a_relative_clause():
    text = ("The deal extends an acquisition streak. CMOC also owns metals trader Acme Metals, based in "
            "Geneva, which it acquired in 2019 for $495 million.")
    assert ("cmoc", "CHE", "acquisition") in triples(text)


def test_a_bare_congo_is_the_democratic_republic():
    found = _places("CMOC entered Congo in 2016; the Republic of Congo and Congo-Brazzaville are another country.")
    assert found == [("COD", "Congo"), ("COG", "Republic of Congo"), ("COG", "Congo-Brazzaville")]


def test_a_plant_a_firm_is_linked_to_is_no_move():
    text = "BYD is building a plant in Manisa, Turkey. Chery has also been linked to a Turkish plant."
    found = triples(text)
    assert ("chery", "TUR", "greenfield_plant") not in found
    assert ("byd", "TUR", "greenfield_plant") in found
