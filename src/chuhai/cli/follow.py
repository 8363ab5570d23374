"""``chuhai follow``: must this supplier follow its customers abroad, and to where."""

from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import console, dumps, emit, format_option

SECTIONS = ("all", "facilities", "abroad", "landed", "risk", "plan")


@click.command("follow")
@click.argument("profile", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--example", is_flag=True, help="Use the shipped example profile.")
@click.option("--year", type=int, help="Plan year (default: the end of the profile's horizon).")
@click.option("--scenario", type=click.Path(dir_okay=False, path_type=Path),
              help="A scenario YAML (duty changes, customer plants added or delayed); "
              "shows the plan with and without it.")
@click.option("--section", type=click.Choice(SECTIONS), default="all", show_default=True,
              help="Print one part only.")
@click.option("--no-break-even", is_flag=True, help="Skip the break-even duty re-solves.")
@format_option(("table", "json"))
@pass_context
def follow_cmd(obj: Context, profile, example, year, scenario, section, no_break_even, fmt):
    """Customers localising abroad, landed cost from China under trade measures, and an
    exactly solved plan of where to add capacity.

    \b
    Examples:
      chuhai follow --example                     # the shipped example supplier
      chuhai follow my_supplier.yaml --format json
      chuhai follow --example --scenario eu_duty.yaml --section plan
    """
    from chuhai.follow.api import follow_report, read_inputs
    from chuhai.follow.profile import load_profile
    if profile is None and not example:
        raise click.UsageError("give a PROFILE file or --example")
    prof = load_profile("example" if example else profile)
    store = obj.store()
    inputs = read_inputs(store, prof)
    rep = follow_report(store, prof, year, inputs=inputs, break_even_duty=not no_break_even)
    cmp = None
    if scenario is not None:
        from chuhai.follow.scenario import apply_scenario, compare, load_scenario
        sc = load_scenario(scenario)
        changed = follow_report(store, prof, year, inputs=apply_scenario(inputs, prof, sc),
                                break_even_duty=not no_break_even)
        cmp = {"scenario": sc.get("name"), **compare(rep, changed)}
        rep = changed
    if fmt == "json":
        from chuhai.cli.output import records
        out = {"supplier": prof.name, "facilities": records(rep["facilities"]),
               "abroad": records(rep["abroad"]), "landed": records(rep["landed"]),
               "risk": rep["risk"], "plan": {"summary": rep["plan"]["summary"],
                                             "sites": records(rep["plan"]["sites"]),
                                             "flows": records(rep["plan"]["flows"])}}
        if cmp:
            out["scenario"] = cmp
        if section != "all":
            out = {section: out[section]}
        click.echo(dumps(out))
        return
    show = (lambda s: section in ("all", s))
    if show("facilities"):
        cols = ["customer", "facility_id", "host_iso3", "city", "status", "start_year",
                "capacity", "capacity_unit", "source_id"]
        emit(rep["facilities"][cols], "table", title=f"{prof.name}: customer plants abroad")
    if show("abroad"):
        ab = rep["abroad"].copy()
        ab["share_abroad"] = (ab.share_abroad * 100).round(1)
        ab["share_home"] = (ab.share_home * 100).round(1)
        emit(ab, "table", title="Share of sales consumed abroad (%)",
             meta={"note": "rule: a customer's share is split over its plants by capacity "
                   "from their start year (docs/follow.md)"})
    if show("landed") and len(rep["landed"]):
        cols = ["dest", "product", "china_total", "china_freight", "china_duty_pct",
                "china_measure_ids", "local_total", "neighbour", "neighbour_total",
                "best_alternative", "penalty_pct"]
        emit(rep["landed"][cols], "table", title="Landed cost per unit (US$)")
    if show("risk"):
        r = rep["risk"]
        emit(pd.DataFrame(r["reasons"]), "table",
             title=f"Positioning-race risk: {r['score']}/100 ({r['level']})")
    if show("plan"):
        p = rep["plan"]
        s = p["summary"]
        cols = [c for c in ("site", "country", "existing", "open", "capacity", "units",
                            "fixed_cost", "factor", "break_even_extra_duty_pp")
                if c in p["sites"].columns]
        emit(p["sites"][cols], "table", title=f"Plan {s['year']}: sites ({s['status']})")
        if len(p["flows"]):
            emit(p["flows"][["site", "dest", "product", "units", "unit_cost", "duty_pct",
                             "measure_ids"]], "table", title="Who serves whom")
        base = s["china_only_usd"]
        console.print(f"cost {s['objective_usd']:,.0f} US$/yr (fixed {s['fixed_usd']:,.0f}, "
                      f"variable {s['variable_usd']:,.0f}); serve everything from China: "
                      + (f"{base:,.0f}; saving {s['saving_usd']:,.0f}" if base is not None
                         else "not enough home capacity"))
        console.print(f"opened: {', '.join(s['sites_opened']) or 'none'}; break-even = extra "
                      "duty points on China-origin goods at which a site starts to pay "
                      "(re-solve + bisection)")
    if cmp:
        console.print(f"scenario {cmp['scenario']}: " + "; ".join(
            f"{k} {v[0]} -> {v[1]}" for k, v in cmp.items() if k != "scenario"))
