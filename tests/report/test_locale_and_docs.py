"""The message catalogue is complete in both languages; the docs examples run."""

from __future__ import annotations

import doctest
import importlib

import pytest

from chuhai.locale import messages, t
from chuhai.vocab import MOVE_STATUSES, MOVE_TYPES


def test_every_message_in_both_languages():
    for key, entry in messages().items():
        assert set(entry) == {"en", "zh"}, key
        assert entry["en"].strip() and entry["zh"].strip(), key
        # the same placeholders, so formatting never fails in one language only
        import string
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f}
                  for lang in ("en", "zh")]
        assert fields[0] == fields[1], key


def test_vocabulary_is_translated():
    for mt in MOVE_TYPES:
        assert t(f"move_type.{mt}", "zh")
    for st in MOVE_STATUSES:
        assert t(f"status.{st}", "zh")
    from chuhai.reference.countries import REGIONS
    for r in REGIONS:
        assert t(f"region.{r}", "zh")


def test_unknown_message_is_an_error():
    with pytest.raises(KeyError):
        t("no.such.message")


@pytest.mark.parametrize("module", [
    "chuhai.sources.templates", "chuhai.sources.starter", "chuhai.report.brief",
    "chuhai.report.svg", "chuhai.report.html", "chuhai.locale", "chuhai.measures.select",
    "chuhai.report"])
def test_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
