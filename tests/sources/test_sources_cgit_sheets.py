"""Which sheet of an AEI workbook is which, when the tab names say nothing."""

from __future__ import annotations

import openpyxl

from chuhai.sources.cgit import parse_cgit
from tests.sources.cgit_layout import INVESTMENT_HEADER, INVESTMENTS


def test_title_lines_above_the_header_tell_a_troubled_sheet_with_an_investor_column(tmp_path):
    wb = openpyxl.Workbook()
    for i, title in enumerate(["China Global Investment Tracker: Chinese investments",
                               "China Global Investment Tracker: troubled transactions"]):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f"Dataset {i + 1}"
        ws["A1"] = title
        for col, h in enumerate(INVESTMENT_HEADER, start=1):
            ws.cell(row=3, column=col, value=h)
        for col, v in enumerate(INVESTMENTS[0], start=1):
            ws.cell(row=4, column=col, value=v)
    path = tmp_path / "release.xlsx"
    wb.save(path)
    moves, report = parse_cgit(path)
    assert not report.problems
    by_sheet = moves.set_index("note")["troubled"].to_dict()
    assert by_sheet == {"release.xlsx [Dataset 1]": False, "release.xlsx [Dataset 2]": True}
