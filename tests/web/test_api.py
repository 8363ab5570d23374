"""The JSON API gives the library's numbers, and errors as {"ok": false, "error": ...}."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import chuhai
from chuhai.cli.output import records


def _same(rows: list[dict], frame: pd.DataFrame) -> None:
    """API rows equal the library frame, row by row, NaN meaning null."""
    expected = records(frame)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        assert set(got) == set(want)
        for k, v in want.items():
            if isinstance(v, float):
                assert got[k] == pytest.approx(v), k
            else:
                assert got[k] == v, k


@pytest.mark.parametrize("query, by, kw", [
    ("by=year", ["year"], {}),
    ("by=country&sector=battery&region=EU", ["country"], dict(sectors=["battery"], regions=["EU"])),
    ("by=year&by=region&year=2018-2023", ["year", "region"], dict(years=list(range(2018, 2024)))),
    ("by=company&country=HUN&type=greenfield_plant", ["company"],
     dict(countries=["HUN"], move_types=["greenfield_plant"])),
    ("by=country&include_cancelled=true", ["country"], dict(include_cancelled=True)),
])
def test_flows_equal_the_library(client, lib_store, query, by, kw):
    body = client.get(f"/api/flows?{query}").json()
    assert body["ok"] is True
    _same(body["rows"], chuhai.flows(lib_store, by=by, **kw))


def test_flows_battery_in_europe_has_hungary_first(client, lib_store):
    rows = client.get("/api/flows?by=country&sector=battery&region=EU").json()["rows"]
    hun = next(r for r in rows if r["country"] == "HUN")
    # 7600 (CATL) + 1400 (EVE); Sunwoda has no value; BYD is EVs, not batteries
    assert hun["value_usd_m"] == pytest.approx(9000.0)
    assert hun["count"] == 3


def test_moves_equal_the_library(client, lib_store):
    body = client.get("/api/moves?company=CATL&limit=2").json()
    lib = chuhai.moves(lib_store, companies=["CATL"])
    assert body["total"] == len(lib) == 4
    assert [r["move_id"] for r in body["rows"]] == lib.move_id.head(2).tolist()


def test_country_endpoint(client, lib_store):
    body = client.get("/api/countries/HUN?sector=battery").json()
    total = chuhai.flows(lib_store, by=[], countries=["HUN"], sectors=["battery"])
    assert body["total"]["value_usd_m"] == pytest.approx(float(total.value_usd_m[0]))
    assert body["total"]["count"] == int(total["count"][0])
    # the EU's duty on Chinese EVs applies to Hungary; an MFN duty is not aimed at China
    ids = [m["measure_id"] for m in body["measures"]]
    assert "eu-cvd-bev" in ids and "eu-mfn-cars" not in ids and "us-301-batteries" not in ids
    gdp = next(i for i in body["indicators"] if i["code"] == "ny.gdp.mktp.cd")
    assert gdp["year"] == 2023 and gdp["value"] == pytest.approx(2.12e11)
    assert body["filters"]["cli"] == "--sector battery --country HUN"


def test_country_accepts_names_and_rejects_unknown(client):
    assert client.get("/api/countries/Hungary").json()["iso3"] == "HUN"
    r = client.get("/api/countries/Atlantis")
    assert r.status_code == 404
    assert r.json() == {"ok": False, "error": "no country 'Atlantis'; use an ISO3 code such as HUN"}


def test_company_endpoint(client, lib_store):
    body = client.get("/api/companies/catl").json()
    _same(body["footprint"], chuhai.flows(lib_store, by=["country"], companies=["catl"])
          .assign(name=lambda f: f.country.map({"HUN": "Hungary", "DEU": "Germany",
                                                "ESP": "Spain", "IDN": "Indonesia"}))
          [["country", "name", "value_usd_m", "count", "with_value", "share", "hhi"]])
    assert [s["company_id"] for s in body["suppliers"]] == ["huayou"]
    assert [c["company_id"] for c in body["customers"]] == ["li_auto"]
    assert {f["facility_id"] for f in body["facilities"]} == {"catl-debrecen", "catl-erfurt"}
    assert {e["field"] for e in body["evidence"]} >= {"company", "value"}


def test_company_by_chinese_name(client):
    assert client.get("/api/companies/宁德时代").json()["company_id"] == "catl"


def test_move_endpoint_returns_text_and_spans(client):
    body = client.get("/api/moves/catl-hun-2022").json()
    assert body["move"]["value_usd_m"] == 7600.0
    text = body["sources"][0]["text"]
    ev = {e["field"]: e for e in body["evidence"]}
    assert text[ev["value"]["start_char"]:ev["value"]["end_char"]] == "7.34 billion euros"


@pytest.mark.parametrize("url, status, needle", [
    ("/api/moves/nope", 404, "no move with id 'nope'"),
    ("/api/flows?year=20x", 400, "'20x' is not a year"),
    ("/api/flows?type=teleport", 400, "unknown move type 'teleport'"),
    ("/api/flows?sector=spaceships", 404, "unknown sector 'spaceships'"),
    ("/api/flows?by=planet", 400, "cannot group by 'planet'"),
    ("/api/flows?region=Atlantis", 404, "no region or bloc named 'Atlantis'"),
    ("/api/moves?limit=-1", 422, "limit"),
    ("/api/companies/nobody-at-all", 404, "no company matches"),
])
def test_errors_are_json_with_a_message(client, url, status, needle):
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert body["ok"] is False and needle in body["error"]
    assert "Traceback" not in r.text


def test_unexpected_errors_hide_the_traceback(web_db, monkeypatch, make_client):
    from chuhai.web import app as web_app
    from chuhai.web import views

    def boom(*a, **k):
        raise RuntimeError("secret internals at /home/user/db")
    monkeypatch.setattr(views, "overview", boom)
    with make_client(web_app.create_app(web_db)) as c:
        r = c.get("/", headers={"accept": "application/json"})
    assert r.status_code == 500
    assert r.json() == {"ok": False, "error": "internal error; the server log has the details"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_openapi_documents_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/flows", "/api/moves", "/api/moves/{move_id}", "/api/countries/{iso3}",
                 "/api/companies/{company_id}", "/api/follow/profile", "/api/import/{kind}",
                 "/brief/export", "/api/follow"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/flows"]["get"]["parameters"]}
    assert {"year", "sector", "region", "country", "company", "type", "by"} <= params
    assert client.get("/api/docs").status_code == 200


def test_sectors_and_countries_lists(client):
    assert len(client.get("/api/countries").json()["rows"]) == len(chuhai.countries())
    assert "battery" in {r["sector"] for r in client.get("/api/sectors").json()["rows"]}


def test_no_nan_in_json(client):
    # JSON has no NaN: a move without value comes back as null
    rows = client.get("/api/moves?company=sunwoda").json()["rows"]
    assert rows[0]["value_usd_m"] is None
    assert not any(isinstance(v, float) and math.isnan(v) for r in rows for v in r.values())
