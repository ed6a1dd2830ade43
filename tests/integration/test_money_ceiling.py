"""Every amount the desk takes is kept to the cent on SQLite and PostgreSQL, or refused with the ceiling.

SQLite stores NUMERIC as a binary double: before the ceiling a capital of 90.071.992.547.409,93 was read
back as 90.071.992.547.409,94, 999.999.999.999.999,99 (accepted by the import) as 1.000.000.000.000.000,00,
and a payment of 9.999.999.999.999.999.999,99 (accepted) as 10.000.000.000.000.000.000,00; on PostgreSQL
such a payment overflows NUMERIC(18, 2).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import Case, Debt, Payment
from legal_desk.services import cases, payments, rates
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

CEILING = "9.999.999.999.999,99"


def test_the_largest_amounts_round_trip_to_the_cent_and_larger_ones_are_refused(desk, tmp_path):
    admin, col = actor_for(desk, "admin"), actor_for(desk, "cobranza")
    (tmp_path / "tasas.csv").write_text("desde;hasta;tasa_efectiva_anual\n2024-03-01;2024-03-31;30,00\n")
    rates.import_rates(desk, admin, tmp_path / "tasas.csv")

    def hand_over(ref: str, capital: str):
        return cases.hand_over_case(
            desk,
            col,
            HandoverInput(
                account_ref=ref,
                debtor=PartyInput(f"Deudor {ref}", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
                debt=DebtInput(capital=capital, due_date=dt.date(2024, 2, 29), title_type="pagare"),
            ),
        )

    with pytest.raises(
        ValidationFailed, match=rf"Capital: el valor 10\.000\.000\.000\.000,00 supera el máximo admitido \({CEILING}\)"
    ):
        hand_over("OB-BIG", "10.000.000.000.000,00")
    hand_over("OB-MAX", CEILING)
    cases.update_case(desk, admin, "OB-MAX", CaseUpdate(costs=Decimal("1234567890123.45")))
    with pytest.raises(
        ValidationFailed, match=rf"Costas: el valor 10\.000\.000\.000\.000,00 supera el máximo admitido \({CEILING}\)"
    ):
        cases.update_case(desk, admin, "OB-MAX", CaseUpdate(costs=Decimal("10000000000000")))
    with pytest.raises(ValidationFailed, match=r"Capital: el valor 90\.071\.992\.547\.409,93 supera el máximo"):
        cases.update_case(desk, admin, "OB-MAX", CaseUpdate(capital=Decimal("90071992547409.93")))
    para = actor_for(desk, "dependiente")
    with pytest.raises(
        ValidationFailed,
        match=rf"Valor del abono: el valor 9999999999999999999.99 supera el máximo admitido \({CEILING}\)",
    ):
        payments.add_payment(
            desk, para, "OB-MAX", dt.date(2024, 3, 1), "9999999999999999999.99", today=dt.date(2024, 3, 31)
        )
    # A payment of 1.234.567.890.123,45 on 01/03/2024 goes to the costs first and is kept to the cent.
    res = payments.add_payment(
        desk, para, "OB-MAX", dt.date(2024, 3, 1), "1.234.567.890.123,45", today=dt.date(2024, 3, 31)
    )
    assert res.to_costs == Decimal("1234567890123.45")
    with desk.reading() as s:
        capital, costs = s.execute(select(Case.capital, Debt.costs).join(Debt, Debt.case_id == Case.id)).one()
        assert (capital, costs) == (Decimal("9999999999999.99"), Decimal("1234567890123.45"))
        assert s.execute(select(Payment.amount)).scalars().all() == [Decimal("1234567890123.45")]
    # The import refuses what the handover refuses, naming the same ceiling.
    path = tmp_path / "entrega.csv"
    path.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"
        "OB-IMP;Megacorp S.A.S.;CC;1012345;999.999.999.999.999,99;2024-01-31\n",
        encoding="utf-8",
    )
    result = import_referrals(desk, col, path, client_name="Banco Andino S.A.", client_id_number="900123456-8")
    assert result.accepted == 0
    assert [(e["line"], e["column"], e["message"]) for e in result.errors] == [
        (2, "capital", f"el capital supera el máximo admitido ({CEILING})")
    ]
