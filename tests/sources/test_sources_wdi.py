"""The WDI importer on small files in the long and wide World Bank layouts."""

from __future__ import annotations

import pytest

from chuhai.sources.load import import_file
from chuhai.sources.report import FileProblem
from chuhai.sources.wdi import parse_wdi

LONG = ("Country Name,Country Code,Year,Value\n"
        "Hungary,HUN,2021,181848022131.6\n"
        "Hungary,HUN,2022,177002580544.155\n"
        "World,WLD,2022,100749291000000\n"
        "High income,HIC,2022,62000000000000\n"
        "Romania,ROU,2022,301000000000\n")

# The World Bank's API_ download: BOM, four metadata lines, a trailing comma on each line.
WIDE = ('\ufeff"Data Source","World Development Indicators",\n'
        '\n'
        '"Last Updated Date","2023-03-30",\n'
        '\n'
        '"Country Name","Country Code","Indicator Name","Indicator Code","2020","2021","2022",\n'
        '"Hungary","HUN","GDP (current US$)","NY.GDP.MKTP.CD","157000000000","181848022131.6","",\n'
        '"World","WLD","GDP (current US$)","NY.GDP.MKTP.CD","8.5E+13","9.6E+13","1.0E+14",\n'
        '"Viet Nam","VNM","GDP (current US$)","NY.GDP.MKTP.CD","3.46E+11","","4.1E+11",\n')


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_long_layout_code_from_file_name_aggregates_dropped_once(tmp_path):
    rows, report = parse_wdi(_write(tmp_path, "NY.GDP.MKTP.CD.csv", LONG))
    assert rows.values.tolist() == [
        ["HUN", 2021, "ny.gdp.mktp.cd", 181848022131.6],
        ["HUN", 2022, "ny.gdp.mktp.cd", 177002580544.155],
        ["ROU", 2022, "ny.gdp.mktp.cd", 301000000000.0]]
    (p,) = report.problems
    assert (p.code, p.severity, p.row) == ("aggregate-dropped", "warning", None)
    assert "2 rows" in p.message and "HIC" in p.message and "WLD" in p.message
    assert report.rows_read == 5 and report.rows_skipped == 2


def test_wide_layout_with_bom_and_metadata_lines(tmp_path):
    rows, report = parse_wdi(_write(tmp_path, "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", WIDE))
    got = {(r.iso3, r.year): r.value for r in rows.itertuples()}
    assert got == {("HUN", 2020): 157e9, ("HUN", 2021): 181848022131.6,
                   ("VNM", 2020): 3.46e11, ("VNM", 2022): 4.1e11}
    assert set(rows.code) == {"ny.gdp.mktp.cd"}
    assert [p.code for p in report.problems] == ["aggregate-dropped"]
    assert "1 rows" in report.problems[0].message  # one source row, not three year cells


def test_long_layout_with_indicator_code_column_needs_no_file_name(tmp_path):
    text = ("Country Name,Country Code,Indicator Code,Year,Value\n"
            "Hungary,HUN,SP.POP.TOTL,2022,9643048\n"
            "Hungary,HUN,NY.GDP.MKTP.CD,2022,177002580544.155\n")
    rows, report = parse_wdi(_write(tmp_path, "export.csv", text))
    assert sorted(rows.code) == ["ny.gdp.mktp.cd", "sp.pop.totl"]
    assert not report.problems


def test_datahub_folder_layout_names_the_indicator(tmp_path):
    folder = tmp_path / "sp.pop.totl"
    folder.mkdir()
    rows, _ = parse_wdi(_write(folder, "data.csv", "Country Name,Country Code,Year,Value\n"
                                                   "Hungary,HUN,2022,9643048\n"))
    assert rows.code.tolist() == ["sp.pop.totl"]


def test_file_not_named_after_a_code_is_a_clear_error(tmp_path):
    with pytest.raises(FileProblem) as exc:
        parse_wdi(_write(tmp_path, "gdp.csv", LONG))
    assert exc.value.code == "missing-column" and exc.value.field == "Indicator Code"
    assert "gdp.csv" in str(exc.value)


def test_bad_number_and_bad_year_name_row_and_field(tmp_path):
    text = ("Country Name,Country Code,Year,Value\n"
            "Hungary,HUN,2021,lots\n"
            "Hungary,HUN,20x2,1.0\n"
            "Hungary,HUN,2023,..\n"       # DataBank's "no data": not an error
            "Hungary,HUN,2024,2.5\n")
    rows, report = parse_wdi(_write(tmp_path, "ny.gdp.mktp.cd.csv", text))
    assert rows[["year", "value"]].values.tolist() == [[2024, 2.5]]
    got = [(p.code, p.row, p.field) for p in report.problems]
    assert got == [("bad-year", 3, "Year"), ("bad-number", 2, "Value")]
    assert "'lots'" in report.problems[1].message


def test_wide_bad_number_names_the_year_column_and_file_line(tmp_path):
    bad = WIDE.replace('"3.46E+11"', '"3.46E+11x"')
    rows, report = parse_wdi(_write(tmp_path, "API_x.csv", bad))
    errors = [(p.code, p.row, p.field) for p in report.errors]
    assert errors == [("bad-number", 8, "2020")]  # header on line 5, Viet Nam on line 8
    assert ("VNM", 2020) not in set(zip(rows.iso3, rows.year))


def test_duplicate_country_year_keeps_first_and_reports(tmp_path):
    text = ("Country Name,Country Code,Year,Value\n"
            "Romania,ROM,2022,1\nRomania,ROU,2022,2\n")
    rows, report = parse_wdi(_write(tmp_path, "x.y.csv", text))
    assert rows.values.tolist() == [["ROU", 2022, "x.y", 1.0]]
    assert [(p.code, p.row) for p in report.problems] == [("duplicate-key", 3)]


@pytest.mark.parametrize("text,code", [
    ("", "empty-file"),
    ("a,b\n1,2\n", "missing-column"),
    ("Country Name,Country Code,Something\nHungary,HUN,1\n", "missing-column"),
])
def test_file_level_problems(tmp_path, text, code):
    with pytest.raises(FileProblem) as exc:
        parse_wdi(_write(tmp_path, "sp.pop.totl.csv", text))
    assert exc.value.code == code


def test_latin1_country_names_decode(tmp_path):
    text = "Country Name,Country Code,Year,Value\nCôte d'Ivoire,CIV,2022,1.5\n"
    rows, report = parse_wdi(_write(tmp_path, "x.y.csv", text, encoding="latin-1"))
    assert rows.iso3.tolist() == ["CIV"] and not report.problems


def test_newer_file_replaces_same_figures_and_reimport_is_unchanged(store, tmp_path):
    old = _write(tmp_path, "ny.gdp.mktp.cd.csv", LONG)
    first = import_file(store, "wdi", old)
    assert first.rows_written == {"indicator": 3}
    assert import_file(store, "wdi", old).unchanged
    revised_dir = tmp_path / "new"
    revised_dir.mkdir()
    new = _write(revised_dir, "ny.gdp.mktp.cd.csv",
                 "Country Name,Country Code,Year,Value\nHungary,HUN,2022,178000000000\n")
    second = import_file(store, "wdi", new)
    assert second.rows_written == {"indicator": 1}
    got = store.query("select iso3, year, value, source_id from indicator order by 1, 2")
    assert got[["iso3", "year", "value"]].values.tolist() == [
        ["HUN", 2021, 181848022131.6], ["HUN", 2022, 178000000000.0],
        ["ROU", 2022, 301000000000.0]]
    assert got.source_id.tolist() == [first.source_id, second.source_id, first.source_id]


def test_cli_imports_wdi_and_reports_bad_number(cli, db_path, tmp_path):
    path = _write(tmp_path, "sp.pop.totl.csv", "Country Name,Country Code,Year,Value\n"
                                               "Hungary,HUN,2022,9643048\nChad,TCD,2022,many\n")
    code, out, _ = cli("--db", db_path, "import", "wdi", path, "--format", "json")
    assert code == 1
    import json
    (f,) = json.loads(out)["files"]
    assert f["rows_written"] == {"indicator": 1}
    assert [(p["code"], p["row"], p["field"]) for p in f["problems"]] == [
        ("bad-number", 3, "Value")]


def test_row_with_a_field_too_many_names_its_line(tmp_path):
    """A first data row with one field more than the header made pandas read the first
    column as an index and shift every name one cell right (found by fuzzing: the row
    numbers came out as a Series and the importer raised a TypeError)."""
    text = ("Data Source,World Development Indicators,\n\n"
            "Country Name,Country Code,Year,Value\n"
            ",Aruba,ABW,1986,405586592.178771\n,Aruba,ABW,\x001986,1\n")
    with pytest.raises(FileProblem) as exc:
        parse_wdi(_write(tmp_path, "ny.gdp.mktp.cd.csv", text))
    assert (exc.value.code, exc.value.row) == ("unreadable-file", 4)
    assert "5 fields but the header has 4" in str(exc.value)
