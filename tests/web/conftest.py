"""A small store for the web tests, written through the store's own write path.

The rows are real-world facts, simplified (CATL in Hungary, Germany and Spain, BYD in
Szeged, ...), so pages show plausible numbers; an article text carries HTML and a
<script> tag to prove source text is escaped. Built once per session, opened read-only
by the app like `chuhai serve` does.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pandas as pd
import pytest

ARTICLE = (
    "CATL said on Monday it will build its second European battery plant in Debrecen, "
    "Hungary, investing 7.34 billion euros. <script>alert('pwned')</script> "
    "<b>Construction</b> starts this year & ends in 2025."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _move(mid, company, host, city, mtype, sector, value, year, status="operating", partner=None):
    return dict(move_id=mid, dataset="user", company_id=company, company_name=company.upper(),
                host_iso3=host, city=city, move_type=mtype, sector=sector, value_usd_m=value,
                year=year, month=None, status=status, partner=partner, troubled=False)


MOVES = [
    _move("catl-hun-2022", "catl", "HUN", "Debrecen", "greenfield_plant", "battery", 7600.0, 2022,
          "under_construction"),
    _move("catl-deu-2018", "catl", "DEU", "Erfurt", "greenfield_plant", "battery", 2000.0, 2018),
    _move("catl-esp-2024", "catl", "ESP", "Figueruelas", "joint_venture", "battery", 4300.0, 2024,
          "announced", "Stellantis"),
    _move("catl-idn-2022", "catl", "IDN", None, "joint_venture", "battery", 6000.0, 2022, "announced"),
    _move("eve-hun-2023", "eve", "HUN", "Debrecen", "greenfield_plant", "battery", 1400.0, 2023,
          "under_construction"),
    _move("byd-hun-2023", "byd", "HUN", "Szeged", "greenfield_plant", "ev", 4500.0, 2023,
          "under_construction"),
    _move("gotion-usa-2022", "gotion", "USA", "Big Rapids", "greenfield_plant", "battery", 2400.0,
          2022, "announced"),
    _move("gotion-usa-2023", "gotion", "USA", "Manteno", "greenfield_plant", "battery", 2000.0,
          2023, "cancelled"),
    _move("longi-mys-2016", "longi", "MYS", "Kuching", "plant_expansion", "solar", 400.0, 2016),
    _move("sunwoda-hun-2023", "sunwoda", "HUN", "Nyiregyhaza", "greenfield_plant", "battery",
          None, 2023, "announced"),
]


def build_store(path: Path) -> None:
    """Write the test rows into a new store at ``path`` (no starter data)."""
    from chuhai.api import open_store

    store = open_store(path, starter=False)
    article = {"source_id": "src-article", "kind": "article", "dataset": "user",
               "publisher": "Example Wire <i>", "title": "CATL picks Debrecen <for> plant",
               "url": "https://example.com/catl-debrecen", "published": dt.date(2022, 8, 12),
               "text": ARTICLE}
    curated = {"source_id": "src-curated", "kind": "curated", "dataset": "user",
               "publisher": "chuhai tests", "title": "web test rows", "url": None,
               "published": dt.date(2025, 1, 1)}
    moves = pd.DataFrame(MOVES)
    moves["source_id"] = ["src-article" if m == "catl-hun-2022" else "src-curated"
                          for m in moves.move_id]
    evidence = []
    for i, (field, needle) in enumerate([("company", "CATL"), ("host", "Debrecen, Hungary"),
                                         ("value", "7.34 billion euros"),
                                         ("status", "<b>Construction</b> starts")]):
        a, b = _span(ARTICLE, needle)
        evidence.append(dict(evidence_id=f"ev{i}", record_table="move", record_id="catl-hun-2022",
                             field=field, source_id="src-article", start_char=a, end_char=b,
                             quote=ARTICLE[a:b], confidence=0.9))
    # an out-of-range span must be clipped, not crash the page
    evidence.append(dict(evidence_id="ev-bad", record_table="move", record_id="catl-hun-2022",
                         field="city", source_id="src-article", start_char=len(ARTICLE) - 3,
                         end_char=len(ARTICLE) + 50, quote="", confidence=0.1))
    facilities = pd.DataFrame([
        dict(facility_id="catl-debrecen", company_id="catl", move_id="catl-hun-2022",
             name="CATL Debrecen", kind="cell_plant", host_iso3="HUN", city="Debrecen",
             lat=47.53, lon=21.63, capacity=100.0, capacity_unit="GWh/yr", status="under_construction",
             start_year=2025),
        dict(facility_id="catl-erfurt", company_id="catl", move_id="catl-deu-2018",
             name="CATL Thuringia", kind="cell_plant", host_iso3="DEU", city="Arnstadt",
             lat=50.83, lon=10.95, capacity=14.0, capacity_unit="GWh/yr", status="operating",
             start_year=2022),
    ])
    links = pd.DataFrame([
        dict(link_id="l1", supplier_id="huayou", customer_id="catl", product="cathode precursor",
             hs_code="282520", share_of_sales=0.3),
        dict(link_id="l2", supplier_id="catl", customer_id="li_auto", product="LFP cells",
             hs_code="850760", share_of_sales=0.05),
    ])
    measures = pd.DataFrame([
        dict(measure_id="eu-cvd-bev", imposer="EU", kind="anti_subsidy",
             title="EU countervailing duty on battery EVs from China", products="battery EVs",
             sector="ev", hs_codes=["870380"], origin_iso3="CHN", target_firms=[], rate_pct=35.3,
             rate_note="residual rate", start_date=dt.date(2024, 10, 30), end_date=None),
        dict(measure_id="eu-mfn-cars", imposer="EU", kind="mfn", title="EU MFN duty on cars",
             products="cars", sector="autos", hs_codes=["8703"], origin_iso3=None, target_firms=[],
             rate_pct=10.0, rate_note=None, start_date=None, end_date=None),
        dict(measure_id="us-301-batteries", imposer="USA", kind="tariff",
             title="US Section 301 tariff on lithium-ion batteries", products="batteries",
             sector="battery", hs_codes=["850760"], origin_iso3="CHN", target_firms=[],
             rate_pct=25.0, rate_note=None, start_date=dt.date(2024, 9, 27), end_date=None),
    ])
    indicators = pd.DataFrame([
        dict(iso3="HUN", year=2022, code="ny.gdp.mktp.cd", value=1.77e11),
        dict(iso3="HUN", year=2023, code="ny.gdp.mktp.cd", value=2.12e11),
        dict(iso3="HUN", year=2023, code="sp.pop.totl", value=9.59e6),
    ])
    store.replace_source(article, {"move": moves[moves.source_id == "src-article"],
                                   "evidence": pd.DataFrame(evidence)})
    store.replace_source(curated, {"move": moves[moves.source_id == "src-curated"],
                                   "facility": facilities, "supply_link": links,
                                   "measure": measures, "indicator": indicators})
    store.close()


with warnings.catch_warnings():
    # starlette warns at import that it prefers httpx2; httpx is what fastapi documents
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """The path of the web tests' store (built once, then only read)."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    build_store(path)
    return path


@pytest.fixture
def make_client():
    """``make_client(app)``: a TestClient whose server errors come back as responses."""
    return lambda app: TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(web_db, make_client):
    """A TestClient over a read-only app on the test store."""
    from chuhai.web.app import create_app
    with make_client(create_app(web_db)) as c:
        yield c


@pytest.fixture
def lib_store(web_db):
    """The same store opened read-only for the library calls the tests compare with."""
    from chuhai.store import Store
    s = Store(web_db, read_only=True)
    yield s
    s.close()
