"""US Section 301 list (GTA's sec301.csv): real file, bad rows, re-import, newer file."""

from __future__ import annotations

import datetime as dt

from chuhai.measures.duties import duty, load_measures
from chuhai.sources.load import import_file
from tests.conftest import shared_file

HEADER = "\ufeffhs_8digit;origin;rate;;;;;;\n"


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line};;;;;;\n" for line in lines), encoding="utf-8")
    return path


def test_real_list_imports_every_line_and_prices_chinese_evs_in_the_us(store):
    path = shared_file("gta_us_tariffs", "us_section301_china_hts8.csv")
    report = import_file(store, "us301", path)
    assert not report.errors and not report.aborted
    m = load_measures(store)
    assert sum(len(h) for h in m.hs_codes) == report.rows_read == 10_396
    assert all(len(c) == 8 for h in m.hs_codes for c in h)  # 7-digit codes padded
    assert set(m.origin_iso3) == {"CHN"} and set(m.imposer) == {"USA"}
    on = dt.date(2026, 6, 1)
    assert duty(m, "USA", "CHN", "870380", on).total_pct == 100.0
    assert duty(m, "USA", "CHN", "85076000", on).total_pct == 25.0
    assert duty(m, "USA", "VNM", "85076000", on).total_pct == 0.0
    # List 4A's 7.5% took effect in February 2020; before that the line paid nothing here
    line = next(h[0] for h, r in zip(m.hs_codes, m.measure_id) if r == "us301-list-4a-7_5")
    assert duty(m, "USA", "CHN", line, on).total_pct == 7.5
    assert duty(m, "USA", "CHN", line, dt.date(2019, 1, 1)).total_pct == 0.0
    again = import_file(store, "us301", path)
    assert again.unchanged and len(load_measures(store)) == len(m)


def test_bad_rows_are_named_and_the_good_ones_kept(store, tmp_path):
    path = _write(tmp_path, "sec301.csv", ["85076000;List 1;25", "8507A000;List 1;25",
                                           "85079000;List 3;x", "29011000;List 3;25"])
    report = import_file(store, "us301", path)
    found = {(p.code, p.row, p.field) for p in report.problems}
    assert found == {("bad-value", 3, "hs_8digit"), ("bad-number", 4, "rate")}
    assert report.rows_skipped == 2
    m = load_measures(store).set_index("measure_id")
    assert m.loc["us301-list-1-25", "hs_codes"] == ["85076000"]
    assert m.loc["us301-list-3-25", "hs_codes"] == ["29011000"]


def test_strict_import_writes_nothing_when_a_row_is_bad(store, tmp_path):
    path = _write(tmp_path, "sec301.csv", ["85076000;List 1;25", "85079000;List 3;-5"])
    report = import_file(store, "us301", path, strict=True)
    assert report.aborted and load_measures(store).empty


def test_scenario_files_and_wrong_layouts_are_refused_with_a_reason(store, tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("rate_type,rate,scenario,section,description,effective_date\n"
                     "ieepa_topup_156,34,baseline,2,China,2025-04-09\n", encoding="utf-8")
    report = import_file(store, "us301", rates)
    assert report.aborted and "sec301.csv" in report.problems[0].message
    other = tmp_path / "other.csv"
    other.write_text("code;duty\n85076000;25\n", encoding="utf-8")
    report = import_file(store, "us301", other)
    (p,) = report.problems
    assert report.aborted and p.field == "hs_8digit" and "found: code, duty" in p.message


def test_a_newer_list_replaces_the_older_groups(store, tmp_path):
    old = _write(tmp_path, "old.csv", ["85076000;List 1;25", "85079000;List 1;25"])
    new = _write(tmp_path, "new.csv", ["85076000;List 1;25"])
    assert not import_file(store, "us301", old).errors
    assert not import_file(store, "us301", new).errors
    m = load_measures(store)
    assert m.measure_id.tolist() == ["us301-list-1-25"]
    assert list(m.hs_codes[0]) == ["85076000"]
