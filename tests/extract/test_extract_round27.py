"""Round 27: investor Q&A records — shareholder meetings, 互动易 / e互动 replies — set out
as numbered questions ("Q1 (fund manager, Singapore):") and answers by named officers
("Wang Chuanfu, Chairman:", "赛轮轮胎董秘回复："); the firm answering is who "we", "公司" and
a subjectless answer stand for, and its plants are spoken of by their places ("The Rayong
plant"). And forms met there: a share of a foreign firm held ("has owned 49.9% of Proton"),
a province leading a firm's name ("Zhejiang Geely Holding"), a foreign firm's own plant
("built at Renault's plant"). The sentences are written for these tests."""

from __future__ import annotations

from chuhai.extract.assemble import _interview
from tests.extract.helpers import moves, triples

_AGM_EN = ("BYD Annual General Meeting: Questions from Shareholders (Edited Record)\n\n"
           "SHENZHEN, June 2025 - Record prepared by the board office\n\n"
           "Q1 (retail investor, Macau): How is the plant in Thailand doing now?\n\n"
           "Wang Chuanfu, Chairman: The Rayong plant began production in 2024 and exports "
           "to the region. In Indonesia we are building a plant in Subang.\n\n"
           "Q2 (fund manager, Singapore): What about Europe?\n\n"
           "Stella Li, Executive Vice President: The Szeged plant will start production next "
           "year.\n\n"
           "Q3: Any news on Mexico?\n\n"
           "Wang Chuanfu: We are still watching.\n")


def test_numbered_questions_and_titled_answers_make_an_interview():
    iv = _interview(_AGM_EN, [])
    assert iv is not None
    # three answers, each running to the next question
    assert len(iv.answers) == 3
    assert all("Q" != _AGM_EN[a:a + 1] for a, _ in iv.answers)


def test_an_answer_speaks_of_the_firms_plants_by_their_places():
    found = moves(_AGM_EN)
    assert ("byd", "THA", "greenfield_plant") in found
    assert found[("byd", "THA", "greenfield_plant")].status == "operating"
    assert ("byd", "IDN", "greenfield_plant") in found
    assert ("byd", "HUN", "greenfield_plant") in found


def test_one_label_written_twice_is_no_interview():
    text = ("BYD opens plant in Thailand\n\n"
            "Note: figures are unaudited.\n\n"
            "BYD opened its plant in Rayong in July.\n\n"
            "Note: the company did not comment.\n")
    assert _interview(text, []) is None


def test_a_qa_records_company_is_the_answering_firm():
    text = ("赛轮轮胎：海外工厂建设按计划推进（上证e互动）\n\n"
            "上证e互动 2025年6月\n\n"
            "投资者：请问公司墨西哥工厂目前进展如何？\n"
            "赛轮轮胎董秘回复：您好！公司在墨西哥投资建设的轮胎项目正在建设中，谢谢关注。\n\n"
            "投资者：玲珑轮胎的塞尔维亚工厂已经投产，公司印尼项目进展如何？\n"
            "赛轮轮胎董秘回复：您好！公司印尼工厂项目已开工建设。感谢您的关注。\n")
    found = moves(text)
    assert ("sailun", "MEX", "greenfield_plant") in found
    assert ("sailun", "IDN", "greenfield_plant") in found
    # the rival the question names is not who "公司" is in the answer
    assert ("linglong", "IDN", "greenfield_plant") not in found


def test_a_share_held_in_a_foreign_firm_is_a_stake_bought():
    found = moves("Zhejiang Geely Holding has owned 49.9% of Proton since 2017.")
    assert ("geely", "MYS", "acquisition") in found
    assert found[("geely", "MYS", "acquisition")].year == 2017


def test_a_decimal_point_does_not_end_the_clause_of_a_purchase():
    assert ("geely", "MYS", "acquisition") in triples("Geely bought 49.9% of Proton in 2017.")


def test_a_province_leading_a_firms_name_is_no_place():
    found = triples("Li Donghui: Zhejiang Geely Holding has owned 49.9% of Proton since 2017.")
    assert ("geely", "MYS", "acquisition") in found
    assert not any(h == "CHN" for _, h, _ in found)


def test_a_foreign_firms_own_plant_is_not_the_chinese_firms():
    found = triples("In February Geely agreed to take a 26% stake in Renault do Brasil, and "
                    "Geely-brand cars will be built at Renault's plant in São José dos Pinhais, Paraná.")
    assert ("geely", "BRA", "acquisition") in found
    assert ("geely", "BRA", "greenfield_plant") not in found


def test_an_interview_answer_keeps_its_rival_out():
    # "we" in the answers is the firm the headline names, not the rival the question named
    text = ("LONGi investor call: Q&A\n\n"
            "Q: JinkoSolar has a plant in Florida. What about you?\n"
            "A: We opened our module plant in Ohio this year.\n"
            "Q: And Malaysia?\n"
            "A: We run a cell plant in Kuching.\n")
    found = triples(text)
    assert ("longi", "USA", "greenfield_plant") in found
    assert ("longi", "MYS", "greenfield_plant") in found
    # what the question states is a fact of its own, about the rival
    assert ("jinko", "USA", "greenfield_plant") in found
