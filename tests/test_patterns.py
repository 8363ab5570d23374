"""chuhai.patterns: the re functions over a larger least-recently-used cache."""

import re

from chuhai import patterns as px


def test_functions_answer_as_re_does():
    text = "CATL opened a plant in Debrecen, Hungary, in 2025; 宁德时代在匈牙利建厂。"
    for pattern in (r"\bplant\b", r"\d{4}", r"[\u4e00-\u9fff]+", r"(?i)HUNGARY"):
        assert px.search(pattern, text).span() == re.search(pattern, text).span()
        assert px.findall(pattern, text) == re.findall(pattern, text)
        assert [m.span() for m in px.finditer(pattern, text)] == [m.span() for m in re.finditer(pattern, text)]
        assert px.split(pattern, text) == re.split(pattern, text)
        assert px.sub(pattern, "_", text) == re.sub(pattern, "_", text)
    assert px.match(r"CATL", text) and not px.match(r"plant", text)
    assert px.fullmatch(r"\w+", "CATL") and not px.fullmatch(r"\w+", "CATL opened")
    assert px.search("hungary", text, re.IGNORECASE).group() == "Hungary"
    assert px.sub(r"a", "A", "banana", 2) == "bAnAna"


def test_a_pattern_is_compiled_once_while_more_than_re_caches_are_used():
    px.compile.cache_clear()
    first = px.compile(r"\bfactory\b")
    # the first pattern, used often among many others, is never compiled again
    for i in range(700):  # more than the 512 patterns re keeps
        px.search(rf"\bplant{i}\b", "a plant")
        assert px.compile(r"\bfactory\b") is first
    assert px.compile.cache_info().currsize <= px.CACHE_SIZE
