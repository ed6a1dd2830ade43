"""Money figures as users and bank exports write them (domain/money.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from legal_desk.domain.money import AmountError, format_money, format_money_co, parse_amount, round_cents

M = Decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234567.89", "1234567.89"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("$ 1.234.567", "1234567.00"),
        ("1.234", "1234.00"),  # a bank export's whole pesos
        ("999.999", "999999.00"),
        ("2.500.000", "2500000.00"),
        ("1234,5", "1234.50"),
        ("0,50", "0.50"),
        ("0.30", "0.30"),
    ],
)
def test_figures_read_as_written(text: str, value: str) -> None:
    """Dot or comma decimals and thousands groups of three give the figure a court would read."""
    assert parse_amount(text) == M(value)


@pytest.mark.parametrize("text", ["1234.567", "12345,678", "0,001", "0.123", "012.345", "1.234.567.8"])
def test_misgrouped_figures_are_refused_not_multiplied(text: str) -> None:
    """A lone separator before three digits is a thousands separator only after a 1–3 digit group.

    Worked example: "1234.567" used to be read as 1.234.567,00 (a thousand times what was typed,
    or a figure with three decimals), "0,001" as 1,00 and "0.123" as 123,00. Thousands groups are
    written 1.234.567: the first group has one to three digits and does not start with 0, so these
    figures are refused with a message saying how to write them.
    """
    with pytest.raises(AmountError, match="separadores de miles mal puestos o más de dos decimales"):
        parse_amount(text)


def test_rounding_and_format() -> None:
    """Half-up to the cent and `$ 1.234.567,89` (DOMAIN.md §10)."""
    assert round_cents(M("0.005")) == M("0.01")
    assert round_cents(M("2.345")) == M("2.35")
    assert format_money_co(M("1234567.885")) == "$ 1.234.567,89"
    assert format_money_co(M("-5")) == "-$ 5,00"


@pytest.mark.parametrize(
    ("currency", "text", "listed"),
    [
        ("COP", "$ 1.234.567,89", "$ 1.234.567,89"),
        ("ARS", "$ 1.234.567,89", "$ 1.234.567,89 ARS"),
        ("MXN", "$ 1,234,567.89", "$ 1,234,567.89 MXN"),
        ("EUR", "1.234.567,89 €", "1.234.567,89 €"),
        ("USD", "US$ 1,234,567.89", "US$ 1,234,567.89"),
    ],
)
def test_money_written_in_its_own_currency(currency: str, text: str, listed: str) -> None:
    """A euro figure reads «1.234.567,89 €», not Colombian pesos; `$` figures of other countries name
    their code in lists where several currencies meet; each reads back as the same value."""
    value = M("1234567.89")
    assert format_money(value, currency) == text
    assert format_money(value, currency, with_code=True) == listed
    assert format_money(-value, currency).startswith("-")
    assert parse_amount(text) == value
    assert parse_amount(listed) == value


def test_unknown_currency_written_with_its_code() -> None:
    assert format_money(M("1234.5"), "chf") == "1.234,50 CHF"


def test_amounts_above_what_the_database_keeps_to_the_cent_are_refused() -> None:
    """9.999.999.999.999,99 (15 digits) is the largest amount; a cent more is refused, with both figures.

    SQLite keeps a NUMERIC as a binary double: 90.071.992.547.409,93 came back as ...409,94 and
    999.999.999.999.999,99 (the old import ceiling) as 1.000.000.000.000.000,00.
    """
    from legal_desk.domain.money import MAX_AMOUNT

    assert Decimal("9999999999999.99") == MAX_AMOUNT
    assert parse_amount("9.999.999.999.999,99") == MAX_AMOUNT
    # every amount up to the ceiling survives a double to the cent (2^46 ≈ 7.0 × 10^13 is the limit)
    assert Decimal(f"{float(MAX_AMOUNT):.2f}") == MAX_AMOUNT
    assert Decimal(f"{float(Decimal('90071992547409.93')):.2f}") != Decimal("90071992547409.93")
    for text in ("10.000.000.000.000,00", "90071992547409.93", "999.999.999.999.999,99"):
        with pytest.raises(
            AmountError, match=rf"el valor {re.escape(text)} supera el máximo admitido \(9\.999\.999\.999\.999,99\)"
        ):
            parse_amount(text)
    with pytest.raises(AmountError, match="supera el máximo"):
        parse_amount(Decimal("10000000000000"))
