"""Printing results: one function for every command that prints data.

``table`` is for people (rich), ``json`` and ``csv`` for programs, ``parquet`` to a file.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import click
import pandas as pd
from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")

console = Console(stderr=True)


def format_option(formats: tuple[str, ...] = FORMATS, default: str = "table"):
    return click.option("--format", "fmt", type=click.Choice(formats), default=default,
                        show_default=True, help="Output format: table for people, json/csv "
                        "for programs.")


def output_option():
    return click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                        help="Write to this file instead of standard output.")


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        try:
            return _clean(value.item())
        except (ValueError, AttributeError):
            pass
    if isinstance(value, (pd.Timestamp,)):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "tolist"):
        return _clean(value.tolist())
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    """JSON-safe records: NaN -> null, numpy scalars -> Python numbers."""
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def dumps(obj: Any) -> str:
    return json.dumps(_clean(obj) if not isinstance(obj, pd.DataFrame) else records(obj),
                      ensure_ascii=False, indent=2, default=str)


def _fmt_cell(v: Any) -> str:
    v = _clean(v)
    if v is None:
        return ""
    if isinstance(v, float):
        if abs(v) >= 100:
            return f"{v:,.0f}"
        return f"{v:,.3f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:,.0f}"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def emit(frame: pd.DataFrame, fmt: str, output: Path | None = None, *, title: str | None = None,
         meta: dict | None = None) -> None:
    """Write a frame in the chosen format to stdout or ``output``."""
    if fmt == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs --output FILE")
        frame.to_parquet(output, index=False)
        console.print(f"wrote {len(frame)} rows to {output}")
        return
    if fmt == "json":
        text = dumps({"meta": meta, "rows": records(frame)} if meta else records(frame)) + "\n"
    elif fmt == "csv":
        text = frame.to_csv(index=False)
    else:
        table = Table(title=title, show_lines=False)
        for c in frame.columns:
            numeric = pd.api.types.is_numeric_dtype(frame[c])
            table.add_column(str(c), justify="right" if numeric else "left")
        for row in frame.itertuples(index=False):
            table.add_row(*[_fmt_cell(v) for v in row])
        if output is None:
            Console(width=max(120, Console().width)).print(table)
            if meta and meta.get("note"):
                console.print(f"[dim]{meta['note']}[/dim]")
            return
        with open(output, "w", encoding="utf-8") as f:
            Console(file=f, width=200).print(table)
        return
    if output is None:
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
        console.print(f"wrote {len(frame)} rows to {output}")
