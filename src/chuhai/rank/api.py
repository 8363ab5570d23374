"""Ranking host countries for a firm or sector: the library entry points.

:func:`rank_hosts` reads the store once (I/O at this edge), then everything is pure:
factor inputs, factor scores, the weights' sensitivity, the learned model's share and the
scenario comparison. :func:`rank_section` returns a plain dict for the brief.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from chuhai.errors import InputError
from chuhai.rank.factors import (MAX_AGE, RAW_COLUMNS, contributions, factor_scores,
                                  raw_inputs, totals)
from chuhai.rank.panel import History, history_from_store, universe
from chuhai.rank.weights import FACTORS, combine, default_weights, sensitivity
from chuhai.reference.countries import name_of
from chuhai.reference.sectors import require_sector, root_of


@dataclass
class Target:
    """Who is ranking: a sector, optionally a company (firm-specific duties, customers)."""

    sector: str
    company_id: str | None = None
    label: str = ""
    hs_codes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)   # company ids whose plants pull


@dataclass
class Ranking:
    """A ranking of host countries with its explanation."""

    target: Target
    table: pd.DataFrame
    weights: dict[str, float]
    sensitivity: dict
    as_of: dt.date
    model: object | None = None
    notes: list[str] = field(default_factory=list)
    scenario: str | None = None

    def to_dict(self, top: int | None = None) -> dict:
        """JSON-ready: target, weights, sensitivity, rows (factors + raw inputs), model."""
        rows = self.table if top is None else self.table.head(top)
        out = {"target": {"sector": self.target.sector, "company": self.target.company_id,
                          "label": self.target.label, "hs_codes": self.target.hs_codes,
                          "anchors": self.target.anchors},
               "as_of": self.as_of.isoformat(), "weights": self.weights,
               "sensitivity": self.sensitivity, "scenario": self.scenario,
               "rows": records(rows.reset_index(drop=True)), "notes": self.notes}
        out = _plain(out)
        if self.model is not None:
            out["model"] = {"train_years": list(self.model.train_years),
                            "n_obs": self.model.n_obs, "n_deals": self.model.n_deals,
                            "coefficients": records(self.model.table())}
        return out


def _plain(value):
    """JSON-safe Python values: NaN -> None, numpy scalars -> numbers, arrays -> lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not np.isfinite(value) else float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows of a frame as JSON-safe dicts."""
    return [_plain(r) for r in frame.to_dict(orient="records")]


def resolve_target(store, *, sector: str | None = None, company: str | None = None,
                   profile: str | Path | None = None) -> Target:
    """Turn --sector / --company / --profile into a :class:`Target` (clear errors)."""
    from chuhai.sources.load import store_registry
    if sum(x is not None for x in (company, profile)) > 1:
        raise InputError("give one of --company and --profile")
    if profile is not None:
        from chuhai.follow.profile import load_profile
        prof = load_profile(profile, registry=store_registry(store))
        sec = require_sector(sector) if sector else prof.sector
        return Target(sec, None, prof.name, sorted({p.hs_code for p in prof.products}),
                      sorted({c.company_id for c in prof.customers}))
    if company is not None:
        reg = store_registry(store)
        cid = reg.require(company)
        row = reg.get(cid)
        sec = sector or (row.get("sector") or None)
        if not sec:
            raise InputError(f"company {company!r} has no sector in the registry; add --sector")
        sec = require_sector(sec)
        customers = store.query("select distinct customer_id from supply_link where "
                                "supplier_id = ?", [cid]).customer_id.tolist()
        return Target(sec, cid, str(row.get("name_en") or cid), [], customers)
    if sector is None:
        raise InputError("say what to rank for: --sector S, --company C or --profile P.yaml")
    sec = require_sector(sector)
    return Target(sec, None, sec)


def candidate_hosts(history: History, facilities: pd.DataFrame, year: int) -> list[str]:
    """Hosts worth ranking: a recent GDP figure, or any Chinese deal or facility there."""
    pool = set(universe())
    have = set()
    gdp = history.wide("ny.gdp.mktp.cd")
    if not gdp.empty:
        cols = [c for c in gdp.columns if year - MAX_AGE < c <= year]
        if cols:
            have |= set(gdp.index[gdp[cols].notna().any(axis=1)])
    have |= set(history.moves["host_iso3"])
    if facilities is not None and not facilities.empty:
        have |= set(facilities["host_iso3"])
    hosts = sorted(have & pool)
    return hosts if len(hosts) >= 10 else sorted(pool)


def _model_share(history: History, hosts: Sequence[str], sector: str, notes: list[str]):
    """The learned model's share of next year's deals of the sector's CGIT sector."""
    from chuhai.rank.model import fit_history
    try:
        model, design = fit_history(history)
    except InputError as exc:
        notes.append(f"learned model not fitted: {exc}")
        return None, None
    year = design.years[-1]
    frame = design.frame([year], [root_of(sector)])
    s = model.score(frame)
    share = np.exp(s - s.max())
    share = pd.Series(share / share.sum(), index=frame["host"].to_numpy())
    notes.append(f"model_share: the learned model's share of {year}'s {root_of(sector)} deals "
                 f"(fitted on {model.train_years[0]}-{model.train_years[1]}, "
                 f"{model.n_deals} deals)")
    return model, share.reindex(list(hosts)).fillna(0.0)


def _score(history, target, hosts, year, on, measures, facilities, weights):
    raw = raw_inputs(history, target.sector, hosts, year=year, measures=measures,
                     facilities=facilities, on=on, hs_codes=target.hs_codes or None,
                     company_id=target.company_id, anchors=target.anchors or None)
    return raw, factor_scores(raw, weights)


def rank_hosts(store, *, sector: str | None = None, company: str | None = None,
               profile: str | Path | None = None, weights: Mapping[str, float] | None = None,
               scenario: dict | None = None, as_of: dt.date | None = None,
               with_model: bool = True, history: History | None = None) -> Ranking:
    """Rank host countries for a sector, a company or a supplier profile.

    Parameters
    ----------
    store
        An open :class:`chuhai.store.Store`.
    sector, company, profile
        What to rank for (see :func:`resolve_target`).
    weights
        User weights by factor (the rest keep the sector's defaults, scaled to add to 1).
    scenario
        A scenario mapping (:mod:`chuhai.rank.scenario`); the table then carries
        ``base_rank``, ``rank_change`` and ``score_change``.
    as_of
        Date measures must be in force on (default: today, or the scenario's ``as_of``).

    Examples
    --------
    >>> import chuhai
    >>> store = chuhai.open_store(":memory:", starter=False)
    >>> r = rank_hosts(store, sector="ev", with_model=False)
    >>> list(r.table.columns[:4])
    ['rank', 'iso3', 'country', 'score']
    """
    from chuhai.measures.duties import load_measures
    from chuhai.rank.scenario import apply_scenario, scenario_date

    target = resolve_target(store, sector=sector, company=company, profile=profile)
    on = as_of or (scenario_date(scenario) if scenario else None) or dt.date.today()
    history = history if history is not None else history_from_store(store)
    measures = load_measures(store)
    facilities = store.query("select * from facility")
    year = on.year
    w = combine(default_weights(target.sector), weights)
    hosts = candidate_hosts(history, facilities, year)
    notes: list[str] = []
    raw, scored = _score(history, target, hosts, year, on, measures, facilities, w)
    if scenario is not None:
        from chuhai.sources.load import store_registry
        m2, f2 = apply_scenario(measures, facilities, scenario, registry=store_registry(store))
        base = scored
        raw, scored = _score(history, target, hosts, year, on, m2, f2, w)
    table = scored.join(raw)
    table.insert(0, "iso3", table.index)
    table.insert(1, "country", [name_of(h) for h in table.index])
    model = None
    if with_model:
        model, share = _model_share(history, hosts, target.sector, notes)
        if share is not None:
            table["model_share"] = share.reindex(table.index).to_numpy()
            table["model_rank"] = table["model_share"].rank(ascending=False, method="min").astype(int)
    if scenario is not None:
        table["base_rank"] = base["rank"].reindex(table.index).to_numpy()
        table["rank_change"] = table["base_rank"] - table["rank"]   # + = moved up
        # both scores on the base ranking's 0-100 scale, so a change is a real change
        lo, hi = base["total"].min(), base["total"].max()
        span = (hi - lo) or 1.0
        table["score"] = 100 * (table["total"] - lo) / span
        table["score_change"] = table["score"] - base["score"].reindex(table.index).to_numpy()
    cols = ["rank", "iso3", "country", "score", *FACTORS, "total"]
    extra = [c for c in ("model_share", "model_rank", "base_rank", "rank_change",
                         "score_change") if c in table]
    table = table[cols + extra + RAW_COLUMNS + ["imputed"]].reset_index(drop=True)
    parts = contributions(raw)
    sens = sensitivity(lambda ww: totals(raw, ww, parts), w)
    if history.moves.empty:
        notes.append("no moves in the store: ecosystem and risk are flat; import CGIT data")
    if history.indicators.empty:
        notes.append("no WDI indicators in the store: market and cost are flat; "
                     "import WDI files (chuhai import wdi FILE)")
    return Ranking(target, table, w, sens, on, model, notes,
                   scenario.get("name") if scenario else None)


def rank_section(store, *, sector: str | None = None, company: str | None = None,
                 profile: str | Path | None = None, top: int = 10,
                 with_model: bool = True) -> dict:
    """The brief's ranking section as a plain dict (pure data, no formatting).

    Keys: ``target``, ``as_of``, ``weights``, ``sensitivity``, ``rows`` (the top ``top``
    hosts with factor scores and raw inputs), ``notes`` and, when fitted, ``model``.
    """
    return rank_hosts(store, sector=sector, company=company, profile=profile,
                      with_model=with_model).to_dict(top=top)
