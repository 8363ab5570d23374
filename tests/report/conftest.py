"""A store holding the small fixture dataset of tests/report/fixtures (same templates as
the starter data), so brief numbers can be checked against hand-computed values."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> Path:
    from chuhai.api import open_store
    from chuhai.sources.starter import load_starter
    path = tmp_path_factory.mktemp("brief") / "fixture.duckdb"
    store = open_store(path, starter=False)
    load_starter(store, FIXTURES)
    store.close()
    return path
