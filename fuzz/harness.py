"""Run importers under atheris (libFuzzer, coverage-guided).

Usage::

    python fuzz/harness.py wdi -max_total_time=300      # every layout of one importer
    python fuzz/harness.py articles -runs=20000         # the extractor's article loaders
    python fuzz/harness.py templates-moves -runs=2000 [corpus_dir]

A name is a target of :data:`targets.TARGETS` or :data:`targets.ARTICLE_TARGETS`, or a
group of them (an importer: ``cgit``, ``wdi``, ``cepii``, ``templates``; or ``articles``,
see :func:`targets.groups`); the libFuzzer options apply to each target. The seeds are written to a fresh corpus folder when none
is given (a corpus folder goes with one name only). A crash prints the input and exits
non-zero, as libFuzzer does.

Several names share one start-up: the instrumented modules are imported once (about two
seconds), then each target is fuzzed in a forked child in turn, since libFuzzer ends the
process it runs in. The exit code is the largest of the children's.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["chuhai.sources", "chuhai.store",
                                          "chuhai.extract.loaders"]):
    import chuhai.sources.cepii  # noqa: F401  (instrumented for coverage)
    import chuhai.sources.cgit  # noqa: F401
    import chuhai.sources.files  # noqa: F401
    import chuhai.sources.load  # noqa: F401
    import chuhai.sources.templates  # noqa: F401
    import chuhai.sources.wdi  # noqa: F401
    import chuhai.extract.loaders  # noqa: F401

import targets  # noqa: E402

GROUPS = targets.groups()
NAMES = set(targets.TARGETS) | set(targets.ARTICLE_TARGETS) | set(GROUPS)


def fuzz(name: str, args: list[str]) -> None:
    """Fuzz one target in this process; libFuzzer exits when it is done."""
    check = targets.checker(name)
    if not any(not a.startswith("-") for a in args):
        corpus = Path(tempfile.mkdtemp(prefix=f"corpus-{name}-"))
        for i, seed in enumerate(check.seeds):
            (corpus / f"seed{i}").write_bytes(seed)
        args = args + [str(corpus)]
    atheris.Setup([sys.argv[0]] + args, check)
    atheris.Fuzz()


def main() -> None:
    argv = sys.argv[1:]
    names = [t for a in argv if a in NAMES for t in GROUPS.get(a, [a])]
    args = [a for a in argv if a not in NAMES]
    if not names:
        sys.exit(f"usage: harness.py NAME [NAME ...] [libFuzzer options] [corpus_dir]; "
                 f"names: {', '.join(sorted(NAMES))}")
    if len(names) == 1:
        fuzz(names[0], args)
        return
    if any(not a.startswith("-") for a in args):
        sys.exit("a corpus folder goes with one target name")
    worst = 0
    for name in names:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1          # atheris.Fuzz() ends the process itself; returning is a failure
            try:
                fuzz(name, args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        worst = max(worst, abs(code))
    sys.exit(worst)


if __name__ == "__main__":
    main()
