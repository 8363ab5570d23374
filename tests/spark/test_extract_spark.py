"""``extract`` on Spark gives the local engine's moves on the development corpus (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.spark

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "dev"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The tuning articles as a folder, plus a JSON-lines file and a bad file beside them."""
    tune = DEV / "tune"
    if not tune.exists():
        pytest.skip("the extraction development corpus is absent")
    d = tmp_path_factory.mktemp("spark-extract")
    texts = sorted(tune.glob("*.txt"))[:6]
    jl = d / "articles.jsonl"
    jl.write_text("".join(json.dumps({"text": t.read_text(encoding="utf-8"),
                                      "url": f"https://example.org/{t.stem}",
                                      "date": "2024-05-01"}, ensure_ascii=False) + "\n"
                          for t in texts) + "not json\n", encoding="utf-8")
    return tune, jl


def test_spark_and_local_extract_the_same_moves(spark, corpus, tmp_path):
    from chuhai.spark.extract import extract_local, extract_spark, read_output
    tune, jl = corpus
    local, local_problems = extract_local([tune, jl])
    assert len(local) > 20, "the corpus should yield moves"
    counts = extract_spark([tune, jl], tmp_path / "out", spark=spark, partitions=3)
    moves, problems = read_output(tmp_path / "out")
    assert counts["moves"] == len(local)
    pd.testing.assert_frame_equal(moves, local, check_dtype=False)
    # the bad JSON line is reported by both, naming the original file and line
    assert [(p.code, p.row) for p in local_problems] == list(zip(problems.code, problems.row))
    assert problems.file.str.endswith("articles.jsonl").all()


def test_cli_engine_spark_writes_the_same_moves(spark, corpus, tmp_path, cli):
    from chuhai.spark.extract import extract_local, read_output
    tune, jl = corpus
    local, _ = extract_local([tune, jl])
    code, out, err = cli("extract", tune, jl, "--engine", "spark", "--output", tmp_path / "cli")
    assert code == 0, err
    moves, _ = read_output(tmp_path / "cli")
    assert len(moves) == len(local) and f"{len(local)} moves" in out
    code, _, err = cli("extract", tune, "--engine", "spark")
    assert code == 2 and "--output" in err
