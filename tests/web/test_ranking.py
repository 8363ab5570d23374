"""The ranking page and /api/rank call the same rank_hosts as `chuhai rank --no-model`."""

import re

import pytest

HTML = {"accept": "text/html"}


def test_api_rank_equals_the_library(client, lib_store):
    from chuhai.rank import rank_hosts
    got = client.get("/api/rank", params={"sector": "battery", "top": 5}).json()
    want = rank_hosts(lib_store, sector="battery", with_model=False).table.head(5)
    assert [r["iso3"] for r in got["rows"]] == want.iso3.tolist()
    assert [r["score"] for r in got["rows"]] == pytest.approx(want.score.tolist())
    assert set(got["weights"]) == {"market", "cost", "access", "friction", "ecosystem", "risk"}


def test_page_shows_the_library_scores_and_weights_change_them(client, lib_store):
    from chuhai.rank import rank_hosts
    page = client.get("/ranking", params={"sector": "battery"}, headers=HTML).text
    shown = [float(x) for x in re.findall(r'class="num score">([^<]+)<', page)]
    want = rank_hosts(lib_store, sector="battery", with_model=False).table.score.head(len(shown))
    assert shown == pytest.approx([round(v, 1) for v in want], abs=0.051)
    heavy = client.get("/api/rank", params={"sector": "battery", "ecosystem": 1.0, "market": 0,
                                             "cost": 0, "access": 0, "friction": 0, "risk": 0}).json()
    assert heavy["weights"]["ecosystem"] == pytest.approx(1.0)
    mine = rank_hosts(lib_store, sector="battery", with_model=False,
                      weights={"ecosystem": 1.0, "market": 0, "cost": 0, "access": 0,
                               "friction": 0, "risk": 0}).table
    assert [r["iso3"] for r in heavy["rows"]] == mine.iso3.head(len(heavy["rows"])).tolist()


def test_scenario_toggle_shows_rank_changes_and_refuses_unknown_names(client):
    page = client.get("/ranking", params={"sector": "ev", "scenario": "eu_extra_duty_bev"},
                      headers=HTML)
    assert page.status_code == 200 and "Rank change" in page.text
    bad = client.get("/api/rank", params={"sector": "ev", "scenario": "../../etc/passwd"})
    assert bad.status_code == 404 and bad.json()["ok"] is False


def test_country_page_lists_its_rank_per_sector(client):
    page = client.get("/country/HUN", headers=HTML).text
    assert re.search(r'id="rank".*?<td>battery</td><td class="num">\d+</td>', page, re.S)


def test_bad_sector_is_a_clear_400(client):
    r = client.get("/api/rank", params={"sector": "spaceflight"})
    assert r.status_code in (400, 404) and "sector" in r.json()["error"]
