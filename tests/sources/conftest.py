"""Fixtures of the source tests: CGIT files built in tmp_path."""

from __future__ import annotations

import pytest

from tests.sources.cgit_layout import write_cgit_csv, write_cgit_xlsx


@pytest.fixture
def cgit_xlsx(tmp_path):
    return lambda name="cgit.xlsx", **kw: write_cgit_xlsx(tmp_path / name, **kw)


@pytest.fixture
def cgit_csv(tmp_path):
    return lambda rows, name="cgit.csv", **kw: write_cgit_csv(tmp_path / name, rows, **kw)
