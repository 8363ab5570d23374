"""The store: migrations, atomic replacement of a source, idempotency, read-only use."""

import pandas as pd
import pytest

from chuhai.errors import StoreError
from chuhai.store import Store


def _move(mid, value, source="s1"):
    return {"move_id": mid, "dataset": "user", "company_name": "BYD", "host_iso3": "HUN",
            "move_type": "greenfield_plant", "sector": "ev", "value_usd_m": value, "year": 2023}


SRC = {"source_id": "s1", "kind": "user", "dataset": "user", "title": "t"}


def test_new_store_has_schema_and_version(tmp_path):
    s = Store(tmp_path / "a.duckdb")
    version = s.version
    assert s.created and version >= 1
    s.close()
    again = Store(tmp_path / "a.duckdb")
    assert not again.created and again.version == version
    again.close()


def test_replace_source_is_idempotent_and_replaces():
    s = Store(":memory:")
    s.replace_source(SRC, {"move": pd.DataFrame([_move("a", 1.0), _move("b", 2.0)])})
    s.replace_source(SRC, {"move": pd.DataFrame([_move("a", 1.0), _move("b", 2.0)])})
    assert s.scalar("select count(*) from move") == 2
    s.replace_source(SRC, {"move": pd.DataFrame([_move("c", 5.0)])})
    assert s.query("select move_id from move").move_id.tolist() == ["c"]


def test_failed_replacement_leaves_previous_rows():
    s = Store(":memory:")
    s.replace_source(SRC, {"move": pd.DataFrame([_move("a", 1.0)])})
    bad = pd.DataFrame([_move("x", 1.0), _move("x", 2.0)])  # duplicate primary key
    with pytest.raises(Exception):
        s.replace_source(SRC, {"move": bad})
    assert s.query("select move_id from move").move_id.tolist() == ["a"]
    assert s.scalar("select count(*) from source") == 1


def test_citations_are_replaced_with_their_file():
    s = Store(":memory:")
    cites = pd.DataFrame([{"source_id": "cite:1", "kind": "curated", "dataset": "user",
                           "publisher": "Reuters", "title": "x"}])
    row = dict(_move("a", 1.0), source_id="cite:1")
    s.replace_source(SRC, {"move": pd.DataFrame([row])}, citations=cites)
    assert s.scalar("select parent_id from source where source_id='cite:1'") == "s1"
    s.delete_source("s1")
    assert s.counts()["source"] == 0 and s.counts()["move"] == 0


def test_read_only_store_refuses_to_be_created(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "none.duckdb", read_only=True)
