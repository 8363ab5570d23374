"""How likely an assembled move is to be right: a logistic model over what the article
says around it, fitted on annotated news (``scripts/fit_move_score.py``).

The rules give each move a confidence from the evidence in its own sentence. Whether a
move is really news of the article also shows in the article as a whole: a firm in the
headline and named again and again is the subject; a firm named once beside a rival's
plant is background. A model fitted on thousands of annotated moves weighs those signs
together, where a hand-set threshold can only weigh one.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from importlib import resources

from chuhai.extract.assemble import split_sentences
from chuhai.vocab import MOVE_STATUSES, MOVE_TYPES

#: A text of fewer sentences (a headline, a feed summary, a one-line note) has no article
#: around its moves to weigh; its moves are scored from the rules' confidence alone, by a
#: model fitted on the same moves (:data:`RULE_FEATURES`).
MIN_SENTENCES = 4
RULE_FEATURES = ("conf", "conf_low", "conf_mid")



def _firm_key(kind: str, key, text: str) -> str | None:
    if kind == "company":
        return f"id:{key}"
    if kind == "candidate":
        return f"name:{text.lower()}"
    return None


def article_features(text: str, mentions, moves) -> list[dict[str, float]]:
    """One feature dict per move of an article (see :func:`score`).

    ``mentions`` are the article's typed spans (:class:`~chuhai.extract.pipeline.Mention`),
    ``moves`` the assembled :class:`~chuhai.extract.assemble.ExtractedMove` list.
    """
    head_end = text.find("\n")
    head_end = len(text) if head_end < 0 else head_end
    firms: Counter = Counter()
    firms_head: set = set()
    places: Counter = Counter()
    places_head: set = set()
    for mt in mentions:
        fk = _firm_key(mt.kind, mt.key, text[mt.start:mt.end])
        if fk:
            firms[fk] += 1
            if mt.start < head_end:
                firms_head.add(fk)
        elif mt.kind == "place" and mt.key:
            places[mt.key] += 1
            if mt.start < head_end:
                places_head.add(mt.key)
    n_firm_mentions = sum(firms.values()) or 1
    top_firm = max(firms.values(), default=0)
    foreign = {k: v for k, v in places.items() if k != "CHN"}
    top_place = max(foreign.values(), default=0)
    pairs = Counter((mv.company_id or mv.company_name.lower(), mv.host_iso3) for mv in moves)
    firms_moving = {mv.company_id or mv.company_name.lower() for mv in moves}
    out = []
    for mv in moves:
        fk = f"id:{mv.company_id}" if mv.company_id else \
            f"name:{(mv.evidence['company'].quote if 'company' in mv.evidence else mv.company_name).lower()}"
        n_f = firms.get(fk, 0)
        n_p = places.get(mv.host_iso3, 0)
        ev = mv.evidence
        starts = [s.start for s in ev.values()]
        f = {
            "bias": 1.0,
            "conf": mv.confidence,
            "conf_low": float(mv.confidence <= 0.6),
            "conf_mid": float(0.6 < mv.confidence < 0.85),
            "zh": float(any("\u4e00" <= ch <= "\u9fff" for ch in text[:200])),
            "city": float(mv.city is not None),
            "value": float(mv.value_usd_m is not None),
            "year": float(mv.year is not None),
            "partner": float(mv.partner is not None),
            "candidate": float(mv.is_candidate),
            "sents": min(len(mv.sentences), 3) / 3,
            "firm_n": math.log1p(n_f),
            "firm_head": float(fk in firms_head),
            "firm_top": float(n_f > 0 and n_f == top_firm),
            "firm_share": n_f / n_firm_mentions,
            "host_n": math.log1p(n_p),
            "host_head": float(mv.host_iso3 in places_head),
            "host_top": float(n_p > 0 and n_p == top_place),
            "host_absent": float(n_p == 0),
            "firms_in_doc": math.log1p(len(firms)),
            "movers_in_doc": math.log1p(len(firms_moving)),
            "moves_in_doc": math.log1p(len(moves)),
            "same_pair": math.log1p(pairs[(mv.company_id or mv.company_name.lower(),
                                           mv.host_iso3)] - 1),
            "position": (min(starts) / max(len(text), 1)) if starts else 1.0,
            "spread": min(abs(ev["company"].start - ev["move_type"].start) / 200, 1.0)
            if "company" in ev and "move_type" in ev else 1.0,
            "host_far": min(abs(ev["host_iso3"].start - ev["move_type"].start) / 200, 1.0)
            if "host_iso3" in ev and "move_type" in ev else 1.0,
        }
        for t in MOVE_TYPES:
            f[f"type_{t}"] = float(mv.move_type == t)
        for s in MOVE_STATUSES:
            f[f"status_{s}"] = float(mv.status == s)
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _fitted() -> dict:
    path = resources.files("chuhai.extract").joinpath("move_score.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _weights() -> dict[str, float]:
    return _fitted()["weights"]


def fitted_threshold() -> float:
    """The score below which a move is left out by default (fitted with the weights)."""
    return float(_fitted()["threshold"])


def move_scores(text: str, lang: str, mentions, moves) -> list[float]:
    """The probability that each move of an article is right."""
    short = len(split_sentences(text, lang)) < MIN_SENTENCES
    w = _fitted()["rule_weights" if short else "weights"]
    return [score(f, w) for f in article_features(text, mentions, moves)]


def score(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """Probability that the move is right (logistic over ``features``)."""
    w = _weights() if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
