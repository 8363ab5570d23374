"""Data-quality problems as records, not exceptions (as frictionless does).

An importer collects :class:`Problem` rows; a file-level problem (unreadable, empty, a
missing column) stops that file, a row-level one drops only that row (or the whole file
under ``--strict``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

import pandas as pd

# Stable codes: users and tests match on these, so only add, never rename.
ProblemCode = Literal[
    "empty-file", "unreadable-file", "truncated-file", "encoding", "missing-column",
    "bad-number", "negative-number", "unknown-country", "unknown-sector", "unknown-company",
    "unknown-move-type", "unknown-status", "bad-year", "bad-date", "missing-value",
    "duplicate-key", "bad-value", "aggregate-dropped", "unknown-reference",
]


@dataclass
class Problem:
    code: str
    file: str
    row: int | None      # 1-based data row as a spreadsheet shows it (header = row 1)
    field: str | None
    message: str
    severity: Literal["error", "warning"] = "error"


@dataclass
class ImportReport:
    """What one import did: rows read, written, skipped, and every problem found."""

    kind: str
    file: str
    rows_read: int = 0
    rows_written: dict[str, int] = field(default_factory=dict)
    rows_skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    unchanged: bool = False   # the same file was already imported
    aborted: bool = False     # nothing written (file-level error, or --strict with errors)
    source_id: str | None = None

    def add(self, code: str, row: int | None, field_: str | None, message: str,
            severity: Literal["error", "warning"] = "error") -> None:
        self.problems.append(Problem(code, self.file, row, field_, message, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.aborted

    def problems_frame(self) -> pd.DataFrame:
        cols = ["code", "file", "row", "field", "message", "severity"]
        return pd.DataFrame([asdict(p) for p in self.problems], columns=cols)

    def summary(self) -> dict:
        return {"kind": self.kind, "file": self.file, "rows_read": self.rows_read,
                "rows_written": self.rows_written, "rows_skipped": self.rows_skipped,
                "errors": len(self.errors),
                "warnings": len(self.problems) - len(self.errors),
                "unchanged": self.unchanged, "aborted": self.aborted,
                "source_id": self.source_id}


class FileProblem(Exception):
    """Raised inside a parser for a problem that stops the whole file."""

    def __init__(self, code: str, message: str, row: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.code, self.row, self.field = code, row, field
