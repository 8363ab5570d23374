"""Downloading the public sources into a local cache, with a checksum manifest.

For users with internet: World Bank WDI indicators (the API's CSV zip, one indicator per
file), CEPII GeoDist (``dist_cepii.dta``, converted to the ``;`` CSV layout the importer
reads), the AEI China Global Investment Tracker xlsx (given a URL, since AEI renames
its file with every release) and Global Trade Alert's US Section 301 list (``sec301.csv``,
at a pinned commit of its repository, checked against its known sha256).

Each download lands in the cache directory (``platformdirs.user_cache_dir("chuhai")``,
or ``$CHUHAI_CACHE``) and is recorded in ``manifest.json`` with its URL, the sha256 of the
bytes fetched and of the file kept, and the time. A second request for the same source
is served from the cache after re-hashing the file; a file that changed on disk is
fetched again. Files are written to a temporary name and renamed, so an interrupted
download never leaves a half file under the real name.

Nothing here is called by the tests with a real URL: they pass ``file://`` URLs or a
``fetcher`` of their own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import urllib.error
import urllib.request
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Literal

import platformdirs

from chuhai.errors import InputError
from chuhai.sources.files import sha256_of

DownloadKind = Literal["wdi", "cepii", "cgit", "us301"]
DOWNLOAD_KINDS: tuple[str, ...] = ("wdi", "cepii", "cgit", "us301")

#: The World Bank API returns a zip holding ``API_<code>_DS2_en_csv_v2_<n>.csv`` (the wide
#: layout) and two metadata CSVs.
WDI_URL = "https://api.worldbank.org/v2/en/indicator/{code}?downloadformat=csv"
#: CEPII publishes GeoDist as Stata files.
CEPII_URL = "http://www.cepii.fr/distance/dist_cepii.dta"
AEI_PAGE = "https://www.aei.org/china-global-investment-tracker/"
#: GTA's US Section 301 list at a pinned commit, so the bytes (and their sha256) are known;
#: ``--url`` with the repository's current raw address fetches a newer list.
US301_URL = ("https://raw.githubusercontent.com/global-trade-alert/us-tariff-barrier-estimates/"
             "19097ee61eaa4eaf9d9b41a54cb42dc66cbc69b2/data/sec301.csv")
US301_SHA256 = "c8ec5750dc15910eaae8785cd0ff0c839a594a33e1f11b46c91d207445cb2f03"

#: Indicators downloaded by ``chuhai download wdi`` without codes: market size, income,
#: openness, FDI, industry and labour, the figures the ranking uses.
DEFAULT_WDI = (
    "NY.GDP.MKTP.CD", "NY.GDP.MKTP.KD.ZG", "NY.GDP.PCAP.CD", "NY.GDP.PCAP.PP.CD",
    "SP.POP.TOTL", "BX.KLT.DINV.CD.WD", "NV.IND.MANF.CD", "NE.EXP.GNFS.ZS",
    "NE.IMP.GNFS.ZS", "SL.TLF.TOTL.IN", "EG.ELC.ACCS.ZS", "LP.LPI.OVRL.XQ",
)

Fetcher = Callable[[str, Path], None]


@dataclass
class Download:
    """One source in the cache, ready to import."""

    kind: str          # the import kind (wdi, cepii, cgit)
    name: str          # cache key, e.g. "wdi/NY.GDP.MKTP.CD"
    url: str
    path: Path         # the file to import
    sha256: str        # of ``path``
    fetched_sha256: str  # of the bytes fetched (the zip or .dta before extraction)
    size: int
    cached: bool       # served from the cache without fetching
    fetched_at: str

    def record(self) -> dict:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


def cache_dir() -> Path:
    """Where downloads go: ``$CHUHAI_CACHE``, else the user cache directory."""
    env = os.environ.get("CHUHAI_CACHE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir("chuhai")) / "downloads"


def fetch(url: str, dest: Path) -> None:
    """Fetch ``url`` (http, https or file) into ``dest``.

    Raises
    ------
    InputError
        When the address cannot be reached or answers with an error.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "chuhai (+data download)"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response, open(dest, "wb") as out:
            shutil.copyfileobj(response, out, length=1 << 20)
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot download {url}: {reason}. Check the address and your "
                         "connection, or download the file by hand and run "
                         "`chuhai import` on it.") from None


# -- the manifest ---------------------------------------------------------------------------

def manifest_path(cache: Path) -> Path:
    return cache / "manifest.json"


def read_manifest(cache: Path) -> dict[str, dict]:
    """The manifest of a cache directory (empty if there is none or it is unreadable)."""
    path = manifest_path(cache)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_manifest(cache: Path, manifest: dict[str, dict]) -> None:
    tmp = manifest_path(cache).with_suffix(".json.part")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, manifest_path(cache))


# -- per-source naming and extraction ------------------------------------------------------------

def _target(kind: str, item: str | None, url: str | None) -> tuple[str, str]:
    """(cache name, URL) of one requested source."""
    if kind == "wdi":
        if not item:
            raise InputError("give a WDI indicator code, e.g. NY.GDP.MKTP.CD")
        code = item.strip().upper()
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)+", code):
            raise InputError(f"{item!r} is not a WDI indicator code (like NY.GDP.MKTP.CD)")
        return f"wdi/{code}", url or WDI_URL.format(code=code)
    if kind == "cepii":
        return "cepii/dist_cepii", url or CEPII_URL
    if kind == "cgit":
        if not url:
            raise InputError("AEI renames the tracker's xlsx with each release: give its "
                             f"address with --url (find the link on {AEI_PAGE})")
        base = Path(urllib.request.url2pathname(url.split("?")[0].rsplit("/", 1)[-1])).name
        return f"cgit/{base or 'cgit.xlsx'}", url
    if kind == "us301":
        return "us301/sec301", url or US301_URL
    raise InputError(f"unknown download kind {kind!r}; choose from {', '.join(DOWNLOAD_KINDS)}")


def _finish(kind: str, name: str, raw: Path, folder: Path) -> Path:
    """Turn the fetched bytes into the file the importer reads; returns its path."""
    if zipfile.is_zipfile(raw) and not _is_workbook(raw):
        with zipfile.ZipFile(raw) as zf:
            members = [m for m in zf.namelist() if not m.endswith("/")]
            if kind == "wdi":
                wanted = [m for m in members if Path(m).name.startswith("API_")
                          and m.lower().endswith(".csv")]
            elif kind == "cepii":
                wanted = [m for m in members if "dist_cepii" in m.lower()
                          and m.lower().endswith((".csv", ".dta"))]
            else:
                wanted = [m for m in members if m.lower().endswith((".xlsx", ".csv"))]
            if not wanted:
                raise InputError(f"the archive for {name} holds no file to import "
                                 f"(found: {', '.join(members) or 'nothing'})")
            member = sorted(wanted)[0]
            target = folder / Path(member).name
            with zf.open(member) as src, open(target.with_suffix(target.suffix + ".part"),
                                              "wb") as out:
                shutil.copyfileobj(src, out)
            os.replace(target.with_suffix(target.suffix + ".part"), target)
            raw = target
    if kind == "cepii":
        with open(raw, "rb") as f:
            first_line = f.read(256).split(b"\n")[0]
        if raw.suffix.lower() == ".dta" or b";" not in first_line:
            return _dta_to_csv(raw, folder / "dist_cepii.csv")  # Stata is binary
        target = folder / "dist_cepii.csv"
    elif kind == "wdi":
        # a long-layout file is named after its indicator code, which the importer reads
        target = folder / (Path(name).name.lower() + ".csv")
        if raw.name.startswith("API_"):
            return raw
    else:
        return raw
    if raw != target:
        os.replace(raw, target)
    return target


def _is_workbook(path: Path) -> bool:
    """An xlsx is a zip too; it is kept as it is, not unpacked."""
    with zipfile.ZipFile(path) as zf:
        return "[Content_Types].xml" in zf.namelist()


def _dta_to_csv(dta: Path, target: Path) -> Path:
    """Write CEPII's Stata file in the ``;`` CSV layout, ``.`` for missing."""
    import pandas as pd
    try:
        frame = pd.read_stata(dta, convert_categoricals=False)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{dta.name} is neither a CEPII Stata file nor a ';' CSV: {exc}"
                         ) from None
    tmp = target.with_suffix(".csv.part")
    frame.to_csv(tmp, sep=";", na_rep=".", index=False)
    os.replace(tmp, target)
    return target


# -- the one public entry ----------------------------------------------------------------------

def download(kind: str, item: str | None = None, *, url: str | None = None,
             cache: Path | None = None, refresh: bool = False,
             expected_sha256: str | None = None, fetcher: Fetcher = fetch) -> Download:
    """Download one public source into the cache (or find it there) and return it.

    Parameters
    ----------
    kind
        ``wdi`` (``item`` is the indicator code), ``cepii`` or ``cgit`` (needs ``url``).
    url
        Override the address (a mirror, or a ``file://`` path).
    cache
        The cache directory; default :func:`cache_dir`.
    refresh
        Fetch again even if the cache holds an intact copy.
    expected_sha256
        The sha256 the fetched bytes must have; a mismatch raises and keeps nothing.
    fetcher
        ``fetcher(url, dest)`` writes the bytes at ``url`` to ``dest`` (tests pass their own).

    Returns
    -------
    Download
        Where the file is, its checksums, and whether it came from the cache.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> src = tmp / "cgit.xlsx"
    >>> _ = src.write_bytes(b"not really a workbook")
    >>> d = download("cgit", url=src.as_uri(), cache=tmp / "cache")
    >>> d.path.name, d.cached, len(d.sha256)
    ('cgit.xlsx', False, 64)
    >>> download("cgit", url=src.as_uri(), cache=tmp / "cache").cached
    True
    """
    name, address = _target(kind, item, url)
    if kind == "us301" and address == US301_URL and expected_sha256 is None:
        expected_sha256 = US301_SHA256  # the pinned file's bytes are known
    cache = Path(cache) if cache is not None else cache_dir()
    folder = cache / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(cache)
    entry = manifest.get(name)
    expected = expected_sha256.lower() if expected_sha256 else None

    if entry and not refresh and entry.get("url") == address and \
            (expected is None or entry.get("fetched_sha256") == expected):
        path = Path(entry["path"])
        if path.exists() and sha256_of(path) == entry.get("sha256"):
            return Download(kind=kind, name=name, url=address, path=path,
                            sha256=entry["sha256"], fetched_sha256=entry["fetched_sha256"],
                            size=path.stat().st_size, cached=True,
                            fetched_at=entry["fetched_at"])
        # the cached file is gone or changed on disk since it was checked: fetch again

    raw = folder / ("fetched" + _suffix(address) + ".part")
    try:
        fetcher(address, raw)
        fetched_sha = sha256_of(raw)
        if expected and fetched_sha != expected:
            raise InputError(f"checksum mismatch for {address}: expected sha256 {expected}, "
                             f"got {fetched_sha}. The publisher changed the file or the "
                             "download was corrupted; nothing was kept.")
        final = folder / (Path(name).name + _suffix(address))
        if kind == "cgit":
            final = folder / Path(name).name
        os.replace(raw, final)
        path = _finish(kind, name, final, folder)
        if path != final and final.exists():
            final.unlink()  # keep only the file that is imported
    finally:
        if raw.exists():
            raw.unlink()
    record = Download(kind=kind, name=name, url=address, path=path, sha256=sha256_of(path),
                      fetched_sha256=fetched_sha, size=path.stat().st_size, cached=False,
                      fetched_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    manifest[name] = {k: v for k, v in record.record().items() if k not in ("cached", "name")}
    _write_manifest(cache, manifest)
    return record


def _suffix(url: str) -> str:
    tail = url.split("?")[0].rsplit("/", 1)[-1]
    suffix = Path(tail).suffix.lower()
    return suffix if suffix in (".zip", ".dta", ".csv", ".xlsx") else ""


def verify_cache(cache: Path | None = None) -> list[dict]:
    """Re-hash every file of the manifest; one row per entry with ``ok`` True/False."""
    cache = Path(cache) if cache is not None else cache_dir()
    rows = []
    for name, entry in sorted(read_manifest(cache).items()):
        path = Path(entry.get("path", ""))
        ok = path.exists() and sha256_of(path) == entry.get("sha256")
        rows.append({"name": name, "path": str(path), "sha256": entry.get("sha256"),
                     "ok": ok})
    return rows


__all__ = ["Download", "DEFAULT_WDI", "DOWNLOAD_KINDS", "cache_dir", "download", "fetch",
           "read_manifest", "verify_cache"]
