"""Security: escaping of source text, traversal, uploads, the write token, binding."""

from __future__ import annotations

import io

import pytest

from chuhai.web.app import MAX_UPLOAD_BYTES, create_app, is_loopback
from chuhai.web.views import highlight

HTML = {"accept": "text/html"}


def test_source_text_is_escaped_and_spans_highlighted(client):
    page = client.get("/move/catl-hun-2022", headers=HTML).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    # a span over markup highlights the escaped markup, it does not render it
    assert "&lt;b&gt;Construction&lt;/b&gt; starts</mark>" in page
    assert ">7.34 billion euros</mark>" in page
    # title and publisher come from the source too
    assert "CATL picks Debrecen &lt;for&gt; plant" in page and "Example Wire &lt;i&gt;" in page
    # the only scripts are this server's files
    assert page.count("<script") == 0


def test_csp_allows_only_own_scripts(client):
    r = client.get("/", headers=HTML)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_chart_data_cannot_close_its_script_block(client, monkeypatch):
    # names go into a JSON <script> block; tojson escapes "<" so "</script>" cannot appear
    from chuhai.web import views
    real = views.country_name
    monkeypatch.setattr(views, "country_name",
                        lambda iso, lang: "</script><script>alert(1)</script>" if iso == "HUN" else real(iso, lang))
    page = client.get("/", headers=HTML).text
    block = page.split('id="chart-data">', 1)[1].split("</script>", 1)[0]
    assert "\\u003c/script\\u003e" in block
    assert "<script>alert(1)" not in page


@pytest.mark.parametrize("spans, expected", [
    ([{"start_char": 4, "end_char": 2}], [("abcdefgh", False)]),                    # reversed
    ([{"start_char": 6, "end_char": 99}], [("abcdef", False), ("gh", True)]),       # clipped
    ([{"start_char": -5, "end_char": 2}], [("ab", True), ("cdefgh", False)]),
    ([{"start_char": 1, "end_char": 4}, {"start_char": 3, "end_char": 6}],          # merged
     [("a", False), ("bcdef", True), ("gh", False)]),
    ([{"start_char": None, "end_char": 3}], [("abcdefgh", False)]),
])
def test_highlight_offsets_are_safe(spans, expected):
    got = [(s["text"], s["mark"]) for s in highlight("abcdefgh", spans)]
    assert got == expected
    assert "".join(s["text"] for s in highlight("abcdefgh", spans)) == "abcdefgh"


@pytest.mark.parametrize("url", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
    "/static/%2e%2e/%2e%2e/store/connection.py", "/static//etc/passwd",
    "/static/topojson/../../app.py",
])
def test_no_path_traversal_in_static(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "create_app" not in r.text and "root:" not in r.text


@pytest.mark.parametrize("url", [
    "/follow?profile=../../../etc/passwd", "/follow?profile=%2Fetc%2Fpasswd",
    "/brief/export?profile=../follow/profile", "/api/countries/..%2f..%2fetc",
])
def test_no_path_traversal_in_parameters(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text


def test_oversized_upload_is_refused(client):
    big = b"supplier:\n  name: x\n" + b"#" * (MAX_UPLOAD_BYTES + 10)
    r = client.post("/api/follow/profile", files={"file": ("p.yaml", big, "application/yaml")})
    assert r.status_code == 413
    assert r.json()["ok"] is False and "larger than" in r.json()["error"]


def test_uploaded_profile_is_validated(client):
    from chuhai.follow.profile import example_path
    good = example_path().read_bytes()
    r = client.post("/api/follow/profile", files={"file": ("mine.yaml", good, "application/yaml")})
    assert r.status_code == 200
    body = r.json()
    assert [c["company_id"] for c in body["customers"]][:2] == ["byd", "catl"]
    assert any(m["company_id"] == "catl" for m in body["moves"])

    bad = good.replace(b"name: CATL", b"name: Nobody Motors Ltd")
    r = client.post("/api/follow/profile", files={"file": ("mine.yaml", bad, "application/yaml")})
    assert r.status_code == 400
    assert "customers[1].name" in r.json()["error"] and "Nobody Motors" in r.json()["error"]


@pytest.mark.parametrize("payload, needle", [
    (b"!!python/object/apply:os.system ['echo pwned']\n", "not valid YAML"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"- just\n- a list\n", "a profile is a mapping"),
])
def test_hostile_profiles_are_rejected(client, payload, needle):
    r = client.post("/api/follow/profile", files={"file": ("x.yaml", payload, "application/yaml")})
    assert r.status_code == 400
    assert needle in r.json()["error"]


def _wdi_file() -> bytes:
    return b"Country Name,Country Code,Year,Value\nHungary,HUN,2023,17.1\n"


def test_write_endpoint_refused_without_a_token(client):
    r = client.post("/api/import/wdi", files={"file": ("fp.cpi.totl.zg.csv", _wdi_file())})
    assert r.status_code == 403
    assert "read-only" in r.json()["error"]


def test_write_endpoint_needs_the_right_token(tmp_path, make_client):
    from chuhai.web.views import indicators
    token = "s3cret-token-for-tests"
    app = create_app(tmp_path / "w.duckdb", write_token=token)
    with make_client(app) as c:
        files = {"file": ("fp.cpi.totl.zg.csv", _wdi_file())}
        assert c.post("/api/import/wdi", files=files).status_code == 401
        r = c.post("/api/import/wdi", files=files, headers={"Authorization": "Bearer wrong-token"})
        assert r.status_code == 401
        r = c.post("/api/import/teleport", files=files, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 400
        r = c.post("/api/import/wdi", files=files, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["ok"] is True
        # a new store holds the starter country facts; the import adds inflation beside them
        got = c.get("/api/countries/HUN").json()["indicators"]
        assert [i["value"] for i in got if i["code"] == "fp.cpi.totl.zg"] == [17.1]
        with app.state.stores.read() as store:
            frame = indicators(store, "HUN")
            assert frame[frame.code == "fp.cpi.totl.zg"].value.tolist() == [17.1]


def test_a_short_write_token_is_refused(tmp_path):
    from chuhai.errors import InputError
    with pytest.raises(InputError, match="at least 8"):
        create_app(tmp_path / "x.duckdb", write_token="abc")


def test_read_only_app_never_writes(client, web_db):
    # the read-only app opened the file read-only: a write through its store fails
    with client.app.state.stores.read() as store:
        assert store.read_only
        with pytest.raises(Exception, match="read-only mode"):
            store.execute("delete from move")


def test_loopback_detection():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_serve_binds_loopback_and_warns_otherwise(cli, tmp_path, monkeypatch):
    import uvicorn
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    db = tmp_path / "s.duckdb"
    code, _, err = cli("--db", db, "serve")
    assert code == 0 and calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8765
    assert "warning" not in err and "read-only" in err
    code, _, err = cli("--db", db, "serve", "--host", "0.0.0.0", "--port", "9001")
    assert code == 0 and calls[-1]["host"] == "0.0.0.0"
    assert "warning: binding 0.0.0.0" in err
