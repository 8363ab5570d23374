"""The store: one DuckDB file. This is the only package that imports duckdb."""

from chuhai.store.connection import Store, default_db_path, connect
from chuhai.store.snapshot import open_reader

__all__ = ["Store", "default_db_path", "connect", "open_reader"]
