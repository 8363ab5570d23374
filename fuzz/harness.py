"""Run one importer under atheris (libFuzzer, coverage-guided).

Usage::

    python fuzz/harness.py cgit -max_total_time=10 [corpus_dir]

The names are those of :data:`targets.TARGETS` and :data:`targets.ARTICLE_TARGETS`. The seeds are written to a fresh corpus
folder when none is given. A crash prints the input and exits non-zero, as libFuzzer does.
"""

from __future__ import annotations

import sys
import tempfile
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


def main() -> None:
    name, args = sys.argv[1], sys.argv[2:]
    check = targets.checker(name)
    if not any(not a.startswith("-") for a in args):
        corpus = Path(tempfile.mkdtemp(prefix=f"corpus-{name}-"))
        for i, seed in enumerate(check.seeds):
            (corpus / f"seed{i}").write_bytes(seed)
        args.append(str(corpus))
    atheris.Setup([sys.argv[0]] + args, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
