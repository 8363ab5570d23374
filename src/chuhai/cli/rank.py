"""``chuhai rank`` and ``chuhai backtest``: thin over :mod:`chuhai.rank`."""

from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import console, dumps, emit, format_option
from chuhai.rank.weights import FACTORS


@click.command("rank")
@click.option("--sector", help="Sector id or name (run `chuhai sectors`), e.g. ev, battery, solar.")
@click.option("--company", help="A company in the registry: its sector, firm-specific duties "
              "and its customers' plants are used.")
@click.option("--profile", type=click.Path(dir_okay=False, path_type=Path),
              help="A supplier profile YAML (docs/profile.md): sector, HS codes, customers.")
@click.option("--scenario", type=click.Path(dir_okay=False, path_type=Path),
              help="A scenario YAML changing measures or facilities (docs/rank.md); adds "
              "each country's change in rank and score.")
@click.option("--top", type=int, default=15, show_default=True, help="Show the N best hosts (0: all).")
@click.option("--weights", help="Factor weights, e.g. market=0.4,risk=0.05 (factors: "
              + ", ".join(FACTORS) + "); the others keep the sector's defaults, scaled to add to 1.")
@click.option("--as-of", "as_of", help="Date measures must be in force on (YYYY-MM-DD; default today).")
@click.option("--explain-model", is_flag=True, help="Show the learned model's coefficients "
              "with standard errors.")
@click.option("--no-model", is_flag=True, help="Skip fitting the learned model (faster).")
@format_option(("table", "json", "csv"))
@pass_context
def rank_cmd(obj: Context, sector, company, profile, scenario, top, weights, as_of,
             explain_model, no_model, fmt):
    """Rank host countries for a sector, a company or a supplier profile.

    Each score (0-100 over the candidates) is the weighted sum of six factors — market,
    cost, access, friction, ecosystem, risk — each built from raw inputs shown in the JSON
    output (docs/rank.md). model_share is the learned location-choice model's share of the
    sector's next-year Chinese deals, fitted on the CGIT history in the store. A
    sensitivity line says how stable the top 10 is when each weight moves by 20%.

    \b
    Examples:
      chuhai rank --sector ev --top 10
      chuhai rank --company CATL --weights market=0.4,risk=0.05 --format json
      chuhai rank --profile my_supplier.yaml --scenario eu_ev_duty.yaml
      chuhai rank --sector energy --explain-model
    """
    import datetime as dt

    from chuhai.errors import InputError
    from chuhai.rank.api import rank_hosts
    from chuhai.rank.scenario import load_scenario
    from chuhai.rank.weights import parse_weights

    user_weights = parse_weights(weights)
    date = None
    if as_of:
        try:
            date = dt.date.fromisoformat(as_of)
        except ValueError:
            raise InputError(f"{as_of!r} is not a date (YYYY-MM-DD)", field="--as-of") from None
    scen = load_scenario(scenario) if scenario else None
    result = rank_hosts(obj.store(), sector=sector, company=company, profile=profile,
                        weights=user_weights, scenario=scen, as_of=date,
                        with_model=not no_model or explain_model)
    n = top or None
    if fmt == "json":
        click.echo(dumps(result.to_dict(top=n)))
        return
    table = result.table if n is None else result.table.head(n)
    if fmt == "csv":
        emit(table, "csv")
        return
    show = ["rank", "iso3", "country", "score", *FACTORS]
    show += [c for c in ("model_share", "model_rank", "rank_change", "score_change") if c in table]
    title = (f"hosts for {result.target.label or result.target.sector} "
             f"(sector {result.target.sector}, as of {result.as_of})")
    if result.scenario:
        title += f" — scenario: {result.scenario}"
    view = table[show].copy()
    for c in FACTORS:
        view[c] = view[c].round(2)
    emit(view, "table", title=title)
    w = ", ".join(f"{k}={v:.2f}" for k, v in result.weights.items())
    s = result.sensitivity
    console.print(f"weights: {w}")
    console.print(f"sensitivity (each weight ±20%): top 10 keeps at least {s['min_overlap']} "
                  f"of 10 hosts (mean {s['mean_overlap']:.1f}); "
                  f"{'stable' if s['stable'] else 'NOT stable'}; always in the top 10: "
                  f"{', '.join(s['always_top']) or 'none'}")
    for note in result.notes:
        console.print(f"[dim]{note}[/dim]")
    if explain_model and result.model is not None:
        m = result.model
        emit(m.table(), "table", title=f"learned model: PPML with sector-year fixed effects, "
             f"{m.train_years[0]}-{m.train_years[1]}, {m.n_deals} deals, SEs clustered by host")


def _years(text: str) -> list[int]:
    from chuhai.cli.flows import parse_years
    return parse_years((text,))


@click.command("backtest")
@click.option("--cgit", "cgit", multiple=True, required=True,
              type=click.Path(exists=True, path_type=Path),
              help="A CGIT file in any supported layout (xlsx or CSV of any release); repeatable.")
@click.option("--wdi", "wdi", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="WDI indicator files or a folder of them (long or wide layout); repeatable.")
@click.option("--cepii", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CEPII GeoDist dist_cepii.csv (distance from China).")
@click.option("--test-years", default="2019-2023", show_default=True,
              help="Years to score, e.g. 2019-2023 or 2016,2018; each is fitted only on the "
              "years before it.")
@click.option("--k", type=int, default=10, show_default=True, help="Cut-off of NDCG@k and hit@k.")
@click.option("--by", type=click.Choice(["overall", "sector", "year"]), default="overall",
              show_default=True, help="Table to print (JSON has all three).")
@format_option(("table", "json"))
def backtest_cmd(cgit, wdi, cepii, test_years, k, by, fmt):
    """Rolling-origin backtest of the rankings on CGIT history.

    For each test year t: fit on years before t, rank every country for every CGIT sector,
    and score against where year t's deals went. NDCG@k, hit@k (share of deals in the
    top k) and MRR, averaged over sector-year cells weighted by their number of deals, for
    the learned model (default and full specification), the explainable index, the
    popularity baseline (last 3 years' deals) and the PPML gravity baseline (GDP,
    distance). Reads the files directly; the store is not touched.

    \b
    Example:
      chuhai backtest --cgit cgit_investments_2005_2023.csv \\
          --wdi worldbank_wdi/indicators --cepii dist_cepii.csv --test-years 2019-2023
    """
    from chuhai.rank.backtest import run_backtest
    from chuhai.rank.panel import history_from_files

    history = history_from_files(cgit, wdi, cepii)
    result = run_backtest(history, _years(test_years), k)
    if fmt == "json":
        out = {key: (v.to_dict(orient="records") if isinstance(v, pd.DataFrame) else v)
               for key, v in result.items()}
        click.echo(dumps(out))
        return
    frame = {"overall": result["overall"], "sector": result["by_sector"],
             "year": result["by_year"]}[by]
    emit(frame.round(4), "table", title=f"backtest, test years {result['test_years'][0]}-"
         f"{result['test_years'][-1]} (data {result['data_years'][0]}-{result['data_years'][1]}), "
         "cells weighted by deals")
    a = result["aim"]
    console.print(f"learned model vs best baseline ({a['best_baseline']}) on {a['metric']}: "
                  f"{a['model_value']:.4f} vs {a['best_baseline_value']:.4f} "
                  f"({a['model_vs_best_baseline_pct']:+.1f}%; aim +{a['target_pct']:.0f}%: "
                  f"{'met' if a['met'] else 'not met'})")
