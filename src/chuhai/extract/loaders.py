"""Reading articles from files: plain text, HTML, JSON lines, RSS/Atom, and folders of them.

Every file is read on its own: a file that cannot be read (binary, empty, too large,
malformed line) becomes a :class:`Problem` naming the file, row and what to do, and the
other files are still read. Nothing here raises for bad input except a missing path.

Encodings: UTF-8 (with or without BOM) is tried first; otherwise charset-normalizer
guesses (GBK/GB18030 for Chinese, Latin-1/cp1252 for Western text). A file that decodes
only with many replacement characters, or has NUL bytes, is treated as binary.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

#: Largest single-article file (.txt, .html) read, in bytes. Larger files are refused:
#: an article is never this big, so it is a dump that should be split into .jsonl lines.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Largest article text extracted from a file, a JSON line or a feed entry (characters).
MAX_ARTICLE_CHARS = 2_000_000

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


@dataclass
class Article:
    """One article: its text and where it came from.

    ``doc`` is the name used in gold files and reports: the file name, with ``#n`` for
    the n-th line of a JSON-lines file or entry of a feed (1-based).
    """

    doc: str
    path: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    encoding: str | None = None

    @property
    def source_id(self) -> str:
        """Stable id: hash of the URL when there is one, else of the text."""
        basis = self.url.strip() if self.url else self.text
        return "article:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]

    @property
    def year(self) -> int | None:
        m = re.match(r"\s*((?:19|20)\d\d)", self.published or "")
        return int(m.group(1)) if m else None


@dataclass
class Problem:
    """A file (or line) that was skipped, with the reason and a fix."""

    file: str
    row: int | None
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}" + (f", line {self.row}" if self.row is not None else "")
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding). Raises ValueError for binary data.

    >>> decode_bytes("比亚迪在匈牙利建厂".encode("gbk"))[0]
    '比亚迪在匈牙利建厂'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # GB18030 is a strict superset of GBK and rejects most non-Chinese byte soup; try it
    # before statistical guessing, which confuses short GBK texts with Cyrillic codepages
    try:
        text = data.decode("gb18030")
        if _looks_chinese(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    # Western news that is not UTF-8 is nearly always cp1252/Latin-1; statistical guessing
    # on a text with a handful of accents picks Central European codepages instead
    ascii_share = sum(b < 128 for b in data[:20000]) / min(len(data), 20000)
    if ascii_share > 0.9:
        try:
            text = data.decode("cp1252")
            if _junk_ratio(text) < 0.01:
                return text, "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    from charset_normalizer import from_bytes
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ValueError("binary data (no text encoding fits)")
    enc = best.encoding
    text = data.decode(enc, errors="replace")
    if _junk_ratio(text) > 0.1:
        raise ValueError("binary data (mostly control or unprintable characters)")
    return text, enc


def _looks_chinese(text: str) -> bool:
    sample = text[:5000]
    cjk = len(re.findall(r"[\u4e00-\u9fff]", sample))
    return cjk >= max(2, 0.2 * sum(not ch.isspace() for ch in sample)) and _junk_ratio(text) < 0.02


def _junk_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / len(sample)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (boilerplate, scripts and menus removed).

    Uses trafilatura; when it finds no main text (a short page), falls back to the
    visible text without scripts and styles.
    """
    import trafilatura
    title = None
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if m:
        title = re.sub(r"\s+", " ", _unescape(re.sub(r"<[^>]+>", "", m.group(1)))).strip() or None
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True) or ""
    if not text.strip():
        body = re.sub(r"<(script|style|noscript)[^>]*>.*?</\1>", " ", html,
                      flags=re.IGNORECASE | re.DOTALL)
        body = re.sub(r"<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", body, flags=re.IGNORECASE)
        text = _unescape(re.sub(r"<[^>]+>", " ", body))
        text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, title


def _unescape(s: str) -> str:
    import html as _html
    return _html.unescape(s)


def _read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    size = path.stat().st_size
    if size == 0:
        problems.append(Problem(str(path), None, "empty-file", "the file is empty; skipped"))
        return None
    if size > MAX_FILE_BYTES:
        problems.append(Problem(
            str(path), None, "file-too-large",
            f"the file is {size / 2**20:.0f} MB, above the {MAX_FILE_BYTES // (1024 * 1024)} MB "
            "limit for one article; split it into one article per line of a .jsonl file "
            "(read line by line, without a size limit)"))
        return None
    return path.read_bytes()


def _decoded(path: Path, problems: list[Problem]) -> tuple[str, str] | None:
    data = _read_bytes(path, problems)
    if data is None:
        return None
    try:
        return decode_bytes(data)
    except ValueError as exc:
        problems.append(Problem(str(path), None, "not-text",
                                f"{exc}; give text, HTML, JSON lines or RSS/Atom files"))
        return None


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "text"
    sniff = head[:1000].lstrip().lower()
    if sniff.startswith(b"<?xml") and (b"<rss" in sniff or b"<feed" in sniff):
        return "feed"
    if sniff.startswith((b"<rss", b"<feed")):
        return "feed"
    if sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "text"


def _check_text(text: str, file: str, row: int | None, problems: list[Problem]) -> bool:
    if not text.strip():
        problems.append(Problem(file, row, "no-text", "no article text found; skipped"))
        return False
    if len(text) > MAX_ARTICLE_CHARS:
        problems.append(Problem(file, row, "article-too-long",
                                f"article has {len(text):,} characters, above the "
                                f"{MAX_ARTICLE_CHARS:,} limit; skipped"))
        return False
    return True


def _read_jsonl(path: Path, root: Path | None) -> Iterator["Article | Problem"]:
    name = _doc_name(path, root)
    with path.open("rb") as f:
        for i, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                line, _ = decode_bytes(raw)
                obj = json.loads(line)
            except (ValueError, json.JSONDecodeError) as exc:
                yield Problem(str(path), i, "bad-json-line",
                              f"not a JSON object ({exc}); skipped")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield Problem(
                    str(path), i, "missing-text",
                    'each line must be an object with a "text" string (and optional "url", '
                    '"date", "title"); skipped')
                continue
            text = obj["text"]
            if "<" in text and re.search(r"<(p|div|script|html|body)\b", text, re.IGNORECASE):
                text, _ = html_to_text(text)
            probs: list[Problem] = []
            if not _check_text(text, str(path), i, probs):
                yield from probs
                continue
            title = obj.get("title")
            if isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
                text = f"{title.strip()}\n\n{text}"
            yield Article(
                f"{name}#{i}", str(path), text, _str(obj.get("url")), _str(title),
                _str(obj.get("date") or obj.get("published")), "utf-8")


def _str(v) -> str | None:
    return str(v) if v not in (None, "") else None


def _read_feed(path: Path, root: Path | None) -> Iterator["Article | Problem"]:
    import feedparser
    probs: list[Problem] = []
    data = _read_bytes(path, probs)
    yield from probs
    if data is None:
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception", "")) or "no entries"
        yield Problem(str(path), None, "bad-feed",
                      f"not an RSS/Atom feed with entries ({reason}); skipped")
        return
    name = _doc_name(path, root)
    for i, e in enumerate(feed.entries, start=1):
        body = ""
        if e.get("content"):
            body = " ".join(c.get("value", "") for c in e.content)
        body = body or e.get("summary", "") or e.get("description", "")
        if "<" in body:
            body, _ = html_to_text(f"<html><body>{body}</body></html>")
        title = e.get("title")
        text = f"{title}\n\n{body}" if title else body
        probs = []
        if not _check_text(text, str(path), i, probs):
            yield from probs
            continue
        yield Article(f"{name}#{i}", str(path), text, e.get("link"), title,
                      e.get("published") or e.get("updated"), "utf-8")


def _doc_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path | None]]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and f.name not in ("gold.jsonl",) and f.suffix.lower() != ".tsv":
                    yield f, p
        else:
            yield p, None


def load_articles(paths: Iterable[str | Path]) -> LoadResult:
    """Read every article in ``paths`` (files or folders, recursively).

    Parameters
    ----------
    paths
        Files (.txt, .html, .jsonl, .rss/.atom/.xml; others are sniffed) or folders.
        In folders, hidden files and ``gold.jsonl`` are skipped.

    Returns
    -------
    LoadResult
        ``articles`` read and ``problems`` (one per skipped file or line).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_bytes("比亚迪在匈牙利建厂。".encode("gbk"))
    >>> _ = (d / "b.bin").write_bytes(bytes(range(256)) * 4)
    >>> r = load_articles([d])
    >>> [a.doc for a in r.articles], [p.code for p in r.problems]
    (['a.txt'], ['not-text'])
    """
    out = LoadResult()
    for item in iter_articles(paths):
        (out.articles if isinstance(item, Article) else out.problems).append(item)
    return out


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Problem]:
    """Like :func:`load_articles`, one article (or problem) at a time.

    A JSON-lines archive of any size is read line by line, so memory stays flat.
    """
    for path, root in _expand(paths):
        if not path.exists():
            yield Problem(str(path), None, "missing-file", "no such file or folder")
            continue
        try:
            with path.open("rb") as f:
                head = f.read(1024)
            kind = _kind(path, head)
            if kind == "jsonl":
                yield from _read_jsonl(path, root)
            elif kind == "feed":
                yield from _read_feed(path, root)
            else:
                probs: list[Problem] = []
                dec = _decoded(path, probs)
                yield from probs
                if dec is None:
                    continue
                text, enc = dec
                title = None
                if kind == "html" or re.match(r"\s*<(!doctype html|html)", text[:200], re.I):
                    text, title = html_to_text(text)
                probs = []
                if not _check_text(text, str(path), None, probs):
                    yield from probs
                    continue
                yield Article(_doc_name(path, root), str(path), text, None, title, None, enc)
        except OSError as exc:
            yield Problem(str(path), None, "unreadable-file", str(exc))
        except Exception as exc:  # a parser bug on one file must not stop the run
            yield Problem(str(path), None, "parse-error",
                          f"{type(exc).__name__}: {exc}; skipped")
