"""``chuhai download KIND [ITEM...]``"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pandas as pd

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import dumps, emit, format_option
from chuhai.sources.download import DEFAULT_WDI, DOWNLOAD_KINDS, cache_dir, download


@click.command("download")
@click.argument("kind", type=click.Choice(DOWNLOAD_KINDS))
@click.argument("items", nargs=-1)
@click.option("--url", help="Download from this address instead of the publisher's "
              "(required for cgit: AEI renames its xlsx with each release).")
@click.option("--sha256", "expected", help="The sha256 the downloaded file must have; a "
              "mismatch keeps nothing and exits 1.")
@click.option("--refresh", is_flag=True, help="Fetch again even if the cache holds an "
              "intact copy.")
@click.option("--cache-dir", "cache_path", type=click.Path(file_okay=False, path_type=Path),
              help="Where downloads are kept. Default: $CHUHAI_CACHE, else the user cache "
              "directory.")
@click.option("--import", "do_import", is_flag=True, help="Import each file into the store "
              "after downloading it.")
@click.option("--strict", is_flag=True, help="With --import: import nothing from a file if "
              "any of its rows is invalid.")
@format_option()
@pass_context
def download_cmd(obj: Context, kind: str, items: tuple[str, ...], url: str | None,
                 expected: str | None, refresh: bool, cache_path: Path | None, do_import: bool,
                 strict: bool, fmt: str) -> None:
    """Download public datasets into a local cache (needs internet), optionally importing them.

    Every file is recorded with its sha256 in the cache's manifest.json; asking again
    re-uses the cached copy after checking its checksum. The exit status is 1 if a
    download failed its checksum or an import rejected rows.

    \b
    KIND and ITEMS:
      wdi [CODE...]   World Bank WDI indicators (default: a set of 12 core codes)
      cepii           CEPII GeoDist bilateral distances (dist_cepii)
      cgit --url URL  AEI China Global Investment Tracker xlsx
      us301           Global Trade Alert's US Section 301 list (pinned, checksummed)

    \b
    Examples:
      chuhai download wdi NY.GDP.MKTP.CD SP.POP.TOTL --import
      chuhai download cepii --import
      chuhai download us301 --import
      chuhai download cgit --url https://www.aei.org/wp-content/uploads/.../China-Global-Investment-Tracker.xlsx
    """
    if kind == "wdi":
        targets = list(items) or list(DEFAULT_WDI)
    else:
        if items:
            raise click.UsageError(f"`chuhai download {kind}` takes no items; use --url to "
                                   "change the address")
        targets = [None]
    if expected and len(targets) > 1:
        raise click.UsageError("--sha256 checks one file; download one item at a time")
    cache = cache_path or cache_dir()
    rows = [download(kind, t, url=url, cache=cache, refresh=refresh,
                     expected_sha256=expected) for t in targets]

    reports = []
    if do_import:
        from chuhai.sources.load import import_file
        store = obj.store()
        reports = [import_file(store, d.kind, d.path, strict=strict) for d in rows]

    table = pd.DataFrame([{
        "name": d.name, "status": "cached" if d.cached else "downloaded",
        "file": str(d.path), "sha256": d.sha256, "size": d.size} for d in rows])
    if reports:
        table["import"] = [("unchanged" if r.unchanged else "rejected" if r.aborted else
                            "imported") for r in reports]
        table["errors"] = [len(r.errors) for r in reports]
    if fmt == "json":
        click.echo(dumps({"cache": str(cache), "downloads": [
            {**d.record(), "import": r.summary() if r else None,
             "problems": r.problems_frame().to_dict(orient="records") if r else []}
            for d, r in zip(rows, reports or [None] * len(rows))]}))
    elif fmt == "csv":
        emit(table, "csv")
    else:
        shown = table.assign(sha256=table.sha256.str[:16] + "…")
        emit(shown, "table", title=f"download {kind} → {cache}")
        problems = [r.problems_frame() for r in reports if r.problems]
        if problems:
            frame = pd.concat(problems, ignore_index=True)
            emit(frame[["code", "file", "row", "field", "message"]].head(50), "table",
                 title=f"import problems ({len(frame)})")
    if any(r.aborted or r.errors for r in reports):
        sys.exit(1)
