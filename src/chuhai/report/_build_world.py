"""Build ``static/world_110m.json`` (country outlines for the brief's offline map).

Input: ``countries-110m.json`` of the npm package ``world-atlas`` (Natural Earth 1:110m,
public domain; TopoJSON by Mike Bostock, ISC licence), e.g. from ``npm pack world-atlas``.
Output: per ISO3 code, an SVG path in an equirectangular projection (x = lon + 180,
y = 90 - lat, so the viewBox is 0 0 360 180) and a label point [lon, lat]. The output is
checked in; run this again only to change the geometry::

    python -m chuhai.report._build_world package/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from chuhai.reference.countries import countries


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # quantised and delta-encoded
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(indices: list[int], arcs: list) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    # rings crossing the antimeridian (Russia, Fiji) would streak across the map: keep
    # them whole by moving their western points east of 180 (clipped by the viewBox)
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(pts, pts[1:])):
        pts = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in pts]
    return pts


def _area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if a == 0:
        return 0.0, ring[0]
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def build(topo: dict) -> dict:
    arcs = _decode_arcs(topo)
    by_num = {str(int(r.isonum)): r.iso3 for r in countries().itertuples() if r.isonum}
    out = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        iso3 = by_num.get(str(int(geom["id"]))) if str(geom.get("id", "")).isdigit() else None
        if iso3 is None or iso3 == "ATA":
            continue
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        parts, best = [], (0.0, (0.0, 0.0))
        for poly in polys:
            for k, ring_idx in enumerate(poly):
                ring = _ring(ring_idx, arcs)
                if k == 0:
                    best = max(best, _area_centroid(ring), key=lambda t: t[0])
                parts.append("M" + "L".join(f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in ring) + "Z")
        lon, lat = best[1]
        lon = lon - 360 if lon > 180 else lon
        out[iso3] = {"d": "".join(parts), "c": [round(lon, 2), round(lat, 2)]}
    return {"viewbox": [0, 0, 360, 180],
            "attribution": "Natural Earth 1:110m (public domain), via world-atlas (ISC)",
            "countries": dict(sorted(out.items()))}


if __name__ == "__main__":
    topo = json.loads(Path(sys.argv[1]).read_text())
    target = Path(__file__).parent / "static" / "world_110m.json"
    target.write_text(json.dumps(build(topo), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
