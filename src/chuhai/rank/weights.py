"""Factor weights: defaults per sector, user overrides, and the ±20% sensitivity check.

Why the defaults differ by sector (Dunning's motives for going abroad):

* resource-seeking sectors (energy, metals, agriculture) go where the deposits and the
  earlier deals are, whatever the market size: ecosystem and risk weigh most;
* market- and asset-seeking sectors (real estate, finance, tourism, entertainment, health,
  logistics, utilities) follow large, growing markets;
* manufacturing (transport, chemicals, other) weighs cost and access: it is where
  tariff-jumping happens;
* technology weighs market size and friction (investment screening hits it hardest).

Sub-sectors with tariff-jumping histories (EVs, batteries, solar, wind) move more weight to
access. Weights always add up to 1; a user's ``--weights market=0.4`` replaces that weight
and the others are scaled so the total stays 1.
"""

from __future__ import annotations

from typing import Callable, Mapping

import pandas as pd

from chuhai.errors import InputError
from chuhai.reference.sectors import ancestors

FACTORS: tuple[str, ...] = ("market", "cost", "access", "friction", "ecosystem", "risk")

_BASE = dict(market=0.25, cost=0.15, access=0.15, friction=0.10, ecosystem=0.25, risk=0.10)
_RESOURCE = dict(market=0.10, cost=0.05, access=0.05, friction=0.15, ecosystem=0.40, risk=0.25)
_MARKET = dict(market=0.35, cost=0.05, access=0.05, friction=0.10, ecosystem=0.30, risk=0.15)
_MANUFACTURING = dict(market=0.20, cost=0.20, access=0.20, friction=0.10, ecosystem=0.20, risk=0.10)
_TECH = dict(market=0.30, cost=0.05, access=0.15, friction=0.20, ecosystem=0.20, risk=0.10)
_TARIFF_JUMP = dict(market=0.20, cost=0.15, access=0.25, friction=0.10, ecosystem=0.20, risk=0.10)

#: Default weights by sector id; a sector without a row uses its nearest ancestor's.
DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "energy": _RESOURCE, "metals": _RESOURCE, "agriculture": _RESOURCE,
    "real_estate": _MARKET, "finance": _MARKET, "tourism": _MARKET, "entertainment": _MARKET,
    "health": _MARKET, "logistics": _MARKET, "utilities": _MARKET,
    "transport": _MANUFACTURING, "chemicals": _MANUFACTURING, "other": _MANUFACTURING,
    "technology": _TECH,
    "alternative_energy": _TARIFF_JUMP, "ev": _TARIFF_JUMP, "battery": _TARIFF_JUMP,
    "battery_materials": _TARIFF_JUMP, "solar": _TARIFF_JUMP, "wind": _TARIFF_JUMP,
    "auto_parts": _TARIFF_JUMP, "steel": _TARIFF_JUMP, "aluminum": _TARIFF_JUMP,
}


def default_weights(sector: str | None) -> dict[str, float]:
    """The documented default weights of a sector (its own, else its nearest ancestor's).

    >>> default_weights("ev")["access"], default_weights("oil_gas")["ecosystem"]
    (0.25, 0.4)
    """
    for s in ancestors(sector) if sector else ():
        if s in DEFAULT_WEIGHTS:
            return dict(DEFAULT_WEIGHTS[s])
    return dict(_BASE)


def parse_weights(text: str | None) -> dict[str, float]:
    """Parse ``market=0.4,cost=0.1`` into a mapping; raise a clear error when malformed.

    >>> parse_weights("market=0.4, risk=0")
    {'market': 0.4, 'risk': 0.0}
    """
    if not text:
        return {}
    out: dict[str, float] = {}
    for part in str(text).split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise InputError(f"weight {part!r} is not factor=number (e.g. market=0.3); "
                             f"factors: {', '.join(FACTORS)}", field="--weights")
        name, value = (p.strip() for p in part.split("=", 1))
        if name not in FACTORS:
            raise InputError(f"unknown factor {name!r}; choose from {', '.join(FACTORS)}",
                             field="--weights")
        try:
            num = float(value)
        except ValueError:
            raise InputError(f"weight of {name} is {value!r}, not a number", field="--weights") from None
        if not num >= 0 or num == float("inf"):
            raise InputError(f"weight of {name} must be a number >= 0 (got {value})",
                             field="--weights")
        out[name] = num
    return out


def combine(defaults: Mapping[str, float], user: Mapping[str, float] | None = None
            ) -> dict[str, float]:
    """User weights replace defaults; the weights not given are scaled so all add to 1.

    >>> w = combine(dict(market=0.5, cost=0.5, access=0, friction=0, ecosystem=0, risk=0),
    ...             {"market": 0.8})
    >>> {k: round(v, 3) for k, v in w.items() if v}
    {'market': 0.8, 'cost': 0.2}
    """
    user = dict(user or {})
    w = {f: float(defaults.get(f, 0.0)) for f in FACTORS}
    given = sum(user.values())
    rest = sum(v for f, v in w.items() if f not in user)
    if given > 1 + 1e-9 or rest <= 0:
        # the user set (nearly) everything: use their numbers, normalised
        w.update(user)
        total = sum(w.values())
        if total <= 0:
            raise InputError("the weights add up to 0; give at least one positive weight",
                             field="--weights")
        return {f: v / total for f, v in w.items()}
    scale = (1.0 - given) / rest
    return {f: (user[f] if f in user else v * scale) for f, v in w.items()}


def sensitivity(rank_with: Callable[[Mapping[str, float]], pd.Series],
                weights: Mapping[str, float], *, top: int = 10, step: float = 0.2) -> dict:
    """How stable the top ``top`` is when each weight moves by ±``step`` (20%).

    Parameters
    ----------
    rank_with
        Maps weights to a score per host (a Series indexed by ISO3, higher is better).
    weights
        The weights used for the ranking.

    Returns
    -------
    dict
        ``perturbations`` (one row per factor and direction: overlap of the top 10 with
        the unperturbed one, largest rank change of a top-10 host), ``min_overlap``,
        ``mean_overlap``, ``always_top`` (hosts in the top 10 under every perturbation)
        and ``stable`` (the top 10 keeps at least 8 of its hosts under every perturbation).
    """
    base = rank_with(weights).sort_values(ascending=False, kind="stable")
    base_top = list(base.index[:top])
    base_rank = pd.Series(range(1, len(base) + 1), index=base.index)
    rows, always = [], set(base_top)
    for f in FACTORS:
        if weights.get(f, 0) <= 0:
            continue
        for sign in (-1, 1):
            w = dict(weights)
            w[f] = w[f] * (1 + sign * step)
            total = sum(w.values())
            w = {k: v / total for k, v in w.items()}
            s = rank_with(w).sort_values(ascending=False, kind="stable")
            new_top = list(s.index[:top])
            new_rank = pd.Series(range(1, len(s) + 1), index=s.index)
            always &= set(new_top)
            rows.append({"factor": f, "change": f"{sign * step:+.0%}",
                         "overlap": len(set(new_top) & set(base_top)),
                         "max_rank_shift": int(max(abs(new_rank[h] - base_rank[h]) for h in base_top))
                         if base_top else 0})
    overlaps = [r["overlap"] for r in rows] or [len(base_top)]
    return {"perturbations": rows, "min_overlap": min(overlaps),
            "mean_overlap": sum(overlaps) / len(overlaps),
            "always_top": [h for h in base_top if h in always],
            "stable": min(overlaps) >= min(8, len(base_top))}
