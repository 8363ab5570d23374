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
