"""``chuhai countries | sectors | companies | resolve`` — the reference data."""

from __future__ import annotations

import sys

import click

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import emit, format_option, output_option


@click.command("countries")
@click.option("--region", help="Only this region, bloc or 'Global South'.")
@format_option()
@output_option()
def countries_cmd(region: str | None, fmt: str, output) -> None:
    """ISO 3166 countries with chuhai's region, blocs and Global South flag.

    \b
    Example:
      chuhai countries --region ASEAN
    """
    from chuhai.reference.countries import countries, members
    table = countries()
    if region:
        table = table.loc[members(region)]
    emit(table[["iso3", "iso2", "name", "name_zh", "region", "blocs", "global_south"]], fmt,
         output, title="countries")


@click.command("sectors")
@format_option()
@output_option()
def sectors_cmd(fmt: str, output) -> None:
    """The sector taxonomy, with the CGIT sectors mapped into it.

    \b
    Example:
      chuhai sectors --format csv
    """
    from chuhai.reference.sectors import sectors
    emit(sectors().reset_index(drop=True), fmt, output, title="sectors")


@click.command("companies")
@click.option("--sector", help="Only companies of this sector.")
@format_option()
@output_option()
@pass_context
def companies_cmd(obj: Context, sector: str | None, fmt: str, output) -> None:
    """The company registry (shipped, plus companies imported into the store).

    \b
    Example:
      chuhai companies --sector battery
    """
    from chuhai.sources.load import store_registry
    table = store_registry(obj.store()).table.reset_index(drop=True)
    if sector:
        table = table[table.sector == sector]
    emit(table, fmt, output, title="companies")


@click.command("resolve")
@click.argument("names", nargs=-1, required=True)
@format_option()
@pass_context
def resolve_cmd(obj: Context, names: tuple[str, ...], fmt: str) -> None:
    """Resolve company names to registry ids (exact alias, normalised name, then fuzzy).

    Exit status 1 if any name did not resolve.

    \b
    Example:
      chuhai resolve "BYD Co Ltd" "BYD Auto" 比亚迪
    """
    from chuhai.api import resolve_companies
    frame = resolve_companies(list(names), obj.store())
    emit(frame, fmt, title="name resolution")
    if frame.company_id.isna().any():
        sys.exit(1)
