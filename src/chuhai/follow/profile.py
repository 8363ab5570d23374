"""The supplier profile: what a supplier makes, where, and for whom.

A profile is a YAML file (documented in docs/profile.md, example in
``chuhai/data/profiles/example_supplier.yaml``). :func:`load_profile` validates it and
names the exact field of any problem, e.g. ``customers[2].name``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from chuhai.errors import InputError
from chuhai.reference.companies import Registry
from chuhai.reference.countries import require_iso3
from chuhai.reference.sectors import is_sector
from chuhai.sources.files import load_yaml

EXAMPLE = "example_supplier.yaml"
# HS chapters 01-97 exist except 77 (reserved for future use).
_HS_RE = re.compile(r"^\d{4}(\d{2}(\d{2,4})?)?$")


@dataclass
class Product:
    id: str
    name: str
    hs_code: str
    unit_cost_usd: float          # ex-works unit cost in China
    unit_weight_kg: float         # for freight by distance
    sector: str | None = None


@dataclass
class Plant:
    id: str
    country: str                  # ISO3
    city: str | None
    capacity_units: float         # units per year, all products
    unit_cost_factor: float = 1.0  # unit cost relative to the China cost


@dataclass
class Customer:
    name: str
    company_id: str
    share_of_sales: float         # 0..1 of the supplier's sales
    products: list[str]
    home_capacity: float | None = None  # the customer's capacity at home, in the unit of
    #                                     its facilities' capacity; None = assumption


@dataclass
class Site:
    """A candidate site for a new plant."""

    country: str
    city: str | None = None
    fixed_cost_usd_m: float | None = None      # annualised; None = country default
    unit_cost_factor: float | None = None      # vs China unit cost; None = country default
    capacity_units: float | None = None


@dataclass
class Profile:
    name: str
    sector: str
    home_country: str
    annual_sales_usd_m: float
    products: list[Product]
    plants: list[Plant]
    customers: list[Customer]
    candidate_sites: list[Site] = field(default_factory=list)
    max_new_sites: int | None = None
    horizon: tuple[int, int] = (2025, 2030)
    name_zh: str | None = None
    path: str | None = None
    site_capacity_units: float | None = None  # default capacity of a candidate site

    @property
    def default_site_capacity(self) -> float:
        """A candidate's capacity when none is given: a quarter of the current plants'."""
        if self.site_capacity_units:
            return self.site_capacity_units
        return 0.25 * sum(p.capacity_units for p in self.plants)

    def product(self, pid: str) -> Product:
        for p in self.products:
            if p.id == pid:
                return p
        raise KeyError(pid)


def example_path() -> Path:
    return Path(str(resources.files("chuhai.data") / "profiles" / EXAMPLE))


def _num(value: Any, where: str, *, positive: bool = False, minimum: float | None = 0.0,
         maximum: float | None = None, required: bool = True) -> float | None:
    if value is None or value == "":
        if required:
            raise InputError("is required", field=where)
        return None
    try:
        num = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{value!r} is not a number", field=where) from None
    if positive and num <= 0:
        raise InputError(f"must be greater than 0 (got {num:g})", field=where)
    if minimum is not None and num < minimum:
        raise InputError(f"must not be negative (got {num:g})", field=where)
    if maximum is not None and num > maximum:
        raise InputError(f"must be at most {maximum:g} (got {num:g})", field=where)
    return num


def _country(value: Any, where: str) -> str:
    return require_iso3(value, field=where)


def check_hs(code: Any, where: str) -> str:
    text = str(code or "").replace(".", "").strip()
    if not _HS_RE.match(text) or not (1 <= int(text[:2]) <= 97) or text[:2] == "77":
        raise InputError(f"unknown HS code {code!r}; give 4, 6, 8 or 10 digits of a real HS "
                         "heading (e.g. 8708 or 870899)", field=where)
    return text


def parse_profile(data: Any, *, registry: Registry | None = None,
                  path: str | None = None) -> Profile:
    """Validate a profile mapping; raise :class:`InputError` naming the bad field."""
    registry = registry or Registry.default()
    file = path

    def fail(exc: InputError) -> InputError:
        return InputError(str(exc).split(": ", 1)[-1], file=file, field=exc.field)

    try:
        if not isinstance(data, dict):
            raise InputError("a profile is a mapping with supplier, products, plants, customers",
                             field="(top)")
        sup = data.get("supplier") or {}
        if not isinstance(sup, dict) or not sup.get("name"):
            raise InputError("is required", field="supplier.name")
        sector = sup.get("sector", "auto_parts")
        if not is_sector(sector):
            raise InputError(f"unknown sector {sector!r}; run `chuhai sectors`", field="supplier.sector")
        home = _country(sup.get("home_country", "CHN"), "supplier.home_country")
        sales = _num(sup.get("annual_sales_usd_m"), "supplier.annual_sales_usd_m", positive=True)
        products = []
        for i, p in enumerate(data.get("products") or []):
            w = f"products[{i}]"
            if not isinstance(p, dict) or not p.get("id"):
                raise InputError("each product needs an id", field=f"{w}.id")
            products.append(Product(
                id=str(p["id"]), name=str(p.get("name") or p["id"]),
                hs_code=check_hs(p.get("hs_code"), f"{w}.hs_code"),
                unit_cost_usd=_num(p.get("unit_cost_usd"), f"{w}.unit_cost_usd", positive=True),
                unit_weight_kg=_num(p.get("unit_weight_kg"), f"{w}.unit_weight_kg", positive=True),
                sector=p.get("sector") or sector))
            if products[-1].sector and not is_sector(products[-1].sector):
                raise InputError(f"unknown sector {products[-1].sector!r}", field=f"{w}.sector")
        if not products:
            raise InputError("at least one product is required", field="products")
        ids = {p.id for p in products}
        plants = []
        for i, p in enumerate(data.get("plants") or []):
            w = f"plants[{i}]"
            if not isinstance(p, dict):
                raise InputError("must be a mapping", field=w)
            plants.append(Plant(
                id=str(p.get("id") or f"plant{i + 1}"), country=_country(p.get("country"), f"{w}.country"),
                city=p.get("city"),
                capacity_units=_num(p.get("capacity_units"), f"{w}.capacity_units", positive=True),
                unit_cost_factor=_num(p.get("unit_cost_factor", 1.0), f"{w}.unit_cost_factor", positive=True)))
        if not plants:
            raise InputError("at least one current plant (with capacity_units) is required", field="plants")
        customers = []
        for i, c in enumerate(data.get("customers") or []):
            w = f"customers[{i}]"
            if not isinstance(c, dict) or not c.get("name"):
                raise InputError("is required", field=f"{w}.name")
            match = registry.resolve(str(c["name"]))
            if match.company_id is None:
                raise InputError(f"unknown customer {c['name']!r}: it matches no company in the "
                                 "registry (`chuhai companies` lists them; import a companies "
                                 "template to add one)", field=f"{w}.name")
            bought = [str(x) for x in (c.get("products") or sorted(ids))]
            for b in bought:
                if b not in ids:
                    raise InputError(f"product {b!r} is not among products ({', '.join(sorted(ids))})",
                                     field=f"{w}.products")
            customers.append(Customer(
                name=str(c["name"]), company_id=match.company_id,
                share_of_sales=_num(c.get("share_of_sales"), f"{w}.share_of_sales", maximum=1.0),
                products=bought,
                home_capacity=_num(c.get("home_capacity"), f"{w}.home_capacity",
                                   required=False)))
        total = sum(c.share_of_sales for c in customers)
        if total > 1.0 + 1e-9:
            raise InputError(f"customer shares add up to {total:.2f}, more than 1",
                             field="customers[].share_of_sales")
        sites = []
        for i, s in enumerate(data.get("candidate_sites") or []):
            w = f"candidate_sites[{i}]"
            if not isinstance(s, dict):
                raise InputError("must be a mapping", field=w)
            sites.append(Site(
                country=_country(s.get("country"), f"{w}.country"), city=s.get("city"),
                fixed_cost_usd_m=_num(s.get("fixed_cost_usd_m"), f"{w}.fixed_cost_usd_m", required=False),
                unit_cost_factor=_num(s.get("unit_cost_factor"), f"{w}.unit_cost_factor", required=False, positive=True)
                if s.get("unit_cost_factor") is not None else None,
                capacity_units=_num(s.get("capacity_units"), f"{w}.capacity_units",
                                    required=False, positive=s.get("capacity_units") is not None)))
        horizon = data.get("horizon") or [2025, 2030]
        try:
            h0, h1 = int(horizon[0]), int(horizon[1])
        except (TypeError, ValueError, IndexError):
            raise InputError("must be two years, e.g. [2025, 2030]", field="horizon") from None
        if h1 < h0:
            raise InputError("the end year is before the start year", field="horizon")
        max_new = data.get("max_new_sites")
        if max_new is not None:
            max_new = int(_num(max_new, "max_new_sites"))
        site_cap = _num(data.get("site_capacity_units"), "site_capacity_units", required=False,
                        positive=True) if data.get("site_capacity_units") is not None else None
        return Profile(name=str(sup["name"]), name_zh=sup.get("name_zh"), sector=sector,
                       home_country=home, annual_sales_usd_m=sales, products=products,
                       plants=plants, customers=customers, candidate_sites=sites,
                       max_new_sites=max_new, horizon=(h0, h1), path=path,
                       site_capacity_units=site_cap)
    except InputError as exc:
        if exc.file is None and file is not None:
            raise fail(exc) from None
        raise


def load_profile(path: str | Path | None = None, *, registry: Registry | None = None) -> Profile:
    """Read and validate a profile YAML; ``None`` or ``"example"`` gives the shipped example.

    >>> p = load_profile("example")
    >>> p.customers[0].company_id
    'byd'
    """
    if path is None or str(path) == "example":
        path = example_path()
    path = Path(path)
    if not path.exists():
        raise InputError("no such profile file", file=str(path))
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=str(path)) from None
    return parse_profile(data, registry=registry, path=str(path))
