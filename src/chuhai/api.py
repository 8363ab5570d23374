"""The public Python API: every function returns plain data (pandas DataFrames, dicts).

The CLI and the web app call these, so all three give the same numbers.

>>> import chuhai
>>> store = chuhai.open_store(":memory:", starter=False)
>>> chuhai.flows(store, by=["year"]).empty
True
"""

from __future__ import annotations

import os
from typing import Sequence

import pandas as pd

from chuhai.flows.aggregate import FlowFilter, flows as _flows
from chuhai.reference.companies import Registry
from chuhai.reference.countries import countries as _countries
from chuhai.reference.sectors import sectors as _sectors
from chuhai.sources.load import import_file, import_files, store_registry
from chuhai.sources.report import ImportReport
from chuhai.store import Store, connect


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
               starter: bool = True) -> Store:
    """Open (and on first use create) a store.

    A new store gets the bundled starter dataset unless ``starter=False`` or the
    ``CHUHAI_NO_STARTER`` variable is set.
    """
    store = connect(path, read_only=read_only)
    if store.created and starter and not read_only and not os.environ.get("CHUHAI_NO_STARTER"):
        from chuhai.sources.starter import load_starter
        load_starter(store)
    return store


def flows(store: Store, by: Sequence[str] = ("year",), *, years: Sequence[int] = (),
          sectors: Sequence[str] = (), regions: Sequence[str] = (),
          countries: Sequence[str] = (), companies: Sequence[str] = (),
          move_types: Sequence[str] = (), dataset: str = "auto",
          include_cancelled: bool = False, hhi_over: str = "country",
          top: int | None = None) -> pd.DataFrame:
    """Totals, counts, shares, year-on-year growth and HHI of move value.

    See :func:`chuhai.flows.aggregate.flows` for the columns.
    """
    flt = FlowFilter(years=years, sectors=sectors, regions=regions, countries=countries,
                     companies=companies, move_types=move_types, dataset=dataset,
                     include_cancelled=include_cancelled)
    return _flows(store, by, flt, hhi_over=hhi_over, top=top)


def moves(store: Store, **filters) -> pd.DataFrame:
    """The move rows matching the flows filters, with their source titles."""
    from chuhai.flows.aggregate import _where
    flt = FlowFilter(**filters)
    where, params = _where(store, flt)
    return store.query(
        "select m.*, s.publisher, s.title as source_title, s.url as source_url, "
        "s.published as source_date from move m join source s using (source_id)"
        f"{where} order by m.year desc nulls last, m.value_usd_m desc nulls last", params)


def resolve_companies(names: Sequence[str], store: Store | None = None) -> pd.DataFrame:
    """Resolve names to registry ids; one row per name with how it matched."""
    reg = store_registry(store) if store is not None else Registry.default()
    return reg.resolve_many(list(names))


def countries() -> pd.DataFrame:
    """Every ISO 3166 country with its region, blocs and Global South flag."""
    return _countries().reset_index(drop=True)


def sectors() -> pd.DataFrame:
    """The sector taxonomy."""
    return _sectors().reset_index(drop=True)


__all__ = ["open_store", "flows", "moves", "resolve_companies", "countries", "sectors",
           "import_file", "import_files", "ImportReport", "Store", "FlowFilter"]
