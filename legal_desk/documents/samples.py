"""Sample case data for each template: used by tests, template validation and previews."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from legal_desk.documents.context import (
    AgreementData,
    AnnexData,
    CaseDocumentData,
    DebtData,
    EmbargoData,
    LawyerData,
    LiquidationData,
    LiquidationRow,
    PartyData,
    PaymentData,
    liquidation_data,
)
from legal_desk.domain.interest import PaymentIn, RatePeriod, RateTable, liquidate

# Illustrative certified moratory rates (effective annual, %) for the sample case's months.
SAMPLE_RATES = {(2024, 3): "30.00", (2024, 4): "32.00", (2024, 5): "31.50", (2024, 6): "31.00"}


def sample_liquidation(case: CaseDocumentData, as_of: dt.date) -> LiquidationData:
    """The sample case liquidated by the app's engine at `as_of` with its payments up to then (each one's split)."""
    periods = []
    for (year, month), rate in SAMPLE_RATES.items():
        start = dt.date(year, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        periods.append(RatePeriod(start, end, Decimal(rate)))
    paid = [PaymentIn(p.date, p.amount, p.reference or "") for p in case.payments if p.date <= as_of]
    return liquidation_data(liquidate(case.debt.capital, case.debt.due_date, as_of, RateTable(periods), paid))


def sample_case() -> CaseDocumentData:
    """A complete, realistic case (capital $ 12.500.000,00 due 29 Feb 2024, DOMAIN.md §9 ex. 8)."""
    creditor = PartyData(
        name="Banco Andino de Crédito S.A.",
        id_type="NIT",
        id_number="900123456-8",
        address="Carrera 7 No. 71-21, piso 12",
        city="Bogotá D.C.",
        email="notificacionesjudiciales@bancoandino.com.co",
        phone="601 3456789",
        role="creditor",
        legal_representative="María Fernanda Rojas Pardo",
        legal_representative_id="52345678",
    )
    debtor = PartyData(
        name="Carlos Alberto Gómez Restrepo",
        id_type="CC",
        id_number="79123456",
        address="Calle 45 No. 13-20, apartamento 301",
        city="Bogotá D.C.",
        email="carlos.gomez@example.com",
        phone="310 555 1234",
        role="debtor",
        email_source="la solicitud de crédito firmada por el deudor el 20 de febrero de 2023",
    )
    guarantor = PartyData(
        name="Luz Marina Restrepo de Gómez",
        id_type="CC",
        id_number="41987654",
        address="Transversal 20 No. 120-45",
        city="Bogotá D.C.",
        email="luzmarina.restrepo@example.com",
        phone="311 444 9876",
        role="guarantor",
        email_source="el formulario de vinculación firmado por la codeudora",
    )
    rows = [
        LiquidationRow(
            dt.date(2024, 3, 1), dt.date(2024, 3, 31), 31, Decimal("30.00"),
            Decimal("12500000.00"), Decimal("278637.54"),
        ),
        LiquidationRow(
            dt.date(2024, 4, 1), dt.date(2024, 4, 10), 10, Decimal("32.00"),
            Decimal("12500000.00"), Decimal("95115.53"),
        ),
    ]
    interest = sum((r.interest for r in rows), Decimal("0"))
    costs = Decimal("0.00")
    liquidation = LiquidationData(
        as_of=dt.date(2024, 4, 10),
        rows=rows,
        capital=Decimal("12500000.00"),
        interest=interest,
        payments=Decimal("0.00"),
        costs=costs,
        total=Decimal("12500000.00") + interest + costs,
    )
    annexes = [
        AnnexData(1, "Pagaré No. 0045871 (copia digital)", "Título ejecutivo", "a" * 64,
                  dt.date(2023, 2, 28), "title"),
        AnnexData(2, "Certificado de existencia y representación legal del Banco Andino de Crédito S.A.",
                  "Expedido por la Superintendencia Financiera", "b" * 64, dt.date(2024, 3, 20),
                  "creditor_certificate"),
        AnnexData(3, "Poder especial otorgado al apoderado", None, "c" * 64, dt.date(2024, 3, 25),
                  "power_of_attorney"),
        AnnexData(4, "Carta de requerimiento y certificado de entrega de 4-72", None, "d" * 64,
                  dt.date(2024, 3, 12), "notice_proof"),
        AnnexData(5, "Liquidación del crédito con la tabla de tasas certificadas", None, "e" * 64,
                  dt.date(2024, 4, 10), "liquidation"),
    ]
    return CaseDocumentData(
        case_id="C-2024-000123",
        account_ref="OBL-0045871",
        jurisdiction="CO",
        court="Juzgado Treinta y Dos (32) Civil Municipal de Bogotá D.C.",
        city="Bogotá D.C.",
        radicado="11001400303220240012300",
        creditor=creditor,
        debtor=debtor,
        guarantors=[guarantor],
        debt=DebtData(
            capital=Decimal("12500000.00"),
            currency="COP",
            due_date=dt.date(2024, 2, 29),
            title_type="pagare",
            title_number="0045871",
            issue_date=dt.date(2023, 2, 28),
            agreed_rate=None,
            original_location=(
                "Bóveda de títulos del Banco Andino de Crédito S.A., Carrera 7 No. 71-21, Bogotá"
            ),
        ),
        lawyer=LawyerData(
            name="Andrés Felipe Martínez Ortiz",
            id_number="80456789",
            professional_card="215.432 del C. S. de la J.",
            email="amartinez@martinezabogados.com.co",
            phone="315 222 3344",
            address="Calle 93 No. 11A-28, oficina 502, Bogotá D.C.",
        ),
        liquidation=liquidation,
        annexes=annexes,
        payments=[
            PaymentData(dt.date(2024, 5, 15), Decimal("1500000.00"), "Consignación 778812"),
            PaymentData(dt.date(2024, 6, 14), Decimal("1000021.05"), "Transferencia PSE 99120"),
        ],
        embargoes=[
            EmbargoData("account", "Dineros en cuentas de ahorro y corrientes a nombre del demandado",
                        "Bancolombia S.A., Banco de Bogotá S.A., Banco Davivienda S.A.",
                        Decimal("20000000.00")),
            EmbargoData("vehicle", "Vehículo de placas ABC-123, marca Chevrolet, modelo 2019",
                        "Secretaría Distrital de Movilidad de Bogotá", None),
        ],
        agreement=AgreementData(
            signed=dt.date(2024, 5, 2),
            instalments=[
                (dt.date(2024, 6, 1), Decimal("4500000.00")),
                (dt.date(2024, 7, 1), Decimal("4500000.00")),
                (dt.date(2024, 8, 1), Decimal("3873753.07")),
            ],
            total=Decimal("12873753.07"),
        ),
        today=dt.date(2024, 4, 10),
        execution_ordered=True,  # the order to proceed is in the file: the art. 446 liquidation
    )


def sample_for(template_name: str) -> CaseDocumentData:
    """The sample case shaped for one template (a demand letter has no radicado yet, etc.)."""
    case = sample_case()
    before_filing = {"carta_requerimiento", "aviso_final", "demanda_ejecutiva", "poder_especial",
                     "medidas_cautelares", "acuerdo_pago"}
    if template_name in before_filing:
        case = dataclasses.replace(case, radicado=None)
    if template_name in {"carta_requerimiento", "aviso_final"}:
        case = dataclasses.replace(case, today=dt.date(2024, 3, 12), payments=[])
    if template_name == "memorial_abonos":  # the payments of May and June, applied, and the balance left
        case = dataclasses.replace(case, today=dt.date(2024, 6, 20),
                                   liquidation=sample_liquidation(case, dt.date(2024, 6, 20)))
    return case
