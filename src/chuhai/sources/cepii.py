"""CEPII GeoDist importer (``dist_cepii.csv``): bilateral distances and gravity dummies.

The file is ``;``-separated with ``.`` for missing values and dates from about 2011, so it
uses retired ISO3 codes: ROM, ZAR, TMP and PAL are mapped to ROU, COD, TLS and PSE
(:data:`chuhai.reference.countries.OLD_CODES`); YUG (Yugoslavia) and ANT (Netherlands
Antilles) have no single present-day country, so their pairs are skipped with one warning.

Everything is vectorised: the 50,176 dyads of the real file parse in well under a second.
``geo_cepii.csv`` (country attributes) has no table in the store and is refused with a
message saying so.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from chuhai.reference.companies import Registry
from chuhai.reference.countries import OLD_CODES, countries
from chuhai.sources.files import read_text_table, dataset_source_row
from chuhai.sources.report import FileProblem, ImportReport

#: A newer file's distance for a pair replaces the one from any older file.
REPLACE_KEYS = {"distance": ["iso_o", "iso_d"]}

#: store column <- CEPII column
NUMBERS = {"dist_km": "dist", "distcap_km": "distcap", "distw_km": "distw"}
FLAGS = {"contig": "contig", "comlang_off": "comlang_off", "colony": "colony"}
REQUIRED = ("iso_o", "iso_d") + tuple(NUMBERS.values()) + tuple(FLAGS.values())
#: CEPII writes "." for a missing value.
MISSING = {"", "."}
_NO_SUCCESSOR = {"YUG": "Yugoslavia", "ANT": "Netherlands Antilles"}


def source_row(path: Path, sha: str | None = None) -> dict:
    """The ``source`` row of one file (importer protocol)."""
    return dataset_source_row(path, sha, dataset="cepii", publisher="CEPII",
                              title="GeoDist, Mayer & Zignago (2011)",
                              url="https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=6")


def parse_missing(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """CEPII numbers: ``.`` or empty is missing (NaN); returns (values, bad).

    ``bad`` marks text that is neither missing nor a finite number.

    >>> v, bad = parse_missing(pd.Series(["12.5", ".", "", "x"]))
    >>> v.tolist()[:1], v.isna().tolist(), bad.tolist()
    ([12.5], [False, True, True, True], [False, False, False, True])
    """
    stripped = text.astype(str).str.strip()
    missing = stripped.isin(MISSING)
    values = pd.to_numeric(stripped.where(~missing), errors="coerce").astype("float64")
    bad = pd.Series(~missing.to_numpy() & ~np.isfinite(values.to_numpy()), index=text.index)
    return values.where(~bad), bad


def parse_cepii(path: Path, report: ImportReport | None = None
                ) -> tuple[pd.DataFrame, ImportReport]:
    """Parse ``dist_cepii.csv`` into rows of table ``distance``.

    Parameters
    ----------
    path
        The GeoDist dyadic file.
    report
        Where problems go; a new report if not given.

    Returns
    -------
    frame, report
        Columns ``iso_o, iso_d, dist_km, distcap_km, distw_km, contig, comlang_off,
        colony``; one row per ordered pair of present-day countries.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "dist_cepii.csv"
    >>> _ = f.write_text("iso_o;iso_d;contig;comlang_off;colony;dist;distcap;distw\\n"
    ...                  "ROM;HUN;1;0;0;640.5;642.1;.\\n")
    >>> rows, _ = parse_cepii(f)
    >>> rows[["iso_o", "iso_d", "dist_km", "contig"]].to_dict(orient="records")
    [{'iso_o': 'ROU', 'iso_d': 'HUN', 'dist_km': 640.5, 'contig': True}]
    >>> bool(rows.distw_km.isna()[0])
    True
    """
    path = Path(path)
    report = report or ImportReport("cepii", str(path))
    frame, _ = read_text_table(path, sep=";")
    cols = {c.lower(): c for c in frame.columns}
    if "iso3" in cols and "cap" in cols and "iso_o" not in cols:
        raise FileProblem("missing-column", "this is geo_cepii.csv (country attributes); "
                          "the store has no table for it. Import dist_cepii.csv, the "
                          "bilateral distances.", row=1, field="iso_o")
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise FileProblem("missing-column", f"no column {', '.join(missing)}; a GeoDist "
                          f"dist_cepii.csv has {', '.join(REQUIRED)} (separator ';'); "
                          f"found: {', '.join(frame.columns)}", row=1, field=missing[0])
    n = len(frame)
    report.rows_read += n
    rownum = pd.Series(np.arange(n) + 2, index=frame.index)  # header is row 1
    bad = pd.Series(False, index=frame.index)

    iso = {}
    for side in ("iso_o", "iso_d"):
        code = frame[cols[side]].str.strip().str.upper()
        iso[side] = code.replace(OLD_CODES)
    known = iso["iso_o"].isin(countries().index) & iso["iso_d"].isin(countries().index)
    if (~known).any():
        unknown = sorted(set(iso["iso_o"][~iso["iso_o"].isin(countries().index)])
                         | set(iso["iso_d"][~iso["iso_d"].isin(countries().index)]))
        retired = [c for c in unknown if c in _NO_SUCCESSOR]
        other = [c for c in unknown if c not in _NO_SUCCESSOR]
        if retired:
            names = ", ".join(f"{c} ({_NO_SUCCESSOR[c]})" for c in retired)
            n_ret = int((iso["iso_o"].isin(retired) | iso["iso_d"].isin(retired)).sum())
            report.add("unknown-country", None, "iso_o", f"skipped {n_ret} pairs with {names}: "
                       "no single present-day country to map them to", "warning")
        if other:
            # an unexpected code is a real error: report each row, as the user may fix it
            for side in ("iso_o", "iso_d"):
                hit = iso[side].isin(other)
                for idx in frame.index[hit.to_numpy()]:
                    report.add("unknown-country", int(rownum[idx]), cols[side],
                               f"{frame.at[idx, cols[side]]!r} is not an ISO3 country code")
                bad |= hit

    out = pd.DataFrame({"iso_o": iso["iso_o"], "iso_d": iso["iso_d"]})
    for target, src in NUMBERS.items():
        values, wrong = parse_missing(frame[cols[src]])
        for idx in frame.index[(wrong & known).to_numpy()]:
            report.add("bad-number", int(rownum[idx]), cols[src],
                       f"{frame.at[idx, cols[src]]!r} is not a distance in km ('.' = missing)")
        negative = values < 0
        for idx in frame.index[(negative & known).to_numpy()]:
            report.add("negative-number", int(rownum[idx]), cols[src],
                       f"distance {values[idx]} is negative")
        bad |= wrong | negative
        out[target] = values
    for target, src in FLAGS.items():
        text = frame[cols[src]].str.strip()
        flag = text.map({"1": True, "0": False, "1.0": True, "0.0": False})
        wrong = flag.isna() & ~text.isin(MISSING)
        for idx in frame.index[(wrong & known).to_numpy()]:
            report.add("bad-value", int(rownum[idx]), cols[src],
                       f"{frame.at[idx, cols[src]]!r} is not 0 or 1")
        bad |= wrong
        out[target] = flag.astype("boolean")

    keep = known & ~bad
    dup = out[keep].duplicated(["iso_o", "iso_d"], keep="first")
    for idx in dup.index[dup.to_numpy()]:
        report.add("duplicate-key", int(rownum[idx]), cols["iso_o"],
                   f"pair {out.at[idx, 'iso_o']}-{out.at[idx, 'iso_d']} appears again "
                   "(an old and a new code of the same country?); the first row is kept")
    keep &= ~out.index.isin(dup.index[dup.to_numpy()])
    report.rows_skipped += int((~keep).sum())
    return out[keep.to_numpy()].reset_index(drop=True), report


def parse(path: Path, report: ImportReport, registry: Registry) -> dict[str, pd.DataFrame]:
    """Importer protocol: the distance rows of one file."""
    rows, _ = parse_cepii(path, report)
    return {"distance": rows}
