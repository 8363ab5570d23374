"""Opening, migrating and writing the DuckDB store.

Writes go through :meth:`Store.replace_source`, which deletes every row of one source and
inserts the new rows in a single transaction: a killed process leaves either the old rows
or the new ones, and importing the same file twice changes nothing.
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Mapping

import duckdb
import pandas as pd
import platformdirs

from chuhai.errors import StoreError

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
        Open without write access (several readers may share a file).

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
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}. If another chuhai "
                             "process is writing to it, wait for it to finish.") from exc
        self.read_only = read_only
        if not read_only:
            self.migrate()

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
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def insert(self, table: str, frame: pd.DataFrame) -> int:
        """Insert a frame's columns (a subset of the table's, by name). Inside a transaction."""
        if frame.empty:
            return 0
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
        with self.transaction():
            self._delete_source_rows(sid)
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
        return written

    def _delete_source_rows(self, sid: str) -> None:
        ids = [sid] + [r[0] for r in self.con.execute(
            "select source_id from source where parent_id = ?", [sid]).fetchall()]
        for t in RECORD_TABLES:
            self.con.execute(f"delete from {t} where source_id in (select unnest(?::VARCHAR[]))", [ids])
        self.con.execute("delete from source where source_id in (select unnest(?::VARCHAR[]))", [ids])

    def delete_source(self, source_id: str) -> None:
        with self.transaction():
            self._delete_source_rows(source_id)

    def execute(self, sql: str, params: list[Any] | None = None) -> None:
        """Run one write statement (used by review and dedup, inside a transaction)."""
        self.con.execute(sql, params or [])

    def register(self, name: str, frame: pd.DataFrame) -> None:
        """Make a frame queryable by name (reference tables, for joins in SQL)."""
        self.con.register(name, frame)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``path`` (default: :func:`default_db_path`)."""
    return Store(path or default_db_path(), read_only=read_only)
