"""``chuhai brief``: the expansion brief for a supplier profile, a company or a sector."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from chuhai.cli.main import Context, pass_context
from chuhai.vocab import LANGS


@click.command("brief")
@click.option("--company", help="A company name or id (with its subsidiaries).")
@click.option("--sector", help="A sector id (`chuhai sectors`).")
@click.option("--profile", "profile", type=click.Path(dir_okay=False, path_type=Path),
              help="A supplier profile YAML (docs/profile.md).")
@click.option("--example", is_flag=True, help="Use the example supplier profile shipped with chuhai.")
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True,
              help="Language of labels, headings and summary (names appear in both).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the HTML brief. [default: brief.html]")
@click.option("--pdf", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the brief as PDF here (needs the pdf extra: WeasyPrint).")
@click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html",
              show_default=True, help="html: print a summary and write the HTML file; json: "
              "print the brief's data as JSON (and write HTML only if --out is given).")
@click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="The date at which measures are in force. [default: today]")
@click.option("--dataset", default="auto", show_default=True,
              help="Which moves to use: starter, cgit, news, user, a comma list, all, or auto.")
@pass_context
def brief_cmd(obj: Context, company, sector, profile, example, lang, out, pdf, fmt, on, dataset):
    """Write an expansion brief: where the firm's customers and peers have gone (table and
    map), flows by region and year, the trade measures its products face in each market,
    and the evidence behind every number.

    \b
    Examples:
      chuhai brief --example --out brief.html        # the shipped example supplier
      chuhai brief --profile my_supplier.yaml --lang zh
      chuhai brief --company CATL --out catl.html --pdf catl.pdf
      chuhai brief --sector solar --format json
    """
    from chuhai.cli.output import dumps
    from chuhai.locale import t
    from chuhai.report.brief import build_brief, gather, make_subject
    from chuhai.report.html import write_html

    if example and profile:
        raise click.UsageError("give either --example or --profile, not both")
    store = obj.store()
    subject = make_subject(store, company=company, sector=sector,
                           profile="example" if example else (str(profile) if profile else None))
    data = gather(store, subject, on=on.date() if on else dt.date.today(), dataset=dataset)
    brief = build_brief(data, lang)
    path = None
    if fmt == "html" or out is not None:
        path = write_html(brief, out or Path("brief.html"))
    if pdf is not None:
        from chuhai.report.pdf import write_pdf
        write_pdf(brief, pdf)
    if fmt == "json":
        sys.stdout.write(dumps(brief) + "\n")
        return
    click.echo(brief["title"])
    click.echo(brief["subtitle"])
    for line in brief["summary"]:
        click.echo(f"  {line}")
    click.echo(t("cli.sections", lang, sections=", ".join(s["title"] for s in brief["sections"])))
    click.echo(t("cli.wrote", lang, path=path))
    if pdf is not None:
        click.echo(t("cli.wrote", lang, path=pdf))
