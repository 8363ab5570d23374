"""Bad profile fields get errors naming the field, in the library and through the CLI."""

from __future__ import annotations

import copy

import pytest
import yaml

from chuhai.errors import InputError
from chuhai.follow.profile import example_path, parse_profile

BASE = yaml.safe_load(example_path().read_text(encoding="utf-8"))


def broken(path: str, value):
    data = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    node = data
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is KeyError:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize("path, value, field, words", [
    ("customers.0.name", "Nonexistent Motors Zzz", "customers[0].name", "unknown customer"),
    ("products.1.unit_cost_usd", -5, "products[1].unit_cost_usd", "greater than 0"),
    ("products.0.hs_code", "7712", "products[0].hs_code", "unknown HS code"),
    ("plants.0.capacity_units", KeyError, "plants[0].capacity_units", "required"),
    ("candidate_sites.0.fixed_cost_usd_m", -1, "candidate_sites[0].fixed_cost_usd_m", "negative"),
    ("customers.1.products", ["wheel"], "customers[1].products", "not among products"),
])
def test_bad_field_is_named(path, value, field, words):
    with pytest.raises(InputError) as err:
        parse_profile(broken(path, value))
    assert err.value.field == field
    assert field in str(err.value) and words in str(err.value)


def test_cli_names_the_field_and_exits_1(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(broken("customers.0.name", "Nonexistent Motors Zzz"),
                                  allow_unicode=True), encoding="utf-8")
    code, out, err = cli("--db", tmp_path / "s.duckdb", "follow", bad)
    assert code == 1
    assert "customers[0].name" in err and str(bad) in err and "Traceback" not in err
