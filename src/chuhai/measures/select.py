"""Selecting trade measures by imposer, origin, sector, HS code and date (``chuhai measures``).

Pure: takes the frame of :func:`chuhai.measures.duties.load_measures` and returns rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from chuhai.measures.duties import _hs_matches, in_force
from chuhai.reference import sectors as sectors_ref
from chuhai.reference.countries import blocs_of


def select_measures(measures: pd.DataFrame, *, imposer: str | None = None,
                    origin: str | None = None, sector: str | None = None,
                    hs: str | None = None, on: dt.date | None = None) -> pd.DataFrame:
    """Measures matching every given filter.

    Parameters
    ----------
    imposer
        ISO3 of a market, or a bloc code (``EU``). A country also gets the measures of the
        blocs it belongs to (an EU duty applies in Hungary).
    origin
        ISO3 of the goods' origin: measures aimed at it, plus those with no origin (MFN
        duties apply to every origin).
    sector
        A sector id; its sub-sectors are included.
    hs
        An HS code; a measure matches when one code is a prefix of the other, or when it
        names no HS codes.
    on
        Keep only measures in force on that date.

    Examples
    --------
    >>> m = pd.DataFrame([dict(measure_id="a", imposer="EU", kind="mfn", sector="ev",
    ...     hs_codes=["8703"], origin_iso3=None, start_date=None, end_date=None),
    ...     dict(measure_id="b", imposer="USA", kind="tariff", sector="solar",
    ...     hs_codes=["854142"], origin_iso3="CHN", start_date="2024-09-27", end_date=None)])
    >>> select_measures(m, imposer="HUN").measure_id.tolist()
    ['a']
    >>> select_measures(m, origin="CHN", hs="85414200").measure_id.tolist()
    ['b']
    >>> select_measures(m, on=dt.date(2024, 1, 1)).measure_id.tolist()
    ['a']
    """
    if measures.empty:
        return measures
    keep = pd.Series(True, index=measures.index)
    if imposer:
        allowed = {imposer, *blocs_of(imposer)}
        keep &= measures.imposer.isin(allowed)
    if origin:
        keep &= measures.origin_iso3.isna() | (measures.origin_iso3 == origin)
    if sector:
        family = set(sectors_ref.descendants(sectors_ref.require_sector(sector)))
        keep &= measures.sector.isin(family)
    if hs:
        keep &= measures.hs_codes.map(lambda codes: _hs_matches(codes, hs))
    if on:
        keep &= pd.Series([in_force(r, on) for r in measures.itertuples(index=False)],
                          index=measures.index)
    return measures[keep].reset_index(drop=True)
