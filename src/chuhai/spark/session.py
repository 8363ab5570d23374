"""One SparkSession per process, local or on a cluster."""

from __future__ import annotations

import os
import sys

from chuhai.errors import InputError


def get_session(master: str = "local[*]", app_name: str = "chuhai"):
    """The process's SparkSession (created on first use) for ``master``.

    ``local[*]`` runs in this process's JVM on every core; a cluster URL
    (``spark://host:7077``, ``yarn``, ``k8s://...``) sends work to executors, which need
    chuhai installed in the same version (docs/spark.md). Settings come from the usual
    ``spark-defaults.conf`` / ``SPARK_CONF_DIR`` as well.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("the Spark engine needs PySpark: pip install 'chuhai[spark]' "
                         "(and Java 17)") from None
    if master.startswith("local"):
        # executors of local mode are this interpreter, with chuhai importable
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (SparkSession.builder.master(master).appName(app_name)
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.ui.showConsoleProgress", "false"))
    if master.startswith("local"):
        # small local jobs: a few shuffle partitions, no web UI port to fight over
        builder = (builder.config("spark.sql.shuffle.partitions",
                                  os.environ.get("CHUHAI_SPARK_PARTITIONS", "4"))
                   .config("spark.ui.enabled", "false"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("CHUHAI_SPARK_LOG", "ERROR"))
    return spark
