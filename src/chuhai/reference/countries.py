"""Countries (ISO 3166-1), chuhai's region groups, trade blocs, and name matching.

The table is ``countries.tsv`` (built by ``scripts/build_countries.py`` from pycountry and
country_converter); docs/reference.md documents the regions, blocs and the Global South.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import pandas as pd

from chuhai.errors import InputError, NotFoundError

REGIONS: tuple[str, ...] = (
    "Southeast Asia", "East Asia", "South Asia", "Central Asia", "Middle East",
    "North Africa", "Sub-Saharan Africa", "Western Europe", "Southern Europe",
    "Eastern Europe", "North America", "Latin America", "Oceania", "Other",
)
BLOCS: tuple[str, ...] = ("EU", "ASEAN", "USMCA", "MERCOSUR", "GCC", "EAEU", "RCEP")
#: Continental groups made of whole regions, for filters such as "batteries in Europe".
CONTINENTS: dict[str, tuple[str, ...]] = {
    "Europe": ("Western Europe", "Southern Europe", "Eastern Europe"),
    "Africa": ("North Africa", "Sub-Saharan Africa"),
    "Asia": ("Southeast Asia", "East Asia", "South Asia", "Central Asia", "Middle East"),
    "Americas": ("North America", "Latin America"),
}

#: Retired or non-standard codes found in older datasets (CEPII GeoDist among them).
OLD_CODES = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "PAL": "PSE", "KSV": "XKX",
             "SCG": "SRB"}


@functools.cache
def countries() -> pd.DataFrame:
    """The country table, one row per country, indexed by ISO3.

    >>> countries().loc["HUN", "region"]
    'Eastern Europe'
    """
    path = resources.files("chuhai.reference") / "countries.tsv"
    with path.open(encoding="utf-8") as f:
        frame = pd.read_csv(f, sep="\t", dtype=str, keep_default_na=False)
    frame["global_south"] = frame["global_south"] == "1"
    return frame.set_index("iso3", drop=False)


@functools.cache
def _matchers() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    exact: dict[str, str] = {}
    table = countries()
    for row in table.itertuples():
        for key in (row.iso3, row.iso2, row.name, row.name_official, row.name_zh,
                    *[a for a in row.aliases.split("|") if a]):
            if key:
                exact.setdefault(_norm(key), row.iso3)
    for old, new in OLD_CODES.items():
        exact[_norm(old)] = new
    regexes = [(re.compile(r.regex, re.IGNORECASE), r.iso3) for r in table.itertuples() if r.regex]
    return exact, regexes


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().replace("’", "'").split())


def to_iso3(name: str) -> str | None:
    """Resolve a country name or code to ISO3, or ``None`` if it matches no country.

    Tries codes and exact names first, then country_converter's regexes; a name that
    matches more than one regex is ambiguous and gives ``None``.

    >>> to_iso3("Britain"), to_iso3("Russian Federation"), to_iso3("ROM"), to_iso3("匈牙利")
    ('GBR', 'RUS', 'ROU', 'HUN')
    """
    if not isinstance(name, str) or not name.strip():
        return None
    exact, regexes = _matchers()
    key = _norm(name)
    if key in exact:
        return exact[key]
    hits = {iso for rx, iso in regexes if rx.search(name)}
    return hits.pop() if len(hits) == 1 else None


def require_iso3(name: str, field: str | None = None) -> str:
    """Like :func:`to_iso3` but raise a clear error, naming ``field`` when given."""
    iso = to_iso3(str(name)) if name else None
    if iso is None:
        raise InputError(f"unknown country {name!r}; give an ISO3 code (e.g. HUN) or an "
                         "English name", field=field)
    return iso


def region_of(iso3: str) -> str:
    try:
        return countries().loc[iso3, "region"]
    except KeyError:
        raise NotFoundError(f"no country with ISO3 code {iso3!r}") from None


def name_of(iso3: str, lang: str = "en") -> str:
    table = countries()
    if iso3 not in table.index:
        return iso3
    return table.loc[iso3, "name_zh" if lang == "zh" else "name"]


def members(group: str) -> list[str]:
    """ISO3 codes of a region, a continent (:data:`CONTINENTS`), a bloc, or ``"Global South"``.

    >>> "MEX" in members("USMCA"), "HUN" in members("EU"), "BRA" in members("Global South")
    (True, True, True)
    """
    table = countries()
    if group in REGIONS:
        return table.index[table.region == group].tolist()
    if group in CONTINENTS:
        return table.index[table.region.isin(CONTINENTS[group])].tolist()
    if group in BLOCS:
        return table.index[table.blocs.str.split(",").apply(lambda b: group in b)].tolist()
    if group.lower().replace("_", " ") == "global south":
        return table.index[table.global_south].tolist()
    raise NotFoundError(f"no region or bloc named {group!r}; choose from "
                        f"{', '.join(REGIONS + tuple(CONTINENTS) + BLOCS)} or 'Global South'")


@functools.cache
def _blocs() -> dict[str, tuple[str, ...]]:
    # every duty lookup asks this for each measure row; a pandas .loc per call was the
    # largest cost of pricing a landed cost
    table = countries()
    return {iso: tuple(b for b in str(blocs).split(",") if b)
            for iso, blocs in zip(table.index, table["blocs"])}


def blocs_of(iso3: str) -> list[str]:
    """Blocs a country belongs to (``[]`` for an unknown code).

    >>> "EU" in blocs_of("HUN"), blocs_of("XXX")
    (True, [])
    """
    return list(_blocs().get(iso3, ()))


def is_country(code: str) -> bool:
    return code in countries().index
