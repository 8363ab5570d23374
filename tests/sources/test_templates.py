"""The CSV/YAML template importers (docs/templates.md): every kind, problems with row and
field, idempotent re-import, edited files replacing their rows, atomic writes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from chuhai.api import import_file
from chuhai.sources import templates

SRC = "source_publisher,source_title,source_date,source_url"
CITE = "Reuters,BYD to build plant in Hungary,2023-12-22,https://example.org/byd-hu"
CITE2 = "BYD,BYD announces Thailand plant,2022-09-08,https://example.org/byd-th"


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return p


MOVES = f"""
move_id,company,host_country,city,move_type,sector,value_usd_m,year,month,status,near_anchor,{SRC}
byd-hun-szeged,BYD,Hungary,Szeged,greenfield_plant,ev,4500,2023,12,under_construction,,{CITE}
byd-tha-rayong,BYD Co Ltd,THA,Rayong,greenfield_plant,ev,490,2022,9,operating,,{CITE2}
,Fuyao Glass,HUN,,greenfield_plant,auto_parts,,2024,,announced,BYD,{CITE}
"""


def test_moves_csv_imports_with_citations(store, tmp_path):
    path = write(tmp_path, "moves.csv", MOVES)
    report = import_file(store, "moves", path)
    assert report.ok and not report.problems, report.problems
    assert report.rows_written["move"] == 3
    moves = store.query("select * from move order by move_id")
    assert set(moves.company_id) == {"byd", "fuyao"}
    assert (moves.dataset == "user").all()
    fuyao = moves[moves.company_id == "fuyao"].iloc[0]
    assert fuyao.near_anchor_id == "byd"
    assert fuyao.move_id.startswith("mv-")  # derived from the row
    # two distinct publications -> two citation sources under the file's source
    cites = store.query("select * from source where source_id like 'cite:%'")
    assert len(cites) == 2
    assert set(cites.parent_id) == {report.source_id}
    assert set(cites.kind) == {"user"}
    assert set(moves.source_id) == set(cites.source_id)
    file_src = store.query("select * from source where source_id = ?", [report.source_id])
    assert file_src.kind[0] == "user" and file_src.dataset[0] == "user"


def test_derived_move_id_is_stable(store, tmp_path):
    path = write(tmp_path, "moves.csv", MOVES)
    import_file(store, "moves", path)
    first = set(store.query("select move_id from move").move_id)
    store.delete_source(f"user:moves:{path.name}")
    assert store.counts()["move"] == 0 and store.counts()["source"] == 0
    import_file(store, "moves", path)
    assert set(store.query("select move_id from move").move_id) == first


def test_reimport_unchanged_and_edit_replaces(store, tmp_path):
    path = write(tmp_path, "moves.csv", MOVES)
    import_file(store, "moves", path)
    before = store.counts()
    again = import_file(store, "moves", path)
    assert again.unchanged
    assert store.counts() == before
    # the edited file drops a row and changes a value: its rows are replaced
    edited = MOVES.replace("4500", "5000").replace(
        f",Fuyao Glass,HUN,,greenfield_plant,auto_parts,,2024,,announced,BYD,{CITE}\n", "")
    write(tmp_path, "moves.csv", edited)
    report = import_file(store, "moves", path)
    assert not report.unchanged and report.ok
    moves = store.query("select move_id, value_usd_m from move order by move_id")
    assert moves.move_id.tolist() == ["byd-hun-szeged", "byd-tha-rayong"]
    assert moves.value_usd_m.tolist() == [5000.0, 490.0]
    assert store.counts()["source"] == 3  # the file + its two citations, no leftovers


BAD_MOVES = f"""
move_id,company,host_country,move_type,sector,value_usd_m,year,status,{SRC}
ok-1,BYD,HUN,greenfield_plant,ev,10,2023,announced,{CITE}
bad-company,Nonexistent Widgets Zzyzx,HUN,greenfield_plant,ev,10,2023,announced,{CITE}
bad-country,BYD,Atlantis,greenfield_plant,ev,10,2023,announced,{CITE}
bad-sector,BYD,HUN,greenfield_plant,spaceships,10,2023,announced,{CITE}
bad-type,BYD,HUN,factory,ev,10,2023,announced,{CITE}
bad-status,BYD,HUN,greenfield_plant,ev,10,2023,rumoured,{CITE}
bad-number,BYD,HUN,greenfield_plant,ev,ten,2023,announced,{CITE}
bad-year,BYD,HUN,greenfield_plant,ev,10,20x3,announced,{CITE}
no-host,BYD,,greenfield_plant,ev,10,2023,announced,{CITE}
ok-1,BYD,HUN,greenfield_plant,ev,10,2023,announced,{CITE}
no-source,BYD,HUN,greenfield_plant,ev,10,2023,announced,,,,
bad-date,BYD,HUN,greenfield_plant,ev,10,2023,announced,Reuters,T,yesterday,
"""


def test_bad_rows_are_reported_with_row_and_field(store, tmp_path):
    path = write(tmp_path, "bad.csv", BAD_MOVES)
    report = import_file(store, "moves", path)
    got = {(p.row, p.field, p.code) for p in report.problems}
    assert got == {
        (3, "company", "unknown-company"), (4, "host_country", "unknown-country"),
        (5, "sector", "unknown-sector"), (6, "move_type", "unknown-move-type"),
        (7, "status", "unknown-status"), (8, "value_usd_m", "bad-number"),
        (9, "year", "bad-year"), (10, "host_country", "missing-value"),
        (11, "move_id", "duplicate-key"), (12, "source_publisher", "missing-value"),
        (13, "source_date", "bad-date"),
    }
    assert all(p.file == str(path) for p in report.problems)
    assert report.rows_skipped == 11
    assert store.query("select move_id from move").move_id.tolist() == ["ok-1"]


def test_strict_writes_nothing(store, tmp_path):
    path = write(tmp_path, "bad.csv", BAD_MOVES)
    report = import_file(store, "moves", path, strict=True)
    assert report.aborted
    assert store.counts()["move"] == 0 and store.counts()["source"] == 0


def test_unknown_column_stops_the_file_naming_it(store, tmp_path):
    path = write(tmp_path, "typo.csv", MOVES.replace("host_country", "host_contry"))
    report = import_file(store, "moves", path)
    assert report.aborted
    (p,) = report.problems
    assert p.code == "bad-value" and p.field == "host_contry" and p.row == 1
    assert store.counts()["move"] == 0


def test_missing_column_stops_the_file(store, tmp_path):
    path = write(tmp_path, "m.csv", "company,host_country,move_type,sector\nBYD,HUN,other,ev\n")
    report = import_file(store, "moves", path)
    assert report.aborted
    assert report.problems[0].code == "missing-column"
    assert report.problems[0].field == "source_publisher"


def test_moves_yaml_equals_csv(store, tmp_path):
    rows = [
        {"move_id": "byd-hun-szeged", "company": "BYD", "host_country": "Hungary",
         "city": "Szeged", "move_type": "greenfield_plant", "sector": "ev",
         "value_usd_m": 4500, "year": 2023, "status": "under_construction",
         "source_publisher": "Reuters", "source_title": "BYD to build plant in Hungary",
         "source_date": "2023-12-22", "source_url": "https://example.org/byd-hu"},
        {"company": "Fuyao", "host_country": "HUN", "move_type": "greenfield_plant",
         "sector": "auto_parts", "year": "2024", "near_anchor": "byd",
         "source_publisher": "Reuters", "source_title": "x", "source_date": 2024},
        {"company": "BYD", "host_country": "HUN", "move_type": "greenfield_plant",
         "sector": "ev", "year": 2024, "status": "bogus",
         "source_publisher": "Reuters", "source_title": "x", "source_date": 2024},
    ]
    path = tmp_path / "moves.yaml"
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    report = import_file(store, "moves", path)
    assert [(p.row, p.field, p.code) for p in report.problems] == [(3, "status", "unknown-status")]
    moves = store.query("select * from move order by year")
    assert moves.host_iso3.tolist() == ["HUN", "HUN"]
    assert moves.near_anchor_id.tolist()[1] == "byd"


def test_facilities(store, tmp_path):
    path = write(tmp_path, "facilities.csv", f"""
        facility_id,company,name,kind,host_country,city,lat,lon,capacity,capacity_unit,status,start_year,move_id,{SRC}
        byd-szeged,BYD,BYD Szeged plant,assembly_plant,HUN,Szeged,46.25,20.15,150000,vehicles/yr,under_construction,2025,byd-hun-szeged,{CITE}
        bad-lat,BYD,,plant,HUN,,146.25,20.15,,,,,,{CITE}
        bad-kind,BYD,,castle,HUN,,,,,,,,,{CITE}
        half,BYD,,plant,HUN,,46.2,,,,,,,{CITE}
        """)
    report = import_file(store, "facilities", path)
    assert {(p.row, p.field, p.code) for p in report.problems} == {
        (3, "lat", "bad-number"), (4, "kind", "bad-value"), (5, "lon", "missing-value")}
    f = store.query("select * from facility").iloc[0]
    assert (f.facility_id, f.company_id, f.lat, f.capacity_unit, f.start_year) == \
        ("byd-szeged", "byd", 46.25, "vehicles/yr", 2025)


def test_supply_links(store, tmp_path):
    path = write(tmp_path, "links.csv", f"""
        supplier,customer,product,hs_code,share_of_sales,{SRC}
        Fuyao,BYD,automotive glass,700721,,{CITE}
        Fuyao,BYD,automotive glass,700721,,{CITE}
        Fuyao,BYD,glass,7x,,{CITE}
        Fuyao,BYD,glass,7007,1.5,{CITE}
        """)
    report = import_file(store, "supply-links", path)
    assert {(p.row, p.field, p.code) for p in report.problems} == {
        (3, "supplier", "duplicate-key"), (4, "hs_code", "bad-value"),
        (5, "share_of_sales", "bad-number")}
    link = store.query("select * from supply_link").iloc[0]
    assert (link.supplier_id, link.customer_id, link.hs_code) == ("fuyao", "byd", "700721")


def test_measures_lists_and_firms(store, tmp_path):
    path = write(tmp_path, "measures.yaml", """
        - measure_id: eu-cvd-bev-byd
          imposer: EU
          kind: anti_subsidy
          title: EU definitive countervailing duty on BEVs from China (BYD)
          sector: ev
          hs_codes: "870380"
          origin: CHN
          target_firms: BYD
          rate_pct: 17.0
          start_date: 2024-10-30
          source_publisher: European Commission
          source_title: Implementing Regulation (EU) 2024/2754
          source_date: 2024-10-29
          source_url: https://example.org/eu-2024-2754
        - measure_id: us-mfn-cells
          imposer: United States
          kind: mfn
          title: US MFN duty on battery cells
          hs_codes: [850760, "850790"]
          rate_pct: 3.4
          source_publisher: USITC
          source_title: HTS
          source_date: 2024-01
        - measure_id: bad-one
          imposer: Mordor
          kind: tariff
          title: x
          source_publisher: a
          source_title: b
          source_date: 2024
        - measure_id: bad-two
          imposer: USA
          kind: embargo
          title: x
          target_firms: BYD|Nobody Such Firm Qqq
          source_publisher: a
          source_title: b
          source_date: 2024
        """)
    report = import_file(store, "measures", path)
    assert {(p.row, p.field, p.code) for p in report.problems} == {
        (3, "imposer", "unknown-country"), (4, "target_firms", "unknown-company")}
    m = store.query("select * from measure order by measure_id").set_index("measure_id")
    assert list(m.loc["eu-cvd-bev-byd", "target_firms"]) == ["byd"]
    assert list(m.loc["eu-cvd-bev-byd", "hs_codes"]) == ["870380"]
    assert list(m.loc["us-mfn-cells", "hs_codes"]) == ["850760", "850790"]
    assert m.loc["us-mfn-cells", "imposer"] == "USA"
    assert str(m.loc["eu-cvd-bev-byd", "start_date"])[:10] == "2024-10-30"
    # the duty lookup reads what the importer wrote
    from chuhai.measures.duties import duty, load_measures
    import datetime as dt
    d = duty(load_measures(store), "HUN", "CHN", "870380", dt.date(2025, 1, 1), company_id="byd")
    assert d.measure_ids == ["eu-cvd-bev-byd"] and d.total_pct == 17.0


def test_indicators_and_duplicates(store, tmp_path):
    path = write(tmp_path, "ind.csv", f"""
        country,year,code,value,{SRC}
        Hungary,2023,NY.GDP.MKTP.CD,212389000000,World Bank,WDI,2024-07-01,https://example.org/wdi
        HUN,2023,ny.gdp.mktp.cd,1,World Bank,WDI,2024-07-01,https://example.org/wdi
        HUN,2023,sp.pop.totl,,World Bank,WDI,2024-07-01,https://example.org/wdi
        """)
    report = import_file(store, "indicators", path)
    assert {(p.row, p.field, p.code) for p in report.problems} == {
        (3, "code", "duplicate-key"), (4, "value", "missing-value")}
    ind = store.query("select * from indicator")
    assert ind[["iso3", "year", "code", "value"]].values.tolist() == \
        [["HUN", 2023, "ny.gdp.mktp.cd", 212389000000.0]]


def test_companies_then_moves_resolve(store, tmp_path):
    comp = write(tmp_path, "companies.csv", f"""
        company_id,name_en,name_zh,aliases,home_iso3,sector,parent_id,listings,{SRC}
        zz_parts,ZZ Precision Parts,中中精密,ZZ Parts|ZZP,CHN,auto_parts,,SZSE:000001|HKEX:9,{CITE}
        zz_sub,ZZ Hungary,,,HUN,auto_parts,zz_parts,,{CITE}
        orphan,Orphan Co,,,CHN,,no_such_parent,,{CITE}
        """)
    report = import_file(store, "companies", comp)
    assert [(p.row, p.field, p.code) for p in report.problems] == [(4, "parent_id", "unknown-company")]
    row = store.query("select * from company where company_id='zz_parts'").iloc[0]
    assert list(row.aliases) == ["ZZ Parts", "ZZP"] and row.name_zh == "中中精密"
    moves = write(tmp_path, "m.csv", f"""
        company,host_country,move_type,sector,{SRC}
        ZZP,MEX,greenfield_plant,auto_parts,{CITE}
        """)
    assert not import_file(store, "moves", moves).problems
    assert store.query("select company_id from move").company_id.tolist() == ["zz_parts"]


def test_atomic_failure_leaves_store_as_it_was(store, tmp_path, monkeypatch):
    path = write(tmp_path, "moves.csv", MOVES)
    import_file(store, "moves", path)
    before = {t: store.table(t).sort_values(store.table(t).columns[0]).reset_index(drop=True)
              for t in ("move", "source")}
    write(tmp_path, "moves.csv", MOVES.replace("4500", "9999"))
    real_insert = store.insert

    def failing_insert(table, frame):
        if table == "move":
            raise RuntimeError("disk full (simulated) in the middle of the write")
        return real_insert(table, frame)

    monkeypatch.setattr(store, "insert", failing_insert)
    with pytest.raises(RuntimeError):
        import_file(store, "moves", path)
    monkeypatch.undo()
    for t, frame in before.items():
        after = store.table(t).sort_values(store.table(t).columns[0]).reset_index(drop=True)
        assert after.drop(columns=["imported_at"], errors="ignore").equals(
            frame.drop(columns=["imported_at"], errors="ignore")), t


def test_gbk_csv_is_read(store, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(("company,host_country,move_type,sector,city," + SRC + "\n"
                      "比亚迪,匈牙利,greenfield_plant,ev,塞格德,新华社,比亚迪在匈牙利建厂的消息,2023-12-22,\n"
                      ).encode("gbk"))
    report = import_file(store, "moves", path)
    assert not report.problems, report.problems
    m = store.query("select company_id, host_iso3, city from move").iloc[0]
    assert (m.company_id, m.host_iso3, m.city) == ("byd", "HUN", "塞格德")


def test_every_documented_column_is_accepted():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text("utf-8")
    for kind, (_, columns, _) in templates.KINDS.items():
        for col in columns:
            assert f"`{col}`" in doc, f"{kind}.{col} is not in docs/templates.md"


def test_docs_examples_import_through_the_cli(cli, tmp_path, monkeypatch):
    """docs/examples: one file per kind, imported in the order docs/adding-data.md gives."""
    monkeypatch.setenv("CHUHAI_NO_STARTER", "1")  # the shipped registry still resolves names
    examples = Path(__file__).resolve().parents[2] / "docs" / "examples"
    db = tmp_path / "ex.duckdb"
    for kind, name in (("companies", "companies.csv"), ("moves", "moves.csv"),
                       ("facilities", "facilities.csv"), ("supply-links", "supply_links.csv"),
                       ("measures", "measures.yaml"), ("indicators", "indicators.csv")):
        code, out, err = cli("--db", db, "import", kind, examples / name, "--format", "json")
        assert code == 0, (kind, out, err)
    code, out, _ = cli("--db", db, "moves", "--company", "Example Supplier", "--format", "json",
                       "--dataset", "user")
    import json
    (move,) = json.loads(out)
    assert move["near_anchor_id"] == "catl" and move["publisher"] == "Example Daily"


def test_header_only_file_removes_that_files_rows(store, tmp_path):
    path = write(tmp_path, "moves.csv", MOVES)
    import_file(store, "moves", path)
    write(tmp_path, "moves.csv", MOVES.strip().splitlines()[0] + "\n")
    report = import_file(store, "moves", path)
    assert report.ok and not report.problems
    assert store.counts()["move"] == 0
    assert store.counts()["source"] == 1  # the file itself, now with no rows


def test_a_record_redefined_in_another_file_replaces_the_older_one(store, tmp_path):
    first = write(tmp_path, "a.csv", MOVES)
    import_file(store, "moves", first)
    second = write(tmp_path, "b.csv", f"""
        move_id,company,host_country,move_type,sector,value_usd_m,year,{SRC}
        byd-hun-szeged,BYD,HUN,greenfield_plant,ev,4700,2023,{CITE2}
        """)
    report = import_file(store, "moves", second)
    assert report.ok
    rows = store.query("select value_usd_m, source_id from move where move_id = 'byd-hun-szeged'")
    assert rows.value_usd_m.tolist() == [4700.0]
    assert store.counts()["move"] == 3
