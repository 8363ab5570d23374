"""Linking extracted moves to the store: registry ids, candidates, dedup, review.

* A company the registry knows keeps its id. A firm it does not know becomes a
  *candidate* company (``is_candidate = true``, id ``cand_<name>``): its moves are stored
  but it is not a registry company until accepted with ``chuhai review --accept``.
* A move that matches one already in the store from another source (same company, host
  and move type, years within :data:`DEDUP_YEARS` or unknown) is not stored twice: the
  article's evidence rows are attached to the existing move instead.
* Each article is written in one transaction through :meth:`Store.replace_source`, with
  a source id derived from its URL (or its text), so saving it again changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from email.utils import parsedate_to_datetime

import pandas as pd

from chuhai.errors import InputError, NotFoundError
from chuhai.extract.assemble import ExtractedMove
from chuhai.extract.loaders import Article
from chuhai.reference.companies import Registry, normalise
from chuhai.store import Store

#: Source of the companies accepted with ``chuhai review --accept``.
ACCEPTED_SOURCE = "review:accepted"

#: Moves of the same company, host and type whose years differ by at most this many
#: years are the same move reported twice (announcement vs opening, say).
DEDUP_YEARS = 2

_MOVE_COLS = ["move_id", "dataset", "company_id", "company_name", "host_iso3", "city",
              "move_type", "sector", "value_usd_m", "value_amount", "value_currency", "year",
              "month", "status", "partner", "note", "source_id"]
_EV_COLS = ["evidence_id", "record_table", "record_id", "field", "source_id", "start_char",
            "end_char", "quote", "confidence"]


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def candidate_id(name: str) -> str:
    """The id a candidate company gets from its name as written.

    >>> candidate_id("Pop Mart International Group"), candidate_id("蜜雪冰城")
    ('cand_pop_mart', 'cand_蜜雪冰城')
    """
    norm = normalise(name) or name.strip().lower()
    slug = re.sub(r"[^\w]+", "_", norm).strip("_")
    return f"cand_{slug}"


def resolve_company(move: ExtractedMove, registry: Registry) -> tuple[str, bool]:
    """(company id, is candidate) of a move after registry resolution."""
    if move.company_id and not move.is_candidate:
        return move.company_id, False
    match = registry.resolve(move.company_name)
    if match.company_id is not None:
        return match.company_id, False
    return candidate_id(move.company_name), True


def _published(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def save_article(store: Store, article: Article, moves: list[ExtractedMove],
                 registry: Registry) -> dict:
    """Write one article, its moves, candidates and evidence in one transaction.

    Returns a summary: ``{"doc", "source_id", "moves_new", "moves_merged", "candidates"}``.
    """
    sid = article.source_id
    source = {"source_id": sid, "kind": "article", "dataset": "news", "title": article.title,
              "url": article.url, "published": _published(article.published),
              "file_name": article.path,
              "file_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
              "text": article.text}
    move_rows, ev_rows, comp_rows = [], [], []
    known_companies = set(store.query(
        "select company_id from company where source_id <> ?", [sid]).company_id)
    new_candidates: set[str] = set()
    merged = 0
    for mv in moves:
        cid, is_cand = resolve_company(mv, registry)
        if is_cand and cid not in known_companies and cid not in new_candidates:
            cjk = bool(re.search(r"[\u4e00-\u9fff]", mv.company_name))
            comp_rows.append({"company_id": cid,
                              "name_en": mv.company_name if not cjk else cid[5:],
                              "name_zh": mv.company_name if cjk else None,
                              "home_iso3": "CHN", "sector": mv.sector, "is_candidate": True})
            new_candidates.add(cid)
        existing = _duplicate_of(store, cid, mv, sid)
        if existing is not None:
            record_id = existing
            merged += 1
        else:
            record_id = "news-" + _h(sid, cid, mv.host_iso3, mv.move_type)
            move_rows.append({
                "move_id": record_id, "dataset": "news", "company_id": cid,
                "company_name": mv.company_name, "host_iso3": mv.host_iso3, "city": mv.city,
                "move_type": mv.move_type, "sector": mv.sector, "value_usd_m": mv.value_usd_m,
                "value_amount": mv.value_amount, "value_currency": mv.value_currency,
                "year": mv.year, "month": mv.month, "status": mv.status, "partner": mv.partner,
                "note": f"extracted from news, confidence {mv.confidence:.2f}",
                "source_id": sid})
        for fld, span in mv.evidence.items():
            ev_rows.append({"evidence_id": "ev-" + _h(sid, record_id, fld, span.start),
                            "record_table": "move", "record_id": record_id, "field": fld,
                            "source_id": sid, "start_char": span.start, "end_char": span.end,
                            "quote": span.quote, "confidence": mv.confidence})
    tables = {"move": _frame(move_rows, _MOVE_COLS), "evidence": _frame(ev_rows, _EV_COLS)}
    if comp_rows:
        tables["company"] = pd.DataFrame(comp_rows)
    store.replace_source(source, tables)
    return {"doc": article.doc, "source_id": sid, "moves_new": len(move_rows),
            "moves_merged": merged, "candidates": len(comp_rows)}


def _frame(rows: list[dict], cols: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=cols)
    for c in ("value_usd_m", "value_amount", "confidence"):
        if c in frame:
            frame[c] = frame[c].astype("Float64")
    for c in ("year", "month", "start_char", "end_char"):
        if c in frame:
            frame[c] = frame[c].astype("Int64")
    return frame


def _duplicate_of(store: Store, company_id: str, mv: ExtractedMove, sid: str) -> str | None:
    rows = store.query(
        "select move_id, year from move where company_id = ? and host_iso3 = ? and "
        "move_type = ? and source_id <> ? order by move_id",
        [company_id, mv.host_iso3, mv.move_type, sid])
    for r in rows.itertuples(index=False):
        if mv.year is None or pd.isna(r.year) or abs(int(r.year) - mv.year) <= DEDUP_YEARS:
            return r.move_id
    return None


def save_articles(store: Store, items, registry: Registry) -> pd.DataFrame:
    """Save many (article, moves) pairs, each in its own transaction; one summary row each."""
    return pd.DataFrame([save_article(store, a, ms, registry) for a, ms in items],
                        columns=["doc", "source_id", "moves_new", "moves_merged", "candidates"])


# -- review ------------------------------------------------------------------------------
def review_items(store: Store) -> pd.DataFrame:
    """Candidate companies with their news moves (one row per move; company-only rows
    when a candidate has none left)."""
    return store.query("""
        select c.company_id as id, 'company' as kind, coalesce(c.name_zh, c.name_en) as name,
               m.move_id, m.host_iso3, m.move_type, m.year, m.status,
               e.quote as evidence
        from company c
        left join move m on m.company_id = c.company_id and m.dataset = 'news'
        left join (select record_id, min(quote) as quote from evidence
                   where field = 'move_type' group by record_id) e on e.record_id = m.move_id
        where c.is_candidate
        order by c.company_id, m.move_id""")


def accept(store: Store, item_id: str) -> str:
    """Accept a candidate company (or the company of a candidate move) into the registry."""
    cid = _candidate_of(store, item_id)
    with store.transaction():
        # the accepted row no longer belongs to the article that introduced it, so
        # re-saving that article does not undo the decision; its source is the review
        store.execute("insert into source (source_id, kind, dataset, title) select ?, 'user', "
                      "'user', 'companies accepted in chuhai review' where not exists "
                      "(select 1 from source where source_id = ?)", [ACCEPTED_SOURCE] * 2)
        store.execute("update company set is_candidate = false, source_id = ? "
                      "where company_id = ?", [ACCEPTED_SOURCE, cid])
    return cid


def reject(store: Store, item_id: str) -> str:
    """Reject a candidate move, or a candidate company with all its news moves."""
    is_move = bool(store.scalar("select count(*) from move where move_id = ? and dataset = 'news'",
                                    [item_id]))
    done = item_id
    with store.transaction():
        if is_move:
            store.execute("delete from evidence where record_table = 'move' and record_id = ?",
                          [item_id])
            store.execute("delete from move where move_id = ?", [item_id])
        else:
            done = cid = _candidate_of(store, item_id)
            store.execute("delete from evidence where record_table = 'move' and record_id in "
                          "(select move_id from move where company_id = ? and dataset = 'news')",
                          [cid])
            store.execute("delete from move where company_id = ? and dataset = 'news'", [cid])
            store.execute("delete from company where company_id = ?", [cid])
    # deleting moves bypasses the store's pre-aggregated rollups; rebuild them so flows
    # agree with the move table again
    if store.scalar("select count(*) from information_schema.tables "
                    "where table_name = 'rollup_state'"):
        store.refresh_rollups()
    return done


def _candidate_of(store: Store, item_id: str) -> str:
    if store.scalar("select count(*) from company where company_id = ? and is_candidate",
                    [item_id]):
        return item_id
    cid = store.scalar("select m.company_id from move m join company c on "
                       "c.company_id = m.company_id where m.move_id = ? and c.is_candidate",
                       [item_id])
    if cid:
        return cid
    if store.scalar("select count(*) from company where company_id = ?", [item_id]):
        raise InputError(f"{item_id!r} is already an accepted company; nothing to review")
    raise NotFoundError(f"no candidate company or move with id {item_id!r}; run "
                        "`chuhai review` to list them")
