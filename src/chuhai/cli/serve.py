"""``chuhai serve``: the local web app."""

from __future__ import annotations

import click

from chuhai.cli.main import Context, pass_context


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but 127.0.0.1/localhost exposes the store to "
              "the network (a warning is printed).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--write-token", envvar="CHUHAI_WRITE_TOKEN", default=None,
              help="Enable the import endpoint (POST /api/import/KIND) for requests sending "
              "'Authorization: Bearer TOKEN'. Without it the server never writes. "
              "Also read from $CHUHAI_WRITE_TOKEN.")
@pass_context
def serve_cmd(obj: Context, host: str, port: int, write_token: str | None):
    """Serve the web app: flows map, country and company pages, ranking, supplier follow.

    Pages and the JSON API (docs at /api/docs) call the same library functions as the
    CLI, so the numbers agree. The store is opened read-only per request unless a write
    token is given. Every asset is served locally: the app works offline.

    \b
    Examples:
      chuhai serve                         # then open http://127.0.0.1:8765/
      chuhai --db my.duckdb serve --port 9000
      chuhai serve --write-token "$(openssl rand -hex 16)"   # enable imports over HTTP
    """
    import uvicorn

    from chuhai.store import default_db_path
    from chuhai.web.app import create_app, is_loopback

    if not is_loopback(host):
        click.secho(f"warning: binding {host} makes the store readable by anyone who can "
                    "reach this machine; use the default 127.0.0.1 unless you mean it",
                    fg="yellow", err=True)
    db = obj.db or default_db_path()
    app = create_app(db, write_token=write_token)
    click.echo(f"chuhai: serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
               f"({'imports enabled with the write token' if write_token else 'read-only'}); "
               "Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
