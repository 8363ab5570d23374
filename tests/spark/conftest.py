"""One local SparkSession for the whole test session (starting one takes seconds)."""

import os
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="the Spark tests need pip install 'chuhai[spark]'")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("the Spark tests need Java 17 (java on PATH or JAVA_HOME)")
    os.environ.setdefault("CHUHAI_SPARK_PARTITIONS", "2")  # tiny inputs: fewer tasks
    # the test jobs are tiny, so the JVM's start-up dominates: the quick (C1) compiler alone
    # and the serial collector start the session and its first jobs in about half the time
    # on 2 cores (docs/spark.md). Set PYSPARK_SUBMIT_ARGS yourself to test other settings.
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-java-options "
                          "'-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' pyspark-shell")
    from chuhai.spark.session import get_session
    session = get_session("local[2]")
    yield session
    session.stop()
