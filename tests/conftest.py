"""Shared fixtures: a fresh store, the CLI runner, and the real data in ../shared/data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("CHUHAI_SHARED_DATA", ROOT.parent / "shared" / "data"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_file(*parts: str) -> Path:
    """A file of ../shared/data, or skip the test saying what is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real-data test: {path} is absent (the shared data folder beside the "
                    "checkout holds copies of public datasets; see ../shared/data/SOURCES.md)")
    return path


@pytest.fixture
def store():
    """A fresh in-memory store without the starter data."""
    from chuhai.api import open_store
    s = open_store(":memory:", starter=False)
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new store file (not created yet)."""
    return tmp_path / "test.duckdb"


def cli_runner(monkeypatch: pytest.MonkeyPatch, folder: Path):
    """The `cli` runner, its environment (no CHUHAI_DB, HOME and XDG under ``folder``) set
    through ``monkeypatch``, so it is undone when that is."""
    monkeypatch.delenv("CHUHAI_DB", raising=False)
    monkeypatch.setenv("HOME", str(folder / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "xdg"))

    def run(*args: str):
        from chuhai.cli.main import run as run_cli
        runner = CliRunner()
        with runner.isolation() as streams:
            code = run_cli([str(a) for a in args])
            sys.stdout.flush()
            sys.stderr.flush()
            out, err = streams[0].getvalue(), streams[1].getvalue()
        return code, out.decode("utf-8"), err.decode("utf-8")

    return run


@pytest.fixture
def cli(monkeypatch, tmp_path):
    """Run the real `chuhai` entry point; returns (exit_code, stdout, stderr)."""
    return cli_runner(monkeypatch, tmp_path)


@pytest.fixture(scope="session")
def make_cli():
    """``make_cli(monkeypatch, folder)``: the `cli` runner for fixtures of module or session
    scope, which run a command once for several tests (use ``pytest.MonkeyPatch.context()``)."""
    return cli_runner
