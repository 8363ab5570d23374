"""The expansion brief as data: a plain dict of sections, rendered to HTML by
:mod:`chuhai.report.html` and printed as JSON by ``chuhai brief --format json``.

Two steps keep the core pure:

1. :func:`gather` (I/O) pulls frames from the store through the API: the subject's moves
   and its peers', facilities, supply links, flows, measures and the cited sources.
2. :func:`build_brief` (pure) turns those frames into sections, one builder per section.

Extension point: :data:`SECTIONS` is the ordered list of section builders. The ranking
and the follow plan add theirs with :func:`register_section` (before the evidence list,
which must come last because it lists what the other sections cited)::

    def build_rank(ctx):           # ctx: BriefContext
        ctx.data.extras["rank"]    # whatever the gatherer put there
        return {"id": "rank", "title": ..., "blocks": [...]}

    register_section("rank", build_rank, gather=lambda store, subject, data: ...)

A section is ``{"id", "title", "blocks": [...]}`` where each block is one of
``text``, ``facts``, ``table``, ``map``, ``bars`` (see :mod:`chuhai.report.html`), so a new
section gets HTML rendering without touching the templates. Every number a block shows
carries ``refs``: footnote numbers from :meth:`BriefContext.cite`, listed in the evidence
section with publisher, title, date and address.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

import pandas as pd

from chuhai.errors import InputError, NotFoundError
from chuhai.locale import t
from chuhai.measures.duties import duty
from chuhai.reference import countries as countries_ref
from chuhai.reference import sectors as sectors_ref
from chuhai.reference.companies import Registry

SubjectKind = Literal["profile", "company", "sector"]
#: the country facts shown for host countries: GDP (US$), population, GDP growth (%)
FACT_CODES = ("ny.gdp.mktp.cd", "sp.pop.totl", "ny.gdp.mktp.kd.zg")


@dataclass
class Subject:
    """Whom the brief is for.

    ``anchor_ids`` are the firms whose footprint matters most: the profile's customers,
    the company (with its subsidiaries), or the sector's firms. ``peer_ids`` are firms in
    the same business that went abroad too. ``products`` are what faces measures.
    """

    kind: SubjectKind
    name: str
    name_zh: str | None
    sector: str
    anchor_ids: list[str]
    peer_ids: list[str] = field(default_factory=list)
    products: list[dict] = field(default_factory=list)   # id, name, hs_code, sector
    origin: str = "CHN"
    exporter_id: str | None = None   # for firm-specific duty rates
    profile: Any = None
    named_ids: list[str] | None = None   # the anchors to name in the summary (default: all)


# -- choosing the subject ----------------------------------------------------------------

def _sector_products(sector: str) -> list[dict]:
    prefixes = sectors_ref.hs_prefixes(sector)
    if not prefixes:
        return []
    name = sectors_ref.name_of(sector)
    return [{"id": sector, "name": name, "hs_code": prefixes[0], "sector": sector}]


def subject_for_profile(profile, registry: Registry, linked: pd.DataFrame | None = None) -> Subject:
    """A supplier profile's brief: its customers are the anchors; peers are the firms of
    its sector and the other known suppliers of those customers.

    ``linked`` is the supply_link table (supplier_id, customer_id), if any.
    """
    customers = list(dict.fromkeys(c.company_id for c in profile.customers))
    # a customer's subsidiaries (BYD's FinDreams) build its plants too: they are anchors
    anchors = list(dict.fromkeys(f for c in customers for f in registry.family(c)))
    peers = _sector_firms(registry, profile.sector)
    if linked is not None and not linked.empty:
        peers += linked.supplier_id[linked.customer_id.isin(anchors)].tolist()
    peers = [p for p in dict.fromkeys(peers) if p not in anchors]
    products = [{"id": p.id, "name": p.name, "hs_code": p.hs_code, "sector": p.sector or profile.sector}
                for p in profile.products]
    return Subject("profile", profile.name, profile.name_zh, profile.sector, anchors, peers,
                   products, origin=profile.home_country, profile=profile, named_ids=customers)


def _sector_firms(registry: Registry, sector: str) -> list[str]:
    family = set(sectors_ref.descendants(sector))
    table = registry.table
    return table.index[table.sector.isin(family)].tolist()


def subject_for_company(name: str, registry: Registry) -> Subject:
    """A company's brief: the firm with its subsidiaries; peers share its sector."""
    cid = registry.require(name)
    row = registry.get(cid)
    sector = row.sector or "other"
    family = registry.family(cid)
    peers = [p for p in _sector_firms(registry, sector) if p not in family]
    return Subject("company", row.name_en, row.name_zh or None, sector, family, peers,
                   _sector_products(sector), origin=row.home_iso3 or "CHN", exporter_id=cid)


def subject_for_sector(sector: str, registry: Registry) -> Subject:
    """A sector's brief: every registry firm of the sector (and its sub-sectors)."""
    sid = sectors_ref.require_sector(sector)
    name_zh = sectors_ref.sectors().loc[sid, "name_zh"] or None
    return Subject("sector", sectors_ref.name_of(sid), name_zh, sid,
                   _sector_firms(registry, sid), [], _sector_products(sid))


# -- gathering (I/O) ---------------------------------------------------------------------

@dataclass
class BriefData:
    """Everything the builders need, pulled from the store once."""

    subject: Subject
    moves: pd.DataFrame          # anchors' and peers' moves, with a ``role`` column
    facilities: pd.DataFrame     # with ``role``
    links: pd.DataFrame          # supply links touching the anchors
    flows: pd.DataFrame          # api.flows by year and region over the same moves
    flows_region: pd.DataFrame   # api.flows by region
    measures: pd.DataFrame       # the whole measure table with sources
    sources: pd.DataFrame        # every source row cited by the frames above
    companies: pd.DataFrame      # company_id, name_en, name_zh
    on: dt.date
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)  # hosts' country facts
    meta: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)   # filled by registered gatherers


def _role_of(ids_anchor: set[str], company_id: str | None) -> str:
    return "anchor" if company_id in ids_anchor else "peer"


def gather(store, subject: Subject, *, on: dt.date | None = None,
           dataset: str = "auto") -> BriefData:
    """Pull the frames of a brief from ``store`` (the only I/O of the brief)."""
    from chuhai import api
    from chuhai.measures.duties import load_measures
    from chuhai.sources.load import store_registry

    ids = list(dict.fromkeys(subject.anchor_ids + subject.peer_ids))
    anchors = set(subject.anchor_ids)
    empty = pd.DataFrame()
    if ids:
        moves = api.moves(store, companies=ids, dataset=dataset)
        # api.moves adds subsidiaries; keep the role of the firm the row names
        moves["role"] = [_role_of(anchors, c) for c in moves.company_id]
        fl = api.flows(store, by=["year", "region"], companies=ids, dataset=dataset)
        fr = api.flows(store, by=["region"], companies=ids, dataset=dataset)
        ph = ",".join("?" * len(ids))
        facilities = store.query(
            f"select * from facility where company_id in ({ph}) order by host_iso3, company_id", ids)
        facilities["role"] = [_role_of(anchors, c) for c in facilities.company_id]
        aph = ",".join("?" * len(subject.anchor_ids))
        links = store.query(
            f"select * from supply_link where customer_id in ({aph}) or supplier_id in ({aph}) "
            "order by customer_id, supplier_id", list(subject.anchor_ids) * 2) \
            if subject.anchor_ids else empty
    else:
        moves = facilities = links = fl = fr = empty
    measures = load_measures(store)
    hosts = sorted(set(moves.get("host_iso3", pd.Series(dtype=str)))
                   | set(facilities.get("host_iso3", pd.Series(dtype=str))))
    indicators = store.query(
        "select * from indicator where iso3 in (select unnest(?::VARCHAR[])) and code in "
        "(select unnest(?::VARCHAR[]))", [hosts, list(FACT_CODES)])
    cited = set()
    for frame in (moves, facilities, links, measures, indicators):
        if not frame.empty and "source_id" in frame:
            cited |= set(frame.source_id.dropna())
    sources = store.query("select source_id, kind, dataset, publisher, title, url, published, "
                          "parent_id, file_name from source where source_id in "
                          "(select unnest(?::VARCHAR[]))", [sorted(cited)])
    reg = store_registry(store)
    companies = reg.table[["company_id", "name_en", "name_zh"]].reset_index(drop=True)
    datasets = store.query("select distinct dataset from source order by 1").dataset.tolist()
    data = BriefData(subject, moves, facilities, links, fl, fr, measures, sources, companies,
                     on or dt.date.today(), indicators,
                     meta={"db": getattr(store, "path", ""), "datasets": datasets})
    for spec in SECTIONS:
        if spec.gather is not None:
            spec.gather(store, subject, data)
    return data


# -- building (pure) ---------------------------------------------------------------------

class BriefContext:
    """What a section builder works with: the data, the language, and the footnotes."""

    def __init__(self, data: BriefData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.refs: dict[str, int] = {}            # source id -> footnote number
        self.records: dict[str, list[str]] = {}   # source id -> record ids citing it
        self._src = data.sources.set_index("source_id") if not data.sources.empty else None
        self._names = data.companies.set_index("company_id") if not data.companies.empty else None
        self.sections: list[dict] = []            # the sections built so far

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def cite(self, source_id: str | None, record: str | None = None) -> list[int]:
        """The footnote number of a source (numbered in order of first use).

        Publications cited by several files (one source row each) share one footnote.
        """
        if not source_id or pd.isna(source_id):
            return []
        key = self._pub_key(source_id)
        if key not in self.refs:
            self.refs[key] = len(self.refs) + 1
            self.records[key] = []
        if record and record not in self.records[key]:
            self.records[key].append(record)
        return [self.refs[key]]

    def _pub_key(self, source_id: str) -> str:
        if self._src is None or source_id not in self._src.index:
            return source_id
        s = self._src.loc[source_id]
        return "|".join(str(x) for x in (s.publisher, s.title, s.published, s.url))

    def source_of(self, key: str) -> dict:
        if self._src is not None:
            for sid, s in self._src.iterrows():
                if self._pub_key(sid) == key:
                    return {"source_id": sid, "publisher": s.publisher, "title": s.title,
                            "url": s.url, "date": None if pd.isna(s.published) else str(s.published)[:10]}
        return {"source_id": key, "publisher": None, "title": key, "url": None, "date": None}

    # bilingual names: the reader's language first, the other in brackets
    def company(self, cid: str | None, fallback: str | None = None) -> str:
        if cid is None or pd.isna(cid) or self._names is None or cid not in self._names.index:
            return fallback or str(cid)
        row = self._names.loc[cid]
        return both(row.name_en, row.name_zh, self.lang)

    def country(self, iso3: str) -> str:
        return both(countries_ref.name_of(iso3, "en"), countries_ref.name_of(iso3, "zh"), self.lang)

    def sector(self, sid: str | None) -> str:
        if not sid or not sectors_ref.is_sector(sid):
            return sid or ""
        row = sectors_ref.sectors().loc[sid]
        return row.name_zh if self.lang == "zh" and row.name_zh else row.name_en

    def region(self, name: str) -> str:
        key = f"region.{name}"
        from chuhai.locale import has
        return self.t(key) if has(key) else str(name)


def both(en: str | None, zh: str | None, lang: str) -> str:
    """A name in the reader's language with the other in brackets.

    >>> both("BYD", "比亚迪", "en"), both("BYD", "比亚迪", "zh"), both("BYD", None, "zh")
    ('BYD (比亚迪)', '比亚迪（BYD）', 'BYD')
    """
    en = None if en is None or (isinstance(en, float) and pd.isna(en)) or en == "" else str(en)
    zh = None if zh is None or (isinstance(zh, float) and pd.isna(zh)) or zh == "" else str(zh)
    if en and zh and en != zh:
        return f"{zh}（{en}）" if lang == "zh" else f"{en} ({zh})"
    return en or zh or ""


def _num(v: Any) -> float | None:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _int(v: Any) -> int | None:
    n = _num(v)
    return None if n is None else int(n)


def fmt_value(v: float | None) -> str:
    """US$ millions as people write them.

    >>> fmt_value(8000.0), fmt_value(490.5), fmt_value(None)
    ('8,000', '490.5', '')
    """
    if v is None:
        return ""
    return f"{v:,.0f}" if abs(v) >= 1000 or v == int(v) else f"{v:,.1f}"


# -- the section builders ----------------------------------------------------------------

SectionBuilder = Callable[[BriefContext], "dict | None"]
Gatherer = Callable[[Any, Subject, BriefData], None]


@dataclass
class SectionSpec:
    name: str
    build: SectionBuilder
    gather: Gatherer | None = None


def build_overview(ctx: BriefContext) -> dict:
    d, s = ctx.data, ctx.data.subject
    mv = d.moves
    anchors = mv[mv.role == "anchor"] if not mv.empty else mv
    peers = mv[mv.role == "peer"] if not mv.empty else mv
    live = anchors[anchors.status != "cancelled"] if not anchors.empty else anchors
    value = float(live.value_usd_m.sum()) if not live.empty else 0.0
    hosts = live.host_iso3.value_counts() if not live.empty else pd.Series(dtype=int)
    facilities = d.facilities[d.facilities.role == "anchor"] if not d.facilities.empty else d.facilities
    followers = mv[mv.near_anchor_id.isin(s.anchor_ids)] if not mv.empty else mv
    role_key = f"summary.role.{s.kind}"
    named = s.named_ids or s.anchor_ids
    names = ", ".join(ctx.company(c) for c in named[:8]) + (" …" if len(named) > 8 else "")
    lines = [ctx.t("summary.anchors", role=ctx.t(role_key), names=names or ctx.t("brief.nobody")),
             ctx.t("summary.moves", n_moves=len(live), n_hosts=len(hosts),
                   value=fmt_value(value) or "0", n_facilities=len(facilities))]
    if len(hosts):
        top = ", ".join(f"{ctx.country(h)} {n}" for h, n in hosts.head(5).items())
        lines.append(ctx.t("summary.top_hosts", hosts=top))
    if s.peer_ids:
        lines.append(ctx.t("summary.peers", n_peers=peers.company_id.nunique() if not peers.empty else 0,
                           n_moves=len(peers), n_followers=len(followers)))
    worst = _worst_duty(ctx)
    if worst:
        lines.append(ctx.t("summary.measures", **worst))
    elif s.products:
        lines.append(ctx.t("summary.no_measures"))
    facts = [
        {"label": ctx.t("fact.moves"), "value": len(live), "link": "#footprint"},
        {"label": ctx.t("fact.hosts"), "value": len(hosts), "link": "#footprint"},
        {"label": ctx.t("fact.value"), "value": fmt_value(value) or "0", "link": "#flows"},
        {"label": ctx.t("fact.facilities"), "value": len(facilities), "link": "#footprint"},
    ]
    if s.peer_ids:
        facts += [{"label": ctx.t("fact.peer_moves"), "value": len(peers), "link": "#footprint"},
                  {"label": ctx.t("fact.followers"), "value": len(followers), "link": "#footprint"}]
    ctx.summary = lines
    return {"id": "overview", "title": ctx.t("section.overview"),
            "blocks": [{"type": "facts", "items": facts},
                       {"type": "text", "text": " ".join(lines)}]}


def _duty_rows(ctx: BriefContext) -> list[dict]:
    """One row per (market, product): the duty lookup of measures/duties.py."""
    cached = getattr(ctx, "_duty_rows", None)
    if cached is not None:
        return cached
    d, s = ctx.data, ctx.data.subject
    rows: list[dict] = []
    if s.products:
        for market in markets(d):
            for p in s.products:
                b = duty(d.measures, market, s.origin, p["hs_code"], d.on,
                         company_id=s.exporter_id, sector=p.get("sector"))
                rows.append({"market": market, "product": p, "duty": b})
    ctx._duty_rows = rows
    return rows


def markets(data: BriefData) -> list[str]:
    """The markets a brief checks: anchors' host countries (most moves first), then the
    single countries that impose measures in the store."""
    out: list[str] = []
    mv = data.moves
    if not mv.empty:
        anchors = mv[(mv.role == "anchor") & (mv.status != "cancelled")]
        out += anchors.host_iso3.value_counts().index.tolist()
    if not data.facilities.empty:
        out += data.facilities[data.facilities.role == "anchor"].host_iso3.tolist()
    if not data.measures.empty:
        out += sorted(i for i in data.measures.imposer.dropna().unique()
                      if countries_ref.is_country(i))
    origin = data.subject.origin
    return [m for m in dict.fromkeys(out) if m != origin][:24]


def _worst_duty(ctx: BriefContext) -> dict | None:
    rows = [r for r in _duty_rows(ctx) if r["duty"].extra or r["duty"].mfn_known
            or r["duty"].preferential]
    if not rows:
        return None
    worst = max(rows, key=lambda r: r["duty"].total_pct)
    n = len({e["measure_id"] for r in _duty_rows(ctx) for e in r["duty"].extra})
    return {"worst": ctx.country(worst["market"]), "product": worst["product"]["name"],
            "total": f"{worst['duty'].total_pct:g}", "n_measures": n}


def _move_row(ctx: BriefContext, m) -> dict:
    return {"company": ctx.company(m.company_id, m.company_name),
            "role": ctx.t(f"role.{m.role}"),
            "host": ctx.country(m.host_iso3), "city": m.city if isinstance(m.city, str) else "",
            "type": ctx.t(f"move_type.{m.move_type}"), "sector": ctx.sector(m.sector),
            "year": _int(m.year), "value": _num(m.value_usd_m),
            "status": ctx.t(f"status.{m.status}"),
            "near": ctx.company(m.near_anchor_id) if isinstance(m.near_anchor_id, str) else "",
            "refs": ctx.cite(m.source_id, f"move:{m.move_id}"), "id": m.move_id}


def build_footprint(ctx: BriefContext) -> dict:
    d = ctx.data
    mv = d.moves
    blocks: list[dict] = [{"type": "text", "text": ctx.t("footprint.intro")}]
    # the map: facilities by coordinates, host countries coloured by who went there
    hosts: dict[str, str] = {}
    for frame in (mv[mv.status != "cancelled"] if not mv.empty else mv, d.facilities):
        for iso, role in zip(frame.get("host_iso3", []), frame.get("role", [])):
            hosts[iso] = role if hosts.get(iso, role) == role else "both"
    points = []
    for f in d.facilities.itertuples() if not d.facilities.empty else []:
        if _num(f.lat) is None:
            continue
        points.append({"lat": float(f.lat), "lon": float(f.lon), "role": f.role,
                       "label": f"{ctx.company(f.company_id)} · {f.name or ''} · "
                                f"{f.city or ''}, {ctx.country(f.host_iso3)}",
                       "refs": ctx.cite(f.source_id, f"facility:{f.facility_id}")})
    counts = mv[mv.status != "cancelled"].host_iso3.value_counts() if not mv.empty else {}
    bubbles = [{"iso3": iso, "count": int(n),
                "label": ctx.t("map.bubble", host=ctx.country(iso), n=int(n))}
               for iso, n in (counts.items() if len(counts) else [])]
    blocks.append({"type": "map", "title": ctx.t("map.title"), "countries": hosts,
                   "points": points, "bubbles": bubbles,
                   "legend": {k: ctx.t(f"map.{k}")
                              for k in ("anchor", "peer", "both", "facility", "moves")}})
    cols = [("company", "col.company"), ("role", "col.role"), ("host", "col.host"),
            ("city", "col.city"), ("type", "col.type"), ("year", "col.year"),
            ("value", "col.value"), ("status", "col.status"), ("refs", "col.refs")]
    if not mv.empty:
        ordered = mv.assign(_r=(mv.role != "anchor")).sort_values(
            ["_r", "company_id", "year"], ascending=[True, True, False], na_position="last")
        rows = [_move_row(ctx, m) for m in ordered.itertuples()]
    else:
        rows = []
    blocks.append(_table(ctx, "footprint.moves", cols, rows, numeric={"year", "value"}))
    if not d.facilities.empty:
        frows = [{"company": ctx.company(f.company_id), "name": f.name or "",
                  "kind": f.kind, "host": ctx.country(f.host_iso3),
                  "city": f.city or "",
                  "capacity": (f"{_num(f.capacity):,g} {f.capacity_unit or ''}".strip()
                               if _num(f.capacity) is not None else ""),
                  "status": ctx.t(f"status.{f.status}"), "start": _int(f.start_year),
                  "refs": ctx.cite(f.source_id, f"facility:{f.facility_id}")}
                 for f in d.facilities.itertuples()]
        blocks.append(_table(ctx, "footprint.facilities",
                             [("company", "col.company"), ("name", "col.name"), ("kind", "col.kind"),
                              ("host", "col.host"), ("city", "col.city"), ("capacity", "col.capacity"),
                              ("status", "col.status"), ("start", "col.start"), ("refs", "col.refs")],
                             frows, numeric={"start"}))
    if not mv.empty:
        followers = mv[mv.near_anchor_id.isin(d.subject.anchor_ids)]
        if not followers.empty:
            blocks.append(_table(ctx, "footprint.followers",
                                 [("company", "col.supplier"), ("near", "col.near"), ("host", "col.host"),
                                  ("city", "col.city"), ("year", "col.year"), ("refs", "col.refs")],
                                 [_move_row(ctx, m) for m in followers.itertuples()], numeric={"year"}))
    if not d.links.empty:
        lrows = [{"supplier": ctx.company(x.supplier_id), "customer": ctx.company(x.customer_id),
                  "product": x.product or "", "hs": x.hs_code or "",
                  "refs": ctx.cite(x.source_id, f"supply_link:{x.link_id}")}
                 for x in d.links.itertuples()]
        blocks.append(_table(ctx, "footprint.links",
                             [("supplier", "col.supplier"), ("customer", "col.customer"),
                              ("product", "col.product"), ("hs", "col.hs"), ("refs", "col.refs")], lrows))
    facts = host_facts(ctx)
    if facts:
        blocks.append(_table(ctx, "footprint.hosts",
                             [("host", "col.host"), ("gdp", "col.gdp"), ("pop", "col.pop"),
                              ("growth", "col.growth"), ("year", "col.year"), ("refs", "col.refs")],
                             facts, numeric={"gdp", "pop", "growth", "year"}))
    return {"id": "footprint", "title": ctx.t("section.footprint"), "blocks": blocks}


def host_facts(ctx: BriefContext) -> list[dict]:
    """GDP (US$ bn), population (m) and GDP growth (%) of each host, latest year each."""
    ind = ctx.data.indicators
    if ind.empty:
        return []
    rows = []
    latest = ind.sort_values("year").groupby(["iso3", "code"], as_index=False).tail(1)
    for iso3, grp in latest.groupby("iso3"):
        by = grp.set_index("code")
        get = lambda c: float(by.loc[c, "value"]) if c in by.index else None  # noqa: E731
        gdp, pop, growth = get(FACT_CODES[0]), get(FACT_CODES[1]), get(FACT_CODES[2])
        refs = sorted({n for r in grp.itertuples()
                       for n in ctx.cite(r.source_id, f"indicator:{iso3}:{r.year}:{r.code}")})
        rows.append({"host": ctx.country(iso3),
                     "gdp": round(gdp / 1e9, 1) if gdp is not None else None,
                     "pop": round(pop / 1e6, 1) if pop is not None else None,
                     "growth": round(growth, 1) if growth is not None else None,
                     "year": "/".join(str(y) for y in sorted(set(grp.year))), "refs": refs})
    return sorted(rows, key=lambda r: -(r["gdp"] or 0))


def _table(ctx: BriefContext, title_key: str, cols, rows, numeric=frozenset()) -> dict:
    return {"type": "table", "title": ctx.t(title_key),
            "columns": [{"key": k, "label": ctx.t(lbl), "numeric": k in numeric} for k, lbl in cols],
            "rows": rows}


def build_flows(ctx: BriefContext) -> dict:
    d = ctx.data
    blocks: list[dict] = [{"type": "text", "text": ctx.t("flows.intro")}]
    fl, fr = d.flows, d.flows_region
    if fl.empty or float(fl.value_usd_m.sum()) == 0:
        blocks.append({"type": "text", "text": ctx.t("flows.no_value")})
        return {"id": "flows", "title": ctx.t("section.flows"), "blocks": blocks}
    fl = fl[fl.year.notna()]
    years = sorted(int(y) for y in fl.year.unique())
    regions = fr.sort_values("value_usd_m", ascending=False).region.tolist()
    series = []
    for r in regions:
        sub = fl[fl.region == r].set_index("year").value_usd_m
        series.append({"name": ctx.region(r), "key": r,
                       "values": [float(sub.get(y, 0.0)) for y in years]})
    blocks.append({"type": "bars", "title": ctx.t("flows.chart"), "categories": years,
                   "series": series, "unit": "US$ m"})
    # which moves each region's figure adds up (flows' own filter: not cancelled)
    mv = d.moves
    live = mv[(mv.status != "cancelled") & ~mv.troubled.astype(bool)] if not mv.empty else mv
    region_of = {iso: countries_ref.countries().loc[iso, "region"]
                 for iso in live.host_iso3.unique() if countries_ref.is_country(iso)}
    rows = []
    for r in fr.sort_values("value_usd_m", ascending=False).itertuples():
        members = live[live.host_iso3.map(region_of) == r.region]
        refs = sorted({n for m in members.itertuples()
                       for n in ctx.cite(m.source_id, f"move:{m.move_id}")})
        rows.append({"region": ctx.region(r.region), "value": float(r.value_usd_m),
                     "count": int(r.count), "share": f"{r.share:.0%}" if pd.notna(r.share) else "",
                     "refs": refs})
    rows.append({"region": ctx.t("flows.total"), "value": float(fr.value_usd_m.sum()),
                 "count": int(fr["count"].sum()), "share": "100%", "refs": []})
    blocks.append(_table(ctx, "section.flows",
                         [("region", "col.region"), ("value", "col.value"), ("count", "col.count"),
                          ("share", "col.share"), ("refs", "col.refs")], rows,
                         numeric={"value", "count"}))
    return {"id": "flows", "title": ctx.t("section.flows"), "blocks": blocks,
            "total_usd_m": float(fr.value_usd_m.sum())}


def build_measures(ctx: BriefContext) -> dict:
    d, s = ctx.data, ctx.data.subject
    blocks: list[dict] = [{"type": "text", "text": ctx.t(
        "measures.intro", date=d.on.isoformat(), origin=ctx.country(s.origin))}]
    by_id = d.measures.set_index("measure_id") if not d.measures.empty else None
    rows, unknown = [], []
    for r in _duty_rows(ctx):
        b, p = r["duty"], r["product"]
        if not (b.mfn_known or b.preferential or b.extra):
            # nothing known for this market: say so instead of printing a 0% duty
            unknown.append(r["market"])
            continue
        mrefs, titles = [], []
        mfn_ids = []
        if by_id is not None:
            mfn = d.measures[(d.measures.kind == "mfn")]
            # the MFN row(s) behind the rate, for its footnote
            from chuhai.measures.duties import applicable
            hits = applicable(mfn, r["market"], s.origin, p["hs_code"], d.on, s.exporter_id,
                              p.get("sector"))
            mfn_ids = hits.measure_id.tolist() if not hits.empty else []
        for mid in mfn_ids + [e["measure_id"] for e in b.extra]:
            src = by_id.loc[mid, "source_id"] if by_id is not None and mid in by_id.index else None
            mrefs += ctx.cite(src, f"measure:{mid}")
        for e in b.extra:
            titles.append(f"{e['title']} (+{e['rate_pct']:g}%)")
        if b.preferential:
            bloc = ctx.t(f"bloc.{b.preferential}") if b.preferential else ""
            titles.append(ctx.t("measures.free", bloc=bloc))
        rows.append({"market": ctx.country(r["market"]), "product": p["name"], "hs": p["hs_code"],
                     "mfn": b.mfn_pct if (b.mfn_known or b.preferential) else None,
                     "extra": b.extra_pct, "total": b.total_pct,
                     "measures": "; ".join(titles), "refs": sorted(set(mrefs)),
                     "measure_ids": mfn_ids + b.measure_ids})
    rows.sort(key=lambda x: (-x["total"], x["market"]))
    blocks.append(_table(ctx, "section.measures",
                         [("market", "col.market"), ("product", "col.product"), ("hs", "col.hs"),
                          ("mfn", "col.mfn"), ("extra", "col.extra"), ("total", "col.total"),
                          ("measures", "col.measures"), ("refs", "col.refs")], rows,
                         numeric={"mfn", "extra", "total"}))
    if unknown:
        names = ", ".join(ctx.country(m) for m in dict.fromkeys(unknown))
        blocks.append({"type": "text", "text": ctx.t("measures.unknown", markets=names)})
    return {"id": "measures", "title": ctx.t("section.measures"), "blocks": blocks}


def build_evidence(ctx: BriefContext) -> dict:
    items = []
    for key, n in sorted(ctx.refs.items(), key=lambda kv: kv[1]):
        src = ctx.source_of(key)
        items.append({"n": n, **src, "records": ctx.records.get(key, [])})
    return {"id": "evidence", "title": ctx.t("section.evidence"),
            "blocks": [{"type": "text", "text": ctx.t("evidence.intro")},
                       {"type": "sources", "items": items,
                        "labels": {"records": ctx.t("evidence.records")}}]}


#: The ordered section builders. ``evidence`` stays last: it lists what the others cited.
SECTIONS: list[SectionSpec] = [
    SectionSpec("overview", build_overview),
    SectionSpec("footprint", build_footprint),
    SectionSpec("flows", build_flows),
    SectionSpec("measures", build_measures),
    SectionSpec("evidence", build_evidence),
]


def register_section(name: str, build: SectionBuilder, *, gather: Gatherer | None = None,
                     before: str = "evidence") -> None:
    """Add (or replace) a section builder, placed before ``before``.

    ``gather(store, subject, data)`` runs during :func:`gather` and may put frames into
    ``data.extras[name]``; ``build(ctx)`` returns the section dict or None to skip it.
    """
    SECTIONS[:] = [s for s in SECTIONS if s.name != name]
    names = [s.name for s in SECTIONS]
    at = names.index(before) if before in names else len(SECTIONS)
    SECTIONS.insert(at, SectionSpec(name, build, gather))


def build_brief(data: BriefData, lang: str = "en") -> dict:
    """The brief as a plain dict (pure: no store access).

    Returns
    -------
    dict with ``title``, ``subtitle``, ``lang``, ``subject``, ``summary`` (lines for the
    terminal), ``sections`` (each ``{"id", "title", "blocks"}``) and ``meta``.
    """
    if lang not in ("en", "zh"):
        raise InputError(f"unknown language {lang!r}; choose en or zh", field="--lang")
    s = data.subject
    ctx = BriefContext(data, lang)
    ctx.summary = []
    sections = []
    for spec in SECTIONS:
        section = spec.build(ctx)
        if section:
            sections.append(section)
            ctx.sections.append(section)
    name = both(s.name, s.name_zh, lang)
    sub_key = f"brief.subtitle.{s.kind}"
    subtitle = ctx.t(sub_key, sector=ctx.sector(s.sector),
                     n_customers=len(s.named_ids or s.anchor_ids))
    from importlib.metadata import PackageNotFoundError, version
    try:
        ver = version("chuhai")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        ver = "dev"
    return {
        "title": ctx.t("brief.title", name=name), "subtitle": subtitle, "lang": lang,
        "subject": {"kind": s.kind, "name": s.name, "name_zh": s.name_zh, "sector": s.sector,
                    "anchors": s.anchor_ids, "peers": s.peer_ids, "products": s.products,
                    "origin": s.origin},
        "summary": ctx.summary,
        "sections": sections,
        "meta": {"on": data.on.isoformat(), "generated": ctx.t(
            "brief.generated", date=data.on.isoformat(), version=ver,
            db=data.meta.get("db", ""), datasets=", ".join(data.meta.get("datasets", []))),
            "refs_note": ctx.t("brief.refs_note"), "toc": ctx.t("brief.toc"),
            "na": ctx.t("brief.na"), "none": ctx.t("brief.none")},
    }


def make_subject(store, *, company: str | None = None, sector: str | None = None,
                 profile: str | None = None) -> Subject:
    """Resolve exactly one of company / sector / profile into a :class:`Subject`."""
    from chuhai.follow.profile import load_profile
    from chuhai.sources.load import store_registry

    given = [x for x in (company, sector, profile) if x]
    if len(given) != 1:
        raise InputError("give exactly one of --company, --sector, --profile (or --example)")
    reg = store_registry(store)
    if company:
        return subject_for_company(company, reg)
    if sector:
        try:
            return subject_for_sector(sector, reg)
        except NotFoundError:
            raise
    prof = load_profile(profile, registry=reg)
    links = store.query("select supplier_id, customer_id from supply_link")
    return subject_for_profile(prof, reg, links)
