"""Reader snapshots: how the web app keeps answering while an import writes.

DuckDB's rule is one read-write process per file, and no other process may open the file,
even read-only, while it is held. An import can take minutes, so readers do not queue for
the file: a writer, when it closes after writing (and when it opens a store whose copy is
behind, e.g. after a killed import), publishes ``<store>.snapshot``, a full copy taken
inside its own connection after a checkpoint, written to a temporary name and renamed into
place. A rename is atomic, and a reader that already opened the old copy keeps reading it
(the old inode lives until closed), so every reader sees exactly one committed state.

Readers (``Store(path, read_only=True)``, or :func:`open_reader`) open the store itself
when no writer holds it, and the snapshot while one does; with no snapshot yet (the very
first import) they wait for the writer. Readers should open one store per request and close
it: they then pick up new data as soon as it is published, and a writer that finds the file
held by a reader waits only for that request.
"""

from __future__ import annotations

import os
from pathlib import Path



def snapshot_path(path: str | os.PathLike[str]) -> Path:
    """Where the reader copy of the store at ``path`` lives."""
    return Path(f"{path}.snapshot")


def _mtime(p: Path) -> float:
    newest = p.stat().st_mtime if p.exists() else 0.0
    wal = Path(f"{p}.wal")
    if wal.exists():
        newest = max(newest, wal.stat().st_mtime)
    return newest


def snapshot_is_stale(path: str | os.PathLike[str]) -> bool:
    """True when the snapshot is missing or older than the store file (or its WAL)."""
    snap = snapshot_path(path)
    return not snap.exists() or snap.stat().st_mtime < _mtime(Path(path))


def publish(store) -> Path:
    """Write a consistent copy of ``store`` (open read-write) beside it; return its path."""
    target = snapshot_path(store.path)
    tmp = Path(f"{target}.tmp{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    con = store.con
    name = con.execute("select current_database()").fetchall()[0][0]
    con.execute("CHECKPOINT")
    con.execute(f"ATTACH '{_quote(tmp)}' AS chuhai_snapshot")
    try:
        con.execute(f'COPY FROM DATABASE "{name}" TO chuhai_snapshot')
    finally:
        con.execute("DETACH chuhai_snapshot")
    os.replace(tmp, target)
    return target


def _quote(p: Path) -> str:
    return str(p).replace("'", "''")


def open_reader(path: str | os.PathLike[str] | None = None):
    """A read-only :class:`~chuhai.store.Store` that does not wait for a running import.

    The store itself when it is free, else its snapshot. Close it after the request.
    """
    from chuhai.store.connection import Store, default_db_path
    return Store(path or default_db_path(), read_only=True)
