"""Extraction throughput: words per second per core, against a naive baseline in the same run.

The corpus is generated from the development sets (tests/fixtures/extract/dev/{tune,tune2,tune3,
heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7}; nothing else in that folder is
read — never a blind set such as heldout8 or heldout9): each
article is repeated with its registry company names swapped for other registry firms of
the same language, its countries for other countries, and its numbers changed, until the
corpus holds ``--words`` words (default 1.5 million). Words are counted the same way for
both systems: whitespace-separated tokens in English text, Chinese characters / 1.5 in
Chinese text (the average length of a Chinese word in news).

Both systems run in this one process (one core), ``--repeats`` times; medians are printed.

* chuhai: :func:`chuhai.extract.extract_articles` (spaCy blank pipelines, phrase matchers,
  assembly, everything the CLI does except printing).
* naive: one compiled regular expression per registry alias, and per country name; each
  sentence with a company and a non-Chinese country yields a (company, country) pair —
  the dictionary-and-co-occurrence extractor the issue compares against.

Run::

    .venv/bin/python benchmarks/extract_bench.py            # ~1.5M words
    .venv/bin/python benchmarks/extract_bench.py --words 200000 --repeats 1
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chuhai.extract import extract_articles  # noqa: E402
from chuhai.extract.loaders import load_articles  # noqa: E402
from chuhai.reference.companies import Registry, registry_table  # noqa: E402
from chuhai.reference.countries import countries  # noqa: E402

DEV = ROOT / "tests" / "fixtures" / "extract" / "dev"
#: The development sets the corpus is made from, named: a blind test set written into the
#: same folder is never read by the benchmark.
DEV_SETS = ("tune", "tune2", "tune3", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
            "heldout6", "heldout7")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def count_words(text: str) -> float:
    cjk = len(_CJK.findall(text))
    if cjk:
        return cjk / 1.5 + len(_CJK.sub(" ", text).split())
    return len(text.split())


def make_corpus(target_words: int, seed: int = 7) -> list[str]:
    """Vary the development articles until the corpus has ``target_words`` words."""
    rng = random.Random(seed)
    base = [a.text for a in load_articles([DEV / name for name in DEV_SETS
                                           if (DEV / name).is_dir()]).articles]
    reg = registry_table()
    en_names = [n for n in reg.name_en if n]
    zh_names = [n for n in reg.name_zh if n]
    c = countries()
    en_countries = [n for n in c.name if " " not in n and n.isascii()]
    zh_countries = [n for n in c.name_zh if 2 <= len(n) <= 4]
    name_rx_en = re.compile("|".join(re.escape(n) for n in sorted(en_names, key=len, reverse=True)))
    name_rx_zh = re.compile("|".join(re.escape(n) for n in sorted(zh_names, key=len, reverse=True)))
    ctry_rx_en = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in en_countries) + r")\b")
    ctry_rx_zh = re.compile("|".join(re.escape(n) for n in sorted(zh_countries, key=len, reverse=True)))
    out, words = [], 0.0
    while words < target_words:
        text = rng.choice(base)
        if _CJK.search(text):
            text = name_rx_zh.sub(lambda m: rng.choice(zh_names), text)
            text = ctry_rx_zh.sub(lambda m: rng.choice(zh_countries), text)
        else:
            text = name_rx_en.sub(lambda m: rng.choice(en_names), text)
            text = ctry_rx_en.sub(lambda m: rng.choice(en_countries), text)
        text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group()) * rng.uniform(0.5, 2), 1)
                                                       if "." in m.group() else rng.randint(1, 999)),
                      text)
        out.append(text)
        words += count_words(text)
    return out


class NaiveExtractor:
    """One regex per registry alias and per country name; co-occurrence in a sentence."""

    def __init__(self) -> None:
        reg = Registry.default().table
        self.companies = []
        for row in reg.itertuples(index=False):
            for n in [row.name_en, row.name_zh, *str(row.aliases).split("|")]:
                if n:
                    flags = 0 if _CJK.search(n) else re.IGNORECASE
                    pat = re.escape(n) if _CJK.search(n) else r"\b" + re.escape(n) + r"\b"
                    self.companies.append((re.compile(pat, flags), row.company_id))
        c = countries()
        self.countries = []
        for row in c.itertuples(index=False):
            for n in (row.name, row.name_zh):
                if n:
                    pat = re.escape(n) if _CJK.search(n) else r"\b" + re.escape(n) + r"\b"
                    self.countries.append((re.compile(pat), row.iso3))
        self.split = re.compile(r"(?<=[.!?。！？])\s*|\n+")

    def extract(self, text: str) -> list[tuple[str, str]]:
        pairs = []
        for sent in self.split.split(text):
            if not sent:
                continue
            comps = {cid for rx, cid in self.companies if rx.search(sent)}
            if not comps:
                continue
            hosts = {iso for rx, iso in self.countries if rx.search(sent)} - {"CHN"}
            pairs.extend((c, h) for c in comps for h in hosts)
        return pairs


def run(words: int, repeats: int) -> dict:
    corpus = make_corpus(words)
    n_words = sum(count_words(t) for t in corpus)
    n_zh = sum(1 for t in corpus if _CJK.search(t))
    list(extract_articles(corpus[:50]))  # build the matchers outside the timing
    naive = NaiveExtractor()
    times = {"chuhai": [], "naive": []}
    moves = pairs = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        moves = sum(len(ms) for ms in extract_articles(corpus))
        times["chuhai"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        pairs = sum(len(naive.extract(t)) for t in corpus)
        times["naive"].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {"articles": len(corpus), "articles_zh": n_zh, "words": n_words,
            "chuhai_s": med["chuhai"], "naive_s": med["naive"],
            "chuhai_wps": n_words / med["chuhai"], "naive_wps": n_words / med["naive"],
            "ratio": med["naive"] / med["chuhai"], "moves": moves, "naive_pairs": pairs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=1_500_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    r = run(args.words, args.repeats)
    print(f"corpus: {r['articles']:,} articles ({r['articles_zh']:,} Chinese), "
          f"{r['words']:,.0f} words; median of {args.repeats} runs, one process")
    print(f"chuhai extract : {r['chuhai_s']:8.2f} s  {r['chuhai_wps']:>10,.0f} words/s  "
          f"({r['moves']:,} moves)")
    print(f"naive baseline : {r['naive_s']:8.2f} s  {r['naive_wps']:>10,.0f} words/s  "
          f"({r['naive_pairs']:,} pairs)")
    print(f"speed ratio chuhai/naive: {r['ratio']:.2f}  (aim: >= 0.5; and >= 25,000 words/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
