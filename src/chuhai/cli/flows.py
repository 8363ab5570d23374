"""``chuhai flows`` and ``chuhai moves``"""

from __future__ import annotations

from pathlib import Path

import click

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import emit, format_option, output_option
from chuhai.flows.aggregate import DIMENSIONS
from chuhai.vocab import MOVE_TYPES


def filter_options(f):
    """The move filters shared by flows and moves (and the web API)."""
    options = [
        click.option("--year", "years", multiple=True, help="Year or range (2015-2023); repeatable."),
        click.option("--sector", "sectors", multiple=True, help="Sector id (includes its sub-sectors); repeatable."),
        click.option("--region", "regions", multiple=True, help="Region, continent (Europe, Africa, Asia, Americas), bloc (EU, ASEAN, ...) or 'Global South'; repeatable."),
        click.option("--country", "countries", multiple=True, help="Host country, ISO3 or name; repeatable."),
        click.option("--company", "companies", multiple=True, help="Company name (with its subsidiaries); repeatable."),
        click.option("--type", "move_types", multiple=True, type=click.Choice(MOVE_TYPES), help="Move type; repeatable."),
        click.option("--dataset", default="auto", show_default=True,
                     help="starter, cgit, news, user, a comma list, all, or auto (all but the "
                     "starter data once another dataset is imported)."),
        click.option("--include-cancelled", is_flag=True, help="Count cancelled and troubled deals too."),
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def parse_years(values: tuple[str, ...]) -> list[int]:
    """The library's year parser, with its error shown as a bad --year."""
    from chuhai.errors import InputError
    from chuhai.flows.aggregate import parse_years as parse
    try:
        return parse(values)
    except InputError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1], param_hint="--year") from None


@click.command("flows")
@click.option("--by", "by", multiple=True, type=click.Choice(DIMENSIONS), default=("year",),
              show_default=True, help="Group by; repeatable (e.g. --by year --by region).")
@filter_options
@click.option("--top", type=int, help="Keep the N largest groups (per year when grouped by year).")
@click.option("--hhi-over", type=click.Choice(DIMENSIONS), default="country", show_default=True,
              help="The dimension whose concentration the hhi column measures.")
@format_option(("table", "json", "csv", "parquet"))
@output_option()
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="spark: run on Apache Spark over --input Parquet/JSONL.")
@click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path),
              help="With --engine spark: move files (Parquet or JSONL) instead of the store.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@pass_context
def flows_cmd(obj: Context, by, years, sectors, regions, countries, companies, move_types,
              dataset, include_cancelled, top, hhi_over, fmt, output, engine, inputs, master):
    """Totals, counts, shares, growth and concentration of move value.

    value_usd_m sums the moves' values (US$ millions, nominal); count counts moves,
    with_value those that have a value; share is of the year's total when grouping by year
    and something else, else of the total; yoy_growth compares with the year before; hhi
    is the Herfindahl-Hirschman index (0-10,000) of value across --hhi-over in each group.

    \b
    Examples (after `chuhai import cgit cgit_investments_2005_2023.csv`):
      chuhai flows --by year                                  # total by year
      chuhai flows --by year --by region --format csv         # each region's share by year
      chuhai flows --by country --sector energy --top 10      # top hosts for energy
      chuhai flows --by country --sector technology --top 10  # top hosts for technology
    """
    filters = dict(years=parse_years(years), sectors=sectors, regions=regions,
                   countries=countries, companies=companies, move_types=move_types,
                   dataset=dataset, include_cancelled=include_cancelled)
    if engine == "spark":
        from chuhai.flows.spark import flows_spark
        frame = flows_spark(inputs, list(by), master=master, hhi_over=hhi_over, top=top,
                            **filters)
    else:
        from chuhai.api import flows
        store = obj.store()
        frame = flows(store, list(by), hhi_over=hhi_over, top=top, **filters)
    emit(frame, fmt, output, title="flows (US$ m)")


@click.command("moves")
@filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows (0: all).")
@format_option()
@output_option()
@pass_context
def moves_cmd(obj: Context, years, sectors, regions, countries, companies, move_types, dataset,
              include_cancelled, limit, fmt, output):
    """List moves with their sources (newest first).

    \b
    Example:
      chuhai moves --company CATL --format json
    """
    from chuhai.api import moves
    frame = moves(obj.store(), years=parse_years(years), sectors=sectors, regions=regions,
                  countries=countries, companies=companies, move_types=move_types,
                  dataset=dataset, include_cancelled=include_cancelled)
    if limit:
        frame = frame.head(limit)
    if fmt == "table":
        frame = frame[["year", "company_name", "host_iso3", "city", "move_type", "sector",
                       "value_usd_m", "status", "publisher", "source_title"]]
    emit(frame, fmt, output, title="moves")
