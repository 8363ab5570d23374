"""The English tokenizer the matchers use on news (round 15).

spaCy's tokenizer remembers how it split each chunk of text between spaces, but only the
first 10,000 chunks by default. Building the phrase matchers tokenises some 40,000 names
and cue phrases, which filled that memory before any article was read; every article's
words were then split afresh. The matchers now read news with a fresh tokenizer of the
same rules and a larger memory. The speed is measured by benchmarks/extract_bench.py; these
tests check that the swap changes nothing but the memory.
"""

from __future__ import annotations

import spacy

from chuhai.extract.pipeline import TOKENIZER_CACHE, matchers_for
from chuhai.reference.companies import Registry

NEWS = ("BYD's US$1bn plant in Szeged, Hungary, opened on Dec. 15; CATL (300750.SZ) "
        "said the joint-venture's output was 40GWh a year -- up 12% from 2024's. "
        "See https://example.com/a?b=1 or e-mail ir@catl.com, Mr. O'Neill's U.S.-based team.")


def test_news_is_split_as_spacys_blank_english_splits_it():
    m = matchers_for(Registry.default())
    ours = [t.text for t in m.nlp["en"].make_doc(NEWS)]
    assert ours == [t.text for t in spacy.blank("en").make_doc(NEWS)]
    # and again once the chunks are remembered
    assert [t.text for t in m.nlp["en"].make_doc(NEWS)] == ours


def test_the_tokenizer_reading_news_has_room_to_remember_its_words():
    m = matchers_for(Registry.default())
    tokenizer = m.nlp["en"].tokenizer
    assert tokenizer.max_cache_size == TOKENIZER_CACHE > spacy.blank("en").tokenizer.max_cache_size
    # the tokenizer shares the matchers' vocabulary, so phrase matches still line up
    assert tokenizer.vocab is m.nlp["en"].vocab
    found = [(x.kind, x.key) for x in m.mentions("BYD will build a plant in Szeged, Hungary.", "en")
             if x.kind in ("company", "place")]
    assert ("company", "byd") in found and ("place", "HUN") in found
