"""Turning an article's mentions into moves: who, where, what kind, how big, when, status.

The grammar, in the order it is applied to each sentence:

1. Every move-type trigger proposes a move. "expand"/"expansion" only modifies the plant
   (or "site", "facility") it governs: written just before it ("expand its plant",
   "expanded the site") or just after ("plant expansion"), with no "build"/"open" between
   ("build a plant in Turkey as it expands" stays a plant); "expand capacity in X" after
   another trigger of the sentence ("open data centres in Brazil … and expand capacity in
   Japan") takes that trigger's type, and so does a capacity phrase ("opened a data centre
   in Mexico and will also add capacity in Asia"). "a second one", "a third facility",
   "another in X", "is building one in X", "a third in X" repeat the last trigger's type;
   "a second processing line", "the second train", "第二条产线" are expansions. Money
   "raised on the Nasdaq" is a listing at that exchange. A sale or closure ("agreed to sell
   its factory") and a hedge ("whether", "is considering", "will decide on", "正在考虑",
   "尚未确定") remove the trigger. A question ("Q: Will you open a store in Germany?")
   states nothing.
2. The company is the nearest company named before the trigger in the sentence, else
   after it ("… by Gotion", "…, Hithium said", and for deals "a joint venture between
   LONGi and Invenergy", "a JV with TCL Zhonghuan"); else, when the sentence refers back
   ("it", "the company", "该公司", or a Chinese sentence without subject), the company of
   the previous sentences — unless the sentence has a generic subject ("U.S. firms",
   "Chinese companies", "中国企业", "海外竞争对手"); an "its" written after the trigger
   ("plants run by Volkswagen … its auto industry") does not refer back. A sentence that
   names no firm, opens with "A/An … <trigger>" and names its own place continues the list
   of the previous sentence's firm in the same paragraph ("Its plant in Rayong began
   production in 2024. A $1 billion plant in Manisa, Turkey, is under construction"). A
   sentence opening with a foreign firm ("Stellantis, meanwhile, …") ends the Chinese
   firm's topic. Not movers: firms introduced with another nationality
   ("Spain's Ebro") or co-agents ("与西班牙汽车制造商Ebro合作"), which are partners;
   firms that only name a facility ("a former Ford plant", "原日产工厂", "运营115家
   海底捞餐厅") when the sentence has another mover; a Chinese firm after an object
   preposition ("从海底捞分拆"). A foreign subject blocks the carry-over ("Ford will own
   the factory"), but not a foreign co-agent ("与戴姆勒卡车、康明斯共同…") nor one followed by
   a pronoun subject ("… than Microsoft Azure, but it runs data centres in …") — unless the
   foreign firm is the one reporting ("Denmark's Vestas has said it will build …") —, nor a
   foreign object before a new coordinated phrase ("a factory that will supply BMW, and a
   plant in Kulim"). Well-known
   foreign brands written bare (``lexicon.FOREIGN_BRANDS``: "优衣库", "Starbucks") and a
   firm once introduced as foreign ("德国户外品牌狼爪" … "狼爪创立于") are never movers.
3. The host is the place nearest the trigger, preferring places after it and after
   "in/at/在/于"; places listed together ("Japan, Indonesia and the Netherlands",
   "南非约翰内斯堡、智利圣地亚哥、墨西哥" — a country and its city are one item) each
   get a move. A place written after another firm and before the mover is that firm's.
   A firm's home ("Shenzhen-based", "based in Tianjin", "总部位于德国") is a host only for
   the purchase of a firm named after the trigger. A place in China means a domestic move,
   which is dropped; it becomes the firm's last place, so a following plant without a
   place is domestic too, and so is a sentence about home ("At home, …", "国内"). "the
   country", "the kingdom", "the island nation", "there", "该国",
   "在当地" stand for the place named last before them (or the dateline's), "the city",
   "the state", "该市" for the last city. Without a place in the sentence the host of the
   previous sentence about the same company is used; else, for a strong trigger, the
   article's *frame*: the country of the dateline ("DEBRECEN, Hungary, Feb 20 (Reuters) -",
   "JAKARTA, June 29") or else of a headline naming one country, when that country is
   also the one the article names most (Hong Kong, China and Taiwan datelines frame
   nothing; a sentence about "overseas"/"海外" is not framed).
4. Several triggers for one company and host in a clause make one move, typed by
   :data:`~chuhai.extract.lexicon.MOVE_PRECEDENCE` ("a joint venture to build a plant"
   is a joint venture, however long the words between); coordinated facilities and
   separate clauses stay separate, and so do a second verb phrase ("move its headquarters
   to Budapest and set up an R&D centre") and a production verb next to an expansion
   ("has assembled panels there since 2018 and expanded the site"); the plant an expansion
   is made at ("a second line at its plant in Bac Giang") is a move of its own, operating. Weak words
   ("invest", "entered", "项目") take the type of a stronger word for the same company
   and host, or of the sentence's other move of the company ("entered Singapore and
   opened a store in Malaysia"). A contractor's plant is a construction contract.
5. Status is the strongest cue near the trigger (cancelled > operating >
   under construction > announced); completion cues after a modal ("expected to start
   production", "预计投产") are announcements. Without a cue, a past-tense purchase
   ("bought", "acquired") is done, and a move dated before the publication year has
   happened (operating). The year is the nearest date of the trigger's own clause (a date
   after another trigger past ", and" is that trigger's; a date opening the sentence dates
   every clause); an announced move without a date takes the publication year — the feed's,
   or else the dateline's ("Oct 8, 2025 (Reuters) -", "【界面新闻】2025年6月27日").
6. A sentence that denies ("denied", "否认", "no plans", "尚未予以证实") yields nothing,
   and moves of the same company and host in sentences reporting the rumour are dropped
   too. In Chinese a denial speaks for its own comma clause and what follows, unless the
   sentence itself reports the rumour.
7. Moves of one article with the same company, host and type are merged: the first
   sentence gives the trigger, later ones add value, year, status and city when missing.
   A sentence that only refers back ("The plant will cost €4bn") adds to a move, and
   "also" makes a new one ("It will also include an R&D centre"). A plant next to (or
   definitely referring to) a joint venture of the same company and host is the venture's
   plant, but "a second plant" is a move of its own (an ordinal restating a plant of the
   same sentence, "its third production site in Europe", is not), and so is an expansion
   in another clause of the plant it expands ("has run the smelter since 2009, said it
   would spend $1.3bn expanding it"). Entering markets ("先后进入英国、加拿大") is a move
   only for a shop chain (when the firm's one other move type in the article is a store);
   a carmaker entering markets makes none. A move only the headline (a first line without
   a full stop) states joins the body's move of the same company and host. A firm the
   registry does not know is named as the article first names it. Two sites of one firm
   named in their own sentences at least ``SITE_KM`` apart stay two moves.

The rules of the fourth round (appositive parents, nationalities and export markets that
are no hosts, licensees' countries, hearsay, counts of deals, contractors' works, dates
from bylines) and of the fifth (scene-setting places, relative clauses, expansions at an
existing plant, permits, relative dates) are listed in docs/extract.md, one test each in
tests/extract/test_extract_round4.py and test_extract_round5.py; so are those of the later
rounds (test_extract_round6.py to test_extract_round9.py). Moves below
``chuhai.extract.core.MIN_CONFIDENCE`` are dropped after assembly, not here.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass, field

from chuhai import patterns as px
from chuhai.extract import lexicon as lx
from chuhai.extract.dates import chronology, line_start
from chuhai.extract.money import CURRENCY_COUNTRY
from chuhai.extract.pipeline import Mention
from chuhai.reference.countries import to_iso3

_PRECEDENCE = {t: i for i, t in enumerate(lx.MOVE_PRECEDENCE)}
_STATUS_RANK = {"announced": 1, "under_construction": 2, "operating": 3, "cancelled": 4}
#: a second verb phrase: what follows is another move ("… and set up a research centre")
_NEW_VERB = re.compile(r"\b(?:and|while)\s+(?:also\s+)?(?:will\s+|would\s+|plans\s+to\s+|to\s+|has\s+|have\s+|had\s+)?(?:also\s+)?"
                       r"(?:brought|put|set\s+up|sets\s+up|open|opens|opened|build|builds|built|establish|establishes|"
                       r"established|launch|launches|launched|move|moves|relocate|relocates|acquire|acquires|"
                       r"acquired|buy|buys|bought)\b|并(?:在|将|于)")
_DATE_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s|;\s|，(?:并|而|同时|还|另|此后)|；")
_DONE_DEAL = {"bought", "acquired", "took over", "purchased",
              # a firm owned is a deal done: "has owned Sweden's Volvo Cars since 2010"
              "owns", "has owned", "had owned", "controls", "has controlled"}
_CAME_WITH = re.compile(r"\b(?:giving|gave|gives|bringing|brought|brings|handing|handed)\s+(?:it|them|the\s+(?:group|company|buyer))\s+"
                        r"(?:[\w-]+\s+){0,3}$")
_SHIPPED_TO = re.compile(r"\b(?:shipped|ships|shipping|supplied|supplies|supplying|delivered|delivers|delivering|"
                         r"exported|exports|exporting|export|ship|supply|sold|sells|selling)\s+(?:(?:[^.;]|\.\d){0,60}?\s)?to\s+(?:(?!\s+and\s+(?:its|it|the\s+company)\b)[^.;,]|\.\d|,\s+(?=including|such\s+as|like|notably|mainly|especially)){0,80}$")
_THROUGH_DEAL = re.compile(r"\b(?:through|via|by\s+way\s+of)\s+(?:its|a|an|the|their)\s+(?:[\w$.,-]+\s+){0,4}$")
_INTO_PRODUCTION = re.compile(r"\b(?:brought|brings|bring|bringing|put|puts|putting)\s+(?:the|its|a|their)\s+"
                              r"(?:[\w-]+\s+){0,5}?(?P<noun>mine|plant|factory|smelter|refinery|facility|project|operation)"
                              # "its second operation, Kisanfu (KFM), into production"
                              r",?\s+(?:[\w(),-]+\s+){0,3}?into\s+(?:commercial\s+|full\s+)?(?:production|operation)\b")
_IN_PRODUCTION_ZH = re.compile(r"(?<![二三四期扩改])(?P<noun>项目|工厂|基地|矿山|矿|盐湖)(?:也|均|都)?(?:已经|已|于|在|正式|顺利|全面|今年)"
                                r"[^，。；]{0,12}?投产")
_GOODS_SENT_TO = re.compile(r"\b(?:shipping|ships|shipped|supplying|supplies|exporting|exports|selling|sells|"
                            r"delivering|delivers)\s+(?:[^.;]{0,60}?\s)?to\b")
_INSIDE_THE_SITE = re.compile(r"\s+(?:inside|in|at|within|on)\s+the\s+(?:industrial\s+)?(?:park|zone|estate|complex|cluster)\b")
_BUT_CLAUSE_EN = re.compile(r",?\s+(?:but|yet)\s+(?:(?:it|the\s+company|the\s+group)\s+)?(?:says|said|added|insists|stressed|"
                            r"noted|told)\b|;\s")
_INVESTED_IN = {
    "en": re.compile(r"\b(?P<verb>injected|invested|invest|invests|investing|pumped|ploughed|poured)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                     r"another\s+|a\s+further\s+)?(?:US|HK)?[$€£¥][\d.,]+\s*(?:bn|billion|million|mn|m)?\s+(?:into|in)\s+"
                     r"(?P<firm>)(?=[A-Z])"),
    "zh": re.compile(r"(?P<verb>认购)(?:了)?(?P<firm>)(?=[^，。；]{2,12}?(?:新发行的|发行的|定向增发的)?(?:新股|股份|股票|定增))"),
}
#: "Alat subscribed for US$2 billion of zero-coupon bonds convertible into Lenovo shares":
#: bonds or shares of the firm that the investor takes up (the bonds are then the firm's)
_SUBSCRIBED_EN = re.compile(r"\b(?P<verb>subscribed|subscribes|subscribing)\s+(?:for|to)\s+(?:about\s+|around\s+)?"
                            r"(?:US|HK)?[$€£¥][\d.,]+\s*(?:bn|billion|million|mn|m)?\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:bonds?|notes|shares|stock)\s+(?:convertible\s+into|of|in|issued\s+by)\s+(?P<firm>)(?=[A-Z])")
_BEING_BUILT = re.compile(r"(?:[^;.]|\.\d){0,100}?\b(?:is|are)\s+(?:still\s+|now\s+)?(?:under\s+construction|being\s+built)\b")
_STAKE_IN_WHICH = re.compile(r"\bin\s+which\s+(?:[\w'’.-]+\s+){1,5}?(?:has\s+|had\s+|have\s+)?(?:long\s+|also\s+)?"
                             r"(?:held|holds|owned|owns|taken|took|bought)\s+(?:a|an)\s+(?:[\w%-]+\s+){0,3}$")
_MARKET_SHOPS = re.compile(r"\b(?:into|in|at|across|to|through)\s+(?:" + "|".join(sorted(
    {d for v in lx.DEMONYMS.values() for d in v if d[:1].isupper()}, key=len, reverse=True)) + r")\s+$")
_NEW_LINE = px.gated(r"\b(?:second|third|fourth|additional|extra)\s+(?:[\w-]+\s+){0,2}?(?:lines?|trains?)\b|"
                       # "to add production lines at its plant in Monterrey", "add two
                       # 1,200-tonne-per-day furnaces at its plant", "add an excavator line at its
                       # factory"
                       r"\b(?:add|adds|added|adding|install|installs|installed|installing)\s+(?:[\w,-]+\s+){0,6}?"
                       r"(?:production|assembly|manufacturing|processing)\s+lines?\b|"
                       r"\b(?:add|adds|added|adding|install|installs|installed|installing)\s+(?:[\w,-]+\s+){0,3}?"
                       r"(?:lines?|furnaces?|kilns?|halls?|workshops?)\b(?=[^.;]{0,40}\b(?:at|to)\s+(?:its|their|(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:site|plant|"
                       r"factory|facility|refinery|mill|complex)\b))|"
                       # "will add 2 million tonnes a year of alumina capacity at its refinery"
                       r"\b(?:add|adds|added|adding)\s+[^.;]{0,50}?\bcapacity\b(?=\s+(?:at|to)\s+(?:its|their)\b)|"
                       # "to raise MDI capacity at the Kazincbarcika site"
                       r"\b(?:raise|raises|raised|raising|boost|boosts|boosted|boosting|increase|increases|increased|"
                       r"increasing|lift|lifts|lifting)\s+(?:[\w-]+\s+){0,3}?capacity\b(?=\s+(?:at|of|in)\s+(?:its|their|the)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:site|plant|factory|facility|refinery|mill|complex|smelter|works)\b)|"
                       # "broke ground on a new tumble dryer line at its washing machine factory"
                       r"\bnew\s+(?:[\w-]+\s+){0,3}?lines?\b(?=\s+(?:at|to)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:site|plant|factory|facility|refinery|mill|complex|works)\b)|"
                       # "opened a plant in Loznica in 2021 and … would add a paint shop there"
                       r"\b(?:add|adds|added|adding)\s+(?:an?\s+)?(?:[\w€$.,-]+\s+){0,4}?(?:shop|hall|workshop|line|furnace)s?"
                       r"(?=\s+there\b)|"
                       # "will pour another 240 million euros into its factory"
                       r"\b(?:another|further|additional)\b(?=[^.;]{0,40}?\binto\s+(?:its|their)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:factory|plant|site|facility|mine|refinery)\b)|"
                       r"第[二三四]条(?:生产线|产线|组装线)|新增[^，。；]{0,20}?(?:生产线|产线)")
#: an app or service going live in a market: "在巴西桑托斯正式上线", "launched its Keeta
#: delivery app in Brazil", "rolled out its ride-hailing service in Mexico"
_SERVICE_LAUNCH = px.gated(r"(?<=[\u4e00-\u9fff])(?:正式|率先|陆续|已经|已|将|首先)?上线(?![\u4e00-\u9fff]{0,2}(?:产品|车型|新品|功能))|"
                             # "将在巴西投资10亿美元，推出Keeta外卖服务", "在巴西重启外卖业务99Food"
                             r"(?:推出|重启|开通)(?=[^，。；]{0,12}?(?:外卖|打车|网约车|配送|支付|电商|物流|即时零售)(?:服务|业务|平台))|"
                             r"\b(?:launch(?:ed|es|ing)?|roll(?:ed|s|ing)?\s+out|went\s+live\s+with)\s+(?:its|their|the)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:app|apps|service|services|platform)\b(?=\s+(?:in|across)\s)")
#: "adding a second line at its plant in Bac Giang": the plant an expansion is made at
_AT_OWN_PLANT = re.compile(r"\b(?:at|to|of)\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}$")
#: a plant told with its own history: "…, which opened in 2019", "… since 2018"
#: an annual output written before a project: "年产36万吨的…项目", "年产能20GWh的…基地"
_CAPACITY_ZH = re.compile(r"年产(?:能)?(?:约|超过|达)?[\d.,]+\s*(?:万|亿)?\s*(?:吨|台|辆|套|件|条|片|只|GWh|吉瓦时|GW|吉瓦|"
                          r"MW|兆瓦|平方米|米)[^，。；]{0,20}$")
_PLANT_HISTORY = re.compile(r"[^.;]{0,80}?(?:\b(?:which|that)\s+(?:\w+\s+){0,2}?(?:opened|began|started|"
                            r"was\s+built|was\s+completed|came\s+on\s+stream|has\s+(?:run|operated))\b|"
                            r"\b(?:since|built\s+in|opened\s+in)\s+(?:\w+\s+)?(?:19|20)\d\d\b|"
                            r"(?:19|20)\d\d年(?:建成|投产|开业))")
_EXPAND_MODIFIERS = {"expand", "expands", "expanded", "expanding", "expansion", "double", "doubles",
                     "doubling", "triple", "triples", "tripling", "enlarge", "enlarges", "enlarging",
                     "more money into", "invest more in", "further investment in"}
#: capacity phrases that say "more of the same", whatever the sentence is about
_CAPACITY_WORDS = {"add capacity", "additional capacity", "boost capacity", "raise capacity",
                   "increase capacity", "add facilities", "adding facilities", "add more facilities",
                   "新增产能", "扩大产能", "扩容"}
_PREP_EN = re.compile(r"(?:\b(?:in|at|near|into|to|across|outside|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}|"
                      r"(?:在|于|赴|落户|位于|进入|至))$", re.IGNORECASE)
_PREP_WEAK = re.compile(r"(?:\b(?:in|into|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}|(?:在|(?<![用关对由等])于|赴|落户|进入))$",
                        re.IGNORECASE)
#: making things somewhere: "began assembling phones near Istanbul" (a site, as "in" would say)
_MADE_NEAR = re.compile(r"(?:assembl|produc|manufactur|mak)\w*")
_ANAPHOR_EN = re.compile(
    r"\b[Tt]he\s+(?:[\w'-]+\s+){0,3}(?:" + "|".join(lx.FIRM_NOUNS_EN) + r")\b")
#: "The Turkish package also includes an R&D centre at the site": the deal just told,
#: and a part of it that is a move of its own
_ALSO_INCLUDES_EN = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:package|agreement|deal|project|plan|"
                               r"investment|accord|contract)\s+(?:will\s+)?also\s+(?:includes?|covers?|involves?|"
                               r"provides?\s+for|comprises?|foresees?)\b")
#: "China's largest pharmaceutical company by R&D spending listed in Hong Kong": a sentence
#: opening with a superlative description of one firm, the firm just named (not "China's
#: biggest battery makers have since announced plants", a kind of firm)
_SUPERLATIVE_SUBJECT_EN = re.compile(
    r"\s*(?:China['’]s|[Tt]he\s+country['’]s)\s+(?:largest|biggest|leading|top|second[- ](?:largest|biggest))\s+"
    r"(?:[\w'-]+\s+){0,3}(?:" + "|".join(n for n in lx.FIRM_NOUNS_EN if not n.endswith(("s", "'s"))) + r")\b")
#: a firm described as the subject right before its verb: "when the state-owned hydropower
#: group bought it"
_NP_SUBJECT_EN = re.compile(
    r"\b[Tt]he\s+(?:[\w'-]+\s+){0,3}(?:" + "|".join(lx.FIRM_NOUNS_EN) + r")\s+"
    r"(?:(?:has|had|have|will|would|also|then|later|subsequently|itself)\s+)*$")
_ONE_MORE = px.gated(r"\b(?:a|the|its)\s+(?:second|third|fourth|fifth|new|another)\s+"
                       r"(?:one|facility|site)\b|"
                       r"\banother(?:\s+one)?\b(?=\s+(?:in|at|near|outside)\b)|"
                       # (the verb is looked for behind the word, not before it: a pattern
                       # that opens with a look-behind is tried at every character)
                       r"one\b(?=\s+(?:in|at|near)\b)(?:(?<=\bbuild one)|(?<=\bopen one)|(?<=\bplan one)|"
                       r"(?<=\badd one)|(?<=\bbuilds one)|(?<=\bopens one)|(?<=\bbuilding one)|"
                       r"(?<=\bopening one)|(?<=\bbuilt one)|(?<=\bopened one)|(?<=\bplanned one))|"
                       r"\ba\s+(?:second|third|fourth)\b(?=\s+(?:in|at|near)\b)|"
                       # "the second factory CATL has built in Europe. Its first, in Arnstadt"
                       r"first\b(?=,?\s+(?:in|at|near)\b)(?:(?<=\b[Ii]ts first)|(?<=\b[Tt]he first))|"
                       # "TCL Zhonghuan signed a similar pact for a wafer plant"
                       r"\b(?:[Aa]|[Tt]he)\s+similar\s+(?:pact|deal|agreement|accord|arrangement)\b|"
                       r"第二座|第二家|第三座|第二个")
_WITH = re.compile(r"(?:\bwith|\band|\bpartner)\s*(?:[\w'-]+\s+){0,3}$|"
                   r"(?:与|和|同|跟|携手|联合|联手)[^，。；,;与和]{0,14}$")
#: a firm followed by its reporting verb is the subject the next pronoun refers to
_REPORTS = re.compile(r"(?:'s)?\s*(?:,[^,]{0,60},\s*)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                      r"(?:said|says|told\s+\w+|announced|confirmed|added|stated)\b(?:\s+that)?")
_SAID_BACK = re.compile(r"\b(?:it|the company|the group|the firm)\s+(?:has\s+)?(?:said|says|added)\b|"
                        # "a factory in Szeged, which the company announced in December 2023"
                        r"\b(?:which|that)\s+(?:it|the company|the group|the firm)\s+(?:has\s+|had\s+)?"
                        r"(?:announced|built|opened|bought|acquired|set\s+up|launched|runs|operates|"
                        r"is\s+building|plans|planned|agreed)\b")
#: a verb saying the firm just named made the thing named before it ("the venture X formed")
_MADE_BY = re.compile(r"(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:has\s+|had\s+)?(?:formed|set\s+up|established|created|launched|opened|built|"
                      r"commissioned|developed|completed|owns|"
                      r"runs|operates|bought|acquired|signed|announced|agreed|is\s+building|plans)\b")
_SAID = re.compile(r"(?:'s)?\s*(?:said|says|told|announced|added|confirmed|表示|称|宣布|透露)")
#: (a word that ends a sentence is no word of the phrase: "CATL set the template. Its plant")
_DEFINITE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:(?![a-z]{2,}[.:]\s)[\w'$%.,:/-]+\s+){0,3}|"
                       r"[该此这其](?:座|家|个|一)?)$")
_UNIT_PRICE = re.compile(r"每[\u4e00-\u9fff]{0,3}$")
_UNIT_PRICE_AFTER = re.compile(r"\s*(?:/|per\s+|an?\s+(?:ounce|tonne|ton|barrel|share|kilogram|kg|kilo|"
                               r"pound|lb|unit|vehicle|car|kilowatt|kwh|watt|month|year)\b|每|/吨|/盎司)")
#: what follows a licence trigger before the licensee ("licensed … to", "授权给")
_LICENSED_TO = re.compile(r"(?:\s*(?:its\s+)?(?:[^\s.;]+\s+){0,6}?(?:to|with)\s+(?:the\s+)?(?:[A-Z]\w*\s+)?"
                          r"(?=[A-Z])|给|予)")
#: "中国五矿集团有限公司旗下": after a firm's name, what it owns follows
_OWNER_SUFFIX = re.compile(r"(?:集团)?(?:股份)?(?:有限)?(?:责任)?(?:公司)?旗下")
#: "美国纽蒙特旗下…": a firm that owns what follows
_OWNER_OF = re.compile(r"[^，。、；\s]{1,10}旗下|[^，。、；\s]{0,6}?(?:公司|企业|集团|股东)(?:所)?持有的?")
_COUNTED = re.compile(r"(?:[两二三四五六七八九十几数多]|\d+)(?:笔|项|起|宗|桩)[\u4e00-\u9fff]{0,4}$|"
                      r"\b(?:two|three|four|five|six|several|multiple|a\s+series\s+of|a\s+string\s+of|"
                      r"a\s+spate\s+of|a\s+wave\s+of)\s+(?:[\w-]+\s+){0,2}$")  # lower case: not "China Three Gorges"
#: "has been reported to be planning", "is said to be weighing", "据传": unconfirmed
_HEARSAY = px.gated(r"\b(?:reported|said|rumou?red|understood)\s+to\s+(?:be|have)\b|\breportedly\b|"
                      # "Chery has also been linked to a Turkish plant"
                      r"\b(?:been|is|was|were|are)\s+(?:also\s+|repeatedly\s+|widely\s+|long\s+)?linked\s+(?:to|with)\b|"
                      r"据传|传闻称|据称")
_ROLE_AFTER = re.compile(r"(?:的)?(?:联合)?(?:创始人|创办人|董事长|总裁|首席执行官|前CEO|CEO|高管|前高管|员工)|"
                         # "本集团为中国五矿集团有限公司旗下…": the owner of the firm the text is about
                         + _OWNER_SUFFIX.pattern + "|"
                         r"(?:'s)?\s+(?:co-?)?(?:founder|chairman|chairwoman|chief\s+executive|CEO|"
                         r"president|executives?|employees?)\b")
#: a contract won: what makes a firm that is no contractor the builder of a work abroad
_CONTRACT_WON = re.compile(r"\b(?:won|wins|win|winning|awarded|secured|secures|signed|signs|landed|lands|"
                           r"clinched|bagged|inked|was\s+picked|was\s+selected)\b|"
                           # "Harbin Electric was the main contractor for": a builder named
                           r"\b(?:was|is|were|are|became|served\s+as|serves\s+as|acted\s+as|acts\s+as)\s+(?:the|a|an|its)\s+"
                           r"(?:(?:main|lead|general|principal|prime|EPC|engineering|construction|turnkey|"
                           r"procurement|and|,)\s*)*$", re.IGNORECASE)
#: a firm the registry does not know whose name says it builds for others
_CONTRACTOR_NAME = re.compile(r"\b(?:Construction|Engineering|Railway|Railways|Bridge|Harbour|Harbor|"
                              r"Hydro|Sinohydro|Contracting|Technical\s+Cooperation|Economic\s+Cooperation)\b|建设|建工|工程|路桥|铁建|中铁|港湾|电建|水电")
#: a place goods are sold or shipped to, which is no site
_EXPORT_TO = px.gated(r"\bexport(?:s|ed|ing)?\b[^.;]{0,50}?\bto\s+(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        r"\b(?:destined|bound)\s+for\s+(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        # "will supply customers in the United States and Canada from the plant"
                        r"\b(?:supply|supplies|supplying|serve|serves|serving|ship|ships|shipping)\s+"
                        r"(?:[\w-]+\s+){0,5}?(?:in|to|across|throughout)\s+(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        # "… and customers in the United States": buyers' places
                        r"\b(?:customers|clients|buyers|consumers|carmakers|automakers)\s+(?:in|across|throughout)\s+"
                        r"(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        # "sell a large share of the output to the United States", "serve
                        # markets including the United States and Europe"
                        r"\b(?:sell|sells|selling|sold)\s+(?:[\w-]+\s+){0,8}?to\s+(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        r"\bmarkets\s+(?:including|such\s+as|like)\s+(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        # "we buy from Ethiopia, Yunnan and Colombia", "sources cobalt from
                        # Congo": where goods come from
                        # (not "agreed to buy oil assets from Brazil's Petrobras", a purchase)
                        r"\b(?:buy(?:s|ing)?\s+from|(?:source[sd]?|sourcing|import(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,5}?from)\s+"
                        r"(?:(?:[A-Z][\w.-]*|and|the)\s+|,\s*)*$|"
                        r"(?:出口|销往|出口至|出口到|运往|发往|供应|供货|配套|面向|销售至|销售到|辐射)[^，。；]{0,10}$")
#: the main clause going on after a relative clause: ", began work", ", said it would"
_CLAUSE_RESUMES = re.compile(r",\s+(?:has|have|had|will|would|is|was|are|were|plans|planned|said|says|"
                             r"announced|began|begins|started|starts|agreed|signed|opened|broke|"
                             r"[a-z]+ed)\b")
#: an output written before a facility word: "100GWh", "120,000-tonne-a-year", "5 GW"
_CAPACITY_EN = re.compile(r"\b\d[\d,.]*\s*-?\s*(?:GWh|GW|MW|MWh|(?:metric\s+)?(?:tonnes?|tons?|t)(?:[- ](?:a|per)[- ]year)?|"
                          r"units|vehicles|cars|wafers)\b[^,;.]{0,25}$")
#: what follows a permit: "投资许可、环评等审批程序", "许可证办理手续"
_PERMIT_AFTER_ZH = re.compile(r"[^。；，]{0,12}?(?:审批|备案|核准|程序|手续|申请)")
#: a step still to come: "尚需取得", "仍需办理"
_PENDING_ZH = re.compile(r"尚需|仍需|尚待|有待|需要|需|须|正在办理")
#: a permit granted: "获得金融管理局批准", "已获批"
_GRANTED_ZH = re.compile(r"获得|获批|已获|批准|颁发")
#: a plant used, not built: "借助海外车企现成的", "利用雷诺位于巴拉那州…的"
_USED_PLANT_ZH = re.compile(r"(?:借助|利用|依托|租用|借用)[^，。；]{0,20}?(?P<ready>现成|现有|闲置|原有)?的$")
#: a second role of the same firm, a verb of its own: "… contract and is also the largest
#: shareholder in", "and also holds a stake in"
_ALSO_ROLE_EN = re.compile(r"\band\s+(?:is|was|has|had|will\s+be)?\s*also\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:largest\s+|biggest\s+|main\s+|majority\s+|minority\s+)?"
                           r"(?:shareholder|owner|investor|partner|operator|holds|owns|took|takes)\b")
#: what joins a subject to its partner: "与", "联合", "携手"
_PARTNERED_ZH = re.compile(r"(?:与|同|跟|联合|携手)(?:[\u4e00-\u9fff]{0,4}(?:企业|公司|集团))?")
#: an owner's build: "上海电气投资建设的塔尔煤田…项目", "中国三峡集团投资约17亿美元建设的卡洛特水电站"
#: ("…是中国电建以"投资—建设—运营"一体化模式在老挝北部开发的项目": a developer's own, too)
_INVESTED_BUILT_ZH = re.compile(r"(?:投资(?:约|近|超过)?(?:[\d.]+\s*(?:亿|万)?\s*(?:美元|元|人民币|欧元))?(?:建设|兴建|建成)|"
                                # (not "华为在沙特正在积极开发的云计算项目": work under way)
                                r"(?<=在)(?:(?!正在|积极|加紧|研究|自主)[^，。；在]){1,12}(?:投资)?开发)的"
                                r"[^，。；]{0,30}?(?P<noun>水电站|电站|电厂|工厂|项目|园区|矿山)")
#: partners named after a stake: "…20%股权，与阿布扎比国家能源公司、马斯达尔及法国电力集团共同开发"
_CO_DEVELOP_ZH = re.compile(r"[^。；，]{0,4}[，,]\s*(?:并|还)?与[^。；]{2,40}?(?:共同|联合)(?:开发|投资|建设|持有|运营|出资)")
#: ways of going abroad, two or more of which named together are a habit
_MODE_WORDS_ZH = ("合资", "参股", "收购", "并购", "入股", "独资", "绿地投资", "新建")
#: ways of going abroad named together: "通过合资和参股", "以独资、合资等方式"
_MODES_ZH = re.compile(rf"(?:通过|以|采用|采取|借助)(?:{'|'.join(_MODE_WORDS_ZH)})"
                       rf"(?:(?:[和与及、]|以及)(?:{'|'.join(_MODE_WORDS_ZH)}))+(?:等)?(?:方式|模式|形式)?")
#: a stake received with a licence's payment: "获得1.1亿美元首付款及Kailera 19.9%的",
#: "receive $110 million upfront and a 19.9%"
_PAID_IN_STAKE = re.compile(r"(?:获得|取得|收取|\breceive[sd]?\b|\breceiving\b|\bget\b|\bgets\b)[^。；;]{0,36}"
                            r"(?:及|和|以及|\band\b|\bplus\b)[^。；;，,]{0,24}$")
#: new shares of a named firm taken up: "认购日本三电控股定向增发股份"
_SUBSCRIBED_SHARES_ZH = re.compile(r"(?P<verb>认购)(?P<target>[^，。；]{2,24}?)(?:定向|非公开)?(?:增发|发行)(?:的)?新?"
                                   r"(?:股份|股票|新股|普通股)")
#: a site told as a venture: "is being built as a joint venture", "was set up as a 50:50 joint venture"
_BUILT_AS_EN = re.compile(r"\b(?:built|run|operated|set\s+up|developed|structured|formed|owned)\s+as\s+(?:a|an)\s+"
                          r"(?:[\w:%-]+\s+){0,2}$")
#: a foreign firm's own relative clause, up to a trigger: ", which is building the … Battery
#: Park in Marshall, Michigan, and owns the"
_ITS_OWN_CLAUSE_EN = re.compile(r",\s+(?:which|who)\s+(?!(?:it|they|we|the)\b)[^;]{0,200}?"
                                r"\b(?:owns|operates|runs|is\s+building|will\s+build|built|is\s+constructing)\b[^;]{0,60}")
_PRONOUN_EN = re.compile(r"\b(?:it|its|they|their|we|our)\b")
#: a site another firm owns: "a battery plant that Ford owns and is building in Marshall"
_OWNED_BY_OTHER_EN = re.compile(r"\s+(?:that|which)\s+(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+"
                                r"(?:owns|runs|operates|is\s+building|built|will\s+build|is\s+constructing)\b")
#: a chain present in a country: "The chain also operates in Malaysia, Thailand and …"
_CHAIN_OPERATES_EN = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?chain\s+(?:also\s+|now\s+|already\s+)?"
                                r"(?P<verb>operates|is\s+present|has\s+(?:shops|stores|outlets|restaurants))\s+in\b")
#: depositary shares put on a market: "listed American depositary shares", "listed its ADSs"
_LISTED_ADS = re.compile(r"\blisted\s+(?:its\s+|their\s+)?(?:American\s+|global\s+)?depositary\s+(?:shares|receipts)\b",
                         re.IGNORECASE)
#: China's special administrative regions
_SAR = ("HKG", "MAC")
#: a list item naming an asset and its country, places written P: "- Aurora gold mine, P.",
#: "• Tres Quebradas (3Q) lithium brine, P."
_ASSET_HEADING_EN = re.compile(r"\s*[-•*·]\s*[A-Z0-9][\w'’().&-]*(?:\s+[\w'’().&-]+){0,6}\s*,\s*P\s*\.?\s*")
#: a sentence with no subject, opening with its verb: "Acquired from IAMGOLD in January 2023",
#: "- 2012: completed the takeover of …", "October 2018: became the first company to …"
_SUBJECTLESS_EN = re.compile(
    r"\s*(?:[-•*·]\s*)?"
    r"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:\d{1,2}\s+)?(?:19|20)\d\d\s*[:–—]\s*(?=[a-z])"
    r"|(?=[A-Z]))"
    r"(?i:acquired|bought|purchased|took\s+over|taken\s+over|completed|agreed|announced|built|opened|set\s+up|"
    r"established|formed|launched|listed|became|signed|won|began|started|entered|invested|raised|issued|"
    r"broke\s+ground|added|expanded|commissioned)\b")
#: a heading that is a place only, places replaced by "P": "2) Debrecen, Hungary.", "（三）印尼",
#: "2016 - Japan." (a timeline's entry)
_PLACE_HEADING = re.compile(r"\s*(?:(?:19|20)\d\d\s*年?\s*[-–—:：]\s*)?(?:\(?\d{1,2}[).、]|[（(]?[一二三四五六七八九十]{1,2}[）)、]|[-•*·])?\s*"
                            r"P(?:\s*[,，/、]?\s*(?:and\s+)?P){0,2}\s*[.:：。]?\s*")
#: a trend told of firms and countries listed with 等: "…等企业…在墨西哥、巴西等国…"
_TREND_ZH = re.compile(r"等(?:[\u4e00-\u9fff]{0,4})?(?:企业|公司|车企|厂商|巨头|品牌)[^。；]*?[、和与及][^。；]{1,8}?等(?:国|地|国家|地区|市场)")
#: a negation right before a trigger: the move is not made
_NEGATED = re.compile(r"\b(?:without|instead\s+of|rather\s+than|not\s+to)\s+(?:[\w-]+\s+){0,1}$|"
                      r"\b(?:has|have|had|with)\s+no\s+(?:[\w-]+\s+){0,1}$|"
                      r"\b(?:does|do|did)(?:\s+not|n't)\s+(?:own|have|run|operate|build|need)\s+(?:any\s+)?(?:[\w-]+\s+){0,1}$|"
                      r"(?:不再|无需|不必|而非|并未|没有)$|(?:并不|并没有|不会|无意)[\u4e00-\u9fff]{0,2}$", re.IGNORECASE)
#: a noun after a financing word, which makes it an attribute: "financing programs"
_CREDIT_NOUN = re.compile(r"\s+(?:programs?|programmes?|schemes?|plans|options?|costs?|terms|conditions|"
                          r"needs|gaps?|rules|models?|tools?|rates?|market|markets|channels?)\b")
#: credit for buyers, no firm's financing: "auto loans", "车贷"
_CONSUMER_CREDIT = re.compile(r"\b(?:auto|car|vehicle|consumer|household|mortgage|home|student|personal|"
                              r"retail|buyers?|customer|dealer)(?:[-\s]buyer)?\s*$|(?:车|消费|房|个人)$",
                              re.IGNORECASE)
#: listing words that name their market
_LISTING_PLACE = {"赴港上市": "HKG", "H股上市": "HKG", "港股上市": "HKG", "在港上市": "HKG",
                  "赴美上市": "USA", "在美上市": "USA"}
_FACILITY_WORDS = {"facility", "facilities", "site", "sites", "complex", "base", "project"}
#: what a facility does when it is a plant, said in its own clause
_PRODUCES = re.compile(r"(?:[^;.]|\.\d){0,100}?\b(?:began|begins|begin|started|starts|start|commenced|"
                       r"will\s+begin|will\s+start)\s+(?:commercial\s+|mass\s+|full\s+|trial\s+|"
                       r"serial\s+)?(?:production|manufacturing|producing|output|making)\b")
#: "the plant", "这座工厂": what was just named (not "its plant in X", which introduces one)
_DEMONSTRATIVE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?![a-z]{2,}\.\s)[\w'$%.,-]+\s+){0,3}|"
                            r"[该此这](?:座|家|个|一)?)$")
#: built together: "would jointly build a plant", "共同建设"
_JOINTLY = re.compile(r"\b(?:jointly|together)\b(?:\s+[\w-]+){0,5}\s+(?:a|an|the)?\s*(?:[\w,-]+\s+){0,4}$|(?:共同|联合)[\u4e00-\u9fff]{0,8}$")
#: a partner named before the venture: "teaming up with Indonesia Battery Corp. on a … venture"
_TEAMED_WITH = re.compile(r"\b(?:team(?:s|ed|ing)?\s+up|partner(?:s|ed|ing)|join(?:s|ed|ing)?\s+forces)\s+with\s+"
                          r"(?:[^.;]|\.(?=\s+[a-z])){2,80}?\b(?:on|in|for)\s+(?:a|an|the|its|their)\s+(?:[^.;]{0,50}\s)?$")
#: a venture formed with partners, without "joint": "announced a similar venture with the same partners"
#: (the words between article and noun are free: "a US$5.9 billion (around 96 trillion rupiah)
#: integrated venture between CATL, …")
_VENTURE_WITH = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w&-]*['’]s)\s+(?:(?:[^.;:\n]|\.(?=\d)){0,70}?\s)?(?P<noun>venture)\s+(?:with|between)\b")
#: the agent of a passive "built": "was built by China Harbour", "built by the Chinese firm PowerChina"
_BUILT_BY = re.compile(r"\s+by\s+(?:(?:the\s+)?(?:state-owned\s+)?(?:Chinese\s+)?(?:[a-z-]+\s+){0,2}?)?")
#: what a Chinese purchase is of, written before it: "对斯洛文尼亚家电企业Gorenje的收购"
_OBJECT_BOUGHT_ZH = re.compile(r"对(?P<obj>[^，。；对]{2,30}?)(?:的)?(?:全部|部分|多数|控股)?(?:股权|股份)?(?:的)?$")
#: an interest gained, in a filing's words: "取得…项目公司51%的权益", "获得该矿30%权益"
_GAINED_INTEREST_ZH = px.gated(r"(?:取得|获得|购得|受让)[^，。；]{0,30}?\d+(?:\.\d+)?%(?:的)?(?P<noun>权益|股份|股权)|"
                                 # "持有该国Stabroek区块25%权益": an interest held in an asset (a
                                 # firm's shares held, "持有合资公司51%股权", are a venture's)
                                 r"持有(?![^，。；]{0,30}?(?:合资|合营))[^，。；]{0,30}?(?:区块|油田|气田|矿|项目)[^，。；]{0,6}?\d+(?:\.\d+)?%(?:的)?(?P<held>权益)")
#: a project invested in together with named partners ("与马斯达尔和法国电力共同投资该项目")
_INVESTED_WITH_ZH = re.compile(r"与(?P<partners>[^，。；]{2,40}?)(?P<verb>(?:共同|联合|各)(?:投资|出资|持有|持股|开发))")
#: a foreign investor's money taken in: "完成阿布扎比CYVN Holdings约22亿美元战略投资", "获得沙特PIF注资"
_TOOK_INVESTMENT_ZH = px.gated(r"(?:完成|获得|获|引入|接受)(?:了)?(?:来自)?(?P<investor>[^，。；]{2,30}?)(?P<noun>战略投资|战略融资|注资)")
#: making told in the perfect, and the goods made in a place after it ("have manufactured
#: modules in Jacksonville"; not "has produced thousands of jobs in Hungary") or the first
#: goods made
_PERFECT_MAKING = frozenset({"have manufactured", "has manufactured", "had manufactured",
                             "have produced", "has produced", "had produced"})
_MADE_IN = re.compile(r"\s+(?:its|their)\s+first\b|"  # "had produced its first lithium chloride"
                      r"\s+(?!(?:jobs|results?|rulings?|a\s+ruling|thousands|hundreds|profits?|returns?|revenues?|"
                      r"growth|gains?)\b)(?:[\w-]+\s+){1,4}?(?:in|at)\s+(?:the\s+)?[A-Z]")
#: kinds of site a coordinated "and at a campus in …" continues
_SITE_TYPES = ("data_center", "rnd_center", "greenfield_plant")
_AND_AT_ANOTHER = re.compile(r"[^.;]{0,80}?,?\s+and\s+(?:at|in)\s+(?:a|an|another|its)\s+(?:[\w-]+\s+){0,2}")
#: a partner named after "with", then described: "with state-owned Indonesia Battery
#: Corp. (IBC), a " (a period may end an abbreviation)
_PARTNER_WITH = re.compile(r"\bwith\s+(?:state-owned\s+|the\s+)?(?P<partner>)(?=[A-Z])(?:[^.;]|\.(?=\s*[,(]))*,\s+(?:a|an|the)\s+$")
#: a firm's legal word closing the partner's name ("Indonesia Battery Corporation (IBC), a ")
_FIRM_WORD_LAST = re.compile(r"\b(?:Corporation|Corp\.?|Company|Co\.?|Group|Holdings?|Ltd\.?|Inc\.?|Berhad|AG|"
                             r"GmbH|plc|PLC|Fund|Partners)\s*(?:\([^()]{1,12}\)\s*)?,\s+(?:a|an|the)\s+$")
#: a government party, whose joint project is no venture with a firm
_STATE_PARTY = re.compile(r"\b(?:government|ministry|authority|authorities|agency|administration)\b", re.IGNORECASE)
#: a mine's own words, and its production starting right after them
_MINE_WORDS = frozenset(lx.MINE_WORDS[0] + lx.MINE_WORDS[1])
_MINE_PRODUCING = re.compile(r"[^，。；]{0,16}?(?<!临近|即将|预计|有望|计划|准备)(?<![将的])(?:投产|出矿|开始生产|产出首批|发运首批)|"
                             r"[^.;]{0,30}?\b(?:shipped|exported|produced|poured)\s+(?:its\s+)?first\b|"
                             r"[^.;]{0,30}?\b(?:began|started|commenced|entered)\s+(?:commercial\s+)?(?:production|producing|operations?)\b")
#: the leader of builders named after a passive's "by": "a consortium led by"
_LED_BY = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|group|joint\s+venture)\s+"
                     r"(?:led|headed)\s+by\s+(?:(?:the\s+)?(?:state-owned\s+)?(?:Chinese\s+)?(?:China['’]s\s+)?)?")
#: a project "invested by" a firm (and built by another): "由中国电力国际有限公司投资、中国电建承建的…风电项目"
_INVESTED_BY_ZH = px.gated(r"由[^，。；、由]{2,24}?(?P<verb>投资)(?:建设|开发|兴建)?(?=、[^，。；]{2,24}?承建|的)")
#: a plant agreed with named foreign partners to be built together: "与RELC和Vision Industries
#: 签约，拟共同投资…在沙特建设…工厂", "与Vision Industries等沙特合作方签署协议，拟共同在沙特建设"
_SIGNED_JOINTLY_ZH = re.compile(r"与(?=[^，。；]{0,30}?(?:[A-Za-z]{2}|合作方|当地企业|本土企业|当地合作伙伴))[^，。；]{1,30}?"
                                r"(?:签约|签署|达成)[^。；]{0,30}?(?:共同|联合|合资)[^。；]{0,40}$")
#: "The company opened a plant", "The company listed in": the words after "the" are a firm
#: (and its verb), so the trigger is a new thing, not one named before
_SUBJECT_VERB = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'-]+\s+){0,2}(?:"
                           + "|".join(n for n in lx.FIRM_NOUNS_EN if not n.endswith("'s"))
                           # ("The variety retailer's flagship in New York": its own, told here)
                           + r")(?:['’]s)?\s+")
_APPOSITIVE = re.compile(
    r",\s*(?:[\w'-]+\s+){0,6}(?:owned|backed|controlled|unit|subsidiary|parent|part|which|"
    r"whose|sister|affiliate|arm|division|of)\b[^,;]*$")
_DIVEST = re.compile(r"(?<![\w-])(?:sell|sells|sold|selling|divest|divests|divested|divesting|dispose of|"
                     r"offload|exit|exits|exited|close|closes|closed|closing|shut|shuts|sale\s+of|"
                     # "is handing over its vaccine plant in Dundalk to MSD"
                     r"hand(?:s|ed|ing)?\s+over)\b"
                     r"(?:\s+[\w'$%.,-]+){0,6}\s*$|(?:出售|剥离|转让|关闭|关停|退出|不再控股|不再持有|不再拥有)[^，。；]{0,20}$",
                     re.IGNORECASE)
#: "has closed its $290 million purchase of Jack Wolfskin": a deal closed is a deal done
_CLOSED_DEAL = re.compile(r"\bclos(?:e|es|ed|ing)\s+(?:on\s+)?(?:[\w'$%.,-]+\s+){0,5}$", re.IGNORECASE)
_DEAL_NOUN = re.compile(r"(?:purchase|acquisition|takeover|buyout|deal|merger)", re.IGNORECASE)
_WHETHER = px.gated(r"\bwhether\b|\b(?:short-?listed|among\s+(?:the\s+)?(?:bidders|contenders)|in\s+the\s+running)\b|\b(?:is|are|was|were|been)\s+(?:also\s+|itself\s+|still\s+)?(?:considering|mulling|"
                      r"weighing|exploring)\b|\bmulling\b|\bdecide[sd]?\s+(?:on|whether)\b|是否|尚未决定|未决定|(?:正在|正|也在|还在|在)考虑|"
                      # "公司暂不考虑在摩洛哥建厂": not weighed, let alone planned
                      r"不(?:再)?考虑[^，。；]*$|"
                      # "未来将视订单情况考虑在当地建设生产基地": a later thought, no plan
                      r"视[^，。；]{0,8}(?:情况|需要|需求)|(?:将|会|或|可能|未来)[^，。；]{0,6}考虑|"
                      r"尚未确定|尚未敲定|"
                      # "上汽集团也曾表示研究在墨西哥建设工厂": a study, no plan
                      r"(?:表示|在)研究在|曾[^，。；]{0,6}研究在|"
                      # "weighed a bid for Currys but walked away", "曾公开表示正在初步考虑…收购":
                      # a bid thought of, never made
                      r"\b(?:weighed|considered|mulled|explored)\s+(?:a\s+|an\s+)?(?:possible\s+)?(?:(?:bid|offer|takeover|"
                      r"buying|acquiring|purchase|deal|merger)\b|$)|曾[^，。；]{0,10}考虑|"
                      # "正与通用汽车洽谈类似的合作": not agreed yet ("in talks" is _TALKS)
                      r"\b(?:is|are|was|were)\s+negotiating\b|"
                      # "has kept CATL from building factories of its own", "has not committed
                      # to a plant", "is studying local production": no move made
                      r"\b(?:kept|keeps|keep|keeping|prevented|prevents|stopped|barred|bars|blocked|"
                      r"blocks|deterred)\s+(?:[\w-]+\s+){1,3}from\s+(?:[\w-]+\s+){0,4}$|"
                      r"\bnot\s+(?:yet\s+)?committed\s+to\b|\byet\s+to\s+commit\b|\b(?:is|are)\s+studying\b|"
                      # "was evaluating several Mexican states for a possible vehicle plant"
                      r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:evaluating|assessing|scouting)\b|"
                      r"\b(?:possible|potential|prospective)\s+(?:[\w-]+\s+)?$|"
                      # "has said it is looking for a site for a European factory"
                      r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:looking|searching|hunting|scouting)\s+for\s+"
                      r"(?:a\s+)?(?:site|location|plot|partner)s?\b|"
                      r"\b(?:is|are|was|were)\s+still\s+studying\b|\bin\s+discussions\s+with\b|"

                      r"(?:正在|正|仍在|还在)[^，。；]{0,15}(?:洽谈|谈判|磋商)|"
                      # "公司正在考察在墨西哥设厂的可能性": scouting, no decision
                      r"(?:正在|正|仍在|还在)考察[^，。；]{0,15}$|"
                      # "正在评估东京、迪拜等城市的开店机会", "也在考察意大利、德国等地的建厂机会",
                      # "is \"looking at\" a third European plant", "has no timetable for a
                      # Mexican plant": opportunities weighed, no site chosen
                      r"(?:正在|仍在|还在|也在)(?:评估|研究|考察|探讨|论证)[^，。；]{0,20}$|"
                      r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?[\"“]?looking\s+at\b|"
                      r"\bno\s+(?:timetable|timeline|firm\s+plans?)[\"”]?\s+for\b")
#: a bank that lends or arranges ("由中国银行牵头…提供的贷款", "a loan from Bank of China",
#: "led by ICBC"): not the firm that borrows to build
_LENDER = px.gated(r"由\0(?:牵头|提供|安排|出资|贷款)|由\0[^，。；\0]{0,10}(?:牵头|提供)|"
                     r"\b(?:loans?|credit|financing|facility|funding)\s+(?:\w+\s+){0,3}"
                     r"(?:from|(?:provided|arranged|led|underwritten)\s+by)\s+(?:the\s+)?\0")
#: "2、公司拟…", "本公司将…": a clause whose subject is "the company"
_COMPANY_SUBJECT_ZH = re.compile(r"\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:(?:与此同时|同时|此外|另外|目前|截至目前)[，,]?)?"
                                 r"(?:本|该)?(?:公司|集团)"
                                 r"(?:拟|将|已|于|在|计划|决定|同意|以|通过|全资|旗下|位于)")
#: money raised from an investor: "raised $2.2 billion from Abu Dhabi's CYVN Holdings"
#: (the sum itself is the money parser's mention)
_RAISED_BEFORE = re.compile(r"\b(?P<verb>raised|raises|raising|raise|received|receives|receiving|receive)\s+"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?$")
#: (not "received $500 million from the sale of its stake": proceeds, no money raised)
_RAISED_AFTER = re.compile(r"\s+(?:in\s+(?:new\s+)?(?:funding|capital|equity)\s+)?from\b"
                           r"(?!\s+(?:the\s+|its\s+)?(?:sale|sales|selling|disposal|divestment|customers?|"
                           r"clients?|orders?|buyers?|government|state|subsid))")
#: a foreign (Latin-lettered) firm or business as the subject that owns sites: "Arbonia气候
#: 业务在德国、波兰等地拥有热泵和暖通工厂"
_FOREIGN_OWNS_ZH = re.compile(r"(?P<name>[A-Z][A-Za-z&.\-]*(?:\s[A-Z][A-Za-z&.\-]*){0,3})[\u4e00-\u9fff]{0,6}?"
                              r"(?:在|于)[^，。；]{1,30}?(?:拥有|设有|运营)[^，。；]*$")
#: a firm owned: "has owned Sweden's Volvo Cars", "owns German pump maker Putzmeister"
_OWNS_FIRM = px.gated(r"\b(?:owns|has\s+owned|had\s+owned|has\s+controlled|controls)(?=\s+[A-Z])")
_OWNED_GAP = re.compile(r"\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+|[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){0,3})?")
#: "has run a Riyadh region", "launched its Mexico and Saudi regions" (in a sentence about a
#: cloud): a cloud region is a data centre
_CLOUD_REGION = px.gated(r"\b(?:opened|opens|launched|launches|runs|run|operates|operate|operated|added|adds)\s+"
                         r"(?:a|an|its|their)\s+(?:new\s+|first\s+|second\s+|third\s+)?(?:[A-Z][\w-]+\s+){1,2}"
                         r"(?:(?:and|&)\s+(?:[A-Z][\w-]+\s+){1,2})?(?:cloud\s+)?(?P<noun>regions?)\b"
                         r"(?!\s+(?:headquarters|office|hub|centre|center|head|manager|director))")
#: capacity of a given size planned or built: "规划了5GW高效电池产能"
_CAPACITY_PLANNED_ZH = px.gated(r"(?:规划|布局|新建|投建|建设)了?(?:年产)?[\d.]+\s*(?:GWh|GW|MW|万吨|吨|万辆|辆|万台|万套)"
                                  r"[^，。；\d]{0,8}?(?P<noun>产能)")
#: what follows a seller's name: "持有的", "（以下简称…）间接持有的", "所持"
_HELD_BY_ZH = re.compile(r"(?:（[^）]{1,30}）)?(?:间接|直接)?(?:所持|持有的)")
#: a stock code after a firm's name: "华新水泥（600801）", "（02899.HK）"
_STOCK_CODE_ZH = re.compile(r"\s*[（(](?:[A-Z]{2}[:：])?\d{4,6}(?:\.[A-Z]{2})?[）)]")
#: a bare "公司" as a clause's subject: "此前，公司已在塔吉克斯坦…"
_BARE_COMPANY_SUBJECT_ZH = re.compile(r"(?:^|[，。；：])\s*(?:(?:此前|目前|同时|此外|另外|截至目前|近年来|去年|今年)[，,]?)?"
                                      r"公司(?:已|将|拟|于|在|还|亦|也|曾|计划|正|先后|陆续)[^。；]*$")
#: "本集团", "本公司": the issuer of a filing speaking of itself
_ISSUER_SELF = re.compile(r"本(?:集团|公司)(?:已|于|在|将|拟|曾|亦|也)?[^，。；]{0,30}$")
#: a filing that calls itself "the company": "（以下简称“公司”）", "（下称“本集团”）"
#: the header of an exchange filing ("证券代码：603799　证券简称：华友钴业　公告编号：2023-112"),
#: which calls its issuer "公司" throughout
#: "…，与公司已在韩国合资建设": the filer as a foreign firm's partner, in the trigger's clause
_WITH_FILER_ZH = re.compile(r"与(?:本)?公司(?:已|将|拟|曾|在|于|共同|合作)?[^，。；]{0,20}$")
#: a deal with a partner over a drug named by its code ("an agreement with the UK's GSK
#: covering HRS-9821", "a collaboration with Merck on IBI363")
_DRUG_DEAL_EN = re.compile(r"\b(?P<noun>agreement|deal|collaboration|partnership)\s+with\s+(?P<partner>[^.;]{2,60}?)\s+"
                           r"(?:covering|for|on|over)\s+(?:the\s+)?(?:(?:global|worldwide|exclusive|ex-China)\s+)?"
                           r"(?:rights\s+(?:to|for)\s+)?(?:its\s+)?[A-Z]{2,6}-?\d{2,5}\b"
                           # (a compound, not a chip: "a partnership with Nvidia on GB200 servers")
                           r"(?=[^.;]{0,60}?\b(?:inhibitor|antibody|ADC|bispecific|candidate|drug|compound|"
                           r"molecule|therapy|agonist|vaccine|programmes?|programs?)\b)")
#: a caption's word for purchases: "the 10 transactions that defined 2024", "十大并购"
_DEALS = re.compile(r"\b(?:[Dd]eals?|[Tt]ransactions|[Tt]akeovers|[Pp]urchases|M&A)\b|并购|收购案|交易榜")
#: a list item of dash-separated fields: "3. 比亚迪 — 巴西 — 卡马萨里乘用车基地 — 约55亿雷亚尔"
_DASH_ROW = re.compile(r"\s*(?:\d{1,2}\s*[.、)．]\s*)?[^—–|\n]{1,40}?\s[—–]\s[^—–\n]{1,40}?\s[—–]\s\S")
#: a share held of what follows: "owns 39.6% of the …", "holds a 20% interest in the …"
_SHARE_OF = re.compile(r"\b(?:owns|holds|owned|held|acquired|bought|took)\s+(?:an?\s+)?\d+(?:\.\d+)?\s*%\s+"
                       r"(?:(?:stake|interest)\s+in|of)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,5}$")
#: the name of an industrial park or zone
_PARK_NAME = re.compile(r"\b(?:Industrial|Economic|Eco(?:nomic)?|Technology|Tech|Science|Trade)\s+(?:Park|Zone|City|Estate)$")
#: a park called back by its kind: "That park was developed by …"
_PARK_WORD_EN = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:industrial\s+)?(?P<noun>park|zone|estate)\b(?:\s+itself)?")
#: a site's builder told after it, and the partner named with the builder
_DEVELOPED_BY_EN = re.compile(r"\s*(?:\([^()]{1,20}\))?,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been|is)\s+)?"
                              r"(?:first\s+|jointly\s+)?(?:developed|built|set\s+up|established|founded)\s+"
                              r"(?:(?:since|in)\s+\d{4}\s+)?(?:jointly\s+)?by\s+(?:the\s+)?")
_WITH_PARTNER_EN = re.compile(r"\s+(?:and|together\s+with|with|alongside)\s+(?:[A-Z][\w.]*['’]s\s+)?(?:(?:the|local|partner)\s+)?")
#: the filer first in a pair of partners: "由公司与青山控股…合资建设"
_FILER_WITH_ZH = re.compile(r"(?<![^由，。；：\n])(?:本)?公司(?:与|同|联合|携手)$")
#: a clause that starts without a subject: a date, a means or an adverb first
_NO_SUBJECT_ZH = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:[，,])?|以|于|并|又|还|随后|此后|同年|次年|后)")
#: a broker's research note or a rating agency's comment, by its header
_RESEARCH_NOTE_ZH = re.compile(r"(?:证券|研究)(?:研究所|研究部|研究院|研究发展部)|研究所|评级|点评|首次覆盖|深度报告")
_FILING_HEADER_ZH = re.compile(r"(?:证券代码|股票代码|证券简称|股票简称|公告编号)\s*[:：]")
#: "The unit of Shenzhen-based Huawei Technologies": a subsidiary named by its parent
_UNIT_OF_EN = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:unit|subsidiary|arm|division)\s+of\s+(?:(?:the\s+)?[\w-]+\s+){0,2}$")
#: someone asked about a rumour knows nothing of it
_UNAWARE_EN = re.compile(r"\b(?:had|has|have)\s+[\"“]?no\s+information[\"”]?\s+(?:about|on|of)\b|\bwas\s+not\s+aware\s+of\s+(?:any|such)\b")
#: a place a firm is listed at, said of the firm: "在多伦多上市的Lumina Gold", "于加拿大多伦多
#: 创业板上市的公司"
_LISTED_THERE_ZH = re.compile(r"[^，。；、]{0,10}?上市的(?:[A-Za-z\u4e00-\u9fff]{0,12}?(?:公司|企业|集团)|[A-Za-z]|一家)|"
                              r"[^，。；、]{0,14}?(?:交易所|交易所创业板|交易所主板|创业板|主板)上市(?:公司|企业)")
#: a filing's definition of itself right after its legal name: "洛陽欒川鉬業集團股份有限公司
#: （「本公司」，…）", "…（以下简称“公司”）"
_SELF_TERM_ZH = r"(?:以下简称|以下称|下称|简称)?\s*[“\"「『](?:本?公司|本?集团)[”\"」』]"
_SELF_DEFINITION_ZH = re.compile(r"\s*[（(]\s*" + _SELF_TERM_ZH)


#: a short name defined after a firm's full name (and its stock codes): "Hisense Home
#: Appliances Group Co., Ltd. (SZSE: 000921) (\"Hisense HA\")", "…（以下简称“华友钴业”）"
_SHORT_NAME = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?,?\s*[（(]\s*(?:以下简称|以下称|下称|简称)?\s*(?:the\s+)?"
                         r"[“\"「『](?P<name>[^“”\"「」『』()（）]{2,30})[”\"」』]")


_THROUGH_UNIT = re.compile(r"(?:通过|经由|以)(?:其|公司|本公司)?(?:全资|控股|境外|下属|海外)*(?:子公司|孙公司)$|"
                           r"\bthrough\s+(?:its|a)\s+(?:wholly[\s-]owned\s+|overseas\s+|local\s+)?"
                           r"(?:subsidiary|unit|affiliate)\s*,?\s*$")


def _short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A short name a text defines for a registered firm stands for that firm wherever it is
    written after: "Hisense HA" is Hisense Home Appliances, not Hisense, its parent."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "company":
            continue
        d = _SHORT_NAME.match(text, m.end)
        if d is None or d.group("name").lower() in ("company", "group", "issuer", "board", "公司", "本公司",
                                                      "集团", "本集团"):
            continue
        name = d.group("name")
        for occ in px.finditer(re.escape(name), text[d.start("name"):]):
            a, b = d.start("name") + occ.start(), d.start("name") + occ.end()
            if px.match(r"\w", text[b:b + 1]) or (a and px.match(r"\w", text[a - 1]) and name.isascii()):
                continue  # part of a longer word
            inside = [x for x in out if x.start < b and a < x.end]
            if any(x.kind not in ("company", "candidate", "foreign", "anaphor") for x in inside):
                continue
            out = [x for x in out if x not in inside] + [Mention("company", a, b, m.key, m.extra, name, set())]
    if len(out) == len(mentions) and all(x is y for x, y in zip(out, mentions)):
        return mentions
    return sorted(out, key=lambda x: (x.start, -x.end))


#: the clients a firm serves, listed: what they are is no move of the firm's
_CLIENTS_LISTED = px.gated(r"\b(?:serv(?:e|es|ed|ing)|supply|supplies|supplying|supplied)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:clients|customers|users|tenants)\s+(?:including|such\s+as|like)\b[^.;]{0,100}$")
#: a town's slot after its region: "在科马罗姆-埃斯泰尔戈姆州的___建设"
_TOWN_SLOT_ZH = re.compile(r"在[^，。；在]{2,16}(?:州|省|大区|地区|县|郡)的$")
_TOWN_VERB_ZH = re.compile(r"(?:市|镇|村)?(?:建设|投资|设立|新建|兴建|建立|落户|开设|投建)")
#: a speaker's label opening a line of an interview or a Q&A record: "Q:", "A:", "Zhou:",
#: "晚点：", "老王：", "Q1 (fund manager, Singapore):", "Wang Chuanfu, Chairman:",
#: "赛轮轮胎董秘回复：" — the name, then maybe a title after a comma or in brackets
_SPEAKER = re.compile(r"^[ \t]*(?P<name>[A-Z][\w.'-]{0,15}(?:[ \t][A-Z][\w.'-]{0,15}){0,3}"
                      r"|[\u4e00-\u9fff]{1,8}(?:[A-Za-z]{1,10})?)"
                      r"(?:,[ \t]*[^:：\n,]{2,40}|[ \t]*[（(][^()（）\n]{0,60}[)）])?[ \t]*[:：]", re.M)
#: a question's number, which does not make its asker another speaker ("Q1", "Q2", "问1")
_NUMBERED = re.compile(r"\d+$")
#: the interviewee speaking for the firm: "we opened our first data centre in Jakarta"
#: the first person as a subject or owner ("we signed", "our plant in Penang"); narrower than
#: _FIRST_PERSON, whose "us" is an object ("told us") and never the mover
_WE_EN = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
#: what follows a place that stands for its government or zone authority as a party to a
#: deal ("with Ankara to build", "with Sohar Freezone to build")
_PLACE_AUTHORITY = re.compile(r"(?:\s+(?:Free\s*[Zz]one|Free\s+Trade\s+Zone|(?:Special\s+)?Economic\s+Zone|"
                              r"Industrial\s+(?:Zone|City|Estate)|Port\s+Authority|Authority|SEZ))?\s*(?:(?:to|and|for|in|on|over)\b|,)")
#: "对…的收购": the target of a purchase told before the word, its home inside
_OF_TARGET_ZH = re.compile(r"对[^，。；对]{0,30}$")


def _of_target_zh(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends inside the object of a "对…的收购" ("完成对总部位于
    瑞士日内瓦的金属贸易商IXM的收购"): a 对 with no clause break after it."""
    return _OF_TARGET_ZH.search(text, start, end) is not None
#: a phrase put before the sentence's subject ("Under a $3 billion contract signed in 2017,
#: it built …"), and a firm's own page's words for itself after it
_FRONTED_EN = re.compile(r"(?:Under|In|With|After|Through|Following|Since|As\s+part\s+of)\s[^,;]*")
_SUBJECT_AFTER_EN = re.compile(r"[^,;]*,\s+(?P<subject>it|we|[Tt]he\s+(?:[Cc]ompany|[Gg]roup|firm))\s")
#: an opening quotation mark: what follows is someone's words, not the page's
_QUOTE_OPEN = re.compile(r"[\"“]")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b|我们|我司")


@dataclass(frozen=True)
class _Interview:
    """An article set out as questions and answers: where the answers are, and the firm
    the interview is with, which "we" in an answer stands for."""
    labels: frozenset[int]                 # where the speakers' labels start
    answers: tuple[tuple[int, int], ...]   # the answering turns, each up to the next label
    firm: Mention | None


def _interview(text: str, mentions: list[Mention]) -> _Interview | None:
    """The interview or Q&A record an article is, if speakers' labels open its lines: one
    speaker asks in two lines or more (the one whose lines hold the most question marks,
    else the first to speak), and every other label opens an answer. One label written
    twice ("Note:") is no interview; nor is the headline ("赛轮轮胎：墨西哥工厂…") a turn.

    The firm is the answering speaker who is a company ("三花智控：", "赛轮轮胎董秘回复："),
    else the first company the headline names."""
    head_end = text.find("\n")
    if head_end < 0:
        return None
    by_name: dict[str, list[re.Match]] = {}
    for m in _SPEAKER.finditer(text, head_end):
        by_name.setdefault(_NUMBERED.sub("", m.group("name")), []).append(m)
    speakers = [n for n, ms in by_name.items() if len(ms) >= 2]
    if not speakers or len(by_name) < 2:
        return None

    def questions(name: str) -> int:
        return sum("?" in (line := text[m.end():_line_end(text, m.end())]) or "？" in line
                   for m in by_name[name])
    said = sorted((m for ms in by_name.values() for m in ms), key=lambda m: m.start())
    asker = max(speakers, key=questions)
    if not questions(asker):
        if len(speakers) < 2:
            return None
        asker = next(_NUMBERED.sub("", m.group("name")) for m in said
                     if _NUMBERED.sub("", m.group("name")) in speakers)
    turns = said
    answers = tuple((m.start(), nxt.start() if nxt is not None else len(text))
                    for m, nxt in zip(turns, turns[1:] + [None])
                    if _NUMBERED.sub("", m.group("name")) != asker)
    if not answers:
        return None
    labels = frozenset(m.start("name") for m in turns)
    firm = next((x for x in mentions if x.kind in _COMPANY_KINDS and x.start in labels
                 and any(a <= x.start < b for a, b in answers)), None)
    if firm is None:
        firm = next((x for x in mentions if x.kind in _COMPANY_KINDS and x.start not in labels
                     and x.start < head_end), None)
    return _Interview(labels, answers, firm)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _filing_names(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Firms as a filing or press release names them: a short name it defines stands for
    its firm (:func:`_short_names`); an unregistered unit named as the means is no mover; and
    a legal name the registry lacks, defined as "the Company" ("洛阳栾川钼业集团股份有限公司
    （「本公司」…"), is the registered firm the headline named ("洛陽鉬業：自願性公告")."""
    mentions = _short_names(text, mentions)
    # "公司拟通过全资子公司拓普欧洲有限公司在波兰…投资建设", "through its wholly owned unit
    # Sunwoda Europe GmbH": a unit the registry does not know, named as the means, is no
    # mover of its own; the subject is
    mentions = [m for m in mentions if not (m.kind == "candidate" and _THROUGH_UNIT.search(
        text, max(0, m.start - 40), m.start))]
    if lang == "zh" and (short := _SHORT_NAME_ZH.search(text)):
        # "洛阳栾川钼业集团股份有限公司关于…的公告 / 股票简称：洛阳钼业": the legal name that
        # holds the filer's short name, character by character, is the filer
        filer = next((m for m in mentions if m.kind == "company" and m.start == short.start("name")), None)
        if filer is not None:
            mentions = [dataclasses.replace(x, kind="company", key=filer.key)
                        if x.kind == "candidate" and _LEGAL_SUFFIX_ZH.search(x.text)
                        and _spells_out(x.text, filer.text) else x for x in mentions]
    definition = _SELF_DEFINITION_ZH if lang == "zh" else _DEFINES_SELF_EN
    named = next((m for m in mentions if m.kind == "company"), None)
    if named is None:
        return mentions
    for m in mentions:
        if m.kind == "candidate" and m.start > named.start and definition.match(text, m.end) \
                and not (lang == "en" and text[m.end:m.end + 1] not in " ("):
            return [dataclasses.replace(x, kind="company", key=named.key) if x.kind == "candidate" and x.key == m.key
                    else x for x in mentions]
    return mentions


_SHORT_NAME_ZH = re.compile(r"(?:证券简称|股票简称)\s*[:：]\s*(?P<name>[^\s　，。；]{2,8})")
_LEGAL_SUFFIX_ZH = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _spells_out(long: str, short: str) -> bool:
    """Whether ``short`` is written inside ``long`` in order ("洛阳栾川钼业集团…" and "洛阳钼业")."""
    it = iter(long)
    return all(ch in it for ch in short)


_DEFINES_SELF_ZH = re.compile(r"(?:以下简称|以下称|下称|简称)\s*[“\"「](?:本?公司|本?集团)[”\"」]")
#: "the company" as the subject before a trigger, in such a filing: "本次合作是公司继…达成许可协议",
#: "公司H股已于…挂牌上市"
#: "ANTA Sports Products Limited (the \"Company\", together with its subsidiaries, the
#: \"Group\")", "Sunwoda Electronic Co., Ltd. (\"Sunwoda\" or the \"Company\")": an English
#: filing's or press release's defined terms for its issuer
_DEFINES_SELF_EN = re.compile(r"\(\s*(?:[“\"][^()\"“”]{1,30}[”\"]\s+or\s+)?(?:the\s+)?[“\"](?:Company|Group|Issuer)[”\"]")
#: "… pursuant to which the Group has conditionally agreed to acquire", "a consortium led by
#: the Company completed the acquisition of …": the defined term (capitalised) before a trigger
_SELF_NAMED_SUBJECT_EN = re.compile(r"\b[Tt]he\s+(?:Company|Group|Issuer)\b(?![“\"”])[^.;]{0,90}$")
_SELF_NAMED_SUBJECT_ZH = re.compile(r"(?:^|(?<=[，。；：\n是]))(?:公司|集团)(?!的)[^，。；]{0,60}$")
#: "目标公司透过其附属公司持有…": a sentence about what the target of a purchase owns
_TARGET_SUBJECT = re.compile(r"\s*(?:该)?(?:目标公司|标的公司|目标集团)(?!的)")
#: talks reach further than other doubts: "was in discussions with Nissan over the Japanese
#: carmaker's Rosslyn plant" (no deal yet)
_TALKS = px.gated(r"\bin\s+(?:advanced\s+|early\s+|preliminary\s+|exclusive\s+)?(?:talks|discussions|"
                    # (up to another firm's clause: "…, while Chery has built cars in Jacareí")
                    r"negotiations)\s+(?:with|over|about|on|to)\b(?:(?!,\s+(?:while|but|whereas)\b)[^.;])*$|"
                    # "Talks between Dongfeng and the Italian government about a plant in Italy
                    # ended", "held talks with Dongfeng about a factory": the talks, not a plant
                    r"\b(?:[Tt]alks|[Dd]iscussions|[Nn]egotiations)\s+(?:[\w'-]+\s+){0,10}?(?:about|on|over|for)\s+"
                    r"(?:a|an|the|its)\s+(?:[\w$.-]+\s+){0,3}$")
#: a plant agreed with partners: "agreed with RELC and Vision Industries to build a … plant",
#: "signed a separate deal with the same two partners for a 20 GW wafer factory"
_BUILT_WITH = re.compile(
    r"\b(?:agreed|agrees|teamed\s+up|teams\s+up|partnered|partners|joined\s+forces|signed\s+(?:an?\s+)?"
    r"(?:[\w']+\s+){0,2}(?:deal|agreement|pact))\s+with\s+(?P<partner>)"
    r"(?!(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:government|ministry|authorit|state|province|city|"
    r"administration|officials)|[^.;]{0,60}\b(?:government|ministry|authorities)\b)"
    r"(?:[^.;:!?]|\.(?!\s+[A-Z])){2,120}?"
    r"\b(?:to\s+(?:jointly\s+)?(?:build|set\s+up|construct|develop|open)|for)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w$.,%-]+\s+){0,7}$|"
    r"与[^，。；]{2,30}(?:共同|联合)(?:投资)?(?:建设|兴建|建造|新建)[^，。；]{0,20}$|"
    # "宁德时代与印尼国有企业合作的一体化电池产业链项目": a project made with a partner
    r"与[^，。；]{0,16}(?:企业|公司|集团|基金|合作伙伴|汽车|矿业|能源|控股|钢铁|化学|石油|[A-Z][\w&.-]+)"
    # ("华友钴业与青山集团等合作的华越镍钴湿法冶炼项目": partners listed with "等")
    # ("与印尼国家电池公司（IBC）合作的…项目": the partner's short name in brackets)
    r"(?:（[^）]{1,12}）|\([^)]{1,12}\))?(?:等(?:企业|公司|方|多家企业)?)?合作(?:建设|开发|投资)?的[^，。；]{0,24}$")
_COORD = re.compile(r"^\s*(?:和|及|与|以及|、|and|&|as well as|,)\s*(?:a|an|its|the|new|一座|一家|一个)?\s*"
                    r"(?:[\w-]+\s+){0,2}$")
# "acquire Vancouver-based Lumina Gold, owner of the Cangrejos project in southern Ecuador",
# "收购加拿大上市公司Lumina Gold，获得其位于厄瓜多尔的…项目": a bought firm's asset abroad is
# where the move is, not the firm's listing or head office
_ASSET_PLACE = {
    # ("buy Canada's Lumina Gold, which is developing the Cangrejos gold project in Ecuador")
    "en": re.compile(r"\b(?:gain(?:s|ed|ing)?|giv(?:es|ing)|owner|owns|owning|control\s+of|holder\s+of|"
                     r"with\s+(?:its|a|the)|adding|which\s+(?:is\s+developing|develops|owns|operates|runs|holds))"
                     r"\b[^.;]{0,80}?\b(?:project|mine|deposit|field|"
                     r"asset|brine|operation|concession|smelter|refinery|prospect)s?\b[^.;]{0,40}?"
                     r"\b(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$"),
    "zh": re.compile(r"(?:获得|拥有|持有|取得|控制)(?:其|该公司|对方|后者)?(?:旗下)?(?:位于)$"),
}

#: Capacity added at a plant there already: "invest an additional $300 million in its
#: factory complex", "新建一条年产12万吨的…生产线" (a line, not a plant), "工厂今年新增的总装线",
#: "生产基地的产能扩充", "槟城工厂的封测产能将提升约50%"
_ADDED_AT_PLANT = {
    "before": px.gated(r"\b(?:additional|extra|further)\b[^.;\n]{0,60}\b(?:in|at|into)\s+(?:its|the|their)\s+"
                         r"(?:existing\s+)?(?:[\w-]+\s+){0,2}$|"
                         # "opened a new $100 million refrigerator line at its Monterrey plant"
                         r"\bnew\b[^.;\n]{0,50}\blines?\s+(?:at|in)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}$|"
                         # "raised the registered capital of its Bac Ninh plant by $280 million"
                         r"\b(?:raised|raises|raising|increased|increases|increasing|lifted|lifts)\s+(?:the\s+)?"
                         r"(?:registered\s+capital|investment|capital)\s+(?:of|in|at)\s+(?:its|the|their)\s+"
                         r"(?:existing\s+)?(?:[\w-]+\s+){0,2}$|"
                         r"(?:新建|新增|增设|新上|增加|加建)(?:一|两|二|三|四|[0-9]+)条[^，。；]{0,20}$"),
    "after": re.compile(r"[^，。；,;.]{0,12}?(?:新建|新增|增设|新上|增加)[^，。；]{0,16}?"
                        r"(?:生产线|产线|总装线|装配线|产能|车间)|"
                        r"[^，。；,;.]{0,14}?(?:产能扩充|扩充产能|扩产|扩能|扩建)|"
                        r"的?[^，。；,;.]{0,8}?产能(?!利用)[^，。；]{0,3}?(?:提升|提高|增加|扩大|翻倍)"),
}

#: a firm's making of goods, which a start makes a plant: "began assembling", "has been producing"
_MAKING_WORDS = frozenset({"assembling", "producing", "manufacturing", "making",
                           "assembles", "produces", "manufactures", "makes"})
_BEGAN = re.compile(r"\b(?:began|begun|begins|started|starts|commenced|has\s+been|have\s+been|already)\s+$")
#: a sentence opening with "The …" up to a move word: "The plant", "The new cathode plant"
_SUBJECT_THE = re.compile(r"(?:^|[.!?]\s+|\n)The\s+(?:[\w-]+\s+){0,2}$")
#: a place written as a move word's object: "stores in London", "a plant at Arnstadt"
_PLACE_OF_WORD = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?")
#: a second verb phrase joined to the first: "… and opened", ", then built"
_AND_THEN = re.compile(r"\b(?:and|then|but)\b|,")
_CLAUSE = re.compile(r"，(?:并|同时|还|另|此外|而)|；|;|, (?:and|while|whereas) |\. |"
                     # "Huawei presses on with French factory as Brussels probe deepens"
                     r"\s(?:as|while|amid)\s+(?=[A-Z][a-z]|$)")
#: a relative clause closed and the main verb resumed: "…, which bought X in 2022, is expanding"
_RELATIVE_ENDS = re.compile(r"\b(?:which|who)\s[^.;]*?,\s+(?:is|are|was|were|has|have|had|will|would|plans|"
                            r"also|now|then)\b")
#: "…，此后又…": what a firm did next, in a clause of its own
_LATER_ZH = re.compile(r"，(?:此后|随后|其后|之后)(?:又|还|再|也)|"
                       # "完成…战略投资，双方还商定将在阿布扎比设立研发中心": the parties' next step
                       r"，(?:双方|两家公司|三方)(?:还|并|也|另|同时|将)|"
                       # "获得阿布扎比CYVN注资后，于2023年底宣布将在阿布扎比设立研发中心": a step after
                       r"后，(?:于|在)?[^，。；]{0,14}?(?:宣布|决定)|后，(?:又|还|再)(?:在|于|将|宣布)")
_DEAL_TYPES = ("joint_venture", "licensing", "acquisition", "construction_contract", "financing")
#: weak facility words an expansion word can govern ("expand its yarn complex"); with them a
#: sentence has a plant, so "新增产能" in it stays an expansion instead of taking another type
_EXPANDABLE = {"site", "facility", "factory", "plant", "plants", "factories", "production base", "complex",
               "project", "基地", "项目"}
_EXPAND_BLOCK = re.compile(r"\b(?:build|builds|building|construct|open|opens|set up|add|adds)\b|[.;]")
#: Facilities a contractor builds for someone else: its "plant" is a construction contract
_BUILT_FOR_OTHERS = ("greenfield_plant", "plant_expansion", "data_center")
#: a firm picked by a client to build something ("has chosen CNNC to lead the consortium
#: that will build", "selected PowerChina to build", "hired … to construct")
_BUILD_VERB = r"(?:build|construct|lead|design|engineer|deliver|install)"
_CHOSEN_TO_BUILD = re.compile(r"\b(?:chose|chosen|choose|chooses|selected|selects|select|picked|picks|tapped|"
                              r"appointed|hired|contracted|commissioned|engaged|named)\b[^.;]{0,80}?\bto\s+"
                              rf"{_BUILD_VERB}\b(?!\s+(?:its|their)\b)[^.;]*$")


_CONSORTIUM_TO_BUILD = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:will\s+|would\s+|is\s+to\s+)?(?:lead|leads|led|head|heads|headed|join|joins|"
                                  r"joined)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}consortium\s+(?:that\s+will\s+|which\s+will\s+|"
                                  r"to\s+)?(?:build|construct)\b")


def _chosen_to_build(comp: Mention, t: Mention, text: str, ss: int) -> bool:
    """Whether the firm is the one a client picked to build the facility (the firm named
    between the choosing and "to build"), not a firm choosing a site for its own plant
    ("BYD has selected Szeged to build its first European plant")."""
    lo = max(ss, t.start - 160)
    m = _CHOSEN_TO_BUILD.search(text, lo, t.start)
    return m is not None and lo + 0 <= m.start() < comp.start < m.end() and \
        px.search(rf"\bto\s+{_BUILD_VERB}\b", text[comp.end:m.end()]) is not None
_PLANT_TYPES = ("greenfield_plant", "plant_expansion")
#: moves that are no plant, which "the plant" cannot be more about
_NOT_PLANTS = frozenset({"office_hq", "rnd_center", "retail_store", "listing", "financing", "data_center", "licensing"})
_ANOTHER = re.compile(r"\b(?:a|its)\s+(?:second|third|fourth|new|another)\s+$|\banother\s+$|第[二三四]座$")
#: "运营水泥厂", "runs cement plants": a contractor's own operation, not a contract
#: a sentence whose subject is the venture: its plant is the venture's ("The venture plans
#: to invest … in a plant in Noida", "该合资公司将在…建设工厂")
_VENTURE_SUBJECT = re.compile(r"\s*(?:(?:The|This|That)\s+(?:new\s+)?(?:joint[\s-]venture|venture|JV)\b"
                              r"(?:\s+(?:company|firm))?[^;:]*$|(?:该|这家|新)?合资(?:公司|企业)[^；：]*$)")
#: goods supplied for someone else's plant or project, the trigger ending the sentence's
#: "for …" ("to supply its PowerTitan systems for the Bluebonnet Energy Storage project"),
#: not a plant of the supplier's own ("supply BMW from its plant in Debrecen")
_SUPPLY_FOR = re.compile(r"\b(?:supply|supplies|supplying|supplied|deliver|delivers|delivering|provide|"
                         r"provides|providing)\b[^.;]{0,90}?\bfor\s+(?![^.;,]*\b(?:from|its|their|own)\b)"
                         r"[^.;,]{0,60}$")
_AWARDED = re.compile(r"\b(?:awarded|awards|award|granted|grants|handed|hands|gave|gives|given)\b")
_OWN_OPERATION = re.compile(r"\b(?:runs|operates|owns|run|operate|own)\b|运营|拥有|自有")
_ENTRY = re.compile(r"entered|enters|entering|entry into|enter the market|arrived in|arrives in|"
                    r"landed in|lands in|opened in|opens in|debuted in|debuts in|expanded to|expanded into|expands into|"
                    r"expanding into|expand into|进入|进军")
_COMPARED = re.compile(r"(?:\b(?:[Uu]nlike|[Ll]ike|than|[Cc]ompared\s+(?:with|to)|[Aa]s\s+with|[Bb]eyond|"
                       r"[Aa]head\s+of|[Bb]efore)\s+(?:\w+\s+)?|(?:与|和|同|跟)|不同于|相比于?|比起|仅次于)$")
_ALSO = re.compile(r"\balso\b|还将|同时还|此外还")
_GENERIC_SUBJECT = {
    "en": re.compile(
        r"\b(?:Chinese|U\.S\.|US|American|European|Japanese|Korean|South Korean|German|French|"
        r"Western|foreign|global|other|rival|local|Asian|Indian|several|many|smaller|larger|domestic|"
        r"private|state-owned)\s+(?:[\w-]+\s+){0,2}?(?:firms|"
        r"companies|carmakers|automakers|makers|manufacturers|rivals|groups|giants|players|banks|"
        r"investors|brands|contractors|chains|miners|suppliers|producers|developers)\b"),
    "zh": re.compile(
        r"(?:中国|中资|国内|海外|外资|外国|韩国|日本|欧美|美国|欧洲|本土|其他|多家|不少|众多|各大|头部|"
        r"我省|我市|本省|本市|全省|全市|省内|市内|内地|行业|A股|港股|H股|美股|上市|传统|"
        r"越来越多的?|非洲|拉美|东南亚|中东|当地|本地)"
        r"[\u4e00-\u9fff]{0,4}?(?:企业|[车胎药房矿钢]企|厂商|品牌|巨头|投资者|承包商|竞争对手|对手|同行)|"
        # "一位在墨西哥设厂的家具企业负责人坦言": someone unnamed
        r"(?:一位|一家|某|有的|部分|多家|不少|众多|一批|数家|几家)[^，。；]{0,12}?(?:企业|公司|负责人|高管|人士|厂商|[车胎药房矿钢]企)|"
        # "肯尼亚港务局负责人表示": an official speaks, not the firm
        r"(?:港务局|政府|当局|部长|官员|局长|总统|总理|大使|主席)(?:负责人|发言人)?(?:向[^，。；]{1,8}?)?(?:表示|称|说|指出|透露)|"
        # "…研究所一位研究员表示", "某券商分析师向记者表示": a scholar comments
        r"(?:研究员|学者|专家|分析师|教授)(?:向[^，。；]{1,8}?)?(?:表示|称|认为|指出|说)"),
}
#: a trigger in a clause describing unnamed firms: "已宣布建厂的车企和电池企业", "在当地设厂的中企"
_DONE_BY_GENERIC_ZH = re.compile(r"[^，。；]{0,6}?的(?:[\u4e00-\u9fff]{0,4}?(?:和|及|与|、))?[\u4e00-\u9fff]{0,4}?"
                                 r"(?:企业|[车胎药房矿钢]企|中企|厂商|同行|公司们|对手)")
#: A JV written with its purpose: "formed a joint venture ... to build a plant" is one move
_JV_PURPOSE = re.compile(r"\bto\s+(?:build|make|produce|set up|construct|develop|run|operate)\b|"
                         r"\b(?:that|which)\s+will\s+(?:build|make|produce|run)\b|建设|生产|建厂")
#: a customer supplied: "has supplied BMW", "supplies Tesla and Ford"
_SUPPLIED = re.compile(r"\b(?:supply|supplies|supplying|supplied|supplier\s+to)\s+(?:the\s+)?$")
_FOREIGN_OBJECT = re.compile(r"\b(?:supply|supplies|supplying|supplied|serve|serves|serving|to|for|"
                             r"from|than|like|including|such as|outselling|overtaking)\s+(?:the\s+)?$|"
                             r"(?:为|向|给|替|供应|配套)$")
_OBJECT_PREP = re.compile(r"(?:\b(?:from|to|for|of)\s+(?:the\s+)?|[从向自为给对替]|获得|收购|入股|持有)$")
_MODIFIER_BEFORE = {"en": re.compile(r"\b(?:a|an|the|its|their|former|ex-)\s+(?:former\s+)?$",
                                     re.IGNORECASE),
                    "zh": re.compile(r"(?:原|前|家|座|个|的)$")}
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'/-]{2,40}?)(?:,\s*(?P<region>[A-Z][\w .'-]{2,30}?))?"
                       r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                       # "KUALA LUMPUR (Dec 15): …", as Malaysian and Indian papers write it
                       r"(?:\s*\([^)]{2,20}\)|\s*/[^/\n]{2,30}/)?\s*(?:[-–—]+|(?<=\)):)\s*", re.M)
#: "Lima, November 15, 2024 (BNamericas) -": a dateline in title case, known by its date
_DATELINE_TITLE = re.compile(r"^\s*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s*(?P<region>[A-Z][\w .'-]{2,30}?))?"
                             r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                             r"(?:,\s*\d{4})?(?:\s*\([^)]{2,20}\))?\s*[-–—]+\s*", re.M)
#: what a country's name modifies when it says whose, not where: "US rivals", "U.S. tariffs"
#: (not 政府: "与印尼政府签署协议" names the host)
_ACTOR_AFTER_ZH = re.compile(r"(?:众议院|参议院|国会|议会|议员|立法者|政客|监管机构|监管部门|监管者|关税|"
                             r"制裁|出口管制|投资者|消费者|媒体|央行|美联储|选民|大选|同行|竞争对手|对手|以外|之外|银行)")
_ACTOR_AFTER_EN = re.compile(
    r"\s+(?:rivals?|competitors?|peers?|counterparts?|banks?|lenders?|firms?|companies|tariffs?|duties|"
    # "whether this was a Taiwanese brand", "Japanese carmakers built the supply chains" (not
    # "Teka, the Spanish maker of ovens", "the German brand's largest shareholder", "Spanish
    # brand Teka": the bought firm's nationality)
    r"(?:brands?|carmakers?|automakers?|manufacturers?|makers?)(?!['’]s|\s+of\b|\s+[A-Z])|"
    r"sanctions|export\s+controls?|officials?|lawmakers?|legislators?|senators?|regulators?|authorities|"
    r"government|administration|Congress|media|press|investors?|politicians?|"
    r"Defen[cs]e\s+Department|Commerce\s+Department|Treasury|State\s+Department|military|dollars?|"
    r"policymakers?|trade\s+representative|customs|intelligence|interest\s+rates?|rates?|inflation|"
    r"economy|elections?|president|presidential|Federal\s+Reserve|Fed|central\s+bank|buyers?|"
    r"customers?|consumers?|voters?|stocks?|shares|bonds?|yields?|futures|benchmark|index)\b")
#: capitals that news writes for their governments ("Brussels slapped tariffs", "scrutiny in
#: Washington"); only there, with such words, are they no place of a move
_SEATS = frozenset({"Washington", "Brussels", "Moscow", "Tokyo", "New Delhi", "Ankara", "Berlin",
                    "London", "Paris", "Canberra", "Ottawa", "Seoul", "Jakarta", "Hanoi", "Bangkok",
                    "Brasilia", "Brasília", "Pretoria", "Islamabad", "Kyiv", "Tehran", "Taipei"})
_SEAT_ACTS = re.compile(
    r"(?:\s+(?:itself|also|has|had|have|now|then|later|first|quickly|recently|again|last\s+year|this\s+year)){0,2}\s+"
    r"(?:slapped|slaps|imposed|imposes|levied|levies|added|adds|urged|urges|pressed|presses|pressured|"
    r"approved|approves|blocked|blocks|banned|bans|restricted|restricts|sanctioned|debates|debated|"
    r"warned|warns|fears|feared|worries|worried|insists|insisted|argues|argued|threatened|threatens|"
    r"retaliated|retaliates|objected|objects|demanded|demands|wants|wanted|signaled|signalled|"
    r"considers|considered|weighs|weighed|is\s+weighing|was\s+weighing|probe|probes|investigation|tariffs?|duties)\b")
_SEAT_WATCHERS = re.compile(r"\b(?:scrutiny|pressure|concerns?|criticism|opposition|hawks|lawmakers|politicians|"
                            r"officials|policymakers|regulators|critics|alarm|pushback|backlash)\s+"
                            r"(?:in|from)\s+$")
#: "the country", "the kingdom", "该国", "当地": a place named earlier in the article
_PLACE_ANAPHOR = {
    "en": re.compile(r"\b(?:the|this)\s+(?:(?P<country>country|kingdom|island nation|nation|emirate|"
                     r"republic|island)|(?P<city>city|town|state|province|region|capital|zone|industrial\s+park))\b(?!\s+(?:of|council|government)\b)"
                     # (not "the state-owned …", "the state automotive holding Uzavtosanoat": an
                     # owner, not a place)
                     r"(?![-‐]|\s+(?:(?!to\b)[a-z]+\s+)?(?:holding|company|group|firm|corporation|utility|carmaker|automaker|"
                     r"agency|fund|bank|enterprise|operator|producer|miner|oil|power|railway|grid|broadcaster)s?\b)|"
                     r"(?<=[a-z,] )(?P<there>there)\b(?!\s+(?:is|are|was|were|will|would|has|have|"
                     r"had|seems|appears|may|might|could|should|must)\b|')|"
                     # "SINGAPORE, April 18 - … opened its first overseas store here": the dateline's
                     r"(?<=[a-z] )(?P<here>here)\b(?!\s*(?:is|are|was|were|'s)\b)"),
    "zh": re.compile(r"(?P<country>该国|(?<=[在于赴])当地|当地(?=[建设投开生]))|(?P<city>该市|(?<=[在于])该城)|"
                     # "进入日本乘用车市场，目前已在全国开设约60家门店": the country just named
                     r"(?<=在)(?P<nation>全国)(?=[^，。；]{0,4}(?:开设|开出|建设|布局|设有|拥有))"),
}
_FRAME_EXCLUDED = {"CHN", "HKG", "MAC", "TWN"}
#: a partner named as such: "in partnership with local miner Volcan"
_IN_PARTNERSHIP = re.compile(r"\bin\s+(?:a\s+)?(?:joint\s+|equal\s+)?partnership\s+with\b")
#: a seller's stake after its country: "Italian utility Enel's controlling stake in …"
_SELLERS_STAKE_EN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+"
                               r"(?:(?:[\w%.-]+\s+){0,3}(?:stake|interest|holding|shareholding)s?\s+in\b|"
                               # "bought out Australian partner Leo Lithium's remaining 40%"
                               r"(?:(?:remaining|entire|residual|whole|outstanding)\s+)?\d[\d.]*\s*(?:%|per\s*cent\b|percent\b))")
#: where a line leads, not where it is built: "the line to Budapest", "a pipeline to China"
_ROUTE_TO = re.compile(r"\b(?:line|railway|rail\s+link|road|highway|motorway|expressway|pipeline|route|link|"
                       r"corridor|connection|cable|interconnector)\s+to\s+(?:the\s+)?$")
#: a sentence opening with its place: "In Saudi Arabia, …", "在沙特，…"
_SCENE = {"en": re.compile(r"\s*(?:In|Across|Throughout|Elsewhere\s+in|Over\s+in)\s+(?:the\s+)?"),
          "zh": re.compile(r"\s*(?:在|于)")}
_SCENE_END = {"en": re.compile(r"(?:\s*,|\s+and\s+[A-Z][\w ]{0,20},)"), "zh": re.compile(r"(?:市场|方面|当地)?[，,]")}
#: a stake bought ("bought a 5% stake in a joint venture"): a purchase, not a partner's share
_BOUGHT_STAKE = re.compile(rf"\b(?:{lx.BUY_VERBS_EN})\s+(?:a|an)\s+(?:[\w.%-]+\s+){{0,3}}$", re.IGNORECASE)
#: a venture as the manner of another move ("won the contract in a joint venture with")
_AS_VENTURE = re.compile(r"\b(?:in|through|via|as|under)\s+(?:a|an|the|its)?\s*(?:[\w-]+\s+)?$|(?:以|通过|组成)(?:联合体|合资)?[^，。；]{0,4}$")
_SCENE_FAR_ZH = re.compile(r"[^，。；：,\n]{0,24}?(?:以南|以北|以东|以西|附近|郊外|沿海|境内|南部|北部|东部|西部|中部|"
                           r"海岸|沙漠|地区|一带|腹地|园区|工业园|产业园|开发区|经济特区|港区)[^，。；：,\n]{0,8}?[，,]")
_DATELINE_ZH = re.compile(r"(?:^|\n)[^\n]{0,12}?(?:社|网|报|台|记者)?(?P<loc>[\u4e00-\u9fff]{2,6}?)(?:\d{4}年)?"
                          r"\d{1,2}月\d{1,2}日(?:电|讯)")
_CITY_STATES = {"HKG", "SGP", "MAC"}
_QUESTION = re.compile(r"[?？][\"”’)]*\s*$")
#: (not "无" and "不" inside words: "无线设备工厂…计划投产", "无锡", "不断推进…计划")
_DENY_ZH = re.compile(r"(?:没有|并无|无(?![线人锡机缝纺菌限形偿息])|暂无|不(?![断少仅同久但过论管超低]))"
                      r".{0,12}?(?:计划|打算|意向|方案|安排)|否认|不实|辟谣")
_SPLIT_EN = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|;\s+|\n\s*\n|\n")
_SPLIT_ZH = re.compile(r"(?<=[。！？；!?])[”」』]*|\n")
_ABBREV = {"U.S", "Co", "Corp", "Inc", "Ltd", "Mr", "Ms", "Dr", "St", "No", "Jan", "Feb",
           "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "U.K",
           "e.g", "i.e", "Gov", "Rep", "Sen", "Bhd", "Pte", "S.A", "Mt", "Ft", "approx"}
#: what separates places of a list: "Japan, Indonesia and Malaysia", "in Tokyo and in San
#: Mateo, California" (a town we do not know before its state is the state's)
_SEP = re.compile(r"^(?:(?:,\s*|\s+and\s+|,\s+and\s+|\s+as well as\s+)(?:the\s+)?|、|和|及|与|以及|，|\s*/\s*|"
                  # "factories in Pune, India, in Peachtree City, Georgia, and in …"
                  r",\s+in\s+(?:the\s+)?|"
                  r",?\s+and\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,2}?(?:[A-Z][\w'-]+,\s+)?)$")
_COMPANY_KINDS = ("company", "candidate")
#: "…, including battery maker CATL and …": firms named as examples of a move told in general
_EXAMPLES_EN = r"(?:including|such\s+as|among\s+them)"
_INCLUDING_EN = re.compile(r",\s+" + _EXAMPLES_EN + r"\s+")
#: below this (US$ millions) a sum is a price or a fee, never what a move is worth
MIN_VALUE_USD_M = 0.05

#: a consortium and its members, each of whom wins what the consortium wins
_CONSORTIUM = px.gated(r"由(?P<members>[^，。；由]{2,80}?)(?:(?:共同|联合)?(?:组成|牵头组成)的(?:联合体|联营体|财团)|"
                         # "该标段由中国土木工程集团与中国铁建联合承建": builders together
                         r"(?:共同|联合)(?=承建|建设|施工|总承包|承包|实施))|"
                         r"\bconsortium\s+(?:of|comprising|including|made\s+up\s+of|formed\s+by|led\s+by)\s+"
                         r"(?P<members_en>[^.;:()]{2,120}?)(?=\s+(?:won|has\s+won|was\s+awarded|will|signed|is|was|"
                         r"had|has|to)\b|,\s+which\b)")
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|we|they|the company|the group|the firm)\b(?!\s*'s)|该公司|公司(?:还|也|已|将|则)")
#: the end of an English legal name: "Technology Co.", "Holdings Ltd"
_LEGAL_TAIL = re.compile(r"^(?:\s+(?:[A-Z][a-z]+\s+){0,3}(?:Co\.?,?\s*Ltd\.?|Co\.|Co|Corp\.?|Corporation|Inc\.?|"
                         r"Ltd\.?|Limited|Holdings?|Group|PLC|plc))(?=,?\s+and\b|,)")
_SEP_OR_GLUED = re.compile(_SEP.pattern + r"|^$")


@dataclass
class Span:
    """Evidence for one field: character offsets into the article and the quoted text."""

    start: int
    end: int
    quote: str


@dataclass
class ExtractedMove:
    """One move read from an article, with evidence spans per field."""

    company_id: str | None
    company_name: str
    is_candidate: bool
    host_iso3: str
    city: str | None
    move_type: str
    sector: str
    value_amount: float | None
    value_currency: str | None
    value_usd_m: float | None
    year: int | None
    month: int | None
    status: str
    partner: str | None
    confidence: float
    evidence: dict[str, Span] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    #: the rules' own confidence, from the move's sentence alone; ``confidence`` is the
    #: move scorer's probability, which also weighs the article as a whole
    rule_confidence: float | None = None

    def as_dict(self) -> dict:
        """A JSON-ready dict (evidence as ``{field: {start, end, quote}}``)."""
        d = {k: getattr(self, k) for k in (
            "company_id", "company_name", "is_candidate", "host_iso3", "city", "move_type",
            "sector", "value_amount", "value_currency", "value_usd_m", "year", "month",
            "status", "partner", "confidence", "rule_confidence")}
        if d["value_usd_m"] is not None:
            d["value_usd_m"] = round(d["value_usd_m"], 2)
        d["evidence"] = {k: {"start": s.start, "end": s.end, "quote": s.quote}
                         for k, s in self.evidence.items()}
        return d


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (headlines and paragraphs end at line breaks).

    >>> t = "BYD Co. will build a plant. It opens in 2025.\\n比亚迪宣布建厂。预计投产。"
    >>> [t[s:e] for s, e in split_sentences(t, "en")][:2]
    ['BYD Co. will build a plant.', 'It opens in 2025.']
    """
    rx = _SPLIT_ZH if lang == "zh" else _SPLIT_EN
    spans, start = [], 0
    for m in rx.finditer(text):
        cut = m.start()
        if lang == "en" and text[cut - 1:cut] == ".":
            word = px.search(r"([\w.&]+)\.$", text[start:cut])
            if word and (word.group(1) in _ABBREV or len(word.group(1)) == 1
                         or px.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1))):  # "N.L.", "U.A.E."
                continue
        if cut > start:
            spans.append((start, cut))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass
class _Proposal:
    sent: int
    company: Mention
    company_key: str
    company_direct: bool
    host: str
    host_mention: Mention | None
    city: Mention | None
    move_type: str
    trigger: Mention
    weak: bool
    status: str
    status_mention: Mention | None
    money: Mention | None
    date: Mention | None
    partner: Mention | None
    confidence: float
    rumour: bool = False
    attach_only: bool = False
    #: the bought firm's own country, passed over for the asset's ("acquire Vancouver-based
    #: Lumina Gold, owner of … project in Ecuador"): not a host of this deal elsewhere either
    displaced: str | None = None


class Assembler:
    """Assembles moves from mentions; one instance per language and company table.

    Parameters
    ----------
    company_home
        Company id -> home ISO3 (from the registry).
    company_sector
        Company id -> sector id (from the registry).
    company_parent
        Company id -> parent company id (from the registry; optional).
    """

    def __init__(self, company_home: dict[str, str], company_sector: dict[str, str],
                 company_parent: dict[str, str] | None = None) -> None:
        self.company_home = company_home
        self.company_sector = company_sector
        self.company_parent = company_parent or {}

    def assemble(self, text: str, mentions: list[Mention], lang: str,
                 ref_year: int | None = None) -> list[ExtractedMove]:
        """Moves of one article. See the module docstring for the rules.

        ``ref_year`` (the publication year) dates announced moves whose sentences give
        no year: news of a plan is dated by the news.
        """
        sents = split_sentences(text, lang)
        if not sents:
            return []
        # place start -> whether a market, not a site, is named there: asked once per place,
        # not once per trigger and firm of its sentence
        markets: dict[int, bool] = {}
        frame, frame_city, dateline = self._frame(text, mentions, sents, lang)
        mentions = sorted(mentions + _place_anaphors(text, mentions, lang, frame, frame_city, dateline),
                          key=lambda m: (m.start, -m.end))
        mentions = _filing_names(text, mentions, lang)
        if lang == "zh":
            # "在科马罗姆-埃斯泰尔戈姆州的奥克斯建设…工厂": a town whose name is a firm's alias
            mentions = [m for m in mentions if not (m.kind == "company" and _TOWN_SLOT_ZH.search(
                text, max(0, m.start - 24), m.start) and _TOWN_VERB_ZH.match(text, m.end))]
        # the first words of the foreign firms named ("Dixon" of "Dixon Technologies")
        foreign_heads = {m.text.split()[0]: m.key for m in mentions
                         if m.kind == "foreign" and " " in m.text} if lang == "en" else {}
        interview = _interview(text, mentions)
        if interview is not None:
            # "晚点：…", "老王：…": a speaker's label is no firm doing anything
            mentions = [m for m in mentions if m.start not in interview.labels]
        starts = [s for s, _ in sents]
        by_sent: list[list[Mention]] = [[] for _ in sents]
        for m in mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sents[i][1]:
                by_sent[i].append(m)
        proposals: list[_Proposal] = []
        denied: set[tuple[str, str]] = set()
        topic: Mention | None = None
        # the firm a filing is by: the first firm the text names ("紫金矿业集团股份有限公司
        # 须予披露交易…"), which "本集团"/"本公司" stand for
        issuer = next((m for m in mentions if m.kind in _COMPANY_KINDS), None)
        # "江苏恒瑞医药股份有限公司（以下简称“公司”）": the filing names itself "公司"
        self_named = issuer is not None and (_DEFINES_SELF_ZH.search(text) is not None or (
            lang == "zh" and _FILING_HEADER_ZH.search(text, 0, 400) is not None))
        if lang == "zh" and not self_named and _RESEARCH_NOTE_ZH.search(text, 0, 300):
            # "标普：洛阳钼业铜钴扩产推升现金流 / 标普全球评级 … 评论": a research or rating
            # note on the one firm its headline names calls that firm "公司" throughout
            line = text.find("\n")
            covered = {m.key for m in mentions if m.kind == "company" and m.start < line}
            if line > 0 and len(covered) == 1:
                issuer = next(m for m in mentions if m.kind == "company" and m.key in covered)
                self_named = True
        if lang == "en" and (defined := _DEFINES_SELF_EN.search(text)):
            # the firm named just before its defined term is the issuer, wherever it stands
            issuer = next((m for m in reversed(mentions) if m.kind in _COMPANY_KINDS
                           and m.end <= defined.start() and defined.start() - m.end <= 4), None)
            self_named = issuer is not None
        page = _page_firm(text, mentions, lang) or _author_firm(text, mentions) or (
            # "投资者：…公司墨西哥工厂进展如何？ 赛轮轮胎董秘回复：…": a Q&A record's "公司" and
            # "the company" are the firm answering
            interview.firm if interview is not None else None)
        if page is not None and not self_named:
            # "长城汽车发展历程", "Haier Smart Home Co., Ltd. company profile": a page about
            # one firm calls it "公司"/"the company" throughout, as a filing does
            issuer, self_named = page, True
        # the sentences opening a chronology's lines ("2019年6月 俄罗斯图拉工厂竣工投产。")
        chrono_lines = {start for start, _ in chronology(text)}
        table_rows = _table_rows(text, mentions) if any(c in text for c in "|—–") else {}
        # "华新水泥（600801）近日晚间公告": a report on a listed firm's filing
        filing_report = lang == "zh" and issuer is not None and any(
            m.key == issuer.key and (_STOCK_CODE_ZH.match(text, m.end) is not None or "公告" in text[m.end:m.end + 12])
            for m in mentions if m.kind in _COMPANY_KINDS)
        topic_sent = -10
        # the Chinese firm a foreign subject took the topic from, and its sentence
        set_aside: tuple[Mention, int] | None = None
        last_host: dict[str, tuple[int, Mention]] = {}
        # a Chinese article's Latin-lettered asset names ("KFM", "Goulamina") and the one
        # country the moves of their sentences were in (None once two were)
        asset_host: dict[str, str | None] = {}
        scene: tuple[int, Mention] | None = None
        heading = -1
        last_type: str | None = None
        last_prop_sent = -10
        # the foreign place the paragraph spoke of last: (sentence, place)
        para_place: tuple[int, Mention] | None = None
        by_sent_places: list[list[Mention]] = []
        for si, (ss, se) in enumerate(sents):
            ms = by_sent[si]
            if si and "\n" in text[sents[si - 1][1]:ss]:
                para_place = None
            dateline_end = ss
            if lang == "en" and si < 5:
                d = _DATELINE.match(text, ss, se) or _DATELINE_TITLE.match(text, ss, se)
                if d:
                    dateline_end = d.end()
            firms = _drop_modifiers([m for m in ms if m.kind in _COMPANY_KINDS or m.kind == "foreign"],
                                    [m for m in ms if m.kind in ("trigger", "weak")], text, lang)
            companies = [m for m in firms if m.kind in _COMPANY_KINDS]
            located = [m for m in ms if m.kind == "place" and m.start >= dateline_end
                       and self._is_location(text, m, lang) and not (
                           # "Zhejiang Geely Holding has owned 49.9% of Proton": a province
                           # leading a firm's name is part of the name
                           lang == "en" and m.key == "CHN" and text[m.end:m.end + 1] == " "
                           and any(c.start == m.end + 1 for c in companies))]
            # "Shenzhen-based", "headquartered in Singapore": a firm's home, which is a host
            # only for the purchase of that firm
            places = [m for m in located if "home" not in m.flags]
            home_places = [m for m in located if "home" in m.flags]
            by_sent_places.append(located)
            lead = _SCENE[lang].match(text, dateline_end, se)
            if lead:
                # "In Saudi Arabia, two Chinese groups have signed up …": the place the
                # next sentences are about
                at = next((p for p in places if p.start == lead.end() and p.key not in ("CHN",)), None)
                if at is not None and _SCENE_END[lang].match(text, at.end):
                    scene = (si, at)
                elif at is not None and lang == "zh" and (far := _SCENE_FAR_ZH.match(text, at.end)) \
                        and not any(at.end <= f.start < far.end() for f in firms):
                    # "在阿联酋迪拜以南的沙漠海岸，哈斯彦电站的4台机组昼夜运转。这座电站由哈电国际
                    # 作为EPC总承包商建设": a longer place phrase sets the scene too
                    scene = (si, at)
            if interview is not None and interview.firm is not None \
                    and any(a <= ss < b for a, b in interview.answers) and (
                        _FIRST_PERSON.search(text, ss, se) or not any(m.kind in _COMPANY_KINDS for m in ms)):
                # "A: We opened our first data center in Jakarta in 2018", "Construction at
                # Szeged is well advanced": the interviewee's "we", and an answer's sentence
                # naming no firm, are the firm the interview is with, not the rival last named
                topic, topic_sent = interview.firm, si
            if topic is None and set_aside is not None and lang == "en" and si - set_aside[1] <= 4 \
                    and not any(m.kind in _COMPANY_KINDS for m in ms) and any(
                        m.kind == "place" and m.key == "CHN" and "home" in m.flags for m in ms):
                # "Ubisoft never confirmed those talks. … the Shenzhen-based group's largest bet
                # since it bought Sumo Group": a Chinese firm described is the one set aside
                topic, topic_sent = set_aside[0], si
            triggers = self._triggers(ms, text, ss, se, last_type)
            if table_rows and (row_key := table_rows.get(line_start(text, ss))) is not None \
                    and not any(t.kind == "trigger" for t in triggers):
                # a table's row: the move its caption names, by the firm of its row (the mark
                # closing the firm's cell stands for the caption's word)
                mover = next((m for m in ms if m.kind in _COMPANY_KINDS), None)
                bar = (min([b for b in (text.find(c, mover.end, se) for c in "|—–") if b >= 0], default=-1)
                       if mover is not None else -1)
                if bar >= 0 and px.fullmatch(r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*", text[mover.end:bar]):
                    if row_key in _PLANT_TYPES and px.match(r"\s*[（(]\s*(?:with|与)", text[mover.end:bar]):
                        row_key = "joint_venture"  # "LONGi Green Energy (with Invenergy)"
                    triggers = triggers + [Mention("trigger", bar, bar + 1, row_key, None, text[bar])]
            if lang == "zh" and _TREND_ZH.search(text, ss, se):
                # "徐工、柳工、中联重科等龙头企业纷纷加大在墨西哥、巴西等国的本地化投入，…转向
                # 建厂": a trend of several firms in several countries pairs none of them
                triggers = []
            if not firms and not triggers and places and (_PLACE_HEADING.fullmatch(px.sub(
                    "|".join(re.escape(p.text) for p in sorted(places, key=lambda p: -len(p.text))),
                    "P", text[ss:se])) or (lang == "en" and px.match(
                    r"\s*(?:The\s+next\s+(?:step|stop|project)|Next)\s+(?:is|was|will\s+be)\s+", text[ss:se]))):
                # "The next step is Pomalaa, in Southeast Sulawesi. The $4.5 billion HPAL
                # project is a joint venture …", a list item "2) Debrecen, Hungary. The
                # 100GWh project …": the sentence names the next move's place
                at = next((p for p in places if p.key != "CHN"), None)
                if at is not None:
                    scene = (si, at)
                    heading = si
            if lang == "en" and not firms and places and _ASSET_HEADING_EN.fullmatch(px.sub(
                    "|".join(re.escape(p.text) for p in sorted(places, key=lambda p: -len(p.text))),
                    "P", text[ss:se])):
                # "- Aurora gold mine, Guyana. Acquired with Guyana Goldfields in 2020 …": a
                # list item names an asset and its country, and the next sentence what was done
                at = next((p for p in places if p.key != "CHN"), None)
                if at is not None:
                    scene, heading = (si, at), si
            if _QUESTION.search(text, ss, se):
                triggers = []  # "How many stores do you have outside China?": asks, states nothing
                asked = {p.key for p in places if p.key not in ("CHN", "HKG", "MAC")}
                if interview is not None and len(asked) == 1:
                    # "晚点：津巴布韦呢？ 老王：…华友钴业…收购Arcadia锂矿": the place asked about
                    # is where the answer's moves are
                    scene = (si, next(p for p in places if p.key in asked))
            deny = any(m.kind == "denial" for m in ms) or (
                lang == "zh" and _DENY_ZH.search(text, ss, se) is not None)
            rumour = any(m.kind == "rumour" for m in ms)
            anaphor = any(m.kind == "anaphor" for m in ms) or (
                lang == "en" and (_ANAPHOR_EN.search(text, ss, se) or _SUPERLATIVE_SUBJECT_EN.match(text, ss)
                                  or _ALSO_INCLUDES_EN.match(text, ss, se)) is not None)
            sent_props: list[_Proposal] = []
            chrono_comp: Mention | None = None
            for t in triggers:
                if lang == "en" and _CLIENTS_LISTED.search(text, max(ss, t.start - 140), t.start):
                    continue  # "serving clients including food-delivery app Keeta and local game studios"
                if lang == "en" and t.key in _PLANT_TYPES and (own := _OWNED_BY_OTHER_EN.match(text, t.end, se)) \
                        and any(f.kind == "foreign" and f.start == own.start("owner") for f in ms):
                    continue  # "licenses CATL's technology for a battery plant that Ford owns": Ford's
                if lang == "en" and t.key in _PLANT_TYPES and any(
                        f.kind == "foreign" and f.end <= t.start and _ITS_OWN_CLAUSE_EN.fullmatch(text, f.end, t.start)
                        and not _PRONOUN_EN.search(text, f.end, t.start)
                        and not any(c.kind in _COMPANY_KINDS and f.end <= c.start < t.start for c in ms) for f in ms):
                    continue  # "supplies its technology to Ford, which is building … and owns the plant outright"
                if lang == "en" and t.key in _PLANT_TYPES and any(
                        f.kind == "foreign" and _FOREIGN_OWNS_EN.fullmatch(text, f.end, t.start) for f in ms):
                    continue  # "cars will be built at Renault's plant in São José dos Pinhais"
                if lang == "en" and _unknown_owner(t, ms, text, ss, foreign_heads):
                    continue  # "retain Lafarge Africa's listing": another firm's, not named to us
                if lang == "zh" and t.key in _PLANT_TYPES and px.search(r"为(?:上述|该|其|这座|这家)?[^，。；为]{0,12}$", text[max(ss, t.start - 14):t.start]) \
                        and px.match(r"[^，。；]{0,4}?(?:供应|供货|配套|提供)", text[t.end:t.end + 10]):
                    continue  # "为上述河静电池工厂供应磷酸铁锂正极材料": a customer's plant supplied
                if lang == "zh" and t.key != "acquisition" and _TARGET_SUBJECT.match(text, ss, t.start):
                    continue  # "目标公司透过其附属公司持有…金矿项目": what the target owns
                if lang == "zh" and t.key in _PLANT_TYPES and (own := _FOREIGN_OWNS_ZH.match(text, ss, t.start)) \
                        and not any(f.kind == "company" and f.start < own.end("name") for f in firms):
                    continue  # "Arbonia气候业务在德国、波兰等地拥有热泵工厂": what a foreign firm owns
                if lang == "en" and t.kind == "weak" and any(px.fullmatch(r",\s+(?:which|who)\s+(?:[\w-]+\s+){0,2}", text[f.end:t.start])
                                        for f in firms) and (r := _CLAUSE_RESUMES.search(text, t.end, se)) \
                        and not any(t.end <= p.start < r.start() for p in places):
                    # "Luxshare, which assembles AirPods, began work on …": what it does (not
                    # "Jinko, which already makes panels in Vietnam, said …": where it does it)
                    continue
                if lang == "en" and _in_appositive(t, firms, places, text, se):
                    continue  # "Mixue Group, China's biggest chain by number of outlets, …"
                if lang == "zh" and (agent := px.search(r"由(?!(?:本)?(?:公司|集团)与)([^，。；由]{2,18})$", text[ss:t.start])) and any(
                        p.key not in ("CHN", "HKG", "MAC") and ss + agent.start(1) <= p.start < t.start
                        for p in places + home_places) and not any(
                        ss + agent.start(1) <= f.start < t.start for f in companies):
                    # (not "由公司与阿根廷当地企业组成联营体承建": the filer leads, a local firm joins)
                    continue  # "由土耳其亚皮·默克兹公司承建", "由坦桑尼亚政府通过…贷款": a foreign agent
                comp, direct, blocked = self._company_for(t, firms, text)
                if (blocked or comp is None) and lang == "en" and t.key == "joint_venture" \
                        and (partner := _chinese_partner(t, firms, text, se)) is not None:
                    # "Dixon agreed to form a joint venture with Chinese smartphone maker Vivo":
                    # a foreign firm's venture with a Chinese firm is the Chinese firm's move
                    comp, direct, blocked = partner, True, False
                if (blocked or comp is None) and lang == "zh" and t.key == "joint_venture":
                    # "LG化学…，与公司已在韩国合资建设前驱体项目": a foreign firm's venture "with"
                    # the Chinese firm (or the filer, "公司") is the Chinese firm's move
                    partner = next((f for f in firms if f.kind in _COMPANY_KINDS and f.end <= t.start
                                    and text[f.start - 1:f.start] == "与"
                                    and any(o.kind == "foreign" and ss <= o.start < f.start for o in firms)
                                    and not px.search(r"[，。；]", text[f.end:t.start])), None)
                    if partner is None and self_named and _WITH_FILER_ZH.search(text, ss, t.start):
                        partner = issuer
                    if partner is not None:
                        comp, direct, blocked = partner, True, False
                if (blocked or comp is None) and lang == "zh" and (both := text.rfind("双方", ss, t.start)) >= 0 \
                        and not any(both < f.start < t.start for f in firms) and (chinese := [
                            f for f in firms if f.kind in _COMPANY_KINDS and f.end <= both]):
                    # "零跑完成卡塔尔投资局…战略投资，双方还商定将在多哈设立研发中心": of the
                    # two parties, the Chinese firm is the one that moves
                    comp, direct, blocked = chinese[0], False, False
                if (blocked or comp is None) and lang == "en" and t.key == "licensing" and (owner := next((
                        f for f in firms if f.kind in _COMPANY_KINDS and t.end <= f.start <= t.end + 80 and f.end <= se
                        and (px.match(r"['’]s\s", text[f.end:f.end + 3])
                             or px.search(r"\bfrom\s+(?:the\s+)?(?:Chinese\s+)?(?:[\w-]+\s+){0,2}$", text[max(0, f.start - 40):f.start]))
                        and not px.search(r"[.;]", text[t.end:f.start])), None)) is not None:
                    # "Pfizer agreed to pay $1.25 billion upfront for rights to SSGJ-707, 3SBio's
                    # PD-1/VEGF bispecific antibody": the Chinese owner of what is licensed
                    comp, direct, blocked = owner, True, False
                if lang == "zh" and direct and comp is not None and t.key == "joint_venture" \
                        and (lead := next((f for f in firms if f.kind in _COMPANY_KINDS and f.end <= comp.start
                                           and _PARTNERED_ZH.fullmatch(text, f.end, comp.start)), None)) is not None:
                    # "华能山东与山东如意集团合资建设的萨希瓦尔电站": the firm before "与" is the
                    # subject, the one after it its partner
                    comp = lead
                if lang == "en" and t.key in _PLANT_TYPES and (dev := _DEVELOPED_BY_EN.match(text, t.end, se)) \
                        and (agent := next((f for f in firms if f.kind in _COMPANY_KINDS and f.start == dev.end()), None)) \
                        and any(f.kind in ("foreign", "candidate") and f.start > agent.end
                                and _WITH_PARTNER_EN.fullmatch(text, agent.end, f.start) for f in firms):
                    # "The Indonesia Morowali Industrial Park, developed by Tsingshan Holding
                    # Group and Indonesia's Bintang Delapan Group since 2013": a site built by a
                    # Chinese firm with a local one is their venture
                    comp, direct, blocked = agent, True, False
                    t = Mention("trigger", t.start, t.end, "joint_venture", None, t.text, t.flags)
                if lang == "zh" and direct and comp is not None and self_named and comp.key != issuer.key \
                        and _FILER_WITH_ZH.search(text, max(ss, comp.start - 8), comp.start) \
                        and (t.key == "joint_venture" or "合资" in text[comp.end:_clause_end_zh(text, comp.end, se)]):
                    # "华飞镍钴项目由公司与青山控股等合作伙伴合资建设" in the filer's report: the
                    # filer is the subject, the firm after "与" its partner
                    comp = issuer
                if lang == "en" and t.key == "construction_contract" and t.text.lower() in ("built", "constructed") \
                        and (by := _BUILT_BY.match(text, t.end)) is not None:
                    by = _LED_BY.match(text, by.end()) or by
                    agent = next((f for f in firms if f.kind in _COMPANY_KINDS and f.start == by.end()), None)
                    if agent is not None:
                        # "… the Doraleh port, which was built by China State Construction
                        # Engineering Corporation": the builder after a passive, not the buyer
                        # of the sentence's first clause
                        comp, direct, blocked = agent, True, False
                if comp is not None and topic is not None and lang == "en" \
                        and self.company_parent.get(topic.key) == comp.key and _UNIT_OF_EN.search(
                            text, max(ss, comp.start - 60), comp.start):
                    # "Huawei Cloud was first off the mark. The unit of Shenzhen-based Huawei
                    # Technologies launched its Riyadh cloud region": the unit, not its parent
                    comp = topic
                if blocked:
                    continue
                if comp is None and issuer is not None and lang == "zh" \
                        and _ISSUER_SELF.search(text, max(ss, t.start - 40), t.start):
                    # "本集团已完成收购苏里南Rosebel金矿": a filing's "the group" is its issuer
                    comp, direct = issuer, False
                if comp is None and lang == "zh" and issuer is not None and issuer.kind in ("company", "candidate") \
                        and (topic is None or si - topic_sent > 3) and filing_report \
                        and _BARE_COMPANY_SUBJECT_ZH.search(text, ss, t.start) \
                        and not any(f.key != issuer.key for f in firms if f.start < t.start):
                    # "华新水泥（600801）近日晚间公告，…。此前，公司已在塔吉克斯坦…投资建设水泥工厂":
                    # a report on a filing calls the filer "公司" throughout, when the
                    # topic was lost to a foreign subject ("拉法基非洲在尼日利亚拥有…")
                    comp, direct = issuer, _COMPANY_SUBJECT_ZH.match(text, ss, t.start) is not None
                if comp is None and lang == "en" and (inc := _INCLUDING_EN.search(text, t.end, se)) \
                        and inc.start() - t.end <= 80 and (first := next((
                            f for f in firms if f.kind in _COMPANY_KINDS and f.start >= inc.end()
                            and px.fullmatch(r"(?:[a-z][\w-]*\s+){0,3}", text[inc.end():f.start])), None)):
                    # "a flurry of large listings by mainland companies in 2025, including
                    # battery maker CATL and Jiangsu Hengrui": the firms named as examples
                    comp, direct = first, True
                if comp is None and lang == "en" and (np_ := _NP_SUBJECT_EN.search(text, ss, t.start)):
                    named = [f for f in firms if f.kind in _COMPANY_KINDS and f.end <= np_.start()]
                    if len({f.key for f in named}) == 1:
                        # "… has been owned by China Three Gorges since 2020, when the
                        # state-owned hydropower group bought it": a description of the one
                        # firm the sentence has named
                        comp, direct = named[-1], False
                if comp is None and self_named and lang == "zh" and issuer.kind == "company" \
                        and (_SELF_NAMED_SUBJECT_ZH.search(text, max(ss, t.start - 70), t.start)
                             # "公司2016年…收购英美资源旗下巴西铌磷业务…；2019年以…收购…IXM": a
                             # clause after "；" with no subject of its own goes on with "公司"
                             or (si > 0 and text[sents[si - 1][1] - 1] == "；"
                                 and px.match(r"\s*(?:本|该)?(?:公司|集团)(?!的)", text[sents[si - 1][0]:sents[si - 1][1]])
                                 and _NO_SUBJECT_ZH.match(text, ss, t.start))) \
                        and not any(f.kind != "foreign" and f.key != issuer.key for f in firms if ss <= f.start < t.start):
                    # "公司在墨西哥新莱昂州建设的…工厂" in a filing: the filer, even when the
                    # sentences before were about a partner the registry does not know
                    comp, direct = issuer, _COMPANY_SUBJECT_ZH.match(text, ss, t.start) is not None
                if comp is None and (chrono_lines or lang == "en") and (page is not None or topic is not None) \
                        and not any(f.kind in _COMPANY_KINDS for f in firms if f.start < t.start) and (
                        (line_start(text, ss) in chrono_lines and not text[line_start(text, ss):ss].strip())
                        or (lang == "en" and _SUBJECTLESS_EN.match(text, ss, t.end) is not None
                            # (not "Announced in March, Volkswagen's new plant …": a phrase
                            # before the sentence's own subject)
                            and "," not in text[ss:t.start]
                            and not any(f.start < t.start for f in firms)
                            and (page is not None or si - topic_sent <= 3))):
                    # "2019年6月 俄罗斯图拉工厂竣工投产", "- 2012: completed the takeover of …",
                    # "Acquired from IAMGOLD in January 2023 …": a history's line has no subject
                    # of its own; it is the page's firm (or, on another page, the one last named)
                    comp, direct = (page if page is not None else topic), False
                    chrono_comp = comp
                if comp is None and lang == "en" and page is not None and not _QUOTE_OPEN.search(text, ss, t.start) and ((
                        (we := [w.start() for w in _WE_EN.finditer(text, ss, t.start)])
                        and not any(f.kind in _COMPANY_KINDS and we[-1] <= f.start < t.start for f in firms))
                        or (_FRONTED_EN.fullmatch(text, ss, t.start)
                            and (sub := _SUBJECT_AFTER_EN.match(text, t.end, se)) is not None
                            and px.fullmatch(r"we|[Tt]he\s+(?:Company|Group)", sub.group("subject"))
                            and not any(f.kind in _COMPANY_KINDS for f in firms if f.start < t.start))):
                    # "In November 2024 we signed agreements to build … in Oman" in the firm's own
                    # report, letter or job advert: "we" is the firm that wrote it, as is the
                    # subject after a fronted phrase ("Since acquiring a 63% stake in … RTB Bor
                    # in December 2018, the Group has invested …")
                    comp, direct = page, True
                if comp is None:
                    recent = topic is not None and si - topic_sent <= 3
                    zh_dropped_subject = lang == "zh" and topic is not None and si - topic_sent <= 2
                    # a sentence naming other firms is about them, not the earlier one
                    definite = lang == "en" and _DEFINITE.search(
                        text[max(0, t.start - 30):t.start]) is not None
                    # "U.S. firms ... pour billions into data centres", "中国企业通过合资…":
                    # a generic subject is not the firm of the previous sentences
                    g = _GENERIC_SUBJECT[lang].search(text, ss, t.start)
                    # "Unlike many rivals, it went abroad early": a comparison, not the subject
                    # ("拟与埃及当地企业合资设立公司", "a venture with local firms": partners, not the
                    # subject)
                    generic = g is not None and not _COMPARED.search(text[max(ss, g.start() - 24):g.start()]) \
                        and not px.search(r"(?:与|同|跟)(?:[\u4e00-\u9fff]{2,5})?$|\bwith\s+(?:several\s+|two\s+|three\s+)?$",
                                          text[max(ss, g.start() - 12):g.start()]) \
                        and not (lang == "zh" and px.search(r"(?:这家|该家)[^，。；]{0,24}$", text[ss:g.start()])) \
                        and not (lang == "en" and px.search(r"\b(?:supply|supplies|supplying|supplied|serve|serves|"
                                                            r"serving|served)\b[^,;.]{0,40}$", text[max(ss, g.start() - 50):g.start()]))
                    # ("has supplied BMW and other carmakers from its plant": the firms served)
                    # ("这家总部位于瑞士巴塞尔的中国创新药企": one firm described, not firms in general)
                    # "除已宣布建厂的车企和电池企业外": the trigger says what unnamed firms did
                    generic = generic or (lang == "zh" and _DONE_BY_GENERIC_ZH.match(text, t.end) is not None)
                    pron = [m.end() for m in _SUBJECT_PRONOUN.finditer(text, ss, t.start)]
                    # "Its plant in Rayong began production in 2024. A $1 billion plant in
                    # Manisa, Turkey, is under construction": a list of the firm's sites goes
                    # on in the same paragraph, in a sentence naming no firm at all
                    # (a foreign partner after the move word is no other subject: "In
                    # Uzbekistan, a joint venture with state carmaker UzAuto Motors has been …")
                    # (nor is the firm itself, named again in a clause of its own after it: "A
                    # plant in Szeged, Hungary, is under construction, and BYD signed …")
                    continues = lang == "en" and topic is not None and not any(
                        f.start < t.start or (f.kind != "foreign" and not (
                            f.key == topic.key and _CLAUSE.search(text[t.end:f.start]))) for f in firms) \
                        and t.kind == "trigger" \
                        and topic is not None and recent and si - 2 <= last_prop_sent < si \
                        and "\n" not in text[sents[last_prop_sent][1]:ss] \
                        and px.fullmatch(r"(?:(?:In|At|Near)\s+[\w .'-]{2,40},\s+)?(?:(?:A|a|An|an)\s+(?:[\w$.,'-]+\s+){0,5})?",
                                         text[ss:t.start]) is not None
                    # "Slovakia … is home to plants run by Volkswagen … to keep its auto
                    # industry competitive": an "its" after the trigger is not its owner,
                    # unless it reports ("…, it said")
                    refers = lang == "zh" or any(
                        m.kind == "anaphor" and m.start < t.start for m in ms) or (
                        _ANAPHOR_EN.search(text, ss, t.start) is not None) or (
                        lang == "en" and (_SUPERLATIVE_SUBJECT_EN.match(text, ss, t.start)
                                          or _ALSO_INCLUDES_EN.match(text, ss, t.start)) is not None) or (
                        _SAID_BACK.search(text, t.end, se) is not None) or (
                        # "Under a $3 billion contract signed in 2017, it built …": a fronted
                        # phrase whose subject follows it
                        lang == "en" and _FRONTED_EN.fullmatch(text, ss, t.start) is not None
                        and (sub := _SUBJECT_AFTER_EN.match(text, t.end, se)) is not None
                        and px.fullmatch(r"it|the\s+(?:company|group|firm)", sub.group("subject")) is not None)
                    # "\"It is how many plants Brazil can absorb,\" Tavares said": in a quote,
                    # only "we" speaks for the firm
                    quoted = lang == "en" and text[ss:ss + 1] in "\"“" and not px.search(
                        r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b", text[ss:t.start])
                    if recent and ((anaphor and refers) or zh_dropped_subject or definite or continues) \
                            and not generic and not quoted \
                            and not any(f.key != topic.key for f in firms
                                        if (ss if lang == "zh" else pron[-1] if pron else ss) <= f.start < t.start
                                        and not (f.kind == "foreign" and _WITH.search(
                                            text[max(0, f.start - 12):f.start]))
                                        # "signed an agreement with Vision Industries and
                                        # RELC, a unit of Saudi Arabia's PIF, to form…": the
                                        # partners of the subject's deal
                                        and not (f.kind == "foreign" and lang == "en" and px.search(
                                            r"\bwith\b", text[pron[-1] if pron else ss:f.start]))
                                        and not _foreign_object(f, t, text)
                                        and not _customer(f, t, text)
                                        and not _bought_object(f, t, text)
                                        and not (f.kind == "foreign" and _bought_before_en(f, text))):
                        comp, direct = topic, False
                        if lang == "en" and pron and (own := [f for f in firms if f.kind in _COMPANY_KINDS and ss <= f.start < pron[0]
                                                               and f.key != topic.key]):
                            # "Wanhua Chemical has run Hungary's BorsodChem, the producer it acquired,
                            # as its European production base": "it" is this sentence's subject
                            comp = own[0]
                        if lang == "en" and self_named and topic.key == issuer.key \
                                and _SELF_NAMED_SUBJECT_EN.search(text, max(ss, t.start - 100), t.start):
                            direct = True  # "the Group has agreed to acquire": its defined name
                        if lang == "zh" and _COMPANY_SUBJECT_ZH.match(text, ss, t.start):
                            # "2、公司拟在美国设立全资子公司": a filing's "the company" as the
                            # subject names the firm as plainly as its name would
                            direct = True
                    elif self_named and (_SELF_NAMED_SUBJECT_ZH if lang == "zh" else _SELF_NAMED_SUBJECT_EN).search(
                            text, max(ss, t.start - (70 if lang == "zh" else 100)), t.start) \
                            and not any(f.kind != "foreign" and f.key != issuer.key for f in firms if ss <= f.start < t.start):
                        # "本次合作是公司继…与美国默沙东…达成许可协议" in a filing that calls itself
                        # "公司": the issuer, however far back the topic was set ("the Company"
                        # in an English filing is its defined name, as plain as the name itself)
                        comp, direct = issuer, lang == "en"
                    else:
                        continue
                if direct and lang == "zh":
                    g2 = _GENERIC_SUBJECT[lang].search(text, comp.end, t.start)
                    if g2 is not None and px.search(r"[，；]\s*(?:已有|也有|有|已经有|另有|还有)?$",
                                                    text[comp.end:g2.start()]):
                        # "在三花智控墨西哥工厂周边，已有多家…配套企业跟进设厂": after the
                        # firm, other firms are the subject of the clause
                        continue
                key = comp.key
                # the target's home, written after the purchase ("a stake in Maxeon, the
                # Singapore-based panel maker"), not the buyer's ("TCL, based in Tianjin")
                # ... nor the seller's ("bought from US-based Sempra Energy")
                cand = places + ([p for p in home_places if (p.start >= t.end or (
                    # "metals trader IXM, based in Geneva, which it acquired in 2019"
                    p.end <= t.start and (_WHICH_IT_BOUGHT.fullmatch(text, p.end, t.start)
                                          # "Vancouver-based Power Metals Corp, which it bought"
                                          or _bought_after_name(p, t, text)
                                          # "完成对总部位于瑞士日内瓦的金属贸易商IXM的收购"
                                          or (lang == "zh" and _of_target_zh(text, max(ss, p.start - 30), p.start)
                                              and px.fullmatch(r"[^，。；对]*的", text[p.end:t.start]))))) and not px.search(
                    r"\bfrom\s+(?:the\s+|its\s+)?$", text[max(0, p.start - 12):p.start])
                    # "…take a minority stake," said the founder of Tokyo-based Kantan Games
                    and not px.search(r"[\"”]|\bsaid\b|\bsays\b", text[t.end:p.start])]
                                 if t.key == "acquisition" else [])
                if direct and comp.start < t.start:
                    # "比亚迪匈牙利工厂已投产，上汽也在考虑…": a place written after another
                    # firm and before the mover is that firm's
                    others = [f for f in firms if f.key != comp.key and f.end <= comp.start]
                    cand = [p for p in cand if not (p.end <= comp.start and any(
                        f.end <= p.start for f in others))]
                displaced = _displaced_home(t, cand, text, lang)
                hosts, city, host_m, prep = self._hosts_for(
                    t, cand, text, lang, [f for f in firms if f.kind == "foreign"],
                    # another firm may own a place after it, but not a brand of the mover's
                    # ("produces its Omoda and Jaecoo models in Thailand")
                    [f for f in firms if f.kind != "foreign" and f.key != comp.key
                     and not px.search(r"\b(?:its|their|and)\s+$", text[max(0, f.start - 7):f.start])
                     # "合资成立的动力总成公司HORSE Powertrain": the venture's own name
                     and not (t.key == "joint_venture" and t.end <= f.start and px.fullmatch(
                         r"(?:(?:成立|设立|组建)?的)?[^，。；]{0,12}", text[t.end:f.start]))],
                    markets, triggers)
                home_elsewhere = False
                if hosts == ["CHN"] and host_m is not None and host_m.start >= t.end \
                        and _clause_end(text, t.end, se, lang) <= host_m.start:
                    # "acquired the Sabi Star project in Buhera and now ships concentrate to
                    # its refineries in China": home is the next clause's, the site unplaced
                    hosts, host_m, city = [], None, None
                elif hosts == ["CHN"] and t.key in _PLANT_TYPES and host_m is not None and host_m.start >= t.end and any(
                        o.start >= t.end and o.end <= host_m.start and o.key in _PLANT_TYPES
                        and 0 <= host_m.start - o.end <= 12 and "," in text[t.end:o.start]
                        for o in triggers if o is not t):
                    # "operates an HPAL plant inside the park, shipping products to its
                    # cathode factories in China": home is the later factories' place
                    hosts, host_m, city, home_elsewhere = [], None, None, True
                obj = _OBJECT_BOUGHT_ZH.search(text, max(ss, t.start - 40), t.start) \
                    if lang == "zh" and t.key == "acquisition" else None
                inside = [p for p in places if obj and obj.start("obj") <= p.start < obj.end("obj")] if obj else []
                if inside and (not hosts or hosts[0] != inside[-1].key):
                    # "完成了对斯洛文尼亚家电企业Gorenje的收购，目前在墨西哥…": the place inside
                    # what is bought, not one of the next clause
                    hosts, host_m, city = [inside[-1].key], inside[-1], (
                        inside[-1] if isinstance(inside[-1].extra, str) and inside[-1].extra not in ("demonym", "exchange") else None)
                if not hosts and t.key == "acquisition":
                    target = self._target_home(t, firms, text)
                    if target is not None:
                        # "bought GE Appliances from General Electric", "buy a stake in
                        # Puma": a foreign firm bought (or sold from) is in its home country
                        hosts, host_m, city, prep = [target.key], target, None, True
                if not hosts and t.key == "acquisition" and lang == "en":
                    told = _described_home(t, firms, mentions, text, se)
                    if told is not None:
                        # "…agreed to acquire … the Jack Wolfskin business …. Jack Wolfskin is
                        # an outdoor brand … headquartered in Idstein, Germany": the target's
                        # home as the text describes it elsewhere
                        hosts, host_m, city, prep = [told.key], told, None, True
                if t.key == "licensing":
                    licensee = self._licensee(t, firms, places, text)
                    if licensee is not None:
                        # "将…在美国、加拿大、欧洲和日本的权益授权给辉瑞": the host of a licence
                        # is the licensee's country, not the territories it covers
                        hosts, host_m, city, prep = [licensee.key], licensee, None, True
                if not hosts and "investee" in t.flags:
                    # "卡塔尔投资局旗下基金两次认购小鹏汽车新股": the investor's home
                    inv = [f for f in firms if f.kind == "foreign" and ss <= f.start < t.start
                           and self.company_home.get(f.key) not in (None, "CHN", "HKG", "MAC")]
                    if inv:
                        host_m = Mention("place", inv[-1].start, inv[-1].end, self.company_home[inv[-1].key], None, inv[-1].text)
                        hosts, city, prep = [host_m.key], None, True
                if not hosts and t.key == "joint_venture" and lang == "en" \
                        and (pm := _POSSESSOR.search(text, max(ss, t.start - 60), t.start)) \
                        and self.company_home.get(foreign_heads.get(pm.group(1), "")) not in (None, "CHN", "HKG", "MAC"):
                    # "Dixon's display-module venture with HKC": the foreign partner's home
                    home = self.company_home[foreign_heads[pm.group(1)]]
                    host_m = Mention("place", pm.start(1), pm.end(1), home, None, pm.group(1))
                    hosts, city, prep = [home], None, True
                if not hosts and lang == "en" and _INSIDE_THE_SITE.match(text, t.end):
                    # "Tsingshan developed the Morowali Industrial Park in Central Sulawesi …,
                    # and GEM operates an HPAL nickel plant inside the park": the place of the
                    # park named before in the sentence
                    near = [p for p in located if ss <= p.start and p.end <= t.start and p.key not in ("CHN", "HKG", "MAC")]
                    if near:
                        host_m = near[-1]
                        hosts, prep = [host_m.key], True
                        city = host_m if isinstance(host_m.extra, str) and host_m.extra not in ("demonym", "exchange") else None
                # ("在港上市": the lexicon's trigger is "上市", the market the two characters before)
                implied = _LISTING_PLACE.get(t.text) or _LISTING_PLACE.get(text[max(0, t.start - 2):t.end]) \
                    if t.key == "listing" else None
                if t.key == "listing" and not hosts and not implied:
                    # "古茗今年2月登陆港交所，沪上阿姨也在今年5月完成上市": the market the
                    # sentence (or the last one) listed in
                    mk = [p for p in (by_sent_places[si - 1] if si else []) + located
                          if p.extra == "exchange" and p.end <= t.start]
                    if mk and px.search(r"也|亦|同样|\balso\b", text[ss:t.start]):
                        host_m = max(mk, key=lambda p: p.start)
                        hosts, city, prep = [host_m.key], None, True
                if implied and not any(h == implied for h in hosts):
                    # "紫金分拆黄金资产赴港上市": the trigger names the market itself
                    host_m = Mention("place", t.start, t.end, implied, None, t.text)
                    hosts, city, prep = [implied], None, True
                fallback = False
                prev = last_host.get(key)
                if hosts and t.key == "acquisition" and lang == "en" and prev and si - prev[0] <= 2 \
                        and prev[1].key != hosts[0] and host_m is not None and len(hosts) == 1 \
                        and px.search(r"\bfrom\s+$", text[max(ss, host_m.start - 8):host_m.start]) \
                        and (host_m.extra == "demonym" or px.match(r"['’]s\s", text[host_m.end:host_m.end + 3])):
                    # "…a plant at its Arcadia mine near Goromonzi. Huayou acquired Arcadia
                    # from Australia's Prospect Resources": the seller's country is not where
                    # the asset bought is, which the firm's last place tells
                    hosts, host_m, city, fallback = [prev[1].key], prev[1], None, True
                if comp is topic and not direct and not hosts and not (
                        chrono_comp is not None or anaphor or definite or lang == "zh"):
                    continue  # a continued list needs its own place
                if not hosts and not home_elsewhere and _DOMESTIC.search(text, ss, _own_clause_end(text, t, se, lang)):
                    continue  # "At home, CATL continues to add capacity": not abroad
                if not hosts and px.search(r"(?:海外|境外|全球|\boverseas\s+|\bglobal\s+)$",
                                           text[max(ss, t.start - 9):t.start]):
                    continue  # "在海外工厂建设等方面保持合作": abroad in general, no site
                if not hosts and t.key == "financing" and lang == "zh" and (buyer := next((
                        f for f in ms if f.kind == "foreign" and ss <= f.start < t.start
                        and px.search(r"向[^，。；]{0,6}$", text[max(ss, f.start - 8):f.start])
                        and "发行" in text[f.end:t.start]
                        and self.company_home.get(f.key) not in (None, "CHN", "HKG", "MAC")), None)):
                    # "将向沙特公共投资基金（PIF）旗下Alat发行20亿美元…可转换债券": bonds issued to a
                    # foreign investor raise money in its country
                    host_m = Mention("place", buyer.start, buyer.end, self.company_home[buyer.key], None, buyer.text)
                    hosts, city, prep = [host_m.key], None, True
                if not hosts and (paid := _currency_place(t, ms, lang)) is not None and not (
                        lang == "zh" and any(p.kind == "place" and _LISTED_THERE_ZH.match(text, p.end) for p in ms)):
                    # (not "以0.89加元收购加拿大多伦多证券交易所创业板上市公司Lumina": a price
                    # in the currency of where the target is listed says no more than that)
                    host_m, hosts, city, prep = paid, [paid.key], None, True
                if not hosts:
                    prev = last_host.get(key)
                    refers_back = (not direct and t.kind != "weak") or anaphor or \
                        _DEFINITE.search(text[max(0, t.start - 30):t.start]) is not None
                    if t.kind == "weak" and direct:
                        refers_back = False  # "Alibaba will invest 380 billion yuan": not there
                    # a heading after the firm's last place starts a new item
                    headed = heading >= 0 and scene is not None and scene[0] == heading \
                        and si - heading == 1 and (prev is None or prev[0] < heading)
                    if _REGION_SCENE.search(text[ss:t.start]):
                        # "在北美，公司采取参股合资模式", "In North America, it …": a new
                        # region, so not the place of the sentences before
                        pass
                    elif prev and si - prev[0] <= 2 and refers_back and not headed:
                        hosts, host_m, city, fallback = [prev[1].key], prev[1], None, True
                    elif scene is not None and 0 < si - scene[0] <= 2 and t.kind != "weak" and (direct or refers_back) \
                            and not (lang == "en" and _IN_REGION_EN.search(text, ss, se)):
                        # (not "…contract signings in 2024, led by projects in the Middle East
                        # and Central Asia" after "In Pakistan, …": a region of its own)
                        # a heading's place is the item's own ("2) Debrecen, Hungary. The
                        # 100GWh project …"); a scene's is a reference back
                        own = heading == scene[0] and si - scene[0] == 1
                        hosts, host_m, fallback = [scene[1].key], scene[1], not own
                        city = scene[1] if own and isinstance(scene[1].extra, str) else None
                    elif frame is not None and t.kind != "weak" and (direct or refers_back) \
                            and t.key != "listing" \
                            and t.text.lower() not in _CAPACITY_WORDS \
                            and not _ALSO_ABROAD.search(text, ss, se) \
                            and not (prev and prev[1].key == "CHN" and si - prev[0] <= 1):
                        # "A few kilometres away, EVE Energy broke ground …" under the dateline
                        # "DEBRECEN, Hungary": the article's own place (not for capacity
                        # added "in Asia and Latin America", which names no site)
                        hosts, host_m, city, fallback = [frame.key], frame, None, True
                    elif para_place is not None and si - para_place[0] == 1 and direct and t.kind != "weak" \
                            and t.key != "listing" and not _ALSO_ABROAD.search(text, ss, se) \
                            and not _REGION_WORDS.search(text, ss, se) \
                            and not _home_town_named(text, ss, se, lang):
                        # "11月中旬，几内亚西芒杜铁矿首批矿石装船…。中国宝武…参股了北部1、2号矿块的
                        # 开发主体": the place the paragraph's last sentence was about (not
                        # "在欧洲建立600家销售网点", which places it in a region, nor "潍柴动力在
                        # 潍坊投资建设的新工厂", in a home town the matcher does not know)
                        hosts, host_m, city, fallback = [para_place[1].key], para_place[1], None, True
                    elif asset_host and direct and t.kind != "weak" and t.key != "listing" and len(
                            named := {(asset_host[a[0]], a) for a in _asset_names(ms, text, ss, se, lang)
                                      if asset_host.get(a[0])}) == 1:
                        # "KFM项目也已于2023年建成投产…。宁德时代旗下子公司于2021年以1.375亿美元入股
                        # KFM", "… buy the Arcadia lithium project at Goromonzi … Huayou
                        # commissions a processing plant at Arcadia": an asset named before is
                        # where it was then
                        (h, a), = named
                        host_m = Mention("place", a[1], a[2], h, None, a[0])
                        hosts, city, fallback = [h], None, True
                    else:
                        continue
                contractor = self.company_sector.get(key) in lx.CONTRACTOR_SECTORS or (
                    comp.kind == "candidate" and _CONTRACTOR_NAME.search(comp.text) is not None)
                if t.kind == "weak" and t.key == "construction_contract" and not contractor:
                    continue  # "bought a stake in the port", "a railway to the plant"
                if t.key == "construction_contract" and not contractor and lang == "en" \
                        and not _CONTRACT_WON.search(text, max(ss, t.start - 60), t.start) \
                        and not (t.text.lower() in ("built", "constructed") and _BUILT_BY.match(text, t.end)
                                 and any(o.key == "construction_contract" and o.text.lower() not in ("built", "constructed")
                                         and ss <= o.start < t.start for o in ms)
                                 and not any(o.key in _PLANT_TYPES and ss <= o.start < t.start
                                             for o in ms if o.kind in ("trigger", "weak"))):
                    # (a firm named as the builder of a work after "built by" is one, whatever
                    # its trade: "The 10th of Ramadan City light rail, built by AVIC International")
                    continue  # "BYD said it had ended the contract": a carmaker's contract, none won
                if t.kind == "weak" and direct and not fallback and not contractor and not (
                        host_m is not None and _PREP_WEAK.search(text[max(0, host_m.start - 25):host_m.start])) \
                        and not (lang == "en" and host_m is not None and host_m.start >= t.end
                                 and t.text.lower() in ("entered", "enters", "entering")
                                 and not text[t.end:host_m.start].strip()) \
                        and not (host_m is not None and _MADE_NEAR.fullmatch(t.text.lower())
                                 and px.search(r"\b(?:near|outside)\s+(?:the\s+)?$", text[max(0, host_m.start - 12):host_m.start])) \
                        and not (lang == "en" and host_m is not None and host_m.end <= t.start
                                 and isinstance(host_m.extra, str) and host_m.extra not in ("demonym", "exchange")
                                 and not text[host_m.end:t.start].strip()) \
                        and not (lang == "zh" and host_m is not None and _headline_pair(comp, host_m, t, text)):
                    continue  # "because of US tariffs ... its site": a place, not a host
                # "It will also include an R&D centre": "also" adds a move
                also = _ALSO.search(text, ss, t.start) is not None and t.kind != "weak"
                # "The plant will cost €4bn", "该项目": more about a move named before; but a
                # move of another kind in its own words ("公司将对宝思德现有装置进行扩能改造"
                # after the purchase of BorsodChem) is a move of its own
                other_kind = t.key == "plant_expansion" and t.kind != "weak" and not _DEFINITE.search(
                    text[max(0, t.start - 30):t.start]) and not any(
                    p.company_key == comp.key and p.host in hosts and p.move_type == t.key
                    for p in proposals[-12:])
                # "此次上市前，美国国防部…": "this listing" is the one told before
                this_one = lang == "zh" and not direct and px.search(r"(?:此次|本次|这次|该次)$", text[max(ss, t.start - 3):t.start])
                # "their plants are well run": a firm's own facility without a place of its
                # own is one told of before
                possessed = lang == "en" and fallback and not also and px.search(
                    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", text[max(ss, t.start - 25):t.start]) is not None
                # "这是小米2018年上市以来规模最大的一次股权融资": a sentence summing up the
                # move just told, at no place of its own
                summary = lang == "zh" and fallback and px.match(r"(?:这|此)(?:也|将|或|就)?是", text[ss:ss + 4]) is not None
                attach_only = possessed or (not direct and fallback and not also and not other_kind) or (
                    t.kind == "weak" and not direct) or bool(this_one) or summary
                if lang == "zh" and direct and px.search(r"(?:此次|本次|这次|该次|这笔|此笔)$", text[max(ss, t.start - 3):t.start]) \
                        and any(p.move_type == t.key and p.host in hosts and p.company_key != comp.key
                                and si - p.sent <= 3 for p in proposals[-12:]):
                    continue  # "紫金矿业表示，本次收购将…": the parent speaks of its unit's deal
                movers = [comp] + (self._coordinated(comp, firms, text) if direct else [])
                pairs = [(c, hosts, city, host_m) for c in movers]
                if direct and not fallback:
                    # "比亚迪在匈牙利、奇瑞在西班牙均已布局工厂": each firm with its own place
                    pairs += _parallel(comp, firms, places, text, lang)
                for comp, hosts, city, host_m in pairs:
                    key = comp.key
                    for host in hosts:
                        if host == "CHN":
                            continue
                        if self.company_home.get(key) == host and comp.kind == "company" \
                                and host not in ("HKG",):
                            continue  # a firm's move in its own home country is not outbound
                        conf = 0.9 - (0.2 if not direct else 0) - (0.2 if fallback else 0) \
                            - (0.3 if t.kind == "weak" else 0) - (0.1 if comp.kind == "candidate" else 0)
                        status, st_m = self._status_for(t, ms, text, lang, triggers)
                        if t.key == "greenfield_plant" and _AT_OWN_PLANT.search(text[max(ss, t.start - 50):t.start]) \
                                and any(o.key == "plant_expansion" and o.end <= t.start for o in triggers):
                            # "adding a second assembly line at its plant in X": the plant
                            # exists already
                            status, st_m = "operating", None
                        sent_props.append(_Proposal(
                            si, comp, key, direct, host, host_m if host_m and host_m.key == host else min(
                                # "went live in Qatar and Kuwait": each host of a list is
                                # evidenced by its own name, the nearest in the sentence
                                (p for p in places if p.key == host and ss <= p.start < se),
                                key=lambda p: abs(p.start - t.start), default=None),
                            city if city is not None and city.key == host else None,
                            "construction_contract" if ((self.company_sector.get(key) in lx.CONTRACTOR_SECTORS or (
                                comp.kind == "candidate" and _CONTRACTOR_NAME.search(comp.text) is not None))
                            and (t.kind == "weak" or t.key in _BUILT_FOR_OTHERS)
                            # ("中国电建在老挝开发的项目": a builder's own investment)
                            and "own" not in t.flags
                            and not _OWN_OPERATION.search(text[max(ss, t.start - 25):t.start])) or (
                                # "chose CNNC to lead the consortium that will build the country's
                                # second nuclear power plant": a firm chosen to build, for a client
                                t.key in _BUILT_FOR_OTHERS and t.kind != "weak" and lang == "en"
                                and (_chosen_to_build(comp, t, text, ss)
                                     # "CNNC will lead the international consortium to build …"
                                     or _CONSORTIUM_TO_BUILD.match(text, comp.end, t.start))) else
                            # "Huayou and South Korea's LG Chem said they would jointly build a
                            # cathode plant": a plant built with a foreign firm is a venture
                            "joint_venture" if t.key == "greenfield_plant" and t.kind != "weak"
                            and ((_JOINTLY.search(text, max(ss, t.start - 70), t.start)
                                  and any(f.kind == "foreign" for f in firms))
                                 # "与RELC和Vision Industries签约，拟共同投资…在沙特建设…工厂"
                                 or (lang == "zh" and _SIGNED_JOINTLY_ZH.search(text[ss:t.start]))
                                 # "The venture plans to invest … in a smartphone plant"
                                 or (_VENTURE_SUBJECT.match(text[ss:t.start]) and not _OWN_BEFORE.search(
                                     text, max(ss, t.start - 30), t.start))
                                 # "has held 60% of the Chancay port project since 2019 in
                                 # partnership with local miner Volcan"
                                 or (lang == "en" and (ip := _IN_PARTNERSHIP.search(
                                     text, max(ss, t.start - 80), min(se, t.end + 80))) is not None
                                     and not px.search(r"[;]|\b(?:which|that|who)\b",
                                                       text[min(ip.end(), t.end):max(ip.start(), t.start)])
                                     # (not "a data centre complex … in partnership with": a
                                     # facility of another kind)
                                     and not any(o.key != t.key and 0 <= t.start - o.end <= 2 for o in triggers))
                                 # "a battery plant in Slovakia with InoBat", "its joint
                                 # venture with Invenergy began producing at a factory"
                                 or (lang == "en" and _built_with_partner(t, comp, firms, triggers, text, se,
                                                                          host_m if host_m and host_m.key == host else None))) else
                            # "won a contract to supply … for GAC Aion's Rayong plant": the
                            # supplier sets up nothing there
                            "other" if t.key in ("greenfield_plant", "plant_expansion") and t.kind != "weak"
                            and _SUPPLY_FOR.search(text[ss:t.start]) else t.key,
                            t, t.kind == "weak",
                            status, st_m, self._money_for(t, ms, text, triggers), self._date_for(t, ms, triggers, text, ref_year),
                            self._partner_for(t, comp, ms), round(max(conf, 0.1), 2),
                            rumour and not _fact_clause(t, [m for m in ms if m.kind == "rumour"], text, ss, se),
                            attach_only, displaced))
                        if (sent_props[-1].move_type in ("greenfield_plant", "plant_expansion") or (
                                sent_props[-1].move_type == "other" and t.text.lower() in _FACILITY_WORDS)) \
                                and self.company_sector.get(key) in lx.DATA_CENTER_SECTORS:
                            # "plans to add capacity in Mexico, where it already operates
                            # facilities": a cloud firm's capacity is data centres
                            # ("new facilities in Brazil, France and the Netherlands", "its
                            # Bangkok site": a cloud firm's sites are data centres, as plainly
                            # as if the word were written)
                            if sent_props[-1].move_type == "other" and sent_props[-1].host_mention is not None:
                                sent_props[-1].weak = sent_props[-1].attach_only = False
                            sent_props[-1].move_type = "data_center"
            if rumour and any(w in text[ss:se].lower() for w in lx.SPECULATION[lang == "zh"]):
                # "据知情人士透露，TOP TOY正在筹备赴港上市": a rumour of preparations
                sent_props = [p for p in sent_props if not p.rumour]
            if deny and lang == "zh" and not rumour:
                # "容百科技的工厂已投产多年，公司表示暂无扩产计划": the denial speaks for
                # its own clause and what follows, not for the facts before it
                d = _DENY_ZH.search(text, ss, se)
                dpos = min([m.start for m in ms if m.kind == "denial"] + ([d.start()] if d else []))
                cut = max(text.rfind("，", ss, dpos), text.rfind("；", ss, dpos), ss)
                # (not one placed in the denial: "海外工厂布局有利于…，"目前没有在美国建厂的安排"")
                kept = [p for p in sent_props if p.trigger.end <= cut
                        and not (p.host_mention is not None and p.host_mention.start > cut)]
                sent_props = [p for p in sent_props if p.trigger.end > cut]
            elif deny and lang == "en" and not rumour:
                # "Zoomlion still owns Italy's CIFA, acquired in 2008, … but says it has no
                # plans for new factories abroad": the denial after "but" is its own clause's
                dpos = min(m.start for m in ms if m.kind == "denial")
                cut = max((b.start() for b in _BUT_CLAUSE_EN.finditer(text, ss, dpos)), default=ss)
                kept = [p for p in sent_props if p.trigger.end <= cut]
                sent_props = [p for p in sent_props if p.trigger.end > cut]
            else:
                kept = []
            if lang == "en" and _UNAWARE_EN.search(text, ss, se):
                # "Tabloids reported that BYD would build a car plant near Niš. The ministry
                # said it had \"no information\" about such a project": the rumour told just
                # before is not confirmed (this sentence's own facts stand)
                for p in proposals:
                    if p.rumour and si - 2 <= p.sent < si:
                        denied.add((p.company_key, p.host))
            if deny:
                for p in sent_props:
                    denied.add((p.company_key, p.host))
                for c in companies or ([topic] if topic else []):
                    for pl in places:
                        if not (lang == "en" and kept and pl.start < cut):
                            denied.add((c.key, pl.key))
                    if not places:
                        # "有市场传言称南玻A将在美国投资建厂。对此，南玻A…否认": the denial
                        # names no place; it answers the rumour just told
                        for p in proposals:
                            if p.rumour and p.sent >= si - 2:
                                denied.add((p.company_key, p.host))
                sent_props = []
            sent_props = kept + sent_props
            merged = _one_per_pair(sent_props, text)
            proposals.extend(merged)
            if any(p.company_direct or not p.attach_only for p in sent_props):
                last_prop_sent = si
            # the kind of the last move told ("a joint venture to build a plant" is a venture)
            strong = [p for p in merged if not p.weak]
            if strong:
                last_type = strong[-1].move_type
            for p in sent_props:
                if p.host_mention is not None:
                    last_host[p.company_key] = (si, p.host_mention)
            if hs := {p.host for p in sent_props if p.host_mention is not None}:
                for name, _, _ in _asset_names(ms, text, ss, se, lang, told=True):
                    h = next(iter(hs))
                    asset_host[name] = h if len(hs) == 1 and asset_host.get(name, h) == h else None
            # (not a place glued to a firm, which it describes: "美国霍尼韦尔在济南设立研发中心",
            # "在阿联酋比亚迪经销商附近")
            foreign_here = [pl for pl in places if pl.key not in _FRAME_EXCLUDED and not any(
                0 <= f.start - pl.end <= (3 if f.kind == "foreign" else 0) for f in firms) and not any(
                c.key == "CHN" and c.start > pl.end and not px.search(r"[，。；,;]", text[pl.end:c.start])
                for c in places)]
            if foreign_here:
                para_place = (si, foreign_here[-1])
            elif places:
                para_place = None  # a domestic place since: the paragraph has moved home
            if places and all(pl.key == "CHN" for pl in places):
                # "小米汽车的全部产能均位于北京亦庄。小米汽车工厂二期已于今年建成": the firm's
                # last place is now at home, so a following plant is domestic
                for k in {c.key for c in companies} or ({topic.key} if topic is not None and (
                        anaphor or lang == "zh") else set()):
                    last_host[k] = (si, places[0])
            if chrono_comp is not None and not companies:
                # "2019年6月 俄罗斯图拉工厂竣工投产。该厂总投资约5亿美元": the line's firm is
                # what "该厂" and the lines after speak of
                topic, topic_sent = chrono_comp, si
            if companies:
                # "由瑞幸咖啡创始人陆正耀创办", "Luckin founder Lu Zhengyao": a firm naming a
                # person's role is not what the article goes on about
                subjects = [c for c in companies if not _ROLE_AFTER.match(text, c.end)
                            # "与顺丰相比，中通快递更早…", "Unlike BYD, Chery …": the yardstick
                            and not _yardstick(c, text)
                            and not (lang == "zh" and _investor_zh(c, text))]
                if subjects or sent_props or topic is None \
                        or topic.key in {c.key for c in companies}:
                    # the firm that made the sentence's move is what "it" refers to next
                    # ("It raised $3.2 billion, the second-largest IPO after CATL's": a
                    # sentence naming only a yardstick goes on about the firm it refers to)
                    topic = sent_props[0].company if sent_props and (
                        sent_props[0].company_direct or not subjects) \
                        else (subjects or companies)[0]
                    topic_sent = si
                    for c in companies:
                        if c.key not in last_host:
                            near = [pl for pl in places if pl.key != "CHN"]
                            if near:
                                last_host[c.key] = (si, near[0])
                elif anaphor and topic is not None:
                    topic_sent = si  # "本集团为中国五矿旗下…": the owner named, the topic kept
            elif firms and firms[0].kind == "foreign" and not text[dateline_end:firms[0].start].strip(" \"“'‘"):
                # "Stellantis, meanwhile, has scaled back its own battery ambitions.": a
                # foreign subject; "its venture" in the next sentence is not the Chinese firm's
                set_aside, topic = (topic, topic_sent), None
            elif anaphor and topic is not None:
                topic_sent = si
        proposals = [p for p in proposals
                     if not ((p.company_key, p.host) in denied and p.rumour)]
        first_name: dict[str, Mention] = {}
        for m in mentions:
            if m.kind == "candidate" and m.key not in first_name:
                first_name[m.key] = m
        # a headline is a first line without a full stop
        headline = 0 if len(sents) > 1 and "\n" in text[sents[0][1]:sents[1][0]] and \
            not px.search(r"[.。!?！？]\W*$", text[sents[0][0]:sents[0][1]]) else None
        # the sentences spoken in an interview with a firm, which speak of its plants as
        # things both sides know ("The Rayong plant started production last July")
        spoken = frozenset(si for si, (ss, _) in enumerate(sents) if interview is not None
                           and interview.firm is not None and ss >= min(interview.labels))
        return _units_over_parents(self._merge(proposals, text, ref_year, first_name, headline, spoken),
                                   self.company_parent, text)

    # -- the parts -----------------------------------------------------------------------
    @staticmethod
    def _frame(text: str, mentions: list[Mention], sents: list[tuple[int, int]], lang: str
               ) -> tuple[Mention | None, Mention | None, Mention | None]:
        """The article's own place: the country of the dateline ("DEBRECEN, Hungary, Feb 20
        (Reuters) -", "JAKARTA, June 29") or else of the headline, when it is also the foreign
        country the article names most. Hong Kong and China datelines frame nothing.

        Returns the frame, its city, and the dateline's place (its city if it names one),
        which "here" refers to even where the article is mostly about another country."""
        places = [m for m in mentions if m.kind == "place" and m.extra != "exchange"
                  and "home" not in m.flags]
        counts: dict[str, int] = {}
        for m in places:
            if m.key not in _FRAME_EXCLUDED:
                counts[m.key] = counts.get(m.key, 0) + 1
        # a dateline frames the article even when the body names no other place
        # ("MONTERREY, N.L. - … will build a plant in the municipality of Salinas Victoria")
        top = max(counts.values(), default=0)
        cand: list[Mention] = []
        city_m = None
        if lang == "en":
            for ss, se in sents[:5]:
                d = _DATELINE.match(text, ss, se) or _DATELINE_TITLE.match(text, ss, se)
                if not d:
                    continue
                names = [n.strip() for n in px.split(r"/", d.group("city"))]
                hits = [_dateline_place(n) for n in names]
                if d.group("region"):
                    hits = [h or _dateline_place(d.group("region")) for h in hits]
                isos = {h[0] for h in hits if h}
                if len(isos) == 1 and None not in hits:
                    iso, city = hits[0]
                    cand.append(Mention("place", d.start("city"), d.end("city"), iso, None,
                                        text[d.start("city"):d.end("city")], {"frame", "dateline"}))
                    if city:
                        city_m = Mention("place", d.start("city"), d.end("city"), iso, city,
                                         text[d.start("city"):d.end("city")], {"frame"})
                break
        if not cand and lang == "zh":
            # "新华社开罗2025年4月16日电": the place a Chinese wire story is filed from
            d = _DATELINE_ZH.search(text, 0, min(len(text), 300))
            if d:
                inside = [m for m in places if d.start("loc") <= m.start and m.end <= d.end("loc")]
                if inside and len({m.key for m in inside}) == 1:
                    m0 = inside[0]
                    cand.append(Mention("place", m0.start, m0.end, m0.key, None, m0.text, {"frame", "dateline"}))
                    if isinstance(m0.extra, str) and m0.extra not in ("demonym", "exchange"):
                        city_m = Mention("place", m0.start, m0.end, m0.key, m0.extra, m0.text, {"frame"})
        if not cand and len(sents) > 1 and "\n" in text[sents[0][1]:sents[1][0]]:
            hs, he = sents[0]
            isos = {m.key for m in places if hs <= m.start < he and m.extra != "demonym"}
            if len(isos) == 1:
                m0 = next(m for m in places if hs <= m.start < he and m.extra != "demonym")
                cand.append(Mention("place", m0.start, m0.end, m0.key, None, m0.text, {"frame"}))
        dateline = None
        if cand and "dateline" in cand[0].flags and cand[0].key not in _FRAME_EXCLUDED:
            dateline = city_m or cand[0]
        if cand and cand[0].key not in _FRAME_EXCLUDED and counts.get(cand[0].key, 0) + 1 >= top:
            return cand[0], city_m, dateline
        return None, None, dateline

    def _triggers(self, ms: list[Mention], text: str, ss: int, se: int,
                  last_type: str | None) -> list[Mention]:
        trig = [m for m in ms if m.kind in ("trigger", "weak")]
        for m in _ONE_MORE.finditer(text, ss, se):
            # "would build a second one in Turkey": the kind of the last thing named
            prev = [t for t in trig if t.kind == "trigger" and t.end <= m.start()]
            key = prev[-1].key if prev else last_type
            if key:
                trig.append(Mention("trigger", m.start(), m.end(), key, None, m.group()))
        if not any(t.key == "listing" for t in trig):
            for x in ms:
                # "Chagee raised $411 million on the Nasdaq": money raised on an exchange
                if x.kind == "place" and x.extra == "exchange" and px.search(
                        r"\b(?:raised|raises|raising|debuted|debuts)\b[^.;]{0,50}\b(?:on|in)\s+(?:the\s+)?$",
                        text[max(ss, x.start - 70):x.start]):
                    trig.append(Mention("trigger", x.start, x.end, "listing", None, x.text))
        if text.find("%", ss, se) >= 0 or text.find(" per", ss, se) >= 0:
            for m in _SHARE_OF_FIRM_EN.finditer(text, ss, se):
                # "has owned 49.9% of Proton since 2017", "We have held 34% of Renault Korea":
                # a share of a foreign firm held is a stake bought
                if _free(trig, m.start(), m.end()) and any(
                        f.kind == "foreign" and f.start == m.end() for f in ms):
                    trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "acquisition", None, m.group("verb")))
        if text.find(" chain", ss, se) >= 0:
            for m in _CHAIN_OPERATES_EN.finditer(text, ss, se):
                # "The chain also operates in Malaysia, Thailand and the Philippines": a chain
                # is where its shops are
                if _free(trig, m.start(), m.end()):
                    trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "retail_store", None, m.group("verb")))
        if not any(t.key == "licensing" for t in trig) and text.find(" with ", ss, se) >= 0:
            for m in _DRUG_DEAL_EN.finditer(text, ss, se):
                # "entered into an agreement with the UK's GSK covering HRS-9821, a PDE3/4
                # inhibitor": a drugmaker's deal over a compound of its own is a licence
                if _free(trig, m.start("noun"), m.end("noun")) and any(
                        f.kind == "foreign" and m.start("partner") <= f.start < m.end("partner") for f in ms):
                    trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "licensing", None, m.group("noun")))
        if text.find(" by ", ss, se) >= 0:
            for p in ms:
                # "The Indonesia Morowali Industrial Park (IMIP), developed by Tsingshan …": a
                # park named as a place is a site its developer built
                if p.kind == "place" and _PARK_NAME.search(p.text) and _DEVELOPED_BY_EN.match(text, p.end, se) \
                        and _free(trig, p.start, p.end):
                    trig.append(Mention("trigger", p.start, p.end, "greenfield_plant", None, p.text))
            for w in _PARK_WORD_EN.finditer(text, ss, se):
                # "That park was developed by Tsingshan Holding Group together with …"
                if _DEVELOPED_BY_EN.match(text, w.end(), se) and _free(trig, w.start("noun"), w.end("noun")):
                    trig.append(Mention("trigger", w.start("noun"), w.end("noun"), "greenfield_plant", None, w.group("noun")))
        if not any(t.key == "listing" for t in trig) and text.find("epositary", ss, se) >= 0:
            for m in _LISTED_ADS.finditer(text, ss, se):
                # "the holding company listed American depositary shares on the New York Stock
                # Exchange" ("American" is read as a place, so no phrase of the lexicon holds it)
                trig.append(Mention("trigger", m.start(), m.end(), "listing", None, m.group()))
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text.lower() in ("facility", "facilities", "site", "sites", "campus") \
                    and px.search(r"\b(?:stor(?:e|es|ing|ed)|host(?:s|ing|ed)?|process(?:es|ing|ed)?)\s+"
                                  r"(?:[\w'-]+\s+){0,3}data\b[^.;]{0,30}$", text[max(ss, m.start - 70):m.start]):
                # "began storing European users' data at a facility in Dublin": a data centre
                trig[i] = Mention("trigger", m.start, m.end, "data_center", None, m.text)
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text.lower() in ("facility", "site", "campus") and (prior := next((
                    o for o in reversed(trig[:i]) if o.kind == "trigger" and o.key in _SITE_TYPES), None)) \
                    and _AND_AT_ANOTHER.fullmatch(text, prior.end, m.start):
                # "stores users' data at a facility in Dublin that came online in 2023 and at a
                # campus in Hamar, Norway": a second site told in the same breath is of its kind
                trig[i] = Mention("trigger", m.start, m.end, prior.key, None, m.text)
        # "has produced 500 buses for Santiago", "had produced a favourable ruling": making
        # is a plant only where the goods are made in a place
        trig = [m for m in trig if not (m.text.lower() in _PERFECT_MAKING and not _MADE_IN.match(text, m.end, se))]
        for i, m in enumerate(trig):
            by = _BUILT_BY.match(text, m.end) if m.kind == "weak" and m.key == "construction_contract" \
                and m.text.lower() in ("built", "constructed") else None
            if m.kind == "weak" and m.key == "joint_venture" and m.text.lower().startswith("joint ") \
                    and (w := _PARTNER_WITH.search(text, ss, m.start)) \
                    and (any(f.kind in ("company", "candidate", "foreign") and w.start("partner") <= f.start
                             < w.start("partner") + 32 for f in ms) or _FIRM_WORD_LAST.search(w.group())) \
                    and not _STATE_PARTY.search(w.group()) \
                    and not any(o.kind == "trigger" and o.key == "construction_contract" for o in trig):
                # "a battery programme with state-owned Indonesia Battery Corporation (IBC),
                # a joint effort valued at US$6 billion": a venture with the firm named (not
                # "a contract with Nepal's government …, a joint project": a work it builds)
                trig[i] = Mention("trigger", m.start, m.end, m.key, None, m.text)
                continue
            if m.kind == "weak" and m.key == "greenfield_plant" and m.text.lower() in _MINE_WORDS \
                    and _MINE_PRODUCING.match(text, m.end, se) \
                    and any(f.kind in _COMPANY_KINDS and ss <= f.start and f.end <= m.start for f in ms):
                # "马里的Goulamina锂矿2024年底开始出矿", "Ganfeng's Goulamina mine shipped its
                # first spodumene": a mine in production is a site of the firm's own, however
                # it came to own it
                trig[i] = Mention("trigger", m.start, m.end, m.key, None, m.text)
                continue
            if by and (led := _LED_BY.match(text, by.end())):
                by = led  # "built by a consortium led by China Railway Group": its leader
            if by and any(f.kind in _COMPANY_KINDS and f.start == by.end() for f in ms):
                # "The station … was built by Sinohydro Corporation": the builder named
                # after a passive is the contractor, as plainly as "Sinohydro built it"
                trig[i] = Mention("trigger", m.start, m.end, m.key, None, m.text)
        # "尚需取得泰国当地投资许可、环评等审批程序": a permit still to be applied for, not a
        # licence deal (a licence granted, "牌照申请…获得金融管理局批准", stays)
        trig = [t for t in trig if not (t.key == "licensing" and t.text in ("许可", "许可证", "执照", "牌照")
                                        and _PERMIT_AFTER_ZH.match(text, t.end, min(se, t.end + 16))
                                        and _PENDING_ZH.search(text, ss, t.start)
                                        and not _GRANTED_ZH.search(text, t.end, _clause_end_zh(text, t.end, se)))]
        # "借助海外车企现成的工厂进入巴西", "利用雷诺位于巴拉那州的工厂生产": a plant used is
        # someone else's
        trig = [t for t in trig if not (t.key in _PLANT_TYPES and t.text == "工厂" and (u := _USED_PLANT_ZH.search(
            text, max(ss, t.start - 24), t.start)) and (u.group("ready") or any(
                f.kind == "foreign" and u.start() <= f.start < t.start for f in ms)))]
        if text.find("总部", ss, se) >= 0:
            for p in ms:
                # "比亚迪巴西总部设于圣保罗州坎皮纳斯": a firm's headquarters for a country
                if p.kind == "place" and p.key not in ("CHN", "HKG", "MAC") and text.startswith("总部", p.end) \
                        and any(f.kind in _COMPANY_KINDS and f.end == p.start for f in ms) and _free(trig, p.end, p.end + 2):
                    trig.append(Mention("trigger", p.end, p.end + 2, "office_hq", None, "总部"))
        if text.find("投资", ss, se) >= 0 or text.find("开发的", ss, se) >= 0:
            for m in _INVESTED_BUILT_ZH.finditer(text, ss, se):
                # "上海电气投资建设的…煤电一体化项目": what a firm invests in and builds is its own
                if not any(t.kind == "trigger" and m.start() <= t.start < m.end() for t in trig):
                    trig = [t for t in trig if not (t.kind == "weak" and m.start() <= t.start < m.end())]
                    trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "greenfield_plant", None,
                                        m.group("noun"), {"own"}))
        for i, t in enumerate(trig):
            if t.kind == "trigger" and t.key == "acquisition" and (co := _CO_DEVELOP_ZH.match(text, t.end, se)) \
                    and any(f.kind == "foreign" and co.start() <= f.start < co.end() for f in ms) \
                    and px.search(r"(?:持有|持股|参股|出资)[^，。；]{0,16}$", text[max(ss, t.start - 20):t.start]):
                # (not "收购了项目公司24.01%的股权，与迪拜水电局…共同投资": a share bought)
                # "晶科电力则作为股东持有项目公司20%股权，与阿布扎比国家能源公司、马斯达尔…共同
                # 开发": a share of a project held with foreign partners is a venture
                trig[i] = Mention("trigger", t.start, t.end, "joint_venture", None, t.text)
        for m in (_MODES_ZH.finditer(text, ss, se)
                  if sum(text.find(w, ss, se) >= 0 for w in _MODE_WORDS_ZH) >= 2 else ()):
            # "吉利控股集团更擅长通过合资和参股，借助海外车企现成的工厂": ways of going abroad
            # named together are a habit, not a move
            trig = [t for t in trig if not (m.start() <= t.start and t.end <= m.end())]
        if (lic := next((t for t in trig if t.kind == "trigger" and t.key == "licensing"), None)) is not None:
            # "agreed to license its cell-to-pack technology to Arun Plus … for a battery-pack
            # assembly line in Thailand": the line the licence is for is the licensee's
            trig = [t for t in trig if not (t.key in _PLANT_TYPES and t.start > lic.end and px.search(
                r"\bfor\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}$", text[max(lic.end, t.start - 50):t.start]))]
            # "将…新药…权益许可给美国Kailera，获得1.1亿美元首付款及Kailera 19.9%的股权", "will
            # receive $110 million upfront and a 19.9% stake in Kailera": a stake taken as part
            # of a licence's price is the licence, not a purchase
            trig = [t for t in trig if not (t.key == "acquisition" and t.start > lic.end and _PAID_IN_STAKE.search(
                text, max(lic.end, t.start - 40), t.start))]
        for hq in [t for t in trig if t.key == "office_hq" and t.text.lower().startswith("headquarter")
                   and px.search(r"\bwith\s+its\s+(?:global\s+)?$", text[max(ss, t.start - 16):t.start])]:
            # "launched Horse Powertrain, a 50:50 joint venture making …, with its headquarters
            # in London": the venture's seat is where the venture is, not an office of its own
            jv = next((t for t in reversed(trig) if t.end <= hq.start and t.kind == "trigger"
                       and t.key == "joint_venture" and hq.start - t.end <= 120), None)
            if jv is not None:
                trig = [Mention("trigger", t.start, t.end, "joint_venture", None, t.text) if t is hq else t
                        for t in trig if t is not jv]
        for jv in [t for t in trig if t.kind == "trigger" and t.key == "joint_venture"
                   and _BUILT_AS_EN.search(text, max(ss, t.start - 40), t.start)]:
            # "The cell plant in Karawang is being built as a joint venture with IBC": the
            # plant is the venture, told of the plant's subject
            site = next((t for t in reversed(trig) if t.end <= jv.start and t.kind == "trigger"
                         and t.key in _PLANT_TYPES), None)
            if site is not None:
                trig = [Mention("trigger", t.start, t.end, "joint_venture", None, t.text) if t is site else t
                        for t in trig if t is not jv]
        for i, m in enumerate(trig):
            if m.key == "listing" and px.search(r"(?:债券|债|票据)[^，。；]{0,12}$", text[max(ss, m.start - 20):m.start]) \
                    and not px.search(r"股|H股|IPO", text[max(ss, m.start - 12):m.start]):
                # "发行了20亿美元可转换公司债券，债券在香港联交所上市": bonds listed raise money
                trig[i] = Mention("trigger", m.start, m.end, "financing", None, m.text)
        invested = (_INVESTED_IN["zh"],) if text.find("认购", ss, se) >= 0 else \
            (_INVESTED_IN["en"], _SUBSCRIBED_EN) if text.find(" into ", ss, se) >= 0 or text.find(" in ", ss, se) >= 0 and any(
                m.kind == "money" for m in ms) else ()
        for m in (m for rx in invested for m in rx.finditer(text, ss, se)):
            # "CYVN Holdings … injected $2.2 billion into NIO", "CYVN两次认购蔚来新股": a
            # foreign investor's money taken in by the Chinese firm is its financing abroad
            para = text.rfind("\n", 0, ss) + 1
            if px.search(r"授权|授予|许可|\blicen[cs]", text[para:m.start()]):
                continue  # "…权益授权给美国辉瑞公司…。辉瑞同时将以1亿美元认购三生制药的新股": part of a licence
            investee = next((f for f in ms if f.kind == "company" and f.start == m.start("firm")), None)
            # ("Lenovo Group and Alat … have finalized a partnership under which Alat will
            # invest $2 billion in Lenovo": the investee named before is no investor)
            investor = [f for f in ms if f.kind in ("foreign", "company", "candidate") and ss <= f.start < m.start()
                        and (investee is None or f.key != investee.key)]
            inside = [t for t in trig if t.kind == "trigger" and t.start < m.end() and m.start() < t.end]
            if m.re is _SUBSCRIBED_EN and all(t.key == "financing" for t in inside):
                # ("… bonds convertible into Lenovo shares": the bonds are the firm's, taken up)
                trig = [t for t in trig if t not in inside]
                inside = []
            if investee is not None and not any(f.kind != "foreign" for f in investor) and not inside:
                trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "financing", None, m.group("verb"),
                                    {"investee"}))
        if text.find("认购", ss, se) >= 0:
            for m in _SUBSCRIBED_SHARES_ZH.finditer(text, ss, se):
                # "海信家电以约214亿日元认购日本三电控股定向增发股份": a foreign firm's new shares
                # taken up by the Chinese subject is a stake bought (not "CYVN认购蔚来新股",
                # a foreign investor's money, which the pattern above reads)
                if any(p.kind == "place" and p.key != "CHN" and p.key not in _SAR and m.start("target") <= p.start < m.end("target")
                       for p in ms) \
                        and not any(f.kind == "foreign" and ss <= f.start < m.start() for f in ms) \
                        and _free(trig, m.start(), m.end()):
                    trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "acquisition", None, m.group("verb")))
        for mo in (m for m in ms if m.kind == "money" and any(
                w in text[max(ss, m.start - 24):m.start] for w in ("raise", "receiv"))):
            # "NIO raised $2.2 billion from Abu Dhabi's CYVN Holdings": money raised from an
            # investor is financing
            v = _RAISED_BEFORE.search(text, max(ss, mo.start - 24), mo.start)
            if v and _RAISED_AFTER.match(text, mo.end) and _free(trig, v.start(), mo.end):
                trig.append(Mention("trigger", v.start("verb"), v.end("verb"), "financing", None, v.group("verb")))
        for m in _OWNS_FIRM.finditer(text, ss, se):
            # "Geely, which has owned Sweden's Volvo Cars since 2010": a foreign firm owned is
            # one bought
            # (its country named, as news does of a firm bought abroad: not "the giant that
            # owns BorsodChem", "which also controls Amer Sports")
            if any(f.kind == "foreign" and _OWNED_GAP.fullmatch(text, m.end(), f.start) for f in ms) \
                    and any(p.kind == "place" and p.key != "CHN" and px.fullmatch(r"\s+", text[m.end():p.start])
                            for p in ms) \
                    and _free(trig, m.start(), m.end()):
                trig.append(Mention("trigger", m.start(), m.end(), "acquisition", None, m.group()))
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text == "基地" and any(
                    p.kind == "place" and p.key != "CHN" and 0 <= m.start - p.end <= 4
                    and px.fullmatch(r"[\u4e00-\u9fff]{0,4}", text[p.end:m.start]) for p in ms) \
                    and not px.search(r"(?:研发|物流|仓储|培训|销售|服务|创新|试验|测试|实验|营销)$", text[max(ss, m.start - 2):m.start]) \
                    and px.match(r"[^，。；]{0,8}?(?:运营|运行|投产|建设|在建|开工|建成|落成)", text[m.end:se]):
                # "爱尔兰邓多克基地运营稳定，新加坡基地正在建设中": a base called by its place,
                # told as running or being built, is a plant (not "韩国基地的产品将主要供应…",
                # the base of an expansion told elsewhere)
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
        if text.find("开服", ss, se) >= 0 and text.find("云", ss, se) >= 0 and text.find("游", ss, se) < 0:
            for m in px.finditer(r"开服", text[ss:se]):
                # "华为云2023年在沙特利雅得开服": a cloud opening its service in a city runs
                # data centres there (not a game's servers, "《云顶之弈》手游在韩国开服")
                if px.search(r"[\u4e00-\u9fff]{2}云(?=\d|在|于|已|将|也|亦|则|正式|宣布|首)[^，。；]{0,24}$",
                             text[ss:ss + m.start()]) and _free(trig, ss + m.start(), ss + m.end()):
                    trig.append(Mention("trigger", ss + m.start(), ss + m.end(), "data_center", None, "开服"))
        if text.find("loud", ss, se) >= 0:
            for m in _CLOUD_REGION.finditer(text, ss, se):
                # "Huawei Cloud has run a Riyadh region since 2023": a cloud's region is
                # its data centres there
                if _free(trig, m.start(), m.end()):
                    trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "data_center", None, m.group("noun")))
        for m in _CAPACITY_PLANNED_ZH.finditer(text, ss, se):
            # "同样在阿曼规划了5GW高效电池产能": capacity planned abroad is a plant
            if _free(trig, m.start(), m.end()):
                trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "greenfield_plant", None, m.group("noun")))
        for m in _GAINED_INTEREST_ZH.finditer(text, ss, se):
            # "以约1.18亿美元取得…项目公司51%的权益": an interest bought, in the words of a filing
            if _free(trig, m.start(), m.end()):
                trig = [t for t in trig if not (t.start < m.end() and m.start() < t.end)]
                g = "noun" if m.group("noun") else "held"
                trig.append(Mention("trigger", m.start(g), m.end(g), "acquisition", None, m.group(g)))
        for i, m in enumerate(trig):
            if m.key == "plant_expansion" and m.text == "二期" and px.search(r"一期?(?:和|及|、|与|以及)$", text[max(ss, m.start - 3):m.start]):
                # "德布勒森工厂一期和二期项目建设", "一、二期建设": both phases are the plant itself
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
            elif m.key == "rnd_center" and px.search(r"(?:生产|制造|产业化)(?:和|及|与|、)$|\b(?:production|manufacturing)\s+and\s+$",
                                                    text[max(ss, m.start - 16):m.start]):
                # "它在美国新泽西州霍普韦尔建的生产和研发基地": a plant that also does research
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
            elif m.kind == "weak" and m.text == "项目" and text[max(ss, m.start - 2):m.start] == "一期" \
                    and px.match(r"[^，。；]{0,12}?(?:投产|建成|开工|动工|运营|试生产|量产|建设中|在建)", text[m.end:m.end + 16]):
                # "恩捷匈牙利一期项目已于2024年投产": the first phase of a project is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
        for m in _SERVICE_LAUNCH.finditer(text, ss, se):
            # "Keeta在巴西桑托斯正式上线", "launched its Keeta delivery app in Brazil": a service
            # going live in a market is a move of its own (type other)
            if any(t.start < m.end() and m.start() < t.end for t in trig) or px.search(
                    r"(?:车型|新车|新品|产品|手机|机型|游戏|系列|版本|功能|剧集|电影|药物|车款)[^，。；]{0,14}$",
                    text[ss:m.start()]):
                continue  # "小米新车型在泰国上线": a product launched, no move
            trig.append(Mention("trigger", m.start(), m.end(), "other", None, m.group()))
        # "The Seal will launch in Japan next month": a product launched, no service
        trig = [m for m in trig if not (m.kind == "weak" and m.text.lower().startswith(("launch", "went live", "goes live"))
                                        and _PRODUCT_BEFORE.search(text, max(ss, m.start - 60), m.start))]
        for m in _INTEREST_TAKEN_ZH.finditer(text, ss, se):
            # "于2010年以13.5亿美元取得该区块项目权益", "获得了布兹奥斯油田5%的权益": a stake taken
            if not any(t.start < m.end() and m.start() < t.end for t in trig):
                trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "acquisition", None, m.group("noun")))
        for m in _RIGHTS_GRANTED_ZH.finditer(text, ss, se):
            # "将其…的全球权益（不含大中华区）授予丹麦诺和诺德": rights granted are a licence
            if not any(t.start < m.end() and m.start() < t.end for t in trig):
                trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "licensing", None, m.group("verb")))
        if any(t.key == "retail_store" and t.kind == "trigger" for t in trig):
            for i, m in enumerate(trig):
                if m.kind == "weak" and m.key == "office_hq" and m.text.lower() in ("branch", "branches", "分店"):
                    # "over 100 stores in Malaysia, plus branches in Singapore": a chain's
                    # branches are more of its shops
                    trig[i] = Mention("trigger", m.start, m.end, "retail_store", None, m.text)
        for m in _NEW_LINE.finditer(text, ss, se):
            # "a second processing line", "the second train", "第二条产线": more capacity at
            # a plant, whatever the line is called
            trig = [t for t in trig if not (t.start < m.end() and m.start() < t.end)]
            trig.append(Mention("trigger", m.start(), m.end(), "plant_expansion", None, m.group()))
        # "塞尔维亚已成为紫金在海外最重要的铜生产基地之一": what a place has become, no move
        trig = [m for m in trig if not (text.startswith("之一", m.end) and px.search(
            r"(?:成为|变成|跻身)[^，。；]*$", text[ss:m.start]))]
        # "根据招股书", "招股书显示": the prospectus cited, not a listing
        trig = [m for m in trig if not (m.key == "listing" and text.startswith("书", m.end) and (
            px.search(r"(?:根据|据|按照|从|依据)$", text[max(ss, m.start - 2):m.start])
            or px.match(r"书(?:显示|披露|称|提到)", text[m.end:m.end + 4])))]
        # "took control of Gorenje …, giving it plants in Velenje and Serbia": what a purchase
        # brought with it is part of that purchase, not a plant of its own
        trig = [m for m in trig if not (m.key in lx.SITE_TYPES and _CAME_WITH.search(
            text, max(ss, m.start - 50), m.start) and any(
            t.key == "acquisition" and t.end <= m.start for t in trig))]
        # "shipped its modules to projects in the Middle East, including large utility-scale
        # plants in the UAE": the customers' plants that goods went to, no site of the seller
        trig = [m for m in trig if not (m.key in lx.SITE_TYPES and _SHIPPED_TO.search(
            text, max(ss, m.start - 120), m.start))]
        # "took over the 3Q project through its C$960 million purchase of Canada's Neo
        # Lithium": the purchase is how the move was made, not a second move
        trig = [m for m in trig if not (m.key == "acquisition" and _THROUGH_DEAL.search(
            text, max(ss, m.start - 40), m.start) and any(
            t.key == "acquisition" and t.kind == "trigger" and t.end <= m.start for t in trig))]
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.key == "greenfield_plant" and m.text.lower() in _MAKING_WORDS \
                    and _BEGAN.search(text, max(ss, m.start - 20), m.start) and not any(
                        t.key == "acquisition" and t.end <= m.start for t in trig):
                # (not "took over GM's plant in Rayong in 2020 and began making cars there":
                # production at the plant it bought)
                # "the company began assembling cars from imported kits in July at a former
                # Ford site in Camacari": production started somewhere is a plant there
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
        for m in (_INTO_PRODUCTION.finditer(text, ss, se) if text.find("into ", ss, se) >= 0 else ()):
            # "has brought the Cukaru Peki copper-gold mine into production": a site of its own
            noun = [t for t in trig if t.start < m.end("noun") and m.start("noun") < t.end]
            trig = [t for t in trig if t not in noun]
            trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "greenfield_plant", None, m.group("noun"),
                                {"own"}))
        for m in _TOOK_INVESTMENT_ZH.finditer(text, ss, se):
            # "蔚来去年12月完成阿布扎比CYVN Holdings约22亿美元战略投资": money a foreign investor
            # put into the firm is the firm's financing there
            if not any(p.kind in ("place", "foreign") and m.start("investor") <= p.start < m.end("investor") for p in ms) \
                    or any(t.start < m.end("noun") and m.start("noun") < t.end for t in trig if t.kind == "trigger"):
                continue
            trig = [t for t in trig if not (t.start < m.end("noun") and m.start("noun") < t.end)]
            trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "financing", None, m.group("noun"), {"investee"}))
        for m in _INVESTED_BY_ZH.finditer(text, ss, se):
            # "由中国电力国际有限公司投资、中国电建承建的江布尔州札纳塔斯100兆瓦风电项目": the
            # investor owns what it paid for (the builder's is a contract of its own)
            trig = [t for t in trig if not (t.start < m.end("verb") and m.start("verb") < t.end)]
            trig.append(Mention("trigger", m.start("verb"), m.end("verb"), "greenfield_plant", None, m.group("verb"),
                                {"owner"}))
        for m in (_IN_PRODUCTION_ZH.finditer(text, ss, se) if text.find("投产", ss, se) >= 0 else ()):
            # "公司控股的马里Goulamina锂辉石项目已于2024年底投产": a project of the firm's in
            # production is a site of its own (not "二期项目已投产", an expansion's)
            if any(t.kind == "trigger" and t.start < m.end("noun") and m.start("noun") < t.end for t in trig) \
                    or any(t.key == "plant_expansion" and ss <= t.start < m.end() for t in trig):
                continue
            trig = [t for t in trig if not (t.start < m.end("noun") and m.start("noun") < t.end)]
            trig.append(Mention("trigger", m.start("noun"), m.end("noun"), "greenfield_plant", None, m.group("noun"),
                                {"own"}))
        # "received $700 million from Volkswagen in exchange for a 4.99% stake": the stake
        # the investor takes, no purchase of the firm's
        trig = [m for m in trig if not (m.key == "acquisition" and m.text.lower() in lx.STAKE_WORDS and px.search(
            r"\bin\s+(?:exchange|return)\s+for\s+(?:a|an|the)?\s*(?:[\d.]+\s*%\s+|(?:minority|majority)\s+)?$",
            text[max(ss, m.start - 50):m.start]))]
        # "Huaxin Cement, the group in which Switzerland's Holcim has long held a large
        # stake": another's stake in the firm, no purchase of the firm's
        trig = [m for m in trig if not (m.key == "acquisition" and _STAKE_IN_WHICH.search(
            text, max(ss, m.start - 80), m.start))]
        # "the price war … has spilled into Thai showrooms": a country's shops, not the firm's
        trig = [m for m in trig if not (m.key == "retail_store" and _MARKET_SHOPS.search(
            text, max(ss, m.start - 40), m.start))]
        # "growing … without buying anything", "不新建工厂": a move not made
        trig = [m for m in trig if not _NEGATED.search(text, max(ss, m.start - 25), m.start)]
        # "lenders tightened auto loans", "car-buyer financing": credit for consumers
        trig = [m for m in trig if not (m.key == "financing" and _CONSUMER_CREDIT.search(
            text, max(ss, m.start - 25), m.start))]
        # "拟通过在新加坡设立的全资子公司，在马来西亚投资", "through its Singapore
        # subsidiary": a vehicle for another move, not an office of its own
        trig = [m for m in trig if not (m.kind == "weak" and (px.search(r"通过[^，。；]{0,12}$", text[max(ss, m.start - 14):m.start]) or (
            m.key == "office_hq" and px.search(r"\bthrough\s+(?:its|a|an|the)\s+(?:[\w-]+\s+){0,3}$", text[max(ss, m.start - 30):m.start]))))]
        # "acquired the China rights to Fila", "收购惠而浦中国业务": what is bought is at home
        trig = [m for m in trig if not (m.key == "acquisition" and (px.match(
            r"\s+(?:the\s+|its\s+|[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}'s\s+)?(?:mainland\s+)?(?:China|Chinese|Greater\s+China)\s+"
            r"(?:rights|business|businesses|operations?|unit|arm|division)\b", text[m.end:m.end + 60])
            or px.match(r"[^，。；]{0,12}(?:中国|大中华区?|中国区)(?:业务|权益|区权益|部门)", text[m.end:m.end + 20])))]
        # "turn Chancay into a regional hub for copper": what a place becomes, no office
        trig = [m for m in trig if not (m.key == "office_hq" and px.search(
            r"\b(?:into|become|becomes|becoming|became)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", text[max(ss, m.start - 30):m.start]))]
        # "refused to renew operators' licences", "mining licence": a permit, no licence of
        # a firm's technology
        trig = [m for m in trig if not (m.key == "licensing" and px.search(
            r"\b(?:renew|renewed|revoke|revoked|refuse|refused|suspend|suspended|"
            r"operators'|operating|export|import|mining|business|exploration|banking|telecom|broadcasting|"
            r"environmental|driving)\s+(?:[\w'-]+\s+){0,2}$", text[max(ss, m.start - 40):m.start], re.IGNORECASE))]
        # "把部分泰籍骨干送回顺德总部培训": the firm's home headquarters, no office abroad
        trig = [m for m in trig if not (m.key == "office_hq" and m.text == "总部" and px.search(
            r"(?:送回|送往|回到|返回|调回|派回)[^，。；]{0,6}$", text[max(ss, m.start - 10):m.start]))]
        # "a register at its site office in Naivasha": a builder's hut at a works, no office
        trig = [m for m in trig if not (m.key == "office_hq" and m.text.lower().startswith("office") and px.search(
            r"\b(?:site|camp|field)\s+$", text[max(ss, m.start - 8):m.start]))]
        # "had about 4,800 stores outside mainland China by its listing": a time, no listing
        trig = [m for m in trig if not (m.key == "listing" and px.search(
            r"\b(?:by|before|ahead\s+of|until|upon|at\s+the\s+time\s+of)\s+(?:its|their|the)\s+$",
            text[max(ss, m.start - 30):m.start]))]
        # "young office workers": people, not an office
        trig = [m for m in trig if not (m.key == "office_hq" and px.match(
            r"\s+(?:workers?|staff|employees|jobs|supplies|furniture|software|politics)\b", text[m.end:m.end + 16]))]
        # "to qualify for local financing programs", "loan costs": a word of a noun phrase
        # about money in general, no loan raised
        trig = [m for m in trig if not (m.key == "financing" and _CREDIT_NOUN.match(
            text, m.end))]
        firm_starts = {x.start for x in ms if x.kind in ("company", "candidate", "foreign")}
        # "公司全资子公司中国港湾工程有限责任公司与…签署", "its subsidiary Huaxin Investment":
        # a subsidiary named right after the word is the firm, not a new office
        trig = [m for m in trig if not (m.kind == "weak" and m.key == "office_hq" and any(
            m.end <= f <= m.end + 1 for f in firm_starts))]
        sector_ends = [x.end for x in ms if x.kind == "sector"]
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text in ("项目", "基地") and _CAPACITY_ZH.search(text, max(ss, m.start - 30), m.start):
                # "建设年产36万吨的聚酯纤维及纺纱项目": a project with an output is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text.lower() in _FACILITY_WORDS and _CAPACITY_EN.search(
                    text, max(ss, m.start - 40), m.start):
                # "The 100GWh project", "a 120,000-tonne-a-year complex": a facility with an
                # output is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
                continue
            if m.kind == "weak" and m.text == "基地" and any(
                    0 <= m.start - e <= 6 and px.fullmatch(r"[\u4e00-\u9fff]*", text[e:m.start]) for e in sector_ends) \
                    and not px.search(r"(?:成为|变成|作为|是)[^，。；]*$", text[ss:m.start]):
                # (not "博尔已成为紫金最重要的铜矿基地之一": what a place has become)
                # "负极材料一体化基地", "动力电池基地": a base named by what it makes is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
                continue
            if m.kind == "weak" and m.text.lower() in _FACILITY_WORDS and any(
                    0 <= m.start - e <= 12 and px.fullmatch(r"[\w-]*\s*", text[e:m.start]) for e in sector_ends):
                # "its planned solar-glass project in Gresik", "a cathode project in Morocco":
                # a facility named by what it makes is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
                continue
            if m.kind == "weak" and m.text.lower() in _FACILITY_WORDS and (_PRODUCES.match(
                    text, m.end, min(se, m.end + 120)) or _BEING_BUILT.match(text, m.end, min(se, m.end + 120))):
                # ("Its far larger site in Debrecen, Hungary, budgeted at €7.3bn, is still
                # under construction": a site being built is a plant)
                # "its drug substance facility in Dundalk, Ireland, … began commercial
                # manufacturing in 2023": a facility that produces is a plant
                trig[i] = Mention("trigger", m.start, m.end, "greenfield_plant", None, m.text)
        trig.sort(key=lambda m: m.start)
        for i, m in enumerate(trig):
            if m.key == "greenfield_plant" and px.search(r"(?:扩大|扩建|扩充|提升|增加)(?:其|公司)?[^，。；]{0,10}$",
                                                          text[max(ss, m.start - 16):m.start]) \
                    and not px.search(r"(?:建成|投产|达产|落地)后[^，。；]*$", text[max(ss, m.start - 30):m.start]):
                # (but "新建一座面料工厂，…建成后将进一步提升其海外生产基地的…" tells what the
                # new plant will do, no expansion of its own)
                # "正加快扩大其埃及苏伊士生产基地产能": the plant is being expanded
                trig[i] = Mention("trigger", m.start, m.end, "plant_expansion", None, m.text)
        if any(m.key == "plant_expansion" for m in trig):
            # "位于塞尔维亚的现有工厂将新增生产线", "lines at its existing plant": the plant
            # being expanded is not a new one
            trig = [m for m in trig if not (m.key == "greenfield_plant" and px.search(
                r"(?:现有|既有|已有|\bexisting\s+)[^，。；,;]{0,6}$|其(?:位于|在)[^，。；]{0,20}$",
                text[max(ss, m.start - 24):m.start]))]
        for i, m in enumerate(trig):
            if m.key == "greenfield_plant" and px.search(
                    r"\b(?:add|adds|adding|hire|hires|hiring)\b[^.;\n]{0,30}\bat\s+(?:the\s+)?"
                    r"(?:[A-Z][\w-]*\s+){1,2}$", text[max(ss, m.start - 60):m.start]):
                # "add 300 jobs at LaFayette plant": jobs added at a plant known by its name
                # (not "adding a line at its plant in Bac Giang, which opened in 2019", which
                # also tells of the plant)
                trig[i] = Mention("trigger", m.start, m.end, "plant_expansion", None, m.text)
        if not any(t.key == "plant_expansion" for t in trig):
            for i, m in enumerate(trig):
                if m.key == "greenfield_plant" and px.search(
                        r"\b(?:invest|invests|investing|install|installs|installing|add|adds|adding)\b[^.;\n]{0,80}"
                        r"\bat\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}$", text[max(ss, m.start - 120):m.start]):
                    # "would invest 300 million euros in an electric arc furnace at the plant":
                    # new equipment at a plant already there
                    trig[i] = Mention("trigger", m.start, m.end, "plant_expansion", None, m.text)
        for i, m in enumerate(trig):
            if m.key == "greenfield_plant" and (
                    _ADDED_AT_PLANT["before"].search(text, max(ss, m.start - 100), m.start)
                    or _ADDED_AT_PLANT["after"].match(text, m.end, min(se, m.end + 40))):
                trig[i] = Mention("trigger", m.start, m.end, "plant_expansion", None, m.text)
        for i, m in enumerate(trig):
            # ("公司与淡水河谷印尼公司、福特汽车合作的印尼波马拉高压酸浸项目": a project, too)
            w = _BUILT_WITH.search(text, ss, m.start) if m.key == "greenfield_plant" or (
                m.kind == "weak" and m.text == "项目" and text.find("合作", ss, m.start) >= 0) else None
            if w and w.group("partner") is not None and any(
                    p.kind == "place" and p.start == w.start("partner")
                    and _PLACE_AUTHORITY.match(text, p.end, p.end + 40) for p in ms):
                # "agreed with Ankara to build": a government, named by its capital; "signed an
                # investment agreement with Sohar Freezone to build": a zone's authority
                w = None
            if w:
                # "Huayou agreed with Vale Indonesia and Ford to build a $4.5 billion plant",
                # "与沙特公司共同投资建设": a plant built with partners is a joint venture
                trig[i] = Mention("trigger", m.start, m.end, "joint_venture", None, m.text)
        for v in (_VENTURE_WITH.finditer(text, ss, se) if "venture " in text[ss:se] else ()):
            # "TCL Zhonghuan announced a similar venture with the same partners"
            if not any(t.start < v.end("noun") and v.start("noun") < t.end and t.kind == "trigger" for t in trig):
                trig = [t for t in trig if not (t.start < v.end("noun") and v.start("noun") < t.end)]
                trig.append(Mention("trigger", v.start("noun"), v.end("noun"), "joint_venture", None, v.group("noun")))
        for i, m in enumerate(trig):
            if m.kind == "weak" and m.text.lower() in ("venture", "ventures") and _TEAMED_WITH.search(
                    text, max(ss, m.start - 120), m.start):
                # "CATL is teaming up with Indonesia Battery Corp. on a battery supply chain
                # venture in Indonesia": a venture with a partner named before it
                trig[i] = Mention("trigger", m.start, m.end, "joint_venture", None, m.text)
        if any(m.key in ("greenfield_plant", "plant_expansion") for m in trig) and _made_by_contract(ms, text, ss, se):
            # "小鹏汽车委托麦格纳在奥地利格拉茨工厂生产", "paying Magna Steyr to assemble its
            # G6 in Graz": cars made under contract in a foreign firm's plant (type other)
            trig = [Mention("trigger", m.start, m.end, "other", None, m.text)
                    if m.key in ("greenfield_plant", "plant_expansion") else m for m in trig]
        trig.sort(key=lambda m: m.start)
        if (w := _INVESTED_WITH_ZH.search(text, ss, se)) and (any(
                p.kind in ("foreign", "company", "candidate") and w.start("partners") <= p.start < w.end("partners")
                for p in ms) or px.search(r"[A-Z][A-Za-z&]+", w.group("partners"))) and any(p.kind in _COMPANY_KINDS and 0 <= w.start() - p.end <= 4
                                     and not px.search(r"[，。；、,]", text[p.end:w.start()]) for p in ms) or (
                w is not None and w.group("verb").endswith("持股") and px.match(r"\s*[，,]", text[w.start() - 1:w.start()])
                and any(p.kind in _COMPANY_KINDS and p.end <= w.start() for p in ms)):
            # "晶科电力与阿布扎比国家能源公司、马斯达尔和法国电力共同投资该项目，持有20%股权":
            # a project a Chinese firm owns with named partners is a joint venture, its
            # stake a share of it
            later = [i for i, m in enumerate(trig) if (m.start >= w.start() and m.key in ("acquisition", "greenfield_plant"))
                     # "同时持有项目公司股权，与新加坡Tolaram集团、拉各斯州政府共同持股": the
                     # stake held with partners, told before them
                     or (m.key == "acquisition" and m.text in lx.STAKE_WORDS and w.group("verb").endswith("持股"))]
            for i in later:
                trig[i] = Mention("trigger", trig[i].start, trig[i].end, "joint_venture", None, trig[i].text)
            if not later and not any(m.start >= w.start() and m.kind == "trigger" for m in trig):
                trig.append(Mention("trigger", w.start("verb"), w.end("verb"), "joint_venture", None, w.group("verb")))
        for i, m in enumerate(trig):
            if m.key == "acquisition" and m.text.lower() in ("stake", "stakes") and px.match(
                    r"\s+in\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:joint\s+)?ventures?\b",
                    text[m.end:m.end + 60]) and not _BOUGHT_STAKE.search(text[max(ss, m.start - 40):m.start]):
                # "will hold stakes in the smelting and recycling ventures": a partner in a
                # venture, not a buyer
                trig[i] = Mention("trigger", m.start, m.end, "joint_venture", None, m.text)
        # "已在年内完成两笔重要收购", "made two acquisitions this year": a count sums up the
        # moves the next sentences name; it is none of them
        trig = [m for m in trig if not (m.key in _DEAL_TYPES and _COUNTED.search(
            text[max(ss, m.start - 25):m.start]))]
        heard = [h.end() for h in _HEARSAY.finditer(text, ss, se)]
        trig = [m for m in trig if not any(e <= m.start for e in heard)]
        trig = [m for m in trig if not _an_exit(m, text, ss)
                and not _WHETHER.search(text[max(ss, m.start - 40):m.start])
                and not _TALKS.search(text[max(ss, m.start - 120):m.start])
                # "双方还在就荣盛石化收购…50%股权进行谈判": the deal is what the talks are about
                # (the cheap test of the characters first: most sentences have neither)
                and not (text.find("就", max(ss, m.start - 31), m.start) >= 0
                         and px.search(r"就[^，。；]{0,30}$", text[ss:m.start])
                         and px.match(r"[^，。；]{0,30}?(?:进行|展开|开展)?(?:谈判|磋商|洽谈)", text[m.end:se]))
                # "公司将位于美国得克萨斯州的组件工厂出售给T1 Energy": the sale after its object
                and not ((text.find("将", ss, m.start) >= 0 or text.find("把", ss, m.start) >= 0)
                         and px.match(r"[^，。；]{0,4}(?:出售|转让|卖给|剥离|关闭)", text[m.end:se])
                         and px.search(r"[将把][^，。；]*$", text[ss:m.start]))]
        plants = [m for m in trig if m.key == "greenfield_plant" or (
            m.kind == "weak" and m.text.lower() in _EXPANDABLE)]
        out = []
        for m in trig:
            if m.key == "plant_expansion" and (obj := next((
                    o for o in trig if o.kind == "trigger" and o.start >= m.end and o.key not in _PLANT_TYPES
                    and o.key not in _DEAL_TYPES and o.key != "listing" and px.fullmatch(
                        r"[^，。；、]{0,2}" if px.search(r"[\u4e00-\u9fff]", m.text)
                        else r"\s+(?:(?:of\s+)?(?:its|their|the|our)\s+)?(?:[\w-]+\s+)?",
                        text[m.end:o.start])), None)) is not None:
                # "新增或扩建数据中心", "expand its data centres in Japan": growing a facility
                # of another kind is a move of that kind
                out.append(Mention("trigger", m.start, m.end, obj.key, None, m.text))
                continue
            if m.key == "plant_expansion" and m.text.lower() in _CAPACITY_WORDS:
                # "opened its first data centre in Mexico and will also add capacity in
                # Asia": capacity of the kind of thing the sentence is about
                typed = [o for o in out if o.kind == "trigger" and o.key not in _PLANT_TYPES
                         and o.key not in _DEAL_TYPES and o.key != "listing"]
                if typed and not plants:
                    out.append(Mention("trigger", m.start, m.end, typed[-1].key, None, m.text))
                    continue
                # "add capacity at its existing data centers in Mexico": capacity of the
                # facility it is added at
                at = next((o for o in trig if o.kind == "trigger" and o.start >= m.end
                           and o.key not in _PLANT_TYPES and o.key not in _DEAL_TYPES and o.key != "listing"
                           and px.fullmatch(r"\s+(?:at|in|to)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,2}",
                                            text[m.end:o.start])), None)
                if at is not None:
                    out.append(Mention("trigger", m.start, m.end, at.key, None, m.text))
                    continue
            if m.key == "plant_expansion" and m.text.lower() in _EXPAND_MODIFIERS and not any(
                    (p.end <= m.start and m.start - p.end <= 3) or (
                        p.start >= m.end and len(text[m.end:p.start]) <= 40
                        and not _EXPAND_BLOCK.search(text[m.end:p.start])) for p in plants):
                # "open data centres in Brazil … and expand capacity in Mexico, Japan": the
                # expansion is of the kind of thing the sentence is about
                typed = [o for o in out if o.kind == "trigger" and o.key not in _PLANT_TYPES]
                if typed and px.match(r"\s+(?:its\s+)?(?:capacity|presence|operations|footprint)\b",
                                      text[m.end:m.end + 25]):
                    out.append(Mention("trigger", m.start, m.end, typed[-1].key, None, m.text))
                    continue
            if m.key == "plant_expansion" and m.text.lower() == "expansion" and px.search(
                    r"\ban?\s+(?:[\w-]+\s+)?(?:US)?[$€£¥][\d.,]+\s*(?:million|billion|bn|m)?\s*$", text[max(ss, m.start - 30):m.start]):
                # "at that site — an $80 million expansion": money spent expanding a site
                out.append(Mention("trigger", m.start, m.end, m.key, None, m.text))
                continue
            if m.key == "plant_expansion" and m.text.lower() in _EXPAND_MODIFIERS:
                # "expand" alone says nothing about a plant; with one it makes it an
                # expansion: "expand its plant", "expanded the site", "the plant expansion"
                # — not "build a plant in Turkey as it expands"
                for p in plants:
                    if p.end <= m.start:
                        ok = m.start - p.end <= 3
                    else:
                        gap = text[m.end:p.start]
                        ok = len(gap) <= 40 and not _EXPAND_BLOCK.search(gap)
                    if ok:
                        if p.kind == "weak":
                            p.kind = "trigger"
                        p.key = "plant_expansion"
                continue
            out.append(m)
        if text.find("%", ss, se) >= 0:
            # "Zijin Mining owns 39.6% of the Kamoa-Kakula copper complex": a share of a site
            # is a stake in it
            out = [Mention("trigger", m.start, m.end, "acquisition", None, m.text)
                   if m.kind == "trigger" and m.key in _PLANT_TYPES and _SHARE_OF.search(text, max(ss, m.start - 80), m.start)
                   # (not "has held 60% of the Chancay port project … in partnership with
                   # local miner Volcan": a share of a venture)
                   and not px.search(r"\bin\s+partnership\s+with\b|\bjointly\b|\bjoint\s+venture\b", text[m.end:se])
                   else m for m in out]
        return out

    def _is_location(self, text: str, m: Mention, lang: str) -> bool:
        if m.key == "CHN":
            if m.extra is not None and m.extra not in ("demonym",):
                # a Chinese city or province: a domestic place, unless it says where a firm
                # is from ("a contractor from China's Jiangxi province")
                return lang != "en" or not px.search(r"\bfrom\s+(?:China's\s+|the\s+)?$", text[max(0, m.start - 16):m.start])
            if m.extra == "demonym":
                return False
            before = text[max(0, m.start - 12):m.start]
            if lang == "en":
                return bool(px.search(r"\b(?:in|into|to|across|within)\s+(?:mainland\s+)?$", before))
            return before.endswith(("在", "于")) or m.text in ("国内", "内地", "中国大陆")
        if m.extra == "demonym" and text[m.end:m.end + 2] == "'s":
            return False
        if (lang == "zh" and px.match(r"[^，。；]{0,10}?(?:大会|展会|展览会|博览会|论坛|峰会|发布会)(?:期间|上|现场)",
                                      text[m.end:m.end + 20])) or (
                lang == "en" and px.search(r"\b(?:Congress|[Ff]air|Expo|[Ss]ummit|[Cc]onference|[Ff]orum|[Ss]how)\s+in\s+$",
                                           text[max(0, m.start - 16):m.start])):
            return False  # "在巴塞罗那世界移动通信大会期间发布", "at a summit in Riyadh": a venue
        if lang == "zh" and px.search(r"(?:该业务|该部门|标的公司|目标公司)[^。；]{0,30}$", text[max(0, m.start - 40):m.start]) \
                and px.match(r"[^。；，]{0,12}?(?:拥有|设有|运营)", text[m.end:m.end + 16]):
            return False  # "该业务……在德国、意大利等地拥有生产基地": where the bought business is
        if lang == "en" and m.text in _SEATS and (_SEAT_WATCHERS.search(text, max(0, m.start - 40), m.start) or (
                _SEAT_ACTS.match(text, m.end) and not px.search(r"\b(?:in|at|near|to|into|outside)\s+$",
                                                                 text[max(0, m.start - 8):m.start]))):
            return False  # "days after Brussels slapped tariffs", "scrutiny in Washington": a government
        if lang == "en" and m.extra in (None, "demonym") and (actor := _ACTOR_AFTER_EN.match(text, m.end)) \
                and not px.search(r"\b(?:in|into|to|across)\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start]) \
                and not (px.match(r"\s+(?:investor|firm|company|lender|bank)\s+(?!The\b|In\b|On\b)[A-Z][\w&.-]+",
                                  text[m.end:m.end + 40]) and actor.end() - m.end < 12):
            # ("Saudi investor Vision Industries": the nationality of a firm named)
            return False  # "US rivals", "U.S. tariffs", "a US Defense Department list": who, not where
        if lang == "zh" and _ACTOR_AFTER_ZH.match(text, m.end) \
                and not px.search(r"(?:在|于|赴|进入|落户|到)$", text[max(0, m.start - 2):m.start]):
            return False  # "美国众议院…致信", "美国投资者被排除在外": who, not where
        if lang == "en" and px.search(r"\b(?:by|from|with)\s+$", text[max(0, m.start - 6):m.start]) \
                and px.match(r"\s+[A-Z][a-z]+\b", text[m.end:m.end + 20]) \
                and not px.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:City|Province|State|Region|Coast|Island)\b", text[m.end:m.end + 30]):
            return False  # "abandoned by U.S. Steel", "bought from Saudi Aramco": a firm's name
        return True

    def _company_for(self, t: Mention, firms: list[Mention], text: str
                     ) -> tuple[Mention | None, bool, bool]:
        """(company, named in this sentence, blocked): blocked when a foreign firm is the
        subject ("Ford will own the factory"), so no earlier company may be assumed."""
        if "investee" in t.flags:
            taker = next((c for c in firms if c.kind == "company" and t.end <= c.start <= t.end + 70), None)
            if taker is not None:
                return taker, True, False  # "injected $2.2 billion into NIO": NIO takes it in
        # "与Stellantis在西班牙生产", "together with Ford": a co-agent is a partner
        firms = [c for c in firms
                 if not _LENDER.search(text[max(0, c.start - 24):c.start] + "\0" + text[c.end:c.end + 16])]
        def bank(c: Mention) -> bool:
            return c.kind == "company" and self.company_sector.get(c.key) == "banking"

        # "中色非洲矿业与中国银行、工商银行等签署银团贷款协议，用于…冶炼厂": the banks lend,
        # the other firm borrows and builds; "China Exim Bank signed a $500 million credit
        # line to finance projects in Kazakhstan": a bank lending abroad raises no money
        # abroad (its own bond does)
        if (t.key not in _BANK_MOVES and any(c.kind in _COMPANY_KINDS and not bank(c) for c in firms)) \
                or (t.key == "financing" and not _BOND.search(t.text)):
            firms = [c for c in firms if not bank(c)]
        before = [c for c in firms if c.end <= t.start
                  # ("Omoda-badged SUVs": a brand on a product, not a subject)
                  and not px.match(r"[-\u2011](?:badged|branded)\b", text[c.end:c.end + 9])
                  # ("with U.S. carmaker Ford Motor holding a minority stake": Ford holds it)
                  and not (c.kind == "foreign" and _WITH.search(text[max(0, c.start - 30):c.start])
                           and not px.match(r"\s+(?:holding|owning|taking|having|keeping|retaining)\b",
                                            text[c.end:c.end + 12])
                           # "with Indonesia's Harita Group, which listed its unit", "with
                           # Ford, which is building a lithium-iron-phosphate battery plant": the
                           # partner's own clause
                           # (not "with Vale, which it will join in building": the firm's own)
                           and not px.fullmatch(r",\s+(?:which|who)\s+(?!(?:it|they|we|the)\b)(?:[\w-]+\s+){0,6}",
                                                text[c.end:t.start]))
                  # "a factory in Debrecen that will supply BMW, and a plant in Kulim": a
                  # foreign firm that is an object is not the subject of what follows
                  and not _foreign_object(c, t, text)
                  # "has supplied BMW and other carmakers from its plant in Arnstadt": a
                  # customer supplied is no subject (unless a clause of its own follows it:
                  # "supplies BMW, which is building a plant")
                  and not _customer(c, t, text)
                  # "Volvo Cars, majority owned by China's Geely, said it would ..."
                  # ("… is controlled by Cosco Shipping Ports, which bought a stake": the
                  # relative clause is the owner's own)
                  # "GE Appliances, a Haier company, will spend": the owner, described
                  and not (px.search(r",\s+an?\s+$", text[max(0, c.start - 5):c.start]) and px.match(
                      r"\s+(?:company|unit|subsidiary|affiliate|brand|division)\s*,", text[c.end:c.end + 16]))
                  and not (_APPOSITIVE.search(px.split(r"[.;!?。；]\s*", text[max(0, c.start - 80):c.start])[-1])
                           and "," in text[c.end:t.start]
                           and not px.match(r",\s+which\s+(?:[\w-]+\s+){0,2}$", text[c.end:t.start]))]
        # "公司又完成了对美国纽蒙特公司旗下加纳阿基姆金矿的收购": a foreign firm after "对",
        # "从" (with its home before it) is what is bought or whom from, not the buyer
        before = [c for c in before if not _bought_object(c, t, text)]
        # "BYD is converting Ford's former site in Camacari into a plant": the foreign firm
        # names the site the mover works on
        before = [c for c in before if not (c.kind == "foreign" and any(
            e.end <= c.start and e.kind in _COMPANY_KINDS for e in before) and px.search(
            r"\b(?:convert\w*|turn(?:s|ed|ing)?|retool\w*|refurbish\w*|revamp\w*|reopen\w*|re-open\w*|"
            r"t(?:ook|ake|akes|aking)\s+over|lease[sd]?|leasing|rent(?:s|ed|ing)?|mov(?:e|es|ed|ing)\s+into)\s+$",
            text[max(0, c.start - 24):c.start]) and px.match(
            r"['’]s\s+(?:former|old|idle|disused|shuttered|closed|defunct|unused|existing|abandoned)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:site|plant|factory|facility|works|premises|campus)\b", text[c.end:c.end + 50]))]
        # "亿纬锂能与康明斯…共同组建的合资公司Amplify Cell Technologies正在美国…建设电池工厂":
        # a venture named after the word is the venture; its partner moves
        before = [c for c in before if not (c.kind == "candidate" and any(
            e.end <= c.start and e.kind == "company" for e in before) and px.search(
            r"(?:合资公司|合资企业|合营公司)[“\"]?$", text[max(0, c.start - 6):c.start]))]
        # "奇瑞…早在2017年就与当地汽车经销集团CAOA成立合资公司": an unknown firm after "与",
        # with a registered firm before it, is its partner
        before = [c for c in before if not (c.kind == "candidate" and any(
            e.end <= c.start and e.kind == "company" for e in before) and px.search(
            r"与[^，。；与和]{0,18}$", text[max(0, c.start - 20):c.start]))]
        # "小鹏汽车委托麦格纳在…工厂生产", "has been paying Magna Steyr to assemble": the
        # contract maker is no subject of the goods it makes for the firm
        before = [c for c in before if not (c.kind == "foreign" and t.key == "other" and (
            _CONTRACT_BEFORE_ZH.search(text, max(0, c.start - 3), c.start)
            or _PAYING_EN.search(text, max(0, c.start - 12), c.start)
            or px.search(r"与[^，。；与]{0,14}$", text[max(0, c.start - 16):c.start])))]
        # "旗下紫金黄金国际及其子公司金哈矿业与Cantech签署协议…收购": the firm named first
        # acts, its own subsidiary with it is part of it
        before = [c for c in before if not (any(e.end <= c.start for e in before) and px.search(
            r"(?:及|和|与|以及)(?:其|旗下)(?:全资|控股)?(?:子公司|附属公司|下属公司)$", text[max(0, c.start - 12):c.start]))]
        # "Luxshare, which assembles AirPods, Apple Watch and iPhones, began work on an
        # expansion": a firm inside the subject's relative clause is not the subject
        before = [c for c in before if not (c.kind == "foreign" and any(
            e.kind != "foreign" and e.end < c.start and px.match(r",\s+(?:which|who)\s", text[e.end:e.end + 8])
            and "." not in text[e.end:c.start] for e in before) and _CLAUSE_RESUMES.search(text, c.end, t.start))]
        # "Ningbo Tuopu Group, a chassis-parts supplier to Tesla, has been building a
        # factory": a firm inside the subject's description is not the subject
        before = [c for c in before if not (c.kind == "foreign" and any(
            e.kind != "foreign" and e.end < c.start and px.fullmatch(r",\s+(?:a|an|the)\s+[^,;.()]{0,60}", text[e.end:c.start])
            for e in before) and px.match(r"(?:['’]s\s+[\w-]+)?,\s", text[c.end:c.end + 20]))]
        lang = "zh" if px.search(r"[\u4e00-\u9fff]", t.text + text[t.start:t.start + 2]) else "en"
        if lang == "en" and t.key in ("acquisition", "joint_venture", "licensing") and (
                buyer := next((c for c in firms if c.kind == "foreign" and c.end <= t.start and px.fullmatch(
                    r",\s+(?:which|who)\s+(?!(?:it|they|we|the\s+company|the\s+group)\b)(?:[^.;,]|,(?!\s+(?:and|while|but)\s))*",
                    text[c.end:t.start])), None)) \
                and not any(buyer.end <= c.start < t.start for c in firms):
            # "handing over its plant in Dundalk to MSD, which agreed in January to buy it":
            # the deal is the foreign firm's, in its own clause (not "Putzmeister, which it
            # bought")
            return None, False, True
        # "a former Ford plant", "原日产工厂", "运营115家海底捞餐厅": a firm naming the
        # facility is not its owner; "从海底捞分拆", "from Mercedes-Benz": nor is an object
        while len(before) >= 1:
            near = before[-1]
            gap = text[near.end:t.start]
            short = len(gap) <= 2 if lang == "zh" else bool(px.fullmatch(r"\s*(?:'s?\s*)?(?:[\w-]+\s+){0,2}", gap))
            modifier = short and not px.search(r"[，。；,;]", gap) and _MODIFIER_BEFORE[lang].search(
                text[max(0, near.start - 12):near.start]) is not None
            obj = _OBJECT_PREP.search(text[max(0, near.start - 12):near.start]) is not None
            earlier = [c for c in before[:-1] if c.kind != "foreign"]
            # "巨石集团是中国建材集团旗下企业，其埃及项目…": the owner named after the subject
            owner = lang == "zh" and earlier and _OWNER_SUFFIX.match(text, near.end)
            if obj and near.kind != "foreign" and any(
                    c.kind == "foreign" or self.company_home.get(c.key) not in (None, "CHN", "HKG", "MAC")
                    for c in before[:-1]) \
                    and not px.search(r"[。；;,]", text[before[-2].end:t.start]):
                # "武田将向信达生物支付…股权投资": the foreign firm pays; the Chinese one is paid
                return None, False, True
            # "华友钴业与青山控股等合作方在印尼合资设立…": the subject moves, the Chinese
            # firm after "与" is its partner (not "A与B均在…建厂", two subjects)
            # ("公司与沙特公共投资基金（PIF）全资子公司RELC及…签署合资协议": the partner's
            # own description may stand between "与" and its name)
            yu = text.rfind("与", max(0, near.start - 40), near.start) if lang == "zh" else -1
            partner = yu >= 0 and not px.search(r"[，。；]", text[yu:near.start]) and (
                (earlier and earlier[-1].end <= yu and not px.search(r"[。；，]", text[earlier[-1].end:yu]))
                or px.search(r"(?:^|[，。；：\n])(?:\d{4}年)?(?:本公司|该公司|公司|该集团|集团)$",
                             text[max(0, yu - 12):yu])) \
                and px.search(r"合资|共同|联合|合作", text[near.end:t.end]) \
                and not px.search(r"均|都|分别|各自", text[near.end:t.start])
            # "向北汽、广汽等投资方出售约1.53亿美元普通股", "引入腾讯等基石投资者": investors
            # buying into the firm are not the firm
            investor = lang == "zh" and _investor_zh(near, text)
            if (modifier and (near.kind == "foreign" or earlier)) or (
                    obj and earlier and near.kind != "foreign") or owner or partner or investor:
                before = before[:-1]
                continue
            break
        after = [c for c in firms if c.start >= t.end and c.kind != "foreign"]
        if t.key in _PLANT_TYPES and after and lang == "en" and px.fullmatch(
                r"[^.;]{0,60}?,\s+(?:which\s+is\s+|that\s+is\s+)?(?:owned|run|operated|controlled)\s+(?:by|through)\s+"
                r"(?:a\s+(?:joint\s+venture|JV|venture)\s+(?:between|of)\s+)?(?:China's\s+)?", text[t.end:after[0].start]):
            # "The Kwinana refinery in Western Australia, owned through a joint venture
            # between Tianqi Lithium and IGO, …": the owner named after the plant
            return after[0], True, False
        if t.key == "listing" and after and px.fullmatch(
                r"\s+of\s+(?:its\s+|the\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}'s\s+)?(?:[\w-]+\s+){0,3}",
                text[t.end:after[0].start]):
            # "withdrew the Hong Kong IPO of its logistics arm Cainiao": the unit listed
            return after[0], True, False
        if t.key == "joint_venture" and after and lang == "en" and px.fullmatch(
                r",?\s+(?:in\s+which|of\s+which|where)\s+(?:the\s+)?", text[t.end:after[0].start]) \
                and px.match(r"\s+(?:\([^)]{1,12}\)\s+)?(?:holds|owns|has|took|takes|will\s+(?:hold|own|have|take))\b",
                             text[after[0].end:after[0].end + 30]):
            # "a joint venture in which China Harbour Engineering Company (CHEC) holds 52.5
            # per cent": the firm holding a share of the venture is in it
            return after[0], True, False
        if after and lang == "en" and _AWARDED.search(text[max(0, t.start - 80):after[0].start]) and px.search(
                r"\bto\s+(?:the\s+|China's\s+|Chinese\s+)?(?:[\w-]+\s+){0,3}$", text[t.end:after[0].start]) \
                and not px.search(r"[.;]", text[t.end:after[0].start]):
            # "the government awarded Lot 6 … to China Civil Engineering Construction Corp":
            # the firm it is awarded to wins it
            return after[0], True, False
        partner_after = None
        if after and t.key in _DEAL_TYPES and after[0].start - t.end < 40 and px.search(
                r"\b(?:with|between)\b|与|同|和", text[t.end:after[0].start]):
            # "a joint venture between LONGi and Invenergy", "set up a JV with TCL Zhonghuan"
            partner_after = after[0]
        if before and before[-1].kind == "foreign" and _SUBJECT_PRONOUN.search(
                text[before[-1].end:t.start]):
            if _REPORTS.match(text, before[-1].end):
                # "Denmark's Vestas has said it will decide on a new UK factory": the
                # pronoun is the foreign firm that speaks
                return None, False, True
            # "… compared with Microsoft Azure, but it runs data centres in Saudi Arabia":
            # a pronoun after the foreign firm is the subject, which refers back
            return None, False, False
        if before:
            near = before[-1]
            if near.kind != "foreign":
                return near, True, False
            if px.match(r"\s+(?:holding|holds|held|owning|owns|taking|takes|took|keeping|keeps|retaining|retains)\b",
                        text[near.end:t.start]):
                return None, False, True  # "with Ford Motor holding a minority stake": Ford's stake
            chinese = [c for c in before if c.kind != "foreign"]
            if lang == "en" and t.kind == "trigger" and px.search(r"\w,\s+and\s+(?:[a-z][\w ]{0,30}\s+)?$", text[near.end:t.start]) \
                    and (px.fullmatch(r"[a-z]+ed|bought|took|won|signed|set\s+up|opened|built", t.text)
                         # "owns Germany's Schwing, acquired in 2012, and runs a plant in Brazil"
                         or px.search(r",\s+and\s+(?:also\s+|now\s+)?(?:runs|operates|owns|has|built|opened|"
                                      r"is\s+building|builds)\s+(?:an?|its|their)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+)?$", text[near.end:t.start])) \
                    and (_foreign_object(near, t, text) or _bought_before_en(near, text)):
                # "It bought German robot maker Kuka in 2016, …, and in the same year acquired
                # Toshiba's appliance arm": a second verb of the subject, not of the firm bought
                return (chinese[0], True, False) if chinese else (None, False, False)
            if chinese and px.match(r"(?:的)?(?:全部|部分|多数|控股)?(?:股权|股份)?(?:的)?(?:收购|并购)[^。；]*?，", text[near.end:t.start]):
                # "海信完成了对…企业Gorenje的收购，目前在墨西哥…建有工业园": the firm bought
                # is the object of the clause before; the subject goes on
                return chinese[-1], True, False
            if lang == "zh" and chinese and px.search(r"(?:收购|并购|买下)的[^，。；]{0,14}$", text[max(0, near.start - 24):near.start]) \
                    and "，" in text[near.end:t.start]:
                # "公司2018年收购的斯洛文尼亚家电企业Gorenje已扭亏为盈，墨西哥蒙特雷工业园的…产线运营
                # 正常": the firm bought has its own clause; the buyer goes on after it
                return chinese[-1], True, False
            if t.key in _DEAL_TYPES:
                # "X signed with Slovak startup InoBat to set up a joint venture"
                if chinese:
                    return chinese[-1], True, False
                if partner_after is not None:
                    return partner_after, True, False
            return None, False, True
        if partner_after is not None:
            return partner_after, True, False
        if not before and after and text[t.end:after[0].start] in ("的", "后的"):
            # "今年3月在香港上市的蜜雪集团首日大涨": a relative clause before its firm
            return after[0], True, False
        if not before and after and lang == "en":
            # "After buying Paris-based Quantic Dream in 2022, NetEase spent heavily …": the
            # subject of a fronted phrase follows its comma
            ss = max(text.rfind(". ", 0, t.start) + 2, text.rfind("\n", 0, t.start) + 1, 0)
            if px.fullmatch(r"(?:After|Before|Since|Following|Besides|Apart\s+from)\s+(?:[a-z]+ing\s[^;.]*)?",
                            text[ss:t.start]) and px.search(r",\s*$", text[t.end:after[0].start]) \
                    and not px.search(r"[;.]", text[t.end:after[0].start]):
                return after[0], True, False
        if after and px.fullmatch(r"\s+(?:at|of|in|to)\s+(?:the\s+)?", text[t.end:after[0].start]) \
                and text.startswith("'s", after[0].end):
            # "a second phase at Shandong Linglong Tyre's factory": the plant's owner
            return after[0], True, False
        if t.key == "licensing" and after and px.fullmatch(r"\s*(?:from|by)\s+(?:the\s+)?", text[t.end:after[0].start]):
            # "technology licensed from CATL": the licensor is the mover
            return after[0], True, False
        gap_firms = [c for c in firms if t.end <= c.start < (after[0].start if after else t.end)]
        gap_text = text[t.end:after[0].start] if after else ""
        for c in sorted(gap_firms, key=lambda c: -c.start):
            gap_text = gap_text[:c.start - t.end] + gap_text[c.end - t.end:]
        if after and (px.fullmatch(r"\s*(?:that\s+|which\s+)?(?:\s*(?:and|,)\s*)*", gap_text) or (
                # "the HPAL plant at Weda Bay in North Maluku, which Huayou commissioned"
                px.fullmatch(r"\s+(?:at|in|near|outside)\s+[^,.;]{2,60},\s+(?:which|that)\s+", gap_text)
                and not gap_firms)) and _MADE_BY.match(text, _past_abbreviation(text, after[0].end)):
            # "Illuminate USA, the joint venture LONGi formed in 2023 with Invenergy", "the
            # plant BYD built in Thailand": the firm that made what the trigger names
            return after[0], True, False
        if after and after[0].start - t.end < 60 and px.search(
                r"\bby\b|由|被", text[t.end:after[0].start]):
            return after[0], True, False
        if after and _SAID.match(text, after[-1].end):
            # "The plant in Mesquite started operations in 2024, Hithium said."
            return after[-1], True, False
        return None, False, False

    def _licensee(self, t: Mention, firms: list[Mention], places: list[Mention], text: str
                  ) -> Mention | None:
        """The licensee's country as a place mention: the place or foreign firm named just
        after "licensed to", "授权给" (a firm stands for its home country)."""
        m = _LICENSED_TO.match(text, t.end)
        if m is not None:
            at = m.end()
            place = next((p for p in places if at <= p.start <= at + 2), None)
            if place is not None and place.key != "CHN":
                return place
            firm = next((f for f in firms if at <= f.start <= at + 2 and f.kind == "foreign"), None)
            home = self.company_home.get(firm.key) if firm is not None else None
            if home and home != "CHN":
                return Mention("place", firm.start, firm.end, home, None, firm.text)
            latter = firm is None and px.match(r"后者|the\s+latter\b", text[at:at + 10])
            if latter:
                # "与葛兰素史克（GSK）达成协议，将…海外权益授权给后者": the foreign firm named last
                prior = [f for f in firms if f.kind == "foreign" and f.end <= t.start
                         and self.company_home.get(f.key) not in (None, "CHN", "HKG", "MAC")]
                if prior:
                    f = prior[-1]
                    return Mention("place", f.start, f.end, self.company_home[f.key], None, f.text)
            if firm is not None or not (latter or px.search(r"\bto\s+$", text[t.end:at])):
                return None
            # "granted Pfizer exclusive rights to SSGJ-707": what follows "to" is the drug
        # "Pfizer pays 3SBio $1.25 billion upfront for rights to SSGJ-707 … licensing": the
        # registered foreign firm of the sentence is the licensee
        homes = [self.company_home.get(f.key) for f in firms if f.kind == "foreign"]
        homes = [h for h in homes if h and h not in ("CHN", "HKG", "MAC")]
        f = next((f for f in firms if f.kind == "foreign" and self.company_home.get(f.key) in homes), None)
        if f is not None and len(set(homes)) == 1:
            return Mention("place", f.start, f.end, homes[0], None, f.text)
        return None

    @staticmethod
    def _coordinated(comp: Mention, firms: list[Mention], text: str) -> list[Mention]:
        """Firms listed with the mover ("Tsingshan and Huayou run smelters"), and the
        members of a consortium the mover is one of ("由中航国际与中国铁建组成的联合体承建",
        "a consortium of China Harbour and China Railway Group won")."""
        for c in _CONSORTIUM.finditer(text, max(0, comp.start - 90), min(len(text), comp.end + 90)):
            ms, me = c.span("members") if c.group("members") else c.span("members_en")
            if ms <= comp.start and comp.end <= me:
                return [f for f in firms if f.kind != "foreign" and f.key != comp.key
                        and ms <= f.start and f.end <= me]
        ordered = [f for f in firms if f.end <= comp.start and f.kind != "foreign"]
        out = []
        cur = comp
        for f in reversed(ordered):
            # "TCL Zhonghuan Renewable Energy Technology Co. and JinkoSolar": the rest of a
            # legal name the registry's alias stops short of is no word between them
            between = _LEGAL_TAIL.sub("", text[f.end:cur.start], count=1)
            if px.fullmatch(r"(?:(?:\d{4}年)?(?:\d{1,2}月)?|(?:今年|去年|前年)(?:\d{1,2}月)?)、", between) \
                    and px.match(r"[^，。；]{0,12}?(?:先后|相继|分别|均|都)", text[comp.end:comp.end + 20]):
                between = "、"  # "茶百道2024年4月、古茗今年2月先后登陆港交所": each with its date
            # "中国海油与中国石油…各获得Búzios油田5%权益": "与" joins two movers when each does it
            each = between.strip() == "与" and px.match(r"[^，。；]{0,24}?(?:各|分别|均)", text[comp.end:comp.end + 30])
            if f.key == cur.key and px.fullmatch(r"[\u4e00-\u9fff]{0,8}（(?:下称|以下简称|简称)?", between):
                cur = f  # "中国石油天然气集团（下称中国石油）": one firm, named twice
                continue
            if _SEP.match(between) and (between.strip() != "与" or each):
                if f.key != comp.key:
                    out.append(f)
                cur = f
            else:
                break
        if px.search(r"\b" + _EXAMPLES_EN + r"\s+(?:[a-z][\w-]*\s+){0,3}$", text[max(0, comp.start - 50):comp.start]):
            # "…, including battery maker CATL and drugmaker Jiangsu Hengrui": every example
            cur = comp
            for f in [f for f in firms if f.start >= comp.end and f.kind != "foreign"]:
                between = _LEGAL_TAIL.sub("", text[cur.end:f.start], count=1)
                if not px.fullmatch(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}", between):
                    break
                if f.key != comp.key:
                    out.append(f)
                cur = f
            return out
        if px.search(r"\bby\s+(?:the\s+)?$", text[max(0, comp.start - 8):comp.start]):
            # "built by China Railway International and China Communications Construction":
            # the agents of a passive, listed after the first
            cur = comp
            for f in [f for f in firms if f.start >= comp.end and f.kind != "foreign"]:
                between = _LEGAL_TAIL.sub("", text[cur.end:f.start], count=1)
                # ("built by AVIC International together with China Railway Group")
                if not ((_SEP.match(between) and between.strip() != "与")
                        or px.fullmatch(r"\s+(?:together|jointly)\s+with\s+(?:the\s+)?", between)):
                    break
                if f.key != comp.key:
                    out.append(f)
                cur = f
        return out

    def _target_home(self, t: Mention, firms: list[Mention], text: str) -> Mention | None:
        """The home country (as a place mention) of the registered foreign firm a purchase
        takes as its object or seller, written just after the trigger in its clause (or just
        before it: "GE Appliances, which we acquired in 2016")."""
        for f in firms:
            if f.kind == "foreign" and f.end <= t.start and _WHICH_IT_BOUGHT.fullmatch(text, f.end, t.start) \
                    and self.company_home.get(f.key) not in (None, "CHN", "HKG", "MAC"):
                return Mention("place", f.start, f.end, self.company_home[f.key], None, f.text)
        for f in firms:
            if f.kind != "foreign" or not (t.end <= f.start <= t.end + 70):
                continue
            gap = text[t.end:f.start]
            # (a decimal point is no sentence's end: "bought 49.9% of Proton")
            if px.search(r"\.(?!\d)|[;。；]|,\s+(?:and|while|but)\s", gap):
                break
            # the firm itself ("buy a 29% stake in Puma"), or the seller of a unit named
            # before it ("bought GE Appliances from General Electric") — not the seller of a
            # site ("bought the site from Mercedes-Benz")
            if not (_DIRECT_OBJECT.fullmatch(gap) or px.fullmatch(r"\s+(?:[A-Z][\w&.-]*\s+){1,4}from\s+", gap)
                    # "敬业收购了破产的英国钢铁公司"
                    or px.fullmatch(r"了?(?:[\u4e00-\u9fff]{1,8}的)?", gap)):
                continue
            home = self.company_home.get(f.key)
            if home and home not in ("CHN", "HKG", "MAC"):
                return Mention("place", f.start, f.end, home, None, f.text)
        return None

    def _hosts_for(self, t: Mention, places: list[Mention], text: str, lang: str,
                   foreign: list[Mention] = (), others: list[Mention] = (),
                   markets: dict[int, bool] | None = None, triggers: list[Mention] = ()):
        """Hosts of trigger ``t`` among ``places``. ``markets`` remembers, by place start,
        which places of this text name a market rather than a site; ``triggers`` are the
        sentence's other move words, whose objects places may be."""
        if lang == "zh" and t.key != "listing":
            # "收购在多伦多上市的Lumina Gold", "一家于加拿大多伦多创业板上市的公司": where the
            # firm bought is listed, not where what it owns is
            places = [p for p in places if not _LISTED_THERE_ZH.match(text, p.end)]
        if lang == "zh":
            # "负责零跑在中国以外的销售": where it is not
            places = [p for p in places if not px.match(r"(?:以外|之外)", text[p.end:p.end + 2])]
        if lang == "en" and t.key == "listing":
            # "adding a second listing to its Shanghai one": the listing it already has
            places = [p for p in places if not (
                px.search(r"\b(?:to|alongside|besides)\s+(?:its|their|the)\s+(?:existing\s+)?$", text[max(0, p.start - 24):p.start])
                and px.match(r"\s+(?:one|listing|shares|stock)\b", text[p.end:p.end + 10]))]
        if t.key != "office_hq":
            # "through its Singapore subsidiary Lumetech, will hold 40% of a … venture",
            # "acting through CMOC Singapore": the country of the unit the firm acts through
            # (a plant its Vietnam unit builds, with no other place named, is in Vietnam)
            kept = [p for p in places if not (p.end <= t.start and _vehicle_place(p, text, lang))]
            if kept or any(o.key in ("acquisition", "joint_venture") for o in (t, *triggers)):
                places = kept
        if lang == "en":
            # "operates an HPAL nickel plant inside the park, shipping intermediate products
            # to its cathode factories in China": where the goods go, not where the plant is
            later = [p.start for p in places if p.start > t.end]
            sent_to = _GOODS_SENT_TO.search(text, t.end, max(later)) if later else None
            if sent_to is not None:
                places = [p for p in places if p.start < sent_to.end()]
        if not places:
            return [], None, None, False
        scored = []
        preps = set()
        # "after buying out Australian partner Leo Lithium's stake in the Mali project",
        # "bought the factory from Japan's Sharp": a foreign firm's nationality says where
        # the firm is from, not where the move is, when the sentence names another place
        nationality = {id(p) for p in places if _nationality_of(p, t, foreign, text, lang)
                       or (lang == "zh" and _owner_place(p, places, text))}
        if len(nationality) == len(places):
            if t.key == "construction_contract" and lang == "en":
                # "won a contract to build the first section of the Tren Maya railway, … in a
                # consortium with Portugal's Mota-Engil": a builder's partner's country says
                # nothing of where the work is (a venture with "Spain's Ebro" is in Spain)
                return [], None, None, False
            nationality = set()
        # "cells for BMW's Spartanburg plant": a foreign firm's own site, unless it is bought
        if t.key not in ("acquisition", "joint_venture"):
            places = [p for p in places if not any(
                f.end <= p.start and px.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}", text[f.end:p.start])
                for f in foreign)]
            if not places:
                return [], None, None, False
        # "收购澳大利亚Leo Lithium所持该项目剩余40%的权益": the seller's country, never the host
        places = [p for p in places if not (lang == "zh" and (px.match(
            # ("瑞士豪瑞集团（Holcim）间接持有的": a bracketed name and "indirectly" too)
            r"[A-Za-z\u4e00-\u9fff .&-]{1,16}?" + _HELD_BY_ZH.pattern, text[p.end:p.end + 50])
            # "从加拿大Nutrien公司手中收购SQM股份": the seller's country
            or (px.search(r"[从自向]$", text[max(0, p.start - 1):p.start])
                and px.match(r"[A-Za-z\u4e00-\u9fff .&-]{1,30}?(?:手中|处|手里)", text[p.end:p.end + 36]))))]
        if lang == "en" and t.key == "acquisition":
            # "bought out Australian partner Leo Lithium's remaining 40%": the seller's
            # country, never the host
            places = [p for p in places if not _SELLERS_STAKE_EN.match(text, p.end)]
        if lang == "zh" and t.key == "joint_venture":
            # "与新加坡Tolaram集团、拉各斯州政府共同持股": a partner's nationality, when the
            # sentence names another place (with a local partner, "与巴西CAOA集团合资", it is
            # the host)
            own = [p for p in places if not (text[p.start - 1:p.start] in ("与", "、", "和") and any(
                f.kind == "foreign" and 0 <= f.start - p.end <= 3 for f in foreign))]
            places = own or places
        if lang == "zh" and t.key == "acquisition":
            # "与澳大利亚上市公司Leo Lithium签署协议，拟收购Leo Lithium持有的马里锂业40%股权":
            # the nationality of a firm that sells what it holds
            sellers = {g.key for g in foreign if _HELD_BY_ZH.match(text, g.end) or px.search(
                re.escape(px.sub(r"\s+(?:Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|PLC|plc|AG|SA|B\.V\.|N\.V\.)$", "", g.text))
                + _HELD_BY_ZH.pattern, text[g.end:g.end + 300].split("。")[0])}
            places = [p for p in places if not any(
                f.key in sellers and 0 <= f.start - p.end <= 8 for f in foreign)]
        if not places:
            return [], None, None, False
        # "also exports right-hand-drive cars to Europe and Australia": a market, no site;
        # "中国工商银行约翰内斯堡分行": where a lender books the loan
        markets = {} if markets is None else markets
        for p in places:
            if p.start not in markets:
                markets[p.start] = _EXPORT_TO.search(text[max(0, p.start - 60):p.start]) is not None
        places = [p for p in places if not markets[p.start]
                  and text[p.end:p.end + 2] not in ("分行", "支行")]
        if not places:
            return [], None, None, False
        # a place written after the move word: "…, and opened a shop inside the arcade in Paris"
        place_after = any(q.start >= t.end for q in places)
        for p in places:
            if p.extra == "exchange" and t.key != "listing":
                continue
            if p.end <= t.start:
                dist = t.start - p.end
                between = text[p.end:t.start]
            else:
                dist = (p.start - t.end) * 0.6
                between = text[t.end:p.start]
            if _CLAUSE.search(between):
                dist += 60  # "在泰国曼谷开设门店，并在新加坡设立总部": another clause's place
            elif lang == "zh" and "，" in between:
                dist += 30  # "印尼项目已投产，公司还计划在匈牙利建厂"
            before = text[max(0, p.start - 30):p.start]
            if _PREP_EN.search(before) or (lang == "en" and p.start >= t.end and t.text.lower() in (
                    "enter", "enters", "entered", "entering") and px.fullmatch(r"\s+(?:the\s+)?", text[t.end:p.start])):
                # ("opened a store in Hanoi in 2018 and entered Indonesia in 2020": the country
                # a firm enters is its object, as near as a preposition's)
                dist -= 25
                preps.add(id(p))
            if p.extra == "demonym":
                dist += 0 if t.key == "acquisition" else 40
                if t.key == "acquisition" and px.match(r"-listed\b", text[p.end:p.end + 8]):
                    # "taking over the Canadian-listed developer Neo Lithium" after "its 3Q
                    # project in Catamarca": where the firm bought is listed, not where its
                    # asset is
                    dist += 60
            if t.key == "listing" and p.extra == "exchange":
                dist -= 40
            if t.key == "acquisition" and lang == "en" and p.end <= t.start \
                    and _bought_after_name(p, t, text):
                # "owns German concrete-pump maker Putzmeister, which it bought in 2012",
                # "owns Germany's Schwing, acquired in 2012": the firm bought is named before
                # the verb, and its country is where the deal is
                dist -= 120
            elif id(p) in nationality:
                dist += 80
            if lang == "en" and _ROUTE_TO.search(text, max(0, p.start - 40), p.start):
                dist += 60  # "the Belgrade-Novi Sad section of the line to Budapest": where it leads
            elif t.key not in ("acquisition", "joint_venture") and p.start >= t.end \
                    and px.match(r"['’]s\s+(?!(?:first|second|third|largest|biggest|main|new|own)\b)[A-Z]", text[p.end:p.end + 5]) \
                    and px.search(r"[,;]\s+(?:after|while|whereas|as|but)\b", text[t.end:p.start]):
                # "the country's second nuclear power plant, after Russia's Rosatom was chosen
                # for the first": a rival's country, in a clause of its own
                dist += 60
            if p.end <= t.start and lang == "en" and px.match(r"\s*,", text[p.end:t.start]) and px.search(
                    r",\s+(?:which|who|whose)\b[^,;.]*$", text[max(0, p.start - 60):p.start]):
                # "Sinomine, which is listed in Shenzhen, bought Bikita": a place of the
                # relative clause, not of the verb after it
                dist += 60
            if lang == "en" and place_after and p.end <= t.start and _AND_THEN.search(text, p.end, t.start) \
                    and any(o is not t and o.end <= p.start and _PLACE_OF_WORD.fullmatch(text, o.end, p.start)
                            for o in triggers):
                # "runs stores in London and opened a shop inside the Louvre arcade in Paris":
                # the place of the move word before it, when one comes after this move word
                # (not "expand its plant in Monterrey, Mexico, adding a second phase")
                dist += 30
            if p.start >= t.end and "owner" not in t.flags and any(t.end <= o.start < p.start for o in others):
                # "Anta swoops on Puma stake, Huaxin closes Nigeria cement deal": a place
                # after another Chinese firm is that firm's
                continue

            scored.append((dist, p.start, p))
        if not scored:
            return [], None, None, False
        scored.sort(key=lambda x: (x[0], x[1]))
        best = scored[0][2]
        asset = _asset_place(t, [p for _, _, p in scored], text, lang)
        if asset is not None and asset.key != best.key:
            city = asset if isinstance(asset.extra, str) and asset.extra not in ("demonym", "exchange") else None
            return [asset.key], city, asset, id(asset) in preps
        # "with Vale Indonesia and US carmaker Ford": a partner's nationality listed with
        # the host is no second host
        chain = [p for p in _chain(best, places, text) if id(p) not in nationality or p is best]
        hosts = list(dict.fromkeys(p.key for p in chain))
        city = next((p for p in chain if isinstance(p.extra, str)
                     and p.extra not in ("demonym", "exchange")), None)
        if city is None:
            city = next((p for p in places if p.key == best.key and isinstance(p.extra, str)
                         and p.extra not in ("demonym", "exchange")), None)
        return hosts, city, best, id(best) in preps

    @staticmethod
    def _status_for(t: Mention, ms: list[Mention], text: str, lang: str,
                    triggers: list[Mention] = ()):
        best, best_m, best_rank = "announced", None, 0
        others = _rivals(t, triggers)
        cues = [m for m in ms if m.kind == "status"]
        if lang == "zh":
            # "印尼项目已经投产，公司还计划在匈牙利建厂": a cue in the trigger's own clause
            # (between commas) speaks for it; one in another clause only when it has none
            own = [m for m in cues if not px.search(
                r"[，；,;]", text[min(m.end, t.end):max(m.start, t.start)])]
            if own:
                cues = own
        for m in cues:
            if _of_existing_plant(t, m, triggers, text):
                continue
            gap = t.start - m.end if m.end <= t.start else m.start - t.end
            if gap > 90:
                continue
            if any(abs(o.start - m.start) + 15 < abs(t.start - m.start) for o in others):
                continue  # the cue describes another trigger of the sentence
            if m.key == "cancelled" and lang == "en" and any(
                    f.kind == "foreign" and f.end <= m.start and not f.start <= t.start <= m.start
                    and px.fullmatch(r"\s+(?:has\s+|had\s+|have\s+)?", text[f.end:m.start]) for f in ms):
                # "The deal came two months after South Korea's LG Energy Solution pulled
                # out of a larger project": a foreign firm's own exit
                continue
            status = m.key
            if status in ("operating", "under_construction"):
                before = text[max(0, m.start - (14 if lang == "zh" else 30)):m.start]
                if lang == "zh" and any(w in before for w in lx.MODALS_ZH):
                    status = "announced"
                elif lang == "en" and px.search(
                        r"\b(?:" + "|".join(lx.MODALS_EN) + r")\b(?:\s+\w+){0,2}\s*$", before,
                        re.IGNORECASE):
                    status = "announced"
                elif lang == "en" and m.text.lower().startswith("into ") and px.search(
                        r"\b(?:" + "|".join(lx.MODALS_EN) + r")\b[^.;,]*$", text[max(0, m.start - 80):m.start],
                        re.IGNORECASE):
                    status = "announced"  # "will put the plant in Brazil into production"
            rank = _STATUS_RANK[status]
            if rank > best_rank:
                best, best_m, best_rank = status, m, rank
        if best_m is None and t.key == "acquisition" and lang == "zh" and text[t.end:t.end + 1] == "了" \
                and not any(w in text[max(0, t.start - 10):t.start] for w in lx.MODALS_ZH):
            best = "operating"  # "2023年，公司又收购了纳米比亚楚梅布冶炼厂": done
        if best_m is None and t.key == "acquisition" and t.text.lower() in _DONE_DEAL and not px.search(
                r"\b(?:" + "|".join(lx.MODALS_EN) + r"|have|has|had)\b\s*$", text[max(0, t.start - 20):t.start],
                re.IGNORECASE) and not px.search(r"\b(?:if|would|will)\b", text[max(0, t.start - 40):t.start]):
            best = "operating"  # "It bought German robot maker KUKA in 2017": a deal done
        if best_m is None and lang == "en" and t.text.lower() in ("built", "constructed") and px.search(
                r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", text[max(0, t.start - 16):t.start]):
            best = "operating"  # "The station … was built by Sinohydro": standing now
        return best, best_m

    @staticmethod
    def _money_for(t: Mention, ms: list[Mention], text: str,
                   triggers: list[Mention]) -> Mention | None:
        bad = [m for m in ms if m.kind == "notvalue"]
        trig = _rivals(t, triggers)
        best, best_d = None, 10 ** 9
        for m in ms:
            if m.kind != "money":
                continue
            if any(abs(b.start - m.start) < 30 for b in bad):
                continue
            if _UNIT_PRICE.search(text, max(0, m.start - 8), m.start) or _UNIT_PRICE_AFTER.match(text, m.end):
                continue  # "金价突破每盎司4000美元", "$4,000 an ounce": a price, not a deal
            if m.extra.usd_m is not None and m.extra.usd_m < MIN_VALUE_USD_M:
                continue  # "发售价36.30港元", "US$1.99 launch deals": a price, not an investment
            if t.kind == "trigger" and any(
                    abs(o.start - m.start) + 20 < abs(t.start - m.start) for o in trig):
                continue  # the sum belongs to another trigger of the sentence
            if (between := text[min(t.end, m.end):max(t.start, m.start)]).find("，") >= 0 \
                    and (t.kind == "weak" or _LATER_ZH.search(between)) and any(
                    o.kind == "trigger" and o is not t and abs(o.start - m.start) < abs(t.start - m.start)
                    for o in triggers):
                continue  # "约22亿美元战略投资，双方还商定…设立": a strong word nearer the sum has it
            if m.start > t.end and (c := _CLAUSE.search(text, t.end, m.start)) and any(
                    f.kind in _COMPANY_KINDS and c.end() <= f.start < m.start for f in ms):
                # "now runs dozens of outlets, while Mixue Group, which raised HK$3.45
                # billion in its IPO, …": a sum in another firm's clause is that firm's
                continue
            d = abs(m.start - t.start)
            if d < best_d:
                best, best_d = m, d
        return best

    @staticmethod
    def _date_for(t: Mention, ms: list[Mention], triggers: list[Mention] = (),
                  text: str | None = None, ref_year: int | None = None) -> Mention | None:
        others = _rivals(t, triggers)
        dated = [m for m in ms if m.kind == "date" and m.extra.year is not None
                 and not (text is not None and _of_existing_plant(t, m, triggers, text))]
        if text is not None:
            # "Its plant in Rayong began production in July 2024, and a factory in Camacari
            # started assembling cars this year": a date in the clause of another trigger
            # is that trigger's, however near
            first = min((o.start for o in triggers), default=t.start)

            def split(a: int, b: int) -> bool:
                # a date before every trigger ("2024年，公司在伦敦开设旗舰店，并在洛杉矶设立
                # 北美总部") dates the whole sentence
                return b >= first and _DATE_CLAUSE.search(text, min(a, b), max(a, b)) is not None
            own = [m for m in dated if not split(t.start, m.start)]
            dated = own if own else [m for m in dated if not any(
                o.kind == "trigger" and o is not t and not split(o.start, m.start) for o in triggers)]
            # a rival in another clause does not take a date of this one
            dated = [m for m in dated if not any(abs(o.start - m.start) + 15 < abs(t.start - m.start)
                                                 and not split(o.start, m.start) for o in others)]
        else:
            dated = [m for m in dated
                     if not any(abs(o.start - m.start) + 15 < abs(t.start - m.start) for o in others)]
        if ref_year is not None and any(m.extra.year <= ref_year for m in dated):
            # "announced in August 2022, … expected to start production early next year": a
            # year after the news is a target; the move is dated by what has happened
            dated = [m for m in dated if m.extra.year <= ref_year]
        if not dated:
            return None
        return min(dated, key=lambda m: abs(m.start - t.start))

    @staticmethod
    def _partner_for(t: Mention, comp: Mention, ms: list[Mention]) -> Mention | None:
        if t.key not in ("joint_venture", "acquisition", "licensing", "construction_contract",
                         "financing"):
            return None
        # a partner is a foreign firm, or a firm the registry does not know named after the
        # trigger; registry firms of China are movers in their own right
        others = [m for m in ms if m.key != comp.key and (
            m.kind == "foreign" or (m.kind == "candidate" and m.start >= t.end))]
        if not others:
            return None
        return min(others, key=lambda m: abs(m.start - t.start))

    def _merge(self, proposals: list[_Proposal], text: str, ref_year: int | None = None,
               first_name: dict[str, Mention] | None = None,
               headline: int | None = None, spoken: frozenset[int] = frozenset()) -> list[ExtractedMove]:
        groups: dict[tuple[str, str, str], list[_Proposal]] = {}
        # "Zijin to buy Canada's Neo Lithium" over "… giving it control of a project in
        # Argentina": the headline's country is the one the body's deal passed over
        displaced = {(p.company_key, p.displaced) for p in proposals if p.displaced}
        proposals = [p for p in proposals if not (
            p.move_type == "acquisition" and not p.displaced and (p.company_key, p.host) in displaced)]
        strong_pairs = {(p.company_key, p.host) for p in proposals if not p.weak}
        jv_pairs = {(p.company_key, p.host) for p in proposals if p.move_type == "joint_venture"}
        jv_sents: dict[tuple[str, str], set[int]] = {}
        jv_cities: dict[tuple[str, str], set[str]] = {}
        for p in proposals:
            if p.move_type == "joint_venture":
                jv_sents.setdefault((p.company_key, p.host), set()).add(p.sent)
                if p.city is not None:
                    jv_cities.setdefault((p.company_key, p.host), set()).add(str(p.city.extra))
        for p in sorted(proposals, key=lambda p: p.sent):
            mtype = p.move_type
            pair = (p.company_key, p.host)
            # "a battery factory ..., a project that gives the Chinese battery giant its third
            # production site in Europe": an ordinal after a plant of the same sentence
            # counts the same plant, it is not a second one
            restated = any(q.sent == p.sent and (q.company_key, q.host) == pair and q is not p
                           and q.move_type in _PLANT_TYPES and q.trigger.start < p.trigger.start
                           for q in proposals)
            # "its first HPAL plant, in the Morowali industrial park" after a venture at
            # Sorowako: a plant at another site is not the venture's
            elsewhere = p.company_direct and p.city is not None \
                and str(p.city.extra) not in jv_cities.get(pair, {str(p.city.extra)})
            # "The venture will take over part of the production now done at Vivo's own factory
            # in Greater Noida": the firm's own plant is not the venture's
            elsewhere = elsewhere or _OWN_BEFORE.search(text, max(0, p.trigger.start - 30), p.trigger.start) is not None
            if mtype == "greenfield_plant" and pair in jv_sents and not p.weak and not elsewhere \
                    and (restated or not _ANOTHER.search(text[max(0, p.trigger.start - 14):p.trigger.start])) and (
                    _DEFINITE.search(text[max(0, p.trigger.start - 30):p.trigger.start])
                    or min(abs(p.sent - j) for j in jv_sents[pair]) <= 1
                    # "宁德时代印尼电池项目开工" over a body that tells the venture building it
                    or (headline is not None and p.sent == headline)):
                # "formed a JV ... . The plant will ...", "双方合资建设的这座工厂": the
                # plant is what the joint venture builds, not a second move
                mtype = "joint_venture"
            if p.attach_only and p.weak and p.move_type == "other" and any(
                    q.sent == p.sent and not q.weak and q.company_key == p.company_key
                    and q.host != p.host for q in proposals):
                # "It entered Singapore in 2023 and opened its first store in Malaysia"
                p.attach_only = False
                p.company_direct = True
            if p.weak and p.move_type == "other" and pair not in strong_pairs and p.company_direct:
                # "It entered Singapore in 2023 and opened its first store in Malaysia"
                same = [q for q in proposals if q.sent == p.sent and not q.weak
                        and q.company_key == p.company_key and q.move_type != "other"]
                if same:
                    mtype = min(same, key=lambda q: abs(q.trigger.start - p.trigger.start)).move_type
                    p.weak = False
                elif _ENTRY.fullmatch(p.trigger.text.lower()):
                    # "喜茶先后进入英国、美国…": entering a market is what the firm does
                    # everywhere else in the article (opening shops, for a tea chain)
                    kinds = {q.move_type for q in proposals if not q.weak
                             and q.company_key == p.company_key
                             and q.move_type not in ("listing", "other")}
                    # only a chain enters a market by opening shops; a carmaker or a
                    # miner entering a market sells there, which is no facility
                    if kinds == {"retail_store"}:
                        mtype = kinds.pop()
                        p.weak = False
                    else:
                        continue  # "陆续进入德国、荷兰市场": sales, not a facility
            if not p.weak and mtype == "greenfield_plant" and _refers_back(text, p.trigger.start) \
                    and "own" not in p.trigger.flags:
                # "…收购的伊拉塞马波利斯工厂。…该工厂初期年产能为2万辆": the plant named is the
                # one the firm bought at that place (an expansion of it is a move of its own)
                same = [k for k in groups if k[:2] == pair and k[2] == "acquisition"]
                if same and not any(k == (pair[0], pair[1], mtype) for k in groups):
                    groups[max(same, key=lambda k: max(q.sent for q in groups[k]))].append(p)
                    continue
            if not p.weak and mtype == "greenfield_plant" and _named_by_place(p, text):
                # "与埃布罗…组建合资公司。…奇瑞方面表示，西班牙工厂是其…重要一步", "its Spanish
                # plant": the plant the firm's venture or purchase there made, called by its place
                same = [k for k in groups if k[:2] == pair and k[2] in ("joint_venture", "acquisition")]
                if same and not any(k == (pair[0], pair[1], mtype) for k in groups):
                    groups[max(same, key=lambda k: max(q.sent for q in groups[k]))].append(p)
                    continue
            if not p.company_direct and not p.weak and not p.attach_only and _refers_back(text, p.trigger.start) and not (
                    p.status == "operating" and p.date is not None):  # "The plant began production in 2023" tells its own story
                # "The plant is located in the China-Egypt TEDA Suez zone": the plant named
                # before (a line added at it) is told more about, at a place of its own
                same = [k for k in groups if k[:2] == pair
                        # ("…European headquarters in Budapest. Its car plant in Szeged": a
                        # plant is no more about an office)
                        and not (mtype in _PLANT_TYPES and k[2] in _NOT_PLANTS)]
                if same and not any(k[2] == mtype for k in same):
                    groups[max(same, key=lambda k: max(q.sent for q in groups[k]))].append(p)
                    continue
            if p.attach_only and p.weak and mtype == "greenfield_plant" and p.city is not None:
                cities = [{str(q.city.extra) for q in groups[k] if q.city is not None}
                          for k in groups if k[:2] == pair]
                if cities and all(c and str(p.city.extra) not in c for c in cities):
                    # "…合资开发的胡胡伊省Cauchari-Olaroz盐湖项目已于2023年投产；位于萨尔塔省的
                    # Mariana盐湖项目正处于建设阶段": a project at another town of the same
                    # country is another site
                    p.attach_only = p.weak = False
            if p.attach_only:
                # "the plant", "该项目" without a company or place of its own: more about a
                # move already introduced, not a new one
                same = [k for k in groups if k[0] == p.company_key]
                if same:
                    k = max(same, key=lambda k: (k[1] == p.host, k[2] == mtype,
                                                 max(q.sent for q in groups[k])))
                    if k[2] != mtype and not p.weak:
                        # "the plant" after a joint venture may be another thing; "the
                        # project has been put on hold" is the venture itself
                        p.status, p.status_mention = "announced", None
                    groups[k].append(p)
                    continue
                if p.weak:
                    continue
            if not p.company_direct and not any(k[0] == p.company_key for k in groups) \
                    and _refers_back(text, p.trigger.start) and not (
                        # ("The plant in Szeged, Hungary, announced in December 2023, is under
                        # construction": a plant the phrase itself places is told here first)
                        p.host_mention is not None and (w := _PLACE_OF_WORD.match(text, p.trigger.end))
                        and w.end() == p.host_mention.start and _SUBJECT_THE.search(
                            text, max(0, p.trigger.start - 40), p.trigger.start)) and not (
                        # ("Wang Chuanfu: The Rayong plant started production last July": an
                        # interviewee names the firm's own plant by its place)
                        p.sent in spoken and any(_SPOKEN_PLANT.fullmatch(text, max(0, m.start - 4), p.trigger.start)
                                                 for m in (p.host_mention, p.city) if m is not None)):
                # "出售其…工厂。这座工厂年产能5GW": "the plant" of a move not made (sold,
                # hedged, at home) is no move either
                continue
            if mtype == "acquisition" and p.trigger.text.lower() in lx.STAKE_WORDS \
                    and (p.company_key, p.host) in jv_pairs:
                mtype = "joint_venture"
            if p.weak:
                if (p.company_key, p.host) in strong_pairs:
                    same = [q for q in proposals if not q.weak and q.company_key == p.company_key
                            and q.host == p.host]
                    near = min(same, key=lambda q: abs(q.sent - p.sent))
                    mtype = near.move_type
                    if mtype == "plant_expansion" and p.move_type == "greenfield_plant":
                        mtype = p.move_type  # the plant an expansion presupposes
                    elif p.company_direct and p.move_type in ("office_hq", "rnd_center") \
                            and p.trigger.text.isascii() and abs(near.sent - p.sent) > 2:
                        # "Pudu set up a Japanese subsidiary in Tokyo in 2021", paragraphs
                        # after "restaurants from Tokyo to Toronto": a firm's own weak word,
                        # far from the strong one, says what it did
                        mtype = p.move_type
                elif not p.company_direct:
                    continue
            groups.setdefault((p.company_key, p.host, mtype), []).append(p)
        if headline is not None:
            # the headline states the lead's move in fewer words ("CATL to build plant in
            # Spain" over "... a joint venture to build a plant"): a headline-only move of a
            # company and host the body types otherwise joins the body's move
            for k in [k for k, ps in groups.items() if all(p.sent == headline for p in ps)]:
                body = [b for b in groups if b[:2] == k[:2] and b != k
                        and any(p.sent != headline for p in groups[b])]
                if body:
                    best = min(body, key=lambda b: _PRECEDENCE.get(b[2], 99))
                    groups[best].extend(groups.pop(k))
        moves = []
        for (ckey, host, mtype), ps in _split_sites(groups, headline):
            ps.sort(key=lambda p: (p.weak, p.sent))
            lead = ps[0]
            ps_in_order = sorted(ps, key=lambda p: p.sent)
            ev: dict[str, Span] = {}

            def span(m: Mention) -> Span:
                return Span(m.start, m.end, text[m.start:m.end])

            comp_m = next((p.company for p in ps_in_order if p.company_direct), lead.company)
            if comp_m.kind == "candidate" and first_name and ckey in first_name:
                # a firm the registry does not know is named as the article first names it
                # ("中国能建", not the "中国能建国际集团" of a later sentence)
                comp_m = first_name[ckey]
            ev["company"] = span(comp_m)
            ev["move_type"] = span(lead.trigger)
            host_m = next((p.host_mention for p in ps_in_order
                           if p.host_mention is not None and p.host_mention.key == host), None)
            if host_m is not None:
                ev["host_iso3"] = span(host_m)
            city_ms = [p.city for p in ps_in_order if p.city is not None and p.host == host]
            city_m = next((c for c in city_ms if _city_kind(c.extra) == "city"),
                          city_ms[0] if city_ms else None)
            if city_m is not None:
                ev["city"] = span(city_m)
            money_m = next((p.money for p in ps_in_order if p.money is not None), None)
            if money_m is not None:
                ev["value"] = span(money_m)
            # "近日已突破100家" in the lead, "2023年在首尔开出首家门店" later: the date of a
            # sentence that says what happened (a status cue) dates the move
            dated = [p for p in ps_in_order if p.date is not None]
            cued = [p for p in dated if p.status_mention is not None]
            date_m = (cued or dated)[0].date if dated else None
            if date_m is not None:
                ev["year"] = span(date_m)
            st = max(ps_in_order, key=lambda p: (_STATUS_RANK[p.status], -p.sent))
            if st.status_mention is not None:
                ev["status"] = span(st.status_mention)
            partner_m = next((p.partner for p in ps_in_order if p.partner is not None), None)
            if partner_m is not None:
                ev["partner"] = span(partner_m)
            is_cand = comp_m.kind == "candidate"
            sector = (self.company_sector.get(ckey) if not is_cand else None) or "other"
            money = money_m.extra if money_m is not None else None
            date = date_m.extra if date_m is not None else None
            status = st.status
            if status == "announced" and st.status_mention is None and date is not None \
                    and date.year is not None and ref_year is not None and date.year < ref_year \
                    and date.qualifier not in ("by",):
                # "bought Italy's Candy in 2019", "2024年在马来西亚开出第100家门店": a move dated
                # before the news, with nothing saying it is still a plan, has happened
                status = "operating"
            conf = max(p.confidence for p in ps)
            if len(ps) > 1:
                conf = min(0.99, conf + 0.05)
            moves.append(ExtractedMove(
                company_id=None if is_cand else ckey,
                company_name=comp_m.text, is_candidate=is_cand, host_iso3=host,
                city=(city_m.extra if city_m is not None else None), move_type=mtype,
                sector=sector,
                value_amount=money.amount if money else None,
                value_currency=money.currency if money else None,
                value_usd_m=money.usd_m if money else None,
                year=date.year if date and not (
                    # "plans a plant … to start production in 2027": a plan is dated by the news
                    ref_year is not None and date.year > ref_year and status == "announced") else ref_year if date else (
                    # a building site is a state, not news of a day: no year
                    ref_year if st.status == "announced" or (
                        st.status != "under_construction"
                        and any(_is_news(p, text, headline) for p in ps)) else None),
                month=date.month if date else None,
                status=status, partner=partner_m.text if partner_m is not None else None,
                confidence=round(conf, 2), evidence=ev,
                sentences=sorted({p.sent for p in ps})))
        moves.sort(key=lambda m: (m.sentences[0], m.evidence["move_type"].start))
        return moves


#: "on Wednesday", "this week", "近日", "周一": what the article reports as news
_NEWS_DAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                       r"this\s+week|today|yesterday|tonight)\b|近日|日前|今日|今天|昨日|昨天|本周|"
                       r"周[一二三四五六日]|星期[一二三四五六日天]|当天|当日")
_SENT_END = re.compile(r"[.!?。！？\n]")


def _is_news(p: _Proposal, text: str, headline: int | None) -> bool:
    """Whether a move without a date of its own is the article's news, which happens in
    the year of publication: it is in the headline or the lead (the first two sentences
    of the body), or its sentence says "on Wednesday", "近日"."""
    first_body = 0 if headline is None else headline + 1
    if p.sent <= first_body + 1:
        return True
    start = max((m.end() for m in _SENT_END.finditer(text, max(0, p.trigger.start - 300),
                                                     p.trigger.start)), default=0)
    end_m = _SENT_END.search(text, p.trigger.end)
    return _NEWS_DAY.search(text, start, end_m.start() if end_m else len(text)) is not None


#: places nearer than this are one site written two ways ("New York" and "Manhattan",
#: "Figueruelas" and "Zaragoza")
SITE_KM = 150.0


_PLACEMENT_WORDS = {w.lower() for w in lx.PLACEMENTS[0] + lx.PLACEMENTS[1]}


def _currency_place(t: Mention, ms: list[Mention], lang: str) -> Mention | None:
    """The country a price points to when the sentence names none, as a place mention on
    the price: shares sold for Hong Kong dollars are listed in Hong Kong ("raised HK$41
    billion in the year's biggest listing"), and so are new shares placed; in Chinese news a purchase priced in a
    one-country currency is of a firm of that country ("以129亿日元完成收购东芝映像…"; English
    news prices London-listed miners in pounds, whatever their mines' country)."""
    if t.key == "listing" or (t.key == "financing" and t.text.lower() in _PLACEMENT_WORDS):
        homes = {"HKD": "HKG"}  # ("配售8亿股新股，募资约425亿港元": a placement in Hong Kong)
    elif t.key == "acquisition" and lang == "zh":
        homes = CURRENCY_COUNTRY
    else:
        return None
    paid = next((m for m in ms if m.kind == "money" and m.extra.currency in homes), None)
    if paid is None:
        return None
    return Mention("place", paid.start, paid.end, homes[paid.extra.currency], None, paid.text)


def _past_abbreviation(text: str, pos: int) -> int:
    """The position after a short name in brackets at ``pos`` ("… Corp of China (PowerChina)")."""
    m = px.match(r"\s*[（(][^()（）]{1,30}[)）]", text[pos:pos + 40])
    return pos + m.end() if m else pos


def _in_appositive(t: Mention, firms: list[Mention], places: list[Mention], text: str, se: int) -> bool:
    """Whether trigger ``t`` is in a noun phrase that describes a firm and names no place
    ("Mixue Group, China's biggest fresh-drinks chain by number of outlets, jumped …"): it
    says what the firm is, not what it did."""
    for f in firms:
        if f.end <= t.start and px.fullmatch(r",\s+(?:China's|the|a|an)\s+[^,;.()]*", text[f.end:t.start]) \
                and not px.search(r"\b(?:that|which|who|whose|is|was|has|had|will|with)\b", text[f.end:t.start]) \
                and not px.search(r"\s(?:it|the\s+company|the\s+group)\s+$", text[f.end:t.start]):
            # (not "Hungary's BorsodChem, the MDI producer it acquired in 2011": what the
            # subject did to the firm described)
            close = px.match(r"[^,;.]*,", text[t.end:se])
            if close is None:
                return False
            end = t.end + close.end()
            return not any(f.end <= p.start < end for p in places)
    return False


#: "with InoBat", "with local partner Harita", "together with Stellantis": a partner named
#: right after the plant ("a plant in Slovakia with InoBat") or before it ("a proposal with
#: Megha Engineering to build a plant")
_WITH_PARTNER = re.compile(r"\s*(?:,\s*)?\b(?:(?:together\s+)?with|alongside)\s+(?:(?:its|a|the)\s+)?"
                           r"(?:(?:local|[A-Z][a-z]+n|joint[\s-]venture)\s+)?(?:partners?\s+)?"
                           r"(?:[A-Z][\w.-]*-based\s+)?$")
#: a participle before "with" a plant's partner: "its Zhanatas wind farm, developed with local
#: partner Visor Holding"
_MADE_TOGETHER = r"(?:(?:being|is|was)\s+)?(?:developed|built|constructed|operated|run|owned|set\s+up)(?:\s+jointly)?"
#: what may stand between a plant and "with" its partner: its place ("in Slovakia", "on Obi
#: island"), nothing else
_PLANT_PLACE = re.compile(r"(?:\s+(?:in|at|on|near)\s+(?:the\s+)?[A-Z][\w-]*"
                          r"(?:,?\s+(?:[A-Z][\w-]*|island|province|state|region|county|city)){0,3}?)?"
                          r"(?=,?\s+(?:_BY_HAND\s+)?(?:together\s+)?with\s|,?\s+alongside\s)"
                          .replace("_BY_HAND", _MADE_TOGETHER))
#: a partner the pipeline did not know as a firm: a capitalised name right after "with"
_WITH_NAME = re.compile(r",?\s+(?:(?:_BY_HAND\s+)?(?:together\s+)?with|alongside)\s+(?:(?:its|a)\s+)?(?:local\s+)?(?:partners?\s+)?"
                        r"(?P<name>(?!(?:The|A|An|Its|Their|His|Her|Local|Government|State|Chinese)\b)"
                        r"[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})".replace("_BY_HAND", _MADE_TOGETHER))


def _chinese_partner(t: Mention, firms: list[Mention], text: str, se: int) -> Mention | None:
    """The Chinese firm a venture is formed "with": after it ("a joint venture with Vivo"), or
    before it ("signed an agreement with Longcheer Technology … to set up a venture")."""
    for f in firms:
        if f.kind not in _COMPANY_KINDS:
            continue
        if t.end <= f.start <= t.end + 60 and px.fullmatch(
                r"\s+(?:in\s+[A-Z][\w\s]{0,20}?\s+)?with\s+(?:(?:the\s+)?[\w-]+\s+){0,4}", text[t.end:f.start]):
            return f
        if t.end <= f.start <= t.end + 160 and px.fullmatch(
                # "a joint venture between the state-owned North-West Power Generation
                # Company and China National Machinery Import & Export Corporation"
                # (the first described: "between Dixon Technologies, India's largest
                # electronics contract manufacturer, and Chinese smartphone designer Longcheer")
                r"\s+between\s+(?:the\s+)?(?:[\w&.'’-]+,?\s+){1,14}?and\s+(?:(?:the\s+)?[\w-]+\s+){0,3}",
                text[t.end:f.start]):
            return f
        if t.end <= f.start <= t.end + 120 and px.fullmatch(
                # "a joint venture of PT Vale Indonesia, China's Zhejiang Huayou Cobalt and Ford",
                # "the joint venture of Spain's Ebro EV Motors and China's Chery Automobile"
                # ("… of Indonesia Battery Corporation (IBC) and a subsidiary of CATL")
                r"\s+of\s+(?:[^.;]{0,90}?(?:,\s+|\s+and\s+))?(?:(?:the\s+)?[\w'’-]+\s+){0,2}(?:(?:a|an|the)\s+"
                r"(?:subsidiary|unit|affiliate)\s+of\s+)?", text[t.end:f.start]) \
                and px.search(r",|\band\b", text[t.end:f.start] + text[f.end:f.end + 6]):
            return f
        if f.end <= t.start <= f.end + 120 and px.search(r"\bwith\s+(?:(?:the\s+)?[\w-]+\s+){0,4}$", text[max(0, f.start - 50):f.start]) \
                and px.search(r"\bto\s+(?:set\s+up|form|create|establish|launch)\s+(?:a|an|the)\s+(?:[\w:%-]+\s+){0,3}$",
                              text[f.end:t.start]) and not px.search(r"[.;]", text[f.end:t.start]):
            return f
    return None


def _built_with_partner(t: Mention, comp: Mention, firms: list[Mention], triggers: list[Mention],
                        text: str, se: int, host_m: Mention | None = None) -> bool:
    """Whether a plant is built with a partner, which makes it a joint venture: a firm after
    "with" right after the plant and its place ("a battery plant in Slovakia with InoBat",
    "an HPAL plant on Obi island with local partner Harita"), a foreign firm after "with"
    before it ("a proposal with Megha Engineering to build a plant"), or the company's own
    venture trigger before it in the same clause ("LONGi's joint venture with Invenergy …
    began producing panels at a factory in Ohio")."""
    after = text[t.end:min(se, t.end + 80)]
    at = _PLANT_PLACE.match(after)
    w = _WITH_NAME.match(after, at.end()) if at else None
    # the partner is of the plant at this move's place, not of another plant of the list
    if w is not None and host_m is not None and t.end <= host_m.start < t.end + at.end():
        pos = t.end + w.start("name")
        firm = next((f for f in firms if f.start <= pos < f.end), None)
        if any(o.start == pos for o in triggers):
            return False  # "a car plant in Manisa, with R&D centre": a second facility
        customer = px.match(r"\s+as\s+(?:its|an?|the)\s+(?:[\w-]+\s+){0,2}(?:customer|client|buyer|offtaker)s?\b",
                            text[t.end + w.end():t.end + w.end() + 50])
        if not customer and (firm is None and not px.match(r"['’]s?\b", after[w.end():])
                             and to_iso3(w.group("name")) is None or firm is not None and firm.kind == "foreign"):
            return True
    if comp.start >= t.end and px.fullmatch(r"\s+(?:that|which)\s+", text[t.end:comp.start]) and px.match(
            r"\s+(?:developed|built|set\s+up|operates|runs|owns|co-owns)\s+(?:jointly\s+)?with\s+(?:its\s+|a\s+)?"
            r"(?:local\s+)?(?:partners?\s+)?[A-Z]", text[comp.end:comp.end + 60]):
        return True  # "the Morowali industrial park that Tsingshan developed with local partner Bintang Delapan"
    for f in firms:
        if f.kind == "foreign" and f.end <= t.start and comp.end <= f.start and t.start - f.end <= 60 \
                and _WITH_PARTNER.search(text[max(comp.end, f.start - 40):f.start]) \
                and px.search(r"\bto\s+(?:build|set\s+up|construct|make|produce)\b", text[f.end:t.start]) \
                and not px.search(r"[.;]", text[f.end:t.start]):
            return True
    for j in triggers:
        if j.key == "joint_venture" and j.kind == "trigger" and comp.end <= j.start < t.start \
                and px.fullmatch(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}", text[comp.end:j.start]) \
                and not _ANOTHER.search(text[max(0, t.start - 14):t.start]) \
                and not px.search(r"[.;]|\band\s+(?:also\s+)?(?:built|opened|set\s+up|launched)\b", text[j.end:t.start]) \
                and px.search(r"\b(?:began|begins|started|starts|will|would|plans?|is|was|has|have|runs?|operates?)\b",
                              text[j.end:t.start]):
            return True
    return False


def _an_exit(t: Mention, text: str, ss: int) -> bool:
    """"agreed to sell its factory", "出售其工厂": a sale is an exit, not a move; but "has
    closed its purchase of Jack Wolfskin" is a deal done, and "sold GDRs in London" or
    "sold bonds" sells the firm's own paper, which raises money."""
    before = text[max(ss, t.start - 45):t.start]
    if t.key in ("listing", "financing") or not _DIVEST.search(before):
        return False
    return not (_DEAL_NOUN.match(t.text) and _CLOSED_DEAL.search(before))


def _fact_clause(t: Mention, cues: list[Mention], text: str, ss: int, se: int) -> bool:
    """Whether trigger ``t`` is in a relative clause closed before every hearsay cue of its
    sentence: "Chagee, the brand that entered Malaysia in 2019 and now runs 150 outlets
    there, is reportedly preparing a listing" reports the listing, not the outlets."""
    if not px.search(r",\s+(?:(?:the|a|an)\s+[^,;]{0,60}?\s+)?(?:that|which|who)\s+[^,;]*$", text[ss:t.start]):
        return False
    close = text.find(",", t.end, se)
    return close >= 0 and all(c.start > close for c in cues)


_WHICH_IT_BOUGHT = re.compile(r",\s+(?:which|that)\s+(?:it|we|they|the\s+[a-z]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
                              r"(?:had\s+|has\s+|have\s+)?")


def _named_by_place(p: _Proposal, text: str) -> bool:
    """Whether the plant is called by its place alone: "西班牙工厂", "巴塞罗那工厂", "its
    Spanish plant", "the Barcelona factory"."""
    h = p.host_mention
    if h is None or h.end > p.trigger.start:
        return False
    gap = text[h.end:p.trigger.start]
    if "\u4e00" <= text[p.trigger.start:p.trigger.start + 1] <= "\u9fff":
        return gap == "" and not px.search(r"[建设办开投]$", text[max(0, h.start - 1):h.start])
    return px.fullmatch(r"\s+", gap) is not None and px.search(
        r"\b(?:its|their|the|his|her)\s+$", text[max(0, h.start - 8):h.start]) is not None


#: a foreign firm's own plant, named by the owner's possessive: "Renault's plant", "Ford's
#: Louisville assembly plant"
_FOREIGN_OWNS_EN = re.compile(r"['’]s?\s+(?:(?:existing|idle|former|own|[A-Z][\w-]+)\s+){0,2}(?:[a-z-]+\s+)?")


#: a firm's share of another firm told as held: "has owned 49.9% of ", "holds a 34% stake in "
_SHARE_OF_FIRM_EN = re.compile(r"\b(?P<verb>(?:(?:has|have|had)\s+)?(?:owned|held|owns|holds|own|hold))\s+"
                               r"(?:a\s+|an\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?")


#: a plant called by its place in speech, as both sides know it: "The Rayong plant", "our
#: Szeged plant", "the Camaçari complex" (the place's own words between)
_SPOKEN_PLANT = re.compile(r"(?:[Tt]he|[Oo]ur)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,2}?\s+")


#: what is left of a page's title once its firm is taken out: "company profile",
#: "(2899.HK / 601899.SH)", "发展历程", "公司简介"
_TITLE_SEP = r"[\s·|/:：,，.()（）\-–—]*"
_TITLE_REST = re.compile(
    rf"(?i){_TITLE_SEP}(?:(?:(?:the\s+)?(?:company|corporate|group)?\s*(?:profile|overview|history|fact\s*sheet|"
    r"at\s+a\s+glance)|co\.?,?\s*(?:ltd|limited)\.?|limited|company|group|holdings?|inc\.?|corp(?:oration)?\.?|"
    r"mining|technology|technologies|"
    r"[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司|集团)|公司简介|公司概况|企业简介|集团简介|发展历程|"
    rf"大事记|简介|概况|历程|关于){_TITLE_SEP})*")


#: what follows a firm's name on the line that says the firm wrote the page: a report's
#: title ("2024 Annual Report, Management Discussion and Analysis", "《2024年社会责任报告》…"),
#: a job board's terms ("· Full-time · On-site"), a department and a date ("人力资源部　2025年4月")
_REPORT_WORDS = (r"(?:annual|interim|half[- ]year(?:ly)?|sustainability|ESG|integrated|corporate\s+social\s+responsibility|"
                 r"CSR|environmental,?\s+social\s+and\s+governance)\s+report|letter\s+(?:from|of)\s+the\s+chairman|"
                 r"chairman['’]s\s+(?:letter|statement)|"
                 r"年度报告|半年度报告|年报|半年报|社会责任报告|可持续发展报告|ESG报告|环境、社会及(?:公司)?(?:治理|管治)报告")
_AUTHOR_REST = re.compile(
    rf"(?i)[\s·|:：,，]*(?:(?:\d{{4}}\s*(?:年度?)?\s*)?《?\s*(?:\d{{4}}\s*年度?\s*)?(?:{_REPORT_WORDS})|"
    # (a job board's fields stand between "·" or "|", no sentence: not "Chery posted record …")
    r"[^\n。，,.]{0,120}?[·|][^\n。，.]{0,120}?(?:\bfull[- ]time\b|\bpart[- ]time\b|\bon[- ]site\b|"
    r"\bcampus\s+recruitment\b|\bposted\b|校园招聘|社会招聘|招聘)|"
    r"(?:[\u4e00-\u9fff]{0,8}(?:人力资源部|采购中心|采购部|招聘中心|办公室|党委宣传部)|发布)?[\s　]*"
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[\s　]*$)")


def _table_rows(text: str, mentions: list[Mention]) -> dict[int, str]:
    """Line start -> move type, for each row of a text table ("| 3SBio | Pfizer (US) | … |"
    under "| Chinese company | Partner | Asset | Upfront |"): a table lists moves of the one
    kind its caption names ("the largest out-licensing deals", "中国企业年内境外上市前六名如下"),
    the firm in its row, the place or partner in the other cells. The header row names no
    firm, so it yields nothing."""
    rows: dict[int, str] = {}
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    first = next((i for i, (_, ln) in enumerate(lines) if ln.strip()), 0)
    i, after = 0, 0  # (after: the end of the last table, where a caption may start)

    def row(k: int) -> str | None:
        ln = lines[k][1]
        if ln.lstrip().startswith("|") and ln.count("|") >= 3:
            return "|"
        return "—" if _DASH_ROW.match(ln) else None

    while i < len(lines):
        kind = row(i)
        if kind is None:
            i += 1
            continue
        members, j = [i], i + 1
        while j < len(lines) and (row(j) == kind or (kind == "—" and not lines[j][1].strip())):
            if row(j) == kind:
                members.append(j)
            j += 1
        # a pipe table's first row is its header; a list of dashed items has none
        data = members if kind == "—" else members[1:]
        start = lines[members[0]][0]
        # the caption: the text just before the table, or else the headline
        head_end = lines[first][0] + len(lines[first][1])
        # (the headline captions the first table only)
        lo = max(after, start - 300)
        words = [m for m in mentions if m.kind == "trigger" and m.key != "other"
                 and (lo <= m.start < start or (m.start < head_end and not after))]
        key = max(words, key=lambda m: m.start).key if words else None
        if key is None and (_DEALS.search(text, lo, start) or (not after and _DEALS.search(text, 0, head_end))):
            key = "acquisition"  # "the 10 transactions that defined 2024", "年度十大并购交易"
        # (a dashed line alone is prose: "Great Wall — the maker of Haval SUVs — reported …")
        if key is not None and data and len(members) >= 2:
            for k in data:
                rows[lines[k][0]] = key
        i, after = j, lines[members[-1]][0] + len(lines[members[-1]][1])
    return rows


def _author_firm(text: str, mentions: list[Mention]) -> Mention | None:
    """The firm that wrote the page, when a line under its headline names it as the author:
    "BYD Company Limited, 2024 Annual Report, Management Discussion and Analysis (excerpt)",
    "长城汽车股份有限公司《2025年度社会责任报告》", "JA Solar · Sohar Freezone, Oman · Full-time",
    "发布单位：中国葛洲坝集团国际工程有限公司人力资源部　2025年3月". A firm's own report, letter or
    job advert calls it "the Group", "公司", "we" throughout."""
    pos, seen = 0, 0
    for line in text[:400].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen == 1:
            continue  # the headline tells news; the line under it says who wrote it
        if seen > 3:
            return None
        lead = px.match(r"[\s　]*(?:发布单位|发布人|来源|Source)\s*[:：]\s*", line)
        at = start + (lead.end() if lead else len(line) - len(line.lstrip()))
        # (a province before a registered short name: "浙江华友钴业股份有限公司")
        firm = next((m for m in mentions if m.kind in _COMPANY_KINDS and at <= m.start <= at + 4
                     and px.fullmatch(r"[\u4e00-\u9fff]*", text[at:m.start])), None)
        if firm is None:
            continue
        rest = px.sub(r"^[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司|集团)|^\s*[（(][^()（）]{0,40}[)）]",
                      "", text[firm.end:start + len(line)])
        if _AUTHOR_REST.match(rest):
            return firm
    return None


def _page_firm(text: str, mentions: list[Mention], lang: str) -> Mention | None:
    """The one firm a profile or history page is about, when its title (one of the first two
    lines) is that firm's name and little else: "Zijin Mining Group Co., Ltd. (2899.HK /
    601899.SH) company profile", "长城汽车发展历程", "BYD Company"; None for a news headline."""
    pos = 0
    for line in text[:300].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= start + len(line)]
        if any(m.kind in ("trigger", "weak") for m in inside):
            return None  # a headline telling news
        firms = [m for m in inside if m.kind in _COMPANY_KINDS]
        if len({m.key for m in firms}) == 1:
            rest = line
            for m in sorted(firms, key=lambda m: -m.start):
                rest = rest[:m.start - start] + " " + rest[m.end - start:]
            rest = px.sub(r"[（(][^()（）]{0,40}[)）]", " ", rest)
            return firms[0] if _TITLE_REST.fullmatch(rest) else None
        if start > 0:
            return None  # two lines of text, neither a firm's title
    return None


def _refers_back(text: str, start: int) -> bool:
    """"the plant", "该工厂": the trigger at ``start`` names a thing told of before, unless the
    words after "the" are a firm and its verb ("The company opened a plant")."""
    seg = text[max(0, start - 30):start]
    # (not across a sentence's end: "…, Democratic Republic of the Congo. Acquired from …")
    seg = seg[max(seg.rfind(". "), seg.rfind("。"), seg.rfind("\n")) + 1:]
    m = _DEMONSTRATIVE.search(seg)
    return m is not None and not _SUBJECT_VERB.match(m.group())


def _split_targets(groups: dict[tuple[str, str, str], list[_Proposal]]):
    """The groups, a purchase group split by what is bought when it names two targets each
    with a price of its own ("a 29% stake in Puma … for €1.5bn", "the $290 million purchase
    of Jack Wolfskin"): two deals in one country are two moves. Proposals without a target
    join the target named last before them."""
    for key, ps in groups.items():
        if key[2] != "acquisition":
            yield key, ps
            continue
        priced: dict[str, float] = {}
        for p in ps:
            if p.partner is not None and p.money is not None and not p.weak and p.company_direct:
                priced.setdefault(p.partner.key, p.money.extra.usd_m or 0.0)
        values = sorted(priced.values())
        if len(priced) < 2 or any(b <= a * 1.1 for a, b in zip(values, values[1:])):
            yield key, ps
            continue
        parts: dict[str, list[_Proposal]] = {k: [] for k in priced}
        cur = next(iter(priced))
        for p in sorted(ps, key=lambda p: p.sent):
            if p.partner is not None and p.partner.key in parts:
                cur = p.partner.key
            parts[cur].append(p)
        for part in parts.values():
            if part:
                yield key, part


def _split_sites(groups: dict[tuple[str, str, str], list[_Proposal]], headline: int | None):
    """The groups of ``_merge``, a group split by site when its own triggers name several.

    "AESC already operates battery plants in Smyrna, Tennessee, and in Sunderland" after
    "its battery factory in Florence County, South Carolina": two US plants are two moves.
    A site is a city (or, compared with another region, a region) named in a trigger's
    own sentence (not the headline's) by a proposal that is not only a reference back,
    sites at least :data:`SITE_KM` apart; proposals without a
    site of their own join the site named last before them (else the first).
    """
    for key, ps in _split_targets(groups):
        anchors = [p for p in ps if p.city is not None and not p.attach_only and not p.weak
                   and p.sent != headline]
        kinds = {_city_kind(p.city.extra) for p in anchors}
        sites = list(dict.fromkeys(p.city.extra for p in anchors))
        if len(sites) < 2 or len(kinds) != 1 or min(
                _km(a, b) for i, a in enumerate(sites) for b in sites[i + 1:]) < SITE_KM:
            yield key, ps
            continue
        parts: dict[str, list[_Proposal]] = {c: [] for c in sites}
        for p in sorted(ps, key=lambda p: p.sent):
            if p in anchors:
                parts[p.city.extra].append(p)
                continue
            prior = [a for a in anchors if a.sent <= p.sent]
            site = (max(prior, key=lambda a: a.sent) if prior else anchors[0]).city.extra
            parts[site].append(p)
        for part in parts.values():
            yield key, part


#: a sentence about the firm's home market: a move without a place of its own is domestic
_NEXT_CLAUSE_EN = re.compile(r"\band\s+(?:now\s+|then\s+|also\s+)?[a-z]+s\b|[,;]\s+(?:and|while|but|whereas)\s")


def _free(trig: list[Mention], start: int, end: int) -> bool:
    """Whether no strong trigger already holds ``text[start:end]`` (a pattern that finds a
    move's words adds a trigger only where the lexicon found none)."""
    return not any(t.kind == "trigger" and t.start < end and start < t.end for t in trig)


def _clause_end(text: str, at: int, se: int, lang: str) -> int:
    """Where the clause holding ``at`` ends: before "and now ships …", ", while …"; the
    sentence's end when no other clause follows."""
    if lang != "en":
        return se
    m = _NEXT_CLAUSE_EN.search(text, at, se)
    return m.start() if m else se


_DOMESTIC = re.compile(r"\b[Aa]t home\b|\bdomestic(?:ally)?\b|\b[Ii]n (?:mainland )?China\b|国内|在国内|境内")
def _home_town_named(text: str, ss: int, se: int, lang: str) -> bool:
    """Whether the sentence sets something in a mainland town the place matcher does not
    know ("潍柴动力在潍坊投资建设的新工厂", "a new plant in Weifang")."""
    from chuhai.extract.pipeline import chinese_places
    en, zh = chinese_places()
    if lang == "zh":
        return any(m.group("town") in zh for m in _AT_TOWN_ZH.finditer(text, ss, se))
    return any(m.group(1) in en for m in px.finditer(r"\b(?:in|at|near)\s+([A-Z][a-z]+)\b", text[ss:se]))


#: a town named as where something is set up or built: "在潍坊投资建设的"
_AT_TOWN_ZH = re.compile(r"[在于](?P<town>[\u4e00-\u9fff]{2,3}?)(?:市|省)?(?:投资|建设|设立|扩建|新建|建|开设|的|落地)")
#: a firm's own facility: "Vivo's own factory in Greater Noida", "its own plant"
_OWN_BEFORE = re.compile(r"\bown\s+(?:[\w-]+\s+){0,2}$")
_LISTED_OR_BASED_IN = re.compile(r"\b(?:listed|traded|based|headquartered)\s+(?:in|on)\s+(?:the\s+)?$")
#: a region, which places a move without naming its country
_REGION_WORDS = re.compile(r"\b(?:Europe|Africa|Asia|Latin\s+America|Middle\s+East|North\s+America|South\s+America|"
                           r"Southeast\s+Asia|the\s+Gulf|the\s+region)\b|欧洲|东南亚|中东|非洲|拉美|北美|南美|亚洲|海湾地区")
#: a Latin-lettered name in Chinese text that is no firm the sentence names: an asset's
#: ("TFM铜钴矿", "Goulamina锂辉石项目")
_ASSET_NAME_ZH = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9-]{1,20}(?![A-Za-z0-9])")
#: an English asset's name: "the Arcadia lithium project", "at Arcadia", "Goulamina mine"
_ASSET_NAME_EN = re.compile(r"\b(?P<name>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)\s+(?:[a-z-]+\s+){0,2}"
                            r"(?:project|mine|deposit|complex|operations?)\b|"
                            r"\b(?:at|near)\s+(?:the\s+)?(?P<site>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)\b")
#: capitalised words that open a noun phrase, no name
_NOT_ASSET_EN = frozenset({"The", "A", "An", "Its", "In", "At", "This", "That", "These", "Those", "Our",
                           "Their", "Each", "Both", "Every", "Any", "Some", "Another", "Other"})


def _asset_names(ms: list[Mention], text: str, ss: int, se: int, lang: str,
                 told: bool = False) -> list[tuple[str, int, int]]:
    """Names of mines, projects and sites in a sentence that are no firm or other mention
    (a place may be one, not a nationality): (name, start, end). ``told``: only names told
    with their kind ("the Arcadia lithium project"), which a sentence's place may be given
    to; a later sentence may also call one by its name alone ("a plant at Arcadia")."""
    if lang == "zh":
        return [(a.group(), a.start(), a.end()) for a in _asset_names_zh(ms, text, ss, se)]
    out = []
    for a in _ASSET_NAME_EN.finditer(text, ss, se):
        if told and not a.group("name"):
            continue
        st, en = a.span("name" if a.group("name") else "site")
        name = text[st:en]
        if name.split()[0] not in _NOT_ASSET_EN and not any(
                m.start < en and st < m.end and (m.kind != "place" or m.extra == "demonym" or m.key == "CHN")
                for m in ms):
            out.append((name, st, en))
    return out


def _asset_names_zh(ms: list[Mention], text: str, ss: int, se: int) -> list[re.Match]:
    """Latin-lettered names in a Chinese sentence that are no firm, trigger, sum or other
    mention (a place may be one: "马里Goulamina锂辉石项目")."""
    return [a for a in _ASSET_NAME_ZH.finditer(text, ss, se)
            if not any(m.start < a.end() and a.start() < m.end and m.kind != "place" for m in ms)]


#: a sentence's own region, where its moves are: "led by projects in the Middle East" (not
#: "its largest in Asia", "supplies retailers across North America")
_IN_REGION_EN = re.compile(r"\b(?:projects|contracts|orders|work|deals|plants|factories|investments)\s+in\s+(?:the\s+)?"
                           r"(?:Europe|Africa|Asia|Latin\s+America|Middle\s+East|North\s+America|South\s+America|"
                           r"Southeast\s+Asia|Central\s+Asia|Gulf)\b")
_ALSO_ABROAD = re.compile(r"\b(?:abroad|overseas|outside China|worldwide|globally)\b|海外|境外|全球")


@functools.cache
def _dateline_names() -> dict[str, tuple[str, str | None]]:
    from chuhai.extract.pipeline import cities
    from chuhai.reference.countries import countries
    out: dict[str, tuple[str, str | None]] = {}
    for row in countries().itertuples(index=False):
        for n in {row.name, *[a for a in row.aliases.split("|") if a],
                  *lx.EXTRA_COUNTRY_NAMES.get(row.iso3, [])}:
            if n and not px.search(r"[\u4e00-\u9fff]", n):
                out.setdefault(n.lower(), (row.iso3, None))
    for row in cities().itertuples(index=False):
        for n in [row.city, *[a for a in row.aliases.split("|") if a]]:
            if n and not px.search(r"[\u4e00-\u9fff]", n):
                out[n.lower()] = (row.iso3, row.city)
    for iso, abbreviations in lx.DATELINE_ABBREVIATIONS.items():
        for a in abbreviations:
            out.setdefault(a.lower(), (iso, None))
    return out


def _dateline_place(name: str) -> tuple[str, str | None] | None:
    """"JAKARTA" -> ("IDN", "Jakarta"); "Hungary" -> ("HUN", None)."""
    return _dateline_names().get(name.strip().lower())


#: a firm noun after a nationality ("the American carmaker's exit"): the lexicon's, as the
#: pipeline's unregistered-firm patterns read them
_FIRM_NOUN_EN = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(
    {*lx.FIRM_NOUNS_EN, *(n + "s" for n in lx.FIRM_NOUNS_EN if not n.endswith(("s", "'s")))},
    key=len, reverse=True)) + r")\b")


def _place_anaphors(text: str, mentions: list[Mention], lang: str, frame: Mention | None,
                    frame_city: Mention | None, dateline: Mention | None = None) -> list[Mention]:
    """"the country", "the kingdom", "there", "该国", "当地" (a country) and "the city",
    "该市" (a city) as place mentions of the place named last before them (or of the
    dateline): "has been producing separators in the city since 2023"."""
    rx = _PLACE_ANAPHOR[lang]
    places = sorted((m for m in mentions if m.kind == "place" and m.extra != "exchange"
                     and "home" not in m.flags and text[m.end:m.end + 2] != "'s"
                     # "a region hit hard by the American carmaker's exit. … the line there": a
                     # firm's nationality is no place told of
                     and not (m.extra == "demonym" and _FIRM_NOUN_EN.match(text, m.end))),
                    key=lambda m: m.start)
    ends = [m.end for m in places]
    out = []
    for a in rx.finditer(text):
        i = bisect.bisect_right(ends, a.start()) - 1
        if a.group("city") == "capital" and not px.search(r"\b(?:in|to|near|outside|around|into)\s+$",
                                                          text[max(0, a.start() - 8):a.start()]):
            continue  # "the capital it has to put up": money, not a city
        if a.group("city"):
            # "debuted in Hong Kong … the largest offering in the city": a city-state is a city
            # (but not "the separator maker listed in Shenzhen … a plant in the city": the home
            # town a firm is listed or based in is no scene)
            prev = [m for m in places[:i + 1] if ((isinstance(m.extra, str) and m.extra != "demonym")
                    or m.key in _CITY_STATES) and not (m.key == "CHN" and _LISTED_OR_BASED_IN.search(
                        text, max(0, m.start - 25), m.start))]
            ref = prev[-1] if prev else frame_city
            if ref is None:
                continue
            if a.group("city") == "region" and (_city_kind(ref.extra) != "region"
                                                or "\n" in text[ref.end:a.start()]):
                continue  # "its first store in the region": the Middle East, not London
            out.append(Mention("place", a.start(), a.end(), ref.key, ref.extra, a.group(),
                               {"anaphor"}))
            continue
        if a.groupdict().get("here"):
            # only the place the story is filed from: a dateline's city, or its country
            ref = dateline
            if ref is not None:
                out.append(Mention("place", a.start(), a.end(), ref.key, ref.extra, a.group(), {"anaphor"}))
            continue
        if a.groupdict().get("there"):
            ref = places[i] if i >= 0 and a.start() - places[i].end < 400 else None
        elif a.groupdict().get("nation"):
            # only a foreign country named earlier in the same sentence
            ref = places[i] if i >= 0 and places[i].key not in _FRAME_EXCLUDED and not px.search(
                r"[。！？\n]", text[places[i].end:a.start()]) else None
        elif a.group("country") in ("kingdom", "emirate"):
            # "… with Saudi Arabia's Public Investment Fund … a factory in the kingdom": the
            # last monarchy named, its name may stand before an owner's
            titled = lx.KINGDOMS if a.group("country") == "kingdom" else lx.EMIRATES
            prev = [m for m in mentions if m.kind == "place" and m.key in titled
                    and m.end <= a.start()]
            ref = prev[-1] if prev else (frame if frame is not None and frame.key in titled else None)
        else:
            # "cooperation with Chinese companies … the country's second nuclear plant": the
            # firms' nationality is no country the article is about
            prev = [m for m in places[:i + 1] if not (m.key == "CHN" and m.extra == "demonym")]
            ref = prev[-1] if prev else frame
        if ref is None:
            continue
        out.append(Mention("place", a.start(), a.end(), ref.key, None, a.group(), {"anaphor"}))
    return out


@functools.cache
def _city_kinds() -> dict[str, str]:
    from chuhai.extract.pipeline import cities
    return dict(zip(cities().city, cities().kind))


def _city_kind(name: str) -> str | None:
    return _city_kinds().get(name)


@functools.cache
def _city_coords() -> dict[str, tuple[float, float]]:
    from chuhai.extract.pipeline import cities
    t = cities()
    return {c: (float(la), float(lo)) for c, la, lo in zip(t.city, t.lat, t.lon)}


def _km(a: str, b: str) -> float:
    """Great-circle distance between two gazetteer places; 0 when one is unknown."""
    pa, pb = _city_coords().get(a), _city_coords().get(b)
    if pa is None or pb is None:
        return 0.0
    la1, lo1, la2, lo2 = map(math.radians, (*pa, *pb))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


_NATIONALITY_GAP = {"en": re.compile(r"(?:'s)?\s+(?:[a-z][\w-]*\s+){0,3}"),
                    "zh": re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:公司|企业|巨头|集团|制造商|厂商|"
                                     r"车企|伙伴|品牌|零售商|运营商|开发商|矿企))?")}
_TAKES_OBJECT = re.compile(r"(?:\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|owns|owned|controls|"
                           r"takeover of|purchase of|stake in|stakes in|control of|merger with)\s+"
                           r"(?:(?:a|an|the)\s+)?(?:(?!from\b|with\b|by\b|to\b)[\w%-]+\s+){0,2}|收购|入股|并购)$")


def _owner_place(p: Mention, places: list[Mention], text: str) -> bool:
    """"对美国纽蒙特旗下加纳Akyem金矿的收购": the place of a firm that owns what is bought,
    when the asset has a place of its own after "旗下" ("收购尼日利亚拉法基公司旗下水泥业务"
    keeps Nigeria)."""
    m = _OWNER_OF.match(text, p.end)
    return m is not None and any(m.end() <= q.start <= m.end() + 2 for q in places)


#: from a country's name to a verb of buying told after the firm bought: "German pump
#: maker Putzmeister, which it bought in", "Germany's Schwing, acquired in"
_BOUGHT_AFTER_NAME = re.compile(r"(?:['’]s|[-\u2011](?:based|headquartered))?\s+"
                                r"(?:(?!(?:in|at|of|near|outside|from|and|or)\b)[\w&.-]+\s+){0,5}[A-Z][\w&.-]*,\s+"
                                r"(?P<rel>(?:which|that)\s+(?:it|they|the\s+(?:company|group|firm))\s+(?:had\s+|has\s+)?)?")
#: a participle's end: "Schwing, acquired in 2012", not the verb of a subject ("HBIS Group,
#: the steelmaker formerly known as Hebei Iron & Steel, bought the … steelworks")
_PARTICIPLE_ENDS = re.compile(r"\s+(?:in|for|from|by|earlier|last|back|through|via)\b|\s*[,)]")


def _bought_after_name(p: Mention, t: Mention, text: str) -> bool:
    """Whether place ``p`` is the country of a firm named before the purchase verb ``t``
    that buys it: "German pump maker Putzmeister, which it bought", "Germany's Schwing,
    acquired in 2012", "Vancouver-based Power Metals Corp, which it bought"."""
    b = _BOUGHT_AFTER_NAME.fullmatch(text, p.end, t.start) if p.end <= t.start else None
    return b is not None and (b.group("rel") is not None or _PARTICIPLE_ENDS.match(text, t.end) is not None)


def _nationality_of(p: Mention, t: Mention, foreign: list[Mention], text: str, lang: str) -> bool:
    """Whether place ``p`` only says where a foreign firm is from ("Japan's Sharp",
    "Australian partner Leo Lithium") — not when the move takes that firm as its object
    ("acquired Germany's Kuka", "收购德国库卡"), where the firm's country is the host."""
    f = next((f for f in foreign if f.start >= p.end
              and _NATIONALITY_GAP[lang].fullmatch(text, p.end, f.start)), None)
    if f is None or (lang == "zh" and t.key in _DEAL_TYPES):
        return False  # "完成对德国户外品牌狼爪的收购": the object may come before the deal
    return not (t.key == "acquisition" and t.end <= p.start
                and _TAKES_OBJECT.search(text[max(0, t.start - 40):p.start]))


_REGION_OWNER = re.compile(r"(?:the\s+)?(?:Europe|Asia|Africa|America|Latin America|North America|South America|"
                           r"Southeast Asia|South Asia|Central Asia|East Asia|the Middle East|Middle East|"
                           r"the Gulf|Gulf|World|the World|the Americas|Oceania|Eastern Europe|Western Europe|"
                           r"Central Europe|Northern Europe|Southern Europe|the Continent|Scandinavia|the Balkans|"
                           r"Sub-Saharan Africa|North Africa|West Africa|East Africa)", re.IGNORECASE)
_POSSESSOR = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})'s\s+(?:[\w$€£%.,-]+\s+){0,2}$")


def _unknown_owner(t: Mention, ms: list[Mention], text: str, ss: int,
                   foreign_heads: dict[str, str] | None = None) -> bool:
    """Whether the trigger belongs to a possessor that is neither a firm nor a place we
    know ("Lafarge Africa's listing", "Renault's Ayrton Senna complex" is a known firm; so
    is "Dixon's" after "Dixon Technologies")."""
    m = _POSSESSOR.search(text, max(ss, t.start - 60), t.start)
    if m is None or m.start(1) == ss and m.group(1) in ("It", "Its") or m.group(1) in (foreign_heads or {}):
        return False
    if _REGION_OWNER.fullmatch(m.group(1)):
        return False  # "Europe's largest battery factory": a superlative, not an owner
    end = m.end(1)
    # ("The Group's wholly-owned plant in Rayong": a firm's own page's word for itself)
    return not any(x.end == end and (x.kind in ("company", "candidate", "foreign", "place") or (
        x.kind == "anaphor" and px.fullmatch(r"(?i)the\s+(?:company|group|issuer)", x.text))) for x in ms)


#: "Jack Wolfskin is an outdoor … brand founded in 1981 and headquartered in ", "Amer Sports,
#: the owner of Salomon based in ": a firm's home as a sentence describes it
_HOME_TOLD = re.compile(r"(?:\s+(?:is|was)|,)\s+(?:an?|the)\s[^.;:]{0,120}?\b(?:headquartered|based)\s+in\s+")


def _described_home(t: Mention, firms: list[Mention], mentions: list[Mention], text: str,
                    end: int) -> Mention | None:
    """The home of the firm a purchase takes as its object (a known foreign firm, or any
    capitalised name: "to acquire … the companies holding the Jack Wolfskin business"),
    where the text describes it anywhere ("Jack Wolfskin is an outdoor brand … headquartered
    in Idstein, Germany") — not a seller's or partner's ("bought … from X", "with X")."""
    stop = px.search(r"[.;]|\b(?:from|with|by|and|to|for)\b", text[t.end:end])
    obj_end = t.end + stop.start() if stop else end
    names = [text[f.start:f.end] for f in firms if f.kind == "foreign" and t.end <= f.start < obj_end]
    names += [n.group() for n in px.finditer(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}", text[t.end:obj_end])]
    places = [m for m in mentions if m.kind == "place" and m.key not in ("CHN", "HKG", "MAC")]
    for name in names:
        for m in px.finditer(re.escape(name) + _HOME_TOLD.pattern, text):
            # the place, or the country after a town the gazetteer lacks ("Idstein,
            # Germany"); a known city's country is its key already
            at = next((p for p in places if p.start >= m.end() and px.fullmatch(
                r"(?:[A-Z][\w'-]*\s+){0,2}(?:[A-Z][\w'-]*,\s*)?", text[m.end():p.start])), None)
            if at is not None:
                return at
    return None


_DIRECT_OBJECT = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:(?:about|around|roughly|nearly)\s+)?(?:\d+(?:\.\d+)?\s?%\s+)?"
                            r"(?:(?:controlling|majority|minority|further|additional)\s+)?"
                            r"(?:(?:stake|interest|holding|shares?)\s+)?(?:(?:in|of)\s+)?(?:the\s+)?")


def _of_existing_plant(t: Mention, m: Mention, triggers, text: str) -> bool:
    """Whether date or cue ``m`` tells of the plant an expansion ``t`` is made at ("adding
    a line at its plant in Bac Giang, which opened in 2019"), not of the expansion."""
    return t.key == "plant_expansion" and any(
        o.key == "greenfield_plant" and t.end <= o.start < m.start
        and _PLANT_HISTORY.match(text, o.end) is not None for o in triggers)


def _rivals(t: Mention, triggers) -> list[Mention]:
    """Triggers of the sentence in another clause than ``t`` (more than 30 characters away,
    12 in Chinese, which says as much in fewer characters): a sum, date or status cue
    nearer to one of them describes that one."""
    gap = 12 if px.search(r"[\u4e00-\u9fff]", t.text) else 30
    return [o for o in triggers if o is not t and o.kind == "trigger"
            and (o.start - t.end > gap or t.start - o.end > gap)]


def _clause_end_zh(text: str, start: int, end: int) -> int:
    """Where the Chinese clause holding ``start`` ends (its next "，" or "；"), within ``end``."""
    cut = [i for i in (text.find("，", start, end), text.find("；", start, end)) if i >= 0]
    return min(cut) if cut else end


def _own_clause_end(text: str, t: Mention, se: int, lang: str) -> int:
    """Where the clause of trigger ``t`` ends, short of a participle telling where its goods
    go ("…, shipping products to its factories in China")."""
    end = _clause_end(text, t.end, se, lang)
    sent_to = _GOODS_SENT_TO.search(text, t.end, end) if lang == "en" else None
    return sent_to.start() if sent_to else end


def _customer(c: Mention, t: Mention, text: str) -> bool:
    """A foreign customer supplied, in the clause of the move word after it: "has supplied
    BMW and other carmakers from its plant in Arnstadt" (not "supplies BMW, which is
    building a plant": the customer's own clause)."""
    return c.kind == "foreign" and c.end <= t.start \
        and _SUPPLIED.search(text, max(0, c.start - 24), c.start) is not None \
        and not px.search(r"[,，]\s*(?:which|who|that)\b|[.;，。；]", text[c.end:t.start])


def _bought_object(c: Mention, t: Mention, text: str) -> bool:
    """"对美国纽蒙特公司旗下加纳阿基姆金矿的收购", "对英国上市公司Bacanora Lithium的收购": a
    foreign firm after 对/从/向 (its home and kind may stand between) in the clause of a
    purchase is what is bought, or whom from."""
    if c.kind == "foreign" and t.key == "acquisition" and c.end <= t.start and px.fullmatch(
            r",\s+(?:(?:the|a|an)\s+(?:[\w&/-]+\s+){0,6}?)?(?:that\s+|which\s+)?(?:it|we|the\s+company|the\s+group)\s+(?:had\s+)?",
            text[c.end:t.start]):
        # "has run Hungary's BorsodChem, the MDI producer it acquired in 2011", "owns
        # Putzmeister, which it bought in 2012"
        return True
    return c.kind == "foreign" and t.key == "acquisition" and c.end <= t.start \
        and (px.search(r"[对从向](?:[\u4e00-\u9fff]{2,8}?)?$", text[max(0, c.start - 10):c.start]) is not None
             # "完成对总部位于瑞士日内瓦的金属贸易商IXM的收购": a longer description, up to "的收购"
             or (_of_target_zh(text, max(0, c.start - 31), c.start)
                 and px.fullmatch(r"(?:[^，。；]{0,8}?(?:股权|权益|股份))?的", text[c.end:t.start]) is not None)) \
        and not px.search(r"[，。；]", text[c.end:t.start])


def _bought_before_en(c: Mention, text: str) -> bool:
    """"bought German robot maker Kuka": a firm named as the object of a purchase verb."""
    return px.search(r"\b(?:bought|acquired|purchased|took\s+over|buys|acquires|owns|controls)\s+(?:[\w'-]+\s+){0,4}$",
                     text[max(0, c.start - 50):c.start]) is not None


#: a sentence set in a region, not a country: "在北美，", "In Latin America, …"
_REGION_SCENE = re.compile(
    r"^\s*(?:(?:19|20)\d\d年?，?)?(?:在|于)?(?:北美|南美|拉美|拉丁美洲|欧洲|中东|非洲|东南亚|亚太|中亚|东欧|西欧|北欧|南亚|"
    r"大洋洲|海湾地区)(?:地区|市场)?(?:方面)?，|^\s*In\s+(?:North|South|Latin|Central)\s+America,|"
    r"^\s*In\s+(?:Europe|the\s+Middle\s+East|Africa|Southeast\s+Asia|South\s+Asia|Central\s+Asia|"
    r"the\s+Gulf|Asia|Eastern\s+Europe|Western\s+Europe)\s*,")

#: a unit named by its country, what a firm acts through: "its Singapore subsidiary", "its
#: Dubai-registered Middle East subsidiary", "通过其新加坡子公司"
_VEHICLE_AFTER = {"en": re.compile(r"(?:[-\u2011](?:registered|based|incorporated|domiciled))?\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:subsidiary|unit|arm|vehicle|affiliate|entity|holding\s+company)\b"),
                  "zh": re.compile(r"(?:注册的?)?(?:全资|控股)?(?:子公司|公司|平台|主体|附属公司)")}
_VEHICLE_BEFORE = {"en": re.compile(r"\b(?:its|their)\s+(?:own\s+|wholly[- ]owned\s+)?$"),
                   "zh": re.compile(r"(?:通过|经由|借助|由)(?:其|公司|该公司)?(?:旗下|下属)?的?$")}
#: "acting through CMOC Singapore": a unit whose name ends in its country
_THROUGH_UNIT_EN = re.compile(r"\b(?:through|via)\s+(?:its\s+)?(?:[A-Z][\w&.-]*\s+){1,3}$")


def _vehicle_place(p: Mention, text: str, lang: str) -> bool:
    """The country of a unit a firm acts through, not where the move is."""
    if _VEHICLE_BEFORE[lang].search(text, max(0, p.start - 24), p.start) \
            and _VEHICLE_AFTER[lang].match(text, p.end):
        return True
    return lang == "en" and _THROUGH_UNIT_EN.search(text, max(0, p.start - 40), p.start) is not None \
        and px.match(r"\s*[,)]", text[p.end:p.end + 3]) is not None


def _investor_zh(c: Mention, text: str) -> bool:
    """A firm buying into the article's firm ("向北汽、广汽等投资方出售约1.53亿美元普通股",
    "引入腾讯等基石投资者"): an investor, not the firm."""
    return px.match(r"(?:[、和及与][^，。；、]{1,12}?)*(?:等|作为)?(?:多家)?(?:基石|战略|机构|锚定)?"
                    r"(?:投资方|投资者|投资人)", text[c.end:c.end + 40]) is not None


def _yardstick(c: Mention, text: str) -> bool:
    """A firm named as what another is compared with ("与顺丰相比", "Unlike BYD,", "the
    second-largest IPO this year after CATL's")."""
    if px.search(r"\b(?:after|behind|trailing)\s+$", text[max(0, c.start - 10):c.start]) and px.search(
            r"\b(?:second|third|fourth|fifth|next)[-\s](?:largest|biggest|highest|most)\b",
            text[max(0, c.start - 90):c.start]):
        return True
    before, after = text[max(0, c.start - 24):c.start], text[c.end:c.end + 4]
    if not _COMPARED.search(before):
        return False
    # "与顺丰相比": "与" compares only with "相比" after the name ("与福特合资" is a partner)
    return not px.search(r"[与和同跟]$", before) or px.match(r"(?:相比|相较|比较|不同)", after) is not None


def _foreign_object(c: Mention, t: Mention, text: str) -> bool:
    """A foreign firm that is the object of an earlier verb, with a new coordinated phrase
    before the trigger: "a factory in Debrecen that will supply BMW, and a plant in Kulim"."""
    if c.kind == "foreign" and px.match(r"旗下|'s\s+(?:[\w-]+\s+){0,3}(?:unit|mine|plant|stake|assets?)\b",
                                        text[c.end:c.end + 40]) and c.end <= t.start:
        return True  # "对美国纽蒙特旗下加纳金矿的收购": the owner of what is bought
    if t.key == "licensing" and c.kind == "foreign" and c.end <= t.start and px.search(
            r"\b(?:granted|grants|granting|grant|gave|gives|giving|give|awarded|offered|sold)\s+"
            r"(?:(?:U\.S\.|US|American|British|Swiss|German|French|Japanese|[A-Z][a-z]+)\s+)?(?:[\w-]+\s+){0,2}$|"
            r"(?:授予|授权给|许可给|转让给)[^，。；]{0,10}$", text[max(0, c.start - 40):c.start]):
        return True  # "it granted Pfizer exclusive rights", "授予武田…权益": the licensee
    return c.kind == "foreign" and _FOREIGN_OBJECT.search(text[max(0, c.start - 20):c.start]) is not None \
        and px.search(r",\s*(?:and|while|but)\s|，(?:并|而|还)", text[c.end:t.start]) is not None


#: a foreign firm making a Chinese firm's goods under contract, around its name
_CONTRACT_BEFORE_ZH = re.compile(r"(?:委托|交由|借助|由)$")
_CONTRACT_AFTER_ZH = re.compile(r"[^，。；]{0,4}?(?:代工|负责(?:整车)?(?:制造|生产|组装))|[^，。；]{0,16}?(?:工厂|基地)?(?:生产|组装|制造)")
#: ("signed a contract manufacturing agreement with Magna Steyr", "assembled by Magna"; not
#: "Luxshare, a contract manufacturer for Apple, is building a plant")
_CONTRACT_EN = re.compile(r"\bcontract[- ]manufacturing\s+(?:agreement|deal|contract|arrangement|partnership|pact)\s+"
                          r"with\s+(?:[\w-]+\s+){0,3}$|\b(?:assembled|built|produced|made)\s+(?:under\s+contract\s+)?by\s+$")
_MAKES_FOR_EN = re.compile(r"\s+(?:(?:began|begins|started|starts|will|has|have|is|was|now|also)\s+){0,2}"
                           r"(?:assembl\w*|produc\w*|build\w*|built|mak\w*|manufactur\w*)\s+(?:the\s+)?")
_PAYING_EN = re.compile(r"\b(?:paying|pays|paid|pay|hired|hires|contracted|contracts|commissioned)\s+$")


def _paragraph(text: str, ss: int, se: int) -> str:
    """The paragraph (from line break to line break) holding the sentence ``ss:se``."""
    end = text.find("\n", se)
    return text[text.rfind("\n", 0, ss) + 1:end if end >= 0 else len(text)]


def _made_by_contract(ms: list[Mention], text: str, ss: int, se: int) -> bool:
    """Whether the sentence tells of a Chinese firm's goods made under contract by a foreign
    firm in that firm's plant ("委托麦格纳在奥地利格拉茨工厂生产", "与麦格纳合作，在…工厂开始组装",
    "paying Magna Steyr to assemble its G6 and G9 in Graz", "signed a contract manufacturing
    agreement with Magna"), and of no joint venture."""
    if text.find("合资", ss, se) >= 0 or text.find("joint venture", ss, se) >= 0 or px.search(
            r"(?:不|没有|并未|未|无意)自建|\bnot\s+(?:to\s+)?build(?:ing)?\s+(?:a\s+plant\s+of\s+)?(?:its|their)\s+own",
            text[ss:se]):
        return False  # "小米印度目前并不自建工厂，而是交由富士康…代工厂生产": no plant, no move
    for f in ms:
        if f.kind != "foreign":
            continue
        before = text[max(ss, f.start - 3):f.start]
        if _CONTRACT_BEFORE_ZH.search(before) and _CONTRACT_AFTER_ZH.match(text, f.end, se):
            return True
        # (working "with" a foreign firm is contract making only where the paragraph says so:
        # "小鹏汽车选择了委托代工模式。…小鹏已与麦格纳合作，在奥地利格拉茨工厂开始组装", not
        # "奇瑞与Ebro合作，在巴塞罗那原日产工厂组装")
        if px.search(r"与[^，。；与]{0,14}$", text[max(ss, f.start - 16):f.start]) \
                and px.match(r"[^，。；]{0,12}?合作[，,]?[^。；]{0,30}?(?:工厂|基地)[^。；]{0,6}?(?:生产|组装|下线)",
                             text[f.end:se]) \
                and px.search(r"代工|委托", _paragraph(text, ss, se)):
            return True
        if (m := _MAKES_FOR_EN.match(text, f.end, se)) and any(
                c.kind in _COMPANY_KINDS and c.start == m.end() for c in ms):
            return True  # "Magna began assembling Xpeng's G6 and G9 SUVs at its plant in Graz"
        if _PAYING_EN.search(text, max(ss, f.start - 12), f.start) and px.match(
                r"[^.;]{0,80}?\bto\s+(?:assemble|build|produce|make|manufacture)\b", text[f.end:se]):
            return True
        if _CONTRACT_EN.search(text, max(ss, f.start - 80), f.start):
            return True
    return False


def _drop_modifiers(firms: list[Mention], triggers: list[Mention], text: str,
                    lang: str) -> list[Mention]:
    """Firms that only name a facility ("a former Ford plant", "原日产工厂", "运营115家
    海底捞餐厅") when the sentence has a mover before them (or they are foreign): not
    subjects of any of the sentence's moves."""
    out = []
    for i, f in enumerate(firms):
        # a Chinese firm other than this one named before it in the sentence
        earlier = any(g.kind != "foreign" and g.key != f.key for g in firms[:i])
        nxt = next((t for t in triggers if t.start >= f.end), None)
        if nxt is not None:
            gap = text[f.end:nxt.start]
            short = len(gap) <= 2 if lang == "zh" else bool(
                px.fullmatch(r"\s*(?:'s?\s*)?(?:[\w-]+\s+){0,2}", gap))
            if short and not px.search(r"[，。；,;]", gap) and (f.kind == "foreign" or earlier) \
                    and _MODIFIER_BEFORE[lang].search(text[max(0, f.start - 12):f.start]):
                continue
        if lang == "en" and f.kind != "foreign" and earlier and _PRODUCT_AFTER.match(text, f.end):
            # "Changan started assembling Deepal models at its Rayong factory", "SAIC, which
            # has assembled MG cars in Chonburi": a brand's products, made by the firm before
            continue
        if lang == "en" and i > 0 and firms[i - 1].kind != "foreign" and px.fullmatch(
                r",\s+whose\s+", text[firms[i - 1].end:f.start]) \
                and px.match(r"\s+(?:brand|marque|unit|subsidiary|arm|label)\b", text[f.end:f.end + 12]):
            # "SAIC, whose MG brand has long been built in Chonburi": the owner does it
            continue
        if lang == "en" and i > 0 and firms[i - 1].kind != "foreign" and (px.fullmatch(
                # ("MG Motor India, SAIC's local arm, which bought": a country in the unit's name)
                r"(?:\s+[A-Z][a-z]+)?,\s+(?:the\s+)?", text[firms[i - 1].end:f.start]) and _OWNER_APPOSITIVE.match(text, f.end)
                or _OWNED_BY_BEFORE.fullmatch(text, firms[i - 1].end, f.start)):
            # "Cainiao, Alibaba Group's logistics arm, opened …", "Luanshya Copper Mines,
            # owned by China Nonferrous Metal Mining Group, will expand …": the unit acts
            continue
        out.append(f)
    return out


#: a brand's products after its name: "Deepal models", "MG cars", "Haval and Ora models"
_PRODUCT_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w-]*)?(?:\s+[A-Z0-9][\w-]*)?\s+(?:models?|cars?|"
                            r"vehicles?|SUVs?|sedans?|pickups?|EVs|phones?|smartphones?|handsets?|vans?|trucks?)\b")

#: what a bank itself does abroad: branches, stakes, listings (its loans are the borrower's)
_BANK_MOVES = ("office_hq", "acquisition", "listing", "joint_venture")
_PRODUCT_BEFORE = re.compile(r"(?i:\b(?:model|models|car|cars|SUV|SUVs|sedan|hatchback|pickup|phone|phones|smartphone|"
                             r"handset|device|version|game|title|series|drug|vehicle|vehicles|EV|EVs|product|"
                             r"products)\b)[^.;]{0,40}$|"
                             # "the Seal will launch in Japan": a name after "the" is a product's
                             r"\b(?:the|its|their)\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?\s+(?:will\s+|to\s+)?$")
_INTEREST_TAKEN_ZH = px.gated(r"(?:取得|获得|购得|购入|买入)了?[^，。；]{0,20}?(?:项目|区块|油田|气田|矿|[\d.]+%的?)(?P<noun>权益)")
_RIGHTS_GRANTED_ZH = px.gated(r"(?:权益|权利)（[^）]{0,16}）(?P<verb>授予|转让给|许可给)")
_BOND = re.compile(r"bond|note|债|票据", re.IGNORECASE)
_OWNED_BY_BEFORE = re.compile(r",\s+(?:which\s+is\s+)?(?:(?:wholly|majority|fully)[\s-])?(?:owned|controlled)\s+by\s+"
                              r"(?:China's\s+|the\s+)?|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:unit|subsidiary|arm|affiliate|division)\s+of\s+(?:China's\s+|the\s+)?")
_OWNER_APPOSITIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:arm|unit|subsidiary|division|affiliate|"
                               r"business|brand|platform|app)\s*,")


def goes_abroad(move: ExtractedMove) -> bool:
    """Whether a move is one abroad. Hong Kong and Macau are China's: a move there counts
    only as money raised on their markets (a listing, a bond), not as the purchase of "FILA
    品牌在中国大陆、香港及澳门的商标使用权". Asked after scoring, so that the scorer reads
    every move the rules found in the article, as it was fitted to."""
    return move.host_iso3 not in _SAR or move.move_type in ("listing", "financing")


def _units_over_parents(moves: list[ExtractedMove], parent: dict[str, str], text: str
                        ) -> list[ExtractedMove]:
    """"三峡集团完成收购西班牙光伏项目组合" over "…所属中国三峡国际…完成…股权交割": a group named
    in the headline for a move its registered unit makes in the body (same host and type)
    is the unit's short name there, not a second move. A venture named in the body too may
    have both as partners ("宁德时代及其子公司邦普与印尼国企合资")."""
    head_end = text.find("\n")
    if not parent or head_end < 0:
        return moves

    def ancestors(cid: str) -> set[str]:
        out: set[str] = set()
        while cid in parent and parent[cid] and parent[cid] not in out:
            cid = parent[cid]
            out.add(cid)
        return out

    by_unit = {(a, mv.host_iso3, mv.move_type) for mv in moves if mv.company_id
               for a in ancestors(mv.company_id)}
    return [mv for mv in moves
            if not (mv.company_id and (mv.company_id, mv.host_iso3, mv.move_type) in by_unit
                    and "company" in mv.evidence and mv.evidence["company"].start < head_end
                    # a group and its unit may both be partners of one venture
                    and (mv.move_type != "joint_venture" or mv.sentences == [0]))]


def _asset_place(t: Mention, places: list[Mention], text: str, lang: str) -> Mention | None:
    """The place of the asset an acquisition brings, when the sentence names one after it
    (:data:`_ASSET_PLACE`), else None."""
    if t.key != "acquisition":
        return None
    return next((p for p in sorted(places, key=lambda p: p.start) if p.start > t.end
                 and _ASSET_PLACE[lang].search(text, max(t.end, p.start - 140), p.start)), None)


def _displaced_home(t: Mention, places: list[Mention], text: str, lang: str) -> str | None:
    """The country an acquisition's asset place displaces: the first other place named
    between the trigger and the asset (the bought firm's home or listing), else None."""
    asset = _asset_place(t, places, text, lang)
    if asset is None:
        return None
    return next((p.key for p in sorted(places, key=lambda p: abs(p.start - t.end))
                 if p.key != asset.key and p.key != "CHN" and p.start < asset.start), None)


def _chain(best: Mention, places: list[Mention], text: str) -> list[Mention]:
    """``best`` and the places listed with it ("Japan, Indonesia and Malaysia")."""
    ordered = sorted(places, key=lambda p: p.start)
    i = ordered.index(best)
    chain = [best]
    j = i
    # "南非约翰内斯堡、智利圣地亚哥、墨西哥": a country and its city written together are
    # one item of the list
    while j + 1 < len(ordered) and _SEP_OR_GLUED.match(text[ordered[j].end:ordered[j + 1].start]):
        j += 1
        chain.append(ordered[j])
    j = i
    while j - 1 >= 0 and _SEP_OR_GLUED.match(text[ordered[j - 1].end:ordered[j].start]):
        j -= 1
        chain.insert(0, ordered[j])
    return chain


_PAR_PREP = {"zh": re.compile(r"^\s*(?:在|于|位于|赴|落户)\s*$"),
             "en": re.compile(r"^\s+in\s+(?:the\s+)?$")}
_PAR_SEP = {"zh": re.compile(r"^[\u4e00-\u9fff]{0,6}?\s*(?:、|，|和|及|以及|与)\s*$"),
            "en": re.compile(r"^\s*(?:,|and|, and)\s*$")}


def _place_group(places: list[Mention], end: int, text: str) -> list[Mention]:
    """The places written one after another ending at ``end`` ("土耳其马尼萨")."""
    group: list[Mention] = []
    cur = end
    for p in sorted(places, key=lambda p: -p.end):
        if p.end > cur:
            continue
        if p.end == cur or (group and text[p.end:cur].strip() in ("", ",")):
            group.insert(0, p)
            cur = p.start
        elif group or p.end < cur:
            break
    return group


def _parallel(comp: Mention, firms: list[Mention], places: list[Mention], text: str,
              lang: str) -> list[tuple[Mention, list[str], Mention | None, Mention]]:
    """Firms paired with their own places before the mover, in a list that shares one
    predicate: "比亚迪在匈牙利、奇瑞在西班牙均已布局工厂", "BYD in Hungary and Chery in
    Spain have built plants". Only when the mover itself is written "firm 在 place"."""
    prep, sep = _PAR_PREP[lang], _PAR_SEP[lang]
    after = sorted((p for p in places if p.start >= comp.end), key=lambda p: p.start)
    if not after or not prep.match(text[comp.end:after[0].start]):
        return []
    out = []
    cur = comp
    while True:
        before = [p for p in places if p.end <= cur.start]
        if not before:
            break
        last = max(before, key=lambda p: p.end)
        if not sep.match(text[last.end:cur.start]):
            break
        group = _place_group(before, last.end, text)
        if not group:
            break
        firm = next((f for f in sorted(firms, key=lambda f: -f.end)
                     if f.end <= group[0].start), None)
        if firm is None or firm.kind == "foreign" or not prep.match(text[firm.end:group[0].start]):
            break
        hosts = list(dict.fromkeys(p.key for p in group))
        city = next((p for p in group if isinstance(p.extra, str)
                     and p.extra not in ("demonym", "exchange")), None)
        host_m = next((p for p in group if not isinstance(p.extra, str)), group[0])
        if firm.key != comp.key:
            out.append((firm, hosts, city, host_m))
        cur = firm
    return out


def _headline_pair(comp: Mention, place: Mention, t: Mention, text: str) -> bool:
    """"星宇股份塞尔维亚项目正式落地": firm, place and project written as one noun phrase."""
    return comp.end <= place.start and place.start - comp.end <= 1 and 0 <= t.start - place.end <= 4 \
        and not px.search(r"[，。、；的与和]", text[comp.end:t.start])


def _one_per_pair(props: list[_Proposal], text: str) -> list[_Proposal]:
    """One move per (company, host) and clause: the most specific trigger wins.

    "a joint venture to build a plant in Barcelona" is one move; "produces cars in Spain
    through a joint venture, and opened a headquarters in Barcelona" is two, because the
    triggers are far apart and each has its own place.
    """
    clusters: list[list[_Proposal]] = []
    for p in sorted(props, key=lambda p: p.trigger.start):
        home = None
        for c in clusters:
            q = c[-1]
            if (q.company_key, q.host) != (p.company_key, p.host):
                continue
            # one place, also when written as a chain ("哈萨克斯坦阿克莫拉州": country, region)
            same_place = (q.host_mention is not None and p.host_mention is not None
                          and (q.host_mention.start == p.host_mention.start
                               or px.fullmatch(r"\s*,?\s*", text[min(q.host_mention.end, p.host_mention.end):
                                                               max(q.host_mention.start, p.host_mention.start)])
                               is not None))
            gap = p.trigger.start - q.trigger.end
            between = text[q.trigger.end:p.trigger.start]
            if _COORD.match(between) and not (p.weak or q.weak):
                continue  # "a research centre and a plant": two things, two moves
            if p.move_type != q.move_type and not (p.weak or q.weak) and _ALSO_ROLE_EN.search(between):
                # "built it under an engineering, procurement and construction contract and is
                # also the largest shareholder in …, the joint venture": two roles, two moves
                continue
            if _ANOTHER.search(text[max(0, p.trigger.start - 14):p.trigger.start]):
                continue  # "runs a plant through a JV, and shelved plans for a second plant"
            if q.move_type == "plant_expansion" and p.move_type == "greenfield_plant" and not p.weak \
                    and _AT_OWN_PLANT.search(between):
                # "a second line at its plant in Bac Giang, which opened in 2019": the plant
                # told with its own history is a move of its own, operating; named only as
                # where the lines go ("add lines at its plant in Moraine") it is not
                if _PLANT_HISTORY.match(text, p.trigger.end):
                    continue
                home = c
                break
            if {p.move_type, q.move_type} == {"greenfield_plant", "plant_expansion"} and \
                    px.search(r"\bsaid\b|\band\b|，|并|此后", between):
                continue  # "has run the smelter since 2009, said it would spend $1.3bn expanding it"
            # (the cluster's last strong word, not a weak one chaining them: "公司泰国工厂自投产
            # 以来…，今年公司公告拟追加投资建设泰国二期项目")
            qs = next((x for x in reversed(c) if not x.weak), q)
            between_s = text[qs.trigger.end:p.trigger.start]
            if px.search(r"[\u4e00-\u9fff]", between_s) and "，" in between_s and p.move_type != qs.move_type \
                    and not (p.weak or qs.weak) and "plant_expansion" in (p.move_type, qs.move_type) \
                    and not px.search(r"用于|用来|以便|旨在", between_s):  # "贷款，用于扩大生产线": its purpose
                continue  # "与IGO合资的奎纳纳工厂，二期扩建项目已于2024年暂停": the expansion's own clause
            if _CLAUSE.search(between) or (_NEW_VERB.search(between) and not (p.weak or q.weak)) \
                    or _LATER_ZH.search(between) or (not p.weak and _LATER_ZH.search(between_s)):
                # "move its European headquarters to Budapest and set up an R&D centre",
                # "收购了夏普位于墨西哥的电视工厂，此后又在新莱昂州投资建设冰箱工厂"
                continue
            if not p.weak and p.move_type not in {x.move_type for x in c} and _RELATIVE_ENDS.search(
                    text, max(0, c[0].trigger.start - 12), p.trigger.start):
                # "Huayou, which bought the Arcadia mine in 2022, is expanding the complex":
                # the clause of the purchase ends, the subject's own verb tells another move
                continue
            purpose = q.move_type == "joint_venture" and p.move_type in _PLANT_TYPES and \
                _JV_PURPOSE.search(between) is not None
            near_gap = 15 if px.search(r"[\u4e00-\u9fff]", between + p.trigger.text) else 30
            # "has assembled panels there since 2018 and expanded the site": an expansion
            # presupposes the plant, so a production verb next to it is a move of its own
            weak_plant = {p.move_type, q.move_type} == {"greenfield_plant", "plant_expansion"} \
                and (p.weak or q.weak)
            if weak_plant and px.search(r"\band\b|并|，", between):
                continue
            if p.weak or q.weak or gap < near_gap or (same_place and gap < 80) or purpose:
                home = c
                break
        if home is None:
            clusters.append([p])
        else:
            home.append(p)
    out = []
    for c in clusters:
        best = min(c, key=lambda p: (p.weak, _PRECEDENCE.get(p.move_type, 99)))
        if best.move_type == "listing":
            # "a $600 million green bond listed on Nasdaq Dubai": a bond listed raises money
            bond = next((p for p in c if p.move_type == "financing" and _BOND.search(p.trigger.text)
                         and 0 <= best.trigger.start - p.trigger.end <= 40), None)
            best = bond or best
        if best.move_type == "joint_venture" and _AS_VENTURE.search(text[max(0, best.trigger.start - 24):best.trigger.start]):
            # "won the contract in 2019 in a joint venture with Descon": the venture is how
            # the contract was won, the contract is the move
            best = next((p for p in c if p.move_type == "construction_contract" and not p.weak), best)
        for p in c:
            if p is best:
                continue
            # keep what the losing trigger knew about value, date and status — but the
            # date and state of the plant an expansion is made at are the plant's own
            best.money = best.money or p.money
            existing = best.move_type == "plant_expansion" and p.move_type == "greenfield_plant"
            best.date = best.date or (None if existing else p.date)
            if _STATUS_RANK[p.status] > _STATUS_RANK[best.status] and not existing:
                best.status, best.status_mention = p.status, p.status_mention
        out.append(best)
    return out
