"""Generated moves with realistic skew, for benchmarks and the reliability tests.

Real CGIT has ~2,000 rows; scale tests need millions, so rows are drawn with the skew of
real outbound investment: a few hosts and a few firms take most deals (Zipf), value is
log-normal, later years are busier. Seeded, so every run sees the same data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

# CGIT sector words and the host names AEI writes (resolved by the CGIT importer)
CGIT_SECTORS = ["Energy", "Metals", "Transport", "Technology", "Real estate", "Finance",
                "Agriculture", "Chemicals", "Logistics", "Entertainment", "Tourism",
                "Health", "Utilities", "Other"]
CGIT_COUNTRIES = ["USA", "Britain", "Australia", "Brazil", "Germany", "Indonesia",
                  "Malaysia", "Vietnam", "Hungary", "Russian Federation", "UAE", "Egypt",
                  "Pakistan", "Nigeria", "Chile", "Peru", "Kazakhstan", "Thailand",
                  "France", "Italy", "Spain", "Turkey", "Mexico", "Argentina", "Canada",
                  "Saudi Arabia", "Serbia", "Morocco", "Cambodia", "Laos"]


def _zipf_choice(rng, n_items: int, size: int, a: float = 1.1) -> np.ndarray:
    p = 1.0 / np.arange(1, n_items + 1) ** a
    return rng.choice(n_items, size=size, p=p / p.sum())


def cgit_csv(path: Path, rows: int, seed: int = 0) -> Path:
    """Write a CSV in the layout of AEI's 2023 CGIT release with ``rows`` generated deals."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "Year": rng.integers(2005, 2024, rows),
        "Month": rng.choice(["January", "April", "July", "October", "December"], rows),
        "Investor": [f"Firm {i}" for i in _zipf_choice(rng, 3000, rows)],
        "Millions": [f"${v:,.0f} " for v in rng.lognormal(5.5, 1.0, rows)],
        "Share Size": "",
        "Partner/Target": "",
        "Sector": np.array(CGIT_SECTORS)[_zipf_choice(rng, len(CGIT_SECTORS), rows, 0.8)],
        "Subsector": "",
        "Country": np.array(CGIT_COUNTRIES)[_zipf_choice(rng, len(CGIT_COUNTRIES), rows, 0.9)],
        "Region": "",
        "BRI": rng.choice(["", "0", "1"], rows),
    })
    frame.to_csv(path, index=False)
    return path


def moves_frame(rows: int, seed: int = 0, *, n_companies: int = 5000,
                n_hosts: int = 240, years: tuple[int, int] = (2005, 2024)) -> pd.DataFrame:
    """``rows`` move records in the store's ``move`` columns (valid sectors, hosts, types)."""
    from chuhai.reference.countries import countries
    from chuhai.reference.sectors import sectors
    from chuhai.vocab import MOVE_TYPES

    rng = np.random.default_rng(seed)
    hosts = np.array(sorted(set(countries()["iso3"]) - {"CHN"}))[:n_hosts]
    rng.shuffle(hosts)
    secs = np.array(list(sectors().index))
    types = np.array(list(MOVE_TYPES))
    comp = _zipf_choice(rng, n_companies, rows)
    # each firm works mostly in its own sector, as real groups do
    firm_sector = rng.integers(0, len(secs), n_companies)
    other = rng.random(rows) < 0.2
    sec_idx = np.where(other, _zipf_choice(rng, len(secs), rows, 0.7), firm_sector[comp])
    y0, y1 = years
    span = np.arange(y0, y1 + 1)
    yw = np.linspace(1.0, 3.0, len(span))
    value = rng.lognormal(5.0, 1.3, rows)
    value[rng.random(rows) < 0.1] = np.nan          # deals without a disclosed value
    status = np.where(rng.random(rows) < 0.03, "cancelled", "unknown")
    ids = np.char.add("f", comp.astype(str))
    return pd.DataFrame({
        "move_id": np.char.add("g", np.arange(rows).astype(str)),
        "dataset": "bench",
        "company_id": ids,
        "company_name": ids,
        "host_iso3": hosts[_zipf_choice(rng, len(hosts), rows, 1.0)],
        "move_type": types[_zipf_choice(rng, len(types), rows, 0.9)],
        "sector": secs[sec_idx],
        "value_usd_m": value,
        "year": rng.choice(span, rows, p=yw / yw.sum()).astype("int32"),
        "status": status,
        "troubled": rng.random(rows) < 0.01,
    })
