"""docs/importers.md documents every problem code and every download option."""

from pathlib import Path
from typing import get_args

from chuhai.sources.report import ProblemCode

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_problem_code_is_documented():
    text = (DOCS / "importers.md").read_text(encoding="utf-8")
    missing = [c for c in get_args(ProblemCode) if f"`{c}`" not in text]
    assert not missing, f"problem codes not in docs/importers.md: {missing}"


def test_every_download_option_is_documented():
    from chuhai.cli.download import download_cmd
    text = (DOCS / "importers.md").read_text(encoding="utf-8")
    options = [o for p in download_cmd.params for o in getattr(p, "opts", [])
               if o.startswith("--") and o not in ("--format", "--help")]
    missing = [o for o in options if o not in text]
    assert not missing, f"download options not in docs/importers.md: {missing}"
