"""The move scorer: a probability per move that weighs the whole article."""

from __future__ import annotations

import math

from chuhai.extract import extract_moves
from chuhai.extract.core import MIN_CONFIDENCE
from chuhai.extract.score import RULE_FEATURES, article_features, fitted_model, score

ARTICLE = (
    "BYD to build $1 billion car plant in Szeged, Hungary\n\n"
    "BYD said on Tuesday it would build a car plant in Szeged, Hungary, its first in Europe, "
    "with an investment of $1 billion. The plant will make 150,000 cars a year, BYD said. "
    "Rival carmakers have also looked at the region. Great Wall Motor, which has a sales "
    "office in Munich, said last year that Europe was a priority. BYD shares rose 2% in "
    "Hong Kong.")


def test_the_fitted_weights_cover_exactly_the_features_the_code_computes():
    # a feature added or renamed without refitting (scripts/fit_move_score.py) fails here
    moves = extract_moves(ARTICLE, min_confidence=0)
    names = set(article_features(ARTICLE, [], moves)[0])
    fitted = fitted_model()
    assert set(fitted["weights"]) == names
    assert set(fitted["rule_weights"]) == {"bias", *RULE_FEATURES}


def test_the_subject_of_the_article_outscores_a_firm_named_in_passing():
    moves = {m.company_id: m for m in extract_moves(ARTICLE, min_confidence=0)}
    byd, gwm = moves["byd"], moves["great_wall"]
    # the rules alone rate both sentences alike; the article does not
    assert abs(byd.rule_confidence - gwm.rule_confidence) <= 0.05
    assert byd.confidence - gwm.confidence > 2 * (byd.rule_confidence - gwm.rule_confidence)
    assert byd.confidence >= MIN_CONFIDENCE
    assert next(m.company_id for m in extract_moves(ARTICLE)) == "byd"


def _rule_score(rule_confidence: float) -> float:
    feats = {"bias": 1.0, "conf": rule_confidence, "conf_low": float(rule_confidence <= 0.6),
             "conf_mid": float(0.6 < rule_confidence < 0.85)}
    return round(score(feats, fitted_model()["rule_weights"]), 2)


def test_a_short_text_is_scored_from_the_rules_confidence_alone():
    a = "Company news\n\nBYD will build a car plant in Szeged, Hungary."
    b = "Company news\n\nChery will build a car plant in Barcelona, Spain."
    (ma,), (mb,) = extract_moves(a, min_confidence=0), extract_moves(b, min_confidence=0)
    assert ma.rule_confidence == mb.rule_confidence
    assert ma.confidence == mb.confidence
    assert ma.confidence == _rule_score(ma.rule_confidence)


def test_four_sentences_make_an_article_three_do_not(monkeypatch):
    # an article model that says "right" to everything tells which model scored a move,
    # whatever the fitted weights happen to give (they may round to the rules' score)
    from chuhai.extract import score as score_module
    sure = {**fitted_model(), "weights": {"bias": 30.0}}
    monkeypatch.setattr(score_module, "fitted_model", lambda: sure)
    body = ["BYD will build a car plant in Szeged, Hungary.", "The plant will make cars.",
            "Production starts in 2026.", "Shares rose."]
    three = extract_moves("\n".join(["BYD news"] + body[:2]), min_confidence=0)
    four = extract_moves("\n".join(["BYD news"] + body[:3]), min_confidence=0)
    assert three[0].confidence == _rule_score(three[0].rule_confidence) < 0.99
    assert four[0].confidence == 1.0


def test_every_form_of_an_unknown_firm_counts_as_one_firm():
    # the candidate's full name, its short name and its unit share one key
    zh = ("中国星建签约沙特光伏项目\n\n"
          "近日，中国星河建设股份有限公司发布公告称，公司所属中国星建国际集团与沙特ACWA Power"
          "签署了沙特2GW光伏电站项目EPC总承包合同。中国星建表示，项目将于明年开工。")
    from chuhai.extract.core import _assembler
    from chuhai.extract.pipeline import matchers_for
    from chuhai.reference.companies import Registry
    m = matchers_for(Registry.default())
    mentions = m.mentions(zh, "zh")
    moves = _assembler(m).assemble(zh, mentions, "zh", None)
    (f,) = [f for f, mv in zip(article_features(zh, mentions, moves), moves) if mv.is_candidate]
    assert (f["firm_share"], f["firm_head"]) == (1.0, 1.0)
    assert f["firm_n"] == math.log1p(4) and f["firms_in_doc"] == math.log1p(1)


def test_score_is_a_probability_that_rises_with_its_evidence():
    w = {"bias": -1.0, "value": 2.0}
    assert 0 < score({"bias": 1.0, "value": 0.0}, w) < 0.5 < score({"bias": 1.0, "value": 1.0}, w)
    assert score({"bias": 1.0, "value": 1e6}, w) <= 1.0  # no overflow
