"""Which measures apply to a shipment, and the ad-valorem duty it pays.

A shipment is (importer, origin, HS code, date, exporting firm). The duty is the MFN rate
of the importer (waived inside a customs union or free-trade bloc, see
:data:`FREE_TRADE_BLOCS`) plus every additional measure in force on goods of that origin
and scope: tariffs, anti-dumping, anti-subsidy and safeguard duties. Firm-specific rates
(e.g. the EU's countervailing duties on battery EVs by company) replace the origin-wide
rate of the same measure family for the firms they name; a firm not named pays the
highest origin-wide rate of that family (the residual rate).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from chuhai.reference.countries import blocs_of

#: Blocs whose members trade goods among themselves free of duty (customs unions and
#: FTAs in force). RCEP is left out: its tariff cuts are phased and partial.
FREE_TRADE_BLOCS = ("EU", "ASEAN", "USMCA", "MERCOSUR", "GCC", "EAEU")
#: Measures that add to the duty; the others (screening, local content) are frictions
#: the ranking counts but that do not change a landed cost.
DUTY_KINDS = ("tariff", "anti_dumping", "anti_subsidy", "safeguard")


@dataclass
class DutyBreakdown:
    """The duty on one shipment, with the measures behind it."""

    total_pct: float
    mfn_pct: float
    mfn_known: bool
    preferential: str | None          # the bloc that waives MFN, if any
    extra: list[dict] = field(default_factory=list)  # measure_id, kind, title, rate_pct

    @property
    def extra_pct(self) -> float:
        return sum(e["rate_pct"] for e in self.extra)

    @property
    def measure_ids(self) -> list[str]:
        return [e["measure_id"] for e in self.extra]


def load_measures(store) -> pd.DataFrame:
    """All measures in the store, with their source citation."""
    return store.query(
        "select m.*, s.publisher as source_publisher, s.title as source_title, "
        "s.url as source_url, s.published as source_date from measure m "
        "left join source s using (source_id)")


def _as_date(value) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        return None


def _imposer_matches(imposer: str, importer: str) -> bool:
    return imposer == importer or imposer in blocs_of(importer)


def _hs_matches(prefixes, hs_code: str | None) -> bool:
    if prefixes is None or len(prefixes) == 0:
        return True  # a measure without HS scope covers the whole sector it names
    if not hs_code:
        return False
    code = str(hs_code).replace(".", "")
    return any(code.startswith(str(p).replace(".", "")) or str(p).replace(".", "").startswith(code)
               for p in prefixes)


def in_force(row, on: dt.date) -> bool:
    start, end = _as_date(row.start_date), _as_date(row.end_date)
    return (start is None or start <= on) and (end is None or on < end)


def applicable(measures: pd.DataFrame, importer: str, origin: str, hs_code: str | None,
               on: dt.date, company_id: str | None = None, sector: str | None = None
               ) -> pd.DataFrame:
    """Measures of ``importer`` in force on ``on`` that hit goods of this origin and scope.

    Parameters
    ----------
    measures
        Rows of the measure table.
    importer, origin
        ISO3 codes. A measure imposed by a bloc (``EU``) applies to its members.
    hs_code
        The good's HS code (any length); a measure matches when one code is a prefix of
        the other. Measures with no HS codes match by ``sector`` instead.
    company_id
        The exporting firm, for firm-specific rates.

    Examples
    --------
    >>> m = pd.DataFrame([dict(measure_id="x", imposer="EU", kind="anti_subsidy", title="t",
    ...     hs_codes=["870380"], origin_iso3="CHN", target_firms=[], rate_pct=20.7,
    ...     start_date="2024-10-30", end_date=None, sector="ev")])
    >>> applicable(m, "HUN", "CHN", "87038010", dt.date(2025, 1, 1)).measure_id.tolist()
    ['x']
    >>> applicable(m, "HUN", "KOR", "87038010", dt.date(2025, 1, 1)).empty
    True
    """
    if measures.empty:
        return measures
    from chuhai.reference.sectors import ancestors
    keep = []
    sector_chain = set(ancestors(sector)) if sector else set()
    for row in measures.itertuples(index=False):
        if not _imposer_matches(row.imposer, importer) or not in_force(row, on):
            continue
        origin_ok = row.origin_iso3 is None or pd.isna(row.origin_iso3) or row.origin_iso3 == origin
        if not origin_ok:
            continue
        hs = row.hs_codes
        if hs is None or len(hs) == 0:
            if not (sector_chain and getattr(row, "sector", None) in sector_chain):
                continue
        elif not _hs_matches(hs, hs_code):
            continue
        targets = list(row.target_firms) if row.target_firms is not None else []
        if targets and company_id not in targets:
            keep.append((row, "other_firm"))
            continue
        keep.append((row, "firm" if targets else "wide"))
    if not keep:
        return measures.iloc[0:0]
    frame = pd.DataFrame([r._asdict() for r, _ in keep])
    frame["_scope"] = [s for _, s in keep]
    # firm-specific rows replace origin-wide ones of the same family; a firm not named
    # pays the highest origin-wide rate of the family
    out = []
    for _, fam in frame.groupby(["imposer", "kind", frame.origin_iso3.fillna("*")], sort=False):
        firm = fam[fam._scope == "firm"]
        wide = fam[fam._scope == "wide"]
        if len(firm):
            out.append(firm)
        elif len(wide):
            if wide.kind.iloc[0] in DUTY_KINDS and wide.origin_iso3.notna().all():
                out.append(wide.sort_values("rate_pct", ascending=False).head(1))
            else:
                out.append(wide)
    result = pd.concat(out, ignore_index=True) if out else frame.iloc[0:0]
    return result.drop(columns="_scope")


def duty(measures: pd.DataFrame, importer: str, origin: str, hs_code: str | None, on: dt.date,
         company_id: str | None = None, sector: str | None = None) -> DutyBreakdown:
    """The ad-valorem duty (percent) on goods of ``origin`` entering ``importer``.

    >>> m = pd.DataFrame([
    ...   dict(measure_id="eu-mfn-cars", imposer="EU", kind="mfn", title="EU MFN", hs_codes=["8703"],
    ...        origin_iso3=None, target_firms=[], rate_pct=10.0, start_date=None, end_date=None, sector="autos"),
    ...   dict(measure_id="eu-cvd-byd", imposer="EU", kind="anti_subsidy", title="CVD", hs_codes=["870380"],
    ...        origin_iso3="CHN", target_firms=["byd"], rate_pct=17.0, start_date="2024-10-30", end_date=None, sector="ev")])
    >>> d = duty(m, "DEU", "CHN", "870380", dt.date(2025, 1, 1), company_id="byd")
    >>> d.total_pct, d.mfn_pct, d.measure_ids
    (27.0, 10.0, ['eu-cvd-byd'])
    >>> duty(m, "DEU", "HUN", "870380", dt.date(2025, 1, 1)).total_pct
    0.0
    """
    if importer == origin:
        return DutyBreakdown(0.0, 0.0, True, "domestic")
    shared = set(blocs_of(importer)) & set(blocs_of(origin)) & set(FREE_TRADE_BLOCS)
    if shared:
        return DutyBreakdown(0.0, 0.0, True, sorted(shared)[0])
    hits = applicable(measures, importer, origin, hs_code, on, company_id, sector)
    mfn_rows = hits[hits.kind == "mfn"] if not hits.empty else hits
    mfn = float(mfn_rows.rate_pct.max()) if len(mfn_rows) else 0.0
    extra = []
    if not hits.empty:
        for row in hits[hits.kind.isin(DUTY_KINDS)].itertuples(index=False):
            if row.rate_pct is None or pd.isna(row.rate_pct):
                continue
            extra.append({"measure_id": row.measure_id, "kind": row.kind, "title": row.title,
                          "rate_pct": float(row.rate_pct)})
    total = mfn + sum(e["rate_pct"] for e in extra)
    return DutyBreakdown(total, mfn, bool(len(mfn_rows)), None, extra)
