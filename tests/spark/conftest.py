"""One local SparkSession for the whole test session (starting one takes seconds).

The JVM's start-up, not the tests' tiny jobs, is what costs here, so when collection finds
Spark tests the session is started, and its Python workers warmed, in a background thread
at once: that overlaps the tests that run before tests/spark on the otherwise idle second
core. The ``spark`` fixture waits for it (docs/spark.md).
"""

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

_start: dict = {}   # "thread", then "session" or "error" once it is done


def _missing() -> str | None:
    """Why the Spark tests cannot run here, or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "the Spark tests need pip install 'chuhai[spark]'"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "the Spark tests need Java 17 (java on PATH or JAVA_HOME)"
    return None


def _start_session() -> None:
    os.environ.setdefault("CHUHAI_SPARK_PARTITIONS", "2")  # tiny inputs: fewer tasks
    # the test jobs are tiny, so the JVM's start-up dominates: the quick (C1) compiler alone
    # and the serial collector start the session and its first jobs faster on 2 cores
    # (docs/spark.md). Set PYSPARK_SUBMIT_ARGS yourself to test other settings.
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-java-options "
                          "'-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' pyspark-shell")
    try:
        from chuhai.spark.session import get_session
        session = get_session("local[2]")
        # warm up what every test's first job would otherwise pay for: Spark SQL's code
        # paths, and two Python workers (reused by later jobs) with the extractor imported
        session.range(10).selectExpr("sum(id)").collect()
        session.sparkContext.parallelize(range(2), 2).mapPartitions(
            lambda _: [__import__("chuhai.extract.core").__name__]).collect()
        _start["session"] = session
    except BaseException as exc:  # noqa: BLE001 - raised again by the fixture
        _start["error"] = exc


def pytest_collection_finish(session):
    if _missing() is None and any(item.get_closest_marker("spark") for item in session.items):
        # PySpark imports this lazily while the session starts, and it warns (pandas 3) at
        # import: import it here, under pytest's warning filters, not in a thread racing them
        import pyspark.testing.utils  # noqa: F401
        _start["thread"] = threading.Thread(target=_start_session, name="spark-start",
                                            daemon=True)
        _start["thread"].start()


@pytest.fixture(scope="session")
def spark():
    reason = _missing()
    if reason:
        pytest.skip(reason)
    if "thread" not in _start:       # collected without the marker: start it now
        _start_session()
    else:
        _start["thread"].join()
    if "error" in _start:
        raise _start["error"]
    yield _start["session"]
    _start["session"].stop()
