"""Interest liquidation: DOMAIN.md §9 examples 7 and 8, payments, usury cap and properties."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legal_desk.domain.interest import (
    EFFECTIVE,
    LiquidationError,
    PaymentIn,
    RateConvention,
    RatePeriod,
    RateTable,
    RateTableError,
    daily_rate,
    liquidate,
    stretch_interest,
)
from legal_desk.domain.money import format_money_co

D = dt.date
M = Decimal
TABLE_8 = RateTable(
    [
        RatePeriod(D(2024, 3, 1), D(2024, 3, 31), M("30.00")),
        RatePeriod(D(2024, 4, 1), D(2024, 4, 30), M("32.00")),
    ]
)


def _float_interest(capital: float, annual: float, days: int, basis: int = 365) -> float:
    """Independent cross-check in floating point: capital × ((1+EA)^(1/basis) − 1) × days."""
    return capital * ((1 + annual / 100) ** (1 / basis) - 1) * days


def test_example_7_daily_rate_and_thirty_days() -> None:
    """EA 27.90 % → d = 0.00067441504877…; 10,000,000 × d × 30 = 202,324.51.

    DOMAIN.md §9.7 writes "202,325.xx": with d exact the figure is 202,324.51 (float gives
    202,324.5146); with d rounded to 0.00067442 it would be 202,326.00. We pin the exact value.
    """
    d = daily_rate(M("27.90"))
    assert str(d).startswith("0.00067441504877301852540")
    assert f"{d:.8f}" == "0.00067442"
    interest = stretch_interest(M("10000000"), d, 30)
    assert interest == M("202324.51")
    assert abs(float(interest) - _float_interest(10_000_000, 27.90, 30)) < 0.01


def test_example_8_two_rate_periods() -> None:
    """12,500,000.00 due 2024-02-29 at 30 % (March) and 32 % (April), as of 2024-04-10."""
    liq = liquidate(M("12500000.00"), D(2024, 2, 29), D(2024, 4, 10), TABLE_8)
    rows = [(s.start, s.end, s.days, s.annual_rate, s.interest) for s in liq.stretches]
    assert rows == [
        (D(2024, 3, 1), D(2024, 3, 31), 31, M("30.00"), M("278637.54")),
        (D(2024, 4, 1), D(2024, 4, 10), 10, M("32.00"), M("95115.53")),
    ]
    # Hand check: 12.5M × 0.000719064607 = 8,988.3076 a day × 31 = 278,637.54;
    #             12.5M × 0.000760924251 = 9,511.5531 a day × 10 = 95,115.53.
    assert f"{liq.stretches[0].daily_rate:.12f}" == "0.000719064607"
    assert f"{liq.stretches[1].daily_rate:.12f}" == "0.000760924251"
    assert liq.interest_accrued == M("373753.07")
    assert liq.interest_unpaid == M("373753.07")
    assert liq.capital_outstanding == M("12500000.00")
    assert liq.total == M("12873753.07")
    assert liq.warnings == []
    doc = liq.to_json()
    assert json.loads(json.dumps(doc)) == doc
    assert {k: doc[k] for k in ("as_of", "capital", "interest", "payments", "costs", "total")} == {
        "as_of": "2024-04-10",
        "capital": "12500000.00",
        "interest": "373753.07",
        "payments": "0.00",
        "costs": "0.00",
        "total": "12873753.07",
    }
    assert doc["periods"][0] == {
        "from": "2024-03-01",
        "to": "2024-03-31",
        "days": 31,
        "annual_rate": "30.00",
        "capital_base": "12500000.00",
        "interest": "278637.54",
    }


def test_payment_goes_to_costs_interest_then_capital() -> None:
    """A payment on 2024-03-15 applies after that day's interest; capital falls from 03-16."""
    liq = liquidate(
        M("12500000.00"),
        D(2024, 2, 29),
        D(2024, 4, 10),
        TABLE_8,
        payments=[PaymentIn(D(2024, 3, 15), M("1000000.00"), "R1")],
        costs=M("100000.00"),
    )
    rows = [(s.start, s.end, s.days, s.capital_base, s.interest) for s in liq.stretches]
    assert rows == [
        (D(2024, 3, 1), D(2024, 3, 15), 15, M("12500000.00"), M("134824.61")),
        (D(2024, 3, 16), D(2024, 3, 31), 16, M("11734824.61"), M("135009.55")),
        (D(2024, 4, 1), D(2024, 4, 10), 10, M("11734824.61"), M("89293.13")),
    ]
    for s in liq.stretches:
        assert (
            abs(float(s.interest) - _float_interest(float(s.capital_base), float(s.annual_rate), s.days))
            < 0.01
        )
    [alloc] = liq.allocations
    assert (alloc.to_costs, alloc.to_interest, alloc.to_capital, alloc.reference) == (
        M("100000.00"),
        M("134824.61"),
        M("765175.39"),
        "R1",
    )
    assert liq.costs_outstanding == M("0.00")
    assert liq.interest_paid == M("134824.61")
    assert liq.interest_unpaid == M("224302.68")
    assert liq.capital_outstanding == M("11734824.61")
    assert liq.payments_total == M("1000000.00")
    assert liq.total == M("11959127.29")


def test_payment_before_accrual_and_surplus() -> None:
    """A payment on the due date goes to costs then capital; an overpayment is flagged as surplus."""
    liq = liquidate(
        M("1000000.00"),
        D(2024, 2, 29),
        D(2024, 3, 10),
        TABLE_8,
        payments=[PaymentIn(D(2024, 2, 29), M("200000.00")), PaymentIn(D(2024, 3, 10), M("900000.00"))],
        costs=M("50000.00"),
    )
    first, second = liq.allocations
    assert (first.to_costs, first.to_interest, first.to_capital) == (M("50000.00"), M("0.00"), M("150000.00"))
    assert liq.stretches[0].capital_base == M("850000.00")
    assert liq.stretches[0].days == 10
    interest = liq.stretches[0].interest
    assert second.to_interest == interest
    assert second.to_capital == M("850000.00")
    assert second.surplus == M("900000.00") - interest - M("850000.00")
    assert liq.total == M("0.00")
    # The warning is read by people: the surplus as a court writes money, the date as dd/mm/yyyy.
    expected = format_money_co(second.surplus)
    assert liq.warnings == [f"El abono del 10/03/2024 excede la deuda en {expected}: sobrante por devolver."]
    assert expected.startswith("$ ") and "," in expected


def test_agreed_rate_capped_by_usury() -> None:
    """Agreed 31 %: March capped at the table's 30 % (with a usury warning), April at 31 %."""
    liq = liquidate(M("12500000.00"), D(2024, 2, 29), D(2024, 4, 10), TABLE_8, agreed_annual_rate=M("31"))
    assert [(s.annual_rate, s.interest) for s in liq.stretches] == [
        (M("30.00"), M("278637.54")),
        (M("31"), M("92509.26")),
    ]
    assert len(liq.warnings) == 1
    assert "CCo art. 884" in liq.warnings[0] and "CP art. 305" in liq.warnings[0]
    assert "desde el 01/03/2024 (30,00 %)" in liq.warnings[0]
    below = liquidate(M("12500000.00"), D(2024, 2, 29), D(2024, 4, 10), TABLE_8, agreed_annual_rate=M("20"))
    assert below.warnings == [] and {s.annual_rate for s in below.stretches} == {M("20")}


def test_cap_warning_and_surplus_of_a_foreign_case_cite_no_colombian_law() -> None:
    """A liquidation outside Colombia whose table is a cap (a convention a jurisdiction may set) says the
    table's rate applies without citing the Colombian usury articles (CCo 884, CP 305), and writes its
    surplus in euros. Spain itself applies the agreed rate (test_foreign_interest.py)."""
    liq = liquidate(
        M("12500.00"),
        D(2024, 2, 29),
        D(2024, 4, 10),
        TABLE_8,
        [PaymentIn(D(2024, 4, 5), M("20000.00"))],
        agreed_annual_rate=M("31"),
        currency="EUR",
        jurisdiction="ES",
        convention=RateConvention(EFFECTIVE, table_is_cap=True),
    )
    assert liq.currency == "EUR" and liq.to_json()["currency"] == "EUR"
    cap, surplus = liq.warnings
    assert "se aplica la tasa de la tabla" in cap
    assert "884" not in cap and "305" not in cap and "usura" not in cap
    assert surplus.startswith("El abono del 05/04/2024 excede la deuda en ")
    assert surplus.endswith(" €: sobrante por devolver.")


def test_day_basis_360() -> None:
    """Basis 360 gives a larger daily rate: 282,508.91 and 96,437.09 for example 8."""
    liq = liquidate(M("12500000.00"), D(2024, 2, 29), D(2024, 4, 10), TABLE_8, day_basis=360)
    assert [s.interest for s in liq.stretches] == [M("282508.91"), M("96437.09")]
    with pytest.raises(LiquidationError, match="365 o 360"):
        liquidate(M("1"), D(2024, 2, 29), D(2024, 4, 10), TABLE_8, day_basis=366)


def test_uncovered_day_is_refused_by_name() -> None:
    """A liquidation that needs a day no period covers names the first such day."""
    with pytest.raises(LiquidationError, match="01/05/2024"):
        liquidate(M("1000.00"), D(2024, 2, 29), D(2024, 5, 3), TABLE_8)
    gap = RateTable(
        [
            RatePeriod(D(2024, 1, 1), D(2024, 1, 31), M("30")),
            RatePeriod(D(2024, 3, 1), D(2024, 3, 31), M("30")),
        ]
    )
    assert gap.first_uncovered(D(2024, 1, 15), D(2024, 3, 31)) == D(2024, 2, 1)
    assert gap.first_uncovered(D(2024, 3, 1), D(2024, 3, 31)) is None
    assert gap.rate_on(D(2024, 2, 10)) is None and gap.rate_on(D(2024, 3, 31)) == M("30")
    # the message names the whole missing stretch (February), not only its first day
    with pytest.raises(LiquidationError, match=r"no cubre el 01/02/2024 \(sin tasa del 01/02/2024 al 29/02/2024\)"):
        liquidate(M("1000.00"), D(2023, 12, 31), D(2024, 3, 5), gap)
    # a gap at the end of the table runs to the cut-off date; a one-day gap says so
    with pytest.raises(LiquidationError, match=r"no cubre el 01/04/2024 \(sin tasa del 01/04/2024 al 10/04/2024\)"):
        liquidate(M("1000.00"), D(2024, 3, 15), D(2024, 4, 10), gap)
    with pytest.raises(LiquidationError, match=r"no cubre el 01/04/2024 \(sin tasa para ese día\)"):
        liquidate(M("1000.00"), D(2024, 3, 15), D(2024, 4, 1), gap)
    assert gap.gap_end(D(2024, 2, 1), D(2024, 12, 31)) == D(2024, 2, 29)
    assert gap.gap_end(D(2024, 2, 1), D(2024, 2, 10)) == D(2024, 2, 10)


def test_rate_table_validation() -> None:
    """Overlaps, negative rates and inverted periods are refused."""
    with pytest.raises(RateTableError, match="se superpone"):
        RateTable(
            [
                RatePeriod(D(2024, 1, 1), D(2024, 1, 31), M("30")),
                RatePeriod(D(2024, 1, 31), D(2024, 2, 28), M("30")),
            ]
        )
    with pytest.raises(RateTableError, match="negativa"):
        RateTable([RatePeriod(D(2024, 1, 1), D(2024, 1, 31), M("-1"))])
    with pytest.raises(RateTableError, match="termina antes"):
        RateTable([RatePeriod(D(2024, 2, 1), D(2024, 1, 31), M("1"))])


def test_bad_inputs() -> None:
    """Cut-off before the due date, zero capital and non-positive payments are refused."""
    with pytest.raises(LiquidationError, match="anterior al vencimiento"):
        liquidate(M("1000"), D(2024, 3, 10), D(2024, 3, 9), TABLE_8)
    with pytest.raises(LiquidationError, match="mayor que cero"):
        liquidate(M("0"), D(2024, 3, 10), D(2024, 3, 19), TABLE_8)
    with pytest.raises(LiquidationError, match="abono"):
        liquidate(
            M("10"), D(2024, 3, 10), D(2024, 3, 19), TABLE_8, payments=[PaymentIn(D(2024, 3, 12), M("0"))]
        )
    later = liquidate(
        M("10"), D(2024, 3, 10), D(2024, 3, 19), TABLE_8, payments=[PaymentIn(D(2024, 4, 2), M("5"))]
    )
    assert later.payments_total == M("0.00") and "posteriores" in later.warnings[0]
    assert liquidate(M("10"), D(2024, 3, 10), D(2024, 3, 10), TABLE_8).stretches == []


YEAR_TABLE = RateTable(
    [
        RatePeriod(D(2024, m, 1), D(2024 + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1), M(20 + m))
        for m in range(1, 13)
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    capital=st.decimals(min_value=M("1.00"), max_value=M("5000000000.00"), places=2),
    due=st.dates(min_value=D(2023, 12, 31), max_value=D(2024, 12, 30)),
    length=st.integers(min_value=0, max_value=400),
    costs=st.decimals(min_value=M("0.00"), max_value=M("1000000.00"), places=2),
)
def test_property_no_payments_equals_sum_of_stretches(
    capital: Decimal, due: dt.date, length: int, costs: Decimal
) -> None:
    """Without payments the interest is the sum of the stretches, which tile the accrual days."""
    as_of = min(due + dt.timedelta(days=length), D(2024, 12, 31))
    liq = liquidate(capital, due, as_of, YEAR_TABLE, costs=costs)
    assert liq.interest_accrued == sum((s.interest for s in liq.stretches), M("0"))
    assert liq.total == capital + liq.interest_accrued + costs
    assert sum(s.days for s in liq.stretches) == (as_of - due).days
    day = due + dt.timedelta(days=1)
    for s in liq.stretches:
        assert s.start == day and s.capital_base == capital
        assert s.interest == stretch_interest(capital, daily_rate(s.annual_rate), s.days)
        day = s.end + dt.timedelta(days=1)
