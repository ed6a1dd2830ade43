"""Court filings as a case really has them: before reparto, with payments, one debtor or several."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from docx import Document

from legal_desk.documents.context import (
    AllocationData,
    LiquidationData,
    LiquidationRow,
    build_context,
    cuantia_co,
)
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, list_templates, render_docx

NBSP = "\u00a0"


def _text(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _before_filing(name: str, **changes: object):
    """The sample shaped for `name`, with no court and no radicado yet (the case is ready to file)."""
    return dataclasses.replace(sample_for(name), court=None, radicado=None, **changes)


@pytest.mark.parametrize("name", ["demanda_ejecutiva", "poder_especial", "medidas_cautelares",
                                  "liquidacion_credito"])
def test_filing_documents_render_before_reparto_addressed_to_the_judge_of_the_cuantia(name: str) -> None:
    # The court is assigned by reparto after filing: a case ready to file has none, and its lawsuit,
    # power, measures and filing-date liquidation must still be generated.
    # $ 12.873.753,07 in 2026 is mínima cuantía, and Bogotá has Juzgados de Pequeñas Causas (CGP art. 17 par.).
    text = _text(render_docx(get_template(name), _before_filing(name, today=dt.date(2026, 11, 26))))
    assert "JUZGADO DE PEQUEÑAS CAUSAS Y COMPETENCIA MÚLTIPLE DE BOGOTÁ D.C. (REPARTO)" in text
    assert "{{" not in text


def test_mayor_cuantia_goes_to_the_circuit_judge_and_unknown_wage_year_names_no_cuantia() -> None:
    big = _before_filing("demanda_ejecutiva", today=dt.date(2026, 11, 26), liquidation=None)
    big = dataclasses.replace(big, debt=dataclasses.replace(big.debt, capital=Decimal("300000000.00")))
    text = _text(render_docx(get_template("demanda_ejecutiva"), big))
    assert "JUZGADO CIVIL DEL CIRCUITO DE BOGOTÁ D.C. (REPARTO)" in text
    assert "Demanda ejecutiva singular de mayor cuantía" in text
    # A year whose minimum wage is not known: no cuantía is guessed (it used to say "menor").
    later = dataclasses.replace(big, today=dt.date(2031, 2, 3))
    text = _text(render_docx(get_template("demanda_ejecutiva"), later))
    assert "Asunto: Demanda ejecutiva singular\n" in text
    assert "menor cuantía" not in text and "mayor cuantía" not in text
    assert "JUZGADO CIVIL DE BOGOTÁ D.C. (REPARTO)" in text


def test_cuantia_uses_the_2026_minimum_wage() -> None:
    # SMLMV 2026 = $ 1.750.905 (decreto 1469 de 2025): 40 SMLMV = $ 70.036.200, 150 = $ 262.635.750.
    assert cuantia_co(Decimal("70036200"), 2026)["cuantia"] == "mínima"
    assert cuantia_co(Decimal("70036200.01"), 2026)["cuantia"] == "menor"
    assert cuantia_co(Decimal("262635750"), 2026)["cuantia"] == "menor"
    assert cuantia_co(Decimal("262635750.01"), 2026)["cuantia_judge"] == "civil del circuito"
    assert cuantia_co(Decimal("60000000"), 2025)["cuantia"] == "menor"  # 40 × 1.423.500 = 56.940.000


def test_an_assigned_court_is_kept() -> None:
    ctx = build_context(sample_for("demanda_ejecutiva"))
    assert ctx["court"] == "Juzgado Treinta y Dos (32) Civil Municipal de Bogotá D.C." and ctx["court_assigned"]


def test_title_comes_from_one_debtor_or_from_several() -> None:
    alone = dataclasses.replace(sample_for("demanda_ejecutiva"), guarantors=[])
    text = _text(render_docx(get_template("demanda_ejecutiva"), alone))
    assert "proviene del deudor y constituye plena prueba contra él." in text
    assert "de los deudores" not in text
    text = _text(render_docx(get_template("demanda_ejecutiva"), sample_for("demanda_ejecutiva")))
    assert "proviene de los deudores y constituye plena prueba contra ellos." in text


def _paid_liquidation() -> LiquidationData:
    """$ 12.500.000 due 29/02/2024; $ 1.500.000 paid 31/03/2024 (interest first, CC art. 1653)."""
    rows = [
        LiquidationRow(dt.date(2024, 3, 1), dt.date(2024, 3, 31), 31, Decimal("30.00"),
                       Decimal("12500000.00"), Decimal("278637.54")),
        LiquidationRow(dt.date(2024, 4, 1), dt.date(2024, 4, 10), 10, Decimal("32.00"),
                       Decimal("11278637.54"), Decimal("85821.89")),
    ]
    return LiquidationData(
        as_of=dt.date(2024, 4, 10),
        rows=rows,
        capital=Decimal("11278637.54"),
        interest=Decimal("85821.89"),
        payments=Decimal("1500000.00"),
        costs=Decimal("0.00"),
        total=Decimal("11364459.43"),
        interest_accrued=Decimal("364459.43"),
        allocations=[AllocationData(dt.date(2024, 3, 31), Decimal("1500000.00"), Decimal("0.00"),
                                    Decimal("278637.54"), Decimal("1221362.46"), "Consignación 778812")],
    )


def test_liquidation_shows_accrued_interest_and_how_each_payment_was_applied() -> None:
    case = dataclasses.replace(sample_for("liquidacion_credito"), liquidation=_paid_liquidation())
    text = _text(render_docx(get_template("liquidacion_credito"), case))
    # The stretches' total is the interest they add up to, not what is left unpaid after the payments.
    assert f" | Total |  | 41 |  |  | ${NBSP}364.459,43" in text
    assert (f"1 | 31/03/2024 | ${NBSP}1.500.000,00 | ${NBSP}0,00 | ${NBSP}278.637,54 | "
            f"${NBSP}1.221.362,46") in text
    assert f"(−) Abonos imputados a capital | ${NBSP}1.221.362,46" in text
    assert f"Capital insoluto | ${NBSP}11.278.637,54" in text
    assert f"Intereses moratorios causados | ${NBSP}364.459,43" in text
    assert f"Intereses moratorios pendientes | ${NBSP}85.821,89" in text
    assert "ONCE MILLONES TRESCIENTOS SESENTA Y CUATRO MIL CUATROCIENTOS CINCUENTA Y NUEVE PESOS CON " \
           "CUARENTA Y TRES CENTAVOS" in text
    assert "4. Forma de cálculo" in text
    # Filed case (radicado): art. 446 with its three days of objections.
    assert "(artículo 446 del Código General del Proceso)" in text and "tres (3) días" in text


def test_liquidation_without_payments_has_no_allocation_table() -> None:
    text = _text(render_docx(get_template("liquidacion_credito"), sample_for("liquidacion_credito")))
    assert "Abonos e imputación" not in text and "2. Resumen" in text and "3. Forma de cálculo" in text
    assert f" | Total |  | 41 |  |  | ${NBSP}373.753,07" in text


def test_liquidation_at_filing_date_asks_for_no_art_446_objections() -> None:
    text = _text(render_docx(get_template("liquidacion_credito"), _before_filing("liquidacion_credito")))
    assert "Liquidación del crédito a la fecha de presentación de la demanda" in text
    assert "como anexo de la demanda ejecutiva" in text
    assert "traslado" not in text and "artículo 446" not in text


def test_demanda_after_payments_claims_the_unpaid_capital_and_interest() -> None:
    case = dataclasses.replace(sample_for("demanda_ejecutiva"), liquidation=_paid_liquidation())
    text = _text(render_docx(get_template("demanda_ejecutiva"), case))
    assert ("PRIMERA. Por la suma de ONCE MILLONES DOSCIENTOS SETENTA Y OCHO MIL SEISCIENTOS TREINTA Y "
            f"SIETE PESOS CON CINCUENTA Y CUATRO CENTAVOS M/CTE (${NBSP}11.278.637,54), por concepto del "
            "saldo insoluto del capital") in text
    assert f"por valor original de ${NBSP}12.500.000,00" in text
    assert ("SEGUNDA. Por los intereses moratorios causados y no pagados desde el 1 de marzo de 2024 hasta "
            "el 10 de abril de 2024, que ascienden a OCHENTA Y CINCO MIL OCHOCIENTOS VEINTIÚN PESOS CON "
            "OCHENTA Y NUEVE CENTAVOS") in text
    assert "desde el 11 de abril de 2024 y hasta el pago total" in text
    assert "DOCE MILLONES QUINIENTOS MIL PESOS M/CTE" not in text.split("TERCERA")[0]


def test_signature_blocks_stay_on_one_page() -> None:
    for info in list_templates():
        paragraphs = Document(str(info.path)).paragraphs
        for i, p in enumerate(paragraphs):
            if p.text.startswith("____"):
                block = paragraphs[i - 1:i + 3]  # room to sign, line, name, ID
                closing = paragraphs[i - 2]  # "Atentamente," (or the tag of a loop of signatures)
                if not closing.text.startswith("{%p"):
                    block.append(closing)
                assert all(q.paragraph_format.keep_with_next for q in block), (info.name, i)


def test_bogota_dc_keeps_its_dot_inside_a_sentence_and_never_doubles_it() -> None:
    # Sample parties live in "Bogotá D.C.": the abbreviation used to lose its dot before "; correo" / " y".
    text = _text(render_docx(get_template("demanda_ejecutiva"), sample_for("demanda_ejecutiva")))
    assert "Bogotá D.C.; correo electrónico notificacionesjudiciales@bancoandino.com.co." in text
    assert "Bogotá D.C.; correo electrónico carlos.gomez@example.com; teléfono 310 555 1234." in text
    text = _text(render_docx(get_template("acuerdo_pago"), sample_for("acuerdo_pago")))
    assert "apartamento 301, Bogotá D.C. y carlos.gomez@example.com." in text
    # No e-mail nor phone: the city ends the sentence with a single dot.
    case = sample_for("demanda_ejecutiva")
    case = dataclasses.replace(
        case, creditor=dataclasses.replace(case.creditor, email=None),
        debtor=dataclasses.replace(case.debtor, email=None, phone=None),
    )
    text = _text(render_docx(get_template("demanda_ejecutiva"), case))
    assert "piso 12, Bogotá D.C.\n" in text and "apartamento 301, Bogotá D.C.\n" in text
    for name in ("demanda_ejecutiva", "acuerdo_pago"):
        text = _text(render_docx(get_template(name), sample_for(name)))
        assert "D.C.." not in text and "D.C;" not in text and "D.C y" not in text


def test_liquidation_method_names_the_rate_and_day_basis_the_rows_used() -> None:
    """«Forma de cálculo» said «la tasa … certificada para cada período» and «^(1/365)» whatever the rows used:
    with an agreed rate below the cap the rows read 24,00 % while the text said the certified rate, and on a
    360-day desk the formula was still 1/365."""
    sample = sample_for("liquidacion_credito")
    text = _text(render_docx(get_template("liquidacion_credito"), sample))
    assert "a la tasa de interés moratorio certificada para cada período" in text
    assert "(1 + tasa efectiva anual)^(1/365) − 1" in text and "pactada" not in text

    agreed = dataclasses.replace(sample, debt=dataclasses.replace(sample.debt, agreed_rate=Decimal("24")))
    below = dataclasses.replace(agreed, liquidation=dataclasses.replace(sample.liquidation, day_basis=360))
    text = _text(render_docx(get_template("liquidacion_credito"), below))
    assert "a la tasa moratoria pactada del 24,00 % efectivo anual, que en ningún período supera" in text
    assert "certificada para cada período" not in text
    assert "(1 + tasa efectiva anual)^(1/360) − 1" in text

    capped = dataclasses.replace(agreed, liquidation=dataclasses.replace(sample.liquidation, capped=True))
    text = _text(render_docx(get_template("liquidacion_credito"), capped))
    assert "pactada del 24,00 % efectivo anual, limitada a la tasa máxima legal certificada en los períodos" in text
