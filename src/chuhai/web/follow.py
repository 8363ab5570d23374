"""The supplier-follow page: pick or upload a profile, see its customers abroad.

Profiles are validated by :func:`chuhai.follow.profile.parse_profile`. Shipped profiles
are picked by name from the package's own list, never by a path from the request. The
exposure and the plan come from the follow planner when this build has it.
"""

from __future__ import annotations

import importlib
from importlib import resources

import yaml

from chuhai import api
from chuhai.errors import InputError, NotFoundError
from chuhai.follow.profile import Profile, load_profile, parse_profile
from chuhai.sources.load import store_registry
from chuhai.store import Store
from chuhai.web import views
from chuhai.sources.files import load_yaml


def shipped_profiles() -> list[str]:
    """Names of the profiles in ``chuhai/data/profiles`` (without ``.yaml``)."""
    folder = resources.files("chuhai.data") / "profiles"
    return sorted(e.name[:-5] for e in folder.iterdir() if e.name.endswith(".yaml"))


def shipped_profile(name: str) -> Profile:
    """A shipped profile by name; ``example`` is the example supplier."""
    if name == "example":
        return load_profile("example")
    if name not in shipped_profiles():  # the name is matched, never joined into a path
        raise NotFoundError(f"no shipped profile {name!r}; choose from "
                            f"{', '.join(shipped_profiles())}")
    return load_profile(str(resources.files("chuhai.data") / "profiles" / f"{name}.yaml"))


def parse_upload(raw: bytes, filename: str | None) -> Profile:
    """Validate an uploaded profile YAML; errors name the field (``customers[2].name``)."""
    label = (filename or "upload").rsplit("/", 1)[-1][:100]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=label) from None
    try:
        data = load_yaml(text)  # safe_load inside: no Python objects from an upload
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=label) from None
    return parse_profile(data, path=label)


def follow(store: Store, profile: Profile, lang: str = "en", *, full: bool = False) -> dict:
    """The profile, its customers' moves abroad, and exposure, risk and plan when available.

    ``full`` keeps every column of the follow report (the API); pages show the main ones.
    """
    reg = store_registry(store)
    ids = [c.company_id for c in profile.customers]
    flt = views.Filters(company=ids)
    moves = views._moves_display(api.moves(store, **flt.kwargs()), lang) if ids else None
    hosts = api.flows(store, by=["company", "country"], **flt.kwargs()) if ids else None
    if hosts is not None:
        hosts.insert(2, "name", [views.country_name(c, lang) for c in hosts["country"]])
    customers = []
    for c in profile.customers:
        try:
            r = reg.get(c.company_id)
            name = r["name_zh"] if lang == "zh" and r["name_zh"] else r["name_en"]
        except NotFoundError:
            name = c.name
        customers.append({"name": c.name, "company_id": c.company_id, "display": name,
                          "share_of_sales": c.share_of_sales, "products": c.products})
    out = {
        "profile": {"name": profile.name_zh if lang == "zh" and profile.name_zh else profile.name,
                    "sector": profile.sector, "home_country": profile.home_country,
                    "annual_sales_usd_m": profile.annual_sales_usd_m,
                    "products": [vars(p) for p in profile.products],
                    "plants": [vars(p) for p in profile.plants],
                    "candidate_sites": [vars(s) for s in profile.candidate_sites]},
        "customers": customers, "moves": moves, "hosts": hosts,
        "plan": None, "exposure": None, "risk": None, "landed": None, "plan_flows": None,
        "plan_summary": None,
    }
    planner = _planner()
    if planner is not None:
        out.update(planner(store, profile, full))
    return out


#: Columns of the follow report shown on the page (the API returns every column).
_SHOWN = {
    "abroad": ["year", "share_abroad", "countries"],
    "landed": ["dest", "product", "china_total", "china_duty_pct", "best_alternative",
               "local_total", "neighbour", "neighbour_total", "penalty_pct"],
    "sites": ["site", "country", "city", "existing", "open", "units", "break_even_extra_duty_pp"],
    "flows": ["site", "origin", "dest", "product", "units", "unit_cost", "duty_pct"],
}


def _shown(frame, name: str, *, full: bool):
    if frame is None or full:
        return frame
    cols = [c for c in _SHOWN[name] if c in frame.columns]
    out = frame[cols].copy() if cols else frame.copy()
    for c in out.columns:  # lists (countries, measure ids) read better joined
        if out[c].map(lambda v: isinstance(v, (list, tuple))).any():
            out[c] = out[c].map(lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def _planner():
    """``(store, profile, full) -> {"exposure", "plan", "risk", ...}`` when the planner exists."""
    try:
        from chuhai.follow import follow_report
    except ImportError:
        return None

    def run(store, profile, full: bool = False):
        rep = follow_report(store, profile)
        plan = rep["plan"]
        return {"risk": rep["risk"], "exposure": _shown(rep["abroad"], "abroad", full=full),
                "landed": _shown(rep["landed"], "landed", full=full),
                "plan": _shown(plan["sites"], "sites", full=full),
                "plan_flows": _shown(plan["flows"], "flows", full=full),
                "plan_summary": {k: v for k, v in plan["summary"].items() if k != "solver"}}
    return run


def plan_available() -> bool:
    return _planner() is not None


def rank_available() -> bool:
    return views._rank_function() is not None


def brief_available() -> bool:
    return views.feature("chuhai.report.brief") and views.feature("chuhai.report.html")


def build_brief(store: Store, *, company: str | None, sector: str | None,
                profile: str | None, lang: str, dataset: str = "auto") -> dict:
    """The brief of ``chuhai brief`` for one subject; profiles only by shipped name."""
    if not brief_available():
        raise NotFoundError("the brief builder is not available in this build")
    import datetime as dt

    from chuhai.report.brief import build_brief as _build, gather, make_subject
    if profile is not None:
        if profile not in shipped_profiles() and profile != "example":
            raise NotFoundError(f"no shipped profile {profile!r}; choose from "
                                f"{', '.join(shipped_profiles())}")
        # make_subject reads a path or "example": hand it the shipped file, never a
        # path from the request
        profile = "example" if profile in ("example", "example_supplier") else str(
            resources.files("chuhai.data") / "profiles" / f"{profile}.yaml")
    subject = make_subject(store, company=company, sector=sector, profile=profile)
    data = gather(store, subject, on=dt.date.today(), dataset=dataset)
    return _build(data, lang)


def brief_html(brief: dict) -> str:
    from chuhai.report.html import render_html
    return render_html(brief)


def _pdf_renderer():
    for module, name in (("chuhai.report.pdf", "render_pdf"), ("chuhai.report.html", "render_pdf")):
        try:
            fn = getattr(importlib.import_module(module), name, None)
        except ImportError:
            fn = None
        if fn is not None:
            return fn
    return None


def brief_pdf_available() -> bool:
    return brief_available() and _pdf_renderer() is not None


def brief_pdf(brief: dict) -> bytes:
    """The brief as PDF bytes, when the report module can write PDF (WeasyPrint)."""
    fn = _pdf_renderer()
    if fn is None:
        raise NotFoundError("PDF export is not available in this build (the brief module "
                            "has no PDF renderer or WeasyPrint is not installed); use HTML")
    return fn(brief)
