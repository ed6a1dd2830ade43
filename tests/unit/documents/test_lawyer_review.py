"""What a Colombian litigation lawyer checks before signing: grammar of the title, the art. 8 oath,
the annexes that belong with each document, balances after payments, and no «S.A..» or «A y B y C»."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

import pytest
from docx import Document

from legal_desk.documents.context import LiquidationData, LiquidationRow
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import MissingFieldError, get_template, render_docx


def _text(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts).replace("\u00a0", " ")


def _render(name: str, **changes: object) -> str:
    case = dataclasses.replace(sample_for(name), **changes) if changes else sample_for(name)
    return _text(render_docx(get_template(name), case))


def _with_title(name: str, title_type: str, **changes: object) -> str:
    case = sample_for(name)
    return _render(name, debt=dataclasses.replace(case.debt, title_type=title_type), **changes)


def test_a_factura_is_feminine_and_accepted_not_signed() -> None:
    demanda = _with_title("demanda_ejecutiva", "factura")
    assert "capital contenido en la factura No. 0045871" in demanda
    assert "aceptaron a favor de Banco Andino de Crédito S.A. la factura No. 0045871, de fecha 28 de febrero de 2023" \
        in demanda
    assert "el factura" not in demanda and "suscribieron" not in demanda
    carta = _with_title("carta_requerimiento", "letra")
    assert "contenida en la letra de cambio No. 0045871, de fecha 28 de febrero de 2023" in carta
    assert "suscrito" not in carta
    for name in ("aviso_final", "poder_especial", "acuerdo_pago"):
        assert "en la factura No. 0045871" in _with_title(name, "factura"), name
    # A pagaré is still signed (suscribieron) and masculine.
    assert "suscribieron a favor de Banco Andino de Crédito S.A. el pagaré No. 0045871" in _render(
        "demanda_ejecutiva")


def test_oath_on_the_emails_names_each_defendant_and_where_the_address_came_from() -> None:
    text = _render("demanda_ejecutiva")
    assert (
        "la de Carlos Alberto Gómez Restrepo (origen: la solicitud de crédito firmada por el deudor el 20 de "
        "febrero de 2023) y la de Luz Marina Restrepo de Gómez (origen: el formulario de vinculación firmado "
        "por la codeudora)" in text
    )
    assert "al vincularse con él" not in text  # no invented source is sworn to any more


def test_demanda_is_refused_while_an_email_has_no_recorded_source() -> None:
    case = sample_for("demanda_ejecutiva")
    guarantor = dataclasses.replace(case.guarantors[0], email_source=None)
    with pytest.raises(MissingFieldError) as err:
        render_docx(get_template("demanda_ejecutiva"), dataclasses.replace(case, guarantors=[guarantor]))
    assert "origen del correo electrónico (artículo 8 de la Ley 2213 de 2022) de los demandados" in str(err.value)
    assert "Partes → «Editar…»" in str(err.value)


def test_defendant_without_email_is_notified_physically_and_sent_the_copy_by_mail() -> None:
    case = sample_for("demanda_ejecutiva")
    guarantor = dataclasses.replace(case.guarantors[0], email=None, email_source=None)
    text = _render("demanda_ejecutiva", guarantors=[guarantor], embargoes=[])
    assert "Desconozco la dirección electrónica de Luz Marina Restrepo de Gómez, que será notificado(a) en su " \
        "dirección física, conforme a los artículos 291 y 292 del Código General del Proceso." in text
    assert "y en físico, a su dirección, a Luz Marina Restrepo de Gómez, cuya dirección electrónica se " \
        "desconoce" in text
    assert "la de Carlos Alberto Gómez Restrepo (origen:" in text and "la de Luz Marina" not in text


def test_each_document_annexes_only_what_belongs_with_it() -> None:
    carta = _render("carta_requerimiento")
    assert "1. Pagaré No. 0045871 (copia digital)" in carta
    for other in ("Certificado de existencia", "Poder especial otorgado", "certificado de entrega de 4-72"):
        assert other not in carta  # never the bank's file, nor the receipt of this very letter
    poder = _render("poder_especial")
    assert "1. Certificado de existencia y representación legal del Banco Andino" in poder
    assert "Poder especial otorgado al apoderado" not in poder  # a poder does not annex itself
    for name in ("liquidacion_credito", "medidas_cautelares", "acuerdo_pago", "memorial_abonos"):
        assert "ANEXOS" not in _render(name) and "SHA-256" not in _render(name), name
    demanda = _render("demanda_ejecutiva")  # the lawsuit annexes every piece of evidence
    assert "5. Liquidación del crédito con la tabla de tasas certificadas" in demanda


def _paid_down(name: str) -> str:
    """The sample after a payment that reached the capital: $ 12.500.000 → $ 11.000.000 unpaid."""
    case = sample_for(name)
    row = LiquidationRow(case.debt.due_date, case.today, 41, Decimal("30.00"), Decimal("11000000.00"),
                         Decimal("300000.00"))
    liq = LiquidationData(as_of=case.today, rows=[row], capital=Decimal("11000000.00"),
                          interest=Decimal("300000.00"), payments=Decimal("1800000.00"), costs=Decimal("0.00"),
                          total=Decimal("11300000.00"))
    return _render(name, liquidation=liq)


def test_letters_and_embargo_request_state_the_balance_after_payments() -> None:
    carta = _paid_down("carta_requerimiento")
    assert "el saldo del capital original de $ 12.500.000,00 asciende a la suma de ONCE MILLONES DE PESOS " \
        "M/CTE ($ 11.000.000,00)" in carta
    assert "total adeudado de $ 11.300.000,00" in carta
    aviso = _paid_down("aviso_final")
    assert "adeuda por capital ONCE MILLONES DE PESOS M/CTE ($ 11.000.000,00) (saldo del capital original " \
        "de $ 12.500.000,00" in aviso
    medidas = _paid_down("medidas_cautelares")
    assert "el crédito cobrado asciende a ONCE MILLONES TRESCIENTOS MIL PESOS M/CTE ($ 11.300.000,00) con " \
        "corte al 10 de abril de 2024 (capital $ 11.000.000,00 e intereses moratorios $ 300.000,00)" in medidas
    # Without payments to capital the letter keeps the title's capital.
    assert "El capital adeudado asciende a la suma de DOCE MILLONES QUINIENTOS MIL PESOS M/CTE" in _render(
        "carta_requerimiento")


def test_reference_lists_defendants_with_commas_and_no_double_period() -> None:
    case = sample_for("medidas_cautelares")
    second = dataclasses.replace(case.guarantors[0], name="Pedro Pablo Gómez Restrepo")
    embargo = dataclasses.replace(case.embargoes[0], registry="Bancolombia S.A.")
    text = _render("medidas_cautelares", guarantors=[*case.guarantors, second], embargoes=[embargo])
    assert "contra Carlos Alberto Gómez Restrepo, Luz Marina Restrepo de Gómez y Pedro Pablo Gómez Restrepo" \
        in text
    assert "Entidad o registro: Bancolombia S.A. Solicito" in text and "S.A.." not in text


def test_missing_court_and_radicado_say_where_to_complete_them_once() -> None:
    case = dataclasses.replace(sample_for("memorial_abonos"), court=None, radicado=None)
    with pytest.raises(MissingFieldError) as err:
        render_docx(get_template("memorial_abonos"), case)
    assert str(err.value).count("Resumen → «Editar datos…»") == 1


# ---------------------------------------------------------------- second review (QA round 5)


def test_embargo_request_before_service_is_previous_and_the_lawsuit_was_not_sent() -> None:
    text = _render("medidas_cautelares")  # a case ready to file: nobody has been served
    assert "solicito al Despacho decretar, previo a la notificación del mandamiento de pago, las siguientes " \
        "MEDIDAS CAUTELARES" in text
    assert "la demanda y sus anexos no se han remitido a la parte demandada (artículo 6, inciso 4, de la " \
        "Ley 2213 de 2022)" in text
    assert "fue notificada" not in text


def test_embargo_request_after_service_says_when_and_does_not_claim_the_lawsuit_was_not_sent() -> None:
    import datetime as dt

    text = _render("medidas_cautelares", served=True, served_on=dt.date(2024, 3, 5))
    assert "solicito al Despacho decretar las siguientes MEDIDAS CAUTELARES sobre bienes" in text
    assert "La parte demandada fue notificada del mandamiento de pago el 5 de marzo de 2024. Conforme al " \
        "artículo 599 del Código General del Proceso, el ejecutante puede pedir el embargo y secuestro" in text
    assert "antes de la notificación a la otra parte del auto que las decrete (artículo 298" in text
    assert "previo a la notificación" not in text and "no se han remitido" not in text
    # The stage says «served» but no service day is recorded: no date is invented.
    text = _render("medidas_cautelares", served=True)
    assert "La parte demandada fue notificada del mandamiento de pago. Conforme" in text
    assert "no se han remitido" not in text


def test_demanda_carries_place_and_date_above_the_addressee() -> None:
    lines = _render("demanda_ejecutiva").split("\n")
    assert lines[0] == "Bogotá D.C., 10 de abril de 2024" and lines[1] == "Señor(a)"
    assert _render("demanda_ejecutiva", city=None).split("\n")[0] == "10 de abril de 2024"


def test_letters_to_the_debtor_name_their_annexes_without_hashes() -> None:
    for name in ("carta_requerimiento", "aviso_final"):
        text = _render(name)
        assert "1. Pagaré No. 0045871 (copia digital), de fecha 28 de febrero de 2023.\n" in text + "\n", name
        assert "SHA-256" not in text and "aaaaaaaaaaaa" not in text, name
    assert "SHA-256" not in _render("acuerdo_pago")  # signed by the debtor too
    # A court filing keeps them: the demanda's annex list is the record the court can verify.
    assert "1. Pagaré No. 0045871 (copia digital), de fecha 28 de febrero de 2023 (SHA-256: aaaaaaaaaaaa…)." \
        in _render("demanda_ejecutiva")


def test_free_text_that_continues_a_sentence_starts_in_lower_case_unless_it_is_a_name() -> None:
    from legal_desk.documents.context import mid_sentence

    assert "El original reposa en bóveda de títulos del Banco Andino de Crédito S.A., Carrera 7" in _render(
        "demanda_ejecutiva")
    case = sample_for("demanda_ejecutiva")
    named = dataclasses.replace(case.debt, original_location="Banco de Bogotá, caja fuerte de la oficina 12")
    assert "El original reposa en Banco de Bogotá, caja fuerte" in _render("demanda_ejecutiva", debt=named)
    assert mid_sentence("La bóveda principal") == "la bóveda principal"
    assert mid_sentence("El Banco Andino, bóveda") == "el Banco Andino, bóveda"  # an article before a name
    assert mid_sentence("Formulario de vinculación") == "formulario de vinculación"
    for kept in ("Bancolombia, extracto", "Archivo General de la Nación", "Caja Social", "RUT de la empresa",
                 "DIAN (RADIAN)", "Juan Pérez, gerente", "bóveda"):
        assert mid_sentence(kept) == kept
    # The e-mail source of the art. 8 oath follows the same rule: a name keeps its capital.
    debtor = dataclasses.replace(case.debtor, email_source="Bancolombia, certificación de datos del cliente")
    assert "(origen: Bancolombia, certificación de datos del cliente)" in _render("demanda_ejecutiva",
                                                                                   debtor=debtor)
