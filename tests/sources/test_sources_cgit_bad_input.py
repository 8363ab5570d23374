"""Bad CGIT input (issue 2, item 7): a clear problem naming file, row and field, and a
store left exactly as it was (file-level problems always, row problems under --strict)."""

from __future__ import annotations

import json

import pytest

from chuhai.sources.load import import_file
from chuhai.store import Store

from tests.sources.cgit_layout import CONSTRUCTION, INVESTMENTS, TROUBLED, snapshot

GOOD = [
    [2019, "January", "BYD", "1000", "100%", "", "Transport", "Autos", "Hungary", "Europe", 1, "G"],
    [2020, "March", "CATL", "$1,740 ", "", "Daimler", "Energy", "", "Germany", "Europe", 0, ""],
]


@pytest.fixture
def seeded(store, cgit_xlsx):
    """A store that already holds one valid import, so 'unchanged' means something."""
    report = import_file(store, "cgit", cgit_xlsx("earlier.xlsx"))
    assert report.rows_written == {"move": 4} and not report.problems
    return store


def _only(report, code):
    found = [p for p in report.problems if p.code == code]
    assert found, f"no {code} problem in {report.problems}"
    return found


# -- file-level problems: nothing is written, in either mode ---------------------------------

@pytest.mark.parametrize("strict", [False, True])
def test_missing_column_names_file_header_row_and_field(seeded, cgit_csv, strict):
    header = [h for h in ("Year", "Month", "Investor", "Quantity in Millions", "Share Size",
                          "Transaction Party", "Sector", "Subsector", "Region", "BRI",
                          "Greenfield")]
    rows = [r[:8] + r[9:] for r in GOOD]  # drop the Country column
    path = cgit_csv(rows, header=header)
    before = snapshot(seeded)
    report = import_file(seeded, "cgit", path, strict=strict)
    assert report.aborted
    (p,) = _only(report, "missing-column")
    assert p.file == str(path) and p.row == 1 and p.field == "country"
    assert "cgit.csv" in p.message and "Country" not in report.problems_frame().field.tolist()
    assert "accepted headers" in p.message
    assert snapshot(seeded) == before


def test_missing_column_in_one_xlsx_sheet_names_sheet_and_header_row(seeded, cgit_xlsx):
    from tests.sources.cgit_layout import INVESTMENT_HEADER
    header = [h for h in INVESTMENT_HEADER if h != "Sector"]
    rows = [r[:6] + r[7:] for r in GOOD]
    path = cgit_xlsx("bad.xlsx", sheets={"Dataset 1": (header, rows)})
    before = snapshot(seeded)
    report = import_file(seeded, "cgit", path)
    (p,) = _only(report, "missing-column")
    assert p.row == 6 and p.field == "sector"  # AEI's header is on sheet row 6
    assert "[Dataset 1]" in p.message
    assert snapshot(seeded) == before


def test_truncated_xlsx_is_reported_and_store_unchanged(seeded, cgit_xlsx, tmp_path):
    whole = cgit_xlsx("whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    before = snapshot(seeded)
    report = import_file(seeded, "cgit", path)
    assert report.aborted
    (p,) = _only(report, "truncated-file")
    assert p.file == str(path) and "download it again" in p.message
    assert snapshot(seeded) == before


@pytest.mark.parametrize("name,content", [
    ("empty.csv", b""),
    ("blank.csv", b"\n \n"),
    ("empty.xlsx", b""),
    ("header_only.csv", b"Year,Month,Investor,Quantity in Millions,Sector,Country\n"),
])
def test_empty_files_are_reported_and_store_unchanged(seeded, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(seeded)
    report = import_file(seeded, "cgit", path)
    assert report.aborted
    (p,) = _only(report, "empty-file")
    assert p.file == str(path)
    assert snapshot(seeded) == before


# -- row-level problems: default keeps valid rows, --strict writes nothing --------------------

BAD_ROWS = {
    # code, bad row (third data row, spreadsheet row 4), field named in the problem
    "bad-number": ([2021, "May", "Trina", "about 500", "", "", "Energy", "Solar", "Vietnam",
                    "Asia", 1, "G"], "Quantity in Millions"),
    "unknown-country": ([2021, "May", "Trina", "500", "", "", "Energy", "Solar", "Atlantis",
                         "Asia", 1, "G"], "Country"),
    "bad-year": ([" twenty", "May", "Trina", "500", "", "", "Energy", "Solar", "Vietnam",
                  "Asia", 1, "G"], "Year"),
    "unknown-sector": ([2021, "May", "Trina", "500", "", "", "Spaceflight", "", "Vietnam",
                        "Asia", 1, "G"], "Sector"),
}


@pytest.mark.parametrize("code", sorted(BAD_ROWS))
def test_bad_row_default_imports_valid_rows_and_reports_row_and_field(seeded, cgit_csv, code):
    bad_row, field = BAD_ROWS[code]
    path = cgit_csv(GOOD + [bad_row])
    counts_before, _ = snapshot(seeded)
    report = import_file(seeded, "cgit", path)
    assert not report.aborted
    (p,) = report.problems
    assert (p.code, p.row, p.field, p.file) == (code, 4, field, str(path))
    assert report.rows_read == 3 and report.rows_skipped == 1
    assert report.rows_written == {"move": 2}
    counts_after, _ = snapshot(seeded)
    assert counts_after["move"] == counts_before["move"] + 2
    assert counts_after["source"] == counts_before["source"] + 1
    stored = seeded.query("select source_row from move where source_id = ? order by 1",
                          [report.source_id]).source_row.tolist()
    assert stored == [2, 3]


@pytest.mark.parametrize("code", sorted(BAD_ROWS))
def test_bad_row_strict_imports_nothing(seeded, cgit_csv, code):
    bad_row, field = BAD_ROWS[code]
    path = cgit_csv(GOOD + [bad_row])
    before = snapshot(seeded)
    report = import_file(seeded, "cgit", path, strict=True)
    assert report.aborted and report.rows_written == {}
    assert [(p.code, p.row, p.field) for p in report.problems] == [(code, 4, field)]
    assert snapshot(seeded) == before
    # and the same file imports (valid rows only) once --strict is dropped
    assert import_file(seeded, "cgit", path).rows_written == {"move": 2}


def test_bad_amount_in_xlsx_names_the_sheet_row(store, cgit_xlsx):
    from tests.sources.cgit_layout import INVESTMENT_HEADER
    rows = [INVESTMENTS[0], [2021, "May", "Trina", "n/a", None, None, "Energy", "Solar",
                             "Vietnam", "Asia", 1, "G"]]
    path = cgit_xlsx("bad.xlsx", sheets={"Dataset 1": (INVESTMENT_HEADER, rows)})
    report = import_file(store, "cgit", path)
    (p,) = report.problems
    # header on sheet row 6, so the second data row is sheet row 8
    assert (p.code, p.row, p.field) == ("bad-number", 8, "Quantity in Millions")
    assert "'n/a'" in p.message


# -- encodings ----------------------------------------------------------------------------------

def test_gbk_csv_imports_with_chinese_names_decoded(store, cgit_csv):
    rows = [[2019, "January", "比亚迪股份有限公司", "$1,000 ", "", "", "Transport", "Autos",
             "匈牙利", "欧洲", 1, "G"],
            [2020, "March", "宁德时代", "500", "", "", "Energy", "", "德国", "欧洲", 0, ""]]
    path = cgit_csv(rows, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the fixture really is not UTF-8
    report = import_file(store, "cgit", path)
    assert not report.problems, report.problems
    got = store.query("select company_name, host_iso3, value_usd_m from move order by year")
    assert got.values.tolist() == [["比亚迪股份有限公司", "HUN", 1000.0],
                                   ["宁德时代", "DEU", 500.0]]


def test_gbk_csv_bad_row_message_shows_decoded_text(store, cgit_csv):
    rows = [[2019, "January", "比亚迪", "约五亿", "", "", "Transport", "Autos", "匈牙利", "欧洲",
             1, "G"]]
    path = cgit_csv(rows, encoding="gbk")
    report = import_file(store, "cgit", path, strict=True)
    (p,) = report.problems
    assert (p.code, p.row, p.field) == ("bad-number", 2, "Quantity in Millions")
    assert "约五亿" in p.message
    assert store.counts()["move"] == 0


# -- the real xlsx layout: three sheets, one move type each -----------------------------------

def test_multi_sheet_xlsx_gives_move_types_per_sheet(store, cgit_xlsx):
    path = cgit_xlsx()
    report = import_file(store, "cgit", path)
    assert not report.problems and report.rows_read == 4
    got = store.query("select company_name, move_type, status, troubled, source_row, note, "
                      "value_usd_m from move order by note, source_row")
    rows = [tuple(r) for r in got.itertuples(index=False)]
    assert rows == [
        ("BYD", "greenfield_plant", "unknown", False, 7, "cgit.xlsx [Dataset 1]", 1000.0),
        ("CATL", "acquisition", "unknown", False, 8, "cgit.xlsx [Dataset 1]", 1740.0),
        ("China Railway Construction", "construction_contract", "unknown", False, 7,
         "cgit.xlsx [Dataset 2]", 500.0),
        ("CNOOC", "acquisition", "cancelled", True, 7, "cgit.xlsx [Dataset 3]", 18500.0),
    ]
    assert len(INVESTMENTS) + len(CONSTRUCTION) + len(TROUBLED) == len(rows)


def test_sheet_names_decide_kind_when_headers_do_not(store, cgit_xlsx):
    """Some releases name sheets by content and use 'Investor' on every sheet."""
    from tests.sources.cgit_layout import INVESTMENT_HEADER
    row = [2019, "May", "PowerChina", 700, None, None, "Energy", "Hydro", "Pakistan", "Asia",
           1, None]
    path = cgit_xlsx(sheets={"Global Investment": (INVESTMENT_HEADER, [row]),
                             "Global Construction": (INVESTMENT_HEADER, [row]),
                             "Troubled Transactions": (INVESTMENT_HEADER, [row])})
    import_file(store, "cgit", path)
    got = dict(store.query("select note, move_type from move").values.tolist())
    assert got == {"cgit.xlsx [Global Investment]": "acquisition",
                   "cgit.xlsx [Global Construction]": "construction_contract",
                   "cgit.xlsx [Troubled Transactions]": "acquisition"}
    assert store.scalar("select count(*) from move where troubled and status='cancelled'") == 1


# -- idempotency and releases under the same name ---------------------------------------------

def test_reimport_is_unchanged_and_revised_file_with_same_name_replaces_nothing_else(
        store, cgit_csv):
    first = cgit_csv(GOOD)
    assert import_file(store, "cgit", first).rows_written == {"move": 2}
    before = snapshot(store)
    assert import_file(store, "cgit", first).unchanged
    assert snapshot(store) == before
    # AEI revises amounts between releases; the new file has the same name and rows
    revised = cgit_csv([GOOD[0][:3] + ["1100"] + GOOD[0][4:], GOOD[1]])
    report = import_file(store, "cgit", revised)
    assert report.rows_written == {"move": 2} and not report.problems
    assert store.counts()["move"] == 4  # two releases side by side, no id collision


# -- through the real entry point ----------------------------------------------------------------

def test_cli_bad_amount_exits_1_and_names_row_and_field(cli, db_path, cgit_csv):
    path = cgit_csv(GOOD + [BAD_ROWS["bad-number"][0]])
    assert cli("--db", db_path, "status")[0] == 0  # creates the store (with starter data)
    with Store(db_path) as s:
        before = snapshot(s)
    code, out, err = cli("--db", db_path, "import", "cgit", path, "--strict", "--format", "json")
    assert code == 1, err
    (f,) = json.loads(out)["files"]
    assert f["aborted"] and f["rows_written"] == {}
    (p,) = f["problems"]
    assert (p["code"], p["row"], p["field"], p["file"]) == (
        "bad-number", 4, "Quantity in Millions", str(path))
    with Store(db_path) as s:
        assert snapshot(s) == before

    code, out, _ = cli("--db", db_path, "import", "cgit", path)
    assert code == 1  # valid rows imported, but a row was rejected
    assert "bad-number" in out and "about 500" in out


def test_cli_truncated_xlsx_exits_1_without_traceback(cli, db_path, cgit_xlsx, tmp_path):
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(cgit_xlsx().read_bytes()[:500])
    code, out, err = cli("--db", db_path, "import", "cgit", cut, "--format", "json")
    assert code == 1
    assert "Traceback" not in out + err
    (p,) = json.loads(out)["files"][0]["problems"]
    assert p["code"] == "truncated-file" and p["file"] == str(cut)


def test_xlsx_damaged_inside_is_a_file_problem_not_a_crash(seeded, cgit_xlsx, tmp_path):
    """Bytes zeroed inside the zip (not just cut off) fail in zlib or the XML parser."""
    whole = cgit_xlsx("whole.xlsx").read_bytes()
    before = snapshot(seeded)
    codes = set()
    for start in range(300, len(whole) - 100, len(whole) // 12):
        damaged = bytearray(whole)
        damaged[start:start + 40] = bytes(40)
        path = tmp_path / f"damaged_{start}.xlsx"
        path.write_bytes(bytes(damaged))
        report = import_file(seeded, "cgit", path, strict=True)
        codes |= {p.code for p in report.problems}
        assert report.aborted or not report.problems
    assert "truncated-file" in codes
    assert snapshot(seeded) == before
