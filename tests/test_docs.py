"""Every command is documented in README.md (as datasette checks its settings)."""

from pathlib import Path

from chuhai.cli.main import COMMANDS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"chuhai {name}" not in text]
    assert not missing, f"commands missing from README.md: {missing}"


def test_readme_opens_with_the_two_quickstart_commands():
    text = README.read_text(encoding="utf-8")
    block = text.split("```bash", 1)[1].split("```", 1)[0]
    lines = [l for l in block.splitlines() if l.strip() and not l.strip().startswith("#")]
    assert len(lines) == 2
    assert "brief" in lines[0] and "pytest" in lines[1]
