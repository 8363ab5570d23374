"""Property tests for the parsers: round trips, and no failure except documented problems."""

from __future__ import annotations

import csv
import io
import math
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chuhai.reference.countries import countries
from chuhai.sources.cepii import parse_cepii, parse_missing
from chuhai.sources.cgit import parse_amount, parse_share
from chuhai.sources.report import FileProblem, ImportReport
from chuhai.sources.wdi import parse_wdi

# No example database in the checkout; few examples so the suite stays fast.
FAST = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

ISO3 = sorted(countries().index)
AGGREGATES = ["WLD", "HIC", "EAS", "LMY", "EUU", "SSF"]
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
DOCUMENTED = {"empty-file", "unreadable-file", "truncated-file", "encoding", "missing-column",
              "bad-number", "negative-number", "unknown-country", "bad-year", "bad-value",
              "duplicate-key", "aggregate-dropped", "missing-value", "unknown-sector"}


def _tmp(name: str, data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="chuhai-prop-"))
    path = folder / name
    path.write_bytes(data)
    return path


# -- CGIT amounts and shares -------------------------------------------------------------------

@FAST
@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_amount_written_like_aei_parses_back(x):
    text = f"${x:,.2f} "
    assert parse_amount(text) == float(f"{x:.2f}")


@FAST
@given(finite)
def test_amount_plain_repr_round_trips(x):
    assert parse_amount(repr(x)) == x


@FAST
@given(st.text(max_size=20))
def test_amount_and_share_never_raise(text):
    for parse in (parse_amount, parse_share):
        got = parse(text)
        assert got is None or (isinstance(got, float) and math.isfinite(got) or
                                parse is parse_share)


@FAST
@given(st.floats(min_value=1.5, max_value=100, allow_nan=False))
def test_share_in_percent(p):
    assert parse_share(f"{p}%") == p
    assert parse_share(repr(p)) == p


@FAST
@given(st.floats(min_value=0.001, max_value=1, allow_nan=False))
def test_share_fraction_is_scaled_to_percent(f):
    assert math.isclose(parse_share(repr(f)), f * 100)


# -- WDI round trips ------------------------------------------------------------------------------

@st.composite
def indicator_frames(draw):
    keys = draw(st.lists(st.tuples(st.sampled_from(ISO3), st.integers(1960, 2030)),
                         min_size=1, max_size=25, unique=True))
    values = draw(st.lists(finite, min_size=len(keys), max_size=len(keys)))
    frame = pd.DataFrame(keys, columns=["iso3", "year"])
    frame["value"] = values
    return frame


def _expected(frame, code):
    out = frame.assign(code=code)[["iso3", "year", "code", "value"]]
    return sorted(map(tuple, out.values.tolist()))


@FAST
@given(indicator_frames(), st.lists(st.sampled_from(AGGREGATES), max_size=3, unique=True))
def test_wdi_long_round_trip(frame, aggregates):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Country Name", "Country Code", "Year", "Value"])
    for r in frame.itertuples():
        w.writerow([f"name of {r.iso3}", r.iso3, r.year, repr(r.value)])
    for agg in aggregates:
        w.writerow(["Some aggregate, total", agg, 2000, "1.5"])
    rows, report = parse_wdi(_tmp("ny.gdp.mktp.cd.csv", buf.getvalue().encode()))
    assert sorted(map(tuple, rows.values.tolist())) == _expected(frame, "ny.gdp.mktp.cd")
    assert [p.code for p in report.problems] == (["aggregate-dropped"] if aggregates else [])


@FAST
@given(indicator_frames(), st.booleans())
def test_wdi_wide_round_trip(frame, with_metadata):
    wide = frame.pivot(index="iso3", columns="year", values="value")
    buf = io.StringIO()
    if with_metadata:
        buf.write('"Data Source","World Development Indicators",\n\n'
                  '"Last Updated Date","2024-01-01",\n\n')
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
               + [str(y) for y in wide.columns])
    for iso3, values in wide.iterrows():
        w.writerow([f"name of {iso3}", iso3, "GDP", "NY.GDP.MKTP.CD"]
                   + ["" if pd.isna(v) else repr(v) for v in values])
    data = ("\ufeff" + buf.getvalue()).encode()
    rows, report = parse_wdi(_tmp("API_NY.GDP.MKTP.CD_DS2.csv", data))
    assert sorted(map(tuple, rows.values.tolist())) == _expected(frame, "ny.gdp.mktp.cd")
    assert not report.problems


@FAST
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
                min_size=1, max_size=6))
def test_wdi_arbitrary_cells_only_documented_problems(cells):
    buf = io.StringIO()
    # quote every cell: csv leaves a lone "\r" unquoted, which is a line break to readers
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(["Country Name", "Country Code", "Year", "Value"])
    for i, c in enumerate(cells):
        w.writerow(["x", ISO3[i], 2000 + i, c])
    report = ImportReport("wdi", "x")
    try:
        rows, _ = parse_wdi(_tmp("sp.pop.totl.csv", buf.getvalue().encode()), report)
    except FileProblem as exc:
        assert exc.code in DOCUMENTED
        return
    assert {p.code for p in report.problems} <= DOCUMENTED
    assert rows["value"].map(math.isfinite).all()
    # every cell is either written, reported, or a missing marker
    reported = {p.row for p in report.problems}
    for i, c in enumerate(cells):
        written = (rows.iso3 == ISO3[i]).any()
        assert written or (i + 2) in reported or c.strip() in ("", "..", "nan", "NaN")


# -- CEPII missing values ---------------------------------------------------------------------

dist_cell = st.one_of(st.just("."), st.floats(min_value=0, max_value=25000,
                                              allow_nan=False).map(repr))


@FAST
@given(st.lists(st.tuples(dist_cell, dist_cell, dist_cell), min_size=1, max_size=20))
def test_cepii_dots_are_missing_and_numbers_round_trip(cells):
    lines = ["iso_o;iso_d;contig;comlang_off;colony;dist;distcap;distw"]
    for i, (a, b, c) in enumerate(cells):
        lines.append(f"{ISO3[i]};{ISO3[-1 - i]};0;1;0;{a};{b};{c}")
    rows, report = parse_cepii(_tmp("dist_cepii.csv", "\n".join(lines).encode()))
    assert not report.problems and len(rows) == len(cells)
    for r, (a, b, c) in zip(rows.itertuples(), cells):
        for got, text in ((r.dist_km, a), (r.distcap_km, b), (r.distw_km, c)):
            assert (pd.isna(got) if text == "." else got == float(text))


@FAST
@given(st.lists(st.text(max_size=6), min_size=1, max_size=10))
def test_cepii_parse_missing_never_raises(texts):
    values, bad = parse_missing(pd.Series(texts, dtype=object))
    for v, b, t in zip(values, bad, texts):
        if t.strip() in (".", ""):
            assert pd.isna(v) and not b
        elif b:
            assert pd.isna(v)
        else:
            assert math.isfinite(v)
