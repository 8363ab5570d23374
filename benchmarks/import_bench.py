"""Import and extraction throughput: rows per second, peak memory, words per second.

Each measurement runs in its own process so that its peak memory (max RSS) is its own:

* ``store``: N generated moves (default 10 million) written by ``Store.replace_source``
  in one transaction into a new store file, rollups included; the peak is sampled during
  the write and includes the in-memory frame being imported, printed separately;
* ``cgit``: a generated CGIT-layout CSV of M rows through ``chuhai import cgit`` (parse,
  resolve, write);
* ``extract``: the extraction development corpus, repeated to about W words, through
  ``extract_articles`` (English words split on spaces, Chinese counted in characters).

    python benchmarks/import_bench.py                       # 10M store rows, 200k CGIT rows
    python benchmarks/import_bench.py --rows 1000000 --cgit-rows 50000 --words 50000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DEV = HERE.parent / "tests" / "fixtures" / "extract" / "dev" / "tune"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _PeakRSS:
    """Samples this process's resident memory every 20 ms (ru_maxrss cannot be reset)."""

    def __init__(self) -> None:
        import threading
        import psutil
        self.proc, self.peak, self.stop = psutil.Process(), 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.02)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


def child_store(n: int) -> dict:
    import gc
    import psutil
    import synth
    from chuhai.store import Store
    os.environ["CHUHAI_SNAPSHOT"] = "0"
    moves = synth.moves_frame(n, seed=7)
    gc.collect()
    base = psutil.Process().memory_info().rss / 2**20
    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "s.duckdb")
        with _PeakRSS() as peak:
            t0 = time.perf_counter()
            store.replace_source({"source_id": "bench", "kind": "user", "dataset": "bench"},
                                 {"move": moves})
            secs = time.perf_counter() - t0
        store.close()
        size = (Path(d) / "s.duckdb").stat().st_size
    return {"rows": n, "seconds": secs, "rows_per_s": n / secs, "frame_rss_mb": base,
            "peak_rss_mb": peak.peak / 2**20, "file_mb": size / 2**20}


def child_cgit(n: int) -> dict:
    import synth
    from chuhai.api import import_file, open_store
    os.environ["CHUHAI_SNAPSHOT"] = "0"
    with tempfile.TemporaryDirectory() as d:
        csv = synth.cgit_csv(Path(d) / "cgit.csv", n, seed=5)
        store = open_store(Path(d) / "s.duckdb", starter=False)
        t0 = time.perf_counter()
        report = import_file(store, "cgit", csv)
        secs = time.perf_counter() - t0
        store.close()
    written = sum(report.rows_written.values())
    return {"rows": n, "written": written, "seconds": secs, "rows_per_s": n / secs,
            "peak_rss_mb": _rss_mb()}


def child_extract(words: int) -> dict:
    import re
    from chuhai.extract.core import extract_articles
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        return {"skipped": f"no corpus at {DEV}"}

    def size(t: str) -> tuple[int, int]:
        zh = len(re.findall(r"[\u4e00-\u9fff]", t))
        return len(re.sub(r"[\u4e00-\u9fff]", " ", t).split()), zh
    batch, en, zh = [], 0, 0
    while en + zh < words:
        for t in texts:
            # a distinct last line per copy, so that no cache keyed on the text can help
            batch.append(f"{t}\n(copy {len(batch)})")
            a, b = size(t)
            en, zh = en + a, zh + b
    list(extract_articles(texts[:4]))            # load the spaCy pipelines first
    t0 = time.perf_counter()
    n_moves = sum(len(m) for m in extract_articles(batch))
    secs = time.perf_counter() - t0
    return {"articles": len(batch), "en_words": en, "zh_chars": zh, "moves": n_moves,
            "seconds": secs, "words_per_s": (en + zh) / secs, "peak_rss_mb": _rss_mb()}


def _run(mode: str, n: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(n)],
                          capture_output=True, text=True)
    if proc.returncode:
        return {"error": proc.stderr[-2000:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--cgit-rows", type=int, default=200_000)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, n = args.child
        print(json.dumps({"store": child_store, "cgit": child_cgit,
                          "extract": child_extract}[mode](int(n))))
        return
    print(f"{os.cpu_count()} cores")
    r = _run("store", args.rows)
    print("store write :", r if "error" in r else
          f"{r['rows']:,} moves in {r['seconds']:.1f} s = {r['rows_per_s']:,.0f} rows/s; peak "
          f"{r['peak_rss_mb']:,.0f} MB during the write, of which the frame being imported "
          f"{r['frame_rss_mb']:,.0f} MB; file {r['file_mb']:,.0f} MB")
    r = _run("cgit", args.cgit_rows)
    print("cgit import :", r if "error" in r else
          f"{r['rows']:,} rows in {r['seconds']:.1f} s = {r['rows_per_s']:,.0f} rows/s; peak "
          f"{r['peak_rss_mb']:,.0f} MB")
    r = _run("extract", args.words)
    print("extraction  :", r if "error" in r or "skipped" in r else
          f"{r['articles']:,} articles, {r['en_words']:,} English words + {r['zh_chars']:,} "
          f"Chinese characters in {r['seconds']:.1f} s = {r['words_per_s']:,.0f} words/s on one "
          f"core; {r['moves']:,} moves; peak {r['peak_rss_mb']:,.0f} MB")


if __name__ == "__main__":
    main()
