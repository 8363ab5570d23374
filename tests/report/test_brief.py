"""`chuhai brief` through the real entry point: self-contained HTML, sections, numbers equal
to the library's and to hand-computed sums, both languages, every subject kind, bad input."""

from __future__ import annotations

import json
import re

import pytest

from chuhai.report import brief as brief_mod

ON = "2025-06-01"
SECTION_IDS = ("overview", "footprint", "flows", "measures", "evidence")


def brief_json(cli, db, *args):
    code, out, err = cli("--db", db, "brief", *args, "--on", ON, "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def example_json(make_cli, fixture_db, tmp_path_factory) -> str:
    """`brief --example --format json` on the fixture store, run once for the tests below
    that only read it (each parses its own copy)."""
    with pytest.MonkeyPatch.context() as mp:
        cli = make_cli(mp, tmp_path_factory.mktemp("cli"))
        code, out, err = cli("--db", fixture_db, "brief", "--example", "--on", ON,
                             "--format", "json")
    assert code == 0, err
    return out


def section(brief, sid):
    return next(s for s in brief["sections"] if s["id"] == sid)


def assert_self_contained(html: str) -> None:
    external = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
                          html, flags=re.I)
    assert not external, external
    assert "@import" not in html and "url(http" not in html
    assert "<script" not in html.lower() or 'src=' not in html.lower().split("<script", 1)[1].split(">")[0]


def test_readme_command_on_the_starter_data(cli, tmp_path):
    out = tmp_path / "brief.html"
    code, stdout, err = cli("--db", tmp_path / "chuhai-demo.duckdb", "brief", "--example",
                            "--out", out)
    assert code == 0, err
    html = out.read_text("utf-8")
    assert_self_contained(html)
    for sid in SECTION_IDS:
        assert f'id="{sid}"' in html
    assert "<svg" in html and 'data-iso3="HUN"' in html
    assert "Example Precision Die-Casting" in stdout and str(out) in stdout


def test_html_sections_and_refs_resolve(cli, fixture_db, tmp_path):
    out = tmp_path / "b.html"
    code, _, err = cli("--db", fixture_db, "brief", "--example", "--out", out, "--on", ON)
    assert code == 0, err
    html = out.read_text("utf-8")
    assert_self_contained(html)
    refs = set(re.findall(r'href="#src-(\d+)"', html))
    targets = set(re.findall(r'id="src-(\d+)"', html))
    assert refs and refs <= targets
    assert "Fixture News" in html and "https://example.org/fx/byd-hun" in html
    assert "US Section 301 on parts" in html
    # facilities as dots at their coordinates, moves as one circle per host
    assert re.search(r'<circle cx="200\.15" cy="43\.75"', html)        # Szeged 46.25N 20.15E
    assert html.count('class="bubble"') == 7   # BRA DEU ESP HUN MEX THA TUR


def test_flows_total_equals_library_and_hand_sum(example_json, fixture_db):
    b = json.loads(example_json)
    from chuhai.api import flows, open_store
    store = open_store(fixture_db)
    try:
        ids = b["subject"]["anchors"] + b["subject"]["peers"]
        lib = flows(store, by=["region"], companies=ids)
    finally:
        store.close()
    total = section(b, "flows")["total_usd_m"]
    assert total == pytest.approx(float(lib.value_usd_m.sum()))
    # by hand from fixtures/moves.csv: the five customers' and the two parts makers'
    # valued moves, the cancelled Chery row left out
    assert total == pytest.approx(490 + 1000 + 620 + 8000 + 2000 + 100 + 50)
    table = next(bl for bl in section(b, "flows")["blocks"] if bl["type"] == "table")
    by_region = {r["region"]: r["value"] for r in table["rows"]}
    assert by_region["Eastern Europe"] == pytest.approx(8000 + 100)
    assert by_region["Southeast Asia"] == pytest.approx(490)


def test_moves_rows_all_cite_a_source(example_json):
    b = json.loads(example_json)
    moves = next(bl for bl in section(b, "footprint")["blocks"]
                 if bl["type"] == "table" and bl["rows"] and "type" in bl["rows"][0])
    ids = {r["id"] for r in moves["rows"]}
    assert "fx-cancel" not in ids and {"fx-byd-hun", "fx-fuyao-hun", "fx-minth-mex"} <= ids
    assert all(r["refs"] for r in moves["rows"])
    evidence = section(b, "evidence")["blocks"][1]["items"]
    assert {i["n"] for i in evidence} == set(range(1, len(evidence) + 1))
    cited = {rec for i in evidence for rec in i["records"]}
    assert "move:fx-byd-hun" in cited and "measure:fx-usa-301-parts" in cited


def test_measures_rates(example_json):
    b = json.loads(example_json)
    table = next(bl for bl in section(b, "measures")["blocks"] if bl["type"] == "table")
    got = {(r["market"].split(" (")[0], r["hs"]): (r["mfn"], r["extra"], r["total"])
           for r in table["rows"]}
    assert got[("Türkiye", "870899")] == (None, 20.0, 20.0)      # additional duty, MFN unknown
    assert got[("Brazil", "870899")] == (18.0, 0.0, 18.0)
    assert got[("Hungary", "870899")] == (4.5, 0.0, 4.5)         # the EU's MFN applies
    assert got[("Hungary", "850790")] == (2.7, 0.0, 2.7)
    assert got[("United States", "870899")] == (None, 25.0, 25.0)
    assert "Thailand" in section(b, "measures")["blocks"][-1]["text"]   # no data: said so


def test_chinese_brief(cli, fixture_db, tmp_path):
    out = tmp_path / "zh.html"
    code, stdout, err = cli("--db", fixture_db, "brief", "--example", "--lang", "zh",
                            "--out", out, "--on", ON)
    assert code == 0, err
    html = out.read_text("utf-8")
    for heading in ("摘要", "锚定客户与同行的海外布局", "按地区和年份的投资流量", "证据与来源"):
        assert heading in html
    assert 'lang="zh-Hans"' in html
    assert "比亚迪（BYD）" in html and "匈牙利（Hungary）" in html
    assert "出海简报" in stdout


def test_company_brief(cli, fixture_db, tmp_path):
    b = brief_json(cli, fixture_db, "--company", "Contemporary Amperex Technology")
    assert b["subject"]["kind"] == "company" and "catl" in b["subject"]["anchors"]
    rows = next(bl for bl in section(b, "footprint")["blocks"] if bl["type"] == "table")["rows"]
    anchors = [r for r in rows if r["role"] == "anchor"]
    assert {r["id"] for r in anchors} == {"fx-catl-hun", "fx-catl-deu"}
    assert section(b, "flows")["total_usd_m"] >= 10000


def test_sector_brief_html(cli, fixture_db, tmp_path):
    out = tmp_path / "s.html"
    code, _, err = cli("--db", fixture_db, "brief", "--sector", "auto_parts", "--out", out)
    assert code == 0, err
    assert "Minth" in out.read_text("utf-8")


@pytest.mark.parametrize("args, message", [
    (("--company", "Nonexistent Widgets Zzyzx"), "no company matches"),
    (("--profile", "no/such/profile.yaml"), "no such profile file"),
    (("--sector", "spaceships"), "unknown sector"),
    (("--company", "BYD", "--sector", "ev"), "exactly one"),
    ((), "exactly one"),
])
def test_bad_input_is_a_clear_error(cli, fixture_db, tmp_path, args, message):
    code, out, err = cli("--db", fixture_db, "brief", *args, "--out", tmp_path / "x.html")
    assert code != 0
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()


def test_bad_profile_names_the_field(cli, fixture_db, tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("supplier: {name: X, annual_sales_usd_m: 5}\nproducts: [{id: a, hs_code: '9999', unit_cost_usd: 1, "
                   "unit_weight_kg: 1}]\n", encoding="utf-8")
    code, _, err = cli("--db", fixture_db, "brief", "--profile", bad)
    assert code == 1 and "products[0].hs_code" in err and str(bad) in err


def test_registered_section_is_built_before_evidence(fixture_db, monkeypatch):
    from chuhai.api import open_store
    monkeypatch.setattr(brief_mod, "SECTIONS", list(brief_mod.SECTIONS))
    seen = {}

    def gather_rank(store, subject, data):
        data.extras["rank"] = ["HUN", "ESP"]

    def build_rank(ctx):
        seen["hosts"] = ctx.data.extras["rank"]
        return {"id": "rank", "title": "Ranking", "blocks": [
            {"type": "table", "title": "", "columns": [{"key": "host", "label": "Host"}],
             "rows": [{"host": h} for h in ctx.data.extras["rank"]]}]}

    brief_mod.register_section("rank", build_rank, gather=gather_rank)
    store = open_store(fixture_db)
    try:
        subject = brief_mod.make_subject(store, profile="example")
        data = brief_mod.gather(store, subject)
    finally:
        store.close()
    b = brief_mod.build_brief(data, "en")
    assert [s["id"] for s in b["sections"]][-2:] == ["rank", "evidence"]
    assert seen["hosts"] == ["HUN", "ESP"]
    from chuhai.report.html import render_html
    assert 'id="rank"' in render_html(b)


def test_build_brief_is_pure_and_rejects_unknown_language(fixture_db):
    from chuhai.api import open_store
    from chuhai.errors import InputError
    store = open_store(fixture_db)
    try:
        data = brief_mod.gather(store, brief_mod.make_subject(store, company="BYD"))
    finally:
        store.close()
    # the store is closed: building (twice) must not need it
    assert brief_mod.build_brief(data, "en") == brief_mod.build_brief(data, "en")
    with pytest.raises(InputError):
        brief_mod.build_brief(data, "fr")


def test_host_country_facts(example_json):
    b = json.loads(example_json)
    table = next(bl for bl in section(b, "footprint")["blocks"]
                 if bl["type"] == "table" and bl["title"] == "Host countries at a glance")
    rows = {r["host"].split(" (")[0]: r for r in table["rows"]}
    assert rows["Hungary"]["gdp"] == 212.0 and rows["Thailand"]["gdp"] == 515.0
    assert rows["Hungary"]["refs"]
