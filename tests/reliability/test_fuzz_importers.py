"""Fuzzed importer and article-loader inputs give problem records, never a traceback.

Three layers: Hypothesis mutations of each importer's seed files, the saved inputs of
crashes found earlier (fuzz/crashes/), and a short run of each atheris harness (fuzz/),
which CI runs too: 100 inputs per layout, or CHUHAI_FUZZ_RUNS (which also raises the
Hypothesis examples) for a longer session. The property is fuzz/targets.py's :class:`Checker`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[2]
FUZZ = ROOT / "fuzz"
sys.path.insert(0, str(FUZZ))
import targets  # noqa: E402

#: inputs per layout for each atheris harness (100, a CI budget) and Hypothesis examples per
#: target (40); CHUHAI_FUZZ_RUNS=20000 raises both and makes a real fuzzing session of it
FUZZ_RUNS = int(os.environ.get("CHUHAI_FUZZ_RUNS") or 0)
ATHERIS_RUNS = FUZZ_RUNS or 100
HYPOTHESIS_EXAMPLES = max(40, FUZZ_RUNS)


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    """A seed file with a few random edits: splices, deletions, duplicated lines, odd cells."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["splice", "delete", "dupline", "cell", "truncate"]))
        at = draw(st.integers(0, len(data)))
        if op == "splice":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 20))]
        elif op == "dupline":
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            data = bytearray(b"\n".join(lines))
        elif op == "cell":
            cell = draw(st.sampled_from(["", "-1", "1e309", "nan", "..", ".", "9" * 30, "NULL",
                                         "2024-13-45", '"', "a,b", "中国", "\x00", "   ",
                                         "EU", "XXX", "YUG", "0.5", "$-3 "]))
            data[at:at] = cell.encode("utf-8")
        else:
            data = data[:at]
    return bytes(data)


ALL = list(targets.TARGETS) + list(targets.ARTICLE_TARGETS)


@pytest.fixture(scope="module")
def checkers():
    made = {name: targets.checker(name) for name in ALL}
    yield made
    for c in made.values():
        for d in c.dir.glob("seed*/"):
            for f in d.iterdir():
                f.unlink()
            d.rmdir()
        c.close()


@pytest.mark.parametrize("name", list(targets.TARGETS))
def test_seeds_import_cleanly(name, checkers):
    """The seeds are valid files: they must import with rows, or the fuzzing starts nowhere."""
    from chuhai.sources.load import import_file
    c = checkers[name]
    for i, seed in enumerate(c.seeds):
        (c.dir / f"seed{i}").mkdir(exist_ok=True)
        path = c.dir / f"seed{i}" / c.file_name   # WDI takes the indicator from the name
        path.write_bytes(seed)
        report = import_file(c.store, c.kind, path)
        assert not report.aborted and sum(report.rows_written.values()) > 0, report.problems


@pytest.mark.parametrize("name", ALL)
def test_mutated_files_give_problem_records(name, checkers):
    c = checkers[name]

    @settings(max_examples=HYPOTHESIS_EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.one_of(mutated(c.seeds), st.binary(max_size=300)))
    def run(data):
        c(data)

    run()


CRASHES = sorted((FUZZ / "crashes").glob("*"))


@pytest.mark.parametrize("path", CRASHES, ids=[p.name for p in CRASHES])
def test_saved_crash_inputs(path, tmp_path):
    """Inputs that once crashed an importer. Known open bugs are strict xfails: when the
    importer is fixed the test fails, and the bug's line in targets.KNOWN_BUGS goes."""
    from chuhai.api import open_store
    from chuhai.sources.load import import_file
    # the file is named after its target (which may itself hold dashes) and a description
    name = max((t for t in targets.TARGETS if path.name.startswith(t + "-")), key=len)
    kind, file_name, _ = targets.TARGETS[name]
    target = tmp_path / file_name
    target.write_bytes(path.read_bytes())
    store = open_store(":memory:", starter=False)
    try:
        report = import_file(store, kind, target)
    except Exception as exc:
        if targets.known_bug(name, exc):
            pytest.xfail(f"known bug in the {name} importer: {type(exc).__name__}: {exc}")
        raise
    finally:
        store.close()
    assert {p.code for p in report.problems} <= targets.problem_codes()
    assert path.name not in _STILL_KNOWN, "fixed: drop it from targets.KNOWN_BUGS and here"


#: saved crash inputs whose bug is still open (see targets.KNOWN_BUGS)
_STILL_KNOWN: set[str] = set()


#: one harness run per importer (and one for the article loaders), all layouts in it
GROUPS = targets.groups()


@pytest.fixture(scope="module")
def atheris_runs(tmp_path_factory):
    """Every atheris harness, started at once (with the module's first test, see below):
    independent processes that share the cores while the tests wait for one each.
    harness -> (process, its stderr file, folder)."""
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install 'chuhai[test]'); the Hypothesis "
                    "tests above still fuzz every importer")
    runs = {}
    for group in GROUPS:
        d = tmp_path_factory.mktemp(group)
        log = (d / "stderr.txt").open("w")
        proc = subprocess.Popen([sys.executable, str(FUZZ / "harness.py"), group,
                                 f"-runs={ATHERIS_RUNS}", f"-artifact_prefix={d}/",
                                 "-print_final_stats=1"],
                                stdout=subprocess.DEVNULL, stderr=log, cwd=d)
        log.close()
        runs[group] = proc, d / "stderr.txt", d
    yield runs
    for proc, _, _ in runs.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module", autouse=True)
def _atheris_from_the_start(request):
    """With the module's first test, start the harnesses if any of their tests is selected,
    so they fuzz on the second core while the Hypothesis tests above run in this process."""
    if importlib.util.find_spec("atheris") is not None and any(
            getattr(item, "module", None) is request.module
            and getattr(item, "originalname", "") == "test_atheris_harness_runs_every_layout"
            for item in request.session.items):
        request.getfixturevalue("atheris_runs")


@pytest.mark.slow
@pytest.mark.parametrize("group", sorted(GROUPS))
def test_atheris_harness_runs_every_layout(group, atheris_runs):
    """Each harness run fuzzes every layout of its importer for ATHERIS_RUNS inputs, crash-free."""
    proc, log, d = atheris_runs[group]
    proc.wait(timeout=240 * max(1, ATHERIS_RUNS // 100))
    stderr = log.read_text(errors="replace")
    tail = stderr[-3000:]
    assert proc.returncode == 0, f"the fuzzer found a crash (input saved in {d}):\n{tail}"
    # libFuzzer may pass the -runs bound by a few when a mutation is run again (seen:
    # "Done 102 runs" for -runs=100), so each layout must report at least that many.
    done = [int(n) for n in re.findall(r"^Done (\d+) runs", stderr, re.MULTILINE)]
    assert len(done) == len(GROUPS[group]) and min(done) >= ATHERIS_RUNS, (done, tail)


@pytest.mark.parametrize("name", list(targets.ARTICLE_TARGETS))
def test_article_seeds_load(name, checkers):
    from chuhai.extract.loaders import load_articles
    c = checkers[name]
    for seed in c.seeds:
        c.path.write_bytes(seed)
        assert load_articles([c.path]).articles, name
