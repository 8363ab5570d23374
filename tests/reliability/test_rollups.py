"""The move rollups give the same flows as the move table, and stay exact through writes."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from chuhai.api import flows as api_flows
from chuhai.flows.aggregate import FlowFilter, flows
from chuhai.store import Store

HOSTS = ["HUN", "DEU", "THA", "BRA", "USA", "MAR", "VNM", "MYS"]
SECTORS = ["ev", "battery", "solar", "oil_gas", "technology"]
TYPES = ["greenfield_plant", "acquisition", "joint_venture"]
STATUSES = ["unknown", "operating", "cancelled", "announced"]


def _moves(n, seed, prefix="m", dataset="user"):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "move_id": [f"{prefix}{i}" for i in range(n)],
        "dataset": dataset,
        "company_id": [None if rng.random() < .3 else ["byd", "catl", "longi"][rng.integers(3)]
                       for _ in range(n)],
        "company_name": [f"C{rng.integers(6)}" for _ in range(n)],
        "host_iso3": rng.choice(HOSTS, n), "sector": rng.choice(SECTORS, n),
        "move_type": rng.choice(TYPES, n), "status": rng.choice(STATUSES, n),
        "troubled": rng.random(n) < .05,
        "value_usd_m": [None if rng.random() < .15 else float(rng.integers(0, 900)) for _ in range(n)],
        "year": rng.integers(2010, 2016, n).astype(int)})


def _raw(store, *args, **kw):
    """flows forced onto the move table, by marking the rollups stale for one call."""
    store.con.execute("update rollup_state set stale = true")
    try:
        f = api_flows if "include_cancelled" in kw else flows
        return f(store, *args, **kw)
    finally:
        store.con.execute("update rollup_state set stale = false")


def _same(a: pd.DataFrame, b: pd.DataFrame):
    pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=1e-9, check_dtype=False)


DIMS = ["year", "region", "country", "sector", "root_sector", "company", "move_type",
        "status", "dataset"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(by=st.lists(st.sampled_from(DIMS), max_size=2, unique=True),
       hhi_over=st.sampled_from(["country", "company", "sector", "year"]),
       years=st.lists(st.integers(2009, 2016), max_size=2),
       sectors=st.lists(st.sampled_from(["alternative_energy", "ev", "technology"]), max_size=1),
       regions=st.lists(st.sampled_from(["EU", "ASEAN"]), max_size=1),
       companies=st.lists(st.sampled_from(["BYD", "CATL"]), max_size=1),
       include_cancelled=st.booleans(), top=st.sampled_from([None, 2]))
def test_rollup_and_move_table_agree(by, hhi_over, years, sectors, regions, companies,
                                     include_cancelled, top, rollup_store):
    flt = FlowFilter(years=years, sectors=sectors, regions=regions, companies=companies,
                     include_cancelled=include_cancelled)
    got = flows(rollup_store, by, flt, hhi_over=hhi_over, top=top)
    want = _raw(rollup_store, by, flt, hhi_over=hhi_over, top=top)
    _same(got, want)


@pytest.fixture(scope="module")
def rollup_store():
    s = Store(":memory:")
    s.replace_source({"source_id": "a", "kind": "user", "dataset": "user"}, {"move": _moves(300, 1)})
    s.replace_source({"source_id": "b", "kind": "user", "dataset": "user"},
                     {"move": _moves(200, 2, prefix="b")})
    assert s.rollups_fresh()
    yield s
    s.close()


def test_flows_reads_the_rollup_when_it_can(monkeypatch, rollup_store):
    seen = []
    real = rollup_store.query
    monkeypatch.setattr(rollup_store, "query", lambda sql, p=None: seen.append(sql) or real(sql, p))
    flows(rollup_store, ["year", "region"])
    assert "move_rollup_year_host" in seen[-1]
    flows(rollup_store, ["company"], top=5)
    assert "move_rollup_company_host" in seen[-1]
    flows(rollup_store, ["year"], hhi_over="company")
    assert "move_rollup_year_company" in seen[-1]
    flows(rollup_store, ["country"], FlowFilter(sectors=["ev"]))
    assert "move_rollup_host_sector" in seen[-1]
    flows(rollup_store, ["year", "status"])
    assert "move_rollup_geo " in seen[-1]
    flows(rollup_store, ["company", "sector"])
    assert "move_rollup_company " in seen[-1]
    # a filter the rollups do not keep (company with move type) goes to the move table
    flows(rollup_store, ["company"], FlowFilter(move_types=["acquisition"]))
    assert "move_rollup" not in seen[-1]


def test_replace_and_delete_keep_rollups_exact():
    s = Store(":memory:")
    src = {"source_id": "a", "kind": "user", "dataset": "user"}
    s.replace_source(src, {"move": _moves(100, 3)})
    s.replace_source({"source_id": "b", "kind": "user", "dataset": "user"},
                     {"move": _moves(50, 4, prefix="b")})
    s.replace_source(src, {"move": _moves(80, 5)})          # a re-import with other rows
    _same(flows(s, ["year", "company"]), _raw(s, ["year", "company"]))
    assert api_flows(s, [], include_cancelled=True)["count"].iloc[0] == 130
    s.delete_source("b")
    assert api_flows(s, [], include_cancelled=True)["count"].iloc[0] == 80
    from chuhai.store.rollups import ROLLUPS
    for t in ROLLUPS:
        assert s.scalar(f"select sum(n) from {t}") == 80, t


def test_a_direct_write_marks_rollups_stale_and_flows_rebuilds_them():
    s = Store(":memory:")
    s.replace_source({"source_id": "a", "kind": "user", "dataset": "user"}, {"move": _moves(100, 6)})
    before = api_flows(s, ["year"], include_cancelled=True).set_index("year")
    s.execute("update move set value_usd_m = value_usd_m * 2 where year = 2012")
    assert not s.rollups_fresh()
    after = api_flows(s, ["year"], include_cancelled=True).set_index("year")
    assert after.loc[2012, "value_usd_m"] == pytest.approx(2 * before.loc[2012, "value_usd_m"])
    assert s.rollups_fresh(), "flows on a writable store rebuilds stale rollups once"
    _same(after.reset_index(), _raw(s, ["year"], include_cancelled=True))
    with s.transaction():                       # inside a transaction: no rebuild, raw reads
        s.execute("delete from move where year = 2013")
        assert 2013 not in set(api_flows(s, ["year"], include_cancelled=True).year)
        assert not s.rollups_fresh()
    assert 2013 not in set(api_flows(s, ["year"], include_cancelled=True).year)


def test_a_reader_of_a_stale_store_reads_the_move_table(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.replace_source({"source_id": "a", "kind": "user", "dataset": "user"}, {"move": _moves(60, 8)})
        s.execute("update move set value_usd_m = 1.0")
        s.close = s.con.close                   # leave the rollups stale on disk
    with Store(path, read_only=True) as r:
        assert not r.rollups_fresh()
        got = api_flows(r, [], include_cancelled=True)
        assert got["value_usd_m"].iloc[0] == pytest.approx(got["with_value"].iloc[0])
    with Store(path) as w:                      # the next writer's close rebuilds them
        pass
    with Store(path, read_only=True) as r:
        assert r.rollups_fresh()


def test_migration_fills_rollups_of_an_existing_version_1_store(tmp_path):
    import duckdb
    from chuhai.store.connection import _migrations
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    con.execute(dict(_migrations())[1])
    con.execute("insert into schema_version values (1, current_timestamp)")
    con.execute("insert into source (source_id, kind, dataset) values ('a', 'user', 'user')")
    m = _moves(40, 7).assign(source_id="a")
    con.register("m", m)
    con.execute(f"insert into move ({', '.join(m.columns)}) select * from m")
    con.close()
    with Store(path) as s:
        assert s.version >= 2 and s.rollups_fresh()
        _same(flows(s, ["year", "country"]), _raw(s, ["year", "country"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(by=st.sampled_from([["company"], ["country"], ["sector"], ["region"], ["company", "sector"],
                           ["root_sector", "move_type"]]),
       hhi_over=st.sampled_from(["country", "company", "year", "move_type"]),
       top=st.integers(1, 8), include_cancelled=st.booleans())
def test_top_n_shortcut_equals_the_head_of_the_full_table(by, hhi_over, top, include_cancelled,
                                                          rollup_store):
    """Top N ranks on totals and computes HHI for the winners only: same rows as the full table."""
    flt = FlowFilter(include_cancelled=include_cancelled)
    full = flows(rollup_store, by, flt, hhi_over=hhi_over)
    _same(flows(rollup_store, by, flt, hhi_over=hhi_over, top=top), full.head(top))
