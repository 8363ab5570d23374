"""The move scorer: a probability per move that weighs the whole article."""

from __future__ import annotations

import json
from importlib import resources

from chuhai.extract import extract_moves
from chuhai.extract.core import MIN_CONFIDENCE
from chuhai.extract.score import MIN_SENTENCES, RULE_FEATURES, article_features, score

ARTICLE = (
    "BYD to build $1 billion car plant in Szeged, Hungary\n\n"
    "BYD said on Tuesday it would build a car plant in Szeged, Hungary, its first in Europe, "
    "with an investment of $1 billion. The plant will make 150,000 cars a year, BYD said. "
    "Rival carmakers have also looked at the region. Great Wall Motor, which has a sales "
    "office in Munich, said last year that Europe was a priority. BYD shares rose 2% in "
    "Hong Kong.")


def _fitted() -> dict:
    return json.loads(resources.files("chuhai.extract").joinpath("move_score.json")
                      .read_text(encoding="utf-8"))


def test_the_fitted_weights_cover_exactly_the_features_the_code_computes():
    # a feature added or renamed without refitting (scripts/fit_move_score.py) fails here
    moves = extract_moves(ARTICLE, min_confidence=0)
    names = set(article_features(ARTICLE, [], moves)[0])
    fitted = _fitted()
    assert set(fitted["weights"]) == names
    assert set(fitted["rule_weights"]) == {"bias", *RULE_FEATURES}
    assert 0 < fitted["threshold"] < 1 and MIN_CONFIDENCE == fitted["threshold"]


def test_the_subject_of_the_article_outscores_a_firm_named_in_passing():
    moves = {m.company_id: m for m in extract_moves(ARTICLE, min_confidence=0)}
    byd, gwm = moves["byd"], moves["great_wall"]
    # the rules alone rate both sentences alike; the article does not
    assert abs(byd.rule_confidence - gwm.rule_confidence) <= 0.05
    assert byd.confidence - gwm.confidence > 2 * (byd.rule_confidence - gwm.rule_confidence)
    assert byd.confidence >= MIN_CONFIDENCE
    assert [m.company_id for m in extract_moves(ARTICLE)][0] == "byd"


def test_a_short_text_is_scored_from_the_rules_confidence_alone():
    a = "Company news\n\nBYD will build a car plant in Szeged, Hungary."
    b = "Company news\n\nChery will build a car plant in Barcelona, Spain."
    (ma,), (mb,) = extract_moves(a, min_confidence=0), extract_moves(b, min_confidence=0)
    assert ma.rule_confidence == mb.rule_confidence
    assert ma.confidence == mb.confidence
    w = _fitted()["rule_weights"]
    feats = {"bias": 1.0, "conf": ma.rule_confidence,
             "conf_low": float(ma.rule_confidence <= 0.6),
             "conf_mid": float(0.6 < ma.rule_confidence < 0.85)}
    assert ma.confidence == round(score(feats, w), 2)
    assert MIN_SENTENCES > 2


def test_score_is_a_probability_that_rises_with_its_evidence():
    w = {"bias": -1.0, "value": 2.0}
    assert 0 < score({"bias": 1.0, "value": 0.0}, w) < 0.5 < score({"bias": 1.0, "value": 1.0}, w)
    assert score({"bias": 1.0, "value": 1e6}, w) <= 1.0  # no overflow
