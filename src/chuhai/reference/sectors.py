"""The sector taxonomy: one tree, with the CGIT sectors mapped into it.

``sectors.tsv`` holds one row per sector: its parent, the CGIT (sector, subsector) it maps
from, and HS code prefixes of its goods (used to scope trade measures).
"""

from __future__ import annotations

import functools
from importlib import resources

import pandas as pd

from chuhai.errors import NotFoundError

# CGIT labels mapped elsewhere than their own row (documented in the TSV note column).
_CGIT_EXTRA = {("Energy", "Gas"): "oil_gas", ("Other", "Communications"): "telecom",
               ("Other", "Entertainment"): "entertainment"}


@functools.cache
def sectors() -> pd.DataFrame:
    """The sector table indexed by sector id.

    >>> sectors().loc["ev", "parent"]
    'autos'
    """
    path = resources.files("chuhai.reference") / "sectors.tsv"
    with path.open(encoding="utf-8") as f:
        frame = pd.read_csv(f, sep="\t", dtype=str, keep_default_na=False)
    return frame.set_index("sector", drop=False)


def sector_ids() -> list[str]:
    return sectors().index.tolist()


def is_sector(sector: str) -> bool:
    return sector in sectors().index


def require_sector(sector: str) -> str:
    key = sector.strip().lower().replace(" ", "_").replace("-", "_")
    if key in sectors().index:
        return key
    by_name = {n.lower(): s for s, n in zip(sectors().index, sectors().name_en)}
    if sector.strip().lower() in by_name:
        return by_name[sector.strip().lower()]
    raise NotFoundError(f"unknown sector {sector!r}; run `chuhai sectors` to list them")


def ancestors(sector: str) -> list[str]:
    """The sector and its parents up to the root.

    >>> ancestors("ev")
    ['ev', 'autos', 'transport']
    """
    table = sectors()
    chain = []
    while sector:
        if sector not in table.index:
            raise NotFoundError(f"unknown sector {sector!r}")
        chain.append(sector)
        sector = table.loc[sector, "parent"]
    return chain


def root_of(sector: str) -> str:
    """The top-level (CGIT) sector a sector belongs to.

    >>> root_of("solar")
    'energy'
    """
    return ancestors(sector)[-1]


@functools.cache
def descendants(sector: str) -> tuple[str, ...]:
    """The sector and every sector below it.

    >>> sorted(descendants("autos"))
    ['auto_parts', 'autos', 'ev']
    """
    table = sectors()
    out = [sector]
    for child in table.index[table.parent == sector]:
        out.extend(descendants(child))
    return tuple(out)


@functools.cache
def from_cgit(sector: str, subsector: str | None = None) -> str:
    """Map a CGIT (sector, subsector) pair to a chuhai sector id.

    >>> from_cgit("Transport", "Autos"), from_cgit("Energy", "Gas"), from_cgit("Energy", None)
    ('autos', 'oil_gas', 'energy')
    """
    sector = (sector or "").strip()
    subsector = (subsector or "").strip() if isinstance(subsector, str) else ""
    if (sector, subsector) in _CGIT_EXTRA:
        return _CGIT_EXTRA[(sector, subsector)]
    table = sectors()
    if subsector:
        hit = table[(table.cgit_sector.str.lower() == sector.lower())
                    & (table.cgit_subsector.str.lower() == subsector.lower())]
        if len(hit):
            return hit.index[0]
    hit = table[(table.cgit_sector.str.lower() == sector.lower()) & (table.cgit_subsector == "")]
    if len(hit):
        return hit.index[0]
    raise NotFoundError(f"CGIT sector {sector!r} is not in the taxonomy")


def hs_prefixes(sector: str) -> list[str]:
    """HS prefixes of a sector's goods, inherited from its parents when it has none."""
    for s in ancestors(sector):
        raw = sectors().loc[s, "hs_prefixes"]
        if raw:
            return raw.split("|")
    return []


def name_of(sector: str, lang: str = "en") -> str:
    table = sectors()
    if sector not in table.index:
        return sector
    return table.loc[sector, "name_zh" if lang == "zh" else "name_en"]
