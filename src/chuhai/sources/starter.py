"""Loading the bundled starter dataset into a new store (filled in by the starter-data work)."""

from __future__ import annotations

from chuhai.store import Store


def load_starter(store: Store) -> None:
    """Load the starter dataset shipped in ``chuhai/data``. Nothing is shipped yet."""
    return None
