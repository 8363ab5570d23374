"""A small store of customer plants abroad and measures (test data, not real facts)."""

from __future__ import annotations

import datetime as dt

import pandas as pd


def facilities_frame() -> pd.DataFrame:
    rows = [
        # facility_id, company, host, city, capacity, unit, status, start_year
        ("t-byd-hun", "byd", "HUN", "Szeged", 150000, "vehicles", "under_construction", 2026),
        ("t-byd-tur", "byd", "TUR", "Manisa", 150000, "vehicles", "announced", 2027),
        ("t-byd-tha", "byd", "THA", "Rayong", 150000, "vehicles", "operating", 2024),
        ("t-catl-hun", "catl", "HUN", "Debrecen", 100, "GWh", "under_construction", 2026),
        ("t-chery-esp", "chery", "ESP", "Barcelona", 50000, "vehicles", "operating", 2024),
        ("t-gwm-bra", "great_wall", "BRA", "Iracemapolis", 100000, "vehicles", "announced", None),
        ("t-gwm-x", "great_wall", "RUS", "Tula", 80000, "vehicles", "cancelled", 2026),
    ]
    frame = pd.DataFrame(rows, columns=["facility_id", "company_id", "host_iso3", "city",
                                        "capacity", "capacity_unit", "status", "start_year"])
    frame["kind"] = "plant"
    return frame


def measures_frame() -> pd.DataFrame:
    rows = [
        ("t-eu-mfn-8708", "EU", "mfn", ["8708"], None, 4.5, None, None),
        ("t-eu-mfn-8507", "EU", "mfn", ["8507"], None, 2.7, None, None),
        ("t-eu-as-housing", "EU", "anti_subsidy", ["850790"], "CHN", 60.0, dt.date(2025, 6, 1), None),
        ("t-tur-mfn-8708", "TUR", "mfn", ["8708"], None, 10.0, None, None),
        ("t-tur-chn-8708", "TUR", "tariff", ["8708"], "CHN", 40.0, dt.date(2024, 1, 1), dt.date(2028, 1, 1)),
        ("t-bra-mfn-8708", "BRA", "mfn", ["8708"], None, 18.0, None, None),
        ("t-tha-mfn-8708", "THA", "mfn", ["8708"], None, 10.0, None, None),
    ]
    frame = pd.DataFrame(rows, columns=["measure_id", "imposer", "kind", "hs_codes",
                                        "origin_iso3", "rate_pct", "start_date", "end_date"])
    frame["title"] = frame.measure_id
    frame["target_firms"] = [[] for _ in range(len(frame))]
    return frame


