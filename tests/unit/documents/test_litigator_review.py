"""What a Colombian litigation lawyer reading the generated filings word by word would not sign."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

from docx import Document

from legal_desk.documents.context import EmbargoData, build_context
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, render_docx

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


def test_bank_account_embargo_is_limited_to_the_credit_plus_fifty_per_cent() -> None:
    # CGP art. 593 num. 10: money in accounts is seized up to the credit and costs plus 50 %. The sample's
    # credit is $ 12.873.753,07 at the cut-off; its account measure carries a cap of $ 20.000.000 the judge
    # would cut down to $ 19.310.629,61.
    data = sample_for("medidas_cautelares")
    text = _render("medidas_cautelares", data)
    assert "20.000.000" not in text
    assert ("Solicito limitar la medida a la suma de DIECINUEVE MILLONES TRESCIENTOS DIEZ MIL SEISCIENTOS "
            "VEINTINUEVE PESOS CON SESENTA Y UN CENTAVOS M/CTE ($ 19.310.629,61), valor del crédito y las "
            "costas más un cincuenta por ciento (artículo 593, numeral 10, del Código General del Proceso).") in text
    # A lower cap the firm chose is kept, without claiming it is the legal one.
    low = dataclasses.replace(data, embargoes=[EmbargoData("account", "Cuentas del demandado", "Bancolombia S.A.",
                                                           Decimal("15000000.00"))])
    text = _render("medidas_cautelares", low)
    assert "($ 15.000.000,00)." in text and "más un cincuenta por ciento" not in text
    # No cap on the case: the legal ceiling is asked for.
    none = dataclasses.replace(data, embargoes=[EmbargoData("account", "Cuentas del demandado", None, None)])
    assert "($ 19.310.629,61), valor del crédito" in _render("medidas_cautelares", none)
    # Without a liquidation nothing is computed and nothing is invented.
    bare = dataclasses.replace(none, liquidation=None)
    assert "Solicito limitar" not in _render("medidas_cautelares", bare)
    assert build_context(bare)["embargoes"][0]["limit"] is None


def test_money_is_seized_and_withheld_goods_seized_and_taken_into_custody() -> None:
    # «Embargo y secuestro» of a bank account is not a measure: money is «embargado y retenido» (CGP art.
    # 593 num. 10); a vehicle is seized and then «secuestrado» (arts. 593 num. 1, 595).
    text = _render("medidas_cautelares", sample_for("medidas_cautelares"))
    assert "las siguientes MEDIDAS CAUTELARES sobre bienes de propiedad de la parte demandada:" in text
    assert "1. Embargo y retención — dineros depositados en cuentas bancarias:" in text
    assert "2. Embargo y secuestro — vehículo automotor:" in text
    assert "EMBARGO Y SECUESTRO de los siguientes bienes" not in text


def _company_debtor(name: str):
    data = sample_for(name)
    company = dataclasses.replace(data.debtor, name="Transportes Guayacán S.A.", id_type="NIT",
                                  id_number="900284753-0", email="contabilidad@guayacan.com.co",
                                  email_source="el formulario de vinculación firmado por su representante")
    return dataclasses.replace(data, debtor=company)


def test_a_company_defendant_is_domiciled_and_represented_not_a_person_of_age() -> None:
    # CGP art. 82 num. 2: the parties' names and domicile and, when they do not appear by themselves, their
    # legal representatives'. A company was «Demandado(a): …, persona jurídica …, domiciliado(a) en …».
    text = _render("demanda_ejecutiva", _company_debtor("demanda_ejecutiva"))
    assert ("Demandada: Transportes Guayacán S.A., persona jurídica identificada con NIT 900.284.753-0, con "
            "domicilio en Bogotá D.C., representada legalmente por quien haga sus veces según el certificado de "
            "existencia y representación legal expedido por la cámara de comercio.") in text
    # The natural-person codeudor keeps its wording.
    assert ("Demandado(a) (codeudor solidario): Luz Marina Restrepo de Gómez, mayor de edad, identificado(a) "
            "con C.C. 41.987.654, domiciliado(a) en Bogotá D.C.") in text


def test_letters_to_a_company_are_addressed_to_señores() -> None:
    for name in ("carta_requerimiento", "aviso_final"):
        text = _render(name, _company_debtor(name))
        assert "Señores\nTransportes Guayacán S.A.\nNIT 900.284.753-0" in text
        assert "Respetados señores:" in text and "Señor(a)" not in text and "Respetado(a)" not in text
        person = _render(name, sample_for(name))
        assert "Señor(a)\nCarlos Alberto Gómez Restrepo" in person and "Respetado(a) señor(a):" in person


def test_demanda_annexes_what_its_body_says_is_annexed() -> None:
    # The oath of Ley 2213 art. 8 says the evidence of the e-mail addresses «se aporta con la demanda», and
    # without measures before service the demanda says it was sent to the defendants at filing (art. 6):
    # the annexes say both, or the judge inadmits for want of the proof of sending.
    data = sample_for("demanda_ejecutiva")
    text = _render("demanda_ejecutiva", dataclasses.replace(data, embargoes=[]))
    assert ("acompaño el poder especial, el certificado de existencia y representación legal de la "
            "demandante, la liquidación del crédito, las evidencias de la forma en que se obtuvieron las "
            "direcciones electrónicas de la parte demandada (artículo 8 de la Ley 2213 de 2022) y la constancia "
            "del envío simultáneo de la demanda y sus anexos a la parte demandada (artículo 6 de la Ley 2213 de "
            "2022); la relación completa") in text
    # With measures asked before service nothing was sent; with no known e-mail there is no oath to back.
    quiet = [dataclasses.replace(p, email="", email_source="") for p in (data.debtor, *data.guarantors)]
    text = _render("demanda_ejecutiva", dataclasses.replace(data, debtor=quiet[0], guarantors=quiet[1:]))
    assert ("acompaño el poder especial, el certificado de existencia y representación legal de la "
            "demandante y la liquidación del crédito; la relación completa") in text


def test_letters_name_the_agreed_rate_the_liquidation_applies() -> None:
    # A pagaré at 24 % E.A. was liquidated at 24 % while the letters told the debtor «a la tasa máxima legal»
    # (about 26 % in 2026): the figure in the same letter contradicted the rate it named (CCo art. 884:
    # the agreed rate applies up to the legal maximum).
    for name in ("carta_requerimiento", "aviso_final"):
        data = sample_for(name)
        agreed = dataclasses.replace(data, debt=dataclasses.replace(data.debt, agreed_rate=Decimal("24.00")))
        text = _render(name, agreed)
        assert ("tasa pactada del 24,00 % efectivo anual, sin exceder la tasa máxima legal certificada por la "
                "Superintendencia Financiera de Colombia") in text
        assert "a la tasa máxima legal" not in text.replace("exceder la tasa máxima legal", "")
        assert "tasa máxima legal certificada por la Superintendencia Financiera de Colombia" in _render(name, data)
        assert "pactada" not in _render(name, data)


def test_liquidation_summary_adds_up_when_payments_went_to_costs() -> None:
    # $ 750.000 paid: $ 450.000 to costs, $ 300.000 to interest. The summary showed the interest part
    # and «Costas pendientes $ 0,00» only, so capital + interest − payments did not give the total a judge
    # checks under CGP art. 446; the costs and what went to them are now lines of the summary.
    from legal_desk.documents.context import AllocationData

    data = sample_for("liquidacion_credito")
    liq = data.liquidation
    allocations = [
        AllocationData(dt.date(2024, 3, 15), Decimal("300000.00"), Decimal("300000.00"), Decimal("0"), Decimal("0")),
        AllocationData(dt.date(2024, 3, 20), Decimal("450000.00"), Decimal("150000.00"), Decimal("300000.00"),
                       Decimal("0")),
    ]
    interest = liq.interest - Decimal("300000.00")
    paid = dataclasses.replace(liq, interest=interest, interest_accrued=liq.interest, payments=Decimal("750000.00"),
                               costs=Decimal("0.00"), total=liq.capital + interest, allocations=allocations)
    text = _render("liquidacion_credito", dataclasses.replace(data, liquidation=paid))
    assert "Costas | $ 450.000,00" in text
    assert "(−) Abonos imputados a costas | $ 450.000,00" in text
    assert "Costas pendientes | $ 0,00" in text
    rows = {line.split(" | ")[0]: line.split(" | ")[1] for line in text.splitlines() if line.count(" | ") == 1}
    money = {k: Decimal(v.strip("*").replace("$ ", "").replace(".", "").replace(",", ".")) for k, v in rows.items()
             if v.strip("*").startswith("$")}
    assert (money["Capital insoluto"] + money["Intereses moratorios pendientes"] + money["Costas pendientes"]
            == money["TOTAL (capital insoluto + intereses pendientes + costas)"])
    assert (money["Capital del título"] + money["Intereses moratorios causados"] + money["Costas"]
            - Decimal("750000.00") == money["TOTAL (capital insoluto + intereses pendientes + costas)"])


def test_the_title_annex_carries_the_title_date_the_facts_state() -> None:
    # The demo's pagaré was listed in the pruebas «de fecha 22 de septiembre de 2026» (the day it was added)
    # while fact 1 said «el pagaré …, de fecha 26 de julio de 2025».
    data = sample_for("demanda_ejecutiva")
    scanned = [dataclasses.replace(a, date=dt.date(2024, 3, 22)) if a.kind == "title" else a for a in data.annexes]
    text = _render("demanda_ejecutiva", dataclasses.replace(data, annexes=scanned))
    assert "el pagaré No. 0045871, de fecha 28 de febrero de 2023" in text
    assert "1. Pagaré No. 0045871 (copia digital), de fecha 28 de febrero de 2023." in text
    assert "22 de marzo de 2024" not in text
    # Other annexes keep their own dates.
    assert "Poder especial otorgado al apoderado, de fecha 25 de marzo de 2024" in text
