"""The country table: complete, each name matches its own row, groups documented."""

import pycountry
import pytest

from chuhai.reference import countries as C


def test_every_iso_country_is_in_the_table_once():
    table = C.countries()
    assert table.index.is_unique
    assert {c.alpha_3 for c in pycountry.countries} <= set(table.index)


def test_each_canonical_name_resolves_to_its_own_row():
    table = C.countries()
    wrong = {iso: C.to_iso3(name) for iso, name in zip(table.iso3, table.name)
             if C.to_iso3(name) != iso}
    assert not wrong


def test_each_chinese_name_resolves_to_its_own_row():
    table = C.countries()
    # a few territories share a Chinese name in the translations; all sovereign states must not
    wrong = {iso: C.to_iso3(zh) for iso, zh in zip(table.iso3, table.name_zh)
             if zh and C.to_iso3(zh) != iso and iso in C.members("Global South") + C.members("EU")}
    assert not wrong


@pytest.mark.parametrize("name,iso", [
    ("Britain", "GBR"), ("USA", "USA"), ("UAE", "ARE"), ("Russian Federation", "RUS"),
    ("Laos", "LAO"), ("DRC", "COD"), ("Congo", "COG"), ("South Korea", "KOR"),
    ("Niger", "NER"), ("Nigeria", "NGA"), ("ROM", "ROU"), ("ZAR", "COD"), ("匈牙利", "HUN"),
    ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Viet Nam", "VNM"), ("Vietnam", "VNM")])
def test_dataset_spellings_resolve(name, iso):
    assert C.to_iso3(name) == iso


def test_unknown_names_do_not_resolve():
    for name in ("Atlantis", "", "   ", "Europe"):
        assert C.to_iso3(name) is None


def test_every_country_has_a_region_and_regions_are_the_documented_ones():
    table = C.countries()
    assert set(table.region) <= set(C.REGIONS)
    for iso, region in [("HUN", "Eastern Europe"), ("ESP", "Southern Europe"),
                        ("DEU", "Western Europe"), ("THA", "Southeast Asia"),
                        ("UZB", "Central Asia"), ("SAU", "Middle East"), ("MAR", "North Africa"),
                        ("MEX", "Latin America"), ("USA", "North America"), ("KEN", "Sub-Saharan Africa")]:
        assert C.region_of(iso) == region


def test_blocs():
    assert len(C.members("EU")) == 27
    assert set(C.members("USMCA")) == {"USA", "CAN", "MEX"}
    assert set(C.members("GCC")) == {"SAU", "ARE", "KWT", "QAT", "BHR", "OMN"}
    assert "CHN" in C.members("RCEP") and "IND" not in C.members("RCEP")
    assert set(C.members("ASEAN")) >= {"VNM", "THA", "MYS", "IDN", "KHM"}


def test_global_south_definition():
    gs = set(C.members("Global South"))
    assert {"BRA", "IDN", "MAR", "KAZ", "SAU", "ZAF"} <= gs
    assert not {"CHN", "JPN", "KOR", "USA", "DEU", "AUS", "TUR"} & gs


def test_unknown_group_is_a_clear_error():
    with pytest.raises(KeyError, match="no region or bloc"):
        C.members("Middle Earth")


def test_continents_are_unions_of_regions():
    europe = set(C.members("Europe"))
    assert {"HUN", "ESP", "DEU", "GBR", "SRB"} <= europe
    assert europe == set(C.members("Western Europe")) | set(C.members("Southern Europe")) \
        | set(C.members("Eastern Europe"))
    assert "TUR" not in europe and "MAR" in C.members("Africa")
