"""US Section 301 tariffs on Chinese goods by HTS-8 line (Global Trade Alert's list).

Global Trade Alert's *US Tariff Barrier Estimates* repository publishes the lines of the
US Section 301 actions against China as ``sec301.csv``: ``;``-separated, UTF-8 with a BOM,
columns ``hs_8digit; origin; rate`` (plus empty trailing columns), one row per HTS-8 line.
``origin`` is the Section 301 list ("List 1", "List 2", "List 3", "List 4A"; a few rows say
"List 3 (inferred from description)"; some are blank, among them the lines raised to
50% and 100% by the 2024 four-year review) and
``rate`` the additional duty in percent.

Each (list, rate) group becomes one row of table ``measure``: imposer ``USA``, kind
``tariff``, origin ``CHN``, the group's HTS-8 lines as ``hs_codes`` (a shipment matches
when one code is a prefix of the other, so a 6-digit HS code finds its 8-digit lines), and
the date the rate took effect where it is a matter of public record (:data:`LIST_DATES`);
the file itself has no dates. Spreadsheet round trips drop the leading zero of chapters
01-09 (``1012100``), so 7-digit codes are padded back to 8.

The measures stack with the store's other measures as :func:`chuhai.measures.duties.duty`
says: US tariffs on Chinese goods form one family, and a line covered by several of them
pays the highest.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from chuhai.reference.companies import Registry
from chuhai.sources.files import dataset_source_row, read_text_table
from chuhai.sources.report import FileProblem, ImportReport

#: A newer list's group replaces the same group from an older file.
REPLACE_KEYS = {"measure": ["measure_id"]}
REQUIRED = ("hs_8digit", "origin", "rate")

#: (list, rate) -> the date that rate took effect (USTR notices in the Federal Register):
#: List 1 at 25% on 6 July 2018, List 2 at 25% on 23 August 2018, List 3 at 10% from
#: 24 September 2018 and 25% from 10 May 2019, List 4A at 15% from 1 September 2019 and
#: 7.5% from 14 February 2020. Groups not listed here (the four-year-review lines) carry
#: no date (the lines without a list took effect on different dates from 2024 on).
LIST_DATES: dict[tuple[str, float], str] = {
    ("List 1", 25.0): "2018-07-06",
    ("List 2", 25.0): "2018-08-23",
    ("List 3", 25.0): "2019-05-10",
    ("List 4A", 7.5): "2020-02-14",
}
_LIST_RE = re.compile(r"^\s*(list\s*(?:1|2|3|4a))\b\s*(\(.*\))?\s*$", re.IGNORECASE)


def source_row(path: Path, sha: str | None = None) -> dict:
    """The ``source`` row of one file (importer protocol)."""
    return dataset_source_row(
        path, sha, dataset="us301", publisher="Global Trade Alert (St. Gallen Endowment)",
        title="US Tariff Barrier Estimates: Section 301 tariffs on China by HTS-8 line",
        url="https://github.com/global-trade-alert/us-tariff-barrier-estimates")


def list_name(text: str) -> tuple[str, bool]:
    """The Section 301 list of an ``origin`` cell and whether it was inferred.

    >>> list_name("List 3"), list_name("List 4A (inferred from article description)")
    (('List 3', False), ('List 4A', True))
    >>> list_name("")
    ('No list given', False)
    """
    text = str(text).strip()
    if not text:
        return "No list given", False
    m = _LIST_RE.match(text)
    if not m:
        return text, False
    name = re.sub(r"\s+", " ", m.group(1).strip()).capitalize().replace("4a", "4A")
    return name, bool(m.group(2))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def parse_us301(path: Path, report: ImportReport | None = None
                ) -> tuple[pd.DataFrame, ImportReport]:
    """Parse ``sec301.csv`` into ``measure`` rows, one per (list, rate).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "sec301.csv"
    >>> _ = f.write_text("\\ufeffhs_8digit;origin;rate;;\\n1012100;List 1;25;;\\n"
    ...                  "87038000;;100;;\\n85076000;List 1;25;;\\n")
    >>> rows, _ = parse_us301(f)
    >>> rows.measure_id.tolist(), rows.rate_pct.tolist()
    (['us301-list-1-25', 'us301-no-list-given-100'], [25.0, 100.0])
    >>> rows.start_date.fillna("unknown").tolist()
    ['2018-07-06', 'unknown']
    >>> rows.hs_codes[0]
    ['01012100', '85076000']
    """
    path = Path(path)
    report = report or ImportReport("us301", str(path))
    frame, _ = read_text_table(path, sep=";")
    cols = {c.strip().lower().lstrip("\ufeff"): c for c in frame.columns if c.strip()}
    if "rate_type" in cols or "event_id" in cols:
        raise FileProblem("missing-column", "this is one of GTA's US tariff scenario files "
                          "(rates or events); chuhai imports the Section 301 list "
                          "sec301.csv (hs_8digit;origin;rate)", row=1, field="hs_8digit")
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise FileProblem("missing-column", f"no column {', '.join(missing)}; GTA's "
                          "sec301.csv has hs_8digit;origin;rate (separator ';'); found: "
                          f"{', '.join(c for c in frame.columns if c.strip())}",
                          row=1, field=missing[0])
    n = len(frame)
    report.rows_read += n
    rownum = np.arange(n) + 2  # the header is row 1
    hs = frame[cols["hs_8digit"]].str.strip()
    bad_hs = ~hs.str.fullmatch(r"\d{7,10}")
    for i in np.flatnonzero(bad_hs.to_numpy()):
        report.add("bad-value", int(rownum[i]), cols["hs_8digit"],
                   f"{hs.iat[i]!r} is not an HTS code of 7-10 digits")
    hs = hs.where(hs.str.len() != 7, "0" + hs)  # chapter 01-09 lost its leading zero
    rate = pd.to_numeric(frame[cols["rate"]].str.strip().str.rstrip("%"), errors="coerce")
    bad_rate = rate.isna() | (rate < 0) | (rate > 1000)
    for i in np.flatnonzero((bad_rate & ~bad_hs).to_numpy()):
        report.add("bad-number", int(rownum[i]), cols["rate"],
                   f"{frame[cols['rate']].iat[i]!r} is not a duty in percent")
    keep = ~(bad_hs | bad_rate)
    report.rows_skipped += int((~keep).sum())
    names = [list_name(t) for t in frame[cols["origin"]]]
    data = pd.DataFrame({"list": [x[0] for x in names], "inferred": [x[1] for x in names],
                         "hs": hs, "rate": rate})[keep.to_numpy()]
    dup = data.duplicated("hs", keep="first")
    for i in np.flatnonzero(dup.to_numpy()):
        idx = data.index[i]
        report.add("duplicate-key", int(rownum[idx]), cols["hs_8digit"],
                   f"HTS {data.at[idx, 'hs']} appears again; the first row is kept", "warning")
    data = data[~dup.to_numpy()]
    rows = []
    for (name, value), grp in data.groupby(["list", "rate"], sort=True):
        inferred = int(grp["inferred"].sum())
        note = f"{len(grp)} HTS-8 lines"
        if inferred:
            note += f"; the list of {inferred} was inferred by GTA from the product description"
        start = LIST_DATES.get((name, float(value)))
        if start is None:
            note += "; effective date not in the file"
        rows.append({
            "measure_id": f"us301-{_slug(name)}-{value:g}".replace(".", "_"),
            "imposer": "USA", "kind": "tariff",
            "title": f"US Section 301 tariff on Chinese goods, {name} ({value:g}%)",
            "products": None, "sector": None,
            "hs_codes": sorted(grp["hs"].tolist()), "origin_iso3": "CHN",
            "target_firms": [], "rate_pct": float(value), "rate_note": note,
            "start_date": start, "end_date": None,
        })
    if not rows and n:
        raise FileProblem("bad-value", "no valid row: every row has a bad HTS code or rate",
                          row=2, field=cols["hs_8digit"])
    return pd.DataFrame(rows), report


def parse(path: Path, report: ImportReport, registry: Registry) -> dict[str, pd.DataFrame]:
    """Importer protocol: the measure rows of one file."""
    rows, _ = parse_us301(path, report)
    return {"measure": rows}
