"""Ranking scenarios: change measures or facilities, then compare the two rankings.

A scenario is a YAML file in the same shape as the follow planner's (docs/rank.md)::

    name: EU extra duty on battery EVs from China
    as_of: 2026-06-01                 # optional; the date measures must be in force on
    measures:                         # add a measure, or change / remove one by measure_id
      - {imposer: EU, kind: anti_subsidy, origin: CHN, sector: ev,
         hs_codes: ["870380"], rate_pct: 20}
      - {measure_id: us-301-ev, rate_pct: 50}
      - {measure_id: tur-ev-extra, remove: true}
    facilities:                       # add a plant, or delay / change one by facility_id
      - {company: CATL, country: ESP, sector: battery, kind: cell_plant, start_year: 2026}
      - {facility_id: byd-hun-szeged, delay_years: 3}

:func:`apply_scenario` is pure: it takes and returns the measure and facility tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from chuhai.errors import InputError
from chuhai.reference.countries import require_iso3
from chuhai.reference.sectors import is_sector

MEASURE_FIELDS = {"rate_pct", "start_date", "end_date", "hs_codes", "origin_iso3", "title",
                  "sector", "kind"}
FACILITY_FIELDS = {"start_year", "status", "capacity", "host_iso3", "city", "sector"}


def load_scenario(path: str | Path) -> dict:
    """Read a scenario YAML (the follow planner's reader: same format, same errors)."""
    from chuhai.follow.scenario import load_scenario as _load
    return _load(path)


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", field=where) from None


def scenario_date(scenario: dict) -> dt.date | None:
    """The scenario's ``as_of`` date, if it gives one."""
    return _date(scenario.get("as_of"), "as_of")


def apply_scenario(measures: pd.DataFrame, facilities: pd.DataFrame, scenario: dict,
                   *, registry=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """New measure and facility tables with the scenario's changes.

    Raises
    ------
    InputError
        Naming the entry and field (``measures[1].rate_pct``) that is wrong.

    Examples
    --------
    >>> m, f = apply_scenario(pd.DataFrame(columns=["measure_id"]), pd.DataFrame(
    ...     columns=["facility_id"]), {"measures": [{"imposer": "TUR", "rate_pct": 40,
    ...     "sector": "ev", "hs_codes": ["870380"]}]})
    >>> m[["imposer", "origin_iso3", "rate_pct"]].values.tolist()
    [['TUR', 'CHN', 40.0]]
    """
    if not isinstance(scenario, dict):
        raise InputError("a scenario is a mapping with measures and/or facilities")
    measures = measures.copy()
    ids = set(measures["measure_id"]) if "measure_id" in measures else set()
    drop: set[str] = set()
    for i, m in enumerate(scenario.get("measures") or []):
        w = f"measures[{i}]"
        if not isinstance(m, dict):
            raise InputError("must be a mapping", field=w)
        mid = m.get("measure_id")
        if mid is not None and mid in ids:
            if m.get("remove"):
                drop.add(mid)
                continue
            idx = measures.index[measures["measure_id"] == mid]
            for k, v in m.items():
                if k == "measure_id":
                    continue
                key = "origin_iso3" if k == "origin" else k
                if key not in MEASURE_FIELDS:
                    raise InputError(f"cannot change {k!r}; one of {sorted(MEASURE_FIELDS)}",
                                     field=f"{w}.{k}")
                for ix in idx:
                    measures.at[ix, key] = float(v) if key == "rate_pct" else v
            continue
        if mid is not None and m.get("remove"):
            raise InputError(f"no measure {mid!r} to remove", field=f"{w}.measure_id")
        if not m.get("imposer") or m.get("rate_pct") is None:
            raise InputError("a new measure needs imposer and rate_pct (or the measure_id "
                             "of an existing one)", field=w)
        try:
            rate = float(m["rate_pct"])
        except (TypeError, ValueError):
            raise InputError(f"{m['rate_pct']!r} is not a number", field=f"{w}.rate_pct") from None
        sector = m.get("sector")
        if sector is not None and not is_sector(sector):
            raise InputError(f"unknown sector {sector!r}; run `chuhai sectors`", field=f"{w}.sector")
        row = dict(measure_id=mid or f"scenario-{i}", imposer=str(m["imposer"]),
                   kind=m.get("kind", "tariff"), title=m.get("title", f"scenario measure {i + 1}"),
                   products=None, sector=sector,
                   hs_codes=[str(h) for h in m.get("hs_codes") or []],
                   origin_iso3=m.get("origin", m.get("origin_iso3", "CHN")), target_firms=[],
                   rate_pct=rate, rate_note=None,
                   start_date=_date(m.get("start_date"), f"{w}.start_date") or dt.date(1900, 1, 1),
                   end_date=_date(m.get("end_date"), f"{w}.end_date"), source_id="scenario")
        new = pd.DataFrame([row])
        measures = new if measures.empty else pd.concat([measures, new], ignore_index=True)
    if drop:
        measures = measures[~measures["measure_id"].isin(drop)].reset_index(drop=True)

    fac = facilities.copy()
    for i, f in enumerate(scenario.get("facilities") or []):
        w = f"facilities[{i}]"
        if not isinstance(f, dict):
            raise InputError("must be a mapping", field=w)
        fid = f.get("facility_id")
        if fid is not None:
            idx = fac.index[fac["facility_id"] == fid] if "facility_id" in fac else []
            if not len(idx):
                raise InputError(f"no facility {fid!r} in the store", field=f"{w}.facility_id")
            for k, v in f.items():
                if k == "facility_id":
                    continue
                if k == "delay_years":
                    fac["start_year"] = pd.to_numeric(fac["start_year"], errors="coerce").astype(float)
                    base = fac.loc[idx, "start_year"].fillna(dt.date.today().year)
                    fac.loc[idx, "start_year"] = base + int(v)
                    continue
                if k not in FACILITY_FIELDS:
                    raise InputError(f"cannot change {k!r}; one of "
                                     f"{sorted(FACILITY_FIELDS | {'delay_years'})}",
                                     field=f"{w}.{k}")
                fac.loc[idx, k] = v
            continue
        name = f.get("company") or f.get("company_id")
        if not name:
            raise InputError("a new facility needs company (or facility_id of an existing one)",
                             field=w)
        if registry is None:
            from chuhai.reference.companies import Registry
            registry = Registry.default()
        company_id = registry.resolve(str(name)).company_id
        if company_id is None:
            raise InputError(f"unknown company {name!r}; run `chuhai companies`",
                             field=f"{w}.company")
        iso = require_iso3(f.get("country"), field=f"{w}.country")
        sector = f.get("sector")
        if sector is None:
            sector = registry.get(company_id).get("sector") or None
        row = dict(facility_id=f"scenario-{i}", company_id=company_id,
                   name=f.get("name", "scenario facility"), kind=f.get("kind", "plant"),
                   host_iso3=iso, city=f.get("city"), sector=sector,
                   status=f.get("status", "announced"), start_year=f.get("start_year"),
                   source_id="scenario")
        new = pd.DataFrame([row])
        fac = new if fac.empty else pd.concat([fac, new], ignore_index=True)
    return measures, fac
