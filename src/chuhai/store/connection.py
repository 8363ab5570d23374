"""Opening, migrating and writing the DuckDB store.

Writes go through :meth:`Store.replace_source`, which deletes every row of one source and
inserts the new rows in a single transaction: a killed process leaves either the old rows
or the new ones, and importing the same file twice changes nothing. The same transaction
maintains the move rollups (:mod:`chuhai.store.rollups`) that make flows fast.

DuckDB lets one process open a file read-write and refuses every other process while it
does. So a writer, when it closes after writing, publishes a consistent copy of the store
(:mod:`chuhai.store.snapshot`); readers that must keep answering while imports run (the web
app) open that copy with :func:`chuhai.store.snapshot.open_reader`, and a writer that finds
the file briefly held by a reader waits for it (``CHUHAI_LOCK_TIMEOUT`` seconds, default 30).
See docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Mapping

import duckdb
import pandas as pd
import platformdirs

from chuhai.errors import StoreError
from chuhai.store import rollups as _rollups

#: The schema version from which the move rollups exist (migrations 002 and 003).
_ROLLUP_VERSION = 3

#: Tables that hold records, each with a ``source_id`` column.
RECORD_TABLES = ("company", "move", "facility", "supply_link", "measure", "indicator",
                 "distance", "evidence")


def default_db_path() -> Path:
    """The store used when neither ``--db`` nor ``CHUHAI_DB`` is given."""
    env = os.environ.get("CHUHAI_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("chuhai")) / "chuhai.duckdb"


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("chuhai.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A chuhai store: a DuckDB connection with the schema applied.

    Parameters
    ----------
    path
        The database file, or ``":memory:"``.
    read_only
        Open without write access (several readers may share a file). While another
        process writes to the file, a reader opens the writer's last published snapshot
        instead (a consistent, earlier state; see :mod:`chuhai.store.snapshot`).

    Examples
    --------
    >>> store = Store(":memory:")
    >>> int(store.query("select count(*) as n from move").n[0])
    0
    """

    def __init__(self, path: str | os.PathLike[str] = ":memory:", *, read_only: bool = False):
        self.path = str(path)
        self.created = False
        if self.path != ":memory:":
            p = Path(self.path)
            self.created = not p.exists()
            if read_only and self.created:
                raise StoreError(f"store {p} does not exist; import data or run a command "
                                 "that writes first")
            p.parent.mkdir(parents=True, exist_ok=True)
        else:
            self.created = True
        #: the file actually read: the store, or its snapshot while a writer holds the store
        self.opened = self.path
        if read_only and self.path != ":memory:":
            self.con, self.opened = _connect_reader(self.path)
        else:
            self.con = _connect(self.path, read_only)
        self.read_only = read_only
        self.wrote = False          # anything committed by this connection (snapshot on close)
        self._depth = 0             # nesting of transaction()
        self._maintaining = False   # replace_source keeps the rollups itself
        if not read_only:
            self.migrate()
            if self.path != ":memory:":
                from chuhai.store.snapshot import snapshot_is_stale
                # a writer killed before it could publish leaves the copy behind the file
                self.wrote = self.wrote or snapshot_is_stale(self.path)

    # -- schema ------------------------------------------------------------------------
    @property
    def version(self) -> int:
        exists = self.scalar(
            "select count(*) from information_schema.tables where table_name='schema_version'")
        if not exists:
            return 0
        return int(self.scalar("select coalesce(max(version),0) from schema_version"))

    def migrate(self) -> int:
        """Apply pending migrations, each in its own transaction. Returns the version."""
        current = self.version
        for number, sql in _migrations():
            if number <= current:
                continue
            with self.transaction():
                if number == 1:
                    self.con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                                     "(version INTEGER, applied_at TIMESTAMP)")
                self.con.execute(sql)
                self.con.execute("insert into schema_version values (?, current_timestamp)",
                                 [number])
            current = number
        self._version_cache = current
        return current

    # -- reading -----------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | Mapping[str, Any] | None = None
              ) -> pd.DataFrame:
        """Run a parameterised query and return a DataFrame."""
        return self.con.execute(sql, params or []).df()

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        rows = self.con.execute(sql, params or []).fetchall()  # fetch all: duckdb 2 refuses
        return rows[0][0] if rows else None                   # new work on unfinished results

    def table(self, name: str) -> pd.DataFrame:
        if name not in RECORD_TABLES + ("source",):
            raise StoreError(f"no table {name!r}")
        return self.query(f"select * from {name}")

    def counts(self) -> dict[str, int]:
        """Row counts of every record table and of sources."""
        return {t: int(self.scalar(f"select count(*) from {t}"))
                for t in ("source",) + RECORD_TABLES}

    def has_source(self, source_id: str) -> bool:
        return bool(self.scalar("select count(*) from source where source_id = ?", [source_id]))

    # -- writing -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested uses join the outer one (DuckDB has no savepoints)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.con.execute("ROLLBACK")
            raise
        self._depth = 0
        self.con.execute("COMMIT")
        self.wrote = True

    # -- rollups -----------------------------------------------------------------------
    def _schema_version(self) -> int:
        # asked on every flows query; the schema changes only in migrate()
        if getattr(self, "_version_cache", None) is None:
            self._version_cache = self.version
        return self._version_cache

    def rollups_fresh(self) -> bool:
        """Whether the move rollups agree with the move table (see :mod:`rollups`)."""
        if self._schema_version() < _ROLLUP_VERSION:
            return False
        return not bool(self.scalar("select bool_or(stale) from rollup_state"))

    def ensure_rollups(self) -> bool:
        """Rebuild stale rollups when this connection may (writable, outside a transaction).

        Returns whether the rollups are fresh afterwards. Called by flows before it picks
        a rollup, so a write that bypassed them costs one rebuild, not slow queries.
        """
        if self.rollups_fresh():
            return True
        if self.read_only or self._depth or self._schema_version() < _ROLLUP_VERSION:
            return False
        self.refresh_rollups()
        return True

    def refresh_rollups(self) -> None:
        """Rebuild the move rollups from the move table (after writes that bypassed them)."""
        with self.transaction():
            _rollups.rebuild(self.con)

    def _mark_rollups_stale(self) -> None:
        if self._schema_version() >= _ROLLUP_VERSION:
            self.con.execute("update rollup_state set stale = true")

    def insert(self, table: str, frame: pd.DataFrame) -> int:
        """Insert a frame's columns (a subset of the table's, by name). Inside a transaction."""
        if frame.empty:
            return 0
        if table == "move" and not self._maintaining:
            self._mark_rollups_stale()
        cols = list(frame.columns)
        self.con.register("_chuhai_insert", frame)
        try:
            col_sql = ", ".join(f'"{c}"' for c in cols)
            self.con.execute(f'insert into {table} ({col_sql}) select {col_sql} from _chuhai_insert')
        finally:
            self.con.unregister("_chuhai_insert")
        return len(frame)

    def replace_source(self, source: Mapping[str, Any], tables: Mapping[str, pd.DataFrame],
                       *, replace_keys: Mapping[str, list[str]] | None = None,
                       citations: pd.DataFrame | None = None) -> dict[str, int]:
        """Atomically replace every row of one source with new rows.

        Parameters
        ----------
        source
            The ``source`` row of the imported file (``source_id``, ``kind``, ``dataset``).
        tables
            Record table name -> rows to insert. Rows without a ``source_id`` get the
            file's; rows citing their own publication carry that citation's id.
        replace_keys
            For tables whose primary key is shared across sources (indicator, distance):
            rows with the same key from another source are replaced too, so the newest
            import of a figure wins instead of failing on a duplicate key.
        citations
            Source rows cited by individual records of this file (curated templates);
            they are stored with ``parent_id`` = the file's source id and replaced with it.
        """
        sid = source["source_id"]
        written: dict[str, int] = {}
        with self.transaction(), self._keeping_rollups():
            touched = self._delete_source_rows(sid)
            self.insert("source", pd.DataFrame([dict(source)]))
            if citations is not None and not citations.empty:
                cit = citations.drop_duplicates("source_id").copy()
                cit["parent_id"] = sid
                # a citation shared with another file stays with that file
                self.con.register("_chuhai_cit", cit[["source_id"]])
                known = set(self.con.execute("select source_id from source where source_id in "
                                             "(select source_id from _chuhai_cit)").df().source_id)
                self.con.unregister("_chuhai_cit")
                self.insert("source", cit[~cit.source_id.isin(known)])
            for t, frame in tables.items():
                frame = frame.copy()
                if "source_id" not in frame:
                    frame["source_id"] = sid
                else:
                    frame["source_id"] = frame["source_id"].fillna(sid)
                keys = (replace_keys or {}).get(t)
                if keys and not frame.empty:
                    self.con.register("_chuhai_keys", frame[keys])
                    cond = " and ".join(f"{t}.{k} = k.{k}" for k in keys)
                    self.con.execute(f"delete from {t} where exists (select 1 from _chuhai_keys k where {cond})")
                    self.con.unregister("_chuhai_keys")
                written[t] = self.insert(t, frame)
                if t == "move" and not frame.empty:
                    touched += [x for x in frame["source_id"].unique().tolist() if x not in touched]
            # same transaction: a reader never sees moves and rollups from different commits
            if self._schema_version() >= _ROLLUP_VERSION:
                _rollups.refresh_sources(self.con, touched)
        return written

    @contextlib.contextmanager
    def _keeping_rollups(self) -> Iterator[None]:
        outer, self._maintaining = self._maintaining, True
        try:
            yield
        finally:
            self._maintaining = outer

    def _delete_source_rows(self, sid: str) -> list[str]:
        ids = [sid] + [r[0] for r in self.con.execute(
            "select source_id from source where parent_id = ?", [sid]).fetchall()]
        for t in RECORD_TABLES:
            self.con.execute(f"delete from {t} where source_id in (select unnest(?::VARCHAR[]))", [ids])
        self.con.execute("delete from source where source_id in (select unnest(?::VARCHAR[]))", [ids])
        return ids

    def delete_source(self, source_id: str) -> None:
        with self.transaction(), self._keeping_rollups():
            ids = self._delete_source_rows(source_id)
            if self._schema_version() >= _ROLLUP_VERSION:
                _rollups.refresh_sources(self.con, ids)

    def execute(self, sql: str, params: list[Any] | None = None) -> None:
        """Run one write statement (used by review and dedup, inside a transaction).

        A statement that may change moves marks the rollups stale first (so a crash in
        between errs on the safe side); flows then reads the move table until
        :meth:`refresh_rollups` runs.
        """
        if _WRITES_MOVE.search(sql):
            self._mark_rollups_stale()
        self.con.execute(sql, params or [])
        if not self._depth:
            self.wrote = True

    def export(self, table: str, path: str | os.PathLike[str]) -> Path:
        """Write a record table to a Parquet (``.parquet``) or JSON-lines (``.jsonl``) file.

        This is how moves leave the store for the Spark engine.
        """
        if table not in RECORD_TABLES + ("source",):
            raise StoreError(f"no table {table!r}")
        path = Path(path)
        fmt = "JSON" if path.suffix.lower() in (".jsonl", ".json", ".ndjson") else "PARQUET"
        target = str(path).replace("'", "''")
        self.con.execute(f"COPY (select * from {table}) TO '{target}' (FORMAT {fmt})")
        return path

    def register(self, name: str, frame: pd.DataFrame) -> None:
        """Make a frame queryable by name (reference tables, for joins in SQL)."""
        self.con.register(name, frame)

    def close(self) -> None:
        """Close; a file store that was written publishes its reader snapshot first."""
        try:
            if not self.read_only:
                # a direct write left the rollups stale: rebuild once, here, so that readers
                # of the file and of its snapshot get fast flows again
                if self._schema_version() >= _ROLLUP_VERSION and not self._depth \
                        and not self.rollups_fresh():
                    self.refresh_rollups()
            if self.wrote and not self.read_only:
                if self.path != ":memory:" and _snapshots_on():
                    from chuhai.store.snapshot import publish
                    publish(self)
        finally:
            self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: a write statement on the move table (update/delete/insert/merge ... move)
_WRITES_MOVE = re.compile(r"\b(update|delete\s+from|insert\s+into|merge\s+into|alter\s+table|"
                          r"drop\s+table|truncate)\s+(table\s+)?(main\.)?\"?move\"?\b", re.I)

_LOCKED = ("could not set lock", "conflicting lock")


def _snapshots_on() -> bool:
    return os.environ.get("CHUHAI_SNAPSHOT", "1") not in ("0", "false", "no")


def _connect(path: str, read_only: bool) -> "duckdb.DuckDBPyConnection":
    """Open a connection; while another process holds the file, retry until the timeout.

    Readers hold the file only for one request, so a writer that waits a little gets in.
    """
    deadline = time.monotonic() + float(os.environ.get("CHUHAI_LOCK_TIMEOUT", "30"))
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not _busy(exc) or time.monotonic() >= deadline:
                raise StoreError(f"cannot open store {path}: {exc}. If another chuhai "
                                 "process is writing to it, wait for it to finish.") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _busy(exc: Exception) -> bool:
    return any(w in str(exc).lower() for w in _LOCKED)


def _connect_reader(path: str) -> tuple["duckdb.DuckDBPyConnection", str]:
    """A read-only connection to the store, or to its snapshot while a writer holds it."""
    from chuhai.store.snapshot import snapshot_path
    snap = str(snapshot_path(path))
    try:
        return duckdb.connect(path, read_only=True), path
    except duckdb.Error as exc:
        if not _busy(exc):
            raise StoreError(f"cannot open store {path}: {exc}") from exc
    for _ in range(5):  # the writer may be renaming a new snapshot into place
        if not os.path.exists(snap):
            break
        try:
            return duckdb.connect(snap, read_only=True), snap
        except duckdb.Error:
            time.sleep(0.01)
    # no snapshot yet (a first import is running): wait for the writer
    return _connect(path, True), path


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``path`` (default: :func:`default_db_path`)."""
    return Store(path or default_db_path(), read_only=read_only)
