"""The entry point runs, lists its commands and maps errors to exit codes."""

from chuhai.cli.main import COMMANDS


def test_help_lists_commands(cli):
    code, out, _ = cli("--help")
    assert code == 0
    for name in ("import", "flows", "status"):
        assert name in out


def test_every_available_command_has_help_with_example(cli):
    from chuhai.cli.main import _available
    for name in COMMANDS:
        if not _available(name):
            continue
        code, out, _ = cli(name, "--help")
        assert code == 0, name
        assert "Example" in out, f"`chuhai {name} --help` shows no example"


def test_bad_store_path_is_a_clear_error(cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = cli("--db", str(blocker / "sub" / "x.duckdb"), "status")
    assert code == 1
    assert "error:" in err and "Traceback" not in err
