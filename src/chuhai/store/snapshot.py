"""Reader snapshots: how the web app keeps answering while an import writes.

DuckDB's rule is one read-write process per file, and no other process may open the file,
even read-only, while it is held. An import can take minutes, so readers do not queue for
the file: a writer, when it closes after writing (and when it opens a store whose copy is
behind, e.g. after a killed import), publishes ``<store>.snapshot``, a full copy taken
inside its own connection after a checkpoint, written to a temporary name and renamed into
place. A rename is atomic, and a reader that already opened the old copy keeps reading it
(the old inode lives until closed), so every reader sees exactly one committed state.

:func:`open_reader` opens the snapshot read-only when there is one, and otherwise the store
itself read-only, retrying while a writer holds it. Readers should open one per request
and close it, so that a newer snapshot is picked up and writers are never kept waiting.
"""

from __future__ import annotations

import os
from pathlib import Path

from chuhai.errors import StoreError


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
    """A read-only :class:`~chuhai.store.Store` that never waits for an import.

    Opens the snapshot if there is one, else the store itself (read-only, retrying while
    a writer holds it; ``CHUHAI_LOCK_TIMEOUT``). Close it after the request.
    """
    from chuhai.store.connection import Store, default_db_path
    path = Path(path or default_db_path())
    snap = snapshot_path(path)
    if snap.exists():
        try:
            return Store(snap, read_only=True)
        except StoreError:
            pass  # replaced between exists() and open; the store itself is the fallback
    return Store(path, read_only=True)
