"""Rendering a brief dict (:func:`chuhai.report.brief.build_brief`) as one self-contained
HTML file: CSS and SVG inline, no scripts or fonts from the network, so it opens offline.

Blocks are rendered by type (``text``, ``facts``, ``table``, ``map``, ``bars``,
``sources``), so sections added by other packages need no template of their own.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from chuhai.report.svg import stacked_bars, world_map


def _refs(numbers) -> str:
    from markupsafe import Markup, escape
    if not numbers:
        return Markup("")
    return Markup("".join(f'<a class="ref" href="#src-{int(n)}">[{int(n)}]</a>' for n in numbers)) \
        if all(str(n).isdigit() for n in numbers) else escape(str(numbers))


def _cell(value, numeric: bool = False) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return f"{value:,.0f}" if abs(value) >= 1000 or value == int(value) else f"{value:,.1f}"
    return str(value)


def _svg(block: dict):
    from markupsafe import Markup
    if block["type"] == "map":
        return Markup(world_map(block.get("countries", {}), block.get("points", []),
                                legend=block.get("legend"), title=block.get("title", ""),
                                bubbles=block.get("bubbles")))
    if block["type"] == "bars":
        return Markup(stacked_bars(block["categories"], block["series"],
                                   unit=block.get("unit", ""), title=block.get("title", "")))
    return Markup("")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("chuhai.report", "templates"),
        autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["refs"] = _refs
    env.filters["cell"] = _cell
    env.globals["svg"] = _svg
    return env


def render_html(brief: dict) -> str:
    """The brief as a self-contained HTML page.

    >>> html = render_html({"title": "T", "subtitle": "", "lang": "en", "summary": [],
    ...     "sections": [{"id": "x", "title": "X", "blocks": [{"type": "text", "text": "hi"}]}],
    ...     "meta": {"generated": "", "refs_note": "", "toc": "Contents"}})
    >>> "<h2 id=\\"x\\">X</h2>" in html and "http://" not in html.split("<svg")[0]
    True
    """
    return environment().get_template("brief.html").render(brief=brief)


def write_html(brief: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(brief), encoding="utf-8")
    return path
