"""Saving to the store: idempotent per article, dedup across articles, review."""

from __future__ import annotations

import pytest

from chuhai.errors import NotFoundError
from chuhai.extract import extract_articles
from chuhai.extract.link import accept, reject, review_items, save_article
from chuhai.extract.loaders import Article
from chuhai.reference.companies import Registry

A = "China's BYD will build a car plant in Szeged, Hungary, at a cost of €4bn, it said in 2023."
B = "比亚迪匈牙利塞格德工厂将于2025年投产，该工厂是比亚迪在欧洲的首座乘用车工厂。"
C = "Chinese toy retailer Xingyue Toys opened its first store in Paris, France."


def save(store, text, url=None):
    art = Article("x.txt", "x.txt", text, url=url)
    (moves,) = extract_articles([text])
    return save_article(store, art, moves, Registry.default())


def test_saving_twice_changes_nothing(store):
    first = save(store, A)
    counts = store.counts()
    again = save(store, A)
    assert store.counts() == counts
    assert first["moves_new"] == again["moves_new"] == 1
    src = store.query("select kind, dataset, text from source")
    assert src.to_dict("records") == [{"kind": "article", "dataset": "news", "text": A}]
    move = store.query("select company_id, host_iso3, move_type, value_usd_m, year, dataset "
                       "from move").iloc[0]
    assert (move.company_id, move.host_iso3, move.move_type, move.dataset) == (
        "byd", "HUN", "greenfield_plant", "news")
    assert move.value_usd_m == pytest.approx(4320) and move.year == 2023
    ev = store.query("select field, quote, start_char, end_char from evidence")
    for r in ev.itertuples():
        assert A[r.start_char:r.end_char] == r.quote
    assert {"company", "host_iso3", "move_type", "value", "year"} <= set(ev.field)


def test_same_move_in_another_article_adds_evidence_not_a_move(store):
    save(store, A, url="https://a.example/1")
    out = save(store, B, url="https://b.example/2")
    assert (out["moves_new"], out["moves_merged"]) == (0, 1)
    assert store.scalar("select count(*) from move") == 1
    assert store.scalar("select count(distinct source_id) from evidence") == 2
    move_id = store.scalar("select move_id from move")
    assert store.scalar("select count(distinct record_id) from evidence") == 1
    assert store.scalar("select min(record_id) from evidence") == move_id


def test_dedup_respects_the_year_window(store):
    save(store, A)
    far = "China's BYD will build a car plant in Szeged, Hungary, it said in 2030."
    assert save(store, far)["moves_new"] == 1
    assert store.scalar("select count(*) from move") == 2


def test_unknown_firm_becomes_a_candidate_to_review(store):
    out = save(store, C)
    assert out["candidates"] == 1
    items = review_items(store)
    assert list(items.id.unique()) == ["cand_xingyue_toys"]
    assert items.move_type.tolist() == ["retail_store"]
    accept(store, "cand_xingyue_toys")
    assert review_items(store).empty
    row = store.query("select is_candidate, name_en, source_id from company").iloc[0]
    assert not row.is_candidate and row.name_en == "Xingyue Toys"
    assert store.has_source(row.source_id)  # no orphan rows
    save(store, C)  # re-saving the article does not undo the decision
    assert review_items(store).empty
    assert store.scalar("select count(*) from company") == 1


def test_reject_removes_candidate_and_its_moves(store):
    save(store, C)
    reject(store, "cand_xingyue_toys")
    assert store.rollups_fresh()
    assert store.scalar("select count(*) from company") == 0
    assert store.scalar("select count(*) from move") == 0
    assert store.scalar("select count(*) from evidence") == 0
    with pytest.raises(NotFoundError, match="chuhai review"):
        reject(store, "cand_nothing")


def test_reject_a_single_move(store):
    save(store, A)
    move_id = store.scalar("select move_id from move")
    reject(store, move_id)
    assert store.scalar("select count(*) from move") == 0
    assert store.scalar("select count(*) from evidence") == 0
