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


# -- gated patterns -----------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["a", "b", "ab", "二", "三条", r"\s+", r"\b", "(?:a|bc)", "(?:a|)", "[ab]", "[二三]",
           r"\w+", r"\d", "b?", "(?:ab)+", "(?:c)*", "(?=ba)", "(?!a)", "(?<=a)", ".", "[^a]",
           "(ca)", "(?:二|三)+", r"a{2,3}", r"(?:b|\d)"]


@st.composite
def _pattern(draw, depth=0):
    parts = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
    body = "".join(parts)
    if depth < 2 and draw(st.booleans()):
        body += "|" + draw(_pattern(depth + 1))
    if depth < 2 and draw(st.booleans()):
        body = f"(?:{body})" + draw(st.sampled_from(["", "?", "+", "{1,2}"]))
    return body


@settings(max_examples=400, deadline=None)
@given(_pattern(), st.text(alphabet="abc 二三条d1", max_size=30), st.integers(0, 5))
def test_a_gate_never_hides_a_match(pattern, text, pos):
    """Soundness: whenever the pattern finds something in the range, the gate lets it run."""
    rx = re.compile(pattern)
    g = px.Gated(rx)
    pos = min(pos, len(text))
    assert [m.span() for m in g.finditer(text, pos)] == [m.span() for m in rx.finditer(text, pos)]
    found = rx.search(text, pos)
    assert (g.search(text, pos) or None) and g.search(text, pos).span() == found.span() if found \
        else g.search(text, pos) is None


@settings(max_examples=300, deadline=None)
@given(_pattern(), st.lists(st.text(alphabet="abc 二三条d1", max_size=30), min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 30), st.integers(0, 30)), max_size=8))
def test_a_gate_asked_about_ranges_of_several_texts_answers_as_the_pattern(pattern, texts, asks):
    """The words a text holds are kept for the last text asked about; ranges of another
    text asked in between (or a new text equal to an old one) never get the old answer."""
    rx = re.compile(pattern)
    g = px.Gated(rx)
    for which, a, b in asks:
        text = texts[which % len(texts)]
        pos, end = sorted((min(a, len(text)), min(b, len(text))))
        found = rx.search(text, pos, end)
        got = g.search(text, pos, end)
        assert (got.span() if got else None) == (found.span() if found else None)
        assert [m.span() for m in g.finditer(text, pos, end)] == \
            [m.span() for m in rx.finditer(text, pos, end)]


def test_a_gate_forgets_the_words_of_the_text_before():
    """The cases a random search finds only now and then: a text that lacks the words
    asked first, then one that has them; and words first seen in a range's outside."""
    g = px.Gated(re.compile("ab"))
    assert g.search("c c", 1, 2) is None
    assert g.search("cab", 1, 3).span() == (1, 3)
    g = px.Gated(re.compile("ab"))
    assert g.search("ab c", 2, 4) is None
    assert g.search("ab c", 0, 3).span() == (0, 2)


def test_required_words_of_the_kinds_of_pattern_the_rules_write():
    assert px.required_words(re.compile(r"\b(?:reported|said)\s+to\s+be\b|据传")) == \
        ("reported", "said", "据传")
    # a look-ahead's words count; a look-behind's do not (it may read before the range)
    assert px.required_words(re.compile(r"\bone\b(?=\s+in\s+Hungary)")) == ("Hungary",)
    assert px.required_words(re.compile(r"(?<=Hungary )one")) == ("one",)
    # a branch that needs no word, or a case-insensitive pattern, gives no gate
    assert px.required_words(re.compile(r"plant|\d+")) is None
    assert px.required_words(re.compile(r"plant", re.IGNORECASE)) is None
    assert px.required_words(re.compile(r"(?i:plant)s")) == ("s",)


def test_the_extractors_gated_patterns_change_no_move():
    """The extractor with every gate open finds exactly the moves it finds with the gates,
    on every eighth article of the development sets, and each gate shuts on some sentence
    (or it would only cost time)."""
    from pathlib import Path
    from chuhai.extract import assemble, extract_articles, pipeline
    gated = {f"{m.__name__}.{n}": g for m in (assemble, pipeline) for n, g in vars(m).items()
             if isinstance(g, px.Gated)}
    assert len(gated) >= 10 and all(g.words for g in gated.values()), gated
    texts = [p.read_text(encoding="utf-8") for p in
             sorted(Path(__file__).parent.glob("fixtures/extract/dev/*/*.txt"))][::8]
    assert len(texts) > 200
    for name, g in gated.items():
        assert any(not g.may_match(text, ss, se) for text in texts[:60]
                   for ss, se in assemble.split_sentences(text, "en")), f"{name}'s gate never shut"

    def moves() -> list:
        return [[(m.company_name, m.host_iso3, m.move_type, m.status, m.year, m.value_usd_m,
                  m.city, m.confidence) for m in ms]
                for ms in extract_articles(texts, min_confidence=0)]

    gates = {name: g.words for name, g in gated.items()}
    with_gates = moves()
    try:
        for g in gated.values():
            g.words = None
        assert moves() == with_gates
    finally:
        for name, g in gated.items():
            g.words = gates[name]
    assert sum(map(len, with_gates)) > 300
