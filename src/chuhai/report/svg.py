"""Inline SVG for the brief: a world map and a stacked bar chart (no JavaScript, no CDN).

The map draws Natural Earth 1:110m country outlines (``static/world_110m.json``, built by
:mod:`chuhai.report._build_world`) in an equirectangular projection: x = lon + 180,
y = 90 - lat, so a facility's coordinates place it directly.
"""

from __future__ import annotations

import functools
import json
from html import escape
from importlib import resources

#: fill colours by who went to a country (colour-blind-safe pair plus their mix)
ROLE_FILL = {"anchor": "#e69f00", "peer": "#56b4e9", "both": "#cc79a7"}
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
           "#999999", "#332288", "#88ccee", "#44aa99", "#117733", "#aa4499", "#882255"]


@functools.cache
def world() -> dict:
    path = resources.files("chuhai.report") / "static" / "world_110m.json"
    return json.loads(path.read_text(encoding="utf-8"))


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: degrees to the map's x, y.

    >>> project(0, 0), project(-180, 90)
    ((180.0, 90.0), (0.0, 0.0))
    """
    return float(lon) + 180.0, 90.0 - float(lat)


def world_map(countries: dict[str, str], points: list[dict], *, legend: dict[str, str] | None = None,
              title: str = "", bubbles: list[dict] | None = None) -> str:
    """An SVG world map: ``countries`` (ISO3 -> role) filled, ``points`` as dots.

    Each point has ``lon``, ``lat``, ``role``, ``label`` and ``refs`` (footnote numbers,
    shown in the tooltip). ``bubbles`` (``iso3``, ``count``, ``label``) are drawn at the
    country's label point with an area proportional to ``count`` (moves per host).

    >>> svg = world_map({"HUN": "anchor"}, [{"lon": 20.15, "lat": 46.25, "role": "anchor",
    ...                  "label": "Szeged", "refs": [1]}])
    >>> svg.startswith("<svg") and 'data-iso3="HUN"' in svg and "Szeged [1]" in svg
    True
    """
    w = world()
    parts = [f'<svg class="map" viewBox="0 6 360 146" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{escape(title)}">',
             '<rect x="0" y="6" width="360" height="146" fill="#f4f8fb"/>']
    # graticule every 30 degrees, for orientation
    grid = "".join(f"M{x},6V152" for x in range(0, 361, 30)) + \
        "".join(f"M0,{y}H360" for y in range(30, 151, 30))
    parts.append(f'<path d="{grid}" stroke="#dde6ee" stroke-width="0.2" fill="none"/>')
    for iso3, shape in w["countries"].items():
        role = countries.get(iso3)
        fill = ROLE_FILL.get(role, "#e4e4e4")
        parts.append(f'<path data-iso3="{iso3}" d="{shape["d"]}" fill="{fill}" stroke="#ffffff" '
                     f'stroke-width="0.15"><title>{escape(iso3)}</title></path>')
    peak = max([b["count"] for b in bubbles or []] + [1])
    for b in bubbles or []:
        shape = w["countries"].get(b["iso3"])
        if shape is None or not b["count"]:
            continue
        x, y = project(*shape["c"])
        r = 1.2 + 4.0 * (b["count"] / peak) ** 0.5
        parts.append(f'<circle class="bubble" cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" fill="#1d2733" '
                     f'fill-opacity="0.22" stroke="#1d2733" stroke-width="0.2">'
                     f'<title>{escape(b.get("label", ""))}</title></circle>')
    for p in points:
        x, y = project(p["lon"], p["lat"])
        refs = "".join(f" [{n}]" for n in p.get("refs", []))
        parts.append(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="1.1" fill="{ROLE_FILL.get(p.get("role"), "#333")}" '
                     f'stroke="#222" stroke-width="0.25"><title>{escape(p.get("label", ""))}{refs}'
                     f'</title></circle>')
    parts.append("</svg>")
    svg = "".join(parts)
    if legend:
        items = "".join(
            f'<span class="key"><i style="background:{ROLE_FILL[k]}"></i>{escape(v)}</span>'
            for k, v in legend.items() if k in ROLE_FILL)
        items += (f'<span class="key"><i class="dot"></i>{escape(legend.get("facility", ""))}</span>'
                  if "facility" in legend else "")
        items += (f'<span class="key"><i class="dot" style="background:#1d2733;opacity:.3"></i>'
                  f'{escape(legend["moves"])}</span>' if "moves" in legend and bubbles else "")
        svg += f'<div class="legend">{items}</div>'
    return svg


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten, times 4, that is >= value.

    >>> nice_ceiling(7980), nice_ceiling(3.2)
    (8000.0, 4.0)
    """
    import math
    step = value / 4
    mag = 10 ** math.floor(math.log10(step)) if step > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if m * mag >= step:
            return float(m * mag * 4)
    return float(value)


def stacked_bars(categories: list, series: list[dict], *, unit: str = "", title: str = "") -> str:
    """A stacked bar chart: one bar per category (year), one colour per series (region).

    >>> svg = stacked_bars([2022, 2023], [{"name": "EU", "values": [10.0, 5.0]},
    ...                                    {"name": "ASEAN", "values": [0.0, 5.0]}])
    >>> svg.count("<rect class=\\"bar\\"") , ">2023<" in svg
    (3, True)
    """
    width, height, left, bottom, top = 640, 260, 56, 28, 10
    n = max(len(categories), 1)
    totals = [sum(s["values"][i] for s in series) for i in range(len(categories))]
    peak = nice_ceiling(max(totals + [1.0]))
    step = (width - left - 10) / n
    bar = step * 0.7
    scale = (height - bottom - top) / peak
    out = [f'<svg class="bars" viewBox="0 0 {width} {height}" role="img" '
           f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">']
    for k in range(5):  # horizontal guides at 0, 25, 50, 75, 100% of the peak
        v = peak * k / 4
        y = height - bottom - v * scale
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
                   f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" class="tick">{v:,.0f}</text>')
    for i, cat in enumerate(categories):
        x = left + i * step + (step - bar) / 2
        y = height - bottom
        for j, s in enumerate(series):
            v = s["values"][i]
            if v <= 0:
                continue
            h = v * scale
            y -= h
            out.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                       f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(str(cat))} · '
                       f'{escape(s["name"])}: {v:,.1f} {escape(unit)}</title></rect>')
        out.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" '
                   f'class="tick">{escape(str(cat))}</text>')
    out.append("</svg>")
    legend = "".join(f'<span class="key"><i style="background:{PALETTE[j % len(PALETTE)]}"></i>'
                     f'{escape(s["name"])}</span>' for j, s in enumerate(series))
    return "".join(out) + f'<div class="legend">{legend}</div>'
