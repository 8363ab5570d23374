"""Word lists the extractor matches: move-type triggers, status cues, denials, anaphors.

Everything language-specific that is not a name from the reference tables lives here, so
that a reader can see (and extend) the grammar of the extractor in one place. English
phrases are matched case-insensitively on spaCy tokens; Chinese phrases on characters.

Triggers carry a *strength*: ``strong`` triggers name a kind of move by themselves
("gigafactory", "收购"); ``weak`` ones ("invest", "投资") only make a move of type
``other`` when nothing stronger is said about the same company and host in the article.
"""

from __future__ import annotations

#: Move types that are a site of the firm's own (a plant, an office, a shop …): what a firm
#: bought or was handed with a purchase, or shipped goods to, is none of them
SITE_TYPES = frozenset({"greenfield_plant", "rnd_center", "office_hq", "retail_store", "data_center"})

#: New shares a listed firm sells in its own market (financing triggers; sold for Hong Kong
#: dollars they are sold in Hong Kong): (English, Chinese)
PLACEMENTS: tuple[list[str], list[str]] = (
    ["placement", "share placement", "top-up placement"],
    ["配售新股", "配售", "先旧后新配售"])

#: move type -> (English phrases, Chinese phrases). Order of MOVE_PRECEDENCE decides which
#: type wins when several triggers in one sentence point to the same company and host:
#: "a joint venture to build a plant" is a joint venture, "a loan for its factory" financing.
TRIGGERS: dict[str, tuple[list[str], list[str]]] = {
    "listing": (
        ["IPO", "IPOs", "initial public offering", "listing", "listings", "secondary listing", "list its shares",
         "list shares", "go public", "going public", "flotation", "GDR", "GDRs",
         "global depositary receipts", "stock market debut", "trading debut", "market debut",
         "share sale", "listed its shares", "listing application", "list it", "list them",
         "list the unit", "list the business", "to list", "dual listing", "Nasdaq debut",
         "trading debut", "listed in", "listed on", "listed its", "listed GDRs", "listed global",
         "debuted on", "debuted in", "float", "floated", "went public", "goes public", "gone public",
         "Hong Kong debut", "New York debut", "Singapore debut", "London debut", "Frankfurt debut",
         "Zurich debut", "Shanghai debut", "Shenzhen debut",
         # "whose shares have traded in Hong Kong since 2010"
         "began trading in", "began trading on", "started trading in", "started trading on",
         "have traded in", "has traded in", "have traded on", "has traded on",
         # "the first company to issue D shares on … the Frankfurt Stock Exchange"
         "issue D shares", "issued D shares"],
        ["上市", "IPO", "挂牌", "递交上市申请", "招股", "港股上市", "二次上市", "GDR", "发行H股",
         "H股上市", "赴港上市", "赴美上市", "递表", "发行全球存托凭证", "登陆", "敲钟",
         "挂牌交易", "首次公开发行", "两地上市", "双重上市", "分拆上市", "发行H股股票"]),
    "joint_venture": (
        ["joint venture", "joint-venture", "JV", "JVs", "joint ventures", "joint company",
         # "the Zhanatas wind farm, which it co-owns with Kazakh investor Visor"
         "co-owns", "co-owned", "co-own", "jointly owns", "jointly owned"],
        ["合资", "合资公司", "合资企业", "合营", "合资建厂", "成立合资"]),
    "acquisition": (
        ["acquire", "acquires", "acquired", "acquiring", "acquisition", "buy", "buys", "bought",
         "buying", "purchase", "purchased", "takeover", "take over", "took over", "takes over", "taking over", "stake",
         "controlling stake", "majority stake", "merger", "buyout", "bid for", "takeover bid",
         "stakes", "takeover proposal", "takeover offer",
         # "will become the largest shareholder of Kadokawa": a stake bought, however worded
         "become the largest shareholder", "become the biggest shareholder",
         "become the top shareholder", "become its largest shareholder",
         "become the controlling shareholder", "became the largest shareholder",
         "becoming the largest shareholder",
         # "has owned half of Argentina's Veladero mine since 2017": a stake, however worded
         "owns half of", "owned half of", "own half of", "owning half of",
         # "took full control of Oslo-based Funcom"
         "took control of", "take control of", "takes control of", "taking control of",
         "took full control of", "take full control of", "takes full control of",
         "gained control of", "gain control of", "acquired control of",
         # "paid $1.5 billion for Anglo American's niobium business" (checked: money, "for")
         "paid", "pay", "pays", "paying"],
        ["收购", "并购", "入股", "参股", "股权", "买下", "买了下来", "控股权", "全资收购", "增持", "竞购", "要约收购",
         "全资控股", "实现控股"]),
    "licensing": (
        ["license", "licence", "licenses", "licences", "licensing", "licensed", "licensing deal",
         "technology licensing", "royalty deal", "royalty agreement", "franchise agreement", "franchise deal",
         "exclusive rights", "global rights", "rights outside", "out-licensed", "out-licensing",
         "franchising agreement", "master franchise",
         # "agreed to pay $1.25 billion upfront for rights to SSGJ-707": a drug deal's price
         "upfront", "for rights to"],
        ["授权", "技术许可", "专利许可", "许可协议", "技术授权", "许可", "牌照", "许可证", "执照",
         "经营许可", "特许经营协议", "权益授予", "权利授予",
         # "武田将支付12亿美元首付款": a drug deal's upfront payment is a licence's price
         "首付款"]),
    "construction_contract": (
        ["contract", "contracts", "EPC", "engineering, procurement and construction",
         "construction deal", "awarded", "won a deal", "tender", "contractor"],
        ["承建", "中标", "总承包", "EPC", "工程合同", "承包", "施工合同", "签约承建", "合同金额",
         "工程总承包", "建设合同", "承揽", "合同额",
         # "被选定为该国第二座核电站建设联合体的牵头方": leading the builders of a project
         "联合体的牵头方", "联合体牵头方"]),
    "financing": (
        ["loan", "loans", "financing", "credit facility", "credit line", "bond",
         "bonds", "green bond", "syndicated loan", "refinancing", "funding round",
         # new shares sold by a listed firm in its market ("raised HK$4.9 billion in a
         # placement in Hong Kong")
         *PLACEMENTS[0], "follow-on offering",
         # "received a $3.3 billion strategic investment from Abu Dhabi's CYVN": money raised
         # from a foreign investor (only after such a verb: see the pipeline's trigger check)
         "strategic investment", "equity investment"],
        ["贷款", "融资", "授信", "银团贷款", "债券", "发债", "绿色债券", *PLACEMENTS[1], "战略投资"]),
    "plant_expansion": (
        ["expansion", "expand", "expands", "expanded", "expanding", "second phase",
         "new phase", "phase II", "phase two", "additional capacity", "add capacity", "adding a line", "added a line", "add a line", "adds a line", "adding a new line", "added a new line", "add facilities", "adding facilities", "add more facilities",
         "boost capacity", "raise capacity", "increase capacity", "double its capacity",
         "double capacity", "doubling capacity", "triple its capacity", "second line",
         "second production line", "new production line", "additional line", "new lines",
         # with a plant named next to them (checked): "to double Hungarian battery plant",
         # "to pump more money into Coega plant"
         "double", "doubles", "doubling", "triple", "triples", "tripling", "enlarge", "enlarges",
         "enlarging", "more money into", "invest more in", "further investment in",
         # "to raise processing capacity at its mine", "boost annual production capacity"
         *[f"{verb} {kind} capacity" for verb in ("raise", "raises", "raising", "boost", "boosts",
                                                  "boosting", "increase", "increases", "increasing",
                                                  "expand", "expands", "expanding", "add", "adds",
                                                  "adding", "lift", "lifts", "lifting")
           for kind in ("production", "processing", "manufacturing", "annual", "smelting",
                        "refining", "mining", "its", "its production", "its annual", "the plant's",
                        "the mine's")]],
        ["扩产", "扩建", "二期", "扩大产能", "新增产能", "扩能", "增资扩产", "三期", "扩容"]),
    "data_center": (
        ["data centre", "data center", "data centres", "data centers", "datacenter",
         "datacentre", "datacenters", "cloud region", "availability zone", "computing centre",
         "computing center", "cloud regions", "availability zones", "opened a region",
         "open a region", "launched a region", "launch a region", "data-centre", "data-center",
         "data-centres", "data-centers", "AI hub", "artificial-intelligence hub",
         "artificial intelligence hub", "computing hub", "supercomputing centre",
         "supercomputing center", "data hosting project", "data hosting centre",
         "data hosting center", "data-hosting project", "data storage centre",
         "data storage center", "hyperscale campus"],
        ["数据托管项目", "数据托管中心", "数据存储中心", "数据中心", "Region", "云计算中心", "算力中心", "智算中心", "云数据中心", "可用区", "云节点",
         "区域节点", "新节点", "节点开服", "云服务节点", "云区域", "云计算区域", "云计算节点"]),
    "rnd_center": (
        ["R&D centre", "R&D center", "R&D hub", "research centre", "research center",
         "research and development centre", "research and development center",
         "innovation centre", "innovation center", "technology centre", "technology center",
         "design centre", "design center", "research institute", "R&D facility", "laboratory",
         "research lab", "R&D base", "development studio", "development studios",
         "game studio", "game studios", "game development studio"],
        ["研发中心", "研究院", "创新中心", "技术中心", "设计中心", "研发基地", "实验室",
         "研究中心", "研究所", "研发机构", "创新研究院", "研发工作室", "游戏工作室",
         # "网易在美国西雅图设立的工作室Jar of Sparks": a studio a game firm sets up
         "设立的工作室", "成立的工作室", "组建的工作室", "设立工作室", "成立工作室"]),
    "retail_store": (
        ["store", "stores", "flagship store", "flagship", "showroom", "showrooms", "outlet",
         "outlets", "shop", "shops", "dealership", "dealerships", "restaurant", "restaurants",
         "teahouse", "teahouses", "cafe", "cafes", "coffee shop", "coffee shops", "boutique",
         "boutiques", "filling station", "filling stations", "petrol station", "petrol stations",
         "gas stations", "service stations"],
        ["门店", "旗舰店", "专卖店", "体验店", "开店", "新店", "店铺", "展厅", "直营店", "餐厅",
         "首店", "首家门店", "分店", "连锁店", "专营店", "加油站", "销售网点", "经销商门店",
         "海外店", "首家店", "第一家店", "海外首店", "概念店", "快闪店"]),
    "office_hq": (
        ["office", "offices", "headquarters", "HQ", "regional headquarters", "regional hub",
         "representative office"],
        ["总部", "区域总部", "办事处", "代表处", "办公室", "办公园区", "运营中心",
         "营销中心", "销售公司", "地区总部", "区域中心", "海外总部",
         "欧洲总部", "国际总部"]),
    "greenfield_plant": (
        ["plant", "plants", "factory", "factories", "gigafactory", "gigafactories",
         "production base", "manufacturing base", "manufacturing facility",
         "production facility", "assembly line", "production line", "assembly plant",
         "smelter", "smelters", "refinery", "refineries", "steel mill", "steel mills", "manufacturing hub", "industrial park",
         "manufacturing plant", "production site", "materials complex", "industrial complex",
         "production complex", "manufacturing complex", "chemical complex", "battery complex",
         "manufacturing facilities", "production facilities", "production bases", "contract manufacturing",
         "manufacturing bases", "manufacturing sites", "production sites", "manufacturing plants",
         "production plants", "assembly plants", "production lines", "assembly lines",
         "contract assembly", "contract assembler", "contract manufacturer", "cement plant",
         "tyre plant", "tire plant", "HPAL plant", "HPAL plants", "mill",
         # "for years we have manufactured modules in Jacksonville, Florida": making there
         # for years is a plant there (the verb, not "manufactured goods")
         "have manufactured", "has manufactured", "had manufactured",
         "have produced", "has produced", "had produced",
         # power a firm will own and run (a contractor's are contracts, see _BUILT_FOR_OTHERS)
         "wind farm", "wind farms", "solar farm", "solar farms", "solar park", "solar plant",
         "photovoltaic plant", "PV plant", "hydropower plant", "hydroelectric plant",
         "container terminal", "grain terminal", "export terminal", "port terminal"],
        ["工厂", "建厂", "生产基地", "制造基地", "超级工厂", "生产线", "产线", "冶炼厂",
         "炼油厂", "组装厂", "整车厂", "电池厂", "产业园", "投资建厂", "冶炼项目",
         "工业园", "设厂", "办厂", "生产中心", "制造中心", "产能基地", "组装线", "KD工厂",
         "CKD工厂", "冶炼厂", "制造工厂", "生产工厂", "产业基地", "工业园区", "制造园区", "冶炼园区", "镍铁园区",
         "水泥厂", "轮胎厂", "钢厂", "化工厂", "材料厂", "组装工厂", "换电站工厂", "CKD项目",
         "铜钴矿", "金矿项目", "电池项目", "轮胎项目", "电解液项目", "隔膜项目", "材料项目",
         "整车项目", "组件项目", "硅片项目", "钢铁项目", "水泥项目", "化工项目",
         "炼化项目", "炼化一体化项目", "石化项目", "化纤项目", "聚酯项目", "炼油项目", "纺织项目",
         "油田开发项目", "气田开发项目", "油气田开发项目",
         "造纸项目", "浆纸项目", "电解铝项目", "氧化铝项目", "正极项目", "负极项目", "铜箔项目",
         "硫酸锂项目", "氢氧化锂项目", "碳酸锂项目", "锂盐项目", "前驱体项目", "硫酸镍项目",
         "高冰镍项目", "镍铁项目", "火法项目", "生产项目", "制造项目",
         "氧化铝厂", "电解铝厂", "铝厂", "发电厂", "加工厂", "纸厂", "浆厂", "糖厂", "玻璃厂",
         "电池工厂", "硅料厂", "组件厂", "电芯厂", "制药厂", "药厂", "食品厂", "服装厂", "纺织厂",
         "风电场", "光伏电站", "光伏发电站", "水电站项目", "集装箱码头", "粮食码头"]),
    # logistics facilities and other operating sites that are not plants, shops or offices
    "other": (
        ["warehouse", "warehouses", "logistics hub", "logistics centre", "logistics center",
         "distribution centre", "distribution center", "sorting centre", "sorting center",
         "fulfilment centre", "fulfillment center", "logistics park", "sorting hub",
         "fulfilment hub", "fulfillment hub", "distribution hub"],
        ["海外仓", "分拨中心", "转运中心", "物流中心", "物流枢纽", "仓储中心", "物流园",
         "自营仓", "物流基地", "配送中心", "eHub", "智能仓", "履约中心", "分拣中心"]),
}

#: Weak triggers: a move of type "other" only when the article says nothing stronger.
WEAK_TRIGGERS: tuple[list[str], list[str]] = (
    ["invest", "invests", "investment", "investments", "invested", "investing",
     "enter the market", "set up operations", "project", "facility", "facilities", "site", "deal", "complex",
     # "and at a campus in Hamar, Norway": a site, of the kind the sentence says
     "campus",
     # "its integrated wafer, cell and module base in Quang Ninh" (not "its customer base")
     "base", "bases",
     "entered", "enters", "entering", "entry into", "arrived in", "arrives in",
     "landed in", "lands in",
     # a chain opening in a market ("Luckin opened in Singapore in 2023")
     "opened in", "opens in", "debuted in", "debuts in",
     "expanded to", "expanded into", "expands into", "expanding into", "expand into",
     # a service started in a market ("Keeta will launch in Qatar")
     "launched in", "launches in", "launch in", "went live in", "goes live in"],
    ["投资", "项目", "落地", "布局", "基地", "投建", "设立", "进军", "进入", "正式上线"],
)

#: A mine's own words (a mine told as producing is a plant: ``assemble._MINE_PRODUCING``).
MINE_WORDS: tuple[list[str], list[str]] = (
    ["mine", "lithium mine", "copper mine", "gold mine", "nickel mine"],
    ["锂矿", "铜矿", "金矿", "铁矿", "镍矿", "钴矿", "铝土矿", "锂辉石矿", "矿山"],
)

#: Weak triggers that still say what kind of move it is when nothing stronger is said:
#: "will assemble cars in Malaysia", "在奥地利格拉茨生产".
WEAK_TYPED: dict[str, tuple[list[str], list[str]]] = {
    "greenfield_plant": (["assemble", "assembles", "assembled", "assembling", "assembly",
                          "produce", "produces", "producing", "manufacture", "manufactures",
                          "manufacturing", "CKD", "SKD", "local production", "makes", "making",
                          # a mine is a site of the firm's own ("its lithium mine in Mali")
                          "mines", *MINE_WORDS[0]],
                         ["生产", "组装", "CKD", "SKD", "KD组装", "本地化生产", "代工生产", "投产",
                          *MINE_WORDS[1],
                          "盐湖", "盐湖项目", "锂矿项目", "铜矿项目", "矿山项目",
                          # "歌尔股份在越南北宁省的园区也已运营多年": a maker's own campus
                          "园区",
                          # "马里的Goulamina锂矿2024年底开始出矿": a mine producing
                          "出矿"]),
    # "the precursor venture that LG Chem and Huayou agreed to build in Saemangeum": a
    # venture with partners is a joint venture, when nothing stronger is said
    "joint_venture": (["venture", "ventures",
                       # "an integrated battery programme with state-owned Indonesia Battery
                       # Corporation, a joint effort valued at about US$6 billion"
                       "joint effort", "joint project", "joint programme", "joint program"], []),
    # "set up a subsidiary in Mexico" is an office; "its subsidiary" alone says nothing
    "office_hq": (["subsidiary", "subsidiaries", "branch", "branches", "set up a company",
                   "set up a local company", "established a company", "registered a company"],
                  ["子公司", "分公司", "运营公司", "当地公司", "本地公司", "分支机构", "揭牌成立"]),
    # what a contractor builds for others: a contract only for a contractor
    # ("China Communications Construction has been building the East Coast Rail Link")
    "construction_contract": (["rail link", "railway", "railway line", "rail line", "expressway",
                               "highway", "motorway", "bridge", "dam", "metro line", "airport",
                               "tunnel", "power station", "seaport", "deep-sea port",
                               "built", "constructed",
                               # "PowerChina is building the national stadium"
                               "stadium", "stadiums", "arena", "convention centre", "convention center",
                               # "CSCEC has handed over the main buildings of the business district"
                               "handed over", "hands over", "light rail", "business district"],
                              ["铁路", "高速公路", "公路", "大桥", "水电站", "机场", "地铁", "隧道",
                               "电站", "深水港", "体育场", "体育馆", "会展中心"]),
}

MOVE_PRECEDENCE: tuple[str, ...] = (
    "listing", "joint_venture", "acquisition", "licensing", "construction_contract",
    "financing", "plant_expansion", "data_center", "rnd_center", "greenfield_plant",
    "retail_store", "office_hq", "other",
)

#: Words that make a following plant trigger an expansion ("expand its plant").
EXPANSION_TYPES = ("plant_expansion",)

#: status -> (English cues, Chinese cues). A cue preceded by a modal ("expected to
#: start production", "预计投产") describes the future, so it counts as "announced".
STATUS_CUES: dict[str, tuple[list[str], list[str]]] = {
    "cancelled": (
        ["cancelled", "canceled", "cancel", "scrapped", "scrap", "abandoned", "shelved",
         "halted", "suspended", "withdrew", "pulled out", "called off", "terminated", "stalled",
         "dropped", "collapsed", "fell through", "fell apart", "was blocked", "were blocked",
         "ditched", "pulled the plug", "on hold", "on ice", "put on hold", "dropped plans",
         "postponed indefinitely"],
        ["取消", "终止", "搁置", "叫停", "暂停", "放弃", "撤回", "撤出", "中止", "停摆", "告吹",
         "流产", "被否决", "作罢", "未获批准", "暂缓", "暂缓实施", "暂缓推进", "停止",
         "已终止"]),
    "operating": (
        ["opened", "opens", "inaugurated", "started production", "began production",
         "start production", "started operations", "began operations", "commenced operations",
         "operational", "in operation", "operates", "operating", "launched", "went live",
         "rolled off", "completed", "began mass production", "started operating",
         "came online", "set up", "established", "opened its", "started producing",
         "began producing", "started making", "began making", "running", "runs",
         "in production", "up and running", "began operating", "commissioned", "debut",
         "debuted", "began trading", "started trading", "has operated", "entered", "raised",
         "has run", "have run", "has been producing", "has produced", "has been running",
         "already has", "already operates", "already runs", "owns", "listed",
         "already makes", "already produces", "already assembles", "already manufactures",
         "started assembling", "began assembling", "has been assembling", "now produces",
         "is producing", "now producing", "is now producing", "started output",
         "began output", "started shipping", "began shipping", "into production",
         "into commercial production", "into operation", "into commercial operation",
         "now counts", "now has", "now operates", "now runs"],
        ["投产", "达产", "投入运营", "正式运营", "开业", "启用", "落成", "竣工", "量产", "下线", "建成",
         "运营", "开设了", "设立了", "开幕", "投入使用", "建成投产", "正式启用", "已投产",
         "试生产", "试运行", "已实现出口", "建有", "设有", "拥有", "完成", "已完成", "交割", "开通",
         "上线", "正式开通", "开始量产", "实现量产", "正式投产", "已开业",
         "营业", "挂牌上市", "开始生产", "开始运营", "正式生产", "已运营", "运营中", "完成交割", "完成收购", "已落地",
         "开服", "挂牌交易", "首日", "已投入运营", "首车下线", "开出", "募资", "通车", "并网", "并网发电",
         "已建成", "建成投产", "已在", "设立了", "开设了", "已拥有", "设有多个"]),
    "under_construction": (
        ["under construction", "is building", "are building", "is constructing",
         "broke ground", "groundbreaking", "began construction",
         "started construction", "construction began", "construction started",
         "construction of", "being built", "already building", "is converting",
         "are converting", "being converted", "under way", "is also building", "are also building",
         "begun building", "began building", "started building", "has started building",
         "begun construction", "begun work", "began work",
         "is now building", "is still building", "is currently building", "breaking ground",
         "construction began", "construction of the"],
        ["开工", "动工", "在建", "奠基", "开工建设", "破土", "正在建设", "建设中", "施工中",
         "破土动工", "加紧建设", "正在建造", "开建", "封顶", "正在建设的", "获批开建"]),
    "announced": (
        ["will", "plans", "planned", "plan", "to build", "agreed", "signed", "announced",
         "unveiled", "intends", "would", "aims", "proposed", "considering", "preparing"],
        ["签约", "签署", "宣布", "拟", "计划", "将", "规划", "协议", "有望", "预计", "打算",
         "获批", "考虑", "筹建", "启动", "递交", "中标", "签下"]),
}

#: Modal words that turn a completed-state cue into a future one.
MODALS_EN = ("will", "would", "expected", "plans", "plan", "planned", "to", "aims", "aim",
             "could", "may", "should", "set", "due", "scheduled", "hopes", "targets")
MODALS_ZH = ("预计", "将", "计划", "有望", "拟", "力争", "预期", "争取", "将于", "目标")

#: A sentence with one of these says a move is *not* happening: its moves are dropped.
DENIALS: tuple[list[str], list[str]] = (
    ["denied", "denies", "deny", "dismissed", "rejected a report", "no plans", "no plan",
     "not planning", "has no intention", "inaccurate", "untrue", "false report",
     "not considering", "has not confirmed", "did not confirm", "could not be confirmed",
     "unconfirmed", "would not build", "will not build", "won't build", "not to build",
     "decided not to", "no longer plans", "declined to comment", "did not comment",
     "would not comment", "shot down", "no such plan", "played down",
     # "Q: There are reports that ByteDance plans a data center in Thailand. A: I can't
     # comment on other companies."
     "can't comment", "cannot comment", "can not comment", "could not comment", "couldn't comment",
     # "… had picked a site in Mexico; BYD said no decision had been made"
     "no decision has been made", "no decision had been made", "has not made a decision",
     "had not made a decision", "has yet to make a decision", "no final decision",
     # "…insisted that BYD will build a car plant in the state; the company has said it has
     # made no decision on a location in Mexico"
     "has made no decision", "had made no decision", "have made no decision",
     # "is looking at sites for a European factory": a search, no plan yet (but "said it
     # would build a plant in Mexico, but has not chosen a site" is a plan)
     "looking at sites", "scouting sites", "scouting for sites",
     # "said reports that it had picked a site … were \"speculation\"", "called … groundless"
     "speculation", "speculative", "groundless", "baseless", "not true",
     # "has decided against building a U.S. plant", "ruled out a plant in Mexico"
     "decided against", "deciding against", "decides against", "decide against", "ruled out",
     "rules out", "ruling out",
     # "Reports that JA Solar had decided to build a wafer plant in Saudi Arabia are
     # premature; no such decision has been taken", "claims … are not accurate", "reports …
     # were not confirmed", "said it had \"nothing to announce\""
     "premature", "no such decision", "no such project", "not accurate",
     "were not confirmed", "was not confirmed", "has not been confirmed", "have not been confirmed",
     "had not been confirmed", "nothing to announce",
     # "10. JD.com — Britain — possible offer for Currys — no deal"
     "no deal"],
    ["否认", "不实", "并无计划", "无意", "辟谣", "谣言", "澄清", "没有计划", "无计划", "尚未予以证实",
     "未予以证实", "从未证实",
     "未予证实", "尚未证实", "未经证实", "不予置评", "拒绝置评", "未予回应", "未予置评", "未置评",
     "尚未做出任何决定", "尚未作出任何决定", "尚未做出决定", "尚未作出决定", "尚无定论",
     "没有该计划", "没有此计划", "没有相关计划", "并无此计划", "无此计划", "纯属猜测", "系误读",
     # "网上流传…的消息，公司从未发布相关信息" (not "以公司公告为准", a disclaimer that
     # ends much financial news)
     "从未发布相关信息", "从未发布过相关信息",
     # "近期有媒体报道称阿里云将在印度建设数据中心，阿里巴巴集团未对相关报道作出回应"
     "未对相关报道作出回应", "未就相关报道作出回应",
     # "美的方面回应称“目前没有可以披露的信息”"
     "没有可以披露的信息", "没有可披露的信息", "暂无可以披露的信息", "暂无可披露的信息",
     # "有报道称比亚迪在墨西哥的建厂计划已经暂缓，公司方面未正式回应"
     "未正式回应", "未予正式回应",
     # "将在美国大选之后再决定墨西哥建厂事宜", "研究在墨西哥建设工厂，但未公布具体计划"
     "再决定", "再作决定", "再做决定", "未公布具体计划", "未披露具体计划"],
)

#: Words that mark a sentence as reporting a rumour (dropped if the article denies it, or
#: if the rumour is only of preparations: see ``SPECULATION``).
RUMOUR_CUES: tuple[list[str], list[str]] = (
    ["report", "reported", "reports", "media", "sources said", "people familiar",
     "people with knowledge", "the people said", "one of the people", "reportedly"],
    ["报道", "消息", "传出", "据悉", "传言", "传闻", "市场传闻", "知情人士", "消息人士", "被传",
     "媒体称", "媒体报道称", "外媒称"],
)

#: A rumour of preparations or talks is speculation, not a move ("据知情人士透露，X正在筹备
#:赴港上市", "the discussions could value a stake at $1bn, one of the people said").
SPECULATION: tuple[list[str], list[str]] = (
    ["preparing", "considering", "weighing", "exploring", "in talks", "discussions", "evaluating"],
    ["筹备", "筹划", "考虑", "评估", "洽谈", "商谈", "接洽"],
)

#: Expressions that refer back to a company named earlier in the article.
ANAPHORS: tuple[list[str], list[str]] = (
    ["it", "its", "the company", "the group", "the firm", "the automaker", "the carmaker",
     "the maker", "the miner", "the supplier", "the retailer", "the manufacturer",
     "the producer", "the chinese company", "the chinese firm", "the chinese group",
     "the chinese automaker", "the chinese carmaker", "the chinese miner",
     "the chinese supplier", "the chinese manufacturer", "the chinese maker",
     "the plant", "the factory", "the facility", "the project", "the centre", "the center",
     "the two companies", "the two firms", "both companies", "the two groups",
     "the deal", "the agreement", "the venture", "the expansion", "the site", "the store", "the investment",
     "the new phase", "the contract", "the loan", "the listing", "the ipo", "the offering",
     "he", "she", "we", "they", "our", "those include", "these include", "they include",
     # a filing's own words for the issuer: "the Board approved the construction of a plant"
     "the board", "its board", "the board of directors", "the issuer"],
    ["该公司", "公司", "其", "该集团", "集团", "该企业", "该工厂", "工厂", "该项目", "项目",
     "本公司", "董事会", "公司董事会",
     "该中心", "该基地", "双方", "该车企", "此次", "此前", "同时", "另外", "此外",
     # "这家总部位于瑞士巴塞尔的中国创新药企，2024年在美国…启用了…生产基地"
     "这家", "该家"],
)

#: Registry firms with a home abroad that are Chinese-founded and -run (counted as movers).
#: Canadian Solar is not: it is headquartered in Ontario, and readers who apply "headquartered
#: in mainland China or Hong Kong" (two independent blind annotators) leave it out.
CHINESE_ROOTED = {"shein"}

#: Acquisition words that, in an article about a joint venture, describe the venture's
#: shareholding rather than a separate purchase.
STAKE_WORDS = {"stake", "minority stake", "majority stake", "controlling stake", "股权", "控股权"}

#: A Chinese "上市" next to product words ("新车型在泰国上市") is a product launch unless
#: listing words are near too.
PRODUCT_LAUNCH_ZH = ("车型", "新车", "车款", "产品", "新品", "手机", "机型", "版本", "系列",
                     "首发车", "上市销售", "正式上市销售", "售价")
LISTING_CONTEXT_ZH = ("交易所", "联交所", "港交所", "纳斯达克", "纽交所", "港股", "美股", "股票",
                      "股份", "募资", "招股", "发行", "IPO", "递交", "申请", "聆讯", "挂牌",
                      "市值", "主板", "科创板", "GDR", "首发", "股")

#: Sectors whose firms' generic "project" news is a construction contract.
CONTRACTOR_SECTORS = {"construction"}

#: Sectors whose firms' facilities and capacity are data centres.
DATA_CENTER_SECTORS = {"cloud_data_centers"}

#: A bare name opening a Chinese clause is not a firm when it ends like these.
#: Trades: "酒店集团", "汽车公司" name a kind of firm, never one firm
ZH_INDUSTRY_WORDS = frozenset(
    "酒店 汽车 车企 电池 光伏 能源 新能源 科技 投资 贸易 物流 地产 房地产 建筑 钢铁 化工 医药 家居 家电 "
    "餐饮 零售 电商 矿业 航运 港口 金融 银行 保险 证券 通信 电信 互联网 游戏 服装 食品 饮料 茶饮 咖啡 "
    "咨询 传媒 文化 旅游 航空 水泥 玻璃 轮胎 纺织 机械 工程 建设 电力 电网 半导体 芯片 软件 云计算 "
    "数据中心 跨国 国有 民营 上市 外资 中资 本土 当地 海外 国际 全球".split())
ZH_NOT_FIRM_END = ("团队", "股东", "人士", "人员", "官员", "专家", "机构", "部门", "政府", "媒体", "记者", "作者", "分析师",
                   "消费者", "市场", "行业", "方面", "双方", "总理", "总统", "部长", "大使", "委员会",
                   "投资者", "客户", "用户", "工人", "居民", "当局", "国家", "企业", "车企", "公司",
                   "集团", "银行", "基金", "研究", "数据", "报告", "项目", "工厂", "产品", "业务",
                   "交易", "协议", "合作", "收购", "计划", "消息", "公告", "声明", "会议", "活动",
                   "领域", "板块", "股价", "股票", "指数", "价格", "销量", "出口", "进口", "产能",
                   "招股书", "说明书", "年报", "财报", "公报", "文件")

#: Words that say the firm next to them is Chinese (a candidate when it is not registered).
CHINESE_CUES_EN = ("chinese", "china's", "china-based", "hong kong-based", "shenzhen-based",
                   "shanghai-based", "beijing-based", "hangzhou-based", "ningbo-based",
                   "guangzhou-based", "hefei-based")
#: Common nouns between a nationality cue and a firm's name ("Chinese battery maker X").
FIRM_NOUNS_EN = (
    "maker", "makers", "manufacturer", "firm", "company", "group", "giant", "producer",
    "supplier", "retailer", "brand", "startup", "start-up", "developer", "operator", "miner",
    "carmaker", "automaker", "conglomerate", "chain", "platform", "provider", "vendor",
    "player", "rival", "contractor", "builder", "company's", "champion", "specialist",
    "designer", "unit", "subsidiary", "arm", "owner", "lender", "bank", "investor", "fund",
    "partner", "pioneer", "exporter")
#: Chinese nouns before a firm's name ("新茶饮品牌蜜雪冰城", "芯片公司地平线").
FIRM_NOUNS_ZH = ("品牌", "公司", "企业", "厂商", "车企", "巨头", "制造商", "集团", "平台",
                 "龙头", "供应商", "运营商", "初创", "独角兽", "零售商", "电商",
                 # "海底捞海外业务主体特海国际": the unit that runs a business
                 "业务主体", "运营主体")
#: Chinese legal suffixes that end a firm's name.
FIRM_SUFFIXES_ZH = ("股份有限公司", "有限责任公司", "有限公司", "集团", "控股", "股份")
#: English legal suffixes that end a firm's name.
FIRM_SUFFIXES_EN = ("Co", "Co.", "Corp", "Corp.", "Corporation", "Group", "Holdings",
                    "Holding", "Ltd", "Ltd.", "Inc", "Inc.", "Limited", "Technology",
                    "Technologies", "Motors", "Motor", "Energy", "Mining", "Electronics",
                    "International", "Robotics", "Auto", "Power", "Materials", "Battery")

#: Verbs of buying, as a regular-expression alternation ("bought a 5% stake in a joint
#: venture": a purchase, not a venture of one's own).
BUY_VERBS_EN = (r"bought|buys?|buying|acquired|acquires?|acquiring|purchased?|purchasing|"
                r"took|takes?|taking")

#: Stock exchanges: where a listing happens is the host of a listing move.
EXCHANGES: dict[str, list[str]] = {
    "USA": ["Nasdaq", "NASDAQ", "NYSE", "New York Stock Exchange", "New York stock exchange",
            "Wall Street", "纳斯达克交易所", "纽约证券交易所",
            "纳斯达克", "纽交所", "纽约证券交易所", "美股"],
    "HKG": ["Hong Kong Stock Exchange", "Hong Kong stock exchange", "Hong Kong bourse",
            "HKEX", "HKEx", "Hong Kong Exchanges", "港交所",
            "香港联交所", "联交所", "港股", "香港交易所", "H股", "H-shares", "H shares"],
    "GBR": ["London Stock Exchange", "LSE", "伦敦证券交易所", "伦交所"],
    "CHE": ["SIX Swiss Exchange", "SIX", "瑞士证券交易所", "瑞交所"],
    "DEU": ["Frankfurt Stock Exchange", "法兰克福证券交易所"],
    "SGP": ["Singapore Exchange", "SGX", "新加坡交易所"],
    # Nasdaq's European and Gulf markets are not New York's ("a green bond listed on Nasdaq
    # Dubai"); the longest name wins
    "ARE": ["Nasdaq Dubai", "Dubai Financial Market", "Abu Dhabi Securities Exchange", "ADX",
            "迪拜纳斯达克", "迪拜金融市场", "阿布扎比证券交易所"],
    "SWE": ["Nasdaq Stockholm", "斯德哥尔摩证券交易所"],
    "FIN": ["Nasdaq Helsinki"],
    "DNK": ["Nasdaq Copenhagen"],
    "SAU": ["Saudi Exchange", "Tadawul", "沙特证券交易所"],
    "JPN": ["Tokyo Stock Exchange", "东京证券交易所", "东证"],
    "KOR": ["Korea Exchange", "韩国交易所"],
    "AUS": ["Australian Securities Exchange", "ASX", "澳大利亚证券交易所", "澳交所"],
    "CAN": ["Toronto Stock Exchange", "TSX Venture Exchange", "多伦多证券交易所"],
    "ZAF": ["Johannesburg Stock Exchange", "JSE", "约翰内斯堡证券交易所"],
    "MYS": ["Bursa Malaysia", "马来西亚证券交易所"],
    "IDN": ["Indonesia Stock Exchange", "印尼证券交易所"],
    "THA": ["Stock Exchange of Thailand", "泰国证券交易所"],
    "KAZ": ["Astana International Exchange", "Kazakhstan Stock Exchange", "阿斯塔纳国际交易所"],
    "QAT": ["Qatar Stock Exchange", "卡塔尔证券交易所"],
    # a listing at home is not a move; naming the exchange keeps it from borrowing a host
    "CHN": ["Shanghai Stock Exchange", "Shenzhen Stock Exchange", "上交所", "深交所", "科创板",
            "创业板", "A股", "上海证券交易所", "深圳证券交易所"],
}

#: what "the kingdom" and "the emirate" can stand for: monarchies by that title
KINGDOMS = frozenset({"SAU", "MAR", "THA", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK",
                      "JOR", "BHR", "KHM", "BTN", "LSO", "SWZ", "TON"})
EMIRATES = frozenset({"ARE", "QAT", "KWT"})

#: Country names the reference table lacks (short forms used in news).
EXTRA_COUNTRY_NAMES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "U.S", "America", "United States of America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "KOR": ["South Korea", "Korea", "韩国", "南韩"],
    "PRK": ["朝鲜"],
    "ARE": ["UAE", "U.A.E.", "Emirates", "阿拉伯联合酋长国"],
    "SAU": ["Saudi", "Saudi Arabia", "KSA", "沙特", "沙特阿拉伯王国"],
    "DEU": ["德意志"],
    # official names that contain another country's name ("阿曼苏丹国" is not Sudan)
    "OMN": ["阿曼苏丹国", "Sultanate of Oman"],
    "BRN": ["文莱达鲁萨兰国"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "VNM": ["Viet Nam"],
    "RUS": ["Russia"],
    "CZE": ["Czech Republic", "Czechia", "捷克共和国"],
    "IDN": ["印尼"],
    "LAO": ["老挝", "Lao PDR"],
    "IRN": ["伊朗"],
    "SYR": ["叙利亚"],
    "VEN": ["委内瑞拉"],
    "BOL": ["玻利维亚"],
    "TWN": ["台湾", "中国台湾"],
    "COD": ["Congo", "DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "刚果（金）", "刚果金", "刚果(金)"],
    "COG": ["刚果（布）", "刚果布", "Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "科特迪瓦"],
    "NLD": ["Holland", "the Netherlands"],
    "MKD": ["Macedonia"],
    "TZA": ["坦桑尼亚"],
    "MDA": ["摩尔多瓦"],
    "KHM": ["柬埔寨"],
    "BGD": ["孟加拉国"],
    "CHN": ["mainland China", "PRC", "中国大陆", "内地", "国内"],
    "HKG": ["Hong Kong SAR"],
    # Spanish and Portuguese spellings in firms' and places' names ("Pluz Energía Perú")
    "PER": ["Perú"], "MEX": ["México"], "PAN": ["Panamá"], "HTI": ["Haití"], "BRA": ["Brasil"],
    # mainland spellings and short forms where the table holds another ("吉尔吉斯坦",
    # "瓜地马拉", "马尔他" are Taiwan's or old spellings)
    "KGZ": ["吉尔吉斯斯坦", "吉尔吉斯", "Kyrgyz Republic"], "GTM": ["危地马拉"], "MLT": ["马耳他"],
    "BIH": ["波黑", "Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"], "MKD": ["马其顿"],
    "DOM": ["多米尼加"], "SWZ": ["埃斯瓦蒂尼", "Eswatini"], "PNG": ["巴新"], "ETH": ["埃塞"],
    "UZB": ["乌兹别克"], "TJK": ["塔吉克"], "TKM": ["土库曼"], "PYF": ["法属波利尼西亚"],
    "BLR": ["白俄"],
}

#: Names another country's row also has, and the country news means by them: in news of
#: Chinese investment a bare "Congo" is the Democratic Republic (Kolwezi, Lualaba, Tenke
#: Fungurume); the other is written "Republic of Congo" or "Congo-Brazzaville".
NAME_MEANS = {"Congo": "COD"}

#: Chinese or English names never used as a place (common words): "海地" in "沿海地区".
PLACE_STOPLIST = {"海地", "黑山", "Jersey", "Georgia", "Chad", "Jordan", "Niger",
                  "Guinea", "Mali", "Oman", "Turkey", "Cuba", "Peru", "Iran", "Israel",
                  "Gabon", "Haiti", "Monaco", "Nauru", "Niue", "Palau", "Tonga", "Tuvalu",
                  "Kiribati", "Benin", "Togo", "Comoros", "Dominica", "Grenada", "Samoa",
                  "Panama", "Malta", "Cyprus", "Wales", "Scotland", "England"}
#: Chinese place names that are a place only when the next character does not continue
#: another word: "马里" (Mali), not "马里兰" (Maryland) or "马里奥".
ZH_PLACE_NOT_BEFORE = {"马里": "兰奥亚乌诺安斯埃"}
#: Names in PLACE_STOPLIST that are safe when written exactly (case-sensitive English).
PLACE_CASED_OK = {"Jordan", "Georgia", "Chad", "Niger", "Guinea", "Mali", "Oman", "Turkey",
                  "Cuba", "Peru", "Iran", "Israel", "Gabon", "Haiti", "Monaco", "Benin",
                  "Togo", "Panama", "Malta", "Cyprus", "Wales", "Scotland", "England",
                  "Samoa", "Tonga", "Palau", "Grenada", "Dominica", "Comoros", "Nauru"}

#: English adjectives of nationality: "a Hungarian plant", "Canadian miner".
DEMONYMS: dict[str, list[str]] = {
    "CHN": ["Chinese"], "HUN": ["Hungarian"], "DEU": ["German"], "FRA": ["French"],
    "ESP": ["Spanish"], "ITA": ["Italian"], "GBR": ["British"], "USA": ["American"],
    "CAN": ["Canadian"], "MEX": ["Mexican"], "BRA": ["Brazilian"], "ARG": ["Argentine",
    "Argentinian"], "CHL": ["Chilean"], "PER": ["Peruvian"], "COL": ["Colombian"],
    "THA": ["Thai"], "VNM": ["Vietnamese"], "IDN": ["Indonesian"], "MYS": ["Malaysian"],
    "SGP": ["Singaporean"], "PHL": ["Philippine", "Filipino"], "KHM": ["Cambodian"],
    "IND": ["Indian"], "PAK": ["Pakistani"], "BGD": ["Bangladeshi"], "JPN": ["Japanese"],
    "KOR": ["South Korean", "Korean"], "AUS": ["Australian"], "NZL": ["New Zealand"],
    "TUR": ["Turkish"], "SAU": ["Saudi"], "ARE": ["Emirati"], "QAT": ["Qatari"],
    "EGY": ["Egyptian"], "MAR": ["Moroccan"], "DZA": ["Algerian"], "NGA": ["Nigerian"],
    "ZAF": ["South African"], "KEN": ["Kenyan"], "ETH": ["Ethiopian"], "POL": ["Polish"],
    "SVK": ["Slovak", "Slovakian"], "CZE": ["Czech"], "ROU": ["Romanian"],
    "SRB": ["Serbian"], "GRC": ["Greek"], "PRT": ["Portuguese"], "NLD": ["Dutch"],
    "BEL": ["Belgian"], "SWE": ["Swedish"], "FIN": ["Finnish"], "NOR": ["Norwegian"],
    "DNK": ["Danish"], "AUT": ["Austrian"], "CHE": ["Swiss"], "IRL": ["Irish"],
    "RUS": ["Russian"], "KAZ": ["Kazakh"], "UZB": ["Uzbek"], "ISR": ["Israeli"],
    "ZMB": ["Zambian"], "ZWE": ["Zimbabwean"], "COD": ["Congolese"], "TZA": ["Tanzanian"],
    "OMN": ["Omani"], "LKA": ["Sri Lankan"], "MMR": ["Myanmar"], "LAO": ["Lao", "Laotian"],
    "BGR": ["Bulgarian"], "HRV": ["Croatian"], "SVN": ["Slovenian"], "UKR": ["Ukrainian"],
    "TWN": ["Taiwanese"], "HKG": [],
}

#: Words near a sum that say it is not what the move costs ("valued at", "revenue").
NOT_A_VALUE: tuple[list[str], list[str]] = (
    ["valuation", "valued", "revenue", "revenues", "sales", "market value", "market cap",
     "profit", "turnover", "capitalisation", "capitalization", "worth of exports", "salary"],
    ["估值", "营收", "市值", "销售额", "营业收入", "利润", "收入", "出口额"],
)

#: Sector words, used when the company's registry row gives no sector.
SECTOR_WORDS: dict[str, tuple[list[str], list[str]]] = {
    "battery": (["battery", "batteries", "cell", "cells", "energy storage", "gigafactory"],
                ["电池", "储能", "锂电"]),
    "battery_materials": (["cathode", "anode", "separator", "electrolyte", "nickel", "cobalt",
                           "precursor"], ["正极", "负极", "隔膜", "电解液", "镍", "钴", "前驱体"]),
    "ev": (["electric vehicle", "electric vehicles", "EV", "EVs", "electric car", "cars",
            "car", "vehicles", "automaker", "carmaker"], ["电动汽车", "新能源汽车", "整车", "汽车", "车企"]),
    "auto_parts": (["auto parts", "car parts", "components"], ["零部件", "汽车配件"]),
    "solar": (["solar", "photovoltaic", "PV", "module", "modules", "wafer", "wafers"],
              ["光伏", "太阳能", "组件", "硅片"]),
    "wind": (["wind", "turbine", "turbines"], ["风电", "风机"]),
    "cloud_data_centers": (["cloud", "data centre", "data center"], ["云", "数据中心"]),
    "metals": (["mine", "mining", "gold", "copper", "lithium", "miner"], ["矿", "金矿", "铜矿", "锂矿"]),
    "construction": (["construction", "railway", "port", "bridge", "highway", "EPC"],
                     ["建设工程", "铁路", "港口", "公路", "桥梁", "承建"]),
    "consumer": (["toy", "toys", "tea", "beverage", "fashion", "apparel", "restaurant"],
                 ["茶饮", "玩具", "餐饮", "服装", "潮玩"]),
    "semiconductors": (["chip", "chips", "semiconductor"], ["芯片", "半导体"]),
    "telecom_equipment": (["telecom", "5G", "network equipment"], ["通信", "5G"]),
    "home_appliances": (["appliance", "appliances", "air conditioner", "refrigerator"],
                        ["家电", "空调", "冰箱"]),
    "ecommerce": (["e-commerce", "ecommerce", "online retailer"], ["电商", "跨境电商"]),
}

#: Well-known foreign firms and brands that news names bare, without a nationality
#: ("优衣库于2005年在美国纽约开出首家门店", "Starbucks opened ..."): partners or
#: competitors, never the Chinese mover. Registry firms are not repeated here.
FOREIGN_BRANDS: tuple[list[str], list[str]] = (
    ["Uniqlo", "Fast Retailing", "Starbucks", "McDonald's", "KFC", "Yum Brands", "IKEA",
     "Walmart", "Costco", "Carrefour", "Nike", "Adidas", "Puma", "PUMA", "Zara", "Inditex",
     "H&M", "Muji", "Daiso", "Lego", "Amazon", "Amazon.com", "Microsoft", "Google", "Alphabet",
     "Nvidia", "Samsung", "Samsung Electronics", "Sony", "Intel", "Qualcomm", "Meta", "Oracle",
     "Siemens", "Bosch", "BASF", "Shell", "ExxonMobil", "Chevron", "BP", "TotalEnergies",
     "Glencore", "Rio Tinto", "BHP", "Vale", "Anglo American", "Newmont", "Barrick",
     "Freeport-McMoRan", "Magna", "Kia", "Isuzu", "Mitsubishi", "Suzuki", "Mazda", "Audi",
     "Porsche", "Renault", "Peugeot", "Fiat", "Indian Oil", "Adani", "Reliance", "Tata",
     "Foxconn", "TSMC", "Harita Group", "Artemis", "Amer Sports", "Jack Wolfskin"],
    ["优衣库", "迅销", "星巴克", "麦当劳", "肯德基", "百胜", "宜家", "沃尔玛", "好市多", "开市客",
     "家乐福", "耐克", "阿迪达斯", "彪马", "飒拉", "无印良品", "大创", "乐高", "亚马逊", "微软",
     "谷歌", "英伟达", "三星", "三星电子", "索尼", "英特尔", "高通", "西门子", "博世", "巴斯夫",
     "壳牌", "埃克森美孚", "雪佛龙", "嘉能可", "力拓", "必和必拓", "淡水河谷", "英美资源",
     "英美资源集团", "纽蒙特", "巴里克", "麦格纳", "起亚", "五十铃", "三菱", "铃木", "马自达",
     "奥迪", "保时捷", "雷诺", "标致", "菲亚特", "富士康", "台积电", "狼爪", "亚玛芬", "迪卡侬",
     "可口可乐", "百事", "雀巢", "联合利华", "宝洁", "路易威登", "爱马仕", "斯特兰蒂斯集团",
     "戴姆勒卡车", "康明斯", "帕卡", "埃及阿拉伯承包商公司", "拉法基"],
)

#: Dateline abbreviations of states and provinces (AP style: "LAFAYETTE, Ga. -",
#: "MONTERREY, N.L. -"), by country
DATELINE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "USA": ("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
            "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
            "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
            "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
            "Wis.", "Wyo."),
    "CAN": ("Ont.", "Que.", "B.C.", "Alta.", "Sask.", "Man.", "N.S."),
    "MEX": ("N.L.", "Coah.", "Chih.", "Jal.", "Gto.", "Qro.", "S.L.P.", "Son.", "Tamps."),
}
