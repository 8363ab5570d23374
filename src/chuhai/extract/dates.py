"""Dates in English and Chinese news text: years, months, and their qualifiers.

Only what a move needs is extracted: the year (and month where given) and whether the
phrase is a deadline ("by 2027") or a part of the year ("late 2025", "2024年底").
Relative phrases ("this year", "今年", "last year") resolve against a reference year
when the article's date is known, and are ignored otherwise.

>>> [(d.year, d.month, d.qualifier) for d in find_dates("start production in late 2025")]
[(2025, None, 'late')]
>>> [(d.year, d.month) for d in find_dates("预计2024年10月完成")]
[(2024, 10)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20[0-9]\d)"
_EN = re.compile(
    # every phrase starts a word or is a year: the guard lets the engine pass over the
    # inside of words without trying each alternative there (about twice as fast)
    r"(?:(?<!\w)|(?=\d))(?:"
    rf"(?<!\d)(?:(?P<q>early|mid|mid-|late|end of|the end of|the start of|the beginning of|by|before|until|from|since)\s+)?"
    rf"(?:(?P<mon>{_MONTH_ALT})\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{_YEAR})\b(?![\d.,]*\s?(?:GW|MW|bn|billion|million|units|cars|vehicles|tonnes|%))"
    rf"|\b(?:in|from|since|by|until|during|this|last|next)\s+(?P<mon2>{_MONTH_ALT})\b(?!\.?,?\s+(?:\d{{1,2}}\b|{_YEAR}))"
    rf"|\b(?P<rel>this year|last year|next year|the previous year)\b"
    # news of days and weeks, and quarters and seasons without a year: the publication's
    rf"|\b(?P<now>(?:earlier\s+|late\s+|later\s+)?(?:this|last)\s+(?:month|week)|(?:on|since|last)\s+(?:Monday|"
    rf"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|during|by)\s+the\s+(?:first|second|third|fourth|"
    rf"final|last)\s+quarter(?!\s+of)|(?:this|earlier\s+this)\s+(?:spring|summer|autumn|fall|winter))\b"
    rf"|\b(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+years?\s+ago\b)")
_ZH = re.compile(
    rf"(?P<q1>到|于|截至|至)?(?P<year>{_YEAR})年(?:(?P<mon>1[0-2]|[1-9])月)?(?P<q2>底|初|末|上半年|下半年|年中|中期|前|内)?"
    r"|(?P<rel>今年|去年|明年|上年)(?:(?P<mon2>1[0-2]|[1-9])月)?"
    r"|(?<![年\d])(?P<now>上个?月|本月|当月|上周|本周|近日|日前|(?:第?[一二三四]季度|上半年|下半年))"
    r"|(?<![\d年月.])(?P<mon3>1[0-2]|[1-9])月(?![份度]?(?:以来|至今))")
_ZH_ANCHORS = "年月周日季"
_Q_EN = {"early": "early", "mid": "mid", "mid-": "mid", "late": "late", "end of": "late",
         "the end of": "late", "the start of": "early", "the beginning of": "early",
         "by": "by", "before": "by", "until": "by", "from": "from", "since": "from"}
_Q_ZH = {"底": "late", "末": "late", "初": "early", "上半年": "early", "下半年": "late",
         "年中": "mid", "中期": "mid", "前": "by", "内": "by", "到": "by", "至": "by",
         "截至": "by", "于": None}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_REL = {"this year": 0, "今年": 0, "last year": -1, "去年": -1, "上年": -1,
        "the previous year": -1, "next year": 1, "明年": 1}


@dataclass(frozen=True)
class DateMention:
    """A date phrase: ``text[start:end]``; ``year`` is None for a month alone."""

    start: int
    end: int
    year: int | None
    month: int | None
    qualifier: str | None  # early | mid | late | by | from | None
    #: "last week", "近日": the news's own time, read from the publication year; a move
    #: dated both ways takes the explicit date
    relative: bool = False


def find_dates(text: str, ref_year: int | None = None) -> list[DateMention]:
    """Every year or month phrase in ``text``, English or Chinese, in order of position.

    Parameters
    ----------
    text
        Any text.
    ref_year
        The year the article was published, to resolve "this year" / "去年".
        Without it relative phrases are skipped.

    Examples
    --------
    >>> [(d.year, d.qualifier) for d in find_dates("by 2027; 2024年底; this year", 2024)]
    [(2027, 'by'), (2024, 'late'), (2024, None)]
    >>> [(d.year, d.month) for d in find_dates("in January")]
    [(None, 1)]
    """
    out: list[DateMention] = []
    for m in _EN.finditer(text):
        if m.group("year"):
            q = m.group("q")
            mon = m.group("mon")
            out.append(DateMention(m.start(), m.end(), int(m.group("year")),
                                   MONTHS[mon.lower()] if mon else None,
                                   _Q_EN.get(q.lower()) if q else None))
        elif m.group("mon2"):
            start = m.start("mon2")
            # "in February", "last September": the publication year's (or the one before)
            shift = {"last": -1, "next": 1}.get(m.group().split()[0].lower(), 0)
            year = ref_year + shift if ref_year is not None else None
            out.append(DateMention(start, m.end(), year, MONTHS[m.group("mon2").lower()], None))
        elif m.group("rel") and ref_year is not None:
            out.append(DateMention(m.start(), m.end(), ref_year + _REL[m.group("rel").lower()],
                                   None, None))
        elif m.group("now") and ref_year is not None:
            out.append(DateMention(m.start(), m.end(), ref_year, None, None, True))
        elif m.group("ago") and ref_year is not None:
            n = m.group("ago").lower()
            n = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            out.append(DateMention(m.start(), m.end(), ref_year - n, None, None))
    # every Chinese date phrase holds one of these characters; most English texts hold none
    zh = any(c in text for c in _ZH_ANCHORS)
    for m in (_ZH.finditer(text) if zh else ()):
        if m.group("year"):
            q = m.group("q2") or m.group("q1")
            out.append(DateMention(m.start(), m.end(), int(m.group("year")),
                                   int(m.group("mon")) if m.group("mon") else None,
                                   _Q_ZH.get(q) if q else None))
        elif m.group("mon3"):
            if ref_year is not None:
                # "4月，公司以12亿美元完成收购": a month of the publication year
                out.append(DateMention(m.start(), m.end(), ref_year, int(m.group("mon3")), None))
        elif m.group("now") and ref_year is not None:
            out.append(DateMention(m.start(), m.end(), ref_year, None, None, True))
        elif m.group("rel") and ref_year is not None:
            mon = m.group("mon2")
            out.append(DateMention(m.start(), m.end(), ref_year + _REL[m.group("rel")],
                                   int(mon) if mon else None, None))
    out.sort(key=lambda d: d.start)
    return out


_DATELINE_EN = re.compile(
    rf"(?:^|\n)[^\n]{{0,80}}?\b(?:{_MONTH_ALT})\.?\s+\d{{1,2}},\s+(?P<year>{_YEAR})\b"
    r"(?=\s*(?:\([^)\n]{2,20}\)\s*)?[-–—/])")
_DATELINE_ZH = re.compile(rf"(?:^|\n)\s*(?:【[^】\n]{{1,15}}】|[^\n，。]{{0,12}}讯\s*)?\s*(?P<year>{_YEAR})年(?:1[0-2]|[1-9])月")


#: a line of a chronology, opening with its date: "2019年6月 俄罗斯图拉工厂竣工投产。",
#: "- 2012: completed the takeover of …", "October 2018: became the first company to …"
_CHRONO_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·][ \t]*)?(?:"
    rf"(?P<zh>{_YEAR})年(?:(?:1[0-2]|[1-9])月)?(?:(?:3[01]|[12]\d|[1-9])日)?(?:起|后|以来)?[ \t，,：:]"
    rf"|(?:(?:{_MONTH_ALT})\.?[ \t]+)?(?P<en>{_YEAR})[ \t]*[:–—][ \t]*\S)", re.M)
#: a chronology has this many dated lines at least
_CHRONO_MIN = 3


def chronology(text: str) -> list[tuple[int, int]]:
    """The dated lines of a company-history list ("发展历程", "Listing history"), as
    (line start, year); empty when the text has fewer than three such lines.

    >>> chronology("历程\\n2003年12月 H股上市。\\n2019年6月 图拉工厂投产。\\n2021年 收购巴西工厂。")
    [(3, 2003), (18, 2019), (34, 2021)]
    >>> chronology("In 2015, BYD opened a plant.\\n2019: a second one.")
    []
    """
    # a run of dated lines with no blank line between them: a news story's paragraphs that
    # open "2019年，…" stand apart
    runs: list[list[tuple[int, int]]] = []
    for m in _CHRONO_LINE.finditer(text):
        item = (m.start(), int(m.group("zh") or m.group("en")))
        if runs and text.count("\n", runs[-1][-1][0], m.start()) == 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [x for r in runs if len(r) >= _CHRONO_MIN for x in r]


def dateline_year(text: str) -> int | None:
    """The publication year a wire dateline or a Chinese news lead gives ("SZEGED, Hungary,
    Oct 8, 2025 (Reuters) -", "【界面新闻】2025年6月27日，…"), read from the article's first
    lines; None when it has none.

    >>> dateline_year("Headline\\n\\nLONDON, Oct 20, 2025 - Britain has yet to decide")
    2025
    >>> dateline_year("标题\\n\\n【财新】2024年11月4日，蔚来公司发布公告")
    2024
    >>> dateline_year("BYD will build a plant in 2026.") is None
    True
    """
    head = text[:600]
    chrono = chronology(text)
    lines = {start for start, _ in chrono}
    # a chronology's first line "2003年12月 公司H股…上市" is a past event, not a news lead
    # dated the day the article was written
    found = [(m.start(), int(m.group("year")))
             for m in (_DATELINE_EN.search(head), _DATELINE_ZH.search(head))
             if m and line_start(text, m.start("year")) not in lines]
    # a byline line with a full date: "By MND Staff | Mexico News Daily | February 27, 2025",
    # "Oct 16th 2025 | AIN SOKHNA", "《人民日报海外版》2025年9月18日 第10版", "2025-03-18"
    pos = 0
    for i, line in enumerate(text[:800].split("\n")):
        start, pos = pos, pos + len(line) + 1
        if i == 0 or not line.strip():
            continue  # the headline
        if len(line) > 160:
            break  # the body has begun; a date in it is an event's, not the article's
        d = _BYLINE_DATE.search(line)
        if d:
            found.append((start + d.start(), int(next(g for g in d.groups() if g))))
            break
    # the first date of the article's head: a lead opening "2012年1月，…" below a byline
    # dated 2025 tells of the past
    if not found and chrono:
        # a history page tells what has happened, so it was written after its last dated
        # event: its last listed year, or a later one its text tells of ("In December 2025
        # Mixue opened …", "于2025年初建成投产"), but not a target ("by 2030", "计划于2026年底完工")
        told = [d.year for d in find_dates(text) if d.year is not None and not d.relative
                and d.qualifier != "by" and not _PLANNED.search(text, max(0, d.start - 12), d.start)
                and not _PLAN_WORDS.search(text, d.end, d.end + 12)]
        # (not a line of targets: "2030年，力争海外销量占比过半")
        listed = [y for start, y in chrono if not _PLAN_WORDS.search(text, start, start + 30)]
        return max(listed + told) if listed + told else None
    return min(found)[1] if found else None


#: the words of a plan: "计划于2026年底完工", "expected to open in 2027", "2030年，力争…"
_PLAN_WORDS = re.compile(r"计划|预计|预期|目标|力争|将于|拟于|有望|\bplans?\s+to\b|\bexpected\b|\baims?\s+to\b|"
                         r"\btargets?\b|\bscheduled\b|\bdue\b|\bwill\b")
#: words before a date that make it a plan's: "计划于2026年底完工", "expected to open in 2027"
_PLANNED = re.compile(rf"(?:{_PLAN_WORDS.pattern})[^。；.;]{{0,8}}$")




def line_start(text: str, i: int) -> int:
    """The start of the line holding ``text[i]``."""
    return text.rfind("\n", 0, i) + 1


_BYLINE_DATE = re.compile(
    rf"\b(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({_YEAR})\b|"
    rf"\b\d{{1,2}}\s+(?:{_MONTH_ALT})\.?,?\s+({_YEAR})\b|"
    rf"({_YEAR})年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日|"
    rf"\b({_YEAR})-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])\b")
