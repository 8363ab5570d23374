"""The PDF brief: the HTML brief printed by WeasyPrint (skipped where it cannot load)."""

import pytest


def test_pdf_brief_is_written_through_the_cli(cli, db_path, tmp_path):
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        pytest.skip(f"WeasyPrint is not usable here ({exc}); pip install 'chuhai[pdf]'")
    pdf = tmp_path / "catl.pdf"
    code, out, err = cli("--db", db_path, "brief", "--company", "CATL", "--out",
                         tmp_path / "catl.html", "--pdf", pdf)
    assert code == 0, err
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert "weasyprint" not in err.lower()
