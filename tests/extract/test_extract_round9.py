"""Rules of the ninth round (heldout15 and heldout16 released for development, patterns
counted across every released set before a rule was written): one behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

from tests.extract.helpers import triples


def _headed(body: str) -> str:
    """An article: a headline that names no move, then the body."""
    return "Company news\n\n" + body


# -- states that are not moves -----------------------------------------------------------
def test_which_is_listed_in_describes_the_firm():
    text = _headed("Hansoh will receive royalties. Shares of Hansoh, which is listed in Hong Kong, "
                   "jumped 20% on Monday.")
    assert triples(text) == []


def test_a_listing_with_its_year_is_still_a_move():
    text = _headed("Pop Mart is a toy retailer. Pop Mart listed in Hong Kong in December 2020.")
    assert triples(text) == [("pop_mart", "HKG", "listing")]


def test_currently_listed_in_chinese_describes_the_firm():
    assert triples(_headed("移卡目前在港交所上市，主营商户支付服务。")) == []
    assert triples(_headed("京东宣布收购德国Ceconomy约60%的股份，该公司将继续在法兰克福证券交易所上市。")) \
        == [("jd", "DEU", "acquisition")]


def test_a_listing_already_done_in_chinese_is_a_move():
    text = _headed("理邦仪器发布公告，公司发行的全球存托凭证（GDR）已在瑞士证券交易所上市交易。")
    assert triples(text) == [("edan", "CHE", "listing")]


def test_the_plants_of_a_business_bought_are_not_new_plants():
    text = _headed("Midea agreed to buy the climate division of Swiss group Arbonia for 760 million "
                   "francs. The business has plants in Germany, the Czech Republic and Poland, and "
                   "gives Midea a network of installers.")
    assert triples(text) == [("midea", "CHE", "acquisition")]


def test_the_plants_of_a_business_bought_in_chinese():
    text = _headed("美的宣布以7.6亿瑞士法郎收购瑞士上市公司Arbonia旗下的气候业务，该业务以热泵产品为主，"
                   "在德国、意大利、捷克等地拥有生产基地。")
    assert triples(text) == [("midea", "CHE", "acquisition")]


def test_a_firm_that_has_plants_abroad_still_has_them():
    text = _headed("Sailun Group, which has plants in Vietnam and Cambodia, reported higher sales.")
    assert triples(text) == [("sailun", "KHM", "greenfield_plant"), ("sailun", "VNM", "greenfield_plant")]


# -- who moves ---------------------------------------------------------------------------
def test_a_foreign_latin_name_before_a_stake_stays_foreign_when_named_bare():
    text = _headed("迈瑞医疗完成了对德国体外诊断企业Kuvera Diagnostic Systems 75%股权的收购。"
                   "Kuvera在欧洲、美洲和亚洲设有多个子公司和生产基地。")
    assert triples(text) == [("mindray", "DEU", "acquisition")]


# -- where ---------------------------------------------------------------------------------
def test_a_market_the_output_is_sold_to_is_no_site():
    text = _headed("JA Solar will build a cell plant in Oman's Sohar Freezone. The plant will produce "
                   "TOPCon cells, and JA Solar intends to sell a large share of the output to the "
                   "United States.")
    assert triples(text) == [("ja_solar", "OMN", "greenfield_plant")]


def test_markets_including_a_country_are_no_site():
    text = _headed("JA Solar will build a cell plant in Oman's Sohar Freezone. The plant would serve "
                   "markets including the United States and Europe.")
    assert triples(text) == [("ja_solar", "OMN", "greenfield_plant")]


# -- rumours -------------------------------------------------------------------------------
def test_a_rumour_of_preparations_is_no_move():
    assert triples(_headed("据知情人士透露，TOP TOY正在筹备赴港上市，最快可能于年内递交上市申请。")) == []
    assert triples(_headed("有媒体报道称，功能饮料龙头东鹏饮料正在筹划赴港上市。")) == []


def test_no_comment_answers_a_rumour():
    text = _headed("业内消息称，上汽正在在巴西设立工厂，但公司对此未予置评。")
    assert triples(text) == []


def test_a_move_a_report_tells_as_done_stays():
    text = _headed("据韩联社报道，韩国LG化学与华友钴业日前在全罗北道新万金国家产业园区举行前驱体合资工厂开工仪式。")
    assert ("huayou", "KOR", "joint_venture") in triples(text)


# -- move types ------------------------------------------------------------------------------
def test_a_new_line_at_its_factory_is_an_expansion():
    text = _headed("Haier Smart Home on Tuesday broke ground on a new tumble dryer line at its washing "
                   "machine factory in Eskisehir, Turkey, a €30 million investment.")
    assert triples(text) == [("haier", "TUR", "plant_expansion")]


def test_raising_capacity_at_a_named_site_is_an_expansion():
    text = _headed("Wanhua Chemical Group will invest HUF 180 billion to raise MDI capacity at the "
                   "Kazincbarcika site in Hungary from 350,000 tonnes to 500,000 tonnes a year.")
    assert triples(text) == [("wanhua", "HUN", "plant_expansion")]


def test_adding_a_shop_there_expands_the_plant_named_before():
    text = _headed("Minth Group opened a plant in Loznica, Serbia, in 2021 and said last month it would "
                   "add a €35 million paint shop there to supply European carmakers.")
    assert ("minth", "SRB", "plant_expansion") in triples(text)


# -- who moves, ambiguous brands -------------------------------------------------------------
def test_a_common_word_brand_beside_its_rivals_is_the_firm():
    text = _headed("Xiaomi, Vivo, Oppo and Realme together still sell most phones in India. The "
                   "clearest test case is Vivo. The Dongguan-based company opened a factory in "
                   "Greater Noida, India, last year.")
    assert triples(text) == [("vivo", "IND", "greenfield_plant")]


def test_a_common_word_brand_without_a_rival_of_its_trade_stays_a_word():
    text = _headed("Telefonica's Brazilian unit Vivo opened a data centre in Sao Paulo, Brazil. "
                   "BYD opened a plant in Camacari, Brazil.")
    assert ("vivo", "BRA", "data_center") not in triples(text)


# -- negation and others' moves --------------------------------------------------------------
def test_not_listed_in_chinese_is_no_listing():
    assert triples(_headed("喜茶至今没有在港交所上市，门店已超过80家。")) == []


def test_what_the_firms_rivals_did_is_not_its_move():
    assert triples(_headed("喜茶至今没有上市，但它的同行们已经陆续登陆港股。")) == []
    assert triples(_headed("Heytea has not listed, but its rivals have already listed in Hong Kong.")) == []


def test_a_venture_with_a_rival_is_still_a_venture():
    assert triples(_headed("比亚迪与竞争对手丰田合资在泰国建厂。")) == [("byd", "THA", "joint_venture")]


def test_a_rumoured_intention_denied_in_the_same_sentence_is_no_move():
    text = _headed("另一家头部企业PingPong此前也被传有意赴港上市，但PingPong方面回应称“目前没有上市计划”。")
    assert triples(text) == []


def test_a_studio_a_game_firm_sets_up_is_an_rnd_centre():
    assert triples(_headed("网易2023年在加拿大温哥华出资设立的工作室Worlds Untold宣布暂停开发。")) \
        == [("netease", "CAN", "rnd_center")]
    assert triples(_headed("早在2020年，米哈游就在加拿大蒙特利尔设立了研发工作室。")) \
        == [("mihoyo", "CAN", "rnd_center")]


def test_the_restaurant_industry_is_no_restaurant():
    text = _headed("Keenon sells heavily in Japan and South Korea, where labor shortages in the "
                   "restaurant industry are acute, and set up a Japanese subsidiary in Tokyo in 2023.")
    assert triples(text) == [("keenon", "JPN", "office_hq")]


# -- comparisons -------------------------------------------------------------------------------
def test_a_foreign_brand_named_as_a_likeness_is_no_subject():
    text = _headed("Chagee Holdings, the Yunnan-born tea chain often described as \"the Starbucks of "
                   "tea,\" raised $411 million in its U.S. initial public offering.")
    assert triples(text) == [("chagee", "USA", "listing")]
    assert triples(_headed("霸王茶姬有“东方星巴克”之称，今年在纳斯达克上市。")) == [("chagee", "USA", "listing")]


def test_unlike_many_rivals_keeps_the_firm_as_subject():
    text = _headed("Chagee was founded in 2017 in Kunming. Unlike many rivals, it went abroad early: "
                   "its first overseas store opened in Kuala Lumpur in 2019.")
    assert triples(text) == [("chagee", "MYS", "retail_store")]


def test_many_rivals_as_the_subject_are_no_firm():
    text = _headed("Chagee was founded in 2017 in Kunming. Many rivals have opened stores in Malaysia.")
    assert triples(text) == []


# -- licensing ---------------------------------------------------------------------------------
def test_the_firm_granted_rights_is_the_licensee():
    text = _headed("3SBio said it had granted Pfizer exclusive rights to SSGJ-707, an experimental "
                   "antibody, in a deal worth up to $6.05 billion.")
    assert triples(text) == [("3sbio", "USA", "licensing")]


def test_licensed_to_a_based_firm_takes_its_home():
    text = _headed("Akeso in 2022 licensed its bispecific ivonescimab to U.S.-based Summit "
                   "Therapeutics for $500 million upfront.")
    assert triples(text) == [("akeso", "USA", "licensing")]


def test_a_subsidiary_set_up_is_an_office_with_full_confidence():
    from chuhai.extract import extract_moves
    (m,) = extract_moves(_headed("Keenon set up a Japanese subsidiary in Tokyo in 2023."))
    assert (m.company_id, m.host_iso3, m.move_type, m.rule_confidence) == (
        "keenon", "JPN", "office_hq", 0.9)
    (m,) = extract_moves(_headed("今年6月，擎朗智能在首尔设立了韩国子公司，负责当地的销售。"))
    assert (m.host_iso3, m.move_type) == ("KOR", "office_hq")
    # a unit named, not set up, stays a weak word under the default floor
    assert extract_moves(_headed("Keenon said its subsidiary in Japan had a good year.")) == []


def test_the_companys_figures_and_a_source_line_are_no_firm_names():
    text = ("【研报摘要】三一重工（600031.SH）：海外收入占比持续提升\n\n来源：某证券研究所 2025年11月12日\n\n"
            "海外市场将继续是公司业绩增长的主要驱动力。公司印尼工厂已于2024年投产，此外，公司近期公告拟在沙特利雅得设立中东区域总部。")
    assert ("sany", "SAU", "office_hq") in triples(text)
    assert all(firm == "sany" for firm, _, _ in triples(text))


def test_expanding_a_complex_is_an_expansion():
    text = _headed("Texhong Textile Group said it would invest $120 million to expand its yarn complex "
                   "in Quang Ninh province, Vietnam.")
    assert triples(text) == [("texhong", "VNM", "plant_expansion")]


def test_the_firm_compared_with_is_not_what_it_refers_to():
    text = _headed("与顺丰相比，中通快递更早登陆国际资本市场。该公司2016年在纽约证券交易所上市，"
                   "2020年又在香港联交所完成二次上市。")
    assert triples(text) == [("zto", "HKG", "listing"), ("zto", "USA", "listing")]
    text = _headed("Unlike SF Express, ZTO Express went abroad early. The company listed on the New "
                   "York Stock Exchange in 2016.")
    assert triples(text) == [("zto", "USA", "listing")]


def test_a_magnet_for_data_centre_investment_names_no_site():
    text = _headed("ByteDance unveiled a $350 million plan to build an AI hub in Johor, the Malaysian "
                   "state across the causeway from Singapore that has become a magnet for data centre "
                   "investment.")
    assert triples(text) == [("bytedance", "MYS", "data_center")]
    text = _headed("ByteDance will build a data centre in Johor, Malaysia, near Singapore, one of the "
                   "fastest-growing data-center markets in the world.")
    assert triples(text) == [("bytedance", "MYS", "data_center")]


def test_a_bid_weighed_and_dropped_is_no_move():
    text = _headed("JD.com opened stores in the Netherlands in 2022. Last year the company weighed a "
                   "bid for British electronics retailer Currys but walked away without an offer.")
    assert ("jd", "GBR", "acquisition") not in triples(text)
    text = _headed("2024年初，京东曾公开表示正在初步考虑对英国电器零售商Currys发起收购，但很快宣布不再推进。")
    assert triples(text) == []


def test_a_plant_named_as_a_landmark_and_other_firms_setting_up_there_are_no_move():
    assert triples(_headed("绍兴企业抱团出海。在三花智控墨西哥工厂周边，已有多家来自新昌、上虞的配套企业跟进设厂。")) == []
    assert triples(_headed("比亚迪在匈牙利建厂，多家中国供应商也随之设厂。")) == [("byd", "HUN", "greenfield_plant")]


def test_offices_searched_and_an_agencys_office_are_no_move():
    assert triples(_headed("In India, Transsion's local unit was one of several Chinese handset makers "
                           "whose offices were searched by tax investigators in 2022.")) == []
    assert triples(_headed("今年5月，德国联邦信息安全办公室（BSI）将中远海运港口在德国的码头认定为关键基础设施。")) == []
    assert triples(_headed("Transsion opened offices in Lagos, Nigeria, in 2008.")) == [("transsion", "NGA", "office_hq")]


def test_the_day_of_a_listing_is_a_time_not_a_listing():
    assert triples(_headed("蜜雪集团在上市当天表示，今年将进入哈萨克斯坦，首批门店计划落地阿拉木图。")) \
        == [("mixue", "KAZ", "retail_store")]
    assert triples(_headed("霸王茶姬今年4月在美国纳斯达克上市后，海外扩张明显提速。")) == [("chagee", "USA", "listing")]


def test_taking_control_of_a_firm_is_an_acquisition():
    text = _headed("Tencent took full control of Oslo-based Funcom, developer of Conan Exiles, after "
                   "building up a stake over several years.")
    assert triples(text) == [("tencent", "NOR", "acquisition")]


def test_a_headquarters_placed_abroad_is_an_office_move():
    text = _headed("2022年，米哈游推出海外品牌HoYoverse，并将海外业务总部设在新加坡，负责全球发行。")
    assert triples(text) == [("mihoyo", "SGP", "office_hq")]
    # "总部设在" alone says where a firm is from
    assert triples(_headed("这家总部设在新加坡的公司由米哈游投资。")) == []


def test_a_service_going_live_in_a_market_is_a_move():
    assert triples(_headed("10月30日，美团旗下外卖平台Keeta在巴西圣保罗州沿海城市桑托斯正式上线。")) \
        == [("meituan", "BRA", "other")]
    assert triples(_headed("Meituan launched its Keeta food delivery app in Santos, Brazil, on Wednesday.")) \
        == [("meituan", "BRA", "other")]
    assert triples(_headed("小米新车型在泰国上线。")) == []  # a product, not a service


def test_a_plant_signed_with_foreign_partners_to_build_together_is_a_venture():
    text = _headed("同月，TCL中环也与RELC和Vision Industries签约，拟共同投资约20.8亿美元，在沙特建设年产20GW的光伏晶体晶片工厂。")
    assert triples(text) == [("tcl_zhonghuan", "SAU", "joint_venture")]
    # a government signing with the firm is no partner in the plant
    assert triples(_headed("TCL中环与沙特政府签约，将在沙特建设工厂。")) == [("tcl_zhonghuan", "SAU", "greenfield_plant")]
