"""The commands through the real entry point, and the development-set scores."""

from __future__ import annotations

import json
from pathlib import Path

from chuhai.extract.core import MIN_CONFIDENCE
from chuhai.extract.evaluate import evaluate

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "dev"


def test_extract_jsonl_and_table(cli, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("BYD will build a car plant in Szeged, Hungary.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("宁德时代在匈牙利德布勒森的电池工厂正式开工建设。",
                                    encoding="utf-8")
    code, out, err = cli("extract", tmp_path)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["company_id"], r["host_iso3"]) for r in rows] == [("byd", "HUN"), ("catl", "HUN")]
    assert rows[0]["evidence"]["company"] == {"start": 0, "end": 3, "quote": "BYD"}
    code, out, _ = cli("extract", f, "--format", "table")
    assert code == 0 and "byd" in out and "HUN" in out


def test_extract_skips_bad_files_and_keeps_going(cli, tmp_path):
    (tmp_path / "good.txt").write_text("Huawei opened a research centre in Helsinki, Finland.")
    (tmp_path / "bad.bin").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "empty.txt").write_text("")
    code, out, err = cli("extract", tmp_path)
    assert code == 1
    assert json.loads(out.splitlines()[0])["company_id"] == "huawei"
    assert "bad.bin" in err and "empty.txt" in err and "Traceback" not in err


def test_save_review_cycle(cli, tmp_path, db_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "Chinese toy retailer Xingyue Toys opened its first store in "
                             "Paris, France.", "url": "https://e.com/1", "date": "2024-06-01"})
                 + "\n", encoding="utf-8")
    for _ in range(2):
        code, _, err = cli("--db", db_path, "extract", f, "--save")
        assert code == 0, err
    code, out, _ = cli("--db", db_path, "review", "--format", "json")
    items = json.loads(out)
    assert [i["id"] for i in items] == ["cand_xingyue_toys"]  # saved twice, listed once
    code, out, _ = cli("--db", db_path, "review", "--accept", "cand_xingyue_toys")
    assert code == 0 and "accepted" in out
    code, _, err = cli("--db", db_path, "review", "--reject", "cand_xingyue_toys")
    assert code == 1 and "already an accepted company" in err


def test_eval_extract_json(cli):
    code, out, err = cli("eval-extract", "--docs", DEV / "tune", "--gold",
                         DEV / "tune" / "gold.jsonl", "--format", "json")
    assert code == 0, err
    result = json.loads(out)
    assert result["documents"] == 30
    t = result["triples"]
    assert t["gold"] == 39
    assert t["precision"] == round(t["true_positives"] / t["predicted"], 4)


def test_eval_extract_bad_gold_is_a_clear_error(cli, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "en01.txt", "company": "BYD", "host_country": "HUN", '
                    '"move_type": "factory"}\n')
    code, _, err = cli("eval-extract", "--docs", DEV / "tune", "--gold", gold)
    assert code == 1 and "row 1" in err and "move_type" in err


def test_evaluate_counts_matches_misses_and_spurious(tmp_path):
    (tmp_path / "a.txt").write_text("BYD will build a car plant in Szeged, Hungary, in 2025. "
                                    "Huawei opened a research centre in Helsinki, Finland.")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"doc": "a.txt", "company": "BYD Co Ltd", "host_country": "Hungary",
         "move_type": "greenfield_plant", "year": 2024, "value_usd_m": None,
         "status": "announced"},
        {"doc": "a.txt", "company": "Nio", "host_country": "HUN",
         "move_type": "greenfield_plant"}]))
    r = evaluate([tmp_path], [gold])
    assert (r["triples"]["true_positives"], r["triples"]["predicted"],
            r["triples"]["gold"]) == (1, 2, 2)
    assert r["triples"]["f1"] == 0.5
    assert r["attributes"]["year"]["accuracy"] == 0.0
    assert r["attributes"]["status"]["accuracy"] == 1.0
    assert {e["error"] for e in r["errors"]} == {"missed", "spurious"}


def test_development_set_scores_hold():
    """Guards against regressions; the numbers themselves are reported in docs/extract.md."""
    sets = ("tune", "heldout", "heldout2")
    r = evaluate([DEV / s for s in sets], [DEV / s / "gold.jsonl" for s in sets])
    assert r["documents"] >= 50
    assert r["triples"]["f1"] >= 0.75, r["errors"]


def test_extract_streams_a_jsonl_archive_in_batches(cli, tmp_path):
    hosts = ["Hungary", "Spain", "Thailand"]
    lines = [json.dumps({"text": f"BYD will build a car plant in {hosts[i % 3]}.",
                         "url": f"https://e.com/{i}"}) for i in range(600)]
    (tmp_path / "archive.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, out, err = cli("extract", tmp_path / "archive.jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 600
    assert [r["host_iso3"] for r in rows[:3]] == ["HUN", "ESP", "THA"]
    assert rows[599]["doc"] == "archive.jsonl#600"


def test_min_confidence_leaves_out_weak_moves_unless_asked(cli, tmp_path):
    # "invest" alone is a weak word: the rules score the move 0.6 and the scorer puts it
    # under the default floor
    (tmp_path / "a.txt").write_text("Company news\n\nMeituan will invest $1 billion in Brazil over "
                                    "five years. BYD will build a car plant in Szeged, Hungary.",
                                    encoding="utf-8")
    code, out, err = cli("extract", tmp_path)
    assert code == 0, err
    assert [json.loads(x)["company_id"] for x in out.splitlines()] == ["byd"]
    code, out, err = cli("extract", tmp_path, "--min-confidence", "0")
    assert code == 0, err
    rows = [json.loads(x) for x in out.splitlines()]
    assert [(r["company_id"], r["rule_confidence"]) for r in rows] == [("meituan", 0.6), ("byd", 0.9)]
    assert rows[0]["confidence"] < MIN_CONFIDENCE <= rows[1]["confidence"]
    code, _, err = cli("extract", tmp_path, "--min-confidence", "2")
    assert code != 0 and "min-confidence" in err


def test_eval_extract_scores_the_moves_extract_prints(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Company news\n\nMeituan will invest $1 billion in Brazil over "
                                    "five years.", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "company": "Meituan", "host_country": "BRA",
                                "city": None, "move_type": "other", "sector": "internet",
                                "value_usd_m": 1000, "year": None, "status": "announced"}) + "\n")
    scores = {}
    for floor in ("0.65", "0"):
        code, out, err = cli("eval-extract", "--docs", tmp_path, "--gold", gold, "--format", "json",
                             "--min-confidence", floor)
        assert code == 0, err
        scores[floor] = json.loads(out)["triples"]["true_positives"]
    assert scores == {"0.65": 0, "0": 1}
