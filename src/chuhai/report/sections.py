"""The brief's ranking and follow sections, built from the rank and follow packages.

Registered with :func:`chuhai.report.brief.register_section`; the gatherers do the store
work (ranking, the follow plan), the builders turn their plain dicts into blocks.
"""

from __future__ import annotations

import pandas as pd

from chuhai.errors import ChuhaiError
from chuhai.report.brief import BriefContext, BriefData, Subject, register_section

FACTORS = ("market", "cost", "access", "friction", "ecosystem", "risk")


def _table(ctx: BriefContext, title: str, cols: list[tuple[str, str]], rows: list[dict],
           numeric: set[str] = frozenset()) -> dict:
    return {"type": "table", "title": title,
            "columns": [{"key": k, "label": ctx.t(lbl), "numeric": k in numeric} for k, lbl in cols],
            "rows": rows}


# -- ranking -------------------------------------------------------------------------------

def gather_ranking(store, subject: Subject, data: BriefData) -> None:
    from chuhai.rank import rank_section
    kw: dict = {}
    if subject.kind == "profile" and subject.profile is not None and subject.profile.path:
        kw["profile"] = subject.profile.path
    elif subject.kind == "company":
        kw["company"] = subject.anchor_ids[0] if subject.anchor_ids else subject.name
    else:
        kw["sector"] = subject.sector
    try:
        data.extras["ranking"] = rank_section(store, top=10, **kw)
    except ChuhaiError as exc:  # a brief still goes out; the section says why it is empty
        data.extras["ranking"] = {"error": str(exc)}


def build_ranking(ctx: BriefContext) -> dict | None:
    sec = ctx.data.extras.get("ranking")
    if not sec:
        return None
    blocks: list[dict] = [{"type": "text", "text": ctx.t("rank.intro")}]
    if "error" in sec:
        blocks.append({"type": "text", "text": sec["error"]})
        return {"id": "ranking", "title": ctx.t("section.ranking"), "blocks": blocks}
    rows = []
    for r in sec.get("rows", []):
        row = {"rank": r["rank"], "host": ctx.country(r["iso3"]), "score": round(r["score"], 1)}
        for f in FACTORS:
            v = r.get(f)
            row[f] = None if v is None or pd.isna(v) else round(float(v), 2)
        share = r.get("model_share")
        row["model"] = None if share is None or pd.isna(share) else f"{share:.1%}"
        rows.append(row)
    cols = [("rank", "col.rank"), ("host", "col.host"), ("score", "col.score")] + \
        [(f, f"factor.{f}") for f in FACTORS] + [("model", "col.model_share")]
    blocks.append(_table(ctx, ctx.t("rank.table"), cols, rows,
                         numeric={"rank", "score", *FACTORS}))
    w = sec.get("weights", {})
    blocks.append({"type": "text", "text": ctx.t(
        "rank.weights", weights=", ".join(f"{ctx.t('factor.' + k)} {v:.2f}" for k, v in w.items()))})
    sens = sec.get("sensitivity") or {}
    if sens:
        blocks.append({"type": "text", "text": ctx.t(
            "rank.sensitivity", min=sens.get("min_overlap", ""),
            mean=f"{sens.get('mean_overlap', 0):.1f}")})
    for note in sec.get("notes", []):
        blocks.append({"type": "text", "text": note})
    return {"id": "ranking", "title": ctx.t("section.ranking"), "blocks": blocks}


# -- follow ----------------------------------------------------------------------------------

def gather_follow(store, subject: Subject, data: BriefData) -> None:
    prof = subject.profile
    if subject.kind != "profile" or prof is None or not prof.customers:
        return
    from chuhai.follow.api import follow_section
    try:
        data.extras["follow"] = follow_section(store, prof)
    except ChuhaiError as exc:
        data.extras["follow"] = {"error": str(exc)}


def build_follow(ctx: BriefContext) -> dict | None:
    sec = ctx.data.extras.get("follow")
    if not sec:
        return None
    blocks: list[dict] = [{"type": "text", "text": ctx.t("follow.intro")}]
    if "error" in sec:
        blocks.append({"type": "text", "text": sec["error"]})
        return {"id": "follow", "title": ctx.t("section.follow"), "blocks": blocks}
    risk = sec.get("risk") or {}
    blocks.append({"type": "facts", "items": [
        {"value": f"{risk.get('score', 0):.0f}/100", "label": ctx.t("follow.risk")},
        *[{"value": f"{a['share_abroad']:.0%}", "label": ctx.t("follow.abroad_in", year=a["year"])}
          for a in sec.get("abroad", [])[-1:]]]})
    blocks.append(_table(ctx, ctx.t("follow.reasons"), [("text", "col.reason"), ("points", "col.points")],
                         [{"text": r["text"], "points": r["points"]} for r in risk.get("reasons", [])],
                         numeric={"points"}))
    fac_rows = []
    for f in sec.get("facilities", []):
        refs = ctx.cite(f.get("source_id"), f"facility:{f['facility_id']}")
        fac_rows.append({"customer": ctx.company(f.get("company_id"), f.get("customer")),
                         "host": ctx.country(f["host_iso3"]), "city": f.get("city"),
                         "status": ctx.t(f"status.{f['status']}"), "start": f.get("start_year"),
                         "refs": refs})
    blocks.append(_table(ctx, ctx.t("follow.facilities"),
                         [("customer", "col.customer"), ("host", "col.host"), ("city", "col.city"),
                          ("status", "col.status"), ("start", "col.start"), ("refs", "col.refs")],
                         fac_rows))
    abroad = [{"year": a["year"], "share": f"{a['share_abroad']:.0%}",
               "hosts": ", ".join(ctx.country(c) for c in a.get("countries", []))}
              for a in sec.get("abroad", [])]
    blocks.append(_table(ctx, ctx.t("follow.abroad"), [("year", "col.year"), ("share", "col.share"),
                                                       ("hosts", "col.host")], abroad))
    msrc = ctx.data.measures.set_index("measure_id").source_id.to_dict() \
        if not ctx.data.measures.empty else {}
    landed = []
    for r in sec.get("landed", []):
        refs = sorted({n for m in r.get("china_measure_ids") or []
                       for n in ctx.cite(msrc.get(m), f"measure:{m}")})
        landed.append({"host": ctx.country(r["dest"]), "product": r["product"],
                       "china": round(r["china_total"], 1), "duty": round(r["china_duty_pct"], 1),
                       "local": round(r["local_total"], 1) if r.get("local_total") is not None else None,
                       "alt": ctx.country(r["best_alternative"]) if r.get("best_alternative") else "",
                       "penalty": f"{r['penalty_pct']:+.1f}%", "refs": refs})
    blocks.append(_table(ctx, ctx.t("follow.landed"),
                         [("host", "col.host"), ("product", "col.product"),
                          ("china", "col.landed_china"), ("duty", "col.total"),
                          ("local", "col.landed_local"), ("alt", "col.best_alt"),
                          ("penalty", "col.penalty"), ("refs", "col.refs")], landed,
                         numeric={"china", "duty", "local"}))
    plan = sec.get("plan") or {}
    summary = plan.get("summary") or {}
    sites = [{"host": ctx.country(s["country"]), "city": s.get("city") or "",
              "units": round(float(s.get("units") or 0)),
              "breakeven": s.get("break_even_extra_duty_pp")}
             for s in plan.get("sites", []) if s.get("open") or s.get("break_even_extra_duty_pp") is not None]
    if sites:
        blocks.append(_table(ctx, ctx.t("follow.plan"),
                             [("host", "col.host"), ("city", "col.city"), ("units", "col.units"),
                              ("breakeven", "col.breakeven")], sites,
                             numeric={"units", "breakeven"}))
    if summary:
        blocks.append({"type": "text", "text": ctx.t("follow.plan_summary", **{
            k: (f"{v:,.1f}" if isinstance(v, float) else v) for k, v in summary.items()
            if isinstance(v, (int, float, str))})})
    return {"id": "follow", "title": ctx.t("section.follow"), "blocks": blocks}


register_section("ranking", build_ranking, gather=gather_ranking, before="evidence")
register_section("follow", build_follow, gather=gather_follow, before="evidence")
