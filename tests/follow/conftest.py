"""Fixtures of the follow tests."""

from __future__ import annotations

import pytest
from follow_data import facilities_frame, measures_frame


@pytest.fixture
def follow_store(store):
    """The ``store`` fixture with test facilities and measures."""
    store.replace_source({"source_id": "test-follow", "kind": "curated", "dataset": "user",
                          "title": "follow test data"},
                         {"facility": facilities_frame(), "measure": measures_frame()})
    return store
