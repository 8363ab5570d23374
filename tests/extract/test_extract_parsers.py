"""Money and date parsers: examples from real news and property tests (round trips)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from chuhai.extract.dates import find_dates
from chuhai.extract.money import USD_PER_UNIT, find_money, to_usd_m


@pytest.mark.parametrize("text, amount, currency", [
    ("US$3.5 billion", 3.5e9, "USD"),
    ("$500m", 5e8, "USD"),
    ("€4bn", 4e9, "EUR"),
    ("EUR 7.34 billion", 7.34e9, "EUR"),
    ("50亿元", 5e9, "CNY"),
    ("1.2 trillion won", 1.2e12, "KRW"),
    ("2000万美元", 2e7, "USD"),
    ("约73.4亿欧元", 7.34e9, "EUR"),
    ("C$960 million", 9.6e8, "CAD"),
    ("20 billion baht", 2e10, "THB"),
    ("人民币50亿元", 5e9, "CNY"),
    ("100 billion forints", 1e11, "HUF"),
])
def test_money_examples(text, amount, currency):
    found = find_money(f"The plant will cost {text} in total.")
    assert len(found) == 1
    assert found[0].amount == pytest.approx(amount)
    assert found[0].currency == currency


def test_money_offsets_quote_the_phrase_and_convert_at_table_rate():
    text = "宁德时代项目总投资约73.4亿欧元，规划产能100GWh。"
    (m,) = find_money(text)
    assert text[m.start:m.end] == "约73.4亿欧元"
    assert m.usd_m == pytest.approx(7340 * USD_PER_UNIT["EUR"])


def test_numbers_that_are_not_money_are_ignored():
    assert find_money("a 2.6 gigawatt plant producing 50,000 cars in 2025, 100GWh") == []
    with pytest.raises(ValueError, match="no rate"):
        to_usd_m(1, "XXX")


_SCALES_EN = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "trillion": 1e12}
_PREFIXES = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "HK$": "HKD", "EUR ": "EUR"}
_SCALES_ZH = {"亿": 1e8, "万": 1e4, "万亿": 1e12}
_SUFFIX_ZH = {"美元": "USD", "欧元": "EUR", "元": "CNY", "日元": "JPY", "韩元": "KRW"}
amounts = st.decimals(min_value="0.01", max_value="9999", places=2).map(float)


@settings(max_examples=150, deadline=None)
@given(amounts, st.sampled_from(sorted(_SCALES_EN)), st.sampled_from(sorted(_PREFIXES)),
       st.text(alphabet="abc .,", max_size=10))
def test_money_round_trip_english(n, scale, prefix, filler):
    phrase = f"{prefix}{n:g}{'' if len(scale) <= 2 else ' '}{scale}"
    text = f"{filler} invests {phrase} here"
    found = [m for m in find_money(text) if text[m.start:m.end] == phrase]
    assert len(found) == 1, (text, find_money(text))
    assert found[0].currency == _PREFIXES[prefix]
    assert found[0].amount == pytest.approx(n * _SCALES_EN[scale])


@settings(max_examples=150, deadline=None)
@given(amounts, st.sampled_from(sorted(_SCALES_ZH)), st.sampled_from(sorted(_SUFFIX_ZH)))
def test_money_round_trip_chinese(n, scale, suffix):
    phrase = f"{n:g}{scale}{suffix}"
    text = f"公司拟投资{phrase}建设工厂"
    (m,) = find_money(text)
    assert text[m.start:m.end] == phrase
    assert m.currency == _SUFFIX_ZH[suffix]
    assert m.amount == pytest.approx(n * _SCALES_ZH[scale])


@pytest.mark.parametrize("text, year, month, qualifier", [
    ("production starts in late 2025", 2025, None, "late"),
    ("the plant opens in January", None, 1, None),
    ("预计2025年投产", 2025, None, None),
    ("to be finished by 2027", 2027, None, "by"),
    ("announced in October 2021", 2021, 10, None),
    ("2024年底开工", 2024, None, "late"),
    ("于2024年10月完成上市", 2024, 10, None),
])
def test_date_examples(text, year, month, qualifier):
    (d,) = find_dates(text)
    assert (d.year, d.month, d.qualifier) == (year, month, qualifier)


def test_relative_years_need_the_publication_year():
    assert find_dates("later this year") == []
    assert [d.year for d in find_dates("later this year", ref_year=2024)] == [2024]
    assert [d.year for d in find_dates("今年及明年", ref_year=2024)] == [2024, 2025]


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


@settings(max_examples=150, deadline=None)
@given(st.integers(1990, 2069), st.integers(1, 12),
       st.sampled_from(["", "early ", "late ", "by ", "mid-"]))
def test_dates_round_trip(year, month, qual):
    en = f"The company said it would finish the work {qual}{_MONTHS[month - 1]} {year}."
    (d,) = find_dates(en)
    assert (d.year, d.month) == (year, month)
    assert en[d.start:d.end].endswith(str(year))
    zh = f"该项目预计于{year}年{month}月底投产"
    (z,) = find_dates(zh)
    assert (z.year, z.month, z.qualifier) == (year, month, "late")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_parsers_never_crash_and_spans_are_in_range(text):
    for m in find_money(text):
        assert 0 <= m.start < m.end <= len(text) and m.amount >= 0
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
        assert d.year is None or 1950 <= d.year <= 2099


_DATE_WORDS = st.sampled_from(["in", "late", "early", "by", "since", "March", "Sept.", "2025", "2019",
                               "FY2024", "yearly", "this year", "last month", "two years ago", "200",
                               "GW", "the end of", "Q3", "on Monday", ",", ".", "-", "x2025"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_WORDS, max_size=12), st.sampled_from([" ", "", "\n"]))
def test_the_word_start_guard_finds_what_the_pattern_finds_alone(words, sep):
    # the English date pattern opens with a guard that only skips the inside of words;
    # it must find exactly the phrases the pattern finds without it (but "yearly 2025":
    # "early" inside a word is not a qualifier)
    import re

    from chuhai.extract import dates

    bare = re.compile(dates._EN.pattern.replace(r"(?:(?<!\w)|(?=\d))(?:", "(?:", 1))
    assert bare.pattern != dates._EN.pattern
    text = sep.join(words)
    if "yearly" in text:
        return
    assert [m.span() for m in dates._EN.finditer(text)] == [m.span() for m in bare.finditer(text)]
