"""Template catalogue and DOCX rendering: every template renders, errors name what and where."""

from __future__ import annotations

import dataclasses
import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from legal_desk.documents.context import build_context, field_label_es
from legal_desk.documents.samples import sample_case, sample_for
from legal_desk.documents.templates import (
    MissingFieldError,
    TemplateError,
    TemplateInfo,
    TemplateNotFound,
    get_template,
    list_templates,
    render_docx,
    validate_template,
)

EXPECTED = {
    "carta_requerimiento", "aviso_final", "demanda_ejecutiva", "poder_especial",
    "liquidacion_credito", "medidas_cautelares", "acuerdo_pago", "memorial_abonos",
}


def _text(docx: bytes) -> str:
    """All paragraph and table text of a rendered document."""
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def test_catalog_lists_every_template_with_version() -> None:
    infos = list_templates("es_CO")
    assert {i.name for i in infos} == EXPECTED
    for info in infos:
        assert info.path.is_file()
        assert len(info.version) == 12 and int(info.version, 16) >= 0
        assert info.required and info.title_es and info.title_en


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_template_renders_its_sample_without_leftover_tags(name: str) -> None:
    info = get_template(name)
    text = _text(render_docx(info, sample_for(name)))
    assert "{{" not in text and "{%" not in text
    assert "Andrés Felipe Martínez Ortiz".upper() in text.upper()


def test_demanda_has_claims_in_words_and_figures_and_ley_2213_exception() -> None:
    text = _text(render_docx(get_template("demanda_ejecutiva"), sample_for("demanda_ejecutiva")))
    assert "DOCE MILLONES QUINIENTOS MIL PESOS M/CTE ($\u00a012.500.000,00)" in text
    assert "desde el 1 de marzo de 2024 y hasta el pago total" in text
    assert "TRESCIENTOS SETENTA Y TRES MIL SETECIENTOS CINCUENTA Y TRES PESOS CON SIETE CENTAVOS" in text
    assert "artículo 6 de la Ley 2213 de 2022, no se remite" in text
    assert "CARLOS ALBERTO GÓMEZ RESTREPO y LUZ MARINA RESTREPO DE GÓMEZ" in text
    assert "mínima cuantía" in text
    assert "Bogotá D.C.." not in text
    for article in ("422", "430", "431"):
        assert article in text
    assert "709 a 711" in text and "884" in text and "621" in text


def test_demanda_without_embargo_sends_copy_to_debtor() -> None:
    case = dataclasses.replace(sample_for("demanda_ejecutiva"), embargoes=[])
    text = _text(render_docx(get_template("demanda_ejecutiva"), case))
    assert "se remite copia de ella y de sus anexos" in text
    assert "no se remite" not in text


def test_liquidation_table_rows_and_totals() -> None:
    text = _text(render_docx(get_template("liquidacion_credito"), sample_for("liquidacion_credito")))
    assert "01/03/2024 | 31/03/2024 | 31 | 30,00 % | $\u00a012.500.000,00 | $\u00a0278.637,54" in text
    assert "01/04/2024 | 10/04/2024 | 10 | 32,00 % | $\u00a012.500.000,00 | $\u00a095.115,53" in text
    assert "$\u00a012.873.753,07" in text


def test_loops_for_agreement_payments_embargoes_and_letter_notices() -> None:
    text = _text(render_docx(get_template("acuerdo_pago"), sample_for("acuerdo_pago")))
    assert "3 | 1 de agosto de 2024 | $\u00a03.873.753,07" in text
    text = _text(render_docx(get_template("memorial_abonos"), sample_for("memorial_abonos")))
    assert "$\u00a02.500.021,05" in text and "Transferencia PSE 99120" in text
    assert "DOS MILLONES QUINIENTOS MIL VEINTIÚN PESOS CON CINCO CENTAVOS" in text
    text = _text(render_docx(get_template("medidas_cautelares"), sample_for("medidas_cautelares")))
    assert "ABC-123" in text and "Bancolombia" in text
    text = _text(render_docx(get_template("carta_requerimiento"), sample_for("carta_requerimiento")))
    assert "Ley 2300 de 2023" in text and "veinte (20) días calendario" in text
    assert "12 de marzo de 2024" in text


def test_context_formats_amounts_dates_and_ids() -> None:
    ctx = build_context(sample_case())
    assert ctx["capital_fmt"] == "$ 12.500.000,00"
    assert ctx["due_date_long"] == "29 de febrero de 2024"
    assert ctx["debt"]["interest_from_long"] == "1 de marzo de 2024"
    assert ctx["debtor"]["id_fmt"] == "C.C. 79.123.456"
    assert ctx["creditor"]["id_fmt"] == "NIT 900.123.456-8"
    assert ctx["capital"] == Decimal("12500000.00")
    assert ctx["liquidation"]["interest_fmt"] == "$ 373.753,07"
    assert ctx["payments_total_fmt"] == "$ 2.500.021,05"


def test_missing_fields_are_all_named_in_spanish_and_nothing_is_rendered() -> None:
    case = sample_for("demanda_ejecutiva")
    case = dataclasses.replace(
        case,
        debtor=dataclasses.replace(case.debtor, address="  "),
        lawyer=dataclasses.replace(case.lawyer, email=None),
    )
    with pytest.raises(MissingFieldError) as info:
        render_docx(get_template("demanda_ejecutiva"), case)
    assert info.value.fields == ["debtor.address", "lawyer.email"]
    assert "correo electrónico del apoderado" in str(info.value) and "dirección del deudor" in str(info.value)
    with pytest.raises(MissingFieldError, match="juzgado"):  # a filing in a case already in court
        render_docx(get_template("memorial_abonos"), dataclasses.replace(sample_for("memorial_abonos"), court=""))
    assert field_label_es("lawyer.professional_card") == "tarjeta profesional del apoderado"


def _broken_copy(tmp_path: Path, needle: str, replacement: str) -> TemplateInfo:
    """A copy of the carta template with one paragraph's text changed."""
    src = get_template("carta_requerimiento")
    doc = Document(str(src.path))
    for p in doc.paragraphs:
        if needle in p.text:
            for run in p.runs:
                run.text = ""
            p.runs[0].text = replacement
            break
    path = tmp_path / "carta_requerimiento.docx"
    doc.save(str(path))
    return dataclasses.replace(src, path=path)


def test_syntax_error_names_template_and_paragraph(tmp_path: Path) -> None:
    info = _broken_copy(tmp_path, "Respetado(a) señor(a):", "Respetado {{ debtor.name ")
    with pytest.raises(TemplateError) as exc:
        render_docx(info, sample_for("carta_requerimiento"))
    assert exc.value.template == "carta_requerimiento"
    assert "párrafo" in exc.value.place and "Respetado {{ debtor.name" in exc.value.place
    assert "sintaxis" in exc.value.message


def test_undefined_variable_names_paragraph(tmp_path: Path) -> None:
    info = _broken_copy(tmp_path, "Respetado(a) señor(a):", "Estimado {{ debtor.apodo }}:")
    with pytest.raises(TemplateError) as exc:
        render_docx(info, sample_for("carta_requerimiento"))
    assert "Estimado {{ debtor.apodo }}" in exc.value.place
    assert "apodo" in exc.value.message


def test_validate_template(tmp_path: Path) -> None:
    good = tmp_path / "ok.docx"
    shutil.copy(get_template("demanda_ejecutiva").path, good)
    used = validate_template(good)
    assert {"creditor", "debtor", "capital_words", "annexes"} <= set(used)
    bad = _broken_copy(tmp_path, "Respetado(a) señor(a):", "Hola {{ cliente }}")
    with pytest.raises(TemplateError, match="cliente"):
        validate_template(bad.path)
    notdocx = tmp_path / "x.docx"
    notdocx.write_text("hola")
    with pytest.raises(TemplateError, match="Word"):
        validate_template(notdocx)


def test_unknown_template_lists_known_ones() -> None:
    with pytest.raises(TemplateNotFound, match="demanda_ejecutiva"):
        get_template("no_existe")


@pytest.mark.parametrize(
    ("id_type", "number", "written"),
    [
        ("CUIT", "30-50001091-2", "CUIT 30-50001091-2"),  # Argentina: a sociedad's CUIT (30…)
        ("RFC", "ABC680524P76", "RFC ABC680524P76"),  # Mexico: a persona moral (12 characters)
        ("NIF", "B12345674", "NIF B12345674"),  # Spain: a sociedad limitada
    ],
)
def test_a_foreign_company_is_worded_as_a_company_not_a_person(id_type: str, number: str, written: str) -> None:
    """The demanda said «mayor de edad, identificado(a) con CUIT 30-…» of an Argentine company: only a
    Colombian NIT counted as a company. A person of the same country is still «mayor de edad»."""
    base = sample_for("demanda_ejecutiva")
    company = dataclasses.replace(base.debtor, name="Acme Cobros S.A.", id_type=id_type, id_number=number)
    ctx = build_context(dataclasses.replace(base, debtor=company))
    assert ctx["debtor"]["is_company"] is True
    text = _text(render_docx(get_template("demanda_ejecutiva"), dataclasses.replace(base, debtor=company)))
    assert f"Acme Cobros S.A., persona jurídica identificada con {written}" in text
    person = {"CUIT": ("CUIT", "20-12345678-6"), "RFC": ("RFC", "GODE561231GR8"), "NIF": ("NIF", "12345678Z")}
    kind, num = person[id_type]
    human = dataclasses.replace(base.debtor, id_type=kind, id_number=num)
    text = _text(render_docx(get_template("demanda_ejecutiva"), dataclasses.replace(base, debtor=human)))
    assert f"{base.debtor.name}, mayor de edad, identificado(a) con {kind} {num}" in text


@pytest.mark.parametrize(
    ("jurisdiction", "typed", "written"),
    [
        ("CO", "52345678", "C.C. 52.345.678"),
        ("AR", "20345678", "DNI 20.345.678"),
        ("ES", "12345678z", "DNI 12345678Z"),
        ("ES", "X1234567L", "NIE X1234567L"),
        ("MX", "GODE561231HDFRRN00", "CURP GODE561231HDFRRN00"),
        ("MX", "GODE561231GR8", "RFC GODE561231GR8"),
        ("MX", "INE 1234567890", "INE 1234567890"),  # none of Mexico's: as typed, never «C.C.»
        ("ES", "12345678A", "12345678A"),  # a wrong DNI letter is not dressed up as a DNI
    ],
)
def test_the_creditors_representative_is_identified_by_his_countrys_document(
    jurisdiction: str, typed: str, written: str
) -> None:
    """A Spanish or Argentine creditor's representative was «identificado(a) con C.C. 20.345.678», a
    Colombian cédula, in every document."""
    base = sample_case()
    creditor = dataclasses.replace(base.creditor, legal_representative_id=typed)
    ctx = build_context(dataclasses.replace(base, creditor=creditor, jurisdiction=jurisdiction))
    assert ctx["creditor"]["legal_representative_id_fmt"] == written


def test_a_person_in_business_sued_by_their_nit_is_worded_as_a_person() -> None:
    """A comerciante's NIT is their cédula with a check digit: the demanda said «persona jurídica» of every NIT.
    A company's NIT (the DIAN's nine-digit entity series, 8… or 9…) is still a persona jurídica."""
    base = sample_for("demanda_ejecutiva")
    person = dataclasses.replace(base.debtor, name="Luis Peña", id_type="NIT", id_number="79123456-0")
    text = _text(render_docx(get_template("demanda_ejecutiva"), dataclasses.replace(base, debtor=person)))
    assert "Luis Peña, mayor de edad, identificado(a) con NIT" in text
    assert "Luis Peña, persona jurídica" not in text
    company = dataclasses.replace(base.debtor, name="Comercial Andes SAS", id_type="NIT", id_number="890903938-8")
    text = _text(render_docx(get_template("demanda_ejecutiva"), dataclasses.replace(base, debtor=company)))
    assert "Comercial Andes SAS, persona jurídica identificada con NIT" in text
