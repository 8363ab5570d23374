"""Exposure, plan and scenarios on a small store; the CLI end to end."""

from __future__ import annotations

import json

from chuhai.follow import follow_report, load_profile, read_inputs
from chuhai.follow.scenario import apply_scenario


def test_exposure_traces_facilities_and_grows_abroad(follow_store):
    prof = load_profile("example")
    rep = follow_report(follow_store, prof, break_even_duty=False)
    fac = rep["facilities"]
    assert set(fac.facility_id) >= {"t-byd-hun", "t-catl-hun", "t-chery-esp"}
    ab = rep["abroad"].set_index("year")
    # BYD Türkiye (2027) and the undated GWM Brazil plant (announced: horizon start + 3)
    assert ab.share_abroad[2027] > ab.share_abroad[2025]
    assert "t-gwm-bra" in ab.facility_ids[2028] and "t-gwm-bra" not in ab.facility_ids[2027]
    assert "t-gwm-x" not in sum(ab.facility_ids.tolist(), [])      # cancelled
    assert (ab.share_abroad + ab.share_home).round(6).eq(0.80).all()
    landed = rep["landed"].set_index(["dest", "product"])
    assert "t-eu-as-housing" in landed.loc[("HUN", "housing"), "china_measure_ids"]
    assert rep["risk"]["score"] > 0 and rep["risk"]["reasons"][0]["ids"]


def test_plan_follows_the_duty_and_scenario_changes_it(follow_store):
    prof = load_profile("example")
    hun = prof.candidate_sites[0]
    assert hun.country == "HUN"
    hun.fixed_cost_usd_m, hun.capacity_units = 1.0, 100_000   # a small, cheap site
    inputs = read_inputs(follow_store, prof)
    base = follow_report(follow_store, prof, 2026, inputs=inputs, break_even_duty=False)
    s = base["plan"]["summary"]
    assert s["status"] == "optimal" and s["objective_usd"] <= s["china_only_usd"]
    # a 60 % anti-subsidy duty on housings into the EU makes an EU site pay
    # (Morocco wins here: no measure on Moroccan origin, a lower cost band)
    assert s["sites_opened"]
    flows = base["plan"]["flows"]
    assert (flows[(flows.dest == "HUN") & (flows["product"] == "housing")].origin != "CHN").any()
    free = apply_scenario(inputs, prof, {"measures": [{"measure_id": "t-eu-as-housing",
                                                       "rate_pct": 0.0}]})
    after = follow_report(follow_store, prof, 2026, inputs=free, break_even_duty=False)
    assert after["plan"]["summary"]["objective_usd"] < s["objective_usd"]
    assert after["plan"]["summary"]["sites_opened"] == []
    delayed = apply_scenario(inputs, prof, {"facilities": [{"facility_id": "t-byd-hun",
                                                            "start_year": 2029}]})
    late = follow_report(follow_store, prof, 2026, inputs=delayed, break_even_duty=False)
    assert (late["abroad"].set_index("year").share_abroad[2026]
            < base["abroad"].set_index("year").share_abroad[2026])


def test_break_even_duty_brackets_the_decision(follow_store):
    from chuhai.follow.api import build_plan, break_even, with_extra_duty
    from chuhai.follow.plan import solve_plan
    prof = load_profile("example")
    prof.candidate_sites = prof.candidate_sites[:1]          # Hungary alone
    prof.candidate_sites[0].capacity_units = 100_000
    built = build_plan(prof, read_inputs(follow_store, prof), 2026)
    i = built.problem.site_ids.index("HUN:Szeged")
    be = break_even(built, i)
    assert be is not None
    # the site is worth opening just above the break-even and not just below it
    from chuhai.follow.api import _value
    above, below = with_extra_duty(built, be + 1), with_extra_duty(built, be - 1)
    assert _value(above, i, True) < _value(above, i, False)
    assert _value(below, i, True) >= _value(below, i, False) - 1e-6 * abs(_value(below, i, False))
    assert solve_plan(built.problem).status == "optimal"


def test_cli_json_and_scenario(cli, tmp_path, follow_store):
    db = tmp_path / "f.duckdb"
    import chuhai
    s = chuhai.open_store(db, starter=False)
    from follow_data import facilities_frame, measures_frame
    s.replace_source({"source_id": "t", "kind": "curated", "dataset": "user"},
                     {"facility": facilities_frame(), "measure": measures_frame()})
    s.close()
    sc = tmp_path / "sc.yaml"
    sc.write_text("name: delay\nfacilities:\n  - {facility_id: t-byd-hun, start_year: 2030}\n")
    code, out, err = cli("--db", db, "follow", "--example", "--format", "json",
                         "--no-break-even", "--scenario", sc)
    assert code == 0, err
    data = json.loads(out)
    assert data["scenario"]["scenario"] == "delay"
    assert data["plan"]["summary"]["status"] == "optimal"
    code, out, err = cli("--db", db, "follow", "--example", "--section", "plan")
    assert code == 0 and "break_even" in out
