"""A litigator's second reading: memorial de abonos, the liquidation before the order to proceed, the poder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from docx import Document

from legal_desk.documents.context import liquidation_kind
from legal_desk.documents.samples import SAMPLE_RATES, sample_for
from legal_desk.documents.templates import MissingFieldError, get_template, render_docx
from legal_desk.domain.interest import PaymentIn, RatePeriod, RateTable, liquidate
from tests.unit.documents.test_litigator_review import NBSP, _render


def _engine(data, as_of: dt.date):
    """The sample case liquidated by the engine, independently of the sample's own data."""
    periods = [RatePeriod(dt.date(y, m, 1), (dt.date(y, m, 28) + dt.timedelta(days=4)).replace(day=1)
                          - dt.timedelta(days=1), Decimal(r)) for (y, m), r in SAMPLE_RATES.items()]
    paid = [PaymentIn(p.date, p.amount, p.reference or "") for p in data.payments]
    return liquidate(data.debt.capital, data.debt.due_date, as_of, RateTable(periods), paid)


def test_memorial_de_abonos_shows_each_payments_imputation_and_the_balance_left() -> None:
    # CGP art. 446 / CC art. 1653: the judge and the other side need how each abono was applied (costs, interest,
    # capital) and what is still owed at the cut-off; the memorial listed date, amount and reference only.
    data = sample_for("memorial_abonos")
    text = _render("memorial_abonos", data)
    liq = _engine(data, dt.date(2024, 6, 20))
    first, second = liq.allocations
    assert (first.to_interest, first.to_capital) == (Decimal("704706.43"), Decimal("795293.57"))
    assert (second.to_interest, second.to_capital) == (Decimal("261826.56"), Decimal("738194.49"))
    assert "1 | 15/05/2024 | $ 1.500.000,00 | $ 0,00 | $ 704.706,43 | $ 795.293,57" in text
    assert "2 | 14/06/2024 | $ 1.000.021,05 | $ 0,00 | $ 261.826,56 | $ 738.194,49" in text
    assert " | Total | $ 2.500.021,05 | $ 0,00 | $ 966.532,99 | $ 1.533.488,06" in text
    # the balance at the cut-off, to the cent with the liquidation
    assert liq.capital_outstanding == Decimal("10966511.94") and liq.interest_unpaid == Decimal("48696.19")
    assert "Capital insoluto | $ 10.966.511,94" in text
    assert "Intereses moratorios causados | $ 1.015.229,18" in text
    assert "Intereses moratorios pendientes | $ 48.696,19" in text
    assert "SALDO (capital insoluto + intereses pendientes + costas) | $ 11.015.208,13" in text
    assert "el saldo de la obligación con corte al 20 de junio de 2024" in text
    assert ("continuar la ejecución por el capital insoluto de $ 10.966.511,94 y los intereses moratorios "
            "pendientes de $ 48.696,19, más los intereses moratorios que se causen desde el 21 de junio de 2024 "
            "hasta el pago total.") in text
    assert "1. 15 de mayo de 2024: Consignación 778812." in text
    assert "DOS MILLONES QUINIENTOS MIL VEINTIÚN PESOS CON CINCO CENTAVOS" in text


def test_memorial_without_a_payment_applied_by_the_cut_off_names_what_is_missing() -> None:
    data = sample_for("memorial_abonos")
    early = dataclasses.replace(data, liquidation=dataclasses.replace(data.liquidation, allocations=[]))
    with pytest.raises(MissingFieldError, match="abonos imputados hasta la fecha de corte"):
        render_docx(get_template("memorial_abonos"), early)
    with pytest.raises(MissingFieldError, match="liquidación del crédito"):
        render_docx(get_template("memorial_abonos"), dataclasses.replace(data, liquidation=None))


def test_the_art_446_traslado_is_asked_only_once_the_order_to_proceed_is_in_the_file() -> None:
    # CGP art. 446 num. 1: the liquidation is presented once the auto que ordena seguir adelante la ejecución is
    # final; the document asked for the three days' traslado at any stage with a radicado.
    ordered = sample_for("liquidacion_credito")
    assert liquidation_kind(ordered) == "art446"
    text = _render("liquidacion_credito", ordered)
    assert "Asunto: Liquidación del crédito (artículo 446 del Código General del Proceso)" in text
    assert "Solicito correr traslado de esta liquidación a la parte demandada por el término de tres (3) días" in text

    served = dataclasses.replace(ordered, execution_ordered=False)  # payment order issued, defences pending
    assert liquidation_kind(served) == "informative"
    text = _render("liquidacion_credito", served)
    assert "Asunto: Liquidación actualizada del crédito, para información del Despacho" in text
    assert "presento, para información del Despacho, la liquidación actualizada del crédito con corte al" in text
    assert "traslado de esta liquidación" not in text and "de conformidad con el artículo 446" not in text
    assert ("se presentará una vez ejecutoriado el auto que ordene seguir adelante la ejecución o notificada la "
            "sentencia que resuelva sobre las excepciones (numeral 1 del mismo artículo).") in text

    before = dataclasses.replace(ordered, radicado=None, execution_ordered=False)
    assert liquidation_kind(before) == "filing"
    text = _render("liquidacion_credito", before)
    assert "Liquidación del crédito a la fecha de presentación de la demanda" in text
    assert "como anexo de la demanda ejecutiva" in text and "traslado" not in text


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


def _bold_runs(docx: bytes, start: str) -> tuple[str, list[str]]:
    """The paragraph starting with `start` and its bold runs' texts."""
    doc = Document(io.BytesIO(docx))
    par = next(p for p in doc.paragraphs if p.text.startswith(start))
    return par.text.replace(NBSP, " "), [r.text.replace(NBSP, " ") for r in par.runs if r.bold and r.text.strip()]


def test_aviso_final_bolds_the_amounts_not_the_sentence_between_them_and_prints_no_asterisks() -> None:
    # The «**» of the capital sat inside an {% if %} branch: the aviso printed «…M/CTE ($ 12.873.753,07)**.»
    # and set «, más los intereses moratorios … es de» in bold while the total itself was not.
    data = sample_for("aviso_final")
    text, bold = _bold_runs(render_docx(get_template("aviso_final"), data), "A la fecha usted adeuda")
    assert "**" not in text
    assert bold == ["DOCE MILLONES QUINIENTOS MIL PESOS M/CTE ($ 12.500.000,00)",
                    "DOCE MILLONES OCHOCIENTOS SETENTA Y TRES MIL SETECIENTOS CINCUENTA Y TRES PESOS CON SIETE "
                    "CENTAVOS M/CTE ($ 12.873.753,07)"]
    reduced = dataclasses.replace(data, liquidation=sample_for("memorial_abonos").liquidation)
    text, bold = _bold_runs(render_docx(get_template("aviso_final"), reduced), "A la fecha usted adeuda")
    assert "**" not in text and "(saldo del capital original de $ 12.500.000,00, una vez imputados los abonos)" in text
    assert bold[0] == ("DIEZ MILLONES NOVECIENTOS SESENTA Y SEIS MIL QUINIENTOS ONCE PESOS CON NOVENTA Y CUATRO "
                       "CENTAVOS M/CTE ($ 10.966.511,94)")


def test_paragraphs_ending_in_long_unbreakable_amounts_are_flush_left_and_tables_keep_their_header() -> None:
    # Justified, the line before «M/CTE ($ 13.369.735,38)» or an e-mail address was stretched into gaps
    # («El total abonado      asciende    a»); the liquidation's table lost its header on the next page and the
    # memorial's balance table was cut after two rows.
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document(io.BytesIO(render_docx(get_template("liquidacion_credito"), sample_for("liquidacion_credito"))))
    total = next(p for p in doc.paragraphs if p.text.startswith("El total del crédito a la fecha de corte"))
    assert total.alignment == WD_ALIGN_PARAGRAPH.LEFT
    method = next(p for p in doc.paragraphs if p.text.startswith("Los intereses moratorios se liquidaron"))
    assert method.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY  # no long figure: justified like the rest
    stretches = doc.tables[0]
    assert stretches.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in stretches.rows)

    doc = Document(io.BytesIO(render_docx(get_template("memorial_abonos"), sample_for("memorial_abonos"))))
    balance = doc.tables[1]
    assert balance.cell(0, 0).text == "Concepto"
    assert all(c.paragraphs[0].paragraph_format.keep_with_next for r in balance.rows[:-1] for c in r.cells)
    intro = next(p for p in doc.paragraphs if p.text.startswith("Aplicados los abonos"))
    assert intro.paragraph_format.keep_with_next
    for start in ("El total abonado asciende a", "Solicito al Despacho tener en cuenta estos abonos"):
        assert next(p for p in doc.paragraphs if p.text.startswith(start)).alignment == WD_ALIGN_PARAGRAPH.LEFT
    doc = Document(io.BytesIO(render_docx(get_template("poder_especial"), sample_for("poder_especial"))))
    assert next(p for p in doc.paragraphs if p.text.startswith("Confiero este poder")).alignment \
        == WD_ALIGN_PARAGRAPH.LEFT


def test_an_agreement_for_less_than_owed_says_it_is_a_discount_not_that_it_covers_capital_and_interest() -> None:
    # The acuerdo said the debtor «reconoce deber … la suma total de $ 8.531.250,00, que comprende el capital … y
    # los intereses causados» on a capital of $ 12.187.500: false, and on a breach the creditor is owed the
    # whole debt. It now states what was owed on the signing day and that the difference is forgiven only if
    # every instalment is paid (CC art. 1711 remisión, art. 2469 transacción).
    from legal_desk.documents.samples import sample_liquidation

    data = sample_for("acuerdo_pago")
    owed = sample_liquidation(data, data.agreement.signed)
    # March and April as in the liquidation's sample, plus 1-2 May at 31,50 % (the engine's own figures)
    assert (owed.capital, owed.interest, owed.total) == (
        Decimal("12500000.00"), Decimal("582747.10"), Decimal("13082747.10"))
    text = _render("acuerdo_pago", dataclasses.replace(
        data, agreement=dataclasses.replace(data.agreement, owed=owed)))
    assert "que comprende el capital" not in text
    assert ("EL DEUDOR reconoce deber a EL ACREEDOR la obligación contenida en el pagaré No. 0045871, que a la "
            "fecha de este acuerdo asciende a $ 13.082.747,10 (capital insoluto $ 12.500.000,00 e intereses "
            "moratorios $ 582.747,10). Las partes convienen en que EL DEUDOR pagará la suma total de DOCE MILLONES "
            "OCHOCIENTOS SETENTA Y TRES MIL SETECIENTOS CINCUENTA Y TRES PESOS CON SIETE CENTAVOS M/CTE "
            "($ 12.873.753,07), que EL ACREEDOR acepta en pago total de la obligación; la diferencia de "
            "$ 208.994,03 se entenderá condonada solo cuando EL DEUDOR haya pagado íntegra y oportunamente todas "
            "las cuotas.") in text
    assert "exigir de inmediato el saldo insoluto de la obligación, sin la condonación prevista" in text
    # an agreement for all that is owed (or when the liquidation cannot be made) grants no discount
    text = _render("acuerdo_pago", data)
    assert "condon" not in text and "que comprende el capital" not in text
    assert "la obligación contenida en el pagaré No. 0045871. Las partes convienen en que EL DEUDOR pagará" in text
