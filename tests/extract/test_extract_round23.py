"""Round 23: interviews (a speaker's label is no firm; the interviewee's "we" is the firm
the interview is with), "I can't comment" as an answer to a rumour, and a cloud firm's
sites and facilities as data centres. The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import triples

_INTERVIEW = (
    "Interview: Huawei Cloud's Asia chief on sovereignty and the Gulf\n\n"
    "Q: Rivals are moving fast in the region.\n\n"
    "A: They are. Tencent Cloud opened its Jakarta region in 2021. We went in earlier, "
    "through our 2020 joint venture with a Saudi telecom group.\n\n"
    "Q: And Malaysia?\n\n"
    "A: We opened our first data centre in Kuala Lumpur in 2019.\n")


def test_the_interviewees_we_is_the_firm_the_interview_is_with():
    found = triples(_INTERVIEW)
    assert ("huawei_cloud", "SAU", "joint_venture") in found
    assert ("huawei_cloud", "MYS", "data_center") in found
    assert ("tencent_cloud", "SAU", "joint_venture") not in found
    assert ("tencent_cloud", "IDN", "data_center") in found


def test_we_outside_an_interview_still_refers_back():
    found = triples("Tencent Cloud opened its Jakarta region in 2021. \"We opened our first "
                    "data centre in Kuala Lumpur in 2019,\" a spokesman said.")
    assert ("tencent_cloud", "MYS", "data_center") in found


def test_a_speakers_label_is_no_firm():
    text = ("对话一位锂矿老兵\n\n晚点：津巴布韦呢？\n\n老王：那是另一种打法，直接收购。"
            "华友钴业2021年底宣布收购Arcadia锂矿。\n\n晚点：还有人在买吗？\n\n老王：少了。\n")
    assert not any(c == "晚点" for c, _, _ in triples(text))


def test_i_cant_comment_leaves_a_rumour_unconfirmed():
    text = ("Interview: Alibaba Cloud's chief on chips\n\n"
            "Q: There are reports that ByteDance plans a large data center in Thailand.\n\n"
            "A: I can't comment on other companies.\n\n"
            "Q: Where next?\n\nA: Latin America.\n")
    assert ("bytedance", "THA", "data_center") not in triples(text)


def test_a_cloud_firms_facilities_are_data_centres():
    found = triples("Alibaba Cloud opened its first data center in Mexico in February. In "
                    "September it added plans for new facilities in Brazil and France. Its "
                    "Bangkok site, opened in 2022, is one of its busiest.")
    assert {("alibaba_cloud", "BRA", "data_center"), ("alibaba_cloud", "FRA", "data_center"),
            ("alibaba_cloud", "THA", "data_center")} <= set(found)


def test_a_carmakers_site_is_no_data_centre():
    found = triples("BYD opened its plant in Rayong in 2024. Its Bangkok site, opened in "
                    "2022, is a showroom.")
    assert not any(t == "data_center" for _, _, t in found)
