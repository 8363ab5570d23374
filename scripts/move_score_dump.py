"""Features and right/wrong labels of every move the extractor makes on annotated sets.

Run by ``scripts/fit_move_score.py`` inside a checkout of an older commit (with today's
``chuhai/extract/score.py`` copied in), so it uses only entry points that have been stable
since round six. Usage::

    PYTHONPATH=src python scripts/move_score_dump.py SETS_ROOT OUT.jsonl SET...

Each set's first line is ``{"set": ..., "gold": n}``; then one line per predicted move:
``{"set", "doc", "ok", "f": {feature: value}}``. A prediction is right when its (company,
host, move type) triple matches a gold line not already matched, highest confidence first,
as ``chuhai eval-extract`` counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from chuhai.extract.core import _as_written, _assembler
from chuhai.extract.dates import dateline_year
from chuhai.extract.evaluate import company_key, read_gold
from chuhai.extract.loaders import load_articles
from chuhai.extract.pipeline import detect_lang, matchers_for
from chuhai.extract.score import article_features
from chuhai.reference.companies import Registry
from chuhai.reference.script import to_simplified


def main(root: Path, out_path: Path, sets: list[str]) -> None:
    reg = Registry.default()
    m = matchers_for(reg)
    asm = _assembler(m)
    with out_path.open("w", encoding="utf-8") as out:
        for name in sets:
            d = root / name
            gold = read_gold(d / "gold.jsonl")
            out.write(json.dumps({"set": name, "gold": len(gold)}) + "\n")
            for a in load_articles([d]).articles:
                lang = detect_lang(a.text)
                year = a.year if a.year is not None else dateline_year(a.text)
                work = to_simplified(a.text) if lang == "zh" else a.text
                doc = next(iter(m.docs([work], lang, 1)))
                mentions = m.mentions(work, lang, doc, year)
                found = asm.assemble(work, mentions, lang, year)
                # as extract_articles does: features on the text the pipeline read
                feats = article_features(work, mentions, found)
                if work != a.text:
                    found = [_as_written(mv, a.text) for mv in found]
                left = Counter((company_key(g["company"], None, reg), g["host_country"],
                                g["move_type"]) for g in gold if g["doc"] == a.doc)
                for i in sorted(range(len(found)), key=lambda i: -found[i].confidence):
                    mv = found[i]
                    key = (company_key(mv.company_name, mv.company_id, reg), mv.host_iso3,
                           mv.move_type)
                    ok = left[key] > 0
                    left[key] -= ok
                    out.write(json.dumps({"set": name, "doc": a.doc, "ok": ok,
                                          "key": key, "f": feats[i]}) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
