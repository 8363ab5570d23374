"""The importers on the real public files in ../shared/data (skipped where absent).

Expected numbers are computed here from the files with the csv module, independently of
the importers' pandas code.
"""

from __future__ import annotations

import csv

import pytest

from chuhai.reference.countries import countries
from chuhai.sources.load import import_file
from tests.conftest import SHARED_DATA, shared_file

pytestmark = pytest.mark.realdata

WDI_DIR = SHARED_DATA / "worldbank_wdi" / "indicators"
WDI_FILES = sorted(p.name for p in WDI_DIR.glob("*.csv")) if WDI_DIR.exists() else [
    "ny.gdp.mktp.cd.csv"]  # one id, so the test is collected and skips with its reason


def _country_rows(path):
    iso = set(countries().index)
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {(r["Country Code"], int(r["Year"])): float(r["Value"])
                for r in csv.DictReader(f) if r["Country Code"] in iso}


@pytest.mark.parametrize("name", WDI_FILES)
def test_every_wdi_indicator_file_imports_country_rows_exactly(store, name):
    path = shared_file("worldbank_wdi", "indicators", name)
    report = import_file(store, "wdi", path)
    assert not report.errors, report.errors[:5]
    want = _country_rows(path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        has_aggregates = sum(1 for _ in f) - 1 > len(want)
    # one warning for all aggregates (two files of the mirror hold countries only)
    assert [p.code for p in report.problems] == ["aggregate-dropped"] * has_aggregates
    code = path.stem
    got = store.query("select iso3, year, value from indicator where code = ?", [code])
    assert len(got) == len(want) == report.rows_written["indicator"]
    assert {(r.iso3, r.year): r.value for r in got.itertuples()} == want
    assert not {"WLD", "HIC", "EAS", "EUU"} & set(got.iso3)


def test_hungary_gdp_2022_equals_the_file_exactly(store):
    path = shared_file("worldbank_wdi", "indicators", "ny.gdp.mktp.cd.csv")
    with open(path, encoding="utf-8") as f:
        (line,) = [ln for ln in f if ln.startswith("Hungary,HUN,2022,")]
    import_file(store, "wdi", path)
    value = store.scalar("select value from indicator where iso3='HUN' and year=2022 "
                         "and code='ny.gdp.mktp.cd'")
    assert value == float(line.strip().split(",")[-1]) == 177002580544.155


def test_wdi_reimport_is_unchanged(store):
    shared_file("worldbank_wdi", "indicators", "sp.pop.totl.csv")
    paths = [WDI_DIR / n for n in ("sp.pop.totl.csv", "ny.gdp.mktp.cd.csv",
                                   "nv.mnf.tech.zs.un.csv")]
    for p in paths:
        assert not import_file(store, "wdi", p).aborted
    before = store.counts()
    assert all(import_file(store, "wdi", p).unchanged for p in paths)
    assert store.counts() == before
    assert before["source"] == len(paths)


def test_wide_manufacturing_file_imports(store):
    path = shared_file("worldbank_wdi", "manufacturing_value_added_current_usd_wide.csv")
    report = import_file(store, "wdi", path)
    assert not report.errors
    iso = set(countries().index)
    want = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if r["Country Code"] in iso:
                for year, cell in r.items():
                    if year.isdigit() and cell.strip():
                        want[(r["Country Code"], int(year))] = float(cell)
    got = store.query("select iso3, year, value from indicator where code='nv.ind.manf.cd'")
    assert {(r.iso3, r.year): r.value for r in got.itertuples()} == want
    assert sum(1 for (c, y) in want if y == 2021) == got[got.year == 2021].shape[0]
    assert got[got.year == 2021].shape[0] <= 210  # SOURCES.md: 210 economies incl. aggregates


def test_dist_cepii_imports_with_old_codes_mapped(store):
    path = shared_file("cepii_gravity", "dist_cepii.csv")
    report = import_file(store, "cepii", path)
    assert not report.errors
    (warning,) = report.problems
    assert "YUG" in warning.message and "ANT" in warning.message
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    kept = [r for r in rows if not {r["iso_o"], r["iso_d"]} & {"YUG", "ANT"}]
    assert report.rows_written == {"distance": len(kept)} and len(rows) == 50176
    rom_hun = next(r for r in rows if r["iso_o"] == "ROM" and r["iso_d"] == "HUN")
    got = store.query("select * from distance where iso_o='ROU' and iso_d='HUN'").iloc[0]
    assert got.dist_km == float(rom_hun["dist"])
    assert got.distcap_km == float(rom_hun["distcap"])
    assert bool(got.contig) == (rom_hun["contig"] == "1")
    assert store.scalar("select count(*) from distance where 'ROM' in (iso_o, iso_d) "
                        "or 'ZAR' in (iso_o, iso_d) or 'TMP' in (iso_o, iso_d)") == 0
    missing_w = sum(1 for r in kept if r["distw"] == ".")
    assert store.scalar("select count(*) from distance where distw_km is null") == missing_w
    before = store.counts()
    assert import_file(store, "cepii", path).unchanged and store.counts() == before


@pytest.mark.parametrize("name,rows", [
    ("cgit2019fall_investments_2005_2019.csv", 1635),
    ("cgit2019fall_construction_2005_2019.csv", 1700),
    ("cgit2019fall_troubled_transactions_2005_2019.csv", 290),
    ("cgit_investments_2005_2023.csv", 2196),
    ("cgit_investments_and_construction_2005_2021.csv", 3752),
])
def test_every_cgit_release_imports_without_problems(store, name, rows):
    path = shared_file("aei_cgit", name)
    report = import_file(store, "cgit", path)
    assert not report.problems, report.problems[:5]
    assert report.rows_written == {"move": rows}
    kinds = set(store.query("select distinct move_type from move").move_type)
    if "construction" in name and "investments" not in name:
        assert kinds == {"construction_contract"}
    if "troubled" in name:
        assert store.scalar("select bool_and(troubled) from move")
