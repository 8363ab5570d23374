"""``chuhai measures``: the trade measures in the store, with their sources."""

from __future__ import annotations

import click

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import emit, format_option, output_option

TABLE_COLUMNS = ["measure_id", "imposer", "kind", "origin_iso3", "target_firms", "rate_pct",
                 "hs_codes", "start_date", "end_date", "title", "source_publisher"]


@click.command("measures")
@click.option("--imposer", help="Market (ISO3 or name; its blocs' measures included) or a bloc code such as EU.")
@click.option("--origin", help="Origin of the goods (ISO3 or name): measures aimed at it and MFN duties.")
@click.option("--sector", help="Sector id (with its sub-sectors).")
@click.option("--hs", help="HS code (any length); prefix match either way.")
@click.option("--in-force", "in_force", type=click.DateTime(["%Y-%m-%d"]),
              help="Only measures in force on this date (YYYY-MM-DD).")
@format_option()
@output_option()
@pass_context
def measures_cmd(obj: Context, imposer, origin, sector, hs, in_force, fmt, output):
    """List trade measures (MFN duties, tariffs, anti-dumping, anti-subsidy, safeguards,
    screening, local content) with rates, scope, dates and sources.

    \b
    Examples:
      chuhai measures --imposer EU --sector ev
      chuhai measures --imposer USA --origin CHN --hs 854142 --in-force 2025-01-01
      chuhai measures --format csv -o measures.csv
    """
    from chuhai.measures.duties import load_measures
    from chuhai.measures.select import select_measures
    from chuhai.reference.countries import BLOCS, require_iso3

    if imposer:
        imposer = imposer.upper() if imposer.upper() in BLOCS else require_iso3(imposer)
    if origin:
        origin = require_iso3(origin)
    frame = select_measures(load_measures(obj.store()), imposer=imposer, origin=origin,
                            sector=sector, hs=hs, on=in_force.date() if in_force else None)
    frame = frame.sort_values(["imposer", "kind", "measure_id"]).reset_index(drop=True) \
        if not frame.empty else frame
    if fmt == "table":
        frame = frame[[c for c in TABLE_COLUMNS if c in frame.columns]]
    if fmt == "csv" and not frame.empty:
        # lists as the templates write them, so the CSV can be edited and imported again
        frame = frame.assign(**{c: frame[c].map(lambda v: "|".join(v) if v is not None else "")
                                for c in ("hs_codes", "target_firms")})
    emit(frame, fmt, output, title="measures")
