"""The CEPII GeoDist importer on small files in the real dist_cepii.csv layout."""

from __future__ import annotations

import pytest

from chuhai.sources.cepii import parse_cepii
from chuhai.sources.load import import_file
from chuhai.sources.report import FileProblem

HEADER = ("iso_o;iso_d;contig;comlang_off;comlang_ethno;colony;comcol;curcol;col45;smctry;"
          "dist;distcap;distw;distwces\n")


def _write(tmp_path, rows, name="dist_cepii.csv", header=HEADER):
    path = tmp_path / name
    path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_old_codes_mapped_missing_dots_and_flags(tmp_path):
    path = _write(tmp_path, [
        "ROM;HUN;1;0;0;0;0;0;0;0;645.1553;642.1;.;.",
        "ZAR;COG;1;1;1;0;1;0;0;0;9.7;9.7;300.5;290.1",
        "TMP;IDN;0;0;0;1;0;0;0;0;2000;2100;2050;2040",
    ])
    rows, report = parse_cepii(path)
    assert not report.problems
    assert rows[["iso_o", "iso_d"]].values.tolist() == [["ROU", "HUN"], ["COD", "COG"],
                                                       ["TLS", "IDN"]]
    first = rows.iloc[0]
    assert first.dist_km == 645.1553 and first.distcap_km == 642.1
    assert pd_isna(first.distw_km)
    assert rows.contig.tolist() == [True, True, False]
    assert rows.colony.tolist() == [False, False, True]
    assert rows.comlang_off.tolist() == [False, True, False]


def pd_isna(v):
    import pandas as pd
    return bool(pd.isna(v))


def test_yug_and_ant_skipped_with_one_warning(tmp_path):
    path = _write(tmp_path, [
        "YUG;HUN;1;0;0;0;0;0;0;0;300;300;300;300",
        "HUN;YUG;1;0;0;0;0;0;0;0;300;300;300;300",
        "ANT;NLD;0;1;1;1;0;0;0;0;7800;7800;7800;7800",
        "HUN;AUT;1;1;1;0;0;0;0;0;214;214;214;214",
    ])
    rows, report = parse_cepii(path)
    assert rows[["iso_o", "iso_d"]].values.tolist() == [["HUN", "AUT"]]
    (p,) = report.problems
    assert (p.code, p.severity) == ("unknown-country", "warning")
    assert "3 pairs" in p.message and "YUG" in p.message and "ANT" in p.message
    assert report.rows_skipped == 3


def test_bad_values_name_row_and_field(tmp_path):
    path = _write(tmp_path, [
        "HUN;AUT;1;1;1;0;0;0;0;0;214;214;214;214",
        "HUN;DEU;0;0;0;0;0;0;0;0;far;700;700;700",
        "HUN;FRA;yes;0;0;0;0;0;0;0;1200;1200;1200;1200",
        "HUN;XXQ;0;0;0;0;0;0;0;0;1200;1200;1200;1200",
        "HUN;ITA;0;0;0;0;0;0;0;0;-5;800;800;800",
    ])
    rows, report = parse_cepii(path)
    assert rows.iso_d.tolist() == ["AUT"]
    got = sorted((p.code, p.row, p.field) for p in report.problems)
    assert got == [("bad-number", 3, "dist"), ("bad-value", 4, "contig"),
                   ("negative-number", 6, "dist"), ("unknown-country", 5, "iso_d")]


def test_missing_column_and_geo_cepii_are_file_problems(tmp_path):
    with pytest.raises(FileProblem) as exc:
        parse_cepii(_write(tmp_path, ["HUN;AUT;214"], header="iso_o;iso_d;dist\n"))
    assert exc.value.code == "missing-column" and exc.value.row == 1
    assert exc.value.field == "distcap"
    geo = _write(tmp_path, ["HU;HUN;348;Hungary;Hongrie;93030;100;1;Europe;Budapest;Budapest;"
                            "47.5;19.08;1;1"], name="geo_cepii.csv",
                 header="iso2;iso3;cnum;country;pays;area;dis_int;landlocked;continent;"
                        "city_en;city_fr;lat;lon;cap;maincity\n")
    with pytest.raises(FileProblem) as exc:
        parse_cepii(geo)
    assert "geo_cepii" in str(exc.value) and "dist_cepii" in str(exc.value)


def test_import_is_idempotent_and_atomic_under_strict(store, tmp_path):
    good = _write(tmp_path, ["HUN;AUT;1;1;1;0;0;0;0;0;214;214;214;214",
                             "AUT;HUN;1;1;1;0;0;0;0;0;214;214;214;214"])
    assert import_file(store, "cepii", good).rows_written == {"distance": 2}
    before = store.counts()
    assert import_file(store, "cepii", good).unchanged and store.counts() == before
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = _write(bad_dir, ["HUN;DEU;0;0;0;0;0;0;0;0;700;700;700;700",
                           "DEU;HUN;0;0;0;0;0;0;0;0;far;700;700;700"])
    report = import_file(store, "cepii", bad, strict=True)
    assert report.aborted and store.counts() == before
