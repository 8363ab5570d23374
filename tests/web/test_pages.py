"""Pages render in English and Chinese, show the library's numbers and link to each other."""

from __future__ import annotations

import re
from importlib import resources

import pytest

import chuhai
from chuhai.web.app import _fmt
from chuhai.web.i18n import lookup, web_keys

HTML = {"accept": "text/html"}
PAGES = ["/", "/?sector=battery&region=EU&measure=count", "/country/HUN", "/company/catl",
         "/move/catl-hun-2022", "/ranking", "/follow", "/follow?profile=example_supplier",
         "/brief"]


def test_every_label_exists_in_both_languages():
    folder = resources.files("chuhai.web") / "templates"
    used = set()
    for entry in folder.iterdir():
        used |= set(re.findall(r"t\('([A-Za-z_.]+)'\)", entry.read_text(encoding="utf-8")))
    assert used, "no labels found: the pattern is wrong"
    for key in sorted(used | set(web_keys())):
        assert lookup(key, "en") and lookup(key, "zh"), f"label {key!r} is missing a language"
        if key in web_keys() and key not in ("app_title",):
            assert lookup(key, "en") != lookup(key, "zh") or key == "nav_api", key


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("lang, word", [("en", "Overview"), ("zh", "总览")])
def test_pages_render_in_both_languages(client, url, lang, word):
    sep = "&" if "?" in url else "?"
    r = client.get(f"{url}{sep}lang={lang}", headers=HTML)
    assert r.status_code == 200, r.text[:300]
    assert word in r.text
    assert f'lang="{"zh-CN" if lang == "zh" else "en"}"' in r.text
    # the toggle leads to the same page in the other language
    other = "en" if lang == "zh" else "zh"
    assert f"lang={other}" in r.text


def test_language_is_remembered(client):
    client.get("/?lang=zh", headers=HTML)
    assert "匈牙利" in client.get("/country/HUN", headers=HTML).text


def test_overview_shows_the_librarys_numbers(client, lib_store):
    page = client.get("/?sector=battery&region=EU", headers=HTML).text
    total = chuhai.flows(lib_store, by=[], sectors=["battery"], regions=["EU"])
    shown = re.search(r'id="total-value">([^<]+)<', page).group(1)
    assert shown == _fmt(float(total.value_usd_m[0])) == "15,300.0"
    assert re.search(r'id="total-count">([^<]+)<', page).group(1) == str(int(total["count"][0]))
    # the host table links to Hungary with the sector kept and the region dropped
    assert 'href="/country/HUN?sector=battery">Hungary</a>' in page
    assert "chuhai flows --sector battery --region EU" in page


def test_country_page_links_to_companies_with_the_filter(client, lib_store):
    page = client.get("/country/HUN?sector=battery", headers=HTML).text
    total = chuhai.flows(lib_store, by=[], countries=["HUN"], sectors=["battery"])
    assert re.search(r'id="total-value">([^<]+)<', page).group(1) == _fmt(float(total.value_usd_m[0]))
    assert 'href="/company/catl?sector=battery">CATL</a>' in page
    assert "EU countervailing duty on battery EVs from China" in page
    assert "ny.gdp.mktp.cd" in page


def test_company_page(client, lib_store):
    page = client.get("/company/catl?sector=battery", headers=HTML).text
    total = chuhai.flows(lib_store, by=[], companies=["catl"], sectors=["battery"])
    assert re.search(r'id="total-value">([^<]+)<', page).group(1) == _fmt(float(total.value_usd_m[0]))
    for text in ("Huayou Cobalt", "Li Auto", "CATL Debrecen", "Stellantis"):
        assert text in page, text


def test_unavailable_features_say_so(client):
    from chuhai.web import follow
    page = client.get("/ranking", headers=HTML).text
    if not follow.rank_available():
        assert "not available in this build" in page
    page = client.get("/follow?profile=example_supplier", headers=HTML).text
    assert "BYD" in page and "CATL" in page
    if not follow.plan_available():
        assert "not available in this build" in page


def test_follow_upload_form(client):
    from chuhai.follow.profile import example_path
    r = client.post("/follow", files={"file": ("p.yaml", example_path().read_bytes())},
                    headers=HTML)
    assert r.status_code == 200 and "Example Precision Die-Casting" in r.text
    r = client.post("/follow", files={"file": ("p.yaml", b"supplier: {}\n")}, headers=HTML)
    assert r.status_code == 400 and "supplier.name" in r.text


def test_error_pages_are_pages(client):
    r = client.get("/country/Atlantis", headers=HTML)
    assert r.status_code == 404 and "<html" in r.text and "Atlantis" in r.text


def test_brief_export(client):
    from chuhai.web import follow
    if not follow.brief_available():
        pytest.skip("the brief module is not in this build")
    r = client.get("/brief/export?company=CATL&lang=zh")
    assert r.status_code == 200 and "出海简报" in r.text and "CATL" in r.text


def test_follow_shows_the_planners_numbers(client, lib_store):
    from chuhai.web import follow
    if not follow.plan_available():
        pytest.skip("the follow planner is not in this build")
    from chuhai.follow import follow_report, load_profile
    rep = follow_report(lib_store, load_profile("example"))
    body = client.get("/api/follow?profile=example_supplier").json()
    assert body["plan_summary"]["objective_usd"] == pytest.approx(rep["plan"]["summary"]["objective_usd"])
    assert body["risk"]["score"] == rep["risk"]["score"]
    page = client.get("/follow?profile=example_supplier", headers=HTML).text
    shown = re.search(r'id="plan-objective">([^<]+)<', page).group(1)
    assert shown == _fmt(rep["plan"]["summary"]["objective_usd"], 0)
    assert re.search(r'id="risk-score">([^<]+)<', page).group(1) == _fmt(rep["risk"]["score"])
