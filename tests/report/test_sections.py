"""The brief's ranking and follow sections agree with the rank and follow libraries."""

import pytest

from chuhai.api import open_store
from chuhai.report import brief_for


@pytest.fixture(scope="module")
def starter():
    store = open_store(":memory:")
    yield store
    store.close()


def _section(brief, sid):
    return next((s for s in brief["sections"] if s["id"] == sid), None)


def test_profile_brief_has_ranking_and_follow_sections_matching_the_libraries(starter):
    from chuhai.follow.api import follow_section
    from chuhai.follow.profile import load_profile
    from chuhai.rank import rank_section

    brief = brief_for(starter, profile="example")
    ids = [s["id"] for s in brief["sections"]]
    assert ids.index("ranking") < ids.index("evidence")
    assert ids.index("follow") < ids.index("evidence")

    ranking = _section(brief, "ranking")
    table = next(b for b in ranking["blocks"] if b["type"] == "table")
    want = rank_section(starter, profile=load_profile("example").path, top=10)["rows"]
    assert [r["rank"] for r in table["rows"]] == [r["rank"] for r in want]
    assert [r["score"] for r in table["rows"]] == [round(r["score"], 1) for r in want]

    follow = _section(brief, "follow")
    facts = next(b for b in follow["blocks"] if b["type"] == "facts")
    sec = follow_section(starter, load_profile("example"))
    assert facts["items"][0]["value"] == f"{sec['risk']['score']:.0f}/100"
    # every customer facility row cites its source in the evidence list
    fac = next(b for b in follow["blocks"] if b["type"] == "table" and
               any(c["key"] == "customer" for c in b["columns"]))
    assert len(fac["rows"]) == len(sec["facilities"]) and all(r["refs"] for r in fac["rows"])


def test_company_brief_ranks_but_has_no_follow_section(starter):
    brief = brief_for(starter, company="CATL", lang="zh")
    assert _section(brief, "follow") is None
    assert _section(brief, "ranking")["title"] == "去哪里：东道国排名"
