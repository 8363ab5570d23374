"""Fuzzed importer and article-loader inputs give problem records, never a traceback.

Three layers: Hypothesis mutations of each importer's seed files, the saved inputs of
crashes found earlier (fuzz/crashes/), and a few seconds of each atheris harness (fuzz/),
which CI runs too. The property is fuzz/targets.py's :class:`Checker`.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[2]
FUZZ = ROOT / "fuzz"
sys.path.insert(0, str(FUZZ))
import targets  # noqa: E402


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

    @settings(max_examples=40, deadline=None, database=None,
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


HARNESSES = sorted(FUZZ.glob("fuzz_*.py"))


@pytest.mark.slow
@pytest.mark.parametrize("harness", HARNESSES, ids=[h.stem for h in HARNESSES])
def test_atheris_harness_for_a_few_seconds(harness, tmp_path):
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install 'chuhai[test]'); the Hypothesis "
                    "tests above still fuzz every importer")
    proc = subprocess.run([sys.executable, str(harness), "-max_total_time=2",
                           f"-artifact_prefix={tmp_path}/", "-print_final_stats=1"],
                          capture_output=True, text=True, timeout=240, cwd=tmp_path)
    tail = proc.stderr[-3000:]
    assert proc.returncode == 0, f"the fuzzer found a crash (input saved in {tmp_path}):\n{tail}"
    assert "Done" in proc.stderr, tail


@pytest.mark.parametrize("name", list(targets.ARTICLE_TARGETS))
def test_article_seeds_load(name, checkers):
    from chuhai.extract.loaders import load_articles
    c = checkers[name]
    for seed in c.seeds:
        c.path.write_bytes(seed)
        assert load_articles([c.path]).articles, name
