"""Loading the bundled starter dataset (``chuhai/data``) into a store.

Every new store runs :func:`load_starter`, so it must be quick (well under two seconds):
the files are a few hundred hand-written rows, parsed by the templates importer and
written in ONE transaction, so a failure leaves the store without any starter rows.

Order matters: the company registry first (so moves can name companies), then moves
before facilities (facilities point at moves), supply links, measures, indicators.

>>> from chuhai.store import Store
>>> store = Store(":memory:")
>>> counts = load_starter(store)
>>> counts["company"] > 100
True
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd

from chuhai.errors import StoreError
from chuhai.reference.companies import Registry, registry_table
from chuhai.sources.files import sha256_of
from chuhai.sources.report import FileProblem, ImportReport
from chuhai.sources.templates import TemplateImporter, starter_dir
from chuhai.store import Store
from chuhai.store.connection import RECORD_TABLES

log = logging.getLogger("chuhai.starter")

#: (kind, file stem) in load order; each may be .csv, .yaml or .yml
STARTER_FILES: tuple[tuple[str, str], ...] = (
    ("companies", "companies"),
    ("moves", "moves"),
    ("facilities", "facilities"),
    ("supply-links", "supply_links"),
    ("measures", "measures"),
    ("indicators", "indicators"),
)
REGISTRY_SOURCE_ID = "starter:registry"


@dataclass
class StarterData:
    """The parsed starter files: rows per table, source rows, and the import reports."""

    tables: dict[str, list[pd.DataFrame]] = field(default_factory=dict)
    sources: list[pd.DataFrame] = field(default_factory=list)
    reports: list[ImportReport] = field(default_factory=list)

    @property
    def problems(self) -> pd.DataFrame:
        frames = [r.problems_frame() for r in self.reports if r.problems]
        return pd.concat(frames, ignore_index=True) if frames else ImportReport("", "").problems_frame()


def starter_files(folder: Path | None = None) -> list[tuple[str, Path]]:
    """The starter files present, as (kind, path), in load order."""
    folder = Path(folder) if folder else starter_dir()
    found = []
    for kind, stem in STARTER_FILES:
        for ext in (".csv", ".yaml", ".yml"):
            p = folder / f"{stem}{ext}"
            if p.exists():
                found.append((kind, p))
                break
    return found


def registry_rows() -> tuple[dict, pd.DataFrame]:
    """The shipped registry (reference/companies.tsv) as a source row and company rows."""
    path = Path(str(resources.files("chuhai.reference") / "companies.tsv"))
    table = registry_table().reset_index(drop=True)
    source = {"source_id": REGISTRY_SOURCE_ID, "kind": "curated", "dataset": "starter",
              "publisher": "chuhai", "title": "chuhai company registry",
              "file_name": path.name, "file_sha256": sha256_of(path)}
    rows = pd.DataFrame({
        "company_id": table.company_id,
        "name_en": table.name_en,
        "name_zh": table.name_zh.replace("", None),
        "aliases": [[a for a in s.split("|") if a] for s in table.aliases],
        "home_iso3": table.home_iso3.replace("", "CHN"),
        "sector": table.sector.replace("", None),
        "parent_id": table.parent_id.replace("", None),
        "listings": table.listings.replace("", None),
        "is_candidate": False,
        "source_id": REGISTRY_SOURCE_ID,
    })
    return source, rows


def parse_starter(folder: Path | None = None, registry: Registry | None = None) -> StarterData:
    """Parse every starter file (no store needed); problems are in ``.reports``.

    A file-level problem (an unknown column, an unreadable file) is recorded in its
    report and that file contributes nothing.
    """
    registry = registry or Registry.default()
    data = StarterData()
    for kind, path in starter_files(folder):
        importer = TemplateImporter(kind, "starter")
        report = ImportReport(kind, str(path))
        data.reports.append(report)
        try:
            tables = importer.parse(path, report, registry)
        except FileProblem as exc:
            report.add(exc.code, exc.row, exc.field, str(exc))
            report.aborted = True
            continue
        source = importer.source_row(path)
        report.source_id = source["source_id"]
        cites = tables.pop("source")
        cites = cites.assign(parent_id=source["source_id"])
        data.sources += [pd.DataFrame([source]), cites]
        for t, frame in tables.items():
            data.tables.setdefault(t, []).append(frame)
        if kind == "companies" and not tables["company"].empty:
            # later files may name the companies this file adds
            registry = registry.with_rows(tables["company"].assign(
                aliases=tables["company"].aliases.map("|".join)))
    return data


def load_starter(store: Store, folder: Path | None = None) -> dict[str, int]:
    """Load the starter dataset into ``store`` in one transaction; returns rows per table.

    Any starter rows already in the store are replaced. Starter rows with problems are
    skipped and logged (the dataset test keeps the shipped files clean); a failure while
    writing rolls everything back and raises :class:`StoreError`.
    """
    reg_source, reg_rows = registry_rows()
    data = parse_starter(folder)
    for report in data.reports:
        for p in report.problems:
            log.warning("starter data %s row %s field %s: %s", Path(p.file).name, p.row,
                        p.field, p.message)
    written: dict[str, int] = {}
    try:
        with store.transaction():
            for t in RECORD_TABLES:
                store.execute(f"delete from {t} where source_id in (select source_id from "
                              "source where dataset = 'starter')")
            store.execute("delete from source where dataset = 'starter'")
            sources = pd.concat([pd.DataFrame([reg_source])] + data.sources, ignore_index=True)
            written["source"] = store.insert("source", sources.drop_duplicates("source_id"))
            companies = [reg_rows] + data.tables.pop("company", [])
            merged = pd.concat(companies, ignore_index=True)
            # a starter companies file may refine a registry row; the later row wins
            merged = merged.drop_duplicates("company_id", keep="last")
            written["company"] = store.insert("company", merged)
            for t, frames in data.tables.items():
                frames = [f for f in frames if not f.empty]
                written[t] = store.insert(t, pd.concat(frames, ignore_index=True)) if frames else 0
    except StoreError:
        raise
    except Exception as exc:  # a constraint or type error in shipped data is our bug
        raise StoreError(f"could not load the starter dataset ({exc}); the store was left "
                         "without starter rows. Set CHUHAI_NO_STARTER=1 to open it without "
                         "them, and report this error.") from exc
    return written
