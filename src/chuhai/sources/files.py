"""Reading user files: hashing, encoding detection, CSV and xlsx sniffing."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import charset_normalizer
import pandas as pd

from chuhai.sources.report import FileProblem


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, else the most likely encoding (GBK, Latin-1, ...).

    Returns the text and the encoding used.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise FileProblem("encoding", "cannot tell the text encoding; save the file as UTF-8")
    enc = best.encoding
    # GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
    if enc.lower().replace("-", "") in ("gb2312", "gbk", "gb18030", "hz"):
        enc = "gb18030"
    return raw.decode(enc), enc


def read_text_table(path: Path, sep: str | None = None) -> tuple[pd.DataFrame, str]:
    """Read a delimited text file into a frame of strings (no type guessing).

    Raises FileProblem for empty or undecodable files.
    """
    raw = path.read_bytes()
    if not raw.strip():
        raise FileProblem("empty-file", "the file is empty")
    text, enc = decode(raw)
    if sep is None:
        first = text.splitlines()[0] if text else ""
        sep = ";" if first.count(";") > first.count(",") else ","
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                            skipinitialspace=False)
    except pd.errors.EmptyDataError:
        raise FileProblem("empty-file", "the file has no header row") from None
    except pd.errors.ParserError as exc:
        raise FileProblem("unreadable-file", f"not a valid delimited file: {exc}") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, enc


def read_xlsx_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """Read every sheet of an xlsx as strings, with the header row found automatically.

    AEI's workbooks put a few title lines above the header; the header is the first row
    holding both 'Year' and 'Country'.
    """
    if not zipfile.is_zipfile(path):
        raise FileProblem("truncated-file", "not a complete xlsx file (the zip container is "
                          "damaged or cut short); download it again")
    try:
        raw = pd.read_excel(path, sheet_name=None, header=None, dtype=str, engine="openpyxl")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileProblem("truncated-file", f"cannot read the workbook: {exc}") from None
    sheets = {}
    for name, grid in raw.items():
        grid = grid.fillna("")
        header_at = None
        for i in range(min(len(grid), 30)):
            cells = {str(c).strip().lower() for c in grid.iloc[i]}
            if "year" in cells and "country" in cells:
                header_at = i
                break
        if header_at is None:
            continue
        frame = grid.iloc[header_at + 1:].copy()
        frame.columns = [str(c).strip() for c in grid.iloc[header_at]]
        frame = frame.loc[:, [c for c in frame.columns if c]]
        frame.attrs["header_row"] = header_at + 1  # 1-based sheet row of the header
        sheets[name] = frame.reset_index(drop=True)
    return sheets
