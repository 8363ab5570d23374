"""Writing parsed files to the store: one transaction per file, idempotent.

Each importer module has ``parse(path, report, registry) -> {table: frame}`` and
``source_row(path, sha) -> dict``; this module picks the importer by kind, checks whether
the same file is already in the store, and replaces that source's rows atomically.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable, Iterable

from chuhai.errors import InputError
from chuhai.reference.companies import Registry
from chuhai.sources.files import sha256_of
from chuhai.sources.report import FileProblem, ImportReport
from chuhai.store import Store

#: import kind -> module in chuhai.sources; the CLI's choices come from here.
IMPORTERS: dict[str, str] = {
    "cgit": "chuhai.sources.cgit",
    "wdi": "chuhai.sources.wdi",
    "cepii": "chuhai.sources.cepii",
    "us301": "chuhai.sources.us301",
    "companies": "chuhai.sources.templates",
    "moves": "chuhai.sources.templates",
    "facilities": "chuhai.sources.templates",
    "supply-links": "chuhai.sources.templates",
    "measures": "chuhai.sources.templates",
    "indicators": "chuhai.sources.templates",
}


def _importer(kind: str):
    if kind not in IMPORTERS:
        raise InputError(f"unknown import kind {kind!r}; choose from {', '.join(IMPORTERS)}")
    module = importlib.import_module(IMPORTERS[kind])
    if hasattr(module, "for_kind"):
        return module.for_kind(kind)
    return module


def store_registry(store: Store) -> Registry:
    """The shipped registry plus companies imported into this store."""
    extra = store.query("select company_id, name_en, name_zh, array_to_string(aliases, '|') "
                        "as aliases, home_iso3, sector, parent_id, listings from company "
                        "where not is_candidate")
    return Registry.default().with_rows(extra)


def import_file(store: Store, kind: str, path: str | Path, *, strict: bool = False,
                registry: Registry | None = None) -> ImportReport:
    """Import one file of a given kind into the store.

    Valid rows are written and invalid ones reported; with ``strict`` nothing is written
    if any row is invalid. Importing the same file again changes nothing. Either all of
    the file's rows are written or none (one transaction).
    """
    path = Path(path)
    importer = _importer(kind)
    report = ImportReport(kind, str(path))
    if not path.exists():
        report.add("unreadable-file", None, None, "no such file")
        report.aborted = True
        return report
    if path.is_dir():
        report.add("unreadable-file", None, None, "is a folder; give the files inside it")
        report.aborted = True
        return report
    sha = sha256_of(path)
    source = importer.source_row(path, sha)
    report.source_id = source["source_id"]
    # unchanged = this source id already holds this very file (template sources are
    # named by file, so an edited file with the same name is re-imported, replacing it)
    if store.has_source(source["source_id"]) and store.scalar(
            "select file_sha256 from source where source_id = ?", [source["source_id"]]
            ) in (sha, None):
        report.unchanged = True
        return report
    registry = registry or store_registry(store)
    try:
        tables = importer.parse(path, report, registry)
    except FileProblem as exc:
        report.add(exc.code, exc.row, exc.field, str(exc))
        report.aborted = True
        return report
    if strict and report.errors:
        report.aborted = True
        return report
    # an importer may return the publications its rows cite under the key "source"
    citations = tables.pop("source", None)
    report.rows_written = store.replace_source(
        source, tables, replace_keys=getattr(importer, "REPLACE_KEYS", None),
        citations=citations)
    return report


def import_files(store: Store, kind: str, paths: Iterable[str | Path], *, strict: bool = False,
                 progress: Callable[[Path], None] | None = None) -> list[ImportReport]:
    """Import several files, each atomically; returns one report per file."""
    reports = []
    registry = None
    for p in paths:
        if registry is None:
            registry = store_registry(store)
        reports.append(import_file(store, kind, p, strict=strict, registry=registry))
        if progress:
            progress(Path(p))
        if kind == "companies":
            registry = None  # new companies resolve in the next file
    return reports
