"""Amounts in words (DOMAIN.md §10), pinned on the worked examples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from legal_desk.domain.words import WordsError, amount_in_words_es, legal_amount_es


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("21000000", "veintiún millones de pesos"),
        ("1000000", "un millón de pesos"),
        ("101", "ciento un pesos"),
        ("2500000", "dos millones quinientos mil pesos"),
        ("1000021.05", "un millón veintiún pesos con cinco centavos"),
        ("12.50", "doce pesos con cincuenta centavos"),
        ("1", "un peso"),
        ("0", "cero pesos"),
        ("0.01", "cero pesos con un centavo"),
        ("121000", "ciento veintiún mil pesos"),
        ("31000000", "treinta y un millones de pesos"),
        ("1000000000", "mil millones de pesos"),
        ("12500000.00", "doce millones quinientos mil pesos"),
        ("2000000.21", "dos millones de pesos con veintiún centavos"),
        ("100", "cien pesos"),
    ],
)
def test_amount_in_words_es(amount: str, expected: str) -> None:
    assert amount_in_words_es(Decimal(amount)) == expected


def test_cents_never_written_when_zero() -> None:
    assert "centavo" not in amount_in_words_es(Decimal("5000.00"))


def test_legal_amount_es_words_then_figures() -> None:
    assert legal_amount_es(Decimal("1000021.05")) == (
        "UN MILLÓN VEINTIÚN PESOS CON CINCO CENTAVOS M/CTE ($ 1.000.021,05)"
    )
    assert legal_amount_es(Decimal("21000000")) == "VEINTIÚN MILLONES DE PESOS M/CTE ($ 21.000.000,00)"


def test_other_currency_and_errors() -> None:
    assert amount_in_words_es(Decimal("1"), "EUR") == "un euro"
    with pytest.raises(WordsError, match="negativo"):
        amount_in_words_es(Decimal("-1"))
    with pytest.raises(WordsError, match="XYZ"):
        amount_in_words_es(Decimal("1"), "XYZ")


def test_legal_amount_figures_in_the_currency_of_the_case() -> None:
    """A Spanish claim writes its figure as Spain does (`1.500,25 €`), a Mexican one as Mexico does."""
    assert legal_amount_es(Decimal("1500.25"), "EUR") == "MIL QUINIENTOS EUROS CON VEINTICINCO CÉNTIMOS (1.500,25 €)"
    assert legal_amount_es(Decimal("250000"), "MXN") == "DOSCIENTOS CINCUENTA MIL PESOS M.N. ($ 250,000.00)"
    assert legal_amount_es(Decimal("900000"), "ARS") == "NOVECIENTOS MIL PESOS ($ 900.000,00)"
