"""Running chuhai on Apache Spark (the optional ``chuhai[spark]`` extra).

The Spark engines run the same Python as the local ones: flows aggregates moves with the
filters of :func:`chuhai.flows.aggregate.conditions` and finishes with the pure
:func:`chuhai.flows.aggregate.summarise`; extraction calls the extractor's own loader and
:func:`chuhai.extract.core.extract_articles` inside ``mapPartitions``. docs/spark.md
explains running them on a cluster.
"""

from chuhai.spark.session import get_session

__all__ = ["get_session"]
