"""``chuhai status``"""

from __future__ import annotations

import click
import pandas as pd

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import emit, format_option


@click.command("status")
@format_option()
@pass_context
def status_cmd(obj: Context, fmt: str) -> None:
    """Where the store is, its schema version, and how many rows each table holds.

    \b
    Example:
      chuhai --db demo.duckdb status --format json
    """
    store = obj.store()
    counts = store.counts()
    datasets = store.query("select dataset, count(*) as moves from move group by dataset order by 1")
    frame = pd.DataFrame([{"table": k, "rows": v} for k, v in counts.items()])
    meta = {"store": store.path, "schema_version": store.version,
            "moves_by_dataset": dict(zip(datasets.dataset, datasets.moves.astype(int)))}
    if fmt == "table":
        emit(frame, "table", title=f"store {store.path} (schema v{store.version})")
        emit(datasets, "table", title="moves by dataset")
    else:
        emit(frame, fmt, meta=meta if fmt == "json" else None)
