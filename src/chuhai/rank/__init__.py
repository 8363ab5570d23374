"""Host-country ranking: the explainable index, the learned location-choice model,
scenarios and the rolling-origin backtest (docs/rank.md).

``rank_section`` is the pure function the brief calls for its ranking section.
"""

from chuhai.rank.api import Ranking, rank_hosts, rank_section
from chuhai.rank.backtest import run_backtest

__all__ = ["Ranking", "rank_hosts", "rank_section", "run_backtest"]
