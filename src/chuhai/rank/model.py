"""The learned location-choice model: PPML with sector-year fixed effects.

For every root sector ``s``, host ``c`` and year ``y`` the outcome is the number of
completed Chinese deals ``n[s,c,y]``. The model is a Poisson pseudo-maximum-likelihood
regression

    E[n | x] = exp(alpha[s,y] + x[s,c,y] . beta)

with one fixed effect per sector-year cell. With those fixed effects the Poisson
likelihood is the conditional-logit likelihood of "which country did each deal of the
cell choose" (Guimarães, Figueiredo & Woodward 2003), so ``beta`` reads as a
location-choice model and ``x . beta`` ranks the hosts of a cell. Fitting uses pyfixest's
``fepois`` (the fixed effects are demeaned away); standard errors are clustered by host
country, because a country's deals are correlated across sectors and years.

Every regressor uses only information from before year ``y``:

* agglomeration — ``log(EPS + deals)`` of the same sector in the host over the last three
  years (plus 1/1000 of all sectors' deals, which orders hosts with no sector deal by their
  overall pull: shrinkage across sectors), last year alone, and an older stock decayed by
  :data:`DECAY` a year; the same for all sectors together;
* country covariates of year ``y-1`` — log GDP, GDP growth, log GDP per capita, trade
  openness, and the log distance from China; each missing value is imputed (see
  :func:`chuhai.rank.panel.indicator_matrix`) and flagged by an ``*_missing`` regressor;
* risk — ``log(1 + troubled deals)`` in the host over the last three years.

Two specifications (:data:`SPECS`): ``default`` (agglomeration, distance and growth) and
``full`` (every regressor). On CGIT 2005-2023 the richer one ranks worse out of sample
(GDP's pull, estimated on the years of Chinese deals in rich economies, keeps promoting
them after the shift to the Global South); the backtest reports both, so that claim is
checked on every new release rather than taken on trust.

The coefficients are estimated at run time from the data the user imported; nothing fitted
is shipped with the package.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pandas as pd

from chuhai.errors import InputError
from chuhai.rank.panel import History, count_cube, indicator_matrix, root_sectors, universe

#: Yearly decay of the older agglomeration stock (a deal 5 years back counts 0.7^1 of one
#: 4 years back). A round value, not tuned on the backtest years.
DECAY = 0.7
#: Years of history a training year needs before it is used (its lags are too short before).
MIN_HISTORY = 2

#: Added inside logs of counts: a small value keeps "one deal vs none" a large step,
#: as it is for the popularity count the model must beat.
EPS = 0.1
#: Weight of all-sector deals inside ``sector_recent`` (orders hosts without sector deals).
SHRINK = 1e-3

#: Regressor -> what it measures (shown by ``chuhai rank --explain-model``).
FEATURES: dict[str, str] = {
    "sector_recent": "log(0.1 + deals of the sector in the host over the last 3 years "
                     "+ 0.001 x deals of all sectors)",
    "sector_last1": "log(0.1 + deals of the sector in the host last year)",
    "sector_stock": f"log(0.1 + older deals (4+ years) of the sector in the host, decayed {DECAY}/year)",
    "all_last1": "log(0.1 + deals of all sectors in the host last year)",
    "all_last3": "log(0.1 + deals of all sectors in the host over the last 3 years)",
    "all_stock": f"log(0.1 + older deals of all sectors in the host, decayed {DECAY}/year)",
    "troubled_last3": "log(1 + troubled (failed or blocked) deals in the host, last 3 years)",
    "log_gdp": "log GDP (current US$), last year",
    "gdp_growth": "GDP growth (%), last year (clipped to +-20)",
    "log_gdp_pc": "log GDP per capita (current US$), last year",
    "trade_gdp": "merchandise trade (% of GDP) / 100, last year (clipped to 0-4)",
    "log_dist": "log distance from China (km, CEPII)",
    "gdp_missing": "1 if GDP was imputed",
    "growth_missing": "1 if GDP growth was imputed",
    "trade_missing": "1 if trade openness was imputed",
    "dist_missing": "1 if the distance was imputed",
}
#: Named regressor sets. ``default`` is what ``chuhai rank`` and the backtest's ``model``
#: row use; ``full`` is reported beside it as ``model_full``.
SPECS: dict[str, tuple[str, ...]] = {
    "default": ("sector_recent", "sector_last1", "sector_stock", "log_dist", "gdp_growth",
                "growth_missing", "dist_missing"),
    "full": tuple(FEATURES),
}


@dataclass
class Design:
    """Regressors as arrays ``[sector, host, year]`` plus the outcome counts."""

    roots: list[str]
    hosts: list[str]
    years: list[int]
    counts: np.ndarray
    x: dict[str, np.ndarray] = field(default_factory=dict)

    def frame(self, years: Sequence[int], roots: Sequence[str] | None = None) -> pd.DataFrame:
        """Long rows (root, host, year, count, regressors...) for some years."""
        yi = [self.years.index(y) for y in years]
        si = [self.roots.index(r) for r in (roots or self.roots)]
        S, H, Y = len(si), len(self.hosts), len(yi)
        ix = np.ix_(si, range(len(self.hosts)), yi)
        out = {
            "root": np.repeat(np.array(self.roots, dtype=object)[si], H * Y),
            "host": np.tile(np.repeat(np.array(self.hosts, dtype=object), Y), S),
            "year": np.tile(np.array(years), S * H),
            "count": self.counts[ix].ravel(),
        }
        for k, v in self.x.items():
            out[k] = v[ix].ravel()
        return pd.DataFrame(out)


def _lag_sum(a: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Sum over lags lo..hi (years y-lo .. y-hi) along the last axis, zero before the start."""
    out = np.zeros_like(a)
    for k in range(lo, hi + 1):
        out[..., k:] += a[..., :-k] if k else a
    return out


def _decayed_stock(a: np.ndarray, start_lag: int, decay: float) -> np.ndarray:
    # s[y] = sum_{k>=start_lag} decay^(k-start_lag) a[y-k], by recursion over years
    out = np.zeros_like(a)
    Y = a.shape[-1]
    for y in range(start_lag, Y):
        prev = out[..., y - 1] if y - 1 >= start_lag else 0.0
        out[..., y] = a[..., y - start_lag] + decay * prev
    return out


def build_design(history: History, years: Sequence[int] | None = None,
                 hosts: Sequence[str] | None = None) -> Design:
    """Regressors of every (root sector, host, year) from the history.

    ``years`` may extend one year past the data to score the next year.
    """
    years = list(years or history.years)
    if not years:
        raise InputError("no moves with a year: import a CGIT file (chuhai import cgit FILE)")
    hosts = list(hosts or universe(history))
    roots = root_sectors()
    counts = count_cube(history, hosts, roots, years)
    troubled = count_cube(history, hosts, roots, years, troubled=True).sum(axis=0)
    allc = counts.sum(axis=0, keepdims=True)
    x: dict[str, np.ndarray] = {}
    shape = counts.shape

    def bcast(a: np.ndarray) -> np.ndarray:
        return np.broadcast_to(a, shape)

    def log_eps(a: np.ndarray) -> np.ndarray:
        return np.log(EPS + a)

    sector3, all3 = _lag_sum(counts, 1, 3), _lag_sum(allc, 1, 3)
    x["sector_recent"] = log_eps(sector3 + SHRINK * all3)
    x["sector_last1"] = log_eps(_lag_sum(counts, 1, 1))
    x["sector_stock"] = log_eps(_decayed_stock(counts, 4, DECAY))
    x["all_last1"] = bcast(log_eps(_lag_sum(allc, 1, 1)))
    x["all_last3"] = bcast(log_eps(all3))
    x["all_stock"] = bcast(log_eps(_decayed_stock(allc, 4, DECAY)))
    x["troubled_last3"] = bcast(np.log1p(_lag_sum(troubled[None], 1, 3)))
    lag_years = [y - 1 for y in years]
    gdp, gdp_miss = indicator_matrix(history, "gdp", hosts, lag_years)
    growth, growth_miss = indicator_matrix(history, "gdp_growth", hosts, lag_years)
    gdppc, _ = indicator_matrix(history, "gdp_pc", hosts, lag_years)
    trade, trade_miss = indicator_matrix(history, "trade_gdp", hosts, lag_years)
    x["log_gdp"] = bcast(np.log(np.maximum(gdp, 1e6))[None])
    x["gdp_growth"] = bcast(np.clip(growth, -20, 20)[None])
    x["log_gdp_pc"] = bcast(np.log(np.maximum(gdppc, 50.0))[None])
    x["trade_gdp"] = bcast(np.clip(trade / 100.0, 0, 4)[None])
    dist = history.dist_km.reindex(hosts).to_numpy(dtype=float)
    dist_miss = np.isnan(dist)
    fill = np.nanmedian(dist) if (~dist_miss).any() else 8000.0
    dist = np.where(dist_miss, fill, dist)
    x["log_dist"] = bcast(np.log(dist)[None, :, None])
    x["gdp_missing"] = bcast(gdp_miss[None])
    x["growth_missing"] = bcast(growth_miss[None])
    x["trade_missing"] = bcast(trade_miss[None])
    x["dist_missing"] = bcast(dist_miss.astype(float)[None, :, None])
    return Design(roots, hosts, years, counts, x)


@dataclass
class FittedModel:
    """A fitted PPML location-choice model."""

    coef: pd.Series
    se: pd.Series
    features: list[str]
    train_years: tuple[int, int]
    n_obs: int
    n_deals: int
    dropped: list[str] = field(default_factory=list)

    def table(self) -> pd.DataFrame:
        """Coefficients with clustered standard errors, z and p values."""
        from scipy.stats import norm
        z = self.coef / self.se
        return pd.DataFrame({
            "term": self.coef.index, "coef": self.coef.values, "se": self.se.values,
            "z": z.values, "p": 2 * norm.sf(np.abs(z.values)),
            "meaning": [FEATURES.get(t, "") for t in self.coef.index]})

    def score(self, frame: pd.DataFrame) -> np.ndarray:
        """The linear index x . beta (ranks hosts within a sector-year cell)."""
        return frame[list(self.coef.index)].to_numpy(dtype=float) @ self.coef.to_numpy()


def _usable(frame: pd.DataFrame, features: list[str]) -> list[str]:
    # a regressor with no variation in the training rows (e.g. no WDI imported, so every
    # GDP is the same imputed value) cannot be estimated; drop it rather than fail
    return [f for f in features if frame[f].std() > 1e-9]


def fit_model(design: Design, train_years: Sequence[int],
              features: Sequence[str] | str = "default") -> FittedModel:
    """Fit the PPML model on the cells of ``train_years``.

    Parameters
    ----------
    design
        From :func:`build_design`.
    train_years
        Outcome years to fit on; years with fewer than :data:`MIN_HISTORY` years of
        history before them are left out.
    features
        A name in :data:`SPECS` or a list of regressors of :data:`FEATURES`.

    Raises
    ------
    InputError
        When there are too few deals to fit.
    """
    import pyfixest as pf

    first = design.years[0]
    years = [y for y in train_years if y - first >= MIN_HISTORY and y in design.years]
    if not years:
        raise InputError(f"too little history to fit the model: need moves in at least "
                         f"{MIN_HISTORY + 1} years")
    frame = design.frame(years)
    cell = frame.groupby(["root", "year"])["count"].transform("sum")
    frame = frame[cell > 0].copy()  # cells without deals carry no location choice
    if frame["count"].sum() < 30:
        raise InputError(f"too few deals to fit the model ({int(frame['count'].sum())}); "
                         "import a CGIT file first")
    wanted = list(SPECS[features]) if isinstance(features, str) else list(features)
    feats = _usable(frame, wanted)
    frame["cell"] = frame["root"] + ":" + frame["year"].astype(str)
    fml = "count ~ " + " + ".join(feats) + " | cell"
    with warnings.catch_warnings():
        # pyfixest 0.60 calls pandas APIs that pandas 3 deprecates; not ours to fix
        warnings.simplefilter("ignore")
        fit = pf.fepois(fml, data=frame, vcov={"CRV1": "host"})
        coef, se = fit.coef(), fit.se()
    keep = coef.notna() & se.notna()
    return FittedModel(coef[keep].rename(None), se[keep].rename(None), feats,
                       (min(years), max(years)), int(len(frame)), int(frame["count"].sum()),
                       dropped=[f for f in wanted if f not in feats or f not in coef[keep].index])


def fit_history(history: History, through: int | None = None,
                spec: str = "default") -> tuple[FittedModel, Design]:
    """Fit on all outcome years up to ``through`` (default: the last year of data).

    Returns the model and a design that reaches one year past ``through``, whose last
    year holds the regressors for scoring the next year.
    """
    last = through if through is not None else history.years[-1]
    years = list(range(history.years[0], last + 2))
    design = build_design(history, years)
    return fit_model(design, years[:-1], spec), design
