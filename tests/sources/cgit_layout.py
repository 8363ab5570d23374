"""Builders of small CGIT files in AEI's real layouts, written from code (no real data)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl

#: AEI's investments header (2019 Fall / 2021 Fall releases).
INVESTMENT_HEADER = ["Year", "Month", "Investor", "Quantity in Millions", "Share Size",
                     "Transaction Party", "Sector", "Subsector", "Country", "Region", "BRI",
                     "Greenfield"]
CONSTRUCTION_HEADER = ["Year", "Month", "Contractor", "Quantity in Millions", "Share Size",
                       "Transaction Party", "Sector", "Subsector", "Country", "Region", "BRI"]
TROUBLED_HEADER = ["Year", "Month", "Chinese Entity", "Quantity in Millions",
                   "Transaction Party", "Sector", "Subsector", "Country", "Region",
                   "Greenfield", "BRI"]

INVESTMENTS = [
    [2019, "January", "BYD", 1000, "100%", None, "Transport", "Autos", "Hungary", "Europe", 1, "G"],
    [2020, "March", "CATL", "$1,740 ", None, "Daimler", "Energy", None, "Germany", "Europe", 0, None],
]
CONSTRUCTION = [
    [2019, "May", "China Railway Construction", 500, None, "Kenya Railways", "Transport",
     "Rail", "Kenya", "Sub-Saharan Africa", 1],
]
TROUBLED = [
    [2005, "June", "CNOOC", 18500, "Unocal", "Energy", "Oil", "USA", "USA", None, None],
]
TITLE_ROWS = 5  # AEI puts the title, author and notes above the header (header on row 6)


def write_cgit_xlsx(path: Path, sheets: dict[str, tuple[list[str], list[list]]] | None = None,
                    title_rows: int = TITLE_ROWS) -> Path:
    """An xlsx in AEI's layout: a notes sheet, then one sheet per dataset."""
    if sheets is None:
        sheets = {"Dataset 1": (INVESTMENT_HEADER, INVESTMENTS),
                  "Dataset 2": (CONSTRUCTION_HEADER, CONSTRUCTION),
                  "Dataset 3": (TROUBLED_HEADER, TROUBLED)}
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes["A1"] = "China Global Investment Tracker, American Enterprise Institute"
    for name, (header, rows) in sheets.items():
        ws = wb.create_sheet(name)
        ws["A1"] = "China Global Investment Tracker"
        ws["A2"] = "Derek Scissors, American Enterprise Institute"
        ws["A4"] = "Values in US$ millions"
        for col, h in enumerate(header, start=1):
            ws.cell(row=title_rows + 1, column=col, value=h)
        for r, row in enumerate(rows, start=title_rows + 2):
            for col, v in enumerate(row, start=1):
                ws.cell(row=r, column=col, value=v)
    wb.save(path)
    return path


def write_cgit_csv(path: Path, rows: list[list], header: list[str] | None = None,
                   encoding: str = "utf-8") -> Path:
    """A CSV in the 2019/2021 release layout (header on row 1)."""
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header or INVESTMENT_HEADER)
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def snapshot(store) -> tuple[dict[str, int], str]:
    """Counts of every table and a checksum of the move table's content."""
    moves = store.query("select * from move order by move_id")
    digest = hashlib.sha256(moves.to_csv(index=False).encode()).hexdigest()
    return store.counts(), digest
