"""Real DOCX → PDF through LibreOffice of a generated demanda (skipped only if soffice is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from legal_desk.documents.pdf import ConversionError, convert_many, convert_one, converter_available
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, render_docx_to

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(not converter_available(), reason="LibreOffice (soffice) no está instalado en PATH"),
]


def test_demanda_converts_to_pdf_with_page_numbers(tmp_path: Path) -> None:
    docx = render_docx_to(get_template("demanda_ejecutiva"), sample_for("demanda_ejecutiva"),
                          tmp_path / "demanda.docx")
    pdf = convert_one(docx, tmp_path / "out" / "demanda.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 3
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "DEMANDA EJECUTIVA" in " ".join(text.split())
    assert "DOCE MILLONES QUINIENTOS MIL PESOS M/CTE" in " ".join(text.split())
    assert f"Página 1 de {len(reader.pages)}" in text
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 612 and round(float(box.height)) == 792  # carta


def test_batch_reports_the_file_that_failed(tmp_path: Path) -> None:
    good = render_docx_to(get_template("poder_especial"), sample_for("poder_especial"), tmp_path / "poder.docx")
    bad = tmp_path / "danado.docx"
    bad.write_bytes(b"PK\x03\x04 no es un docx")
    progress: list[tuple[int, int]] = []
    with pytest.raises(ConversionError) as exc:
        convert_many([good, bad], tmp_path / "pdf", progress=lambda d, t: progress.append((d, t)))
    assert list(exc.value.failed) == [bad.resolve()]
    assert [p.name for p in exc.value.converted] == ["poder.pdf"]
    assert "danado.docx" in str(exc.value)
