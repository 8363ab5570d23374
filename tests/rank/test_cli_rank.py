"""`chuhai rank` and `chuhai backtest` through the real entry point."""

import json

import pandas as pd
import pytest

from tests.rank.helpers import fill_store, indicator_rows, measure, move_rows
from tests.rank.test_model import simulated_history


@pytest.fixture
def db(db_path):
    from chuhai.api import open_store
    hist, _ = simulated_history(seed=6)
    moves = hist.moves.assign(dataset="cgit", company_name="Test Co", move_type="acquisition")
    moves["move_id"] = [f"m{i}" for i in range(len(moves))]
    moves = moves.drop(columns=["root"])
    store = open_store(db_path, starter=False)
    fill_store(store, moves=moves, indicators=indicator_rows(2023),
               measures=[measure("tur-ev", "TUR", 10.0)])
    store.close()
    return db_path


def test_rank_json_has_factors_raw_inputs_weights_and_sensitivity(cli, db):
    code, out, err = cli("--db", db, "rank", "--sector", "ev", "--top", "5", "--format", "json",
                         "--no-model")
    assert code == 0, err
    data = json.loads(out)
    assert [r["rank"] for r in data["rows"]] == [1, 2, 3, 4, 5]
    row = data["rows"][0]
    for key in ("market", "cost", "access", "friction", "ecosystem", "risk", "score",
                "gdp_usd_bn", "duty_cn_pct", "sector_deals"):
        assert key in row
    assert abs(sum(data["weights"].values()) - 1) < 1e-9
    assert "min_overlap" in data["sensitivity"]


def test_rank_table_and_user_weights(cli, db):
    code, out, err = cli("--db", db, "rank", "--sector", "energy", "--weights",
                         "ecosystem=1,market=0,cost=0,access=0,friction=0,risk=0", "--no-model")
    assert code == 0, err
    assert "rank" in out and "ecosystem" in out and "sensitivity" in err
    code, out, _ = cli("--db", db, "rank", "--sector", "energy", "--format", "json",
                       "--weights", "ecosystem=1,market=0,cost=0,access=0,friction=0,risk=0",
                       "--no-model")
    rows = json.loads(out)["rows"]
    eco = [r["ecosystem"] for r in rows]
    assert eco == sorted(eco, reverse=True)     # only ecosystem counts now


def test_explain_model_shows_coefficients_with_standard_errors(cli, db):
    code, out, err = cli("--db", db, "rank", "--sector", "metals", "--explain-model",
                         "--format", "json", "--top", "3")
    assert code == 0, err
    coefs = json.loads(out)["model"]["coefficients"]
    assert {c["term"] for c in coefs} >= {"sector_recent"}
    assert all(c["se"] > 0 for c in coefs)
    code, out, err = cli("--db", db, "rank", "--sector", "metals", "--explain-model", "--top", "3")
    assert code == 0 and "sector_recent" in out and "se" in out


def test_scenario_file_adds_rank_and_score_changes(cli, db, tmp_path):
    scen = tmp_path / "tur.yaml"
    scen.write_text("name: Turkey raises its EV duty\n"
                    "measures:\n  - {measure_id: tur-ev, rate_pct: 80}\n", encoding="utf-8")
    code, out, err = cli("--db", db, "rank", "--sector", "ev", "--scenario", scen,
                         "--format", "json", "--top", "0", "--no-model", "--as-of", "2024-06-01")
    assert code == 0, err
    rows = {r["iso3"]: r for r in json.loads(out)["rows"]}
    assert rows["TUR"]["score_change"] > 0 and rows["TUR"]["rank_change"] >= 0


@pytest.mark.parametrize("args, message", [
    (("--sector", "warp_drives"), "unknown sector"),
    (("--company", "No Such Firm Ltd"), "no company matches"),
    (("--sector", "ev", "--weights", "charm=1"), "unknown factor"),
    (("--sector", "ev", "--weights", "market=lots"), "not a number"),
    (("--sector", "ev", "--as-of", "soon"), "not a date"),
    ((), "--sector"),
])
def test_rank_errors_are_one_clear_line(cli, db, args, message):
    code, _, err = cli("--db", db, "rank", "--no-model", *args)
    assert code == 1
    assert message in err and "Traceback" not in err


def _write_cgit(path, hist):
    from chuhai.reference.countries import name_of
    m = hist.moves
    pd.DataFrame({"Year": m["year"], "Month": "March", "Investor": "Test Co",
                  "Millions": "$250 ", "Share Size": "", "Partner/Target": "",
                  "Sector": m["root"].str.replace("_", " ").str.capitalize(), "Subsector": "",
                  "Country": [name_of(h) for h in m["host_iso3"]], "Region": "", "BRI": ""}
                 ).to_csv(path, index=False)


def test_backtest_command_reads_a_cgit_csv(cli, tmp_path):
    hist, _ = simulated_history(seed=7)
    path = tmp_path / "cgit.csv"
    _write_cgit(path, hist)
    code, out, err = cli("backtest", "--cgit", path, "--test-years", "2019-2020", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert {r["ranker"] for r in data["overall"]} == {"model", "model_full", "index",
                                                      "popularity", "gravity"}
    assert data["test_years"] == [2019, 2020]
    assert sum(r["deals"] for r in data["by_year"] if r["ranker"] == "model") == \
        int(hist.moves["year"].isin([2019, 2020]).sum())
    code, out, err = cli("backtest", "--cgit", path, "--test-years", "2019", "--by", "sector")
    assert code == 0 and "popularity" in out and "aim" in err


def test_backtest_rejects_years_outside_the_data(cli, tmp_path):
    hist, _ = simulated_history(seed=7)
    path = tmp_path / "cgit.csv"
    _write_cgit(path, hist)
    code, _, err = cli("backtest", "--cgit", path, "--test-years", "2031")
    assert code == 1 and "2031" in err and "--test-years" in err
