"""``chuhai extract``, ``chuhai review`` and ``chuhai eval-extract``: thin over chuhai.extract."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pandas as pd

from chuhai.cli.main import Context, pass_context
from chuhai.cli.output import console, dumps, emit, format_option
from chuhai.extract.score import fitted_threshold

#: the default floor for --help, read without loading the extractor (spaCy)
_HELP_FLOOR = fitted_threshold()

_MOVE_COLUMNS = ["doc", "company_id", "company_name", "host_iso3", "city", "move_type",
                 "value_usd_m", "year", "status", "partner", "confidence"]


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["auto", "en", "zh"]), default="auto",
              show_default=True, help="Language of the articles; auto detects per article.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="jsonl: one move per line with evidence offsets; "
              "table: a summary for people.")
@click.option("--save", is_flag=True, help="Write moves (dataset 'news'), the article text "
              "and evidence to the store, one transaction per article; duplicates of stored "
              "moves add evidence instead of a new move.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
              help=f"Leave out moves whose confidence (the move scorer's probability that "
              f"the move is right) is below X (default {_HELP_FLOOR:.2f}, the best "
              f"threshold on sets the code had not seen; 0 keeps all).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="spark: run the same extractor on Apache Spark over "
              "the inputs and write Parquet to --output (pip install 'chuhai[spark]').")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path),
              help="With --engine spark: the folder for moves/ and problems/ Parquet.")
@click.option("--master", default="local[*]", show_default=True,
              help="With --engine spark: the Spark master URL (e.g. spark://host:7077).")
@pass_context
def extract_cmd(obj: Context, paths: tuple[Path, ...], lang: str, fmt: str, save: bool,
                min_confidence: float | None, engine: str, output: Path | None,
                master: str) -> None:
    """Extract overseas moves from news articles (English and Chinese).

    PATHS are .txt, .html, .jsonl (one article a line: text, url, date, title) and
    RSS/Atom files, or folders of them. Files that cannot be read are reported on
    standard error and skipped; the exit status is 1 if any was skipped.

    \b
    Examples:
      chuhai extract article.txt
      chuhai extract news/ --format table
      chuhai extract feed.xml articles.jsonl --save
      chuhai extract 财新.html --lang zh
      chuhai extract news/ --min-confidence 0   # every move, low-confidence ones too
      chuhai extract archive/ --engine spark --output out/   # Parquet, on Spark
    """
    if engine == "spark":
        if save:
            raise click.UsageError("--save writes to the local store; with --engine spark "
                                   "write Parquet with --output and import it afterwards")
        if output is None:
            raise click.UsageError("--engine spark needs --output FOLDER")
        if min_confidence is not None:
            raise click.UsageError("--min-confidence applies to the local engine; the spark "
                                   "engine keeps the default floor")
        from chuhai.spark.extract import extract_spark
        counts = extract_spark(list(paths), output, master=master, lang=lang)
        click.echo(f"{counts['moves']} moves and {counts['problems']} problems written to "
                   f"{counts['output']} (moves/, problems/ as Parquet)")
        return
    from chuhai.extract.core import MIN_CONFIDENCE, extract_articles
    from chuhai.extract.loaders import Article, iter_articles
    from chuhai.reference.companies import Registry

    store = obj.store() if save else None
    if store is not None:
        from chuhai.extract.link import save_article
        from chuhai.sources.load import store_registry
        registry = store_registry(store)
    else:
        registry = Registry.default()
    rows, saved, problems, n_articles = [], [], 0, 0

    def run(batch: list[Article]) -> None:
        # articles are extracted in batches, so an archive of any size streams through
        results = extract_articles([a.text for a in batch], lang, registry,
                                   [a.year for a in batch],
                                   min_confidence=MIN_CONFIDENCE if min_confidence is None else min_confidence)
        for art, moves in zip(batch, results):
            if store is not None:
                saved.append(save_article(store, art, moves, registry))
            for m in moves:
                d = {"doc": art.doc, "source_id": art.source_id, "url": art.url, **m.as_dict()}
                if fmt == "jsonl":
                    sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
                else:
                    rows.append(d)

    batch: list[Article] = []
    for item in iter_articles(paths):
        if not isinstance(item, Article):
            problems += 1
            console.print(f"[yellow]skipped[/yellow] {item}")
            continue
        batch.append(item)
        n_articles += 1
        if len(batch) >= 256:
            run(batch)
            batch = []
    if batch:
        run(batch)
    if fmt == "table":
        frame = pd.DataFrame(rows, columns=_MOVE_COLUMNS) if rows else pd.DataFrame(
            columns=_MOVE_COLUMNS)
        frame["year"] = frame["year"].astype("Int64")  # not "2,025.0"
        emit(frame[_MOVE_COLUMNS], "table",
             title=f"{len(rows)} moves from {n_articles} articles")
    if saved:
        s = pd.DataFrame(saved)
        console.print(f"saved {len(s)} articles: {int(s.moves_new.sum())} new moves, "
                      f"{int(s.moves_merged.sum())} merged into existing moves, "
                      f"{int(s.candidates.sum())} new candidate companies "
                      "(see `chuhai review`)")
    if problems:
        sys.exit(1)


@click.command("review")
@click.option("--accept", "accept_ids", multiple=True, metavar="ID",
              help="Accept a candidate company (or the company of a candidate move).")
@click.option("--reject", "reject_ids", multiple=True, metavar="ID",
              help="Reject a candidate move, or a candidate company with its news moves.")
@format_option()
@pass_context
def review_cmd(obj: Context, accept_ids: tuple[str, ...], reject_ids: tuple[str, ...],
               fmt: str) -> None:
    """List companies found in news that the registry does not know, to accept or reject.

    Without options, lists candidate companies and their extracted moves. An accepted
    company joins the registry of this store (later extractions resolve it); a rejected
    one is deleted with its news moves and their evidence.

    \b
    Examples:
      chuhai review
      chuhai review --accept cand_pop_mart
      chuhai review --reject cand_some_noise --reject news-0123456789abcdef
    """
    from chuhai.extract.link import accept, reject, review_items

    store = obj.store()
    if accept_ids or reject_ids:
        done = []
        for i in accept_ids:
            done.append({"id": accept(store, i), "action": "accepted"})
        for i in reject_ids:
            done.append({"id": reject(store, i), "action": "rejected"})
        emit(pd.DataFrame(done), fmt, title="review")
        return
    items = review_items(store)
    emit(items, fmt, title=f"candidates ({items.id.nunique()} companies)")


@click.command("eval-extract")
@click.option("--docs", "docs", multiple=True, required=True,
              type=click.Path(exists=True, path_type=Path),
              help="Folder of articles (repeatable). A gold 'doc' is a path relative to it.")
@click.option("--gold", "gold", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold moves, one JSON object a line (repeatable).")
@click.option("--lang", type=click.Choice(["auto", "en", "zh"]), default="auto",
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
              help="Score only moves scored at least X, as `chuhai extract --min-confidence` "
              f"would print them (default {_HELP_FLOOR:.2f}).")
@pass_context
def eval_extract_cmd(obj: Context, docs: tuple[Path, ...], gold: tuple[Path, ...], lang: str,
                     fmt: str, min_confidence: float | None) -> None:
    """Score extraction against gold moves: P/R/F1 on (company, host, type) triples.

    Companies are compared after registry resolution; on matched triples, the accuracy of
    year, value (within 10%) and status is reported.

    \b
    Examples:
      chuhai eval-extract --docs tests/fixtures/extract/dev/tune \\
          --gold tests/fixtures/extract/dev/tune/gold.jsonl
      chuhai eval-extract --docs news/ --gold gold.jsonl --format json
      chuhai eval-extract --docs news/ --gold gold.jsonl --min-confidence 0
    """
    from chuhai.extract.core import MIN_CONFIDENCE
    from chuhai.extract.evaluate import evaluate

    result = evaluate(docs, gold, lang=lang,
                      min_confidence=MIN_CONFIDENCE if min_confidence is None else min_confidence)
    if fmt == "json":
        click.echo(dumps(result))
        return
    rows = [{"scope": "all", **result["triples"]}] + [
        {"scope": lg, **s} for lg, s in result["by_lang"].items()]
    emit(pd.DataFrame(rows), "table", title=f"triples over {result['documents']} documents")
    emit(pd.DataFrame([{"attribute": k, **v} for k, v in result["attributes"].items()]),
         "table", title="attributes on matched triples")
    if result["errors"]:
        emit(pd.DataFrame(result["errors"]), "table", title="errors")
