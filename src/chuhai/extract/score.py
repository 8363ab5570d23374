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
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from chuhai.vocab import MOVE_STATUSES, MOVE_TYPES

if TYPE_CHECKING:  # the pipeline loads spaCy; the CLI reads the threshold without it
    from chuhai.extract.assemble import ExtractedMove
    from chuhai.extract.pipeline import Mention

#: A text of fewer sentences (a headline, a feed summary, a one-line note) has no article
#: around its moves to weigh; its moves are scored from the rules' confidence alone, by a
#: model fitted on the same moves (:data:`RULE_FEATURES`).
MIN_SENTENCES = 4
RULE_FEATURES = ("conf", "conf_low", "conf_mid")


def _firm_key(kind: str, key: str | None, surface: str) -> str | None:
    """One key per firm: its registry id, or an unknown firm's shared candidate key."""
    if kind == "company":
        return f"id:{key}"
    if kind == "candidate":
        return f"name:{(key or surface).lower()}"
    return None


def article_features(text: str, mentions: Sequence[Mention],
                     moves: Sequence[ExtractedMove]) -> list[dict[str, float]]:
    """One feature dict per move of an article, the input of :func:`score`.

    Parameters
    ----------
    text
        The article as the pipeline read it (simplified characters for Chinese), which
        the offsets of ``mentions`` and of the moves' evidence point into.
    mentions
        The article's typed spans (:class:`~chuhai.extract.pipeline.Mention`).
    moves
        The assembled moves (:class:`~chuhai.extract.assemble.ExtractedMove`), before
        their confidence is replaced by the score.

    Examples
    --------
    >>> article_features("No moves here.", [], [])
    []
    """
    head_end = text.find("\n")
    head_end = len(text) if head_end < 0 else head_end
    firms: Counter = Counter()
    firms_head: set = set()
    firm_at: dict[int, str] = {}
    places: Counter = Counter()
    places_head: set = set()
    for mt in mentions:
        fk = _firm_key(mt.kind, mt.key, text[mt.start:mt.end])
        if fk:
            firms[fk] += 1
            firm_at[mt.start] = fk
            if mt.start < head_end:
                firms_head.add(fk)
        elif mt.kind == "place" and mt.key:
            places[mt.key] += 1
            if mt.start < head_end:
                places_head.add(mt.key)
    # a firm introduced as one ("总部位于上海的寰泰能源") weighs as a registered one
    sure = {_firm_key(mt.kind, mt.key, text[mt.start:mt.end]) for mt in mentions if "sure" in mt.flags}
    place_spans = sorted((mt.start, mt.end, mt.key) for mt in mentions if mt.kind == "place" and mt.key)
    n_firm_mentions = sum(firms.values()) or 1
    top_firm = max(firms.values(), default=0)
    foreign = {k: v for k, v in places.items() if k != "CHN"}
    top_place = max(foreign.values(), default=0)

    def mover(mv: ExtractedMove) -> str:
        # the firm mention the evidence points at, so every form of one firm counts as one
        span = mv.evidence.get("company")
        if span is not None and span.start in firm_at:
            return firm_at[span.start]
        return f"id:{mv.company_id}" if mv.company_id else f"name:{mv.company_name.lower()}"

    keys = [mover(mv) for mv in moves]
    pairs = Counter((k, mv.host_iso3) for k, mv in zip(keys, moves))
    out = []
    for fk, mv in zip(keys, moves):
        n_f = firms.get(fk, 0)
        n_p = places.get(mv.host_iso3, 0)
        ev = mv.evidence
        host_span = _host_span(ev, place_spans, mv.host_iso3)
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
            # a firm the registry does not know may be a word or a person ("Regina", "Fuda");
            # named by its legal name ("Jiaxing Fuda Knitting Co., Ltd.", "晋江市盛泰鞋业有限
            # 公司") it is a firm for sure, and weighs as a registered one
            "candidate": float(mv.is_candidate and fk not in sure
                               and _LEGAL_FORM.search(_quote(text, ev, "company")) is None),
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
            "movers_in_doc": math.log1p(len(set(keys))),
            "moves_in_doc": math.log1p(len(moves)),
            "same_pair": math.log1p(pairs[(fk, mv.host_iso3)] - 1),
            "position": (min(starts) / max(len(text), 1)) if starts else 1.0,
            "spread": _gap(ev, "company"),
            "host_far": _gap({**ev, "host_iso3": host_span} if host_span is not None else ev, "host_iso3"),
            # "in Germany and the Netherlands", "在卡塔尔和科威特": one of several hosts
            # named together, which the rules score as if it stood alone
            **_listed(text, place_spans, host_span),
        }
        for t in MOVE_TYPES:
            f[f"type_{t}"] = float(mv.move_type == t)
        for st in MOVE_STATUSES:
            f[f"status_{st}"] = float(mv.status == st)
        out.append(f)
    return out


_LEGAL_FORM = re.compile(r"\b(?:Co\.?,?\s*Ltd|Limited|Corp(?:oration)?|Inc|LLC|PLC)\b\.?|有限公司|股份有限公司|有限责任公司",
                         re.IGNORECASE)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and|or)?|，|、|和|及|以及|与|或|\band\b|\bor\b)\s*(?:the\s+)?")


def _host_span(evidence: dict, places: list[tuple[int, int, str]], host: str):
    """The host's evidence, or (where an older assembler gave none, as for the second
    country of a list) the mention of that country nearest the trigger, within 300 chars."""
    if "host_iso3" in evidence or "move_type" not in evidence:
        return evidence.get("host_iso3")
    at = evidence["move_type"].start
    near = [(abs(s - at), s, e) for s, e, k in places if k == host and abs(s - at) <= 300]
    if not near:
        return None
    _, s, e = min(near)
    return _Span(s, e)


class _Span(NamedTuple):
    start: int
    end: int


def _listed(text: str, places: list[tuple[int, int, str]], span) -> dict[str, float]:
    """``host_listed``: the host's words are joined to another country's by "and", a comma
    or "、"; ``host_listed_later``: and another comes before it."""
    if span is None:
        return {"host_listed": 0.0, "host_listed_later": 0.0}
    before = any(e <= span.start and _LIST_JOIN.fullmatch(text, e, span.start)
                 for s, e, k in places if s < span.start)
    after = any(s >= span.end and _LIST_JOIN.fullmatch(text, span.end, s)
                for s, e, k in places if s >= span.end)
    return {"host_listed": float(before or after), "host_listed_later": float(before)}


def _quote(text: str, evidence: dict, field: str) -> str:
    span = evidence.get(field)
    return text[span.start:span.end] if span is not None else ""


def _gap(evidence: dict, field: str) -> float:
    """How far a field's evidence is from the trigger, 0 (next to it) to 1 (200+ chars
    away, or not found)."""
    if field not in evidence or "move_type" not in evidence:
        return 1.0
    return min(abs(evidence[field].start - evidence["move_type"].start) / 200, 1.0)


@lru_cache(maxsize=1)
def fitted_model() -> dict:
    """The fitted scorer: ``weights``, ``rule_weights``, ``threshold`` and how it was
    fitted (``src/chuhai/extract/move_score.json``, written by the fit script).

    >>> 0 < fitted_model()["threshold"] < 1
    True
    """
    path = resources.files("chuhai.extract").joinpath("move_score.json")
    return json.loads(path.read_text(encoding="utf-8"))


def fitted_threshold() -> float:
    """The score below which a move is left out by default (fitted with the weights)."""
    return float(fitted_model()["threshold"])


def move_scores(text: str, lang: str, mentions: Sequence[Mention],
                moves: Sequence[ExtractedMove]) -> list[float]:
    """The probability that each move of an article is right, in the order of ``moves``.

    Arguments as :func:`article_features`; ``lang`` is ``"en"`` or ``"zh"``.

    >>> move_scores("No moves here.", "en", [], [])
    []
    """
    from chuhai.extract.assemble import split_sentences
    short = len(split_sentences(text, lang)) < MIN_SENTENCES
    w = fitted_model()["rule_weights" if short else "weights"]
    return [score(f, w) for f in article_features(text, mentions, moves)]


def score(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """Probability that a move is right: the logistic function of ``weights`` · ``features``
    (default: the fitted article model).

    >>> round(score({"bias": 1.0, "value": 1.0}, {"bias": -1.0, "value": 2.0}), 3)
    0.731
    """
    w = fitted_model()["weights"] if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
