"""Reading user files: hashing, encoding detection, CSV and xlsx sniffing."""

from __future__ import annotations

import csv
import hashlib
import io
import warnings
import zipfile
import zlib
from pathlib import Path

import re

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
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            # the mark promises UTF-8; guessing another encoding would garble silently
            raise FileProblem("encoding", f"starts with a UTF-8 byte-order mark but byte "
                              f"{exc.start + 3} is not UTF-8; save the file as UTF-8") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_like_gb(raw):
        return raw.decode("gb18030"), "gb18030"
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise FileProblem("encoding", "cannot tell the text encoding; save the file as UTF-8")
    enc = best.encoding
    # GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
    if enc.lower().replace("-", "") in ("gb2312", "gbk", "gb18030", "hz"):
        enc = "gb18030"
    return raw.decode(enc), enc


# One GB18030 character outside ASCII: a two-byte GBK pair or a four-byte sequence.
_GB_CHAR = re.compile(rb"[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])")


def _looks_like_gb(raw: bytes, sample: int = 1 << 16) -> bool:
    """Whether bytes that are not UTF-8 are Chinese text in GBK/GB18030.

    charset_normalizer takes short GBK files for Cyrillic code pages, so check first:
    the bytes must decode as GB18030, and most non-ASCII characters must sit in the
    GB2312 block (both bytes >= 0xA1), where common Chinese characters are. Latin-1 text
    fails this, since its accented letters are mostly followed by ASCII letters.
    """
    head = raw[:sample]
    try:
        head.decode("gb18030")
    except UnicodeDecodeError:
        # the sample may cut a character in two; only the whole file must decode
        try:
            raw.decode("gb18030")
        except UnicodeDecodeError:
            return False
    chars = _GB_CHAR.findall(head)
    if not chars:
        return False
    gb2312 = sum(1 for c in chars if len(c) == 2 and 0xA1 <= c[0] <= 0xF7 and c[1] >= 0xA1)
    return gb2312 >= 0.8 * len(chars)


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
        # index_col=False: a row with one field too many must not turn the first column
        # into the index (pandas' default), which shifts every field of the file
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                                index_col=False, skipinitialspace=False)
    except pd.errors.ParserWarning:
        raise too_many_fields(text, sep) from None
    except pd.errors.EmptyDataError:
        raise FileProblem("empty-file", "the file has no header row") from None
    except pd.errors.ParserError as exc:
        raise FileProblem("unreadable-file", f"not a valid delimited file: {exc}") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, enc


def too_many_fields(text: str, sep: str, header_line: int = 1) -> FileProblem:
    """The first row with more fields than the header, as a problem naming it (its line in
    the file, where the header is line ``header_line``)."""
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
        header = next(rows, [])
        for number, fields in enumerate(rows, start=header_line + 1):
            if len(fields) > len(header):
                return FileProblem("unreadable-file", f"row has {len(fields)} fields but the "
                                   f"header has {len(header)}; is a separator inside an "
                                   "unquoted value?", row=number)
    except csv.Error as exc:
        return FileProblem("unreadable-file", f"not a valid delimited file: {exc}")
    return FileProblem("unreadable-file", "rows have more fields than the header")


def read_xlsx_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """Read every sheet of an xlsx as strings, with the header row found automatically.

    AEI's workbooks put a few title lines above the header; the header is the first row
    holding both 'Year' and 'Country'.
    """
    if not zipfile.is_zipfile(path):
        raise FileProblem("truncated-file", "not a complete xlsx file (the zip container is "
                          "damaged or cut short); download it again")
    try:
        # keep_default_na=False: "n/a" stays text (reported as such) and "NA" (Namibia) a code
        raw = pd.read_excel(path, sheet_name=None, header=None, dtype=str, engine="openpyxl",
                            keep_default_na=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error,
            SyntaxError) as exc:  # a damaged part fails in zlib or the XML parser
        raise FileProblem("truncated-file", f"cannot read the workbook (damaged: {exc}); "
                          "download it again") from None
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
        # title lines above the header ("Dataset 3: Troubled Transactions") say what the
        # sheet holds when its tab name does not
        frame.attrs["title"] = " ".join(str(c).strip() for c in grid.iloc[:header_at].to_numpy().ravel()
                                        if str(c).strip())
        sheets[name] = frame.reset_index(drop=True)
    return sheets


def load_yaml(text: str):
    """``yaml.safe_load`` whose every failure is a ``yaml.YAMLError``.

    PyYAML builds dates while parsing, so ``2024-13-01`` raises ValueError (and a huge
    number OverflowError) from inside the loader; callers handle one exception type.
    """
    import yaml
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        raise
    except (ValueError, OverflowError, RecursionError) as exc:
        raise yaml.YAMLError(f"a value cannot be read: {exc}") from None


def dataset_source_row(path: Path, sha: str | None, *, dataset: str, publisher: str,
                       title: str, url: str) -> dict:
    """The ``source`` row of one public dataset file; its id is the file's hash, so
    importing the same bytes again is recognised whatever the file is called."""
    sha = sha or sha256_of(path)
    return {"source_id": f"{dataset}:{sha[:20]}", "kind": "dataset", "dataset": dataset,
            "publisher": publisher, "title": f"{title} ({Path(path).name})", "url": url,
            "file_name": Path(path).name, "file_sha256": sha}
