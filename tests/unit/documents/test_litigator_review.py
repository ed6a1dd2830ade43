"""What a Colombian litigation lawyer reading the generated filings word by word would not sign."""

from __future__ import annotations

import dataclasses
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
