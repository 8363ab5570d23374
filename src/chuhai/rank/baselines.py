"""The two baselines every ranking is measured against.

* **popularity** — the number of deals of the sector in the host over the last three
  years. Ties (most countries have none) are broken by the host's deals in all sectors
  over the same years, weighted by 1/1000 so that they never outweigh one sector deal;
  without this, the order among tied countries would be alphabetical noise and the
  baseline would look weaker than it is.
* **gravity** — PPML of the sector-year deal counts on log GDP and log distance from
  China with sector-year fixed effects (the textbook gravity equation, fitted with
  pyfixest on the same training years as the learned model).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from chuhai.rank.model import Design, FittedModel, fit_model

#: Weight of the all-sector count that breaks ties between equal sector counts.
TIE_BREAK = 1e-3
GRAVITY_FEATURES = ("log_gdp", "log_dist")


def popularity_scores(design: Design, year: int, window: int = 3) -> np.ndarray:
    """Scores ``[root, host]`` for ``year``: deals of the last ``window`` years.

    >>> import numpy as np
    >>> d = Design(["a"], ["X", "Y", "Z"], [2000, 2001, 2002],
    ...            np.array([[[1, 0, 0], [0, 2, 0], [0, 0, 0]]], dtype=float))
    >>> popularity_scores(d, 2002).round(3).tolist()
    [[1.001, 2.002, 0.0]]
    """
    yi = design.years.index(year)
    lo = max(0, yi - window)
    sector = design.counts[:, :, lo:yi].sum(axis=2)
    total = sector.sum(axis=0, keepdims=True)
    return sector + TIE_BREAK * total


def fit_gravity(design: Design, train_years: Sequence[int]) -> FittedModel:
    """PPML gravity: counts on log GDP and log distance, sector-year fixed effects."""
    return fit_model(design, train_years, features=list(GRAVITY_FEATURES))


def model_scores(model: FittedModel, design: Design, year: int) -> np.ndarray:
    """Scores ``[root, host]`` of a fitted model for one year."""
    frame = design.frame([year])
    s = model.score(frame)
    return s.reshape(len(design.roots), len(design.hosts))
