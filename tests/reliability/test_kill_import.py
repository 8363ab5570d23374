"""A killed import leaves the store with none or all of the file's rows (issue 8).

A generated CGIT-layout CSV is imported by the real ``chuhai import`` in a subprocess,
which is SIGKILLed at several points: timed fractions of a full run (parsing, writing,
publishing the reader snapshot) and the moment the write-ahead log appears (inside the
write transaction). After each kill the store must open, hold 0 or all of the file's moves
with rollups that agree, keep the rows imported before, and a re-run must complete.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import synth
from chuhai.api import import_file, open_store
from chuhai.sources.cgit import source_id_for
from chuhai.sources.files import sha256_of
from chuhai.store import Store
from chuhai.store.snapshot import snapshot_path

pytestmark = pytest.mark.slow

ROWS = 20_000


def _import(db: Path, csv: Path) -> subprocess.Popen:
    env = {**os.environ, "CHUHAI_NO_STARTER": "1", "CHUHAI_DB": str(db)}
    return subprocess.Popen([sys.executable, "-c", "from chuhai.cli.main import main; main()",
                             "import", "cgit", str(csv)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _finish(p: subprocess.Popen) -> None:
    """Wait for a full run; it must succeed."""
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err.decode()


def _kill(p: subprocess.Popen) -> None:
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=30)


def _check(db: Path, sid: str, base_moves: int) -> int:
    """Open after a kill: all-or-nothing, rollups exact, earlier rows intact. Returns rows."""
    with Store(db) as s:                      # read-write: replays or discards the WAL
        n = s.scalar("select count(*) from move where source_id = ?", [sid])
        assert n in (0, ROWS), f"half-written import: {n} of {ROWS} rows"
        assert s.has_source(sid) == (n == ROWS)
        assert s.scalar("select count(*) from move where source_id <> ?", [sid]) == base_moves
        assert s.rollups_fresh()
        for t in ("move_rollup_geo", "move_rollup_company"):
            assert s.scalar(f"select coalesce(sum(n), 0) from {t}") == n + base_moves
    snap = snapshot_path(db)
    if snap.exists():                          # the reader copy is whole too
        with Store(snap, read_only=True) as r:
            assert r.scalar("select count(*) from move where source_id = ?", [sid]) in (0, ROWS)
    return n


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("kill")
    big = synth.cgit_csv(d / "cgit_big.csv", ROWS, seed=8)
    small = synth.cgit_csv(d / "cgit_small.csv", 300, seed=9)
    base = d / "base.duckdb"
    # the rows imported before: in this process, as only the killed imports need to be
    # another one (closing publishes the snapshot as the CLI does)
    store = open_store(base, starter=False)
    assert not import_file(store, "cgit", small).aborted
    store.close()
    with Store(base) as s:
        base_moves = s.scalar("select count(*) from move")
    assert base_moves == 300
    # how long one whole import of the big file takes here, to place the kills
    ref = d / "ref.duckdb"
    shutil.copy(base, ref)
    t0 = time.monotonic()
    _finish(_import(ref, big))
    duration = time.monotonic() - t0
    return big, base, base_moves, duration, source_id_for(sha256_of(big))


@pytest.mark.parametrize("fraction", [0.4, 0.8, 0.95])
def test_kill_at_a_fraction_of_the_import(files, tmp_path, fraction):
    big, base, base_moves, duration, sid = files
    db = tmp_path / "s.duckdb"
    shutil.copy(base, db)
    p = _import(db, big)
    time.sleep(duration * fraction)
    _kill(p)
    _check(db, sid, base_moves)
    # the re-run completes with the right counts
    _finish(_import(db, big))
    assert _check(db, sid, base_moves) == ROWS


# Runs the real import with Store.insert wrapped to announce that the moves are written
# (inside replace_source's transaction, before COMMIT) and then wait to be killed.
_PAUSED_IMPORT = """
import sys, time
from chuhai.store import Store
from chuhai.api import open_store, import_file
real = Store.insert
def insert(self, table, frame):
    n = real(self, table, frame)
    if table == "move":
        print("moves-written", flush=True)
        time.sleep(60)
    return n
Store.insert = insert
import_file(open_store(sys.argv[1], starter=False), "cgit", sys.argv[2])
"""


def test_kill_inside_the_write_transaction(files, tmp_path):
    """Killed after every move row is inserted but before COMMIT: nothing is kept."""
    big, base, base_moves, duration, sid = files
    db = tmp_path / "s.duckdb"
    shutil.copy(base, db)
    p = subprocess.Popen([sys.executable, "-c", _PAUSED_IMPORT, str(db), str(big)],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = p.stdout.readline()
    assert line.strip() == "moves-written", "the import never reached its write"
    _kill(p)
    assert _check(db, sid, base_moves) == 0, "killed mid-transaction yet rows were kept"
    _finish(_import(db, big))
    assert _check(db, sid, base_moves) == ROWS
    _finish(_import(db, big))                  # and once more changes nothing
    assert _check(db, sid, base_moves) == ROWS
