"""The history the ranking learns from: moves, indicators and distances as plain frames.

Everything downstream (the explainable index, the learned model, the baselines and the
backtest) takes a :class:`History`, so the same code runs on a store
(:func:`history_from_store`) and on files given to ``chuhai backtest``
(:func:`history_from_files`, which parses with the project's importers and never writes).

Sectors are compared at the *root* of the taxonomy (the 14 CGIT sectors): CGIT labels
every deal with one of them, sub-sectors only sometimes, so root cells are the level at
which history is complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from chuhai.errors import InputError
from chuhai.reference.countries import countries
from chuhai.reference.sectors import root_of, sectors

#: Indicators the ranking reads (WDI codes). Others in the store are ignored.
INDICATORS: dict[str, str] = {
    "gdp": "ny.gdp.mktp.cd",
    "gdp_growth": "ny.gdp.mktp.kd.zg",
    "gdp_pc": "ny.gdp.pcap.cd",
    "population": "sp.pop.totl",
    "trade_gdp": "tg.val.totl.gd.zs",
    "inflation": "fp.cpi.totl.zg",
    "fdi_in": "bx.klt.dinv.cd.wd",
    "industry_gdp": "nv.ind.totl.zs",
}
#: How many years an indicator is carried forward before it counts as missing: WDI's
#: newest year is usually partial, and a two-year-old GDP is a better guess than a median.
CARRY_YEARS = 3


@dataclass
class History:
    """Moves, country indicators and distances from China.

    Attributes
    ----------
    moves
        One row per move: ``host_iso3, sector, root, year, troubled, value_usd_m``.
    indicators
        Long rows ``iso3, year, code, value`` (WDI codes, lower case).
    dist_km
        Distance from China in km by ISO3 (CEPII ``dist``; capital distance if missing).
    """

    moves: pd.DataFrame
    indicators: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        columns=["iso3", "year", "code", "value"]))
    dist_km: pd.Series = field(default_factory=lambda: pd.Series(dtype=float))

    def wide(self, code: str) -> pd.DataFrame:
        """One indicator as a host x year table (cached: the index reads it many times)."""
        cache = self.__dict__.setdefault("_wide", {})
        if code not in cache:
            ind = self.indicators[self.indicators["code"] == code]
            cache[code] = ind.pivot_table(index="iso3", columns="year", values="value",
                                          aggfunc="last")
        return cache[code]

    @property
    def years(self) -> list[int]:
        y = self.moves["year"].dropna()
        return list(range(int(y.min()), int(y.max()) + 1)) if len(y) else []


def _prepare_moves(moves: pd.DataFrame) -> pd.DataFrame:
    out = moves.loc[moves["year"].notna() & moves["host_iso3"].notna(),
                    ["host_iso3", "sector", "year", "troubled", "value_usd_m"]].copy()
    known = set(sectors().index)
    out = out[out["sector"].isin(known)]
    out["year"] = out["year"].astype(int)
    out["troubled"] = out["troubled"].fillna(False).astype(bool)
    roots = {s: root_of(s) for s in out["sector"].unique()}
    out["root"] = out["sector"].map(roots)
    return out.reset_index(drop=True)


def _china_distances(dist: pd.DataFrame) -> pd.Series:
    if dist.empty:
        return pd.Series(dtype=float)
    d = dist[dist["iso_o"] == "CHN"].set_index("iso_d")
    km = d["dist_km"].astype(float)
    if "distcap_km" in d:
        km = km.fillna(d["distcap_km"].astype(float))
    return km[km.notna() & (km > 0)]


def history_from_frames(moves: pd.DataFrame, indicators: pd.DataFrame | None = None,
                        distances: pd.DataFrame | None = None) -> History:
    """Build a :class:`History` from store-shaped frames (tables move, indicator, distance)."""
    ind = indicators if indicators is not None else pd.DataFrame(
        columns=["iso3", "year", "code", "value"])
    ind = ind[ind["code"].isin(set(INDICATORS.values()))][["iso3", "year", "code", "value"]]
    return History(_prepare_moves(moves), ind.reset_index(drop=True),
                   _china_distances(distances if distances is not None else pd.DataFrame()))


def history_from_store(store, dataset: str = "auto") -> History:
    """Read the ranking's history from a store.

    ``dataset="auto"`` uses every imported dataset and leaves out the starter rows once
    anything else is imported (as ``chuhai flows`` does), so demo rows do not double-count.
    """
    from chuhai.flows.aggregate import resolve_dataset
    chosen = resolve_dataset(store, dataset)
    where = ""
    params: list = []
    if chosen is not None:
        where = f" where dataset in ({','.join('?' * len(chosen))})"
        params = list(chosen)
    moves = store.query("select host_iso3, sector, year, troubled, value_usd_m from move"
                        + where, params)
    codes = list(INDICATORS.values())
    ind = store.query(f"select iso3, year, code, value from indicator where code in "
                      f"({','.join('?' * len(codes))})", codes)
    dist = store.query("select iso_o, iso_d, dist_km, distcap_km from distance "
                       "where iso_o = 'CHN'")
    return history_from_frames(moves, ind, dist)


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.suffix.lower() == ".csv"))
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", file=str(p))
    return out


def history_from_files(cgit: Sequence[str | Path], wdi: Sequence[str | Path] = (),
                       cepii: str | Path | None = None) -> History:
    """Parse CGIT, WDI and CEPII files with the project's importers (nothing is stored).

    Parameters
    ----------
    cgit
        CGIT files in any supported layout (xlsx or CSV of any release).
    wdi
        WDI files or folders of them (long or wide layout); only
        :data:`INDICATORS` are kept.
    cepii
        CEPII ``dist_cepii.csv``.
    """
    from chuhai.sources.cepii import parse_cepii
    from chuhai.sources.cgit import parse_cgit
    from chuhai.sources.report import FileProblem
    from chuhai.sources.wdi import CODE_RE, parse_wdi

    def parsed(fn, path):
        try:
            return fn(path)[0]
        except FileProblem as exc:
            raise InputError(str(exc), file=str(path)) from None

    frames = [parsed(parse_cgit, p) for p in _expand(cgit)]
    if not frames or all(f.empty for f in frames):
        raise InputError("no moves were read from the CGIT file(s)", file=", ".join(map(str, cgit)))
    moves = pd.concat(frames, ignore_index=True)
    wanted = set(INDICATORS.values())
    # a file named after an indicator the ranking does not read is skipped unparsed
    wdi_paths = [p for p in _expand(wdi)
                 if p.stem.lower() in wanted or not CODE_RE.match(p.stem.lower())]
    ind = [parsed(parse_wdi, p) for p in wdi_paths]
    indicators = pd.concat(ind, ignore_index=True) if ind else None
    dist = parsed(parse_cepii, Path(cepii)) if cepii else None
    return history_from_frames(moves, indicators, dist)


# -- arrays -------------------------------------------------------------------------------

def universe(history: History | None = None) -> list[str]:
    """Candidate host countries: every ISO 3166 country except China itself.

    A fixed list, so that a model cannot look good by only ranking countries that later
    received deals.
    """
    return [c for c in countries().index if c != "CHN"]


def root_sectors() -> list[str]:
    table = sectors()
    return table.index[table["parent"] == ""].tolist()


def count_cube(history: History, hosts: Sequence[str], roots: Sequence[str],
               years: Sequence[int], *, troubled: bool = False) -> np.ndarray:
    """Deal counts as an array ``[root sector, host, year]``.

    ``troubled=False`` counts completed deals only (the outcome a ranking predicts);
    ``troubled=True`` counts troubled (failed or blocked) deals only.
    """
    m = history.moves
    m = m[m["troubled"] == troubled]
    hi = pd.Index(hosts).get_indexer(m["host_iso3"])
    si = pd.Index(roots).get_indexer(m["root"])
    yi = pd.Index(years).get_indexer(m["year"])
    ok = (hi >= 0) & (si >= 0) & (yi >= 0)
    cube = np.zeros((len(roots), len(hosts), len(years)))
    np.add.at(cube, (si[ok], hi[ok], yi[ok]), 1.0)
    return cube


def indicator_matrix(history: History, name: str, hosts: Sequence[str],
                     years: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """One indicator as ``[host, year]`` with a missing-value flag.

    Missing values are filled in two steps, both documented in docs/rank.md: the
    country's own last value up to :data:`CARRY_YEARS` earlier (flag stays 0: the figure
    is real, just not new), then the cross-country median of that year (flag 1), then the
    median of all years (flag 1). The flag enters the model so that imputed countries do
    not borrow the coefficient of measured ones.
    """
    code = INDICATORS[name]
    ind = history.indicators
    ind = ind[ind["code"] == code]
    first = min(min(years), int(ind["year"].min()) if len(ind) else min(years)) - CARRY_YEARS
    span = list(range(first, max(years) + 1))
    wide = ind.pivot_table(index="iso3", columns="year", values="value", aggfunc="last")
    wide = wide.reindex(index=list(hosts), columns=span)
    filled = wide.ffill(axis=1, limit=CARRY_YEARS)
    vals = filled[list(years)].to_numpy(dtype=float)
    missing = np.isnan(vals)
    if missing.any():
        col_med = _nanmedian_cols(vals)
        overall = np.median(col_med[np.isfinite(col_med)]) if np.isfinite(col_med).any() else 0.0
        col_med = np.where(np.isfinite(col_med), col_med, overall)
        vals = np.where(missing, col_med[None, :], vals)
    return vals, missing.astype(float)


def _nanmedian_cols(vals: np.ndarray) -> np.ndarray:
    # np.nanmedian warns on all-missing columns; those get NaN here and the overall median
    out = np.full(vals.shape[1], np.nan)
    for j in range(vals.shape[1]):
        col = vals[:, j]
        col = col[np.isfinite(col)]
        if len(col):
            out[j] = np.median(col)
    return out
