"""The Spark flows engine gives the local engine's table on the same moves (issue 8)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import synth
from chuhai.api import flows
from chuhai.store import Store

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def moves_files(tmp_path_factory):
    """A store of generated moves and the same moves exported as Parquet and JSON lines."""
    d = tmp_path_factory.mktemp("spark-flows")
    m = synth.moves_frame(4000, seed=3, n_companies=60, n_hosts=40, years=(2012, 2020))
    rng = np.random.default_rng(3)
    # the awkward cases: unresolved firms, missing years, a second dataset, starter rows
    m.loc[rng.random(len(m)) < 0.1, "company_id"] = None
    m.loc[rng.random(len(m)) < 0.02, "year"] = None
    m["year"] = m["year"].astype("Int32")
    m.loc[rng.random(len(m)) < 0.2, "dataset"] = "cgit"
    m.loc[:40, "dataset"] = "starter"
    m.loc[::50, "company_id"] = "byd"
    store = Store(":memory:")
    store.replace_source({"source_id": "gen", "kind": "user", "dataset": "user"}, {"move": m})
    pq, jl = d / "moves.parquet", d / "moves.jsonl"
    store.export("move", pq)
    store.export("move", jl)
    yield store, pq, jl
    store.close()


CASES = [
    (["year", "region"], {}),
    (["country"], {"sectors": ["alternative_energy"], "top": 10}),
    (["company"], {"top": 20, "hhi_over": "year"}),
    (["root_sector", "move_type"], {"include_cancelled": True, "dataset": "all"}),
    (["status", "dataset"], {"regions": ["Global South"], "years": [2015, 2016, 2017]}),
    ([], {"regions": ["Global South"], "dataset": "cgit"}),
    (["year", "company"], {"companies": ["BYD"], "top": 3}),
]
#: cases also run from JSON lines (each Spark job costs seconds on a shared 2-core box)
JSONL_CASES = {0, 6}


def _same(a, b):
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                  check_dtype=False, check_exact=False, rtol=1e-9)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[f"{'+'.join(b) or 'total'}-{i}" for i, (b, _) in enumerate(CASES)])
def test_spark_equals_local_on_parquet_and_jsonl(spark, moves_files, i):
    from chuhai.flows.spark import flows_spark
    by, kw = CASES[i]
    store, pq, jl = moves_files
    local = flows(store, by, **kw)
    assert len(local), "the case selects no moves: it tests nothing"
    _same(flows_spark([pq], by, spark=spark, **kw), local)
    if i in JSONL_CASES:
        _same(flows_spark([jl], by, spark=spark, **kw), local)


def test_cli_engine_spark_writes_parquet_equal_to_local(spark, moves_files, cli, tmp_path):
    store, pq, _ = moves_files
    db = tmp_path / "s.duckdb"
    with Store(db) as s:                       # the same moves in a store file for the CLI
        s.replace_source({"source_id": "gen", "kind": "user", "dataset": "user"},
                         {"move": store.table("move").drop(columns="source_id")})
    out_local, out_spark = tmp_path / "local.parquet", tmp_path / "spark.parquet"
    args = ["flows", "--by", "year", "--by", "region", "--format", "parquet"]
    code, _, err = cli("--db", db, *args, "--output", out_local)
    assert code == 0, err
    code, _, err = cli(*args, "--engine", "spark", "--input", pq, "--master", "local[2]",
                       "--output", out_spark)
    assert code == 0, err
    _same(pd.read_parquet(out_spark), pd.read_parquet(out_local))


def test_missing_column_is_a_clear_error(spark, tmp_path):
    from chuhai.errors import InputError
    from chuhai.flows.spark import flows_spark
    p = tmp_path / "bad.jsonl"
    p.write_text('{"year": 2020, "value_usd_m": 1.0}\n')
    pd.DataFrame({"year": [2020]}).to_parquet(tmp_path / "bad.parquet")
    with pytest.raises(InputError, match="host_iso3"):
        flows_spark([tmp_path / "bad.parquet"], ["year"], spark=spark)
    with pytest.raises(InputError, match="--input"):
        flows_spark([], ["year"], spark=spark)
