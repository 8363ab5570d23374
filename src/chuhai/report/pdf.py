"""The brief as PDF, through WeasyPrint (an optional extra: ``pip install 'chuhai[pdf]'``).

The PDF is the HTML brief printed: same data, same sections, same footnotes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from chuhai.errors import ChuhaiError


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise ChuhaiError("PDF needs WeasyPrint and its Pango libraries: pip install "
                          f"'chuhai[pdf]' (and apt-get install libpango-1.0-0) ({exc})") from None
    return weasyprint


def render_pdf(brief: dict) -> bytes:
    """The brief dict rendered to PDF bytes."""
    from chuhai.report.html import render_html
    weasyprint = _weasyprint()
    # WeasyPrint reports each layout step and every CSS property it ignores (screen-only
    # styling such as sticky headers); a user of the CLI needs none of that
    for name in ("weasyprint", "weasyprint.progress", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return weasyprint.HTML(string=render_html(brief)).write_pdf()


def write_pdf(brief: dict, path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(render_pdf(brief))
    return path
