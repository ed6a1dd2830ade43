"""Interest outside Colombia: nominal annual rates applied simply, and the agreed rate before the table.

DOMAIN.md §5 is Colombia's (an effective annual rate compounded into a daily one; the table is the usury
cap). Argentina, Mexico and Spain publish their rates as nominal annual ones (BNA's tasa activa, the 6 %
of CCom art. 362, the interés legal del dinero) and courts liquidate capital × rate × days / 365; there the
agreed moratory rate applies and the table is the legal rate for a debt without one (CCyC art. 768,
LGTOC art. 174, CC art. 1108). The app used the Colombian formula everywhere: 12.500 € at the 2024
interés legal of 3,25 % for 41 days gave 44,91 € instead of 45,63 €, and an agreed rate was capped at
the legal one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from legal_desk.domain.interest import (
    EFFECTIVE,
    NOMINAL,
    LiquidationError,
    PaymentIn,
    RatePeriod,
    RateTable,
    daily_rate,
    liquidate,
    rate_convention,
)

D = dt.date
M = Decimal


def test_conventions_per_jurisdiction() -> None:
    co, ar, mx, es = (rate_convention(j) for j in ("CO", "ar", "MX", "ES"))
    assert (co.kind, co.table_is_cap) == (EFFECTIVE, True) and "Superintendencia" in co.source
    assert all((c.kind, c.table_is_cap) == (NOMINAL, False) for c in (ar, mx, es))
    assert "768" in ar.source and "362" in mx.source and "interés legal del dinero" in es.source
    assert co.label_es == "EA" and es.label_es == "nominal anual"
    assert daily_rate(M("36.5"), 365, NOMINAL) == M("0.001")


def test_spain_legal_interest_is_simple() -> None:
    """12.500,00 € due Thu 2024-02-29, interés legal del dinero 2024 = 3,25 %, as of 2024-04-10.
    Days from the day after the due date: 01/03–31/03 = 31, 01/04–10/04 = 10 → 41.
    12.500 × 0,0325 = 406,25 a year; × 41 / 365 = 16.656,25 / 365 = 45,6335… → 45,63 €.
    (The Colombian formula, (1,0325)^(1/365) − 1 per day, gave 44,91 €.)"""
    table = RateTable([RatePeriod(D(2024, 1, 1), D(2024, 12, 31), M("3.25"))])
    liq = liquidate(M("12500.00"), D(2024, 2, 29), D(2024, 4, 10), table, currency="EUR", jurisdiction="ES")
    assert [(s.start, s.end, s.days, s.interest) for s in liq.stretches] == [
        (D(2024, 3, 1), D(2024, 4, 10), 41, M("45.63"))
    ]
    assert liq.total == M("12545.63") and liq.to_json()["rate_kind"] == "nominal"
    # Colombia keeps DOMAIN.md §5's effective rate on the same figures
    co = liquidate(M("12500.00"), D(2024, 2, 29), D(2024, 4, 10), table)
    assert co.interest_accrued == M("44.91") and co.to_json()["rate_kind"] == "effective"


def test_argentina_tasa_activa_two_months() -> None:
    """$ 1.500.000,00 ARS due Wed 2023-03-15; hypothetical BNA tasa activa (TNA) 75 % in March 2023 and
    81 % in April; as of 2023-04-10.
    16/03–31/03 = 16 days: 1.500.000 × 0,75 × 16 / 365 = 18.000.000 / 365 = 49.315,068… → 49.315,07
    01/04–10/04 = 10 days: 1.500.000 × 0,81 × 10 / 365 = 12.150.000 / 365 = 33.287,671… → 33.287,67
    interest 82.602,74; total 1.582.602,74."""
    table = RateTable(
        [
            RatePeriod(D(2023, 3, 1), D(2023, 3, 31), M("75")),
            RatePeriod(D(2023, 4, 1), D(2023, 4, 30), M("81")),
        ]
    )
    liq = liquidate(M("1500000.00"), D(2023, 3, 15), D(2023, 4, 10), table, currency="ARS", jurisdiction="AR")
    assert [(s.days, s.interest) for s in liq.stretches] == [(16, M("49315.07")), (10, M("33287.67"))]
    assert liq.interest_accrued == M("82602.74") and liq.total == M("1582602.74")


def test_mexico_agreed_rate_needs_no_table() -> None:
    """$ 250,000.00 MXN pagaré due Wed 2023-03-15 with an agreed moratory rate of 24 % a year (LGTOC art.
    174: the agreed rate applies), no table imported; as of 2023-04-14.
    16/03–31/03 = 16 days, 01/04–14/04 = 14 → 30 days: 250.000 × 0,24 × 30 / 365 = 1.800.000 / 365 =
    4.931,506… → 4,931.51."""
    liq = liquidate(
        M("250000.00"), D(2023, 3, 15), D(2023, 4, 14), RateTable([]), agreed_annual_rate=M("24"),
        currency="MXN", jurisdiction="MX",
    )
    assert [(s.days, s.annual_rate, s.interest) for s in liq.stretches] == [(30, M("24"), M("4931.51"))]
    assert liq.warnings == []
    # without an agreed rate the legal rate must come from the table, and its absence is named
    with pytest.raises(LiquidationError, match="no cubre el 16/03/2023"):
        liquidate(M("250000.00"), D(2023, 3, 15), D(2023, 4, 14), RateTable([]), jurisdiction="MX")


def test_spain_agreed_rate_above_the_legal_one_applies() -> None:
    """Agreed 10 % against the 3,25 % legal rate: Spain applies the agreed rate (CC art. 1108), with no
    usury-cap warning; 12.500 × 0,10 × 41 / 365 = 51.250 / 365 = 140,410… → 140,41 €. A payment of
    1.000,00 € on 2024-03-20 (interest to that day: 01/03–20/03 = 20 days, 12.500 × 0,10 × 20 / 365 =
    68,49) goes 68,49 to interest and 931,51 to capital; 21/03–10/04 = 21 days on 11.568,49:
    11.568,49 × 0,10 × 21 / 365 = 66,5584… → 66,56."""
    table = RateTable([RatePeriod(D(2024, 1, 1), D(2024, 12, 31), M("3.25"))])
    liq = liquidate(M("12500.00"), D(2024, 2, 29), D(2024, 4, 10), table, agreed_annual_rate=M("10"),
                    currency="EUR", jurisdiction="ES")
    assert liq.interest_accrued == M("140.41") and liq.warnings == []
    paid = liquidate(M("12500.00"), D(2024, 2, 29), D(2024, 4, 10), table, [PaymentIn(D(2024, 3, 20), M("1000"))],
                     agreed_annual_rate=M("10"), currency="EUR", jurisdiction="ES")
    assert [(s.days, s.capital_base, s.interest) for s in paid.stretches] == [
        (20, M("12500.00"), M("68.49")),
        (21, M("11568.49"), M("66.56")),
    ]
    assert (paid.allocations[0].to_interest, paid.allocations[0].to_capital) == (M("68.49"), M("931.51"))
