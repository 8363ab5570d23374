"""Briefs: the expansion brief as data (:mod:`.brief`) and as offline HTML (:mod:`.html`).

>>> import chuhai
>>> from chuhai.report import brief_for
>>> store = chuhai.open_store(":memory:")
>>> b = brief_for(store, company="BYD", lang="zh")
>>> b["sections"][0]["title"], b["sections"][-1]["id"]
('摘要', 'evidence')
"""

from __future__ import annotations

import datetime as dt

from chuhai.report.brief import (SECTIONS, BriefContext, BriefData, Subject, build_brief, gather,
                                 make_subject, register_section)


def brief_for(store, *, company: str | None = None, sector: str | None = None,
              profile: str | None = None, lang: str = "en", on: dt.date | None = None,
              dataset: str = "auto") -> dict:
    """The brief dict for one subject (what ``chuhai brief --format json`` prints).

    Give exactly one of ``company``, ``sector`` or ``profile`` (a YAML path, or
    ``"example"`` for the shipped supplier profile).
    """
    subject = make_subject(store, company=company, sector=sector, profile=profile)
    return build_brief(gather(store, subject, on=on, dataset=dataset), lang)


__all__ = ["brief_for", "build_brief", "gather", "make_subject", "register_section",
           "SECTIONS", "BriefContext", "BriefData", "Subject"]

# the ranking and follow sections register themselves with the brief
from chuhai.report import sections as _sections  # noqa: E402,F401
