"""atheris harness for the extractor's article loaders: `python fuzz/fuzz_articles.py -max_total_time=60`.

Runs fuzz/harness.py over every file format of the loaders (see targets.ARTICLE_TARGETS), each
with the libFuzzer options given (one start-up, one forked run per format); exits non-zero if
any run found a crash.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import targets  # noqa: E402

if __name__ == "__main__":
    names = list(targets.ARTICLE_TARGETS)
    sys.exit(subprocess.call([sys.executable, str(HERE / "harness.py"), *names, *sys.argv[1:]]))
