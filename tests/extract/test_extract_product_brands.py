"""A brand named for its products is not the mover (round 15).

"Changan started assembling Deepal models at its Rayong factory": Deepal is Changan's
brand, in the registry as a firm of its own, and here it names the cars. The sentences are
written for these tests.
"""

from __future__ import annotations

from tests.extract.helpers import triples


def test_a_brands_models_made_by_the_firm_named_before():
    text = "Changan Automobile started assembling Deepal models at its own Rayong factory in Thailand."
    found = triples(text)
    assert ("changan", "THA", "greenfield_plant") in found
    assert not [t for t in found if t[0] == "deepal"]


def test_a_brands_cars_made_through_a_venture():
    text = ("Chinese carmakers crowd into Thailand. SAIC Motor, which has assembled MG cars in "
            "Chonburi for more than a decade through a joint venture with Charoen Pokphand Group, "
            "is the old hand of the group.")
    found = triples(text)
    assert ("saic", "THA", "joint_venture") in found
    assert not [t for t in found if t[0] == "mg_motor"]


def test_a_brand_that_acts_is_still_the_mover():
    # no firm before it in the sentence: the brand is the subject
    assert ("deepal", "THA", "greenfield_plant") in triples(
        "Deepal will build a factory in Rayong, Thailand, to make its SUV models.")
