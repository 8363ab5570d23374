"""Scoring extraction against gold moves: P/R/F1 on triples, attribute accuracy.

A gold file has one move per line::

    {"doc": "en01.txt", "company": "BYD", "host_country": "HUN", "city": "Szeged",
     "move_type": "greenfield_plant", "sector": "ev", "value_usd_m": 4320, "year": 2025,
     "status": "announced"}

Predicted and gold moves are compared per document as (company, host ISO3, move type)
triples, companies after registry resolution (a name the registry does not know is
compared by its normalised form, so "Pop Mart International Group" = "Pop Mart").
Matched pairs are then checked for year (equal), value (within 10 %, or both unknown)
and status (equal).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from chuhai.errors import InputError
from chuhai.extract.core import MIN_CONFIDENCE, extract_articles
from chuhai.extract.loaders import load_articles
from chuhai.reference.companies import Registry, normalise
from chuhai.reference.countries import to_iso3
from chuhai.vocab import MOVE_TYPES

VALUE_TOLERANCE = 0.10


def read_gold(path: str | Path) -> list[dict]:
    """Gold moves of a JSON-lines file, checked; errors name the line and field."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such gold file", file=str(path))
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON ({exc})", file=str(path), row=i) from None
        for f in ("doc", "company", "host_country", "move_type"):
            if not g.get(f):
                raise InputError("missing value", file=str(path), row=i, field=f)
        if g["move_type"] not in MOVE_TYPES:
            raise InputError(f"unknown move type {g['move_type']!r}; one of "
                             f"{', '.join(MOVE_TYPES)}", file=str(path), row=i, field="move_type")
        iso = to_iso3(g["host_country"])
        if iso is None:
            raise InputError(f"unknown country {g['host_country']!r}", file=str(path), row=i,
                             field="host_country")
        g["host_country"] = iso
        out.append(g)
    return out


def company_key(name: str | None, company_id: str | None, registry: Registry) -> str:
    """What companies are compared by: registry id, else the normalised name."""
    if company_id:
        return company_id
    if not name:
        return ""
    match = registry.resolve(name)
    return match.company_id or (normalise(name) or name.strip().lower())


def _score(pairs_matched: int, n_pred: int, n_gold: int) -> dict:
    p = pairs_matched / n_pred if n_pred else 0.0
    r = pairs_matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "true_positives": pairs_matched, "predicted": n_pred, "gold": n_gold}


def _value_ok(pred: float | None, gold) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    return abs(pred - float(gold)) <= VALUE_TOLERANCE * abs(float(gold))


def evaluate(docs: Iterable[str | Path], gold: Iterable[str | Path],
             registry: Registry | None = None, lang: str = "auto",
             min_confidence: float = MIN_CONFIDENCE) -> dict:
    """Run the extractor on ``docs`` folders and score it against ``gold`` files.

    Parameters
    ----------
    docs
        Folders (or files) of articles; an article's ``doc`` name is its path relative
        to the folder given.
    gold
        Gold JSON-lines files.
    min_confidence
        Predictions scored below this are left out, as ``chuhai extract`` leaves them out.

    Returns
    -------
    dict
        ``triples`` (precision, recall, f1, counts), ``attributes`` (accuracy of year,
        value, status on matched triples), ``by_lang`` and ``errors`` (false positives and
        false negatives, per document).
    """
    registry = registry or Registry.default()
    loaded = load_articles(list(docs))
    gold_rows = [g for p in gold for g in read_gold(p)]
    doc_names = {a.doc for a in loaded.articles}
    unknown = sorted({g["doc"] for g in gold_rows} - doc_names)
    if unknown:
        raise InputError(f"gold names documents that are not in the folders: "
                         f"{', '.join(unknown[:5])}; check --docs", field="doc")
    preds = dict(zip([a.doc for a in loaded.articles],
                     extract_articles([a.text for a in loaded.articles], lang, registry,
                                      [a.year for a in loaded.articles],
                                      min_confidence=min_confidence)))
    langs = {a.doc: ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in a.text[:500]) else "en")
             for a in loaded.articles}
    tp = {"all": 0, "en": 0, "zh": 0}
    npred = {"all": 0, "en": 0, "zh": 0}
    ngold = {"all": 0, "en": 0, "zh": 0}
    attr = {"year": [0, 0], "value": [0, 0], "status": [0, 0]}
    errors = []
    for doc in sorted(doc_names):
        lg = langs[doc]
        p_list = [(company_key(m.company_name, m.company_id, registry), m.host_iso3,
                   m.move_type, m) for m in preds[doc]]
        g_list = [(company_key(g["company"], None, registry), g["host_country"],
                   g["move_type"], g) for g in gold_rows if g["doc"] == doc]
        used = set()
        for ck, host, mt, g in g_list:
            hit = next((j for j, p in enumerate(p_list)
                        if j not in used and p[:3] == (ck, host, mt)), None)
            if hit is None:
                errors.append({"doc": doc, "error": "missed", "company": g["company"],
                               "host": host, "move_type": mt})
                continue
            used.add(hit)
            m = p_list[hit][3]
            for k in ("all", lg):
                tp[k] += 1
            for name, ok in (("year", m.year == g.get("year")),
                             ("value", _value_ok(m.value_usd_m, g.get("value_usd_m"))),
                             ("status", m.status == g.get("status"))):
                attr[name][0] += ok
                attr[name][1] += 1
        for j, (ck, host, mt, m) in enumerate(p_list):
            if j not in used:
                errors.append({"doc": doc, "error": "spurious", "company": m.company_name,
                               "host": host, "move_type": mt})
        for k in ("all", lg):
            npred[k] += len(p_list)
            ngold[k] += len(g_list)
    return {
        "documents": len(doc_names),
        "triples": _score(tp["all"], npred["all"], ngold["all"]),
        "by_lang": {lg: _score(tp[lg], npred[lg], ngold[lg]) for lg in ("en", "zh")},
        "attributes": {k: {"accuracy": round(v[0] / v[1], 4) if v[1] else None, "n": v[1]}
                       for k, v in attr.items()},
        "errors": errors,
        "problems": [str(p) for p in loaded.problems],
    }
