"""`chuhai download`: cache, manifest and checksum logic, with file:// URLs and fake fetchers.

No test here reaches the network: an autouse fixture makes any http(s) request fail.
"""

from __future__ import annotations

import hashlib
import json
import urllib.request
import zipfile

import pandas as pd
import pytest

from chuhai.errors import InputError
from chuhai.sources import download as dl
from chuhai.sources.load import import_file
from tests.sources.cgit_layout import write_cgit_xlsx

WIDE_API = ('\ufeff"Data Source","World Development Indicators",\n\n'
            '"Last Updated Date","2024-06-28",\n\n'
            '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022",\n'
            '"Hungary","HUN","GDP (current US$)","NY.GDP.MKTP.CD","181848022131.6",'
            '"177002580544.155",\n'
            '"World","WLD","GDP (current US$)","NY.GDP.MKTP.CD","9.6E+13","1.0E+14",\n')


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    real = urllib.request.urlopen

    def guarded(request, *args, **kwargs):
        url = request.full_url if hasattr(request, "full_url") else str(request)
        if not url.startswith("file:"):
            raise AssertionError(f"a test tried to reach the network: {url}")
        return real(request, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", guarded)


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wdi_zip(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Metadata_Indicator_API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", "x\n")
        zf.writestr("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", WIDE_API.encode("utf-8"))
        zf.writestr("Metadata_Country_API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", "x\n")
    return path


class Counting:
    """A fetcher that copies a local file and counts its calls."""

    def __init__(self, source):
        self.source, self.calls, self.urls = source, 0, []

    def __call__(self, url, dest):
        self.calls += 1
        self.urls.append(url)
        dest.write_bytes(self.source.read_bytes())


def test_second_download_is_served_from_cache_after_checksum(tmp_path):
    src = write_cgit_xlsx(tmp_path / "China-Global-Investment-Tracker-2024-Fall.xlsx")
    fetcher = Counting(src)
    cache = tmp_path / "cache"
    url = "https://example.org/data/China-Global-Investment-Tracker-2024-Fall.xlsx"
    first = dl.download("cgit", url=url, cache=cache, fetcher=fetcher)
    assert not first.cached and fetcher.calls == 1
    assert first.path.name == "China-Global-Investment-Tracker-2024-Fall.xlsx"
    assert first.sha256 == first.fetched_sha256 == _sha(src)
    manifest = json.loads((cache / "manifest.json").read_text())
    assert manifest[first.name]["sha256"] == _sha(src)
    assert manifest[first.name]["url"] == url

    second = dl.download("cgit", url=url, cache=cache, fetcher=fetcher)
    assert second.cached and fetcher.calls == 1 and second.path == first.path
    third = dl.download("cgit", url=url, cache=cache, fetcher=fetcher, refresh=True)
    assert not third.cached and fetcher.calls == 2


def test_cached_file_changed_on_disk_is_fetched_again(tmp_path):
    src = write_cgit_xlsx(tmp_path / "cgit.xlsx")
    fetcher = Counting(src)
    cache = tmp_path / "cache"
    first = dl.download("cgit", url="https://example.org/cgit.xlsx", cache=cache,
                        fetcher=fetcher)
    first.path.write_bytes(first.path.read_bytes()[:100])  # damaged in the cache
    assert [r["ok"] for r in dl.verify_cache(cache)] == [False]
    again = dl.download("cgit", url="https://example.org/cgit.xlsx", cache=cache,
                        fetcher=fetcher)
    assert not again.cached and fetcher.calls == 2 and _sha(again.path) == _sha(src)
    assert [r["ok"] for r in dl.verify_cache(cache)] == [True]


def test_checksum_mismatch_keeps_nothing(tmp_path):
    src = write_cgit_xlsx(tmp_path / "cgit.xlsx")
    cache = tmp_path / "cache"
    with pytest.raises(InputError, match="checksum mismatch"):
        dl.download("cgit", url=src.as_uri(), cache=cache, expected_sha256="0" * 64)
    assert not [p for p in cache.rglob("*") if p.is_file()]  # no file, no manifest
    ok = dl.download("cgit", url=src.as_uri(), cache=cache, expected_sha256=_sha(src).upper())
    assert ok.fetched_sha256 == _sha(src)


def test_wdi_zip_from_the_api_is_unpacked_and_imports(tmp_path, store):
    fetcher = Counting(_wdi_zip(tmp_path / "api.zip"))
    d = dl.download("wdi", "ny.gdp.mktp.cd", cache=tmp_path / "cache", fetcher=fetcher)
    assert fetcher.urls == [dl.WDI_URL.format(code="NY.GDP.MKTP.CD")]
    assert d.path.name == "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv"
    assert [p.name for p in d.path.parent.iterdir()] == [d.path.name]  # the zip is not kept
    report = import_file(store, "wdi", d.path)
    assert report.rows_written == {"indicator": 2}
    assert store.scalar("select value from indicator where iso3='HUN' and year=2022") == \
        177002580544.155


def test_wdi_long_csv_from_a_mirror_is_named_after_its_code(tmp_path, store):
    src = tmp_path / "data.csv"
    src.write_text("Country Name,Country Code,Year,Value\nHungary,HUN,2022,9643048\n")
    d = dl.download("wdi", "SP.POP.TOTL", url=src.as_uri(), cache=tmp_path / "cache")
    assert d.path.name == "sp.pop.totl.csv"
    assert import_file(store, "wdi", d.path).rows_written == {"indicator": 1}


def test_cepii_stata_file_is_converted_to_the_csv_layout(tmp_path, store):
    frame = pd.DataFrame({
        "iso_o": ["ROM", "HUN", "YUG"], "iso_d": ["HUN", "ROM", "HUN"],
        "contig": [1, 1, 1], "comlang_off": [0, 0, 0], "comlang_ethno": [0, 0, 0],
        "colony": [0, 0, 0], "comcol": [0, 0, 0], "curcol": [0, 0, 0], "col45": [0, 0, 0],
        "smctry": [0, 0, 0], "dist": [645.1553, 645.1553, 300.0],
        "distcap": [642.1, 642.1, 300.0], "distw": [float("nan"), 650.0, 310.0],
        "distwces": [float("nan"), 649.0, 305.0]})
    dta = tmp_path / "dist_cepii.dta"
    frame.to_stata(dta, write_index=False)
    d = dl.download("cepii", url=dta.as_uri(), cache=tmp_path / "cache")
    assert d.path.name == "dist_cepii.csv"
    text = d.path.read_text()
    assert text.startswith("iso_o;iso_d;") and ";.;" in text
    report = import_file(store, "cepii", d.path)
    assert report.rows_written == {"distance": 2} and not report.errors
    got = store.query("select iso_o, iso_d, distw_km from distance order by 1")
    assert got.iso_o.tolist() == ["HUN", "ROU"]
    assert pd.isna(got.distw_km[1]) and got.distw_km[0] == 650.0


def test_unreachable_address_and_missing_url_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="cannot download"):
        dl.download("cgit", url=(tmp_path / "nope.xlsx").as_uri(), cache=tmp_path / "c")
    with pytest.raises(InputError, match="--url"):
        dl.download("cgit", cache=tmp_path / "c")
    with pytest.raises(InputError, match="not a WDI indicator code"):
        dl.download("wdi", "gdp please", cache=tmp_path / "c")


def test_default_cache_dir_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CHUHAI_CACHE", str(tmp_path / "here"))
    assert dl.cache_dir() == tmp_path / "here"


def test_cli_download_and_import(cli, db_path, tmp_path):
    src = write_cgit_xlsx(tmp_path / "cgit.xlsx")
    args = ("--db", db_path, "download", "cgit", "--url", src.as_uri(),
            "--cache-dir", tmp_path / "cache", "--import", "--format", "json")
    code, out, err = cli(*args)
    assert code == 0, err
    (d,) = json.loads(out)["downloads"]
    assert d["cached"] is False and d["sha256"] == _sha(src)
    assert d["import"]["rows_written"] == {"move": 4}
    code, out, _ = cli(*args)
    (d,) = json.loads(out)["downloads"]
    assert code == 0 and d["cached"] is True and d["import"]["unchanged"] is True


def test_cli_checksum_mismatch_exits_1(cli, tmp_path):
    src = write_cgit_xlsx(tmp_path / "cgit.xlsx")
    code, _, err = cli("download", "cgit", "--url", src.as_uri(), "--cache-dir",
                       tmp_path / "cache", "--sha256", "ab" * 32)
    assert code == 1 and "checksum mismatch" in err and "Traceback" not in err


def test_us301_list_is_checked_against_the_pinned_checksum(tmp_path, store):
    from tests.conftest import shared_file
    fake = tmp_path / "sec301.csv"
    fake.write_text("\ufeffhs_8digit;origin;rate;;\n85076000;List 1;25;;\n", encoding="utf-8")
    cache = tmp_path / "cache"
    with pytest.raises(InputError, match="checksum mismatch"):
        dl.download("us301", cache=cache, fetcher=Counting(fake))
    real = Counting(shared_file("gta_us_tariffs", "us_section301_china_hts8.csv"))
    d = dl.download("us301", cache=cache, fetcher=real)
    assert real.urls == [dl.US301_URL] and d.fetched_sha256 == dl.US301_SHA256
    assert import_file(store, "us301", d.path).rows_written == {"measure": 8}
    # another address (a newer list) is not held to the pinned checksum
    other = dl.download("us301", url=fake.as_uri(), cache=tmp_path / "c2")
    assert import_file(store, "us301", other.path).rows_written == {"measure": 1}
