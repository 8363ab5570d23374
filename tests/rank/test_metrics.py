"""NDCG@k, hit@k and MRR against values computed by hand."""

import math

import numpy as np
import pytest

from chuhai.rank.metrics import hit_at_k, mrr, ndcg_at_k


def test_ndcg_by_hand():
    # order: C (gain 0), A (gain 3), B (gain 1); ideal: A, B, C
    scores, gains = [2.0, 1.0, 3.0], [3, 1, 0]
    dcg = 0 / math.log2(2) + 3 / math.log2(3) + 1 / math.log2(4)
    idcg = 3 / math.log2(2) + 1 / math.log2(3)
    assert ndcg_at_k(scores, gains, k=3) == pytest.approx(dcg / idcg)
    # with k=1 only the first position counts
    assert ndcg_at_k(scores, gains, k=1) == 0.0
    assert ndcg_at_k([3, 2, 1], [3, 1, 0], k=10) == pytest.approx(1.0)


def test_hit_is_the_share_of_deals_in_the_top_k():
    scores, gains = [5, 4, 3, 2, 1], [0, 2, 0, 1, 1]
    assert hit_at_k(scores, gains, k=2) == pytest.approx(2 / 4)
    assert hit_at_k(scores, gains, k=4) == pytest.approx(3 / 4)
    assert hit_at_k(scores, gains, k=5) == 1.0


def test_mrr_is_one_over_the_rank_of_the_first_host_with_a_deal():
    assert mrr([5, 4, 3, 2, 1], [0, 0, 0, 1, 7]) == pytest.approx(1 / 4)
    assert mrr([1, 2], [1, 0]) == pytest.approx(1 / 2)


def test_ties_keep_the_candidate_order_and_empty_cells_are_nan():
    # all scores equal: the list order decides, deterministically
    assert mrr([0, 0, 0], [0, 1, 0]) == pytest.approx(1 / 2)
    assert math.isnan(ndcg_at_k([1, 2], [0, 0]))
    assert math.isnan(hit_at_k(np.array([1.0]), np.array([0.0])))
