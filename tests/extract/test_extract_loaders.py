"""Loaders: every bad file is a problem for that file only, never a crash of the run."""

from __future__ import annotations

import json

from chuhai.extract.loaders import MAX_FILE_BYTES, decode_bytes, load_articles

ZH = "宁德时代位于匈牙利德布勒森的电池工厂正式开工建设。"
EN = "Señor Zhang said BYD will build a plant in Szeged, Hungary, at a cost of €4bn."


def test_mixed_encodings_decode(tmp_path):
    (tmp_path / "gbk.txt").write_bytes(ZH.encode("gbk"))
    (tmp_path / "utf8.txt").write_bytes(ZH.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ZH.encode("utf-8"))
    (tmp_path / "latin1.txt").write_bytes(EN.replace("€", "EUR ").encode("latin-1"))
    result = load_articles([tmp_path])
    assert result.problems == []
    texts = {a.doc: a.text for a in result.articles}
    assert texts["gbk.txt"] == texts["utf8.txt"] == texts["bom.txt"] == ZH
    assert texts["latin1.txt"].startswith("Señor Zhang")


def test_bad_files_are_reported_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: 100 MB on paper, instant to make
        f.truncate(100 * 1024 * 1024)
    result = load_articles([tmp_path, tmp_path / "missing.txt"])
    assert [a.doc for a in result.articles] == ["good.txt"]
    codes = {p.file.rsplit("/", 1)[-1]: p.code for p in result.problems}
    assert codes == {"empty.txt": "empty-file", "junk.bin": "not-text",
                     "huge.txt": "file-too-large", "missing.txt": "missing-file"}
    too_large = next(p for p in result.problems if p.code == "file-too-large")
    assert "100 MB" in str(too_large) and ".jsonl" in str(too_large)
    assert 100 * 1024 * 1024 > MAX_FILE_BYTES


def test_html_drops_scripts_and_keeps_the_article(tmp_path):
    body = "<p>" + " ".join([EN] * 3) + "</p>"
    html = (f"<html><head><title>BYD picks Hungary</title><script>var x = 'Tesla plant in "
            f"Mexico';</script></head><body><nav>Home | World</nav><article>{body}"
            f"</article><script>alert('Nio factory in Poland')</script></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (art,) = load_articles([tmp_path / "a.html"]).articles
    assert "Szeged" in art.text and art.title == "BYD picks Hungary"
    assert "Tesla" not in art.text and "alert" not in art.text


def test_jsonl_lines_and_bad_lines(tmp_path):
    lines = [json.dumps({"text": EN, "url": "https://example.com/a", "date": "2024-05-01"}),
             "{not json", json.dumps({"url": "x"}), "",
             json.dumps({"text": ZH, "title": "电池工厂开工"}, ensure_ascii=False)]
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    result = load_articles([p])
    assert [a.doc for a in result.articles] == ["news.jsonl#1", "news.jsonl#5"]
    assert result.articles[0].year == 2024 and result.articles[0].url == "https://example.com/a"
    assert result.articles[1].text.startswith("电池工厂开工\n\n")
    assert [(p.row, p.code) for p in result.problems] == [(2, "bad-json-line"),
                                                         (3, "missing-text")]
    # the id depends on the URL, so a re-crawled article with edits is the same source
    assert result.articles[0].source_id == load_articles([p]).articles[0].source_id


def test_rss_and_atom_feeds(tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>BYD to build Hungary plant</title><link>https://e.com/1</link>
      <description>&lt;p&gt;{EN}&lt;/p&gt;</description>
      <pubDate>Fri, 22 Dec 2023 10:00:00 GMT</pubDate></item></channel></rss>"""
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>t</title><entry><title>宁德时代</title><link href="https://e.com/2"/>
      <summary>{ZH}</summary><updated>2024-01-02T00:00:00Z</updated></entry></feed>"""
    (tmp_path / "a.rss").write_text(rss, encoding="utf-8")
    (tmp_path / "b.atom").write_text(atom, encoding="utf-8")
    (tmp_path / "c.xml").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    result = load_articles([tmp_path])
    docs = {a.doc: a for a in result.articles}
    assert set(docs) == {"a.rss#1", "b.atom#1"}
    assert "Szeged" in docs["a.rss#1"].text and docs["a.rss#1"].url == "https://e.com/1"
    assert ZH in docs["b.atom#1"].text
    assert [p.code for p in result.problems] == ["bad-feed"]


def test_decode_bytes_refuses_nul_bytes():
    import pytest
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"abc\x00def" * 10)
