"""A litigator's second reading: memorial de abonos, the liquidation before the order to proceed, the poder."""

from __future__ import annotations

import dataclasses
import io

import pytest
from docx import Document

from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import MissingFieldError, get_template, render_docx

NBSP = "\u00a0"


def _text(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts).replace(NBSP, " ")


def _render(name: str, data) -> str:
    return _text(render_docx(get_template(name), data))


def test_the_poder_states_it_is_conferred_by_data_message_with_the_apoderados_email() -> None:
    # Ley 2213 de 2022 art. 5: the grantor's statement, with the apoderado's e-mail (the one in the Registro
    # Nacional de Abogados), sent from the address the company registered for judicial notices. It read like a
    # note about the law: «Este poder puede conferirse mediante mensaje de datos…».
    data = sample_for("poder_especial")
    text = _render("poder_especial", data)
    assert "puede conferirse" not in text
    assert ("Confiero este poder mediante mensaje de datos, en los términos del artículo 5 de la Ley 2213 de 2022, "
            "remitido desde la dirección de correo electrónico notificacionesjudiciales@bancoandino.com.co, inscrita "
            "por la sociedad que represento en el registro mercantil para recibir notificaciones judiciales; por ello "
            "se presume auténtico y no requiere presentación personal ni reconocimiento.") in text
    assert ("indico que la dirección de correo electrónico de mi apoderado(a), que coincide con la inscrita en el "
            "Registro Nacional de Abogados, es amartinez@martinezabogados.com.co.") in text
    no_mail = dataclasses.replace(data, creditor=dataclasses.replace(data.creditor, email=None))
    assert "remitido desde la dirección de correo electrónico inscrita por la sociedad" in _render(
        "poder_especial", no_mail)
    with pytest.raises(MissingFieldError, match="correo electrónico del apoderado"):
        render_docx(get_template("poder_especial"), dataclasses.replace(
            data, lawyer=dataclasses.replace(data.lawyer, email="  ")))
