"""A killed ``chuhai extract --save`` keeps whole articles only (issue 8).

Each article is saved in its own transaction (source row, moves, candidate companies and
evidence). After a SIGKILL every article in the store must have exactly the rows a full run
gives it, articles not in the store must have none, and a re-run completes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chuhai.store import Store

pytestmark = pytest.mark.slow

TUNE = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "dev" / "tune"
CLI = "from chuhai.cli.main import main; main()"


def _extract(db: Path, articles: Path, code: str = CLI, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "CHUHAI_NO_STARTER": "1", "CHUHAI_DB": str(db)}
    return subprocess.Popen([sys.executable, "-c", code, *extra, "extract", str(articles),
                             "--save", "--format", "table"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(p: subprocess.Popen) -> None:
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err


def _kill(p: subprocess.Popen) -> None:
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=30)


def _per_article(db: Path) -> dict[str, tuple[int, int, int]]:
    """article source id -> (moves, evidence, companies) it brought."""
    with Store(db) as s:
        arts = s.query("select source_id from source where kind = 'article'").source_id
        out = {}
        for sid in arts:
            out[sid] = tuple(int(s.scalar(f"select count(*) from {t} where source_id = ?", [sid]))
                             for t in ("move", "evidence", "company"))
        orphans = sum(int(s.scalar(f"select count(*) from {t} where source_id not in "
                                   "(select source_id from source)"))
                      for t in ("move", "evidence", "company"))
        assert orphans == 0, "rows of an article whose source row is missing"
        assert s.rollups_fresh()
        assert s.scalar("select coalesce(sum(n), 0) from move_rollup_geo") == \
            s.scalar("select count(*) from move")
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    if not TUNE.exists():
        pytest.skip("the extraction development corpus is absent")
    d = tmp_path_factory.mktemp("kill-extract")
    texts = [t.read_text(encoding="utf-8") for t in sorted(TUNE.glob("*.txt"))]
    # each article three times under different addresses: later copies merge into the
    # moves of the first and add evidence, the write pattern of a real news feed
    lines = [json.dumps({"text": t, "url": f"https://example.org/{k}/{i}", "date": "2024-06-01"},
                        ensure_ascii=False) for k in range(3) for i, t in enumerate(texts)]
    articles = d / "articles.jsonl"
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref = d / "ref.duckdb"
    t0 = time.monotonic()
    _finish(_extract(ref, articles))
    duration = time.monotonic() - t0
    want = _per_article(ref)
    assert len(want) == len(lines) and sum(m for m, _, _ in want.values()) > 10
    return articles, want, duration


def _check_against(db: Path, want: dict) -> int:
    got = _per_article(db)
    for sid, counts in got.items():
        assert counts == want[sid], f"article {sid} is half-saved: {counts} vs {want[sid]}"
    return len(got)


@pytest.mark.parametrize("fraction", [0.85])
def test_kill_extract_save_at_a_fraction(corpus, tmp_path, fraction):
    articles, want, duration = corpus
    db = tmp_path / "s.duckdb"
    p = _extract(db, articles)
    time.sleep(duration * fraction)
    _kill(p)
    if db.exists():
        _check_against(db, want)
    _finish(_extract(db, articles))
    assert _check_against(db, want) == len(want)


_PAUSED = """
import sys, time
from chuhai.store import Store
real, seen = Store.insert, [0]
def insert(self, table, frame):
    n = real(self, table, frame)
    if table == "evidence" and len(frame):
        seen[0] += 1
        if seen[0] == 40:          # the 40th article's evidence is written, not committed
            print("evidence-written", flush=True)
            time.sleep(60)
    return n
Store.insert = insert
from chuhai.cli.main import main
sys.argv = ["chuhai"] + sys.argv[1:]
main()
"""


def test_kill_extract_inside_an_article_transaction(corpus, tmp_path):
    articles, want, _ = corpus
    db = tmp_path / "s.duckdb"
    p = _extract(db, articles, _PAUSED)
    assert p.stdout.readline().strip() == "evidence-written"
    _kill(p)
    saved = _check_against(db, want)
    assert 0 < saved < len(want)
    _finish(_extract(db, articles))
    assert _check_against(db, want) == len(want)
