"""The foundation's done-when: flows by year equal the spreadsheet's own sums."""

import json
import re

import pandas as pd
import pytest

from tests.conftest import shared_file

pytestmark = pytest.mark.realdata


def _sheet_sums(path):
    raw = pd.read_csv(path, dtype=str)
    amount = raw["Millions"].str.replace(r"[$,\s]", "", regex=True).astype(float)
    return amount.groupby(raw["Year"].astype(int)).sum()


def test_flows_by_year_equal_spreadsheet_sums_and_reimport_is_idempotent(cli, db_path):
    path = shared_file("aei_cgit", "cgit_investments_2005_2023.csv")
    code, _, err = cli("--db", db_path, "import", "cgit", path)
    assert code == 0, err
    code, out, _ = cli("--db", db_path, "flows", "--by", "year", "--format", "json")
    assert code == 0
    got = {r["year"]: r["value_usd_m"] for r in json.loads(out)}
    want = _sheet_sums(path)
    assert set(got) == set(want.index)
    for year, total in want.items():
        assert got[year] == pytest.approx(total, abs=1e-6)

    code, out1, _ = cli("--db", db_path, "status", "--format", "json")
    code, _, _ = cli("--db", db_path, "import", "cgit", path)
    assert code == 0
    code, out2, _ = cli("--db", db_path, "status", "--format", "json")
    assert json.loads(out1)["rows"] == json.loads(out2)["rows"]


@pytest.mark.parametrize("name", [
    "cgit_investments_2005_2023.csv", "cgit_investments_and_construction_2005_2021.csv",
    "cgit2019fall_investments_2005_2019.csv", "cgit2019fall_construction_2005_2019.csv",
    "cgit2019fall_troubled_transactions_2005_2019.csv"])
def test_every_release_layout_imports_all_rows(store, name):
    from chuhai.sources.load import import_file
    path = shared_file("aei_cgit", name)
    rows = len(pd.read_csv(path))
    report = import_file(store, "cgit", path)
    assert not report.problems, report.problems[:3]
    assert report.rows_written["move"] == rows
    kinds = set(store.query("select distinct move_type from move").move_type)
    if "construction" in name:
        assert "construction_contract" in kinds or "other" in kinds
    troubled = store.scalar("select count(*) from move where troubled")
    assert (troubled == rows) == ("troubled" in name)
