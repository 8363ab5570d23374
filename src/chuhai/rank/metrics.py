"""Ranking metrics for one cell (sector, year): NDCG@k, hit@k and MRR.

The relevance of a host is its number of deals in the cell (linear gain), so a country
that received five deals matters five times as much as one that received one. Ties in
the score are broken by the host's position in the candidate list (ISO3 order), so every
metric is deterministic.
"""

from __future__ import annotations

import numpy as np


def order(scores: np.ndarray) -> np.ndarray:
    """Indices from best to worst; stable, so ties keep the candidate-list order."""
    return np.argsort(-np.asarray(scores, dtype=float), kind="stable")


def ndcg_at_k(scores: np.ndarray, gains: np.ndarray, k: int = 10) -> float:
    """Normalised discounted cumulative gain of the top ``k``.

    DCG = sum over the top k of gain / log2(rank + 1); NDCG divides by the DCG of the
    ideal order. A cell without deals has no NDCG (NaN).

    >>> round(ndcg_at_k([3, 2, 1], [0, 1, 2], k=3), 4)
    0.6199
    """
    gains = np.asarray(gains, dtype=float)
    if gains.sum() <= 0:
        return float("nan")
    disc = 1.0 / np.log2(np.arange(2, k + 2))
    top = gains[order(scores)[:k]]
    ideal = np.sort(gains)[::-1][:k]
    return float((top * disc[:len(top)]).sum() / (ideal * disc[:len(ideal)]).sum())


def hit_at_k(scores: np.ndarray, gains: np.ndarray, k: int = 10) -> float:
    """Share of the cell's deals that went to a host ranked in the top ``k``.

    >>> hit_at_k([3, 2, 1], [0, 1, 3], k=2)
    0.25
    """
    gains = np.asarray(gains, dtype=float)
    if gains.sum() <= 0:
        return float("nan")
    return float(gains[order(scores)[:k]].sum() / gains.sum())


def mrr(scores: np.ndarray, gains: np.ndarray) -> float:
    """Reciprocal rank of the best-ranked host that received a deal.

    >>> mrr([3, 2, 1], [0, 0, 5])
    0.3333333333333333
    """
    gains = np.asarray(gains, dtype=float)
    if gains.sum() <= 0:
        return float("nan")
    ranked = gains[order(scores)]
    first = int(np.argmax(ranked > 0))
    return 1.0 / (first + 1)
