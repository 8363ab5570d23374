"""The ``chuhai`` command: a lazy group, so ``chuhai --help`` does not import spaCy or HiGHS.

Each command lives in its own module; :data:`COMMANDS` maps names to ``module:function``.
Errors a user can fix are printed as one line (exit 1); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path

import click

from chuhai.errors import ChuhaiError

COMMANDS: dict[str, str] = {
    "import": "chuhai.cli.importing:import_cmd",
    "flows": "chuhai.cli.flows:flows_cmd",
    "moves": "chuhai.cli.flows:moves_cmd",
    "status": "chuhai.cli.store:status_cmd",
    "countries": "chuhai.cli.reference:countries_cmd",
    "sectors": "chuhai.cli.reference:sectors_cmd",
    "companies": "chuhai.cli.reference:companies_cmd",
    "resolve": "chuhai.cli.reference:resolve_cmd",
    "download": "chuhai.cli.download:download_cmd",
    "brief": "chuhai.cli.brief:brief_cmd",
    "measures": "chuhai.cli.measures:measures_cmd",
    "rank": "chuhai.cli.rank:rank_cmd",
    "backtest": "chuhai.cli.rank:backtest_cmd",
    "follow": "chuhai.cli.follow:follow_cmd",
    "extract": "chuhai.cli.extract:extract_cmd",
    "review": "chuhai.cli.extract:review_cmd",
    "eval-extract": "chuhai.cli.extract:eval_extract_cmd",
    "serve": "chuhai.cli.serve:serve_cmd",
}


def _available(name: str) -> bool:
    module = COMMANDS[name].split(":")[0]
    return importlib.util.find_spec(module) is not None


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n in COMMANDS if _available(n))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _available(name):
            return None
        module, attr = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attr)


class Context:
    """Shared state of one invocation: where the store is, whether to show tracebacks."""

    def __init__(self, db: Path | None, debug: bool) -> None:
        self.db = db
        self.debug = debug
        self._store = None

    def store(self, *, read_only: bool = False):
        """Open the store once per invocation (created with the starter data if new)."""
        if self._store is None:
            from chuhai.api import open_store
            self._store = open_store(self.db, read_only=read_only)
        return self._store


pass_context = click.make_pass_decorator(Context)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"],
                                              "max_content_width": 100})
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), envvar="CHUHAI_DB",
              help="The store (a DuckDB file). Default: $CHUHAI_DB, else chuhai.duckdb in "
              "the user data directory. Created with the starter data on first use.")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="chuhai")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, debug: bool) -> None:
    """chuhai (出海): who is going where, how big the flows are, where a firm should go,
    and whether a supplier must follow its customers abroad — every number with a source.

    \b
    Examples:
      chuhai brief --example                      # the expansion brief on bundled data
      chuhai import cgit cgit_investments.csv     # load AEI's China Global Investment Tracker
      chuhai flows --by year --by region --format csv
    """
    ctx.obj = Context(db, debug)
    ctx.call_on_close(lambda: ctx.obj._store and ctx.obj._store.close())


def run(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` and return the exit status (used by tests)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv or bool(os.environ.get("CHUHAI_DEBUG"))
    try:
        cli.main(args=argv, prog_name="chuhai", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except (ChuhaiError, OSError) as exc:
        if debug:
            raise
        click.secho(f"error: {exc}", fg="red", err=True)
        click.echo("(run with --debug for the traceback)", err=True)
        return 1
    return 0


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
