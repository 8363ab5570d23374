"""The explainable index: six named factors built from raw inputs a person can check.

Each factor is the mean of its components' z-scores across the candidate hosts, with the
sign that makes "higher is better" (a higher duty lowers access). A component that is
missing for a host counts as average (z = 0) and is listed in the host's ``imputed``
column, so a good score never hides a gap in the data. The total is the weighted sum of
the factors (weights from :mod:`chuhai.rank.weights`), and ``score`` rescales it to 0-100
over the candidates.

=========  ===============================================================================
factor     raw inputs (column: meaning)
=========  ===============================================================================
market     ``gdp_usd_bn`` size; ``gdp_growth_pct`` growth; ``reach_gdp_usd_bn`` GDP of the
           host plus every partner it trades with duty-free (customs unions and FTAs of
           :data:`chuhai.measures.duties.FREE_TRADE_BLOCS`)
cost       ``gdp_pc_usd`` GDP per capita, the documented proxy for wages and land (lower is
           better); WDI has no comparable wage or power-price series for most countries
access     ``duty_cn_pct`` duty on the sector's Chinese-origin goods entering the host
           (MFN plus tariffs, anti-dumping, anti-subsidy, safeguards): a plant there jumps
           it when selling in the host, so higher is better (tariff-jumping: EU duties on
           Chinese EVs pull plants into Hungary and Spain); ``jump_pct``
           GDP-weighted duty a plant in the host avoids, against shipping from China, when
           selling to the 30 largest other markets (tariff-jumping; higher is better)
friction   ``friction_measures`` investment screening, local-content rules and quotas on
           Chinese firms or goods of the sector in force in the host (fewer is better)
ecosystem  ``sector_deals`` earlier Chinese deals of the sector's CGIT sector there
           (decayed 0.8 a year); ``all_deals`` the same for all sectors; ``anchors``
           facilities of anchor firms there (the firm's customers, else firms of the
           sector), operating or due within two years ("follow the leader")
risk       ``troubled_share`` share of Chinese deals there that failed or were blocked
           (shrunk toward 0 for hosts with few deals); ``trade_defence`` trade-defence
           measures against Chinese goods in force there, any sector; ``inflation_pct``
=========  ===============================================================================
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from chuhai.measures.duties import DUTY_KINDS, FREE_TRADE_BLOCS, _hs_matches, duty, in_force
from chuhai.rank.panel import INDICATORS, History
from chuhai.rank.weights import FACTORS
from chuhai.reference.countries import countries
from chuhai.reference.sectors import ancestors, descendants, hs_prefixes, root_of

#: factor -> [(raw column, sign, transform, scale)]; sign +1 when more is better.
#: ``scale="z"`` standardises over the candidate hosts (figures without a natural unit:
#: GDP, deals); a number divides the transformed value instead, for inputs in natural units
#: where the size matters and most hosts are zero (a z-score would make one 5% duty in one
#: country as large as a 50% one, and grow with the number of candidates): 10 percentage
#: points of duty, or a doubling of the measure count, is one unit, about one standard
#: deviation of a z-scored input.
COMPONENTS: dict[str, list[tuple[str, int, str, object]]] = {
    "market": [("gdp_usd_bn", 1, "log", "z"), ("gdp_growth_pct", 1, "clip20", "z"),
               ("reach_gdp_usd_bn", 1, "log", "z")],
    "cost": [("gdp_pc_usd", -1, "log", "z")],
    # a plant inside the host jumps the host's own duty on Chinese goods (issue 4: the
    # measures "a plant there would jump"), so a higher duty there is a pull, not a cost
    "access": [("duty_cn_pct", 1, "none", 10.0), ("jump_pct", 1, "none", 10.0)],
    "friction": [("friction_measures", -1, "log2p", 1.0)],
    "ecosystem": [("sector_deals", 1, "log1p", "z"), ("all_deals", 1, "log1p", "z"),
                  ("anchors", 1, "log1p", "z")],
    "risk": [("troubled_share", -1, "none", "z"), ("trade_defence", -1, "log2p", 2.0),
             ("inflation_pct", -1, "clip50", "z")],
}
RAW_COLUMNS = [c for comps in COMPONENTS.values() for c, *_ in comps]
#: Kinds of measure counted as friction (they do not change a landed cost).
FRICTION_KINDS = ("screening", "local_content", "quota")
#: Yearly decay of earlier deals in the ecosystem factor.
ECO_DECAY = 0.8
#: Markets a plant could sell to, for tariff-jumping: the largest economies by GDP.
N_MARKETS = 30
#: Years an anchor facility counts ahead of its start year (announced plants pull suppliers).
ANCHOR_LEAD = 2
#: Indicator values older than this many years count as missing.
MAX_AGE = 5


def latest(history: History, name: str, hosts: Sequence[str], year: int) -> pd.Series:
    """The newest value of an indicator at or before ``year`` (NaN if none within MAX_AGE)."""
    wide = history.wide(INDICATORS[name])
    cols = [c for c in wide.columns if year - MAX_AGE < c <= year]
    if not cols:
        return pd.Series(np.nan, index=list(hosts), dtype=float)
    last = wide[cols].ffill(axis=1).iloc[:, -1]
    return last.reindex(list(hosts)).astype(float)


def _deals(history: History, hosts: Sequence[str], year: int, roots: set[str] | None,
           troubled: bool | None = False) -> pd.Series:
    m = history.moves
    m = m[m["year"] <= year]
    if troubled is not None:
        m = m[m["troubled"] == troubled]
    if roots is not None:
        m = m[m["root"].isin(roots)]
    w = ECO_DECAY ** (year - m["year"]).clip(lower=0)
    return w.groupby(m["host_iso3"]).sum().reindex(list(hosts), fill_value=0.0)


@functools.cache
def _bloc_table() -> dict[str, frozenset[str]]:
    table = countries()
    return {iso: frozenset(b for b in blocs.split(",") if b)
            for iso, blocs in zip(table.index, table["blocs"])}


def _blocs(iso3: str) -> frozenset[str]:
    return _bloc_table().get(iso3, frozenset())


def _imposes(imposer: str, host: str) -> bool:
    return imposer == host or imposer in _blocs(host)


def access_inputs(measures: pd.DataFrame, hosts: Sequence[str], gdp: pd.Series, sector: str,
                  on: dt.date, hs_codes: Iterable[str] | None = None,
                  company_id: str | None = None) -> pd.DataFrame:
    """``duty_cn_pct`` and ``jump_pct`` of every host (see the module table).

    Only hosts named by some measure (directly or through a bloc) are priced with
    :func:`chuhai.measures.duties.duty`; every other pair pays nothing extra, which keeps
    ranking every country for every sector fast.
    """
    hosts = list(hosts)
    codes = [c for c in (hs_codes or hs_prefixes(sector)) if c][:4] or [None]
    out = pd.DataFrame({"duty_cn_pct": 0.0, "jump_pct": 0.0}, index=hosts)
    if measures is None or measures.empty:
        return out
    live = measures[[in_force(r, on) for r in measures.itertuples(index=False)]]
    if live.empty:
        return out
    imposers = set(live["imposer"])
    # codes no measure names by HS all pay the same (only sector-wide measures reach them):
    # price one of them, not each
    scoped = [list(h) for h in live["hs_codes"] if h is not None and len(h)]
    named_codes = [c for c in codes if c and any(_hs_matches(h, c) for h in scoped)]
    rest = [c for c in codes if c not in named_codes]
    codes = named_codes + rest[:1]

    memo: dict[tuple, float] = {}
    # A host whose MFN rate for these goods is not in the store is not duty-free: it pays
    # the median MFN rate of the hosts that have one (0 when none has), so that missing
    # tariff data does not make a country look open. Extra measures are not imputed.
    mfn_rows = live[(live["kind"] == "mfn") & live["origin_iso3"].isna()]
    known_mfn = [float(r.rate_pct) for r in mfn_rows.itertuples(index=False)
                 if r.rate_pct is not None and not pd.isna(r.rate_pct)
                 and any(_hs_matches(r.hs_codes, c) for c in codes if c)]
    mfn_default = float(np.median(known_mfn)) if known_mfn else 0.0

    def priced(importer: str, origin: str, code) -> float:
        d = duty(live, importer, origin, code, on, company_id, sector)
        return d.total_pct + (mfn_default if not d.mfn_known and d.preferential is None else 0.0)

    def max_duty(importer: str, origin: str) -> float:
        if importer == origin or (_blocs(importer) & _blocs(origin) & set(FREE_TRADE_BLOCS)):
            return 0.0
        hits = frozenset(i for i in imposers if _imposes(i, importer))
        if not hits:
            return mfn_default
        # the duty depends on the importer only through which imposers cover it, unless
        # importer and origin share a free-trade bloc: memoise the common case
        key = (hits, origin) if not (_blocs(importer) & _blocs(origin)) else (importer, origin)
        if key not in memo:
            memo[key] = max(priced(importer, origin, c) for c in codes)
        return memo[key]

    for h in hosts:
        out.at[h, "duty_cn_pct"] = max_duty(h, "CHN")
    markets = gdp.dropna().sort_values(ascending=False).index[:N_MARKETS].tolist()
    if not markets:
        return out
    from_cn = {m: max_duty(m, "CHN") for m in markets}
    neutral = {m: max_duty(m, "ZZZ") for m in markets}       # MFN and origin-wide measures
    named = set(live["origin_iso3"].dropna())               # origins with their own measures
    weights = gdp.reindex(markets).fillna(0.0).to_dict()   # dict: read 30 x hosts times
    market_blocs = {m: _blocs(m) for m in markets}
    free = set(FREE_TRADE_BLOCS)
    for h in hosts:
        hb = set(_blocs(h)) & free
        num = den = 0.0
        for m in markets:
            if m == h:
                continue
            if hb & market_blocs[m]:
                d_host = 0.0
            elif h in named:
                d_host = max_duty(m, h)
            else:
                d_host = neutral[m]
            num += weights[m] * max(0.0, from_cn[m] - d_host)
            den += weights[m]
        out.at[h, "jump_pct"] = num / den if den else 0.0
    return out


def measure_counts(measures: pd.DataFrame, hosts: Sequence[str], sector: str,
                   on: dt.date) -> pd.DataFrame:
    """``friction_measures`` (sector's chain) and ``trade_defence`` (any sector) per host."""
    hosts = list(hosts)
    out = pd.DataFrame({"friction_measures": 0.0, "trade_defence": 0.0}, index=hosts)
    if measures is None or measures.empty:
        return out
    chain = set(ancestors(sector)) | set(descendants(sector))
    for r in measures.itertuples(index=False):
        if not in_force(r, on):
            continue
        origin = r.origin_iso3
        if not (origin is None or pd.isna(origin) or origin == "CHN"):
            continue
        sec = getattr(r, "sector", None)
        in_chain = sec is None or pd.isna(sec) or sec == "" or sec in chain
        for h in hosts:
            if not _imposes(r.imposer, h):
                continue
            if r.kind in FRICTION_KINDS and in_chain:
                out.at[h, "friction_measures"] += 1
            elif r.kind in DUTY_KINDS and r.kind != "tariff" and origin == "CHN":
                out.at[h, "trade_defence"] += 1
    return out


def anchor_counts(facilities: pd.DataFrame, hosts: Sequence[str], sector: str, year: int,
                  anchors: Sequence[str] | None = None) -> pd.Series:
    """Facilities of anchor firms per host, operating or due within ANCHOR_LEAD years.

    ``anchors`` are company ids (a firm's customers); without them, facilities of the
    sector's chain count.
    """
    hosts = list(hosts)
    if facilities is None or facilities.empty:
        return pd.Series(0.0, index=hosts)
    f = facilities[facilities["status"].fillna("unknown") != "cancelled"]
    start = pd.to_numeric(f["start_year"], errors="coerce")
    f = f[start.isna() | (start <= year + ANCHOR_LEAD)]
    if anchors:
        f = f[f["company_id"].isin(set(anchors))]
    else:
        chain = set(ancestors(sector)) | set(descendants(sector))
        f = f[f["sector"].isin(chain)]
    return f.groupby("host_iso3").size().reindex(hosts, fill_value=0).astype(float)


def raw_inputs(history: History, sector: str, hosts: Sequence[str], *, year: int,
               measures: pd.DataFrame | None = None, facilities: pd.DataFrame | None = None,
               on: dt.date | None = None, hs_codes: Iterable[str] | None = None,
               company_id: str | None = None, anchors: Sequence[str] | None = None
               ) -> pd.DataFrame:
    """Every raw input of every factor, one row per host (see the module table).

    Parameters
    ----------
    history
        Moves and indicators; only years up to ``year`` are read.
    sector
        Any sector id; deals are counted at its CGIT (root) sector.
    year
        The as-of year of indicators and deals.
    on
        The date measures must be in force on (default: 31 December of ``year``).
    """
    hosts = list(hosts)
    on = on or dt.date(year, 12, 31)
    gdp = latest(history, "gdp", hosts, year)
    raw = pd.DataFrame(index=pd.Index(hosts, name="iso3"))
    raw["gdp_usd_bn"] = gdp / 1e9
    raw["gdp_growth_pct"] = latest(history, "gdp_growth", hosts, year)
    raw["gdp_pc_usd"] = latest(history, "gdp_pc", hosts, year)
    raw["inflation_pct"] = latest(history, "inflation", hosts, year)
    # duty-free reach: own GDP plus every partner in a shared free-trade bloc
    free = set(FREE_TRADE_BLOCS)
    world_gdp = latest(history, "gdp", _all_countries(), year)
    known = world_gdp.dropna()
    gdp_of = known.to_dict()
    bloc_members = {b: [p for p in known.index if b in _blocs(p)] for b in free}
    reach = []
    for h in hosts:
        if pd.isna(gdp[h]):
            reach.append(np.nan)
            continue
        partners = {p for b in _blocs(h) & free for p in bloc_members[b]} - {h}
        reach.append(gdp[h] + sum(gdp_of[p] for p in partners))
    raw["reach_gdp_usd_bn"] = np.array(reach, dtype=float) / 1e9
    raw = raw.join(access_inputs(measures, hosts, world_gdp, sector, on, hs_codes, company_id))
    raw = raw.join(measure_counts(measures, hosts, sector, on))
    root = {root_of(sector)}
    raw["sector_deals"] = _deals(history, hosts, year, root)
    raw["all_deals"] = _deals(history, hosts, year, None)
    raw["anchors"] = anchor_counts(facilities, hosts, sector, year, anchors)
    done = _deals(history, hosts, year, None, troubled=None)
    failed = _deals(history, hosts, year, None, troubled=True)
    raw["troubled_share"] = failed / (done + 2.0)   # +2: one failure in one deal is not 100%
    return raw[RAW_COLUMNS]


def _all_countries() -> list[str]:
    return countries().index.tolist()


def _transform(values: pd.Series, how: str) -> pd.Series:
    # numpy, not pandas: this runs for every component of every ranking and perturbation
    v = values.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        if how == "log":
            v = np.where(v > 0, np.log(np.where(v > 0, v, 1.0)), np.nan)
        elif how == "log1p":
            v = np.log1p(np.where(np.isnan(v), np.nan, np.maximum(v, 0)))
        elif how == "log2p":
            v = np.log2(1 + np.where(np.isnan(v), np.nan, np.maximum(v, 0)))
        elif how == "clip20":
            v = np.clip(v, -20, 20)
        elif how == "clip50":
            v = np.clip(v, -5, 50)
    return pd.Series(v, index=values.index)


def zscore(values: pd.Series) -> pd.Series:
    """Standardise over the hosts that have a value; missing -> 0 (average).

    >>> zscore(pd.Series([1.0, 2.0, 3.0, None])).round(3).tolist()
    [-1.225, 0.0, 1.225, 0.0]
    """
    v = values.to_numpy(dtype=float, na_value=np.nan)
    ok = np.isfinite(v)
    if ok.sum() < 2:
        return pd.Series(0.0, index=values.index)
    sd = v[ok].std()
    if not sd > 1e-12:
        return pd.Series(0.0, index=values.index)
    return pd.Series(np.where(ok, (v - v[ok].mean()) / sd, 0.0), index=values.index)


def scaled(values: pd.Series, how: str, scale) -> pd.Series:
    """One component on the common scale (see :data:`COMPONENTS`); missing -> 0."""
    t = _transform(values, how)
    if scale == "z":
        return zscore(t)
    return (t / float(scale)).fillna(0.0)


def contributions(raw: pd.DataFrame) -> pd.DataFrame:
    """Each component's share of its factor: signed, scaled, divided by the factor's size.

    Columns are ``factor:component``; a factor is the sum of its columns, so the total
    for any weights is one matrix product (what makes the sensitivity check cheap).
    """
    cols = {}
    for factor in FACTORS:
        comps = COMPONENTS[factor]
        for col, sign, how, scale in comps:
            cols[f"{factor}:{col}"] = sign * scaled(raw[col], how, scale) / len(comps)
    return pd.DataFrame(cols, index=raw.index)


def factor_scores(raw: pd.DataFrame, weights: Mapping[str, float]) -> pd.DataFrame:
    """Factors, total, 0-100 score and rank from raw inputs (pure).

    Returns one row per host, best first, with the six factors (mean of their signed,
    scaled components), ``total`` (weighted sum), ``score`` (total rescaled to 0-100 over
    the candidates), ``rank`` and ``imputed`` (components missing for that host while
    other hosts have them; an input no host has is simply flat).
    """
    parts = contributions(raw)
    out = pd.DataFrame(index=raw.index)
    for factor in FACTORS:
        out[factor] = parts[[c for c in parts.columns if c.startswith(factor + ":")]].sum(axis=1)
    imputed = pd.Series([[] for _ in range(len(raw))], index=raw.index, dtype=object)
    for col in RAW_COLUMNS:
        how = next(h for comps in COMPONENTS.values() for c, _, h, _ in comps if c == col)
        t = _transform(raw[col], how)
        if t.notna().any():
            for h in t.index[t.isna()]:
                imputed[h] = imputed[h] + [col]
    out["total"] = sum(weights.get(f, 0.0) * out[f] for f in FACTORS)
    lo, hi = out["total"].min(), out["total"].max()
    out["score"] = 100 * (out["total"] - lo) / (hi - lo) if hi > lo else 50.0
    out["imputed"] = imputed
    out = out.sort_values(["total"], ascending=False, kind="stable")
    out["rank"] = np.arange(1, len(out) + 1)
    return out


def totals(raw: pd.DataFrame, weights: Mapping[str, float],
           parts: pd.DataFrame | None = None) -> pd.Series:
    """Only the weighted totals; equal to ``factor_scores(raw, weights)["total"]``.

    Pass ``parts`` (:func:`contributions` of ``raw``) to reuse it across many weightings.
    """
    parts = contributions(raw) if parts is None else parts
    w = np.array([weights.get(c.split(":")[0], 0.0) for c in parts.columns])
    return pd.Series(parts.to_numpy() @ w, index=parts.index)
