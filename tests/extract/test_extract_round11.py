"""Rules of the eleventh round (heldout31-38 read for development): one behaviour per test.

The sentences are written for these tests; firms the registry does not know are fictional.
"""

from __future__ import annotations

from chuhai.extract.pipeline import matchers_for
from chuhai.reference.companies import Registry
from tests.extract.helpers import triples


def _headed(body: str) -> str:
    """An article: a headline that names no move, then the body."""
    return "Company news\n\n" + body


def _candidates(text: str) -> list[str]:
    m = matchers_for(Registry.default())
    return [x.text for x in m.mentions(text, "zh") if x.kind == "candidate"]


# -- where a move is -----------------------------------------------------------------------
def test_an_acquisition_is_where_the_asset_bought_is():
    en = ("Zijin Mining agreed to acquire Toronto-listed Neo Lithium for C$960 million, giving it "
          "control of a lithium brine project in Argentina.")
    zh = "洛阳钼业拟以约4.2亿美元收购加拿大上市公司Lumina Gold，获得其位于厄瓜多尔的金铜矿项目。"
    assert triples(_headed(en)) == [("zijin", "ARG", "acquisition")]
    assert triples(_headed(zh)) == [("cmoc", "ECU", "acquisition")]


def test_without_an_asset_abroad_the_bought_firm_is_where_it_is_based():
    text = _headed("Zijin Mining agreed to buy Toronto-listed Gold X Mining for C$400 million.")
    assert triples(text) == [("zijin", "CAN", "acquisition")]


def test_the_headline_country_passed_over_by_the_asset_is_no_second_deal():
    text = ("Zijin Mining to buy Canada's Neo Lithium\n\n"
            "Zijin Mining Group has agreed to acquire Toronto-listed Neo Lithium Corp for C$960 "
            "million in cash, giving the Chinese miner control of a lithium brine project in "
            "Argentina.")
    assert triples(text) == [("zijin", "ARG", "acquisition")]


def test_a_venture_based_in_a_city_is_sited_there():
    for body in ("Leapmotor set up Leapmotor International in 2024, an Amsterdam-based joint venture.",
                 "Leapmotor launched Leapmotor International in May 2024, a joint venture based in "
                 "Amsterdam."):
        assert triples(_headed(body)) == [("leapmotor", "NLD", "joint_venture")]


def test_a_foreign_countrys_lawmakers_investors_and_banks_are_not_a_place():
    text = _headed("宁德时代在香港上市前夕，美国众议院曾致信美国银行，要求其退出承销，发行仅面向美国以外投资者。")
    assert triples(text) == [("catl", "HKG", "listing")]


def test_a_lenders_branch_is_not_where_the_loan_goes():
    text = _headed("中色非洲矿业有限公司与中国工商银行约翰内斯堡分行等金融机构签署了3亿美元的银团贷款协议，"
                   "用于其在赞比亚的铜冶炼项目。")
    assert ("中色非洲矿业有限公司", "ZAF", "financing") not in triples(text)


# -- what kind of move -----------------------------------------------------------------------
def test_capacity_added_at_a_plant_already_there_is_an_expansion():
    cases = [
        ("Luxshare has received approval to invest an additional US$300 million in its factory "
         "complex in Bac Ninh Province, Vietnam.", ("luxshare", "VNM", "plant_expansion")),
        ("中国巨石将在位于埃及艾因苏赫纳的玻璃纤维生产基地新建一条年产12万吨的生产线。",
         ("jushi", "EGY", "plant_expansion")),
        ("上汽通用五菱位于印尼西爪哇的工厂今年新增的电动车总装线已经投产。",
         ("sgmw", "IDN", "plant_expansion")),
        ("Hisense opened a new $100 million refrigerator line at its Monterrey plant in Mexico.",
         ("hisense", "MEX", "plant_expansion")),
    ]
    for body, expected in cases:
        found = triples(_headed(body))
        assert expected in found, body
        assert (expected[0], expected[1], "greenfield_plant") not in found, body


def test_a_rising_utilisation_rate_is_no_expansion():
    text = _headed("拓普集团的墨西哥蒙特雷工厂一期已于2024年投产。墨西哥工厂的产能利用率提升明显。")
    assert ("tuopu", "MEX", "plant_expansion") not in triples(text)


def test_a_placement_of_new_shares_is_financing_where_the_firm_is_listed():
    assert triples(_headed("Xiaomi raised HK$42.5 billion in a share placement in Hong Kong in March.")) \
        == [("xiaomi", "HKG", "financing")]
    assert triples(_headed("今年1月，协鑫科技在香港以配售新股方式募资约54亿港元。")) == [("gcl", "HKG", "financing")]


def test_a_service_launched_in_a_market_is_a_move_of_its_own():
    assert triples(_headed("Meituan's Keeta will launch in Qatar before the end of the year.")) \
        == [("meituan", "QAT", "other")]


def test_a_logistics_hub_is_a_site():
    assert triples(_headed("京东物流宣布其位于沙特利雅得的智能仓正式投入运营。")) == [("jd_logistics", "SAU", "other")]


# -- plans that are no moves ----------------------------------------------------------------
def test_opportunities_weighed_are_no_move():
    for body in ("老铺黄金表示，公司正在评估东京的开店机会。",
                 "此前有报道称明阳智能也在考察意大利、德国等地的建厂机会。",
                 "BYD has said it has no timetable for a Mexican plant."):
        assert triples(_headed(body)) == [], body


# -- who moves -----------------------------------------------------------------------------
def test_a_firm_listed_by_stock_code_is_a_candidate():
    text = "甘源食品（002991.SZ）去年曾宣布拟在越南平阳省投资建设豆类零食生产基地。"
    assert "甘源食品" in _candidates(text)
    assert triples(_headed(text)) == [("甘源食品", "VNM", "greenfield_plant")]


def test_a_registered_unit_named_with_its_host_is_a_candidate():
    assert "中色非洲矿业有限公司" in _candidates("中国有色集团旗下的中色非洲矿业有限公司签署了银团贷款协议。")
    assert "金风澳大利亚有限公司" in _candidates("金风科技全资子公司金风澳大利亚有限公司签署融资协议。")
    # a foreign firm's name opens with its country; a unit the registry knows stays its firm
    assert _candidates("沙特阿美石油有限公司与中国石化签署协议。") == []
    assert _candidates("比亚迪匈牙利有限公司在塞格德建厂。") == []
    # an exchange is no unit ("申请在香港联合交易所有限公司主板挂牌上市")
    assert _candidates("公司拟发行H股股票并申请在香港联合交易所有限公司主板挂牌上市。") == []


def test_a_groups_institute_named_after_whose_it_is_moves():
    text = _headed("中国能建所属广东省电力设计研究院与ACWA Power在利雅得签署光伏电站项目EPC总承包合同。")
    assert triples(text) == [("广东省电力设计研究院", "SAU", "construction_contract")]


def test_banks_that_lend_are_not_the_borrower():
    text = _headed("中色非洲矿业有限公司又与中国银行（赞比亚）、中国工商银行等金融机构签署了总额3亿美元的"
                   "银团贷款协议，用于赞比亚谦比希冶炼厂。")
    assert [t[0] for t in triples(text)] == ["中色非洲矿业有限公司"]


def test_a_firm_after_its_relative_clause_is_the_mover():
    text = _headed("其中，今年3月在香港上市的蜜雪集团首日大涨43%。")
    assert triples(text) == [("mixue", "HKG", "listing")]


def test_a_brand_given_its_owner_moves_as_the_owner():
    text = "九毛九集团今年业绩承压。其旗下酸菜鱼品牌太二今年9月在加拿大温哥华开出北美首店。"
    assert triples(_headed(text)) == [("jiumaojiu", "CAN", "retail_store")]


def test_the_owner_named_in_an_appositive_is_not_the_mover():
    text = _headed("Cainiao, Alibaba Group's logistics arm, opened a fulfilment and sorting hub "
                   "near Cairo, Egypt in June.")
    assert triples(text) == [("cainiao", "EGY", "other")]


def test_a_countrys_national_grid_is_not_state_grid():
    text = _headed("中国电建与乌兹别克斯坦国家电网公司签署卡什卡达里亚州风电场EPC合同。")
    assert triples(text) == [("sinohydro", "UZB", "construction_contract")]
    assert triples(_headed("国家电网在巴西收购了CPFL公司。")) == [("state_grid", "BRA", "acquisition")]


def test_a_local_firm_of_the_host_is_foreign():
    m = matchers_for(Registry.default())
    kinds = {x.text: x.kind for x in m.mentions("比亚迪与当地企业Megha工程公司提交合资建厂方案。", "zh")}
    assert kinds.get("Megha工程公司", kinds.get("Megha")) == "foreign"


def test_a_group_in_the_headline_is_its_units_short_name():
    text = ("三峡集团完成收购西班牙光伏项目组合\n\n"
            "近日，中国长江三峡集团有限公司所属中国三峡国际股份有限公司顺利完成西班牙约50万千瓦光伏项目组合的"
            "股权收购，交易金额约4亿欧元。")
    assert triples(text) == [("ctg_intl", "ESP", "acquisition")]


def test_a_group_and_its_unit_may_both_be_partners_of_a_venture():
    text = ("CATL forms battery ventures in Indonesia\n\n"
            "CATL signed a joint venture with Indonesia Battery Corp in Karawang, Indonesia, on "
            "Sunday. Brunp, a CATL unit, signed a second joint venture with Antam in Indonesia.")
    assert triples(text) == [("brunp", "IDN", "joint_venture"), ("catl", "IDN", "joint_venture")]


def test_the_owner_after_owned_by_or_unit_of_is_not_the_mover():
    assert triples(_headed("Luanshya Copper Mines, owned by China Nonferrous Metal Mining Group, will "
                           "expand its Muliashi plant in Zambia.")) == [("luanshya_copper", "ZMB", "plant_expansion")]
    assert triples(_headed("Dinson Iron and Steel Company, a unit of Tsingshan, has started building a "
                           "steel plant at Manhize, Zimbabwe.")) == [("dinson_steel", "ZWE", "greenfield_plant")]


def test_rights_granted_to_a_foreign_firm_are_a_licence_in_its_country():
    assert triples(_headed("2023年，和黄医药将呋喹替尼在中国以外的权益授予日本武田制药，交易总额最高达11.3亿美元。")) \
        == [("hutchmed", "JPN", "licensing")]
    assert triples(_headed("联邦制药宣布将UBT251的全球权益（不含大中华区）授予丹麦诺和诺德。")) \
        == [("united_labs", "DNK", "licensing")]


def test_nationwide_after_a_foreign_country_is_that_country():
    assert triples(_headed("比亚迪2023年正式进入日本乘用车市场，目前已在全国开设约60家门店。")) \
        == [("byd", "JPN", "retail_store")]
    assert triples(_headed("比亚迪目前已在全国开设约600家门店。")) == []


def test_a_power_or_land_purchase_agreement_buys_no_firm():
    assert triples(_headed("SPIC has lined up a 15-year power purchase agreement with a retailer in Australia.")) == []
    assert triples(_headed("Changan signed a land purchase agreement in Rayong, Thailand for its first overseas "
                           "production base.")) == [("changan", "THA", "greenfield_plant")]
    assert triples(_headed("Zijin signed a share purchase agreement to buy 60% of Kazakh gold miner RG Gold.")) \
        == [("zijin", "KAZ", "acquisition")]


def test_the_sellers_country_is_not_where_the_stake_bought_is():
    assert triples(_headed("2018年，天齐锂业以约40.66亿美元从加拿大Nutrien公司手中收购智利SQM约23.77%的股权。")) \
        == [("tianqi", "CHL", "acquisition")]


def test_then_listed_in_describes_the_firm_bought():
    text = _headed("Tianqi completed the takeover of Talison Lithium, then listed in Toronto, in 2013.")
    assert ("tianqi", "CAN", "listing") not in triples(text)


def test_talks_about_a_plant_or_a_deal_are_no_move():
    for body in ("Talks between Dongfeng and the Italian government about a plant in Italy ended last year.",
                 "Italy held talks last year with Dongfeng Motor about a factory in Italy.",
                 "双方还在就荣盛石化收购沙特阿美朱拜勒炼厂50%股权进行谈判，目前尚未达成最终协议。"):
        assert triples(_headed(body)) == [], body


def test_a_bank_lending_abroad_makes_no_move_but_its_own_bond_does():
    assert triples(_headed("The Export-Import Bank of China signed a $500 million credit line to finance "
                           "projects in Kazakhstan.")) == []
    assert triples(_headed("Bank of China issued a $500 million green bond in London.")) \
        == [("bank_of_china", "GBR", "financing")]


def test_goods_bought_are_no_acquisition():
    for body in ("Local dealers gave BYD a year to prove that Korean drivers would buy a Chinese car.",
                 "Zhejiang Petrochemical agreed to buy 480,000 barrels a day of Saudi crude."):
        assert triples(_headed(body)) == [], body
    assert triples(_headed("China Southern Power Grid International agreed to buy the Peruvian electricity "
                           "distribution business of Italy's Enel.")) == [("csg_intl", "PER", "acquisition")]


def test_a_wind_farm_is_an_owners_plant_and_a_contractors_contract():
    assert triples(_headed("SPIC started construction of a 400MW wind farm in Queensland, Australia, which it "
                           "will own and operate.")) == [("spic", "AUS", "greenfield_plant")]
    assert triples(_headed("中国电建与乌兹别克斯坦能源部签署风电场EPC合同。")) == [("sinohydro", "UZB", "construction_contract")]


def test_an_interest_taken_in_a_field_is_an_acquisition():
    assert triples(_headed("中油国际在2019年的巴西超额权益招标中获得了布兹奥斯油田5%的权益。")) \
        == [("cnodc", "BRA", "acquisition")]


def test_a_report_called_speculation_or_answered_no_such_plan_is_no_move():
    for body in ('CATL said reports that it had picked a site in Mexico for a battery plant were "speculation".',
                 '有韩国媒体称宁德时代将在韩国建设电池工厂，宁德时代回应称"没有该计划"。'):
        assert triples(_headed(body)) == [], body


def test_a_drug_approved_for_sale_is_no_listing():
    assert triples(_headed("和黄医药的该药于2023年底获美国FDA批准上市。")) == []


def test_a_product_launched_in_a_market_is_no_move():
    for body in ("BYD said the Seal will launch in Japan next month.",
                 "BYD said its new SUV will launch in Japan next month."):
        assert triples(_headed(body)) == [], body
    assert triples(_headed("Meituan said the company will launch in Qatar before the end of the year.")) \
        == [("meituan", "QAT", "other")]
