"""Amounts in Spanish words as a Colombian court reads them (DOMAIN.md §10)."""

from __future__ import annotations

from decimal import Decimal

from num2words import num2words

from legal_desk.domain.money import format_money, round_cents

# (singular, plural, cents singular, cents plural, suffix in legal text, symbol)
_CURRENCIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "COP": ("peso", "pesos", "centavo", "centavos", "M/CTE", "$"),
    "USD": ("dólar", "dólares", "centavo", "centavos", "", "US$"),
    "EUR": ("euro", "euros", "céntimo", "céntimos", "", "€"),
    "MXN": ("peso", "pesos", "centavo", "centavos", "M.N.", "$"),
    "ARS": ("peso", "pesos", "centavo", "centavos", "", "$"),
}

# A cardinal that precedes a noun (mil, millones, pesos, centavos) drops its final -o.
_APOCOPE = {"uno": "un", "veintiuno": "veintiún"}
_LARGE_UNITS = ("millón", "millones", "billón", "billones")


class WordsError(ValueError):
    """An amount that cannot be written in words; the message says why."""


def _cardinal_before_noun(number: int) -> str:
    """Spanish cardinal from num2words, with the apocope every amount needs (veintiún, un)."""
    words = num2words(number, lang="es").split()
    return " ".join(_APOCOPE.get(w, w) for w in words)


def _currency(currency: str) -> tuple[str, str, str, str, str, str]:
    """The names used for `currency`, or a WordsError naming the supported codes."""
    try:
        return _CURRENCIES[currency.upper()]
    except KeyError as exc:
        known = ", ".join(sorted(_CURRENCIES))
        raise WordsError(f"moneda «{currency}» no soportada para escribir en letras (use {known})") from exc


def amount_in_words_es(amount: Decimal, currency: str = "COP") -> str:
    """`1000021.05` → `un millón veintiún pesos con cinco centavos` (lower case)."""
    singular, plural, cent_one, cent_many, _suffix, _symbol = _currency(currency)
    value = round_cents(Decimal(amount))
    if value < 0:
        raise WordsError(f"el valor {value} es negativo; no se escribe en letras")
    integer = int(value)
    cents = int((value - integer) * 100)
    cardinal = _cardinal_before_noun(integer)
    noun = singular if integer == 1 else plural
    if cardinal.split()[-1] in _LARGE_UNITS:
        text = f"{cardinal} de {noun}"
    else:
        text = f"{cardinal} {noun}"
    if cents:
        cent_noun = cent_one if cents == 1 else cent_many
        text += f" con {_cardinal_before_noun(cents)} {cent_noun}"
    return text


def legal_amount_es(amount: Decimal, currency: str = "COP") -> str:
    """`UN MILLÓN VEINTIÚN PESOS CON CINCO CENTAVOS M/CTE ($ 1.000.021,05)` for claims in a lawsuit."""
    _s, _p, _cs, _cp, suffix, _symbol = _currency(currency)
    words = amount_in_words_es(amount, currency).upper()
    figures = format_money(Decimal(amount), currency)
    return f"{words} {suffix} ({figures})" if suffix else f"{words} ({figures})"
