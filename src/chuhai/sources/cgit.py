"""AEI China Global Investment Tracker (CGIT) importer.

Reads the xlsx AEI publishes (investments, construction and troubled-transactions sheets)
and the CSV layouts of its releases. Column names differ between releases, so each field
has a list of accepted headers. Amounts are US$ millions, written as numbers or as text
like ``"$1,740 "``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

from chuhai.reference.companies import Registry
from chuhai.reference.countries import to_iso3
from chuhai.reference.sectors import from_cgit
from chuhai.sources.files import (dataset_source_row, read_text_table, read_xlsx_sheets,
                                  sha256_of)
from chuhai.sources.report import FileProblem, ImportReport

# field -> accepted headers (compared case-insensitively, spaces trimmed)
COLUMNS: dict[str, tuple[str, ...]] = {
    "year": ("year",),
    "month": ("month",),
    "company": ("investor", "contractor", "chinese entity", "chinese party", "company"),
    "amount": ("quantity in millions", "millions", "amount", "value", "quantity in millions (us$)"),
    "share": ("share size", "share"),
    "partner": ("transaction party", "partner/target", "partner", "target"),
    "sector": ("sector",),
    "subsector": ("subsector", "sub-sector"),
    "country": ("country",),
    "region": ("region",),
    "bri": ("bri",),
    "greenfield": ("greenfield",),
}
REQUIRED = ("year", "company", "amount", "sector", "country")
MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})

SheetKind = str  # investments | construction | troubled | mixed


def parse_amount(text: str) -> float | None:
    """Parse a CGIT amount in US$ millions; ``None`` if it is not a number.

    >>> parse_amount("$1,740 "), parse_amount("500.0"), parse_amount("n/a")
    (1740.0, 500.0, None)
    """
    cleaned = re.sub(r"[$,\s]", "", str(text))
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def parse_share(text: str) -> float | None:
    """Share size in percent: '100%', '49.5', '0.49' (a fraction) -> percent."""
    cleaned = re.sub(r"[%\s]", "", str(text))
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value * 100 if 0 < value <= 1 and "%" not in str(text) else value


def _month_number(text: str) -> int | None:
    """Months written as numbers (``"3"``, ``"3.0"``), as some re-saved sheets have them."""
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value == int(value) and 1 <= value <= 12 else None


def _column_map(columns: list[str]) -> dict[str, str]:
    found = {}
    lower = {c.strip().lower(): c for c in columns}
    for field, names in COLUMNS.items():
        for n in names:
            if n in lower:
                found[field] = lower[n]
                break
    return found


def _kind_from_text(text: str) -> SheetKind | None:
    low = text.lower().replace("investment tracker", "")  # the workbook's own title
    has_inv, has_con = "invest" in low, "construct" in low
    if "troubl" in low:
        return "troubled"
    if has_inv and has_con:
        return "mixed"
    if has_con:
        return "construction"
    if has_inv:
        return "investments"
    return None


def sheet_kind(label: str, columns: list[str], title: str = "") -> SheetKind:
    """Tell investments, construction contracts and troubled transactions apart.

    The sheet or file name decides first, then the header of the company column, then the
    title lines above a sheet's header (for tabs named "Dataset 3" and the like).

    >>> sheet_kind("Dataset 3", ["Year", "Investor"], "Chinese Troubled Transactions")
    'troubled'
    >>> sheet_kind("Sheet1", ["Year", "Contractor", "Country"], "China Global Investment Tracker")
    'construction'
    """
    kind = _kind_from_text(label)
    if kind:
        return kind
    heads = {c.strip().lower() for c in columns}
    if "contractor" in heads:
        return "construction"
    if "chinese entity" in heads:
        return "troubled"
    return _kind_from_text(title) or "investments"


def source_id_for(sha: str) -> str:
    return f"cgit:{sha[:20]}"


def parse_cgit(path: Path, registry: Registry | None = None,
               report: ImportReport | None = None) -> tuple[pd.DataFrame, ImportReport]:
    """Parse one CGIT file (xlsx or CSV) into move rows and a problem report.

    File-level problems (unreadable, empty, missing column) raise ``FileProblem``; row
    problems are recorded and the row left out.
    """
    path = Path(path)
    registry = registry or Registry.default()
    report = report or ImportReport("cgit", str(path))
    if path.stat().st_size == 0:
        raise FileProblem("empty-file", "the file is empty (0 bytes)")
    # The file's hash goes into every move id: two releases saved under the same name
    # must not share ids, or importing the second would collide with the first.
    file_key = sha256_of(path)[:20]
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = read_xlsx_sheets(path)
        if not sheets:
            raise FileProblem("missing-column", "no sheet has a header row with 'Year' and "
                              "'Country'; is this a CGIT workbook?")
        parts = [(f"{path.name} [{name}]", frame,
                  sheet_kind(name, list(frame.columns), frame.attrs.get("title", "")),
                  frame.attrs.get("header_row", 1)) for name, frame in sheets.items()]
    else:
        frame, _ = read_text_table(path)
        parts = [(path.name, frame, sheet_kind(path.name, list(frame.columns)), 1)]

    moves = []
    for label, frame, kind, header_row in parts:
        cols = _column_map(list(frame.columns))
        missing = [f for f in REQUIRED if f not in cols]
        if missing:
            raise FileProblem(
                "missing-column",
                f"{label}: no column for {', '.join(missing)} (accepted headers: "
                + "; ".join(f"{m}: {' / '.join(COLUMNS[m])}" for m in missing)
                + f"; found: {', '.join(frame.columns)})", row=header_row, field=missing[0])
        moves.append(_parse_rows(frame, cols, kind, header_row, label, registry, report,
                                 file_key))
    if report.rows_read == 0:
        raise FileProblem("empty-file", "the file has a header but no data rows", row=2)
    out = pd.concat(moves, ignore_index=True) if moves else pd.DataFrame()
    return out, report


def _parse_rows(frame: pd.DataFrame, cols: dict[str, str], kind: SheetKind, header_row: int,
                label: str, registry: Registry, report: ImportReport,
                file_key: str = "") -> pd.DataFrame:
    # plain lists: indexing pandas' (arrow) strings cell by cell was 80% of the parse time
    get = {f: frame[c].astype(str).str.strip().tolist() if c in frame else None
           for f, c in cols.items()}
    n = len(frame)
    blank = [all(get[f][i] == "" for f in REQUIRED) for i in range(n)]
    names = get["company"]
    resolved = {nm: registry.resolve(nm).company_id
                for nm in {nm for nm, b in zip(names, blank) if not b}}
    rows = []
    sheet_note = "" if label.endswith(("csv", "CSV", "txt")) else label
    for i in range(n):
        if blank[i]:
            continue  # trailing empty lines of a spreadsheet
        rownum = header_row + i + 1
        report.rows_read += 1
        bad = False

        def err(code: str, field: str, msg: str) -> None:
            nonlocal bad
            bad = True
            report.add(code, rownum, cols.get(field, field), msg)

        ytxt = get["year"][i]
        try:
            year = int(float(ytxt))
            if not 1950 <= year <= 2100:
                raise ValueError
        except (ValueError, OverflowError):  # "1e309" parses to infinity
            err("bad-year", "year", f"year {ytxt!r} is not a year")
            year = None
        amount = parse_amount(get["amount"][i])
        if amount is None:
            err("bad-number", "amount", f"amount {get['amount'][i]!r} is not a number of "
                "US$ millions")
        elif amount < 0:
            err("negative-number", "amount", f"amount {amount} is negative")
        country = get["country"][i]
        iso3 = to_iso3(country)
        if iso3 is None:
            err("unknown-country", "country", f"country {country!r} matches no ISO 3166 "
                "country; fix the name or use an ISO3 code")
        sec, sub = get["sector"][i], get["subsector"][i] if get.get("subsector") is not None else ""
        try:
            sector = from_cgit(sec, sub)
        except KeyError:
            err("unknown-sector", "sector", f"sector {sec!r} is not a CGIT sector")
            sector = None
        company = names[i]
        if not company:
            err("missing-value", "company", "the investor name is empty")
        if bad:
            report.rows_skipped += 1
            continue
        month_txt = get["month"][i].lower() if get.get("month") is not None else ""
        month = MONTHS.get(month_txt) or MONTHS.get(month_txt[:3]) or _month_number(month_txt)
        green = get.get("greenfield")
        is_green = green is not None and green[i].upper().startswith("G")
        if kind == "construction":
            move_type = "construction_contract"
        elif is_green:
            move_type = "greenfield_plant"
        elif kind == "mixed":
            move_type = "other"  # the 2021 combined table cannot tell M&A from contracts
        else:
            move_type = "acquisition"
        bri_txt = get["bri"][i] if get.get("bri") is not None else ""
        rows.append({
            "company_id": resolved.get(company), "company_name": company,
            "host_iso3": iso3, "move_type": move_type, "sector": sector,
            "value_usd_m": amount, "value_amount": amount, "value_currency": "USD",
            "share_pct": parse_share(get["share"][i]) if get.get("share") is not None else None,
            "year": year, "month": month,
            "status": "cancelled" if kind == "troubled" else "unknown",
            "partner": (get["partner"][i] or None) if get.get("partner") is not None else None,
            "bri": {"1": True, "1.0": True, "0": False, "0.0": False}.get(bri_txt),
            "troubled": kind == "troubled",
            "raw_sector": sec, "raw_subsector": sub or None,
            "note": sheet_note or None, "source_row": rownum, "_label": label,
        })
    out = pd.DataFrame(rows)
    if not out.empty:
        out["move_id"] = [
            "cgit-" + hashlib.sha1(f"{file_key}:{lab}:{r}".encode()).hexdigest()[:16]
            for lab, r in zip(out["_label"], out["source_row"])]
        out = out.drop(columns="_label")
        out["dataset"] = "cgit"
    return out


def source_row(path: Path, sha: str | None = None) -> dict:
    """The ``source`` row of one file (importer protocol)."""
    return dataset_source_row(path, sha, dataset="cgit", publisher="American Enterprise Institute",
                              title="China Global Investment Tracker",
                              url="https://www.aei.org/china-global-investment-tracker/")


def parse(path: Path, report: ImportReport, registry: Registry) -> dict[str, pd.DataFrame]:
    """Importer protocol: record tables parsed from one file."""
    moves, _ = parse_cgit(path, registry, report)
    return {"move": moves}
