"""chuhai's own CSV/YAML templates: companies, moves, facilities, supply links, measures,
indicators (the columns are documented in docs/templates.md, the contract).

Each row cites its publication in four ``source_*`` columns. One ``source`` row is made per
distinct (publisher, title, date, url) of a file, with ``parent_id`` = the file's own
source, so a file with many cited publications still imports in one transaction and
re-importing it replaces exactly its rows.

A bad row is reported (file, 1-based row, field) and skipped; an unknown or missing column
stops the file, because a typo in a header would otherwise silently drop a whole column.

>>> imp = for_kind("moves")
>>> imp.kind, imp.table, imp.dataset
('moves', 'move', 'user')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import yaml

from chuhai.reference.companies import Registry
from chuhai.reference.countries import BLOCS, to_iso3
from chuhai.reference.sectors import is_sector
from chuhai.sources.files import read_text_table, sha256_of
from chuhai.sources.report import FileProblem, ImportReport
from chuhai.vocab import FACILITY_KINDS, MEASURE_KINDS, MOVE_STATUSES, MOVE_TYPES
from chuhai.sources.files import load_yaml

SOURCE_COLUMNS = ("source_publisher", "source_title", "source_date", "source_url")
#: source columns a file must have (the url may be absent for offline sources)
SOURCE_REQUIRED = ("source_publisher", "source_title", "source_date")

#: kind -> (table, columns, required columns); the order is the docs' order.
KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "companies": ("company", (
        "company_id", "name_en", "name_zh", "aliases", "home_iso3", "sector", "parent_id",
        "listings"), ("company_id", "name_en")),
    "moves": ("move", (
        "move_id", "company", "host_country", "city", "move_type", "sector", "value_usd_m",
        "value_amount", "value_currency", "share_pct", "year", "month", "status", "partner",
        "near_anchor", "note"), ("company", "host_country", "move_type", "sector")),
    "facilities": ("facility", (
        "facility_id", "company", "name", "kind", "host_country", "city", "lat", "lon",
        "product", "sector", "capacity", "capacity_unit", "status", "start_year", "move_id"),
        ("facility_id", "company", "host_country")),
    "supply-links": ("supply_link", (
        "supplier", "customer", "product", "hs_code", "share_of_sales"),
        ("supplier", "customer")),
    "measures": ("measure", (
        "measure_id", "imposer", "kind", "title", "products", "sector", "hs_codes", "origin",
        "target_firms", "rate_pct", "rate_note", "start_date", "end_date"),
        ("measure_id", "imposer", "kind", "title")),
    "indicators": ("indicator", ("country", "year", "code", "value"),
                   ("country", "year", "code", "value")),
}
KIND_NAMES: tuple[str, ...] = tuple(KINDS)

_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_.:\-]*$")
_HS_RE = re.compile(r"^\d{2,10}$")


class RowProblem(Exception):
    """One bad value in one row: the row is skipped and the problem reported."""

    def __init__(self, code: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code, self.field = code, field


# -- value parsers (pure; each raises RowProblem naming the field) ----------------------

def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        str(value).strip() == ""


def text(value: Any) -> str | None:
    """A trimmed string, or None for an empty cell.

    >>> text("  Szeged "), text("")
    ('Szeged', None)
    """
    return None if _blank(value) else str(value).strip()


def number(value: Any, field: str, *, minimum: float | None = None,
           maximum: float | None = None) -> float | None:
    """A finite number (``1,234.5`` allowed), or None for an empty cell.

    >>> number("1,740", "value_usd_m"), number("", "x")
    (1740.0, None)
    """
    if _blank(value):
        return None
    raw = str(value).strip().replace(",", "")
    try:
        num = float(raw)
    except ValueError:
        raise RowProblem("bad-number", field, f"{value!r} is not a number") from None
    if not math.isfinite(num):
        raise RowProblem("bad-number", field, f"{value!r} is not a finite number")
    if minimum is not None and num < minimum:
        code = "negative-number" if minimum == 0 else "bad-number"
        raise RowProblem(code, field, f"{num:g} is below the smallest allowed value {minimum:g}")
    if maximum is not None and num > maximum:
        raise RowProblem("bad-number", field, f"{num:g} is above the largest allowed value {maximum:g}")
    return num


def year(value: Any, field: str = "year") -> int | None:
    """A year between 1900 and 2100.

    >>> year("2024"), year("2024.0")
    (2024, 2024)
    """
    if _blank(value):
        return None
    try:
        y = float(str(value).strip())
    except ValueError:
        raise RowProblem("bad-year", field, f"{value!r} is not a year") from None
    if y != int(y) or not 1900 <= y <= 2100:
        raise RowProblem("bad-year", field, f"{value!r} is not a year between 1900 and 2100")
    return int(y)


def date(value: Any, field: str) -> dt.date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the first day of the period).

    >>> date("2024-10-30", "d"), date("2024-05", "d"), date("2024", "d")
    (datetime.date(2024, 10, 30), datetime.date(2024, 5, 1), datetime.date(2024, 1, 1))
    """
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):  # YAML gives dates already parsed
        return value
    raw = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise RowProblem("bad-date", field, f"{value!r} is not a date YYYY-MM-DD (or YYYY-MM, YYYY)")


def split_list(value: Any) -> list[str]:
    """``|``-separated cell (or a YAML list) -> list of trimmed non-empty strings.

    >>> split_list("854142| 854143"), split_list(None)
    (['854142', '854143'], [])
    """
    if _blank(value):
        return []
    items = value if isinstance(value, list) else str(value).split("|")
    return [str(i).strip() for i in items if str(i).strip()]


def country(value: Any, field: str, *, required: bool = True) -> str | None:
    if _blank(value):
        if required:
            raise RowProblem("missing-value", field, "is required")
        return None
    iso = to_iso3(str(value))
    if iso is None:
        raise RowProblem("unknown-country", field,
                         f"unknown country {value!r}; give an ISO3 code (e.g. HUN) or an English name")
    return iso


def sector(value: Any, field: str = "sector", *, required: bool = True) -> str | None:
    if _blank(value):
        if required:
            raise RowProblem("missing-value", field, "is required")
        return None
    key = str(value).strip()
    if not is_sector(key):
        raise RowProblem("unknown-sector", field, f"unknown sector {key!r}; run `chuhai sectors`")
    return key


def choice(value: Any, field: str, options: tuple[str, ...], code: str, *,
           default: str | None = None) -> str:
    if _blank(value):
        if default is None:
            raise RowProblem("missing-value", field, "is required")
        return default
    key = str(value).strip()
    if key not in options:
        raise RowProblem(code, field, f"{key!r} is not one of {', '.join(options)}")
    return key


def company(registry: Registry, value: Any, field: str, *, required: bool = True) -> str | None:
    if _blank(value):
        if required:
            raise RowProblem("missing-value", field, "is required")
        return None
    match = registry.resolve(str(value))
    if match.company_id is None:
        raise RowProblem("unknown-company", field,
                         f"no company matches {value!r}; add it with a companies template "
                         "(`chuhai import companies FILE`) or fix the name")
    return match.company_id


def hs_code(value: Any, field: str) -> str:
    code = str(value).strip().replace(".", "")
    if not _HS_RE.match(code):
        raise RowProblem("bad-value", field, f"{value!r} is not an HS code (2-10 digits)")
    return code


def slug(value: Any, field: str) -> str:
    key = str(value).strip()
    if not _SLUG_RE.match(key):
        raise RowProblem("bad-value", field, f"{key!r} is not a slug (lower-case letters, "
                         "digits, '_', '-', '.', ':')")
    return key


def short_hash(*parts: Any, n: int = 16) -> str:
    """A stable short hex digest of the parts (None and '' hash alike).

    >>> short_hash("a", None) == short_hash("a", "")
    True
    """
    joined = "\x1f".join("" if _blank(p) else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:n]


# -- one parser per kind; each maps a row (dict of cells) to a record dict --------------

Row = dict[str, Any]


def _company_row(row: Row, reg: Registry, file_ids: set[str]) -> dict:
    cid = slug(row.get("company_id"), "company_id")
    parent = text(row.get("parent_id"))
    if parent and parent not in file_ids and parent not in reg.table.index:
        raise RowProblem("unknown-company", "parent_id",
                         f"parent {parent!r} is neither in this file nor in the registry")
    return {"company_id": cid, "name_en": text(row.get("name_en")),
            "name_zh": text(row.get("name_zh")), "aliases": split_list(row.get("aliases")),
            "home_iso3": country(row.get("home_iso3"), "home_iso3", required=False) or "CHN",
            "sector": sector(row.get("sector"), required=False), "parent_id": parent,
            "listings": "|".join(split_list(row.get("listings"))) or None}


def _move_row(row: Row, reg: Registry, file_key: str) -> dict:
    cid = company(reg, row.get("company"), "company")
    host = country(row.get("host_country"), "host_country")
    rec = {
        "company_id": cid, "company_name": text(row.get("company")), "host_iso3": host,
        "city": text(row.get("city")),
        "move_type": choice(row.get("move_type"), "move_type", MOVE_TYPES, "unknown-move-type"),
        "sector": sector(row.get("sector")),
        "value_usd_m": number(row.get("value_usd_m"), "value_usd_m", minimum=0),
        "value_amount": number(row.get("value_amount"), "value_amount", minimum=0),
        "value_currency": text(row.get("value_currency")),
        "share_pct": number(row.get("share_pct"), "share_pct", minimum=0, maximum=100),
        "year": year(row.get("year")),
        "month": None,
        "status": choice(row.get("status"), "status", MOVE_STATUSES, "unknown-status",
                         default="unknown"),
        "partner": text(row.get("partner")),
        "near_anchor_id": company(reg, row.get("near_anchor"), "near_anchor", required=False),
        "note": text(row.get("note")),
    }
    month = number(row.get("month"), "month", minimum=1, maximum=12)
    if month is not None:
        if month != int(month):
            raise RowProblem("bad-value", "month", f"{month:g} is not a month 1-12")
        rec["month"] = int(month)
    if rec["value_amount"] is not None and not rec["value_currency"]:
        raise RowProblem("missing-value", "value_currency",
                         "value_amount needs its currency (e.g. EUR, in millions)")
    given = text(row.get("move_id"))
    # a derived id hashes what identifies the event (not its value), so correcting a
    # value keeps the id; the file key keeps two files' identical rows apart
    rec["move_id"] = slug(given, "move_id") if given else "mv-" + short_hash(
        file_key, cid, host, rec["city"], rec["move_type"], rec["sector"], rec["year"],
        rec["month"], rec["partner"], n=12)
    return rec


def _facility_row(row: Row, reg: Registry, file_key: str) -> dict:
    rec = {
        "facility_id": slug(row.get("facility_id"), "facility_id"),
        "company_id": company(reg, row.get("company"), "company"),
        "move_id": text(row.get("move_id")),
        "name": text(row.get("name")),
        "kind": choice(row.get("kind"), "kind", FACILITY_KINDS, "bad-value", default="other"),
        "host_iso3": country(row.get("host_country"), "host_country"),
        "city": text(row.get("city")),
        "lat": number(row.get("lat"), "lat", minimum=-90, maximum=90),
        "lon": number(row.get("lon"), "lon", minimum=-180, maximum=180),
        "product": text(row.get("product")),
        "sector": sector(row.get("sector"), required=False),
        "capacity": number(row.get("capacity"), "capacity", minimum=0),
        "capacity_unit": text(row.get("capacity_unit")),
        "status": choice(row.get("status"), "status", MOVE_STATUSES, "unknown-status",
                         default="unknown"),
        "start_year": year(row.get("start_year"), "start_year"),
    }
    if (rec["lat"] is None) != (rec["lon"] is None):
        field = "lon" if rec["lon"] is None else "lat"
        raise RowProblem("missing-value", field, "give both lat and lon, or neither")
    return rec


def _link_row(row: Row, reg: Registry, file_key: str) -> dict:
    sup = company(reg, row.get("supplier"), "supplier")
    cus = company(reg, row.get("customer"), "customer")
    code = text(row.get("hs_code"))
    if code is not None:
        code = hs_code(code, "hs_code")
        if not 4 <= len(code) <= 6:
            raise RowProblem("bad-value", "hs_code", f"{code!r}: give 4 to 6 digits")
    product = text(row.get("product"))
    return {"link_id": "sl-" + short_hash(sup, cus, product, code, n=12),
            "supplier_id": sup, "customer_id": cus, "product": product, "hs_code": code,
            "share_of_sales": number(row.get("share_of_sales"), "share_of_sales",
                                     minimum=0, maximum=1)}


def _measure_row(row: Row, reg: Registry, file_key: str) -> dict:
    imposer = text(row.get("imposer"))
    if imposer is None:
        raise RowProblem("missing-value", "imposer", "is required")
    if imposer.upper() in BLOCS:
        imposer = imposer.upper()
    else:
        imposer = country(imposer, "imposer")
    targets = [company(reg, name, "target_firms") for name in split_list(row.get("target_firms"))]
    rec = {
        "measure_id": slug(row.get("measure_id"), "measure_id"),
        "imposer": imposer,
        "kind": choice(row.get("kind"), "kind", MEASURE_KINDS, "bad-value"),
        "title": text(row.get("title")),
        "products": text(row.get("products")),
        "sector": sector(row.get("sector"), required=False),
        "hs_codes": [hs_code(c, "hs_codes") for c in split_list(row.get("hs_codes"))],
        "origin_iso3": country(row.get("origin"), "origin", required=False),
        "target_firms": targets,
        "rate_pct": number(row.get("rate_pct"), "rate_pct", minimum=0),
        "rate_note": text(row.get("rate_note")),
        "start_date": date(row.get("start_date"), "start_date"),
        "end_date": date(row.get("end_date"), "end_date"),
    }
    if rec["start_date"] and rec["end_date"] and rec["end_date"] < rec["start_date"]:
        raise RowProblem("bad-date", "end_date", "ends before it starts")
    return rec


def _indicator_row(row: Row, reg: Registry, file_key: str) -> dict:
    y = year(row.get("year"))
    code = text(row.get("code"))
    value = number(row.get("value"), "value")
    if y is None:
        raise RowProblem("missing-value", "year", "is required")
    if code is None:
        raise RowProblem("missing-value", "code", "is required")
    if value is None:
        raise RowProblem("missing-value", "value", "is required")
    return {"iso3": country(row.get("country"), "country"), "year": y, "code": code.lower(),
            "value": value}


#: kind -> (row parser, the record's key columns for duplicate detection)
_PARSERS: dict[str, tuple[Callable, tuple[str, ...]]] = {
    "moves": (_move_row, ("move_id",)),
    "facilities": (_facility_row, ("facility_id",)),
    "supply-links": (_link_row, ("link_id",)),
    "measures": (_measure_row, ("measure_id",)),
    "indicators": (_indicator_row, ("iso3", "year", "code")),
}
#: the store's key of each kind's table
_STORE_KEYS = {"companies": ("company_id",), "moves": ("move_id",),
               "facilities": ("facility_id",), "supply-links": ("link_id",),
               "measures": ("measure_id",), "indicators": ("iso3", "year", "code")}
#: the template column a duplicate-key problem names
_DUPLICATE_FIELD = {"companies": "company_id", "moves": "move_id", "facilities": "facility_id",
                    "supply-links": "supplier", "measures": "measure_id", "indicators": "code"}


# -- reading files ----------------------------------------------------------------------

def read_rows(path: Path) -> tuple[list[str], list[tuple[int, Row]]]:
    """Read a CSV or YAML template into (columns, [(row number, cells)]).

    Row numbers are what a person sees: in a CSV the header is row 1, so the first data
    row is 2; in YAML the n-th list item is row n.
    """
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        raw = path.read_bytes()
        if not raw.strip():
            raise FileProblem("empty-file", "the file is empty")
        try:
            data = load_yaml(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise FileProblem("encoding", "a YAML template must be UTF-8") from None
        except yaml.YAMLError as exc:
            raise FileProblem("unreadable-file", f"not valid YAML: {exc}") from None
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise FileProblem("unreadable-file", "a YAML template is a list of mappings, one "
                              "per row, with the column names as keys")
        columns = list(dict.fromkeys(str(k).strip() for r in data for k in r))
        return columns, [(i + 1, {str(k).strip(): v for k, v in r.items()})
                         for i, r in enumerate(data)]
    frame, _ = read_text_table(path)
    columns = list(frame.columns)
    return columns, [(i + 2, row) for i, row in enumerate(frame.to_dict(orient="records"))]


def check_columns(kind: str, columns: list[str]) -> None:
    """Stop the file on an unknown or missing column, naming it."""
    _, allowed, required = KINDS[kind]
    known = set(allowed) | set(SOURCE_COLUMNS)
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise FileProblem("bad-value", f"unknown column {unknown[0]!r} in a {kind} template "
                          f"(typo?); the columns are {', '.join(allowed + SOURCE_COLUMNS)} "
                          "(docs/templates.md)", row=1, field=unknown[0])
    missing = [c for c in required + SOURCE_REQUIRED if c not in columns]
    if missing:
        raise FileProblem("missing-column", f"no column {', '.join(missing)}; a {kind} "
                          f"template needs {', '.join(required + SOURCE_REQUIRED)}",
                          row=1, field=missing[0])


def citation(row: Row, parent_id: str, kind: str, dataset: str) -> dict:
    """The source row a template row cites (raises RowProblem when incomplete).

    The id hashes the file's source id too: a publication cited by two files gets one
    source row in each, so replacing one file never deletes the other file's citations.
    """
    pub, title = text(row.get("source_publisher")), text(row.get("source_title"))
    for field, value in (("source_publisher", pub), ("source_title", title)):
        if value is None:
            raise RowProblem("missing-value", field, "every row cites its source: "
                             "publisher, title and date are required")
    when = date(row.get("source_date"), "source_date")
    if when is None:
        raise RowProblem("missing-value", "source_date", "every row cites its source: "
                         "publisher, title and date are required")
    url = text(row.get("source_url"))
    if url and not re.match(r"^https?://\S+$", url):
        raise RowProblem("bad-value", "source_url", f"{url!r} is not an http(s) address")
    return {"source_id": "cite:" + short_hash(parent_id, pub, title, when, url),
            "kind": kind, "dataset": dataset, "publisher": pub, "title": title, "url": url,
            "published": when}


@dataclass(frozen=True)
class TemplateImporter:
    """The importer (load.py protocol) for one template kind.

    ``dataset`` is 'starter' for the files shipped in ``chuhai/data`` and 'user' for
    everything else; the file's source kind is 'curated' or 'user' accordingly.
    """

    kind: str
    dataset: str = "user"

    @property
    def table(self) -> str:
        return KINDS[self.kind][0]

    @property
    def source_kind(self) -> str:
        return "curated" if self.dataset == "starter" else "user"

    @property
    def REPLACE_KEYS(self) -> dict[str, list[str]]:  # noqa: N802 (protocol name)
        # a record defined again in a newer file (a starter measure copied and corrected,
        # a figure, a company) replaces the older one instead of failing on its key
        return {self.table: list(_STORE_KEYS[self.kind])}

    def source_id(self, path: Path) -> str:
        # one id per file name and kind, so an edited file replaces its earlier version
        return f"{self.dataset}:{self.kind}:{Path(path).name}"

    def source_row(self, path: Path, sha: str | None = None) -> dict:
        sha = sha or sha256_of(path)
        return {"source_id": self.source_id(path), "kind": self.source_kind,
                "dataset": self.dataset,
                "publisher": "chuhai" if self.dataset == "starter" else None,
                "title": f"chuhai {self.kind} template ({Path(path).name})",
                "file_name": Path(path).name, "file_sha256": sha}

    def parse(self, path: Path, report: ImportReport, registry: Registry
              ) -> dict[str, pd.DataFrame]:
        """Parse one file; returns ``{table: rows, "source": citations}``."""
        path = Path(path)
        columns, rows = read_rows(path)
        check_columns(self.kind, columns)
        parent = self.source_id(path)
        file_key = path.name
        table, allowed, required = KINDS[self.kind]
        report.rows_read += len(rows)
        records, cites, seen = [], {}, {}
        file_ids = {text(r.get("company_id")) for _, r in rows} if self.kind == "companies" else set()
        for rownum, row in rows:
            try:
                for col in required:
                    if _blank(row.get(col)):
                        raise RowProblem("missing-value", col, "is required")
                cite = citation(row, parent, self.source_kind, self.dataset)
                if self.kind == "companies":
                    rec = _company_row(row, registry, file_ids)
                    key: tuple = (rec["company_id"],)
                else:
                    parser, key_cols = _PARSERS[self.kind]
                    rec = parser(row, registry, file_key)
                    key = tuple(rec[c] for c in key_cols)
                if key in seen:
                    raise RowProblem("duplicate-key", _DUPLICATE_FIELD[self.kind],
                                     f"{'/'.join(map(str, key))} is already defined in row {seen[key]}")
            except RowProblem as exc:
                report.add(exc.code, rownum, exc.field, str(exc))
                report.rows_skipped += 1
                continue
            seen[key] = rownum
            rec["source_id"] = cite["source_id"]
            cites.setdefault(cite["source_id"], cite)
            if self.kind == "moves":
                rec["dataset"] = self.dataset
                rec["source_row"] = rownum
            records.append(rec)
        frame = pd.DataFrame(records)
        if self.kind == "companies" and not frame.empty:
            frame["is_candidate"] = False
        cit = pd.DataFrame(list(cites.values()),
                           columns=["source_id", "kind", "dataset", "publisher", "title", "url",
                                    "published"])
        return {table: frame, "source": cit}


def for_kind(kind: str, dataset: str | None = None) -> TemplateImporter:
    """The importer for a template kind (called by :mod:`chuhai.sources.load`)."""
    if kind not in KINDS:
        raise KeyError(kind)
    return TemplateImporter(kind, dataset or "user")


def starter_dir() -> Path:
    """The folder of the shipped starter files (``chuhai/data``)."""
    return Path(str(resources.files("chuhai.data")))
