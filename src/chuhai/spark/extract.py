"""``chuhai extract`` on Spark: the extractor's own code over a large archive.

Work is split by file: Spark reads the archive's files (``binaryFile``, so local paths,
HDFS or S3 alike), and each partition writes its files to a scratch folder with their
relative paths and runs the extractor's :func:`~chuhai.extract.loaders.load_articles` and
:func:`~chuhai.extract.core.extract_articles` on them, exactly as the local engine
(:func:`extract_local`) does. Split a huge JSON-lines dump into many files (one per day,
say) so that partitions have work to share.

The result is one row per extracted move, with the article's ``doc`` name, its position
``n`` in that article and evidence as a JSON string, written as Parquet.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

import pandas as pd

from chuhai.errors import InputError

#: columns of the moves table (also the Parquet schema, in Spark DDL)
MOVE_SCHEMA = ("doc string, n int, source_id string, url string, company_id string, "
               "company_name string, is_candidate boolean, host_iso3 string, city string, "
               "move_type string, sector string, value_amount double, value_currency string, "
               "value_usd_m double, year int, month int, status string, partner string, "
               "confidence double, evidence string")
MOVE_COLUMNS = [c.split()[0] for c in MOVE_SCHEMA.split(", ")]
PROBLEM_SCHEMA = "file string, row int, code string, message string"


def move_rows(articles, moves_per_article) -> list[dict]:
    """One dict per move: the article's doc, source id and url, the move, its evidence."""
    rows = []
    for art, moves in zip(articles, moves_per_article):
        for n, m in enumerate(moves):
            d = m.as_dict()
            d["evidence"] = json.dumps(d.get("evidence", {}), ensure_ascii=False, sort_keys=True)
            d.update(doc=art.doc, n=n, source_id=art.source_id, url=art.url)
            rows.append({c: d.get(c) for c in MOVE_COLUMNS})
    return rows


def _frame(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=MOVE_COLUMNS)
    for c in ("n", "year", "month"):
        out[c] = out[c].astype("Int64")
    return out.sort_values(["doc", "n"], kind="stable").reset_index(drop=True)


def extract_local(paths: Sequence[str | Path], lang: str = "auto"
                  ) -> tuple[pd.DataFrame, list]:
    """The local engine: moves of every article under ``paths``, and the load problems."""
    from chuhai.extract.core import extract_articles
    from chuhai.extract.loaders import load_articles
    loaded = load_articles(paths)
    arts = loaded.articles
    moves = extract_articles([a.text for a in arts], lang, None, [a.year for a in arts])
    return _frame(move_rows(arts, moves)), loaded.problems


def _partition(items: Iterator, lang: str) -> Iterator[tuple]:
    """Runs on an executor: (root index, root, relative path, bytes) -> move / problem rows."""
    from chuhai.extract.core import extract_articles
    from chuhai.extract.loaders import load_articles
    by_root: dict[tuple[int, str], list[tuple[str, bytes]]] = {}
    for idx, root, rel, content in items:
        by_root.setdefault((idx, root), []).append((rel, bytes(content)))
    for (idx, root), files in by_root.items():
        with tempfile.TemporaryDirectory(prefix="chuhai-spark-") as scratch:
            base = Path(scratch) / "in"
            for rel, content in files:
                target = base / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            # a folder input is read as a folder (doc names are relative paths, hidden
            # files skipped), a file input as that file: as load_articles does locally
            loaded = load_articles([base] if idx >= 0 else [base / rel for rel, _ in files])
            arts = loaded.articles
            moves = extract_articles([a.text for a in arts], lang, None, [a.year for a in arts])
            for r in move_rows(arts, moves):
                yield ("move", json.dumps(r, ensure_ascii=False))
            for p in loaded.problems:
                shown = str(p.file).replace(str(base), root.rstrip("/"))
                yield ("problem", json.dumps({"file": shown, "row": p.row, "code": p.code,
                                              "message": p.message}, ensure_ascii=False))


def _inputs(spark, paths: Sequence[str | Path]):
    """(root index, root, relative path, content) for every file; -1 marks a file input."""
    from pyspark.sql import functions as F
    frames = []
    for i, p in enumerate(paths):
        s = str(p)
        local = not s.split(":", 1)[0] in ("hdfs", "s3a", "s3", "gs", "abfs", "file")
        if local and not Path(s).exists():
            raise InputError(f"no such file or folder {s}")
        is_dir = Path(s).is_dir() if local else s.endswith("/")
        df = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(s)
              .select("path", "content"))
        if is_dir:
            # Spark writes local paths as file:/x/y; match the root wherever it starts
            root = Path(s).resolve().as_posix() if local else s.rstrip("/")
            rel = F.regexp_replace("path", r"^.*?\Q" + root + r"\E/", "")
            frames.append(df.select(F.lit(i).alias("idx"), F.lit(s).alias("root"),
                                    rel.alias("rel"), "content"))
        else:
            frames.append(df.select(F.lit(-1 - i).alias("idx"),
                                    F.lit(str(Path(s).parent) if local else s).alias("root"),
                                    F.regexp_extract("path", r"([^/]+)$", 1).alias("rel"),
                                    "content"))
    out = frames[0]
    for f in frames[1:]:
        out = out.unionByName(f)
    return out


def extract_spark(paths: Sequence[str | Path], output: str | Path, *,
                  master: str = "local[*]", lang: str = "auto", spark=None,
                  partitions: int | None = None) -> dict:
    """Extract moves from every article under ``paths`` on Spark; write Parquet.

    Writes ``<output>/moves`` (one row per move, columns :data:`MOVE_COLUMNS`) and
    ``<output>/problems`` (files or lines that could not be read). Returns the counts.
    """
    from chuhai.spark.session import get_session
    if not paths:
        raise InputError("give the article files or folders to extract from")
    spark = spark or get_session(master)
    files = _inputs(spark, paths)
    n = partitions or max(spark.sparkContext.defaultParallelism, 1)
    rows = (files.repartition(n).rdd.map(tuple)
            .mapPartitions(functools.partial(_partition, lang=lang)).cache())
    try:
        moves = spark.read.schema(MOVE_SCHEMA).json(
            rows.filter(lambda r: r[0] == "move").map(lambda r: r[1]))
        problems = spark.read.schema(PROBLEM_SCHEMA).json(
            rows.filter(lambda r: r[0] == "problem").map(lambda r: r[1]))
        out = str(output)
        moves.write.mode("overwrite").parquet(os.path.join(out, "moves"))
        problems.write.mode("overwrite").parquet(os.path.join(out, "problems"))
        return {"moves": moves.count(), "problems": problems.count(), "output": out}
    finally:
        rows.unpersist()


def read_output(output: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The moves and problems an :func:`extract_spark` run wrote, as pandas frames."""
    out = Path(output)
    moves = pd.read_parquet(out / "moves")
    return _frame(moves.to_dict("records")), pd.read_parquet(out / "problems")
