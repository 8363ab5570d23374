"""``chuhai flows --engine spark``: the flows table computed by Spark over move files.

Moves come from Parquet or JSON-lines files with the store's ``move`` columns (for example
written by ``Store.export("move", "moves.parquet")``). Spark filters them with the same
conditions as the local engine (:func:`chuhai.flows.aggregate.conditions`) and sums them at
the (by + hhi_over) grain; the small result is finished by the same pure
:func:`chuhai.flows.aggregate.summarise`, so both engines give the same table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

from chuhai.errors import InputError
from chuhai.flows.aggregate import DIMENSIONS, FlowFilter, conditions, summarise
from chuhai.reference import countries as countries_ref
from chuhai.reference import sectors as sectors_ref

#: move columns the Spark engine reads: name -> (Spark type, default when absent or None
#: meaning the column is required)
COLUMNS: dict[str, tuple[str, object]] = {
    "dataset": ("string", None),
    "company_id": ("string", "null"),
    "company_name": ("string", "null"),
    "host_iso3": ("string", None),
    "move_type": ("string", None),
    "sector": ("string", None),
    "value_usd_m": ("double", None),
    "year": ("int", None),
    "status": ("string", "'unknown'"),     # the store's defaults
    "troubled": ("boolean", "false"),
}


def read_moves(spark, inputs: Sequence[str | Path]):
    """A DataFrame of moves from Parquet files/folders and JSON-lines files."""
    if not inputs:
        raise InputError("--engine spark reads moves from files: give --input moves.parquet "
                         "(or .jsonl); `chuhai export-moves` style files come from "
                         "Store.export('move', path)")
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    parquet, jsonl = [], []
    for p in inputs:
        s = str(p)
        if not s.startswith(("hdfs:", "s3a:", "s3:", "gs:", "abfs:")) and not Path(s).exists():
            raise InputError(f"no such input {s}")
        (jsonl if s.lower().endswith((".jsonl", ".json", ".ndjson")) else parquet).append(s)
    frames = []
    if parquet:
        frames.append(spark.read.parquet(*parquet))
    if jsonl:
        schema = StructType.fromDDL(", ".join(f"{c} {t}" for c, (t, _) in COLUMNS.items()))
        frames.append(spark.read.schema(schema).option("mode", "FAILFAST").json(jsonl))
    out = []
    for df in frames:
        have = set(df.columns)
        missing = [c for c, (_, default) in COLUMNS.items() if default is None and c not in have]
        if missing:
            raise InputError(f"the move files lack column(s) {', '.join(missing)}; they need "
                             f"{', '.join(COLUMNS)} (the store's move columns)")
        out.append(df.select([
            (F.col(c) if c in have else F.expr(default)).cast(t).alias(c)
            for c, (t, default) in COLUMNS.items()]))
    moves = out[0]
    for df in out[1:]:
        moves = moves.unionByName(df)
    return moves


def _resolve_dataset(moves, dataset: str) -> list[str] | None:
    """As :func:`chuhai.flows.aggregate.resolve_dataset`, over the input files."""
    if dataset == "all":
        return None
    if dataset == "auto":
        others = [r[0] for r in moves.select("dataset").where("dataset <> 'starter'")
                  .distinct().collect()]
        return others or None
    return [d.strip() for d in dataset.split(",") if d.strip()]


def fine_frame(spark, moves, by: list[str], hhi_over: str, flt: FlowFilter) -> pd.DataFrame:
    """Sums at the (by + hhi_over) grain, as a pandas frame for :func:`summarise`."""
    from pyspark.sql import functions as F

    conds, drop_cancelled = conditions(flt, datasets=_resolve_dataset(moves, flt.dataset))
    for col, values in conds.items():
        moves = moves.where(F.col(col).isin(list(values)) if values else F.lit(False))
    if drop_cancelled:
        # null-safe as in DuckDB: a null status or troubled drops the row there too
        moves = moves.where((F.col("status") != "cancelled") & ~F.col("troubled"))
    inner = list(dict.fromkeys(by + ([hhi_over] if hhi_over not in by else [])))
    if "region" in inner:
        ref = countries_ref.countries()[["iso3", "region"]]
        rows = [(str(a), None if pd.isna(b) else str(b)) for a, b in ref.itertuples(index=False)]
        moves = moves.join(F.broadcast(spark.createDataFrame(rows, "host_iso3 string, region string")),
                           "host_iso3", "left")
    if "root_sector" in inner:
        s = sectors_ref.sectors()
        rows = [(str(x), sectors_ref.root_of(x)) for x in s.index]
        moves = moves.join(F.broadcast(spark.createDataFrame(rows, "sector string, root_sector string")),
                           "sector", "left")
    exprs = {"year": F.col("year"), "region": F.col("region"), "country": F.col("host_iso3"),
             "sector": F.col("sector"), "root_sector": F.col("root_sector"),
             "company": F.coalesce(F.col("company_id"), F.col("company_name")),
             "move_type": F.col("move_type"), "status": F.col("status"),
             "dataset": F.col("dataset")}
    keys = [exprs[d].alias(d) for d in inner]
    agg = (moves.groupBy(*keys)
           .agg(F.sum("value_usd_m").alias("value_usd_m"), F.count(F.lit(1)).alias("count"),
                F.count("value_usd_m").alias("with_value")))
    # collect() rather than toPandas(): the result is small, and PySpark's pandas bridge
    # lags pandas releases (it warns on pandas 3)
    fine = pd.DataFrame.from_records([tuple(r) for r in agg.collect()],
                                     columns=inner + ["value_usd_m", "count", "with_value"])
    if "year" in fine:
        fine["year"] = fine["year"].astype("Int64")
    fine["value_usd_m"] = fine["value_usd_m"].astype("float64").fillna(0.0)
    return fine


def flows_spark(inputs: Sequence[str | Path], by: Sequence[str] = ("year",), *,
                master: str = "local[*]", hhi_over: str = "country", top: int | None = None,
                sort: str | None = None, output: str | Path | None = None, spark=None,
                years: Sequence[int] = (), sectors: Sequence[str] = (),
                regions: Sequence[str] = (), countries: Sequence[str] = (),
                companies: Sequence[str] = (), move_types: Sequence[str] = (),
                dataset: str = "auto", include_cancelled: bool = False) -> pd.DataFrame:
    """The flows table (as :func:`chuhai.api.flows`) computed by Spark over move files.

    Parameters
    ----------
    inputs
        Parquet files or folders, JSON-lines files; local paths or cluster URLs.
    master
        Spark master: ``local[*]`` (default) or a cluster URL.
    output
        Also write the table here as Parquet (a single file).
    spark
        An existing SparkSession to use instead of one for ``master``.

    Company names resolve against the shipped registry (there is no store here).
    """
    from chuhai.spark.session import get_session

    by = list(by)
    for d in by + [hhi_over]:
        if d not in DIMENSIONS:
            raise InputError(f"cannot group by {d!r}; choose from {', '.join(DIMENSIONS)}")
    spark = spark or get_session(master)
    flt = FlowFilter(years=years, sectors=sectors, regions=regions, countries=countries,
                     companies=companies, move_types=move_types, dataset=dataset,
                     include_cancelled=include_cancelled)
    fine = fine_frame(spark, read_moves(spark, inputs), by, hhi_over, flt)
    out = summarise(fine, by, hhi_over, top=top, sort=sort)
    if output is not None:
        out.to_parquet(output, index=False)
    return out
