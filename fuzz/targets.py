"""What the fuzzers feed each importer, and the one property they check.

Property: for any bytes in a file, ``import_file`` returns an :class:`ImportReport` whose
problems carry documented codes (:data:`chuhai.sources.report.ProblemCode`). Any other
exception escaping is a bug: a user's bad file must give an error record naming file, row
and column, never a traceback. Shared by the atheris harness (``fuzz/harness.py``) and the
Hypothesis tests (``tests/reliability/test_fuzz_importers.py``).
"""

from __future__ import annotations

import os
import tempfile
import typing
from pathlib import Path

#: importer -> (import kind, file name the bytes are written under, seed files)
TARGETS: dict[str, tuple[str, str, list[bytes]]] = {
    "cgit": ("cgit", "cgit_investments.csv", [
        b"Year,Month,Investor,Millions,Share Size,Partner/Target,Sector,Subsector,Country,"
        b"Region,BRI\n2005,January,Minmetals,$500 ,,Cubapetroleo,Metals,,Cuba,North America,\n"
        b"2019,May,CATL,\"$1,740 \",100%,,Energy,Alternative,Germany,Europe,1\n",
        b"Year,Month,Contractor,Quantity in Millions,Share Size,Transaction Party,Sector,"
        b"Subsector,Country,Region,BRI,Greenfield\n2015,March,PowerChina,1200,,,Energy,Hydro,"
        b"Pakistan,West Asia,1,G\n",
    ]),
    "wdi": ("wdi", "ny.gdp.mktp.cd.csv", [
        b"Country Name,Country Code,Year,Value\nAruba,ABW,1986,405586592.178771\n"
        b"World,WLD,2020,8.5e13\nHungary,HUN,2021,1.8e11\n",
        b'\xef\xbb\xbf"Data Source","World Development Indicators",\n\n"Last Updated Date",'
        b'"2023-01-01",\n\n"Country Name","Country Code","Indicator Name","Indicator Code",'
        b'"2019","2020",\n"Hungary","HUN","GDP (current US$)","NY.GDP.MKTP.CD","1.6e11","",\n',
    ]),
    "cepii": ("cepii", "dist_cepii.csv", [
        b"iso_o;iso_d;contig;comlang_off;comlang_ethno;colony;comcol;curcol;col45;smctry;dist;"
        b"distcap;distw;distwces\nABW;ABW;0;0;0;0;0;0;0;0;5.225315;5.225315;25.09354;23.04723\n"
        b"CHN;HUN;0;0;0;0;0;0;0;0;7334.1;7334.1;7512.3;7400.2\nROM;YUG;1;.;0;0;0;0;0;0;.;1;2;3\n",
    ]),
    "templates-moves": ("moves", "moves.csv", [
        b"company,host_country,move_type,sector,value_usd_m,year,status,source_publisher,"
        b"source_title,source_date,source_url\nBYD,Hungary,greenfield_plant,ev,4500,2023,"
        b"announced,Reuters,BYD picks Szeged,2023-12-22,https://example.org/a\n",
    ]),
    "templates-moves-yaml": ("moves", "moves.yaml", [
        b"- company: CATL\n  host_country: HUN\n  move_type: greenfield_plant\n  sector: battery\n"
        b"  value_usd_m: 7600\n  year: 2022\n  source_publisher: CATL\n  source_title: Debrecen\n"
        b"  source_date: 2022-08-12\n",
    ]),
    "templates-companies": ("companies", "companies.csv", [
        b"company_id,name_en,name_zh,aliases,home_iso3,sector,source_publisher,source_title,"
        b"source_date\nacme_parts,Acme Parts,\xe9\x98\xbf\xe5\x85\x8b,Acme|ACP,CHN,ev,Acme,"
        b"Annual report,2024-04-01\n",
    ]),
    "templates-measures": ("measures", "measures.csv", [
        b"measure_id,imposer,kind,title,sector,hs_codes,origin,rate_pct,start_date,"
        b"source_publisher,source_title,source_date\neu-cvd-bev,EU,anti_subsidy,EU CVD on BEVs,"
        b"ev,8703,CHN,17.0,2024-10-30,European Commission,Implementing Regulation,2024-10-29\n",
    ]),
}


#: Crashes found by these fuzzers in importers owned by other modules, not yet fixed there:
#: importer -> {(exception type, file, function of the innermost frame)}. The checker lets
#: exactly these through, so the fuzz runs keep looking for new bugs; each one is pinned by
#: a strict-xfail regression test over its input in fuzz/crashes/ which starts failing once
#: the bug is fixed, as a reminder to delete its line here.
KNOWN_BUGS: dict[str, set[tuple[str, str, str]]] = {
    # empty: the three crashes found so far (fuzz/crashes/) were fixed in the importers
}


def known_bug(name: str, exc: BaseException) -> bool:
    """Whether ``exc`` is one of the :data:`KNOWN_BUGS` of importer ``name``."""
    import traceback
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return False
    last = frames[-1]
    return (type(exc).__name__, Path(last.filename).name, last.name) in KNOWN_BUGS.get(name, set())


#: the extractor's article loaders: name -> (file name, seeds). Property: load_articles
#: returns articles and Problem records, whatever the bytes.
ARTICLE_TARGETS: dict[str, tuple[str, list[bytes]]] = {
    "articles-txt": ("a.txt", ["比亚迪在匈牙利塞格德建设电动汽车工厂。".encode("utf-8"),
                               "宁德时代在德布勒森建厂".encode("gbk"),
                               b"BYD will build a car plant in Szeged, Hungary, for $4.5 billion."]),
    "articles-html": ("a.html", [b"<html><head><title>CATL in Hungary</title></head><body><p>"
                                 b"CATL broke ground on a battery plant in Debrecen.</p>"
                                 b"<script>x()</script></body></html>"]),
    "articles-jsonl": ("a.jsonl", [b'{"text": "LONGi opens a module plant in Malaysia.", '
                                   b'"url": "https://e.org/1", "date": "2023-01-02"}\n'
                                   b'{"text": "<p>Trina in Texas</p>", "title": "Trina"}\nnot json\n']),
    "articles-feed": ("a.xml", [b'<?xml version="1.0"?><rss version="2.0"><channel><title>t'
                                b'</title><item><title>BYD in Brazil</title><description>BYD '
                                b'buys a Ford plant in Camacari.</description><link>https://e.'
                                b'org/2</link></item></channel></rss>']),
}


def groups() -> dict[str, list[str]]:
    """Importer (or ``articles``) -> its target names: what one harness run fuzzes."""
    out: dict[str, list[str]] = {}
    for name in [*TARGETS, *ARTICLE_TARGETS]:
        out.setdefault(name.split("-")[0], []).append(name)
    return out


class LoaderChecker:
    """Feeds bytes to the extractor's :func:`load_articles` and checks the result."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.file_name, self.seeds = ARTICLE_TARGETS[name]
        self.known_hits = 0
        self.dir = Path(tempfile.mkdtemp(prefix=f"chuhai-fuzz-{name}-"))
        self.path = self.dir / self.file_name

    def __call__(self, data: bytes) -> None:
        from chuhai.extract.loaders import LoadResult, load_articles
        self.path.write_bytes(data)
        try:
            out = load_articles([self.path])
        except Exception as exc:
            if known_bug(self.name, exc):
                self.known_hits += 1
                return
            raise
        assert isinstance(out, LoadResult)
        for a in out.articles:
            assert isinstance(a.text, str) and a.text.strip(), a
        for p in out.problems:
            assert p.code and p.message and p.file == str(self.path), p

    def close(self) -> None:
        for f in self.dir.iterdir():
            f.unlink()
        os.rmdir(self.dir)


def checker(name: str):
    """The checker for an importer or loader target name."""
    return LoaderChecker(name) if name in ARTICLE_TARGETS else Checker(name)


def problem_codes() -> set[str]:
    from chuhai.sources.report import ProblemCode
    return set(typing.get_args(ProblemCode))


class Checker:
    """Imports fuzzed bytes into one in-memory store and checks the report."""

    def __init__(self, name: str) -> None:
        from chuhai.api import open_store
        self.name = name
        self.kind, self.file_name, self.seeds = TARGETS[name]
        self.known_hits = 0
        self.store = open_store(":memory:", starter=False)
        self.codes = problem_codes()
        self.dir = Path(tempfile.mkdtemp(prefix=f"chuhai-fuzz-{name}-"))
        self.path = self.dir / self.file_name

    def __call__(self, data: bytes) -> None:
        from chuhai.sources.load import import_file
        from chuhai.sources.report import ImportReport
        self.path.write_bytes(data)
        try:
            report = import_file(self.store, self.kind, self.path)
        except Exception as exc:
            if known_bug(self.name, exc):
                self.known_hits += 1
                return
            raise
        assert isinstance(report, ImportReport)
        bad = {p.code for p in report.problems} - self.codes
        assert not bad, f"undocumented problem codes {bad}"
        for p in report.problems:
            assert p.file == str(self.path) and p.message, p

    def close(self) -> None:
        self.store.close()
        for f in self.dir.iterdir():
            f.unlink()
        os.rmdir(self.dir)
