"""The newcomer's walk in headless Chromium: overview → batteries in Europe → Hungary → CATL.

uvicorn serves the app on a free localhost port in a thread; Playwright drives Debian's
Chromium (never a downloaded browser). Every request leaving 127.0.0.1 is recorded and
aborted, so the test also proves the pages work offline (plotly and the world geometry
come from this server). Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

import chuhai
from chuhai.web.app import _fmt

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHUHAI_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"


def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser test skipped: the playwright package is not installed "
                    "(pip install -e '.[test]')")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser test skipped: no Chromium at {CHROMIUM} "
                    "(apt-get install chromium; .ci/run does this)")
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    """The app under uvicorn on 127.0.0.1:<free port>, for this module."""
    import uvicorn

    from chuhai.web.app import create_app
    port = _free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(server):
    sync_playwright = _playwright()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
        page = context.new_page()
        outside: list[str] = []
        errors: list[str] = []

        def route(r):
            host = urlparse(r.request.url).hostname
            if host not in ("127.0.0.1", "localhost"):
                outside.append(r.request.url)
                r.abort()
            else:
                r.continue_()
        context.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.set_default_timeout(30_000)
        yield page, server, outside, errors
        context.close()
        browser.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _wait_map(page) -> int:
    """Wait until plotly drew country shapes; return how many."""
    page.wait_for_selector("#map[data-ready='1']")
    page.wait_for_function("document.querySelectorAll('#map path.choroplethlocation').length > 0")
    return page.locator("#map path.choroplethlocation").count()


def test_newcomer_walk_batteries_in_europe(browser_page, lib_store):
    page, base, outside, errors = browser_page
    page.goto(base + "/")
    assert _wait_map(page) > 0
    _shot(page, "01-overview")

    # filter: batteries in Europe (the continent: Western, Southern and Eastern Europe)
    page.select_option("#f-sector", "battery")
    page.select_option("#f-region", "Europe")
    with page.expect_navigation():
        page.click("#f-apply")
    assert _wait_map(page) > 0
    flt = dict(sectors=["battery"], regions=["Europe"])
    total = chuhai.flows(lib_store, by=[], **flt)
    assert page.inner_text("#total-value") == _fmt(float(total.value_usd_m[0]))
    assert page.inner_text("#total-count") == str(int(total["count"][0]))
    hosts = chuhai.flows(lib_store, by=["country"], **flt).set_index("country")
    hun_row = page.locator("#hosts tr[data-iso3='HUN'] td")
    assert hun_row.nth(1).inner_text() == _fmt(float(hosts.loc["HUN", "value_usd_m"]))
    _shot(page, "02-batteries-in-europe")

    # click Hungary
    with page.expect_navigation():
        page.click("#hosts >> text=Hungary")
    assert "/country/HUN" in page.url
    total = chuhai.flows(lib_store, by=[], countries=["HUN"], sectors=["battery"])
    assert page.inner_text("#total-value") == _fmt(float(total.value_usd_m[0]))
    assert "EU countervailing duty" in page.inner_text("#measures")
    _shot(page, "03-hungary")

    # then CATL
    with page.expect_navigation():
        page.click("#by-company >> text=CATL")
    assert "/company/catl" in page.url
    assert _wait_map(page) > 0
    total = chuhai.flows(lib_store, by=[], companies=["CATL"], sectors=["battery"])
    assert page.inner_text("#total-value") == _fmt(float(total.value_usd_m[0]))
    assert "Huayou Cobalt" in page.inner_text("#suppliers")
    _shot(page, "04-catl")

    assert outside == [], f"pages tried to reach the network: {outside}"
    assert errors == [], f"browser errors: {errors}"


def test_every_page_loads_in_both_languages(browser_page):
    page, base, outside, errors = browser_page
    for path, name in [("/move/catl-hun-2022", "move"), ("/ranking", "ranking"),
                       ("/follow?profile=example_supplier", "follow"), ("/brief", "brief"),
                       ("/country/HUN", "country")]:
        for lang in ("en", "zh"):
            sep = "&" if "?" in path else "?"
            response = page.goto(f"{base}{path}{sep}lang={lang}")
            assert response.status == 200, path
            _shot(page, f"10-{name}-{lang}")
    # the move page highlights spans and shows the article's markup as text
    page.goto(base + "/move/catl-hun-2022?lang=en")
    marks = page.locator(".source-text mark").all_inner_texts()
    assert "7.34 billion euros" in marks
    assert "<script>alert('pwned')</script>" in page.inner_text(".source-text")
    assert page.evaluate("document.querySelectorAll('.source-text script, .source-text b').length") == 0
    # the toggle switches language and keeps the page
    page.goto(base + "/country/HUN?lang=en")
    with page.expect_navigation():
        page.click("#lang-toggle")
    assert "匈牙利" in page.inner_text("h1") and "/country/HUN" in page.url
    page.goto(base + "/?lang=en")
    assert outside == [], f"pages tried to reach the network: {outside}"
    assert errors == [], f"browser errors: {errors}"


def test_map_click_opens_the_country(browser_page):
    page, base, outside, errors = browser_page
    page.goto(base + "/?sector=battery&lang=en")
    _wait_map(page)
    # plotly's own click event, fired for Hungary, navigates with the filters kept
    with page.expect_navigation():
        page.evaluate("""() => {
            const el = document.getElementById('map');
            const i = el.data[0].locations.indexOf('HUN');
            el.emit('plotly_click', {points: [{location: 'HUN', pointNumber: i}]});
        }""")
    assert page.url.endswith("/country/HUN?sector=battery")
