"""The chuhai web app: pages and a JSON API, thin over the library.

``create_app(db_path)`` builds a FastAPI application over one store. Every route parses
its parameters, calls one function of :mod:`chuhai.web.views` (which calls the public
library) and renders the result as HTML or JSON, so pages, API and CLI agree.

Security design (docs/web.md says more):

- read-only by default: each request opens the store read-only; the one write endpoint
  (``POST /api/import/{kind}``) exists only when a write token is given and then needs
  ``Authorization: Bearer <token>``;
- one exception handler turns chuhai errors into 4xx with ``{"ok": false, "error": ...}``
  and anything else into a 500 without a traceback;
- templates autoescape, chart data goes to the page as JSON in a
  ``<script type="application/json">`` block (``tojson`` escapes ``<``), and a
  Content-Security-Policy allows scripts from this server only;
- request bodies are size-limited, uploaded profiles are parsed with ``yaml.safe_load``
  and validated by :func:`chuhai.follow.profile.parse_profile`;
- no file path ever comes from a request: static files are served by Starlette's
  ``StaticFiles`` (which refuses ``..``), profiles are picked by name from a fixed list.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import math
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Literal
from urllib.parse import urlencode

import jinja2
import pandas as pd
from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from chuhai import api
from chuhai.cli.output import records
from chuhai.errors import ChuhaiError, InputError, NotFoundError, StoreError
from chuhai.store import Store
from chuhai.web import follow as follow_view
from chuhai.web import views
from chuhai.web.i18n import pick_lang, translator
from chuhai.vocab import LANGS

log = logging.getLogger("chuhai.web")

#: Largest request body accepted (uploaded profiles and template files).
MAX_UPLOAD_BYTES = 256 * 1024

_HERE = Path(str(resources.files("chuhai.web")))
# Scripts only from this server: a source text that slipped through escaping still could
# not run. Plotly needs inline styles; blob: and data: images for its export button.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _shipped_scenarios() -> dict[str, Path]:
    """Scenario files shipped in chuhai/data/scenarios, by file stem (a fixed list: no
    request can name a path)."""
    from importlib import resources
    folder = Path(str(resources.files("chuhai.data") / "scenarios"))
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


SCENARIOS = _shipped_scenarios()


class WriteRefused(ChuhaiError):
    """The write endpoint is disabled, or the token is missing or wrong."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooLarge(ChuhaiError):
    """A request body over :data:`MAX_UPLOAD_BYTES`."""


def _status_of(exc: ChuhaiError) -> int:
    if isinstance(exc, WriteRefused):
        return exc.status
    if isinstance(exc, TooLarge):
        return 413
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StoreError):
        return 503
    return 400


class _Stores:
    """Where requests get their store.

    Read-only apps open the file read-only per request, so a `chuhai import` can run
    between requests and several readers share the file. An app with a write token keeps
    one writable connection (DuckDB refuses mixing read-only and writable connections to
    one file in a process) and serialises requests on it.
    """

    def __init__(self, path: str, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self.lock = threading.Lock()
        self.shared: Store | None = None
        if writable or path == ":memory:":
            # an in-memory store exists only in its connection, so it is kept (tests, demos)
            self.shared = api.open_store(path)
        elif not Path(path).exists():
            # first use: create the store (with the starter data) like every CLI command
            api.open_store(path).close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Store]:
        if self.shared is not None:
            with self.lock:
                yield self.shared
            return
        store = Store(self.path, read_only=True)
        try:
            yield store
        finally:
            store.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        if not self.writable or self.shared is None:
            raise WriteRefused("this server is read-only", 403)
        with self.lock:
            yield self.shared

    def close(self) -> None:
        if self.shared is not None:
            self.shared.close()


def _fmt(value: Any, digits: int = 1) -> str:
    """Numbers for people: thousands separators, blanks for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int,)) or (hasattr(value, "is_integer") and float(value).is_integer()
                                      and digits == 0):
        return f"{int(value):,}"
    try:
        return f"{float(value):,.{digits}f}"
    except (TypeError, ValueError):
        return str(value)


def _year(value: Any) -> str:
    """A year as written (2024, not 2,024); blank when missing."""
    return "" if _blank(value) else str(int(value))


def _blank(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (
        isinstance(value, float) and math.isnan(value))


def create_app(db_path: str | Path, *, write_token: str | None = None) -> FastAPI:
    """The web app over the store at ``db_path``.

    Parameters
    ----------
    db_path
        The DuckDB store; created with the starter data if it does not exist yet.
    write_token
        Enables ``POST /api/import/{kind}`` for requests bearing this token. Without it
        the app never writes.

    Examples
    --------
    >>> from fastapi.testclient import TestClient
    >>> client = TestClient(create_app(":memory:"))
    >>> client.get("/api/sectors").json()["ok"]
    True
    """
    if write_token is not None and len(write_token) < 8:
        raise InputError("the write token must have at least 8 characters", field="--write-token")
    stores = _Stores(str(db_path), writable=write_token is not None)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(lifespan=lifespan, title="chuhai 出海", version=_version(),
                  description="Expansion intelligence for Chinese firms going global. "
                  "Every endpoint calls the same library functions as the `chuhai` CLI.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.stores = stores
    app.state.write_token = write_token

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["fmt"] = _fmt
    env.filters["yr"] = _year
    env.tests["blank"] = _blank
    templates = Jinja2Templates(env=env)

    # -- assets --------------------------------------------------------------------------
    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js():
        """plotly.js from the plotly Python package: no CDN, and it matches the installed version."""
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "max-age=86400"})

    # registered after the vendor route above, which it would otherwise shadow
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    # -- plumbing ----------------------------------------------------------------------
    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_UPLOAD_BYTES:
            return _error(request, 413, f"the request body is larger than "
                          f"{MAX_UPLOAD_BYTES // 1024} KiB")
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def _error(request: Request, status: int, message: str):
        if request.url.path.startswith("/api") or "html" not in request.headers.get("accept", ""):
            return JSONResponse({"ok": False, "error": message}, status_code=status)
        lang = pick_lang(request.query_params.get("lang") or request.cookies.get("lang"))
        return templates.TemplateResponse(
            request, "error.html", _context(request, lang, status=status, message=message),
            status_code=status)

    @app.exception_handler(ChuhaiError)
    async def chuhai_error(request: Request, exc: ChuhaiError):
        return _error(request, _status_of(exc), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return _error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # the traceback goes to the server log, never to the client
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, "internal error; the server log has the details")

    def lang_dep(request: Request, lang: str | None = Query(
            None, description="Page language: en or zh (remembered in a cookie).")) -> str:
        return pick_lang(lang or request.cookies.get("lang"))

    def filters_dep(
        request: Request,
        year: list[str] = Query([], description="Year or range (2015-2023); repeatable."),
        sector: list[str] = Query([], description="Sector id (includes sub-sectors); repeatable."),
        region: list[str] = Query([], description="Region, bloc (EU, ASEAN, ...) or 'Global South'."),
        country: list[str] = Query([], description="Host country, ISO3 or name; repeatable."),
        company: list[str] = Query([], description="Company name or id (with subsidiaries)."),
        type: list[str] = Query([], description="Move type; repeatable."),
        dataset: str = Query("auto", description="starter, cgit, news, user, a comma list, all, or auto."),
        include_cancelled: bool = Query(False, description="Count cancelled and troubled deals too."),
    ) -> views.Filters:
        return views.Filters.from_query(request.query_params)

    def _context(request: Request, lang: str, **data) -> dict:
        other = "zh" if lang == "en" else "en"
        pairs = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        toggle = request.url.path + "?" + urlencode(pairs + [("lang", other)])
        return {"request": request, "lang": lang, "t": translator(lang), "toggle_url": toggle,
                "qs": lambda p: urlencode(p), "features": _features(),
                "country_name": lambda iso: views.country_name(iso, lang), **data}

    def page(request: Request, name: str, lang: str, status: int = 200, **data):
        response = templates.TemplateResponse(request, name, _context(request, lang, **data),
                                              status_code=status)
        if request.query_params.get("lang") in LANGS:
            response.set_cookie("lang", lang, samesite="lax", httponly=True)
        return response

    # -- pages ---------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, flt: views.Filters = Depends(filters_dep),
                      lang: str = Depends(lang_dep),
                      measure: Literal["value", "count"] = "value"):
        with stores.read() as store:
            data = views.overview(store, flt, lang)
            choices = views.choices(store, lang)
        return page(request, "overview.html", lang, data=data, flt=flt, choices=choices,
                    measure=measure, chart=_overview_chart(data, flt, measure, lang))

    @app.get("/country/{iso3}", response_class=HTMLResponse, include_in_schema=False)
    def country_page(request: Request, iso3: str, flt: views.Filters = Depends(filters_dep),
                     lang: str = Depends(lang_dep)):
        with stores.read() as store:
            data = views.country(store, iso3, flt, lang)
        return page(request, "country.html", lang, data=data, flt=data["filters"])

    @app.get("/company/{company_id}", response_class=HTMLResponse, include_in_schema=False)
    def company_page(request: Request, company_id: str, flt: views.Filters = Depends(filters_dep),
                     lang: str = Depends(lang_dep)):
        with stores.read() as store:
            data = views.company(store, company_id, flt, lang)
        chart = {"kind": "footprint", "locations": data["footprint"]["country"].tolist(),
                 "z": [int(c) for c in data["footprint"]["count"]],
                 "text": data["footprint"]["name"].tolist(),
                 "facilities": [{"lat": r.lat, "lon": r.lon, "name": r.name or "", "city": r.city or ""}
                                for r in data["facilities"].itertuples()
                                if not _blank(r.lat) and not _blank(r.lon)],
                 "label": translator(lang)("count")}
        return page(request, "company.html", lang, data=data, flt=data["filters"], chart=chart)

    @app.get("/move/{move_id}", response_class=HTMLResponse, include_in_schema=False)
    def move_page(request: Request, move_id: str, lang: str = Depends(lang_dep)):
        with stores.read() as store:
            data = views.move(store, move_id, lang)
        return page(request, "move.html", lang, data=data)

    def _ranking(sector, company, weights, scenario, top):
        from chuhai.rank.weights import FACTORS
        user = {f: float(v) for f, v in (weights or {}).items() if f in FACTORS and v is not None}
        scen = None
        if scenario:
            if scenario not in SCENARIOS:
                raise NotFoundError(f"no shipped scenario {scenario!r}; choose from "
                                    f"{', '.join(SCENARIOS)}")
            from chuhai.rank.scenario import load_scenario
            scen = load_scenario(SCENARIOS[scenario])
        if not sector and not company:
            sector = "ev"
        with stores.read() as store:
            return views.ranking(store, sector=sector, company=company, weights=user or None,
                                 scenario=scen, top=top)

    @app.get("/ranking", response_class=HTMLResponse, include_in_schema=False)
    def ranking_page(request: Request, lang: str = Depends(lang_dep),
                     sector: str | None = Query(None), company: str | None = Query(None),
                     scenario: str | None = Query(None), top: int = Query(15, ge=1, le=60),
                     market: float | None = Query(None, ge=0, le=1),
                     cost: float | None = Query(None, ge=0, le=1),
                     access: float | None = Query(None, ge=0, le=1),
                     friction: float | None = Query(None, ge=0, le=1),
                     ecosystem: float | None = Query(None, ge=0, le=1),
                     risk: float | None = Query(None, ge=0, le=1)):
        if not follow_view.rank_available():
            return page(request, "ranking.html", lang, data=None)
        weights = dict(market=market, cost=cost, access=access, friction=friction,
                       ecosystem=ecosystem, risk=risk)
        data = _ranking(sector, company, weights, scenario, top)
        with stores.read() as store:
            choices = views.choices(store, lang)
        return page(request, "ranking.html", lang, data=data, choices=choices,
                    scenarios=sorted(SCENARIOS), form=dict(sector=sector or data["target"]["sector"],
                                                           company=company or "", scenario=scenario or "",
                                                           top=top))

    @app.get("/api/rank", tags=["rank"])
    def api_rank(sector: str | None = Query(None, description="Sector id, e.g. ev"),
                 company: str | None = Query(None, description="Company name or id"),
                 scenario: str | None = Query(None, description="A shipped scenario by name"),
                 top: int = Query(20, ge=1, le=250),
                 market: float | None = Query(None, ge=0, le=1),
                 cost: float | None = Query(None, ge=0, le=1),
                 access: float | None = Query(None, ge=0, le=1),
                 friction: float | None = Query(None, ge=0, le=1),
                 ecosystem: float | None = Query(None, ge=0, le=1),
                 risk: float | None = Query(None, ge=0, le=1)):
        """Host countries ranked with the factor breakdown (the same as `chuhai rank --no-model`)."""
        weights = dict(market=market, cost=cost, access=access, friction=friction,
                       ecosystem=ecosystem, risk=risk)
        return {"ok": True, **_ranking(sector, company, weights, scenario, top)}

    @app.get("/follow", response_class=HTMLResponse, include_in_schema=False)
    def follow_page(request: Request, lang: str = Depends(lang_dep),
                    profile: str | None = Query(None, description="A shipped profile by name")):
        data = None
        if profile:
            with stores.read() as store:
                data = follow_view.follow(store, follow_view.shipped_profile(profile), lang)
        return page(request, "follow.html", lang, data=data,
                    profiles=follow_view.shipped_profiles())

    @app.post("/follow", response_class=HTMLResponse, include_in_schema=False)
    async def follow_upload(request: Request, file: UploadFile = File(...),
                            lang: str = Depends(lang_dep)):
        prof = follow_view.parse_upload(await _read_upload(file), file.filename)
        with stores.read() as store:
            data = follow_view.follow(store, prof, lang)
        return page(request, "follow.html", lang, data=data,
                    profiles=follow_view.shipped_profiles())

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, lang: str = Depends(lang_dep)):
        from chuhai.reference.sectors import sectors
        sec = sectors()
        return page(request, "brief.html", lang, profiles=follow_view.shipped_profiles(),
                    sectors=[(s, sec.loc[s, "name_zh" if lang == "zh" else "name_en"])
                             for s in sec.index], pdf=follow_view.brief_pdf_available())

    @app.get("/brief/export", tags=["brief"])
    def brief_export(company: str | None = Query(None, description="Company name or id"),
                     sector: str | None = Query(None, description="Sector id"),
                     profile: str | None = Query(None, description="A shipped profile by name"),
                     lang: str = Query("en", pattern="^(en|zh)$"),
                     format: Literal["html", "pdf"] = "html",
                     dataset: str = Query("auto")):
        """The expansion brief (the same as `chuhai brief`) as a self-contained HTML page or PDF."""
        with stores.read() as store:
            brief = follow_view.build_brief(store, company=company or None, sector=sector or None,
                                            profile=profile or None, lang=lang, dataset=dataset)
        subject = company or sector or profile or "brief"
        stem = "brief-" + ("".join(c for c in subject if c.isalnum() or c in "-_")[:40] or "subject")
        if format == "pdf":
            data = follow_view.brief_pdf(brief)
            return Response(data, media_type="application/pdf", headers={
                "Content-Disposition": f'attachment; filename="{stem}.pdf"'})
        return HTMLResponse(follow_view.brief_html(brief), headers={
            "Content-Disposition": f'inline; filename="{stem}.html"'})

    # -- JSON API ------------------------------------------------------------------------
    @app.get("/api/flows", tags=["flows"])
    def api_flows(flt: views.Filters = Depends(filters_dep),
                  by: list[str] = Query(["year"], description="Group by; repeatable."),
                  top: int | None = Query(None, ge=1, description="Keep the N largest groups."),
                  hhi_over: str = Query("country")):
        """Totals, counts, shares, growth and HHI: the same as `chuhai flows`."""
        with stores.read() as store:
            frame = api.flows(store, by=by, hhi_over=hhi_over, top=top, **flt.kwargs())
        return {"ok": True, "rows": records(frame)}

    @app.get("/api/moves", tags=["moves"])
    def api_moves(flt: views.Filters = Depends(filters_dep),
                  limit: int = Query(50, ge=0, le=10000, description="At most this many rows (0: all).")):
        """The moves behind the numbers, newest first: the same as `chuhai moves`."""
        with stores.read() as store:
            frame = api.moves(store, **flt.kwargs())
        total = len(frame)
        if limit:
            frame = frame.head(limit)
        return {"ok": True, "total": total, "rows": records(frame)}

    @app.get("/api/moves/{move_id}", tags=["moves"])
    def api_move(move_id: str):
        """One move, its sources (with text) and its evidence spans."""
        with stores.read() as store:
            data = views.move(store, move_id)
        sources = [{k: v for k, v in s.items() if k != "segments"} for s in data["sources"]]
        return {"ok": True, "move": records(pd.DataFrame([data["move"]]))[0],
                "sources": records(pd.DataFrame(sources)) if sources else [],
                "evidence": records(data["evidence"])}

    @app.get("/api/countries", tags=["reference"])
    def api_countries():
        """Every country with its region, blocs and Global South flag."""
        return {"ok": True, "rows": records(api.countries())}

    @app.get("/api/countries/{iso3}", tags=["countries"])
    def api_country(iso3: str, flt: views.Filters = Depends(filters_dep),
                    lang: str = Depends(lang_dep)):
        """A host country: totals and moves there, measures on Chinese goods, indicators."""
        with stores.read() as store:
            data = views.country(store, iso3, flt, lang)
        return _jsonable(data)

    @app.get("/api/companies/{company_id}", tags=["companies"])
    def api_company(company_id: str, flt: views.Filters = Depends(filters_dep),
                    lang: str = Depends(lang_dep)):
        """A company: footprint by country, moves, evidence, facilities, suppliers, customers."""
        with stores.read() as store:
            data = views.company(store, company_id, flt, lang)
        return _jsonable(data)

    @app.get("/api/sectors", tags=["reference"])
    def api_sectors():
        """The sector taxonomy."""
        return {"ok": True, "rows": records(api.sectors())}

    @app.get("/api/measures", tags=["measures"])
    def api_measures(imposer: str = Query(..., description="ISO3 of the importing country")):
        """Measures a country (or its bloc) imposes on Chinese goods."""
        with stores.read() as store:
            frame = views.measures_on_china(store, views.require_country(imposer))
        return {"ok": True, "rows": records(frame)}

    @app.get("/api/follow/profiles", tags=["follow"])
    def api_profiles():
        """The supplier profiles shipped with chuhai (pick one by name)."""
        return {"ok": True, "profiles": follow_view.shipped_profiles()}

    @app.get("/api/follow", tags=["follow"])
    def api_follow(profile: str = Query(..., description="A shipped profile by name")):
        """Exposure, landed cost, risk and plan for a shipped profile (as `chuhai follow`)."""
        prof = follow_view.shipped_profile(profile)
        with stores.read() as store:
            data = follow_view.follow(store, prof, full=True)
        return _jsonable(data)

    @app.post("/api/follow/profile", tags=["follow"])
    async def api_follow_profile(file: UploadFile = File(..., description="A profile YAML")):
        """Validate an uploaded supplier profile and return it with its customers' moves."""
        prof = follow_view.parse_upload(await _read_upload(file), file.filename)
        with stores.read() as store:
            data = follow_view.follow(store, prof, full=True)
        return _jsonable(data)

    @app.post("/api/import/{kind}", tags=["write"])
    async def api_import(request: Request, kind: str, file: UploadFile = File(...)):
        """Import one file into the store (needs the server's write token).

        Refused with 403 unless the server was started with ``--write-token``, and with
        401 unless the request carries ``Authorization: Bearer <token>``.
        """
        _check_token(request, app.state.write_token)
        from chuhai.sources.load import IMPORTERS
        if kind not in IMPORTERS:
            raise InputError(f"unknown import kind {kind!r}; choose from {', '.join(IMPORTERS)}")
        raw = await _read_upload(file)
        # the client's file name is kept for provenance only; the bytes go to a temp file
        # whose path the client does not choose
        name = "".join(c for c in Path(file.filename or "upload").name
                       if c.isalnum() or c in "._-")[:100] or "upload"
        with tempfile.TemporaryDirectory(prefix="chuhai-upload-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(raw)
            with stores.write() as store:
                report = api.import_file(store, kind, path)
        summary = {k: v for k, v in vars(report).items() if not k.startswith("_")}
        return {"ok": not getattr(report, "aborted", False), "report": _jsonable_value(summary)}

    return app


def _check_token(request: Request, token: str | None) -> None:
    if token is None:
        raise WriteRefused("this server is read-only; start it with `chuhai serve "
                           "--write-token TOKEN` to enable imports", 403)
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    # constant-time comparison: the token must not leak through response timing
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token.encode()):
        raise WriteRefused("missing or wrong write token (send Authorization: Bearer TOKEN)", 401)


async def _read_upload(file: UploadFile) -> bytes:
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise TooLarge(f"the upload is larger than {MAX_UPLOAD_BYTES // 1024} KiB")
    return raw


def _jsonable_value(value: Any) -> Any:
    if isinstance(value, pd.DataFrame):
        return records(value)
    if isinstance(value, views.Filters):
        return {**value.__dict__, "cli": value.cli()}
    if isinstance(value, dict):
        return {k: _jsonable_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable_value(v) for v in value]
    return records(pd.DataFrame([{"v": value}]))[0]["v"] if not isinstance(value, (str, int, bool, type(None))) else value


def _jsonable(data: dict) -> dict:
    return {"ok": True, **_jsonable_value(data)}


def _features() -> dict[str, bool]:
    return {"rank": follow_view.rank_available(), "follow": follow_view.plan_available(),
            "brief": follow_view.brief_available()}


def _overview_chart(data: dict, flt: views.Filters, measure: str, lang: str) -> dict:
    hosts = data["hosts"]
    t = translator(lang)
    z = hosts["value_usd_m"] if measure == "value" else hosts["count"]
    by_region = data["by_region"]
    series = []
    for region, part in by_region.groupby("region", dropna=False, sort=True):
        series.append({"name": region if isinstance(region, str) else "?",
                       "x": [int(y) for y in part["year"] if not _blank(y)],
                       "y": [float(v) for y, v in zip(part["year"], part["value_usd_m"]) if not _blank(y)]})
    return {"kind": "overview",
            "locations": hosts["country"].tolist(), "z": [float(v) for v in z],
            "text": hosts["name"].tolist(),
            "label": t("measure_value") if measure == "value" else t("measure_count"),
            "link": urlencode(flt.query(drop=("region", "country"))),
            "series": series}


def _plotly_js() -> Path:
    import plotly
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.exists():
        raise StoreError("plotly.min.js is missing from the plotly package; reinstall plotly")
    return path


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("chuhai")
    except Exception:  # noqa: BLE001 - a missing dist-info must not stop the server
        return "0"


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine."""
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
