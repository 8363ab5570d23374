"""``chuhai import KIND FILE...``"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pandas as pd
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import console, dumps, emit, format_option
from chuhai.sources.load import IMPORTERS, import_file


@click.command("import")
@click.argument("kind", type=click.Choice(sorted(IMPORTERS)))
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Import nothing from a file if any of its rows "
              "is invalid (default: import valid rows, report the others).")
@format_option()
@pass_context
def import_cmd(obj: Context, kind: str, files: tuple[Path, ...], strict: bool, fmt: str) -> None:
    """Import public datasets or your own template files into the store.

    Each file is imported in one transaction: all its valid rows or nothing. Importing the
    same file again changes nothing. Problems are listed with file, row and field; the
    exit status is 1 if any row or file was rejected.

    \b
    KIND is one of:
      cgit          AEI China Global Investment Tracker (xlsx, or a CSV of its sheets)
      wdi           World Bank WDI indicator (long or wide CSV)
      cepii         CEPII GeoDist dist_cepii.csv
      us301         US Section 301 tariffs on China by HTS-8 line (GTA's sec301.csv)
      companies, moves, facilities, supply-links, measures, indicators
                    chuhai templates (CSV or YAML; see docs/templates.md)

    \b
    Examples:
      chuhai import cgit China-Global-Investment-Tracker-2024-Fall.xlsx
      chuhai import wdi ny.gdp.mktp.cd.csv sp.pop.totl.csv
      chuhai import us301 us_section301_china_hts8.csv
      chuhai import moves my_moves.csv --strict
    """
    store = obj.store()
    reports = []
    with Progress(TextColumn("[bold]import {task.fields[kind]}"), BarColumn(),
                  TextColumn("{task.completed}/{task.total} files {task.fields[name]}"),
                  TimeElapsedColumn(), console=console, transient=True,
                  disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("import", total=len(files), kind=kind, name="")
        for f in files:
            progress.update(task, name=f.name)
            reports.append(import_file(store, kind, f, strict=strict))
            progress.advance(task)
    summary = pd.DataFrame([r.summary() for r in reports])
    problems = pd.concat([r.problems_frame() for r in reports], ignore_index=True)
    if fmt == "json":
        click.echo(dumps({"files": [
            {**r.summary(), "problems": r.problems_frame().to_dict(orient="records")}
            for r in reports]}))
    elif fmt == "csv":
        emit(problems if len(problems) else summary, "csv")
    else:
        summary["written"] = summary.rows_written.apply(
            lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) if d else "")
        summary["status"] = [("unchanged (already imported)" if r.unchanged else
                              "rejected" if r.aborted else "imported") for r in reports]
        emit(summary[["file", "status", "rows_read", "written", "rows_skipped", "errors",
                      "warnings"]], "table", title=f"import {kind}")
        if len(problems):
            shown = problems.head(50)
            emit(shown[["code", "file", "row", "field", "message"]], "table",
                 title=f"problems ({len(problems)}; first {len(shown)} shown, "
                 "--format json for all)")
    if any(r.aborted or r.errors for r in reports):
        sys.exit(1)
