"""atheris harness for the wdi importer: `python fuzz/fuzz_wdi.py -max_total_time=60`.

Runs fuzz/harness.py over every file layout of this importer (see targets.TARGETS), each with
the libFuzzer options given (one start-up, one forked run per layout); exits non-zero if any
run found a crash.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import targets  # noqa: E402

if __name__ == "__main__":
    names = [n for n in targets.TARGETS if n.split("-")[0] == "wdi"]
    sys.exit(subprocess.call([sys.executable, str(HERE / "harness.py"), *names, *sys.argv[1:]]))
