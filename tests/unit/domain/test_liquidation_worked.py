"""A pagaré of $ 10.000.000 due 15/03/2024 liquidated to 30/11/2024, worked by hand (DOMAIN.md §5).

The rates are the moratory (usury = 1,5 × IBC) rates for March–November 2024 of the shipped table
resources/rates/sample_rates_co.csv (its header says they are illustrative). Every figure below was
computed apart from the app, with `Decimal` at 50 digits and `x ** (1/365)` (the app uses ln/exp):

    d(EA) = (1 + EA/100)^(1/365) − 1          (day basis 365 also in the leap year 2024)
    33,30 % → 0.000787795192128621843…        30,63 % → 0.000732319284818561064…
    33,09 % → 0.000783472247622679224…        29,99 % → 0.000718853699322987087…
    31,53 % → 0.000751144369091033704…        29,54 % → 0.000709346063628971717…
    30,84 % → 0.000736723347929872961…        28,83 % → 0.000694277940024653642…
                                              28,73 % → 0.000692149018313075882…
    24,00 % → 0.000589519944145636351…

Interest runs from the day after the due date (16/03/2024) to the cut-off date, both included:
16 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 260 days. Each stretch (same rate, same capital) is
capital × d × days rounded half-up to cents once, at the end of the stretch; the total is the sum of
the rounded stretches (so 0,8 × a liquidation is not always the liquidation of 0,8 × the capital).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from legal_desk.domain.interest import PaymentIn, RatePeriod, RateTable, liquidate

D = dt.date
M = Decimal
DUE, CUT = D(2024, 3, 15), D(2024, 11, 30)
CAPITAL = M("10000000")
TABLE_2024 = RateTable(
    [
        RatePeriod(D(2024, 3, 1), D(2024, 3, 31), M("33.30")),
        RatePeriod(D(2024, 4, 1), D(2024, 4, 30), M("33.09")),
        RatePeriod(D(2024, 5, 1), D(2024, 5, 31), M("31.53")),
        RatePeriod(D(2024, 6, 1), D(2024, 6, 30), M("30.84")),
        RatePeriod(D(2024, 7, 1), D(2024, 7, 31), M("30.63")),
        RatePeriod(D(2024, 8, 1), D(2024, 8, 31), M("29.99")),
        RatePeriod(D(2024, 9, 1), D(2024, 9, 30), M("29.54")),
        RatePeriod(D(2024, 10, 1), D(2024, 10, 31), M("28.83")),
        RatePeriod(D(2024, 11, 1), D(2024, 11, 30), M("28.73")),
    ]
)


def _rows(liq):  # type: ignore[no-untyped-def]
    return [(s.start, s.end, s.days, s.annual_rate, s.capital_base, s.interest) for s in liq.stretches]


def test_no_payments_nine_monthly_rates() -> None:
    liq = liquidate(CAPITAL, DUE, CUT, TABLE_2024)
    assert _rows(liq) == [
        # 10.000.000 × 0,000787795192… × 16 = 126.047,2307… → 126.047,23
        (D(2024, 3, 16), D(2024, 3, 31), 16, M("33.30"), CAPITAL, M("126047.23")),
        # × 0,000783472247… × 30 = 235.041,6742… → 235.041,67
        (D(2024, 4, 1), D(2024, 4, 30), 30, M("33.09"), CAPITAL, M("235041.67")),
        # × 0,000751144369… × 31 = 232.854,7544… → 232.854,75
        (D(2024, 5, 1), D(2024, 5, 31), 31, M("31.53"), CAPITAL, M("232854.75")),
        # × 0,000736723347… × 30 = 221.017,0043… → 221.017,00
        (D(2024, 6, 1), D(2024, 6, 30), 30, M("30.84"), CAPITAL, M("221017.00")),
        # × 0,000732319284… × 31 = 227.018,9782… → 227.018,98
        (D(2024, 7, 1), D(2024, 7, 31), 31, M("30.63"), CAPITAL, M("227018.98")),
        # × 0,000718853699… × 31 = 222.844,6467… → 222.844,65
        (D(2024, 8, 1), D(2024, 8, 31), 31, M("29.99"), CAPITAL, M("222844.65")),
        # × 0,000709346063… × 30 = 212.803,8190… → 212.803,82
        (D(2024, 9, 1), D(2024, 9, 30), 30, M("29.54"), CAPITAL, M("212803.82")),
        # × 0,000694277940… × 31 = 215.226,1614… → 215.226,16
        (D(2024, 10, 1), D(2024, 10, 31), 31, M("28.83"), CAPITAL, M("215226.16")),
        # × 0,000692149018… × 30 = 207.644,7054… → 207.644,71
        (D(2024, 11, 1), D(2024, 11, 30), 30, M("28.73"), CAPITAL, M("207644.71")),
    ]
    assert sum(s.days for s in liq.stretches) == 260
    assert liq.interest_accrued == liq.interest_unpaid == M("1900498.97")
    assert liq.total == M("11900498.97")
    assert liq.warnings == []


def test_costs_then_interest_then_capital_two_payments() -> None:
    """Costas 500.000; abono 1.000.000 on 20/06 (less than costs + interest); 3.000.000 on 10/09 (more)."""
    liq = liquidate(
        CAPITAL,
        DUE,
        CUT,
        TABLE_2024,
        payments=[PaymentIn(D(2024, 6, 20), M("1000000")), PaymentIn(D(2024, 9, 10), M("3000000"))],
        costs=M("500000"),
    )
    low = M("7835758.89")
    assert _rows(liq) == [
        (D(2024, 3, 16), D(2024, 3, 31), 16, M("33.30"), CAPITAL, M("126047.23")),
        (D(2024, 4, 1), D(2024, 4, 30), 30, M("33.09"), CAPITAL, M("235041.67")),
        (D(2024, 5, 1), D(2024, 5, 31), 31, M("31.53"), CAPITAL, M("232854.75")),
        # the stretch ends on the payment day, which earns interest: 10.000.000 × d(30,84) × 20 = 147.344,6695…
        (D(2024, 6, 1), D(2024, 6, 20), 20, M("30.84"), CAPITAL, M("147344.67")),
        # interest to 20/06 = 126.047,23 + 235.041,67 + 232.854,75 + 147.344,67 = 741.288,32;
        # 1.000.000 → 500.000 costs, 500.000 interest, 0 capital; 241.288,32 interest still unpaid.
        # × d(30,84) × 10 = 73.672,3347… → 73.672,33 (capital unchanged: nothing went to it)
        (D(2024, 6, 21), D(2024, 6, 30), 10, M("30.84"), CAPITAL, M("73672.33")),
        (D(2024, 7, 1), D(2024, 7, 31), 31, M("30.63"), CAPITAL, M("227018.98")),
        (D(2024, 8, 1), D(2024, 8, 31), 31, M("29.99"), CAPITAL, M("222844.65")),
        # × d(29,54) × 10 = 70.934,6063… → 70.934,61
        (D(2024, 9, 1), D(2024, 9, 10), 10, M("29.54"), CAPITAL, M("70934.61")),
        # unpaid at 10/09 = 241.288,32 + 73.672,33 + 227.018,98 + 222.844,65 + 70.934,61 = 835.758,89;
        # 3.000.000 → 835.758,89 interest, 2.164.241,11 capital; capital from 11/09 = 7.835.758,89.
        # 7.835.758,89 × d(29,54) × 20 = 111.165,2944… → 111.165,29
        (D(2024, 9, 11), D(2024, 9, 30), 20, M("29.54"), low, M("111165.29")),
        # × d(28,83) × 31 = 168.646,0307… → 168.646,03
        (D(2024, 10, 1), D(2024, 10, 31), 31, M("28.83"), low, M("168646.03")),
        # × d(28,73) × 30 = 162.705,3847… → 162.705,38
        (D(2024, 11, 1), D(2024, 11, 30), 30, M("28.73"), low, M("162705.38")),
    ]
    first, second = liq.allocations
    assert (first.to_costs, first.to_interest, first.to_capital, first.surplus) == (
        M("500000"),
        M("500000"),
        M("0"),
        M("0"),
    )
    assert (second.to_costs, second.to_interest, second.to_capital) == (M("0"), M("835758.89"), M("2164241.11"))
    assert liq.capital_outstanding == low
    # 111.165,29 + 168.646,03 + 162.705,38
    assert liq.interest_unpaid == M("442516.70")
    # all stretches: 1.778.275,59 = 500.000 + 835.758,89 paid + 442.516,70 unpaid
    assert liq.interest_accrued == M("1778275.59")
    assert liq.interest_paid == M("1335758.89")
    assert liq.costs_outstanding == M("0")
    # 7.835.758,89 + 442.516,70 + 0 = 10.000.000 + 1.778.275,59 + 500.000 − 4.000.000
    assert liq.total == M("8278275.59")


def test_payment_on_the_due_date_goes_to_capital_before_any_interest() -> None:
    """No interest accrues on the due date itself: 2.000.000 paid on 15/03 is all capital."""
    liq = liquidate(CAPITAL, DUE, CUT, TABLE_2024, payments=[PaymentIn(DUE, M("2000000"))])
    [alloc] = liq.allocations
    assert (alloc.to_interest, alloc.to_capital) == (M("0"), M("2000000"))
    assert {s.capital_base for s in liq.stretches} == {M("8000000")}
    assert liq.stretches[0].start == D(2024, 3, 16)
    # 8.000.000 × d × days, each rounded: 100.837,78 + 188.033,34 + 186.283,80 + 176.813,60 + 181.615,18
    # + 178.275,72 + 170.243,06 + 172.180,93 + 166.115,76 = 1.520.399,17 (0,8 × 1.900.498,97 would be
    # 1.520.399,18: rounding is per stretch, never on the total)
    assert [s.interest for s in liq.stretches] == [
        M("100837.78"),
        M("188033.34"),
        M("186283.80"),
        M("176813.60"),
        M("181615.18"),
        M("178275.72"),
        M("170243.06"),
        M("172180.93"),
        M("166115.76"),
    ]
    assert liq.interest_unpaid == M("1520399.17")
    assert liq.total == M("9520399.17")


def test_payment_on_the_first_day_of_a_rate_period() -> None:
    """200.000 on 01/04: April 1 earns interest at the old capital, capital falls from 02/04."""
    liq = liquidate(CAPITAL, DUE, D(2024, 4, 30), TABLE_2024, payments=[PaymentIn(D(2024, 4, 1), M("200000"))])
    assert _rows(liq) == [
        (D(2024, 3, 16), D(2024, 3, 31), 16, M("33.30"), CAPITAL, M("126047.23")),
        # 10.000.000 × 0,000783472247… × 1 = 7.834,7224… → 7.834,72
        (D(2024, 4, 1), D(2024, 4, 1), 1, M("33.09"), CAPITAL, M("7834.72")),
        # 200.000 − (126.047,23 + 7.834,72 = 133.881,95) = 66.118,05 to capital → 9.933.881,95;
        # × 0,000783472247… × 29 = 225.704,7037… → 225.704,70
        (D(2024, 4, 2), D(2024, 4, 30), 29, M("33.09"), M("9933881.95"), M("225704.70")),
    ]
    [alloc] = liq.allocations
    assert (alloc.to_interest, alloc.to_capital) == (M("133881.95"), M("66118.05"))


def test_payment_on_the_cut_off_date_and_overpayment() -> None:
    """12.000.000 paid on 30/11 pays that day's interest too; 99.501,03 is surplus to return."""
    liq = liquidate(CAPITAL, DUE, CUT, TABLE_2024, payments=[PaymentIn(CUT, M("12000000"))])
    [alloc] = liq.allocations
    # 12.000.000 − 1.900.498,97 interest − 10.000.000 capital = 99.501,03
    assert (alloc.to_interest, alloc.to_capital, alloc.surplus) == (M("1900498.97"), CAPITAL, M("99501.03"))
    assert liq.total == M("0")
    assert liq.warnings == ["El abono del 30/11/2024 excede la deuda en $ 99.501,03: sobrante por devolver."]


def test_agreed_rate_below_the_cap_applies_in_every_period() -> None:
    """Agreed 24 % EA is below every month's cap: 24 % throughout, no warning."""
    liq = liquidate(CAPITAL, DUE, CUT, TABLE_2024, agreed_annual_rate=M("24"))
    assert {s.annual_rate for s in liq.stretches} == {M("24")}
    # 10.000.000 × 0,000589519944… × 16 = 94.323,19; × 30 = 176.855,98; × 31 = 182.751,18
    assert [s.interest for s in liq.stretches] == [
        M("94323.19"),
        M("176855.98"),
        M("182751.18"),
        M("176855.98"),
        M("182751.18"),
        M("182751.18"),
        M("176855.98"),
        M("182751.18"),
        M("176855.98"),
    ]
    # 94.323,19 + 4 × 176.855,98 + 4 × 182.751,18
    assert liq.interest_unpaid == M("1532751.83")
    assert liq.warnings == []


def test_agreed_rate_above_the_cap_is_capped_month_by_month() -> None:
    """Agreed 30 % EA: applies March–July (caps 33,30…30,63), capped to 29,99…28,73 from August."""
    liq = liquidate(CAPITAL, DUE, CUT, TABLE_2024, agreed_annual_rate=M("30"))
    assert [s.annual_rate for s in liq.stretches] == [
        M("30"),
        M("30"),
        M("30"),
        M("30"),
        M("30"),
        M("29.99"),
        M("29.54"),
        M("28.83"),
        M("28.73"),
    ]
    # 30 %: d = 0,000719064… → 115.050,34 (16 d), 215.719,38 (30 d), 222.910,03 (31 d); capped months as
    # in the first test: 222.844,65 + 212.803,82 + 215.226,16 + 207.644,71
    assert [s.interest for s in liq.stretches][:3] == [M("115050.34"), M("215719.38"), M("222910.03")]
    assert liq.interest_unpaid == M("1850828.50")
    [warning] = liq.warnings
    assert "4 período(s), el primero desde el 01/08/2024 (29,99 %)" in warning
    assert "CCo art. 884" in warning
