"""Whether a Chinese string found where a firm's name could stand reads as a phrase instead.

Cue patterns for firms the registry does not know ("品牌" + name, a bare name opening a
clause) also catch clause fragments: "品牌集中度高", "卖家告诉记者", "公司持有", "加强合规经营".
No word list can name them all, so the test uses a general dictionary of Chinese words with
their parts of speech: jieba's (about 350,000 words, each tagged). A fragment holds a common
verb of two or more characters, or opens with a preposition, pronoun or conjunction, or ends
with an adjective, adverb or particle; a coined firm name ("泡泡玛特", "蜜雪冰城", "极氪",
"名创优品") rarely does, and a name ending in a trade word ("石头科技", "运达股份") never counts.
"""

from __future__ import annotations

import functools
import logging
import re

from chuhai import patterns as px
from chuhai.extract import lexicon as lx

#: parts of speech (jieba's ICTCLAS tags) of common words that begin no firm name:
#: preposition, pronoun, conjunction, auxiliary, verb ("如博世": "such as Bosch")
_BAD_FIRST = {"p", "r", "c", "u", "v"}
#: ... and of common words that end none: also adjectives and adverbs ("…高")
_BAD_LAST = {"a", "d", "p", "r", "c", "u", "ad"}
#: ... and of a single word that is no name at all: verbs, adverbs, time and place words,
#: pronouns, conjunctions, numerals ("持有", "迄今", "目前", "其中", "此外", "当地", "首次")
_BAD_ALONE = {"v", "vn", "d", "t", "r", "c", "p", "u", "f", "s", "m"}


@functools.cache
def _dictionary():
    """jieba's segmenter and its word → part-of-speech table, loaded once (about a second)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt, jieba.posseg.dt.word_tag_tab


def words(text: str) -> list[tuple[str, str]]:
    """The dictionary words of ``text`` with their tags ("x" where the word is unknown).

    >>> words("卖家告诉记者")
    [('卖家', 'n'), ('告诉', 'v'), ('记者', 'n')]
    """
    seg, tags = _dictionary()
    return [(w, tags.get(w, "x")) for w in seg.cut(text, HMM=False)]


def phrase_like(name: str) -> bool:
    """True when ``name`` reads as a clause fragment, not a firm's name.

    >>> [phrase_like(s) for s in ("集中度高", "卖家告诉记者", "持有", "对本", "加强合规经营", "迄今")]
    [True, True, True, True, True, True]
    >>> [phrase_like(s) for s in ("泡泡玛特", "蜜雪冰城", "极氪", "名创优品", "喜茶", "运达股份")]
    [False, False, False, False, False, False]
    """
    if not name or name.isascii() or name.endswith(lx.FIRM_SUFFIXES_ZH):
        return False
    parts = words(name)
    if len(parts) == 1:
        # a word of its own: a name the dictionary knows unless it is a verb that firm
        # patterns pick up after "公司" ("持有", "拥有", "承建") or a function word opening a
        # clause ("中国车企迄今在巴西…"); coined brands ("喜茶", "追觅") are not in the
        # dictionary as one word
        return parts[0][1] in _BAD_ALONE
    (first, first_tag), (last, last_tag) = parts[0], parts[-1]
    if (first_tag in _BAD_FIRST and _common(first)) or (last_tag in _BAD_LAST and _common(last)):
        return True  # "对本…", "该项目为", "集中度高" (not "顺丰", "泡泡玛特": rare words)
    # a verb inside ("卖家告诉记者", "加强合规经营"); one ending a name is a brand's
    # ("新希望", "安克创新", "极兔速递")
    return any(tag == "v" and len(word) >= 2 for word, tag in parts[:-1])


def _common(word: str) -> bool:
    """A function word used everywhere ("对", "该", "高", "为"), not part of a coined name."""
    seg, _ = _dictionary()
    return seg.FREQ.get(word, 0) > 20000



#: the hundred commonest Chinese surnames (a person is "叶国富", "曾毓群": surname + given name)
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
                      "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
                      "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
#: what follows a person's name and seldom a firm's: speech and opinion
_SPEAKS = re.compile(r"(?:说|认为|坦言|直言|透露|指出|介绍|强调|回忆|的解释|的看法|亲自)")


def person_like(name: str, text: str) -> bool:
    """True when a three-character name is a person's: a common surname, and the article
    has it speak or opine ("叶国富的解释是", "曾毓群说").

    >>> person_like("叶国富", "叶国富的解释是，永辉的供应链……")
    True
    >>> person_like("周大福", "周大福在泰国开设门店。")
    False
    """
    if len(name) != 3 or name[0] not in _SURNAMES:
        return False
    return any(_SPEAKS.match(text, m.end()) for m in px.finditer(re.escape(name), text))


#: what follows a news outlet's name: its reporter, its editor, what it "learned"
_OUTLET = re.compile(r"(?:记者|编辑|获悉|援引|讯|报道称)")


def outlet_like(name: str, text: str) -> bool:
    """True when the article shows ``name`` as a news outlet ("界面新闻记者", "界面新闻获悉").

    >>> outlet_like("界面新闻", "界面新闻获悉，美的集团……"), outlet_like("美的", "美的获得批准")
    (True, False)
    """
    return any(_OUTLET.match(text, m.end()) for m in px.finditer(re.escape(name), text))
