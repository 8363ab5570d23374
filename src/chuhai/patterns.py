"""The functions of :mod:`re` that take a pattern written inline, over a larger LRU cache.

The extractor's rules write about 750 distinct patterns inline, and build more from the
names an article holds. :mod:`re` keeps 512 compiled patterns and, when full, drops the
oldest first, however often it is used; so every article recompiled a few hundred patterns
it had compiled many times before (about 800 compilations per 60,000 words,
``benchmarks/extract_bench.py``). Here the cache is least-recently-used and holds 4,096:
the rules' own patterns stay compiled, and patterns made from one article's names age out.

Call these exactly as the :mod:`re` functions of the same name.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterator

CACHE_SIZE = 4096


@functools.lru_cache(maxsize=CACHE_SIZE)
def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the re name, on purpose
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = 0,
        flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


# -- patterns tried only where their words are ------------------------------------------

#: word sets larger than these are not worth a str.find each: the cross product of a run
#: of character classes, and the union of a branch's alternatives (a long alternation of
#: words still costs a few microseconds to rule out, against tens for a failed search)
_MAX_WORDS, _MAX_UNION = 24, 64


def required_words(rx: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of ``rx`` reads (inside the match or in a look-ahead),
    or None when no such set is found (case-insensitive patterns, a branch that needs no
    literal, ...).

    The set is worked out from the parsed pattern, the way a regex engine's prefilter is:
    a run of literals is a word; a group or a branch gives the union of its branches'
    words when every branch has some; a look-behind is skipped, as it may read before
    the range searched.

    >>> required_words(re.compile(r"\\b(?:add|adds)\\s+(?:second|new)\\s+lines?\\b"))
    ('line',)
    >>> required_words(re.compile(r"第[二三]条|新增产线"))
    ('新增产线', '第三条', '第二条')
    >>> required_words(re.compile(r"plants?|\\w+ing"))
    ('plant', 'ing')
    >>> required_words(re.compile(r"plant|\\d+")) is None
    True
    """
    if rx.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # the parser re itself uses (sre_parse before 3.11)
        words = _words_of(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # a future re with another parse tree: no gate, same results
        return None
    if not words:
        return None
    # a word holding another of the set is found whenever it is: only the shorter is looked for
    words = {w for w in words if not any(v != w and v in w for v in words)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two word sets: the longer shortest word, then fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda s: (-min(map(len, s)), len(s)))


def _words_of(seq) -> frozenset[str] | None:
    """Required words of a parsed sequence (every node of it must match)."""
    from re import _constants as c
    best: frozenset[str] | None = None
    run: set[str] | None = None   # literals read so far in a row, as their cross product

    def close() -> None:
        nonlocal best, run
        if run and all(run):
            best = _better(best, frozenset(run))
        run = None

    for op, av in seq:
        chars: set[str] | None = None
        if op is c.LITERAL:
            chars = {chr(av)}
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            chars = {chr(v) for _, v in av}
        if chars is not None:
            run = {w + ch for w in (run or {""}) for ch in chars}
            if len(run) > _MAX_WORDS:
                run = None
            continue
        if op is c.AT:
            continue  # \b, ^, $ read nothing: a literal run goes on across them
        close()
        inner = None
        if op is c.SUBPATTERN:
            _, add_flags, _, p = av
            inner = None if add_flags & re.IGNORECASE else _words_of(p)
        elif op is c.BRANCH:
            parts = [_words_of(p) for p in av[1]]
            if all(parts):
                union = frozenset().union(*parts)
                inner = union if len(union) <= _MAX_UNION else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _, p = av
            inner = _words_of(p) if lo >= 1 else None
        elif op is getattr(c, "ATOMIC_GROUP", None):
            inner = _words_of(av)
        elif op is c.ASSERT and av[0] == 1:
            inner = _words_of(av[1])  # a look-ahead reads inside the range searched
        best = _better(best, inner)
    close()
    return best


class Gated:
    """A compiled pattern whose ``search`` and ``finditer`` run only when the text searched
    holds one of :func:`required_words`: a few ``str.find`` calls cost far less than a
    failed alternation tried at every character, and give the same result.

    ``match`` and ``fullmatch`` are passed on as they are (they start at one place).

    The extractor searches one article sentence by sentence, so the same gate is asked
    about many ranges of one text: the words the whole text holds are worked out once (the
    last text asked about is kept) and only those are looked for in each range.
    """

    __slots__ = ("rx", "words", "_held")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx, self.words = rx, required_words(rx)
        #: (the last text searched in part, the words it holds): one attribute, so that
        #: threads sharing the gate never see one text's words with another text
        self._held: tuple[str, tuple[str, ...]] | None = None

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        words = self.words
        if words is None:
            return True
        end = len(text) if endpos is None else endpos
        # (a search of the whole text gains nothing from the words it holds: it is asked once;
        # the cache keeps the last text asked about in part alive, one article a gate)
        if pos or end < len(text):
            held = self._held
            if held is None or held[0] is not text:
                held = (text, tuple(w for w in words if w in text))
                self._held = held
            words = held[1]
        for w in words:
            if text.find(w, pos, end) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return self.rx.search(text, pos, end) if self.may_match(text, pos, end) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        return self.rx.finditer(text, pos, end) if self.may_match(text, pos, end) else iter(())

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.rx.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.rx.fullmatch(text, pos, len(text) if endpos is None else endpos)


def gated(pattern: str, flags: int = 0) -> Gated:
    """:func:`re.compile`, tried only where the pattern's words are (see :class:`Gated`)."""
    return Gated(re.compile(pattern, flags))
