"""What each page and API endpoint shows, composed from the library's public functions.

Pages and the JSON API call the same function here, and these call :mod:`chuhai.api`
(``flows``, ``moves``) and the reference modules, so a number on a page equals the
API's and the CLI's for the same filters. Every query is parameterised.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from chuhai import api
from chuhai.errors import InputError, NotFoundError
from chuhai.flows.aggregate import parse_years  # one parser for the CLI and the web
from chuhai.measures.duties import in_force, load_measures
from chuhai.reference import countries as countries_ref
from chuhai.reference import sectors as sectors_ref
from chuhai.sources.load import store_registry
from chuhai.store import Store
from chuhai.vocab import MOVE_TYPES

#: The filter query parameters, the same names as the CLI's options (``--type`` too).
FILTER_PARAMS = ("year", "sector", "region", "country", "company", "type", "dataset",
                 "include_cancelled")



@dataclass
class Filters:
    """The move filters of a page or API call, as given (strings) and parsed."""

    year: list[str] = field(default_factory=list)
    sector: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    company: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    dataset: str = "auto"
    include_cancelled: bool = False

    @classmethod
    def from_query(cls, params) -> "Filters":
        """From a request's query parameters (repeatable); empty values mean no filter."""
        def many(name: str) -> list[str]:
            return [v.strip() for v in params.getlist(name) if v and v.strip()]
        for t in many("type"):
            if t not in MOVE_TYPES:
                raise InputError(f"unknown move type {t!r}; choose from {', '.join(MOVE_TYPES)}",
                                 field="type")
        flag = (params.get("include_cancelled") or "").lower() in ("1", "true", "yes", "on")
        return cls(year=many("year"), sector=many("sector"), region=many("region"),
                   country=many("country"), company=many("company"), type=many("type"),
                   dataset=(params.get("dataset") or "auto").strip() or "auto",
                   include_cancelled=flag)

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments of :func:`chuhai.flows` and :func:`chuhai.moves`."""
        return dict(years=parse_years(self.year), sectors=self.sector, regions=self.region,
                    countries=self.country, companies=self.company, move_types=self.type,
                    dataset=self.dataset, include_cancelled=self.include_cancelled)

    def but(self, **changes) -> "Filters":
        """A copy with some fields replaced (e.g. the country page adds its country)."""
        data = {k: (list(v) if isinstance(v, list) else v) for k, v in self.__dict__.items()}
        data.update(changes)
        return Filters(**data)

    def query(self, *, drop: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        """Query-string pairs that reproduce these filters (for links between pages)."""
        pairs: list[tuple[str, str]] = []
        for name in ("year", "sector", "region", "country", "company", "type"):
            if name in drop:
                continue
            pairs += [(name, v) for v in getattr(self, name)]
        if self.dataset != "auto" and "dataset" not in drop:
            pairs.append(("dataset", self.dataset))
        if self.include_cancelled and "include_cancelled" not in drop:
            pairs.append(("include_cancelled", "1"))
        return pairs

    def cli(self) -> str:
        """The CLI options giving the same numbers, shown on pages for newcomers."""
        opts = {"year": "--year", "sector": "--sector", "region": "--region",
                "country": "--country", "company": "--company", "type": "--type"}
        parts = []
        for name, opt in opts.items():
            for v in getattr(self, name):
                parts.append(f"{opt} {_shell_quote(v)}")
        if self.dataset != "auto":
            parts.append(f"--dataset {_shell_quote(self.dataset)}")
        if self.include_cancelled:
            parts.append("--include-cancelled")
        return " ".join(parts)


def _shell_quote(value: str) -> str:
    safe = all(c.isalnum() or c in "-_.,:" for c in value)
    return value if safe else "'" + value.replace("'", "'\\''") + "'"


# -- reference lists for the filter form ------------------------------------------------
def choices(store: Store, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Options of the filter form: years in the store, sectors, regions and blocs, types."""
    from chuhai.web.i18n import lookup
    years = store.query("select distinct year from move where year is not null order by year desc")
    sec = sectors_ref.sectors()
    name_col = "name_zh" if lang == "zh" else "name_en"
    sectors = [(s, sec.loc[s, name_col]) for s in sec.index]
    regions = [(c, lookup(f"web.continent.{c}", lang) or c) for c in countries_ref.CONTINENTS]
    regions += [(r, lookup(f"region.{r}", lang) or r) for r in countries_ref.REGIONS]
    regions += [(b, lookup(f"bloc.{b}", lang) or b) for b in countries_ref.BLOCS]
    regions.append(("Global South", "Global South"))
    return {"year": [(str(int(y)), str(int(y))) for y in years.year],
            "sector": sectors, "region": regions,
            "type": [(t, lookup(f"move_type.{t}", lang) or t) for t in MOVE_TYPES]}


def country_name(iso3: str, lang: str) -> str:
    return countries_ref.name_of(iso3, lang) if isinstance(iso3, str) else ""


def sector_name(sector: str, lang: str) -> str:
    table = sectors_ref.sectors()
    if sector not in table.index:
        return sector
    return table.loc[sector, "name_zh" if lang == "zh" else "name_en"]


# -- overview ----------------------------------------------------------------------------
def overview(store: Store, flt: Filters, lang: str = "en", *, latest: int = 20) -> dict:
    """The overview: totals, value and count by host country, by year and region, latest moves."""
    kw = flt.kwargs()
    hosts = api.flows(store, by=["country"], **kw)
    hosts = hosts.sort_values(["value_usd_m", "count"], ascending=False).reset_index(drop=True)
    hosts.insert(1, "name", [country_name(c, lang) for c in hosts["country"]])
    by_region = api.flows(store, by=["year", "region"], **kw)
    total = api.flows(store, by=[], **kw)
    moves = api.moves(store, **kw).head(latest)
    return {"total": _total(total), "hosts": hosts, "by_region": by_region,
            "moves": _moves_display(moves, lang)}


def _total(frame: pd.DataFrame) -> dict:
    if frame.empty:
        return {"value_usd_m": 0.0, "count": 0, "with_value": 0}
    row = frame.iloc[0]
    return {"value_usd_m": float(row["value_usd_m"]), "count": int(row["count"]),
            "with_value": int(row["with_value"])}


_MOVE_COLUMNS = ["move_id", "year", "month", "company_id", "company_name", "host_iso3", "city",
                 "move_type", "sector", "value_usd_m", "status", "partner", "publisher",
                 "source_title", "source_url", "source_date", "dataset"]


def _moves_display(moves: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = moves.reindex(columns=_MOVE_COLUMNS).copy()
    out["country_name"] = [country_name(c, lang) for c in out["host_iso3"]]
    out["sector_name"] = [sector_name(s, lang) for s in out["sector"]]
    return out


# -- country -----------------------------------------------------------------------------
def require_country(code: str) -> str:
    """An ISO3 code that names a country, else :class:`NotFoundError`."""
    iso = countries_ref.to_iso3(code) if code else None
    if iso is None or not countries_ref.is_country(iso):
        raise NotFoundError(f"no country {code!r}; use an ISO3 code such as HUN")
    return iso


def measures_on_china(store: Store, iso3: str, on: dt.date | None = None) -> pd.DataFrame:
    """Measures the country (or a bloc it imposes through, e.g. the EU) applies to Chinese goods.

    MFN duties (no origin) are left out: they are not aimed at China.
    """
    measures = load_measures(store)
    if measures.empty:
        return measures
    imposers = {iso3, *countries_ref.blocs_of(iso3)}
    keep = measures[measures.imposer.isin(imposers) & (measures.origin_iso3 == "CHN")].copy()
    on = on or dt.date.today()
    keep["in_force"] = [in_force(r, on) for r in keep.itertuples(index=False)]
    return keep.sort_values(["in_force", "start_date"], ascending=[False, False]).reset_index(drop=True)


def indicators(store: Store, iso3: str) -> pd.DataFrame:
    """The latest year of each indicator of a country, with its source."""
    return store.query(
        "select i.code, i.year, i.value, s.publisher, s.title as source_title "
        "from indicator i left join source s using (source_id) where i.iso3 = ? "
        "qualify row_number() over (partition by i.code order by i.year desc) = 1 "
        "order by i.code", [iso3])


def country(store: Store, code: str, flt: Filters, lang: str = "en") -> dict:
    """The country page: totals and moves there, measures on Chinese goods, indicators, rank."""
    iso = require_country(code)
    table = countries_ref.countries()
    row = table.loc[iso]
    here = flt.but(country=[iso], region=[])
    kw = here.kwargs()
    total = api.flows(store, by=[], **kw)
    by_sector = api.flows(store, by=["sector"], **kw)
    by_sector.insert(1, "name", [sector_name(s, lang) for s in by_sector["sector"]])
    by_company = api.flows(store, by=["company"], **kw)
    by_company.insert(1, "name", company_names(store, by_company["company"].tolist(), lang))
    moves = api.moves(store, **kw)
    return {
        "iso3": iso, "name": country_name(iso, lang), "name_en": row["name"],
        "name_zh": row["name_zh"], "region": row["region"],
        "blocs": countries_ref.blocs_of(iso), "filters": here,
        "total": _total(total), "by_sector": by_sector, "by_company": by_company,
        "moves": _moves_display(moves, lang),
        "measures": measures_on_china(store, iso),
        "indicators": indicators(store, iso),
        "rank": rank_of_country(store, iso),
    }


def company_names(store: Store, ids: list[str], lang: str) -> list[str]:
    """Display names of company ids (an unresolved name stays as written)."""
    reg = store_registry(store)
    out = []
    for cid in ids:
        try:
            r = reg.get(cid)
            out.append(r["name_zh"] if lang == "zh" and r["name_zh"] else r["name_en"])
        except NotFoundError:
            out.append(cid)
    return out


# -- company -----------------------------------------------------------------------------
def company(store: Store, company_id: str, flt: Filters, lang: str = "en") -> dict:
    """The company page: registry entry, footprint, moves with evidence, supply links."""
    reg = store_registry(store)
    cid = reg.require(company_id)
    info = reg.get(cid)
    family = reg.family(cid)
    mine = flt.but(company=[cid])
    kw = mine.kwargs()
    total = api.flows(store, by=[], **kw)
    footprint = api.flows(store, by=["country"], **kw)
    footprint.insert(1, "name", [country_name(c, lang) for c in footprint["country"]])
    moves = _moves_display(api.moves(store, **kw), lang)
    evidence = store.query(
        "select e.record_id as move_id, e.field, e.quote, e.confidence from evidence e "
        "where e.record_table = 'move' and e.record_id in (select unnest(?::VARCHAR[])) "
        "order by e.record_id, e.start_char", [moves["move_id"].tolist()])
    facilities = store.query(
        "select f.*, s.publisher, s.title as source_title from facility f left join source s "
        "using (source_id) where f.company_id in (select unnest(?::VARCHAR[])) "
        "order by f.host_iso3, f.name", [family])
    facilities["country_name"] = [country_name(c, lang) for c in facilities["host_iso3"]]
    suppliers = _links(store, "customer_id", "supplier_id", family, reg, lang)
    customers = _links(store, "supplier_id", "customer_id", family, reg, lang)
    name = info["name_zh"] if lang == "zh" and info["name_zh"] else info["name_en"]
    return {
        "company_id": cid, "name": name, "name_en": info["name_en"], "name_zh": info["name_zh"],
        "home": info["home_iso3"], "home_name": country_name(info["home_iso3"], lang),
        "sector": info["sector"], "sector_name": sector_name(info["sector"], lang) if info["sector"] else "",
        "parent_id": info["parent_id"] or None, "listings": info["listings"] or "",
        "family": family, "filters": mine, "total": _total(total), "footprint": footprint,
        "moves": moves, "evidence": evidence, "facilities": facilities,
        "suppliers": suppliers, "customers": customers,
    }


def _links(store: Store, mine_col: str, other_col: str, family: list[str], reg,
           lang: str) -> pd.DataFrame:
    frame = store.query(
        f"select l.{other_col} as company_id, l.product, l.hs_code, l.share_of_sales, "
        f"s.publisher, s.title as source_title from supply_link l left join source s "
        f"using (source_id) where l.{mine_col} in (select unnest(?::VARCHAR[])) "
        f"order by l.share_of_sales desc nulls last", [family])
    names = []
    for cid in frame["company_id"]:
        try:
            r = reg.get(cid)
            names.append(r["name_zh"] if lang == "zh" and r["name_zh"] else r["name_en"])
        except NotFoundError:
            names.append(cid)
    frame["name"] = names
    return frame


# -- move --------------------------------------------------------------------------------
def move(store: Store, move_id: str, lang: str = "en") -> dict:
    """One move with its source and the evidence spans in the source text."""
    rows = store.query("select * from move where move_id = ?", [move_id])
    if rows.empty:
        raise NotFoundError(f"no move with id {move_id!r}")
    m = rows.iloc[0]
    source = store.query("select source_id, kind, dataset, publisher, title, url, published, "
                         "text from source where source_id = ?", [m["source_id"]])
    evidence = store.query(
        "select e.evidence_id, e.field, e.source_id, e.start_char, e.end_char, e.quote, "
        "e.confidence from evidence e where e.record_table = 'move' and e.record_id = ? "
        "order by e.source_id, e.start_char", [move_id])
    # evidence may cite a source other than the move's own (a second article)
    extra_ids = sorted(set(evidence["source_id"]) - set(source["source_id"]))
    if extra_ids:
        more = store.query("select source_id, kind, dataset, publisher, title, url, published, "
                           "text from source where source_id in (select unnest(?::VARCHAR[]))",
                           [extra_ids])
        source = pd.concat([source, more], ignore_index=True)
    sources = []
    for s in source.itertuples(index=False):
        ev = evidence[evidence.source_id == s.source_id]
        text = s.text if isinstance(s.text, str) else ""
        sources.append({"source_id": s.source_id, "kind": s.kind, "publisher": s.publisher,
                        "title": s.title, "url": s.url, "published": s.published,
                        "text": text, "segments": highlight(text, ev.to_dict("records"))})
    record = {k: m[k] for k in rows.columns}
    record["country_name"] = country_name(m["host_iso3"], lang)
    record["sector_name"] = sector_name(m["sector"], lang)
    return {"move": record, "sources": sources, "evidence": evidence}


def highlight(text: str, spans: list[dict]) -> list[dict]:
    """Cut ``text`` into plain and highlighted segments by evidence offsets.

    The result is data, not HTML: the template escapes every segment, so article text
    containing markup can never be injected. Offsets out of range are clipped, reversed
    or empty spans are dropped, and overlapping spans are merged (a character is either
    highlighted or not).

    >>> [(s["text"], s["mark"]) for s in highlight("BYD builds in Szeged.", [{"start_char": 13, "end_char": 19, "field": "city"}])]
    [('BYD builds in ', False), ('Szeged', True), ('.', False)]
    """
    n = len(text)
    cuts: list[tuple[int, int, list[str]]] = []
    for sp in spans:
        try:
            a, b = int(sp.get("start_char")), int(sp.get("end_char"))
        except (TypeError, ValueError):
            continue
        a, b = max(0, min(a, n)), max(0, min(b, n))
        if b <= a:
            continue
        label = str(sp.get("field") or "")
        cuts.append((a, b, [label]))
    cuts.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for a, b, labels in cuts:
        if merged and a < merged[-1][1]:
            pa, pb, pl = merged[-1]
            merged[-1] = (pa, max(pb, b), pl + [x for x in labels if x not in pl])
        else:
            merged.append((a, b, labels))
    out, pos = [], 0
    for a, b, labels in merged:
        if a > pos:
            out.append({"text": text[pos:a], "mark": False, "fields": ""})
        out.append({"text": text[a:b], "mark": True, "fields": ", ".join(l for l in labels if l)})
        pos = b
    if pos < n:
        out.append({"text": text[pos:], "mark": False, "fields": ""})
    return out


# -- features that land separately -------------------------------------------------------
def feature(module: str) -> bool:
    """Whether an optional part of chuhai (rank, follow planner, brief) is in this build."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ModuleNotFoundError, ValueError):
        return False


#: Sectors whose rank a country page shows: the going-global wave's main sectors.
COUNTRY_PAGE_SECTORS = ("ev", "auto_parts", "battery", "battery_materials", "solar",
                        "cloud_data_centers", "consumer_electronics")


def rank_of_country(store: Store, iso3: str) -> pd.DataFrame | None:
    """The country's rank per main sector (explainable index, no model fit, for speed),
    or ``None`` when the ranking is not in this build."""
    rank_hosts = _rank_function()
    if not feature("chuhai.rank") or rank_hosts is None:
        return None
    from chuhai.rank.panel import history_from_store
    history = history_from_store(store)
    rows = []
    for sector in COUNTRY_PAGE_SECTORS:
        table = rank_hosts(store, sector=sector, with_model=False, history=history).table
        hit = table[table.iso3 == iso3]
        if len(hit):
            rows.append({"sector": sector, "rank": int(hit["rank"].iloc[0]),
                         "score": float(hit["score"].iloc[0]), "of": len(table)})
    return pd.DataFrame(rows, columns=["sector", "rank", "score", "of"])


def ranking(store: Store, *, sector: str | None, company: str | None,
            weights: dict[str, float] | None, scenario: dict | None, top: int) -> dict:
    """The ranking page's data: the same :func:`chuhai.rank.rank_hosts` as `chuhai rank`."""
    rank_hosts = _rank_function()
    result = rank_hosts(store, sector=sector, company=company, weights=weights,
                        scenario=scenario, with_model=False)
    return result.to_dict(top=top)


def _rank_function():
    try:
        import chuhai.rank as rank
    except ImportError:
        return None
    return getattr(rank, "rank_hosts", None)
