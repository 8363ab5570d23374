"""The one error hierarchy of chuhai.

Every error a user can cause is a ``ChuhaiError``; the ones caused by bad input also
inherit ``ValueError`` so that library users can catch them the usual way (as ibis does).
The CLI prints ``str(error)`` without a traceback unless ``--debug`` is given.
"""

from __future__ import annotations


class ChuhaiError(Exception):
    """Root of all chuhai errors."""


class InputError(ValueError, ChuhaiError):
    """A file, option or value given by the user is wrong.

    The message says what was wrong, where (file, row, field) and what to do.
    """

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.row, self.field = file, row, field
        where = ", ".join(p for p in (
            f"file {file}" if file else "",
            f"row {row}" if row is not None else "",
            f"field {field!r}" if field else "") if p)
        super().__init__(f"{where}: {message}" if where else message)


class NotFoundError(KeyError, ChuhaiError):
    """A named thing (company, country, sector, profile) does not exist."""

    def __str__(self) -> str:  # KeyError quotes its argument; we want plain text
        return str(self.args[0]) if self.args else "not found"


class StoreError(ChuhaiError):
    """The store could not be opened, migrated or written."""
