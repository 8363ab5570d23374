"""Readers keep answering, with consistent numbers, while another process imports (issue 8).

The import runs as the real ``chuhai import`` in a subprocess and holds the store's write
lock; meanwhile this process answers flows through the web app's JSON API and through the
library's read path. Every answer must be the store before the import or after it, never
a mix, and none may fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings

import pytest

import synth
from chuhai.api import flows, import_file, open_store
from chuhai.store import Store, open_reader
from chuhai.store.snapshot import snapshot_path

pytestmark = pytest.mark.slow


def _import(db, csv):
    env = {**os.environ, "CHUHAI_NO_STARTER": "1", "CHUHAI_DB": str(db)}
    return subprocess.Popen([sys.executable, "-c", "from chuhai.cli.main import main; main()",
                             "import", "cgit", str(csv)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _totals(frame) -> tuple[int, float]:
    return int(frame["count"].sum()), round(float(frame["value_usd_m"].sum()), 3)


def test_reads_during_an_import_are_whole_states(tmp_path):
    db = tmp_path / "c.duckdb"
    # the state before: 500 rows imported in this process (closing publishes the snapshot);
    # only the import that readers race below needs to be another process
    store = open_store(db, starter=False)
    report = import_file(store, "cgit", synth.cgit_csv(tmp_path / "a.csv", 500, seed=1))
    store.close()
    assert not report.aborted and snapshot_path(db).exists()
    with Store(db, read_only=True) as s:
        before = _totals(flows(s, ["year"]))

    client = None
    try:
        with warnings.catch_warnings():
            # starlette warns at import that it prefers httpx2 (as tests/web/conftest.py notes)
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient
        from chuhai.web.app import create_app
        client = TestClient(create_app(db))
    except ImportError:
        pass  # the web app is optional; the library read path below is what it calls

    p = _import(db, synth.cgit_csv(tmp_path / "b.csv", 20_000, seed=2))
    seen, from_snapshot, errors = [], 0, []
    while p.poll() is None:
        try:
            with open_reader(db) as s:
                seen.append(_totals(flows(s, ["year"])))
                from_snapshot += s.opened != str(db)
            if client is not None:
                r = client.get("/api/flows", params={"by": "year"})
                assert r.status_code == 200, r.text
                rows = r.json()["rows"]
                seen.append((sum(x["count"] for x in rows),
                             round(sum(x["value_usd_m"] for x in rows), 3)))
        except Exception as exc:  # noqa: BLE001 - every failure is recorded and reported
            errors.append(repr(exc))
        time.sleep(0.05)
    _, err = p.communicate()
    assert p.returncode == 0, err.decode()
    with open_reader(db) as s:
        after = _totals(flows(s, ["year"]))
    assert after[0] == before[0] + 20_000 - _cancelled(db)
    assert not errors, errors[:3]
    assert len(seen) >= 10, "too few reads overlapped the import to tell anything"
    assert from_snapshot > 0, "no read ran while the writer held the store"
    assert set(seen) <= {before, after}, sorted(set(seen) - {before, after})[:3]


def _cancelled(db) -> int:
    with Store(db, read_only=True) as s:  # the generated file has no troubled sheet
        return int(s.scalar("select count(*) from move where status = 'cancelled' or troubled"))
