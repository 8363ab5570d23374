"""World Bank World Development Indicators (WDI) importer.

Two layouts are read:

* **long** — ``Country Name, Country Code, Year, Value`` (datahub.io's WDI mirror), one
  file per indicator whose name is the indicator code (``ny.gdp.mktp.cd.csv``); an
  ``Indicator Code`` column, if present, names the indicator per row instead;
* **wide** — ``Country Name, Country Code, Indicator Name, Indicator Code, 1960 … 2021``
  (the World Bank's own ``API_…`` downloads), possibly with a byte-order mark and the
  four metadata lines the World Bank puts above the header.

World Bank aggregates (WLD, HIC, EAS, …) are every code that is not a country of
:mod:`chuhai.reference.countries`; they are dropped and reported once. Codes are stored
lower case in table ``indicator`` keyed by (iso3, year, code), so a newer file replaces
the same figures from an older one.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from chuhai.reference.companies import Registry
from chuhai.reference.countries import OLD_CODES, countries
from chuhai.sources.files import dataset_source_row, decode, too_many_fields
from chuhai.sources.report import FileProblem, ImportReport

#: A newer file's figure replaces the same (country, year, indicator) from any older file.
REPLACE_KEYS = {"indicator": ["iso3", "year", "code"]}

#: WDI codes look like ``ny.gdp.mktp.cd`` (letters/digits/underscores joined by dots).
CODE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_YEAR_COL = re.compile(r"^(1[89]|20|21)\d\d$")
# DataBank exports write ".." for "no data"; the API files leave the cell empty.
_MISSING = {"", "..", "nan", "NaN"}


def source_row(path: Path, sha: str | None = None) -> dict:
    """The ``source`` row of one file (importer protocol)."""
    return dataset_source_row(path, sha, dataset="wdi", publisher="World Bank",
                              title="World Development Indicators",
                              url="https://datacatalog.worldbank.org/dataset/world-development-indicators")


def read_wdi_table(path: Path) -> tuple[pd.DataFrame, int]:
    """Read a WDI CSV as strings, skipping the World Bank's metadata lines.

    Returns
    -------
    frame, header_row
        The table (columns stripped, trailing unnamed columns dropped) and the 1-based
        line of its header, so that data row ``i`` (0-based) is line ``header_row + i + 1``.

    Raises
    ------
    FileProblem
        ``empty-file``, ``encoding``, ``unreadable-file`` or ``missing-column`` when no
        line in the first ten names a ``Country Code`` column.
    """
    raw = Path(path).read_bytes()
    if not raw.strip():
        raise FileProblem("empty-file", "the file is empty")
    text, _ = decode(raw)
    # split on "\n" only: str.splitlines also breaks at \x1c-\x1e, \x85 and \u2028,
    # which may sit inside a cell and would shift every row number after them
    lines = text.split("\n")
    header_at = None
    for i, line in enumerate(lines[:10]):
        if "country code" in line.lower().replace('"', ""):
            header_at = i
            break
    if header_at is None:
        raise FileProblem("missing-column", "no header line with a 'Country Code' column in "
                          "the first 10 lines; is this a World Bank WDI CSV (long: Country "
                          "Name, Country Code, Year, Value; wide: ..., Indicator Code, 1960, "
                          "1961, ...)?", row=1, field="Country Code")
    table = "\n".join(lines[header_at:])
    try:
        # index_col=False: a first row with one field too many must not make the first
        # column an unnamed index (pandas' default), which shifts every name one cell right
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(table), dtype=str, keep_default_na=False,
                                index_col=False)
    except pd.errors.ParserWarning:
        raise too_many_fields(table, ",", header_line=header_at + 1) from None
    except pd.errors.ParserError as exc:
        raise FileProblem("unreadable-file", f"not a valid CSV file: {exc}") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    # the API files end every line with a comma, which pandas reads as an unnamed column
    frame = frame.loc[:, [c for c in frame.columns if c and not c.startswith("Unnamed:")]]
    return frame, header_at + 1


def _code_from_name(path: Path) -> str | None:
    """The indicator code a long-layout file is named after (or its folder, for datahub's
    ``indicators/<code>/data.csv``)."""
    for candidate in (path.stem, path.parent.name):
        low = candidate.strip().lower()
        if CODE_RE.match(low):
            return low
    return None


def _numbers(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Values as floats; returns (values, bad) where ``bad`` marks non-numeric text.

    Missing markers give NaN and are not bad.
    """
    stripped = text.str.strip()
    missing = stripped.isin(_MISSING)
    values = pd.to_numeric(stripped.where(~missing), errors="coerce").astype("float64")
    bad = ~missing & ~np.isfinite(values.to_numpy())
    return values.where(~bad), pd.Series(bad, index=text.index)


def _country_codes(codes: pd.Series, rows: pd.Series, report: ImportReport) -> pd.Series:
    """ISO3 of each row's code, NaN for aggregates (reported once as a warning)."""
    upper = codes.str.strip().str.upper().replace(OLD_CODES)
    known = upper.isin(countries().index)
    empty = upper == ""
    for row in sorted(set(rows[empty.to_numpy()])):
        report.add("missing-value", int(row), "Country Code", "the country code is empty")
    if (~known & ~empty).any():
        listed = sorted(set(upper[~known & ~empty]))
        n_rows = rows[~known & ~empty].nunique()  # source rows, not melted cells
        shown = ", ".join(listed[:12]) + (
            f" and {len(listed) - 12} more" if len(listed) > 12 else "")
        report.add("aggregate-dropped", None, "Country Code",
                   f"dropped {n_rows} rows of {len(listed)} codes that are not "
                   f"countries (World Bank aggregates and groups): {shown}", "warning")
    return upper.where(known)


def parse_wdi(path: Path, report: ImportReport | None = None) -> tuple[pd.DataFrame, ImportReport]:
    """Parse one WDI file (long or wide layout) into indicator rows.

    Parameters
    ----------
    path
        The CSV file.
    report
        Where problems go; a new report if not given.

    Returns
    -------
    frame, report
        Columns ``iso3, year, code, value``; one row per country, year and indicator.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> f = d / "sp.pop.totl.csv"
    >>> _ = f.write_text("Country Name,Country Code,Year,Value\\n"
    ...                  "Hungary,HUN,2022,9643048\\nWorld,WLD,2022,7950000000\\n")
    >>> rows, rep = parse_wdi(f)
    >>> rows.to_dict(orient="records")
    [{'iso3': 'HUN', 'year': 2022, 'code': 'sp.pop.totl', 'value': 9643048.0}]
    >>> [p.code for p in rep.problems]
    ['aggregate-dropped']
    """
    path = Path(path)
    report = report or ImportReport("wdi", str(path))
    frame, header_row = read_wdi_table(path)
    lower = {c.lower(): c for c in frame.columns}
    if "country code" not in lower:
        # the header line only mentions the words (e.g. inside another column's name)
        raise FileProblem("missing-column", f"no 'Country Code' column (found: "
                          f"{', '.join(frame.columns)})", row=header_row, field="Country Code")
    years = [c for c in frame.columns if _YEAR_COL.match(c)]
    rows = pd.Series(np.arange(len(frame)) + header_row + 1, index=frame.index)
    report.rows_read += len(frame)
    if "year" in lower and "value" in lower:
        long = pd.DataFrame({"cc": frame[lower["country code"]], "row": rows,
                             "year_txt": frame[lower["year"]],
                             "value_txt": frame[lower["value"]]})
        if "indicator code" in lower:
            long["code"] = frame[lower["indicator code"]].str.strip().str.lower()
            code_field = lower["indicator code"]
        else:
            code = _code_from_name(path)
            if code is None:
                raise FileProblem(
                    "missing-column", f"cannot tell the indicator: the file name "
                    f"{path.name!r} is not an indicator code (e.g. ny.gdp.mktp.cd.csv) and "
                    "there is no 'Indicator Code' column; rename the file or add the column",
                    row=1, field="Indicator Code")
            long["code"] = code
            code_field = None
        value_field, year_field = lower["value"], lower["year"]
        long["field"] = value_field
    elif years:
        if "indicator code" not in lower:
            raise FileProblem("missing-column", "wide layout (year columns) without an "
                              "'Indicator Code' column", row=header_row, field="Indicator Code")
        code_field = lower["indicator code"]
        base = pd.DataFrame({"cc": frame[lower["country code"]], "row": rows,
                             "code": frame[code_field].str.strip().str.lower()})
        wide = pd.concat([base, frame[years]], axis=1)
        long = wide.melt(id_vars=["cc", "row", "code"], value_vars=years,
                         var_name="year_txt", value_name="value_txt")
        long["field"] = long["year_txt"]
        year_field = None
    else:
        raise FileProblem("missing-column", "neither the long layout (Year and Value "
                          "columns) nor the wide layout (year columns such as 1960, 1961, "
                          f"...); found: {', '.join(frame.columns)}", row=header_row,
                          field="Value")

    long["iso3"] = _country_codes(long["cc"], long["row"], report)
    long = long[long["iso3"].notna()]
    values, bad_value = _numbers(long["value_txt"])
    year_num = pd.to_numeric(long["year_txt"].str.strip(), errors="coerce")
    bad_year = ~(year_num.between(1900, 2100) & (year_num == year_num.round()))
    bad_code = ~long["code"].str.match(CODE_RE.pattern)
    # Problems are rare, so a loop over just the bad rows keeps the whole thing vectorised.
    for idx in long.index[bad_year.to_numpy()]:
        report.add("bad-year", int(long.at[idx, "row"]), year_field or long.at[idx, "field"],
                   f"year {long.at[idx, 'year_txt']!r} is not a year")
    for idx in long.index[(bad_value & ~bad_year).to_numpy()]:
        report.add("bad-number", int(long.at[idx, "row"]), long.at[idx, "field"],
                   f"value {long.at[idx, 'value_txt']!r} is not a number")
    for idx in long.index[(bad_code & ~bad_year & ~bad_value).to_numpy()]:
        report.add("bad-value", int(long.at[idx, "row"]), code_field or "Indicator Code",
                   f"indicator code {long.at[idx, 'code']!r} is not a WDI code "
                   "such as ny.gdp.mktp.cd")
    bad = bad_year | bad_value | bad_code
    # assign before filtering: pandas gives an empty frame the index of an assigned Series
    ok = long.assign(value=values, year=year_num)[(~bad & values.notna()).to_numpy()]
    out = pd.DataFrame({"iso3": ok["iso3"].astype(str), "year": ok["year"].astype("int64"),
                        "code": ok["code"].astype(str), "value": ok["value"].astype("float64"),
                        "row": ok["row"]})
    dup = out.duplicated(["iso3", "year", "code"], keep="first")
    for r in out.loc[dup.to_numpy()].itertuples():
        report.add("duplicate-key", int(r.row), "Country Code",
                   f"{r.iso3} {r.year} {r.code} appears again; the first row is kept")
    out = out[~dup.to_numpy()]
    # a source row counts as skipped when none of its values were written (aggregates,
    # errors, or a wide row with no data at all)
    report.rows_skipped += int((~rows.isin(set(out["row"]))).sum())
    return out.drop(columns="row").reset_index(drop=True), report


def parse(path: Path, report: ImportReport, registry: Registry) -> dict[str, pd.DataFrame]:
    """Importer protocol: the indicator rows of one file."""
    rows, _ = parse_wdi(path, report)
    return {"indicator": rows}
