"""`chuhai measures`: filters, formats, sources."""

from __future__ import annotations

import json


def run_json(cli, db, *args):
    code, out, err = cli("--db", db, "measures", *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_all_measures_with_sources(cli, fixture_db):
    rows = run_json(cli, fixture_db)
    assert len(rows) == 5
    assert all(r["source_publisher"] and r["source_title"] and r["source_url"] for r in rows)


def test_filters(cli, fixture_db):
    ids = lambda rows: sorted(r["measure_id"] for r in rows)  # noqa: E731
    assert ids(run_json(cli, fixture_db, "--imposer", "Hungary")) == ["fx-eu-mfn-batt", "fx-eu-mfn-parts"]
    assert ids(run_json(cli, fixture_db, "--imposer", "EU", "--hs", "8708")) == ["fx-eu-mfn-parts"]
    assert ids(run_json(cli, fixture_db, "--origin", "CHN", "--imposer", "USA")) == ["fx-usa-301-parts"]
    assert ids(run_json(cli, fixture_db, "--sector", "battery")) == ["fx-eu-mfn-batt"]
    assert "fx-tur-add-parts" not in ids(run_json(cli, fixture_db, "--in-force", "2022-06-01"))
    assert "fx-tur-add-parts" in ids(run_json(cli, fixture_db, "--in-force", "2024-06-01"))


def test_csv_lists_round_trip(cli, fixture_db):
    code, out, err = cli("--db", fixture_db, "measures", "--imposer", "EU", "--format", "csv")
    assert code == 0, err
    assert "fx-eu-mfn-batt" in out and "850790" in out and "[" not in out


def test_table_and_bad_filter(cli, fixture_db):
    code, out, _ = cli("--db", fixture_db, "measures", "--imposer", "TUR")
    assert code == 0 and "TUR" in out and "USA" not in out
    code, _, err = cli("--db", fixture_db, "measures", "--imposer", "Atlantis")
    assert code == 1 and "unknown country 'Atlantis'" in err
