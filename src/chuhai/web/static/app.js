// Draws the charts of a page from the JSON block the server rendered (#chart-data).
// Data never goes through innerHTML; plotly gets plain arrays. The world geometry is
// served by this server (topojsonURL), so the map draws offline.
(function () {
  "use strict";
  var node = document.getElementById("chart-data");
  if (!node || typeof Plotly === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  var config = { topojsonURL: "/static/topojson/", displaylogo: false, responsive: true };
  var geo = { showframe: false, showcoastlines: true, coastlinecolor: "#9aa7b4",
              showcountries: true, countrycolor: "#c9d2db", showland: true, landcolor: "#eef1f4",
              projection: { type: "natural earth" } };
  var margin = { l: 0, r: 0, t: 10, b: 0 };
  // plotly reads a few HTML tags in labels; names from the store are shown as text only
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  var scale = [[0, "#fde0dd"], [0.5, "#e7625f"], [1, "#8b1a1e"]];

  function draw(id, traces, layout) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    Plotly.newPlot(el, traces, layout, config).then(function () { el.setAttribute("data-ready", "1"); });
    return el;
  }

  if (data.kind === "overview") {
    var map = draw("map", [{ type: "choropleth", locationmode: "ISO-3", locations: data.locations,
      z: data.z, text: data.text.map(esc), colorscale: scale, marker: { line: { color: "#fff", width: 0.5 } },
      colorbar: { title: { text: data.label }, thickness: 12 },
      hovertemplate: "%{text}<br>%{z:,.1f}<extra></extra>" }], { geo: geo, margin: margin });
    if (map) {
      // a click on a country opens its page with the same filters
      map.on("plotly_click", function (ev) {
        var iso = ev.points && ev.points[0] && ev.points[0].location;
        if (iso && /^[A-Z]{3}$/.test(iso)) {
          window.location.href = "/country/" + iso + (data.link ? "?" + data.link : "");
        }
      });
    }
    draw("lines", data.series.map(function (s) {
      return { type: "scatter", mode: "lines+markers", name: esc(s.name), x: s.x, y: s.y };
    }), { margin: { l: 60, r: 10, t: 10, b: 40 }, xaxis: { dtick: 1 }, legend: { orientation: "h" } });
  } else if (data.kind === "footprint") {
    var traces = [{ type: "choropleth", locationmode: "ISO-3", locations: data.locations, z: data.z,
      text: data.text.map(esc), colorscale: scale, showscale: false,
      hovertemplate: "%{text}: %{z}<extra></extra>" }];
    if (data.facilities.length) {
      traces.push({ type: "scattergeo", mode: "markers", lat: data.facilities.map(function (f) { return f.lat; }),
        lon: data.facilities.map(function (f) { return f.lon; }),
        text: data.facilities.map(function (f) { return esc(f.name + (f.city ? " (" + f.city + ")" : "")); }),
        marker: { size: 9, color: "#1d2733", line: { color: "#fff", width: 1 } }, hoverinfo: "text" });
    }
    draw("map", traces, { geo: geo, margin: margin, showlegend: false });
  }
})();
