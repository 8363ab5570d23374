"""Scenarios: change a duty, add or delay a customer plant, and see the plan change.

A scenario is a YAML file (docs/follow.md, "Scenarios")::

    name: EU anti-subsidy duty on battery housings
    measures:                       # add a measure, or change one by measure_id
      - {imposer: EU, kind: anti_subsidy, origin: CHN, hs_codes: ["850790"], rate_pct: 25}
      - {measure_id: eu-mfn-8708, rate_pct: 0}
    facilities:                     # add a customer plant, or change one by facility_id
      - {customer: BYD, country: MEX, capacity: 150000, status: announced, start_year: 2027}
      - {facility_id: byd-hun-szeged, start_year: 2029}

:func:`apply_scenario` is pure: it returns new :class:`~chuhai.follow.api.Inputs`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import yaml

from chuhai.errors import InputError
from chuhai.follow.api import Inputs
from chuhai.follow.profile import Profile
from chuhai.reference.countries import require_iso3
from chuhai.sources.files import load_yaml

MEASURE_FIELDS = {"rate_pct", "start_date", "end_date", "hs_codes", "origin_iso3", "title"}
FACILITY_FIELDS = {"start_year", "status", "capacity", "host_iso3", "city"}


def load_scenario(path: str | Path) -> dict:
    """Read a scenario YAML (validated by :func:`apply_scenario`)."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such scenario file", file=str(path))
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=str(path)) from None
    if not isinstance(data, dict):
        raise InputError("a scenario is a mapping with measures and/or facilities",
                         file=str(path))
    data.setdefault("name", path.stem)
    return data


def apply_scenario(inputs: Inputs, profile: Profile, scenario: dict) -> Inputs:
    """New inputs with the scenario's measures and facilities changed or added."""
    measures = inputs.measures.copy()
    for i, m in enumerate(scenario.get("measures") or []):
        w = f"measures[{i}]"
        if not isinstance(m, dict):
            raise InputError("must be a mapping", field=w)
        if m.get("measure_id") in set(measures.measure_id):
            idx = measures.index[measures.measure_id == m["measure_id"]]
            for k, v in m.items():
                if k == "measure_id":
                    continue
                if k not in MEASURE_FIELDS:
                    raise InputError(f"cannot change {k!r}; one of {sorted(MEASURE_FIELDS)}",
                                     field=f"{w}.{k}")
                for ix in idx:
                    measures.at[ix, k] = v
            continue
        if m.get("rate_pct") is None or not m.get("imposer"):
            raise InputError("a new measure needs imposer and rate_pct (or give the "
                             "measure_id of an existing one)", field=w)
        row = dict(measure_id=m.get("measure_id") or f"scenario-{i}", imposer=m["imposer"],
                   kind=m.get("kind", "tariff"), title=m.get("title", f"scenario measure {i}"),
                   hs_codes=[str(h) for h in m.get("hs_codes") or []],
                   origin_iso3=m.get("origin", m.get("origin_iso3", "CHN")), target_firms=[],
                   rate_pct=float(m["rate_pct"]),
                   start_date=pd.Timestamp(m.get("start_date", dt.date(1900, 1, 1))).date(),
                   end_date=m.get("end_date"), sector=m.get("sector"),
                   source_id="scenario", source_title=scenario.get("name"))
        measures = pd.concat([measures, pd.DataFrame([row])], ignore_index=True)
    fac = inputs.facilities.copy()
    names = {c.name.lower(): c.name for c in profile.customers}
    for i, f in enumerate(scenario.get("facilities") or []):
        w = f"facilities[{i}]"
        if not isinstance(f, dict):
            raise InputError("must be a mapping", field=w)
        if f.get("facility_id") is not None:
            idx = fac.index[fac.facility_id == f["facility_id"]]
            if not len(idx):
                raise InputError(f"no customer facility {f['facility_id']!r}",
                                 field=f"{w}.facility_id")
            for k, v in f.items():
                if k == "facility_id":
                    continue
                if k not in FACILITY_FIELDS:
                    raise InputError(f"cannot change {k!r}; one of {sorted(FACILITY_FIELDS)}",
                                     field=f"{w}.{k}")
                fac.loc[idx, k] = v
            continue
        cust = names.get(str(f.get("customer", "")).lower())
        if cust is None:
            raise InputError(f"{f.get('customer')!r} is not a customer of the profile",
                             field=f"{w}.customer")
        iso = require_iso3(f.get("country"), field=f"{w}.country")
        row = dict(customer=cust, facility_id=f"scenario-{i}", company_id=None,
                   name=f.get("name", "scenario plant"), kind="plant", host_iso3=iso,
                   city=f.get("city"), product=None, sector=None,
                   capacity=f.get("capacity"), capacity_unit=f.get("capacity_unit"),
                   status=f.get("status", "announced"), start_year=f.get("start_year"),
                   source_id="scenario", source_title=scenario.get("name"), source_url=None)
        fac = pd.concat([fac, pd.DataFrame([row])], ignore_index=True)
    return Inputs(fac, measures, inputs.distances)


def compare(base: dict, changed: dict) -> dict:
    """What a scenario changes in the plan and exposure (two follow reports)."""
    b, c = base["plan"]["summary"], changed["plan"]["summary"]
    ab = base["abroad"].share_abroad.iloc[-1] if len(base["abroad"]) else 0.0
    ac = changed["abroad"].share_abroad.iloc[-1] if len(changed["abroad"]) else 0.0
    return {"objective_usd": (b["objective_usd"], c["objective_usd"]),
            "china_only_usd": (b["china_only_usd"], c["china_only_usd"]),
            "sites_opened": (b["sites_opened"], c["sites_opened"]),
            "share_abroad_end": (ab, ac),
            "risk": (base["risk"]["score"], changed["risk"]["score"])}
