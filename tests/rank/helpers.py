"""Small hand-built histories and stores for the ranking tests."""

from __future__ import annotations

import pandas as pd

from chuhai.rank.panel import History, history_from_frames

#: Twelve hosts with round, made-up figures (GDP in US$ bn, GDP per capita in US$).
HOSTS = {
    "HUN": (200, 20000), "ESP": (1500, 30000), "DEU": (4000, 50000), "TUR": (900, 10000),
    "MEX": (1400, 11000), "THA": (500, 7000), "VNM": (400, 4000), "MAR": (130, 3500),
    "BRA": (2000, 9000), "IDN": (1300, 4800), "USA": (25000, 75000), "POL": (700, 18000),
}


def indicator_rows(year: int = 2023) -> pd.DataFrame:
    rows = []
    for iso, (gdp_bn, pc) in HOSTS.items():
        for y in range(year - 2, year + 1):
            rows += [dict(iso3=iso, year=y, code="ny.gdp.mktp.cd", value=gdp_bn * 1e9),
                     dict(iso3=iso, year=y, code="ny.gdp.pcap.cd", value=float(pc)),
                     dict(iso3=iso, year=y, code="ny.gdp.mktp.kd.zg", value=2.0)]
    return pd.DataFrame(rows)


def move_rows(spec: dict[tuple[str, str, int], int], troubled: dict | None = None) -> pd.DataFrame:
    """{(host, sector, year): n deals} -> move rows (store layout)."""
    rows = []
    for (host, sector, year), n in spec.items():
        for i in range(n):
            rows.append(dict(move_id=f"m-{host}-{sector}-{year}-{i}", dataset="cgit",
                             company_name="Test Co", host_iso3=host, move_type="acquisition",
                             sector=sector, year=year, troubled=False, value_usd_m=100.0))
    for (host, sector, year), n in (troubled or {}).items():
        for i in range(n):
            rows.append(dict(move_id=f"t-{host}-{sector}-{year}-{i}", dataset="cgit",
                             company_name="Test Co", host_iso3=host, move_type="acquisition",
                             sector=sector, year=year, troubled=True, value_usd_m=100.0,
                             status="cancelled"))
    return pd.DataFrame(rows)


def history(spec=None, troubled=None, year: int = 2023) -> History:
    moves = move_rows(spec or {("HUN", "autos", year - 1): 1}, troubled)
    return history_from_frames(moves, indicator_rows(year), None)


def measure(measure_id: str, imposer: str, rate: float, *, kind: str = "anti_subsidy",
            sector: str = "ev", hs=("870380",), origin: str | None = "CHN") -> dict:
    return dict(measure_id=measure_id, imposer=imposer, kind=kind, title=measure_id,
                products=None, sector=sector, hs_codes=list(hs), origin_iso3=origin,
                target_firms=[], rate_pct=rate, rate_note=None, start_date=None, end_date=None)


def fill_store(store, *, moves: pd.DataFrame | None = None, measures: list[dict] = (),
               facilities: list[dict] = (), indicators: pd.DataFrame | None = None) -> None:
    """Write test rows into a store under one test source."""
    tables = {}
    if moves is not None:
        tables["move"] = moves
    if indicators is not None:
        tables["indicator"] = indicators
    if measures:
        tables["measure"] = pd.DataFrame(list(measures))
    if facilities:
        tables["facility"] = pd.DataFrame(list(facilities))
    store.replace_source({"source_id": "test", "kind": "user", "dataset": "user",
                          "title": "rank tests"}, tables)
