"""Money as Decimal: parsing user/bank figures, rounding to cents, formatting as a court reads it."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: The largest amount the desk accepts anywhere (capital, payment, costs, instalment, cap). SQLite has no
#: decimal type: a NUMERIC column keeps a figure as a binary double, which holds every amount with cents
#: exactly only below 2^46 ≈ 70 billones (70 × 10^12). 9.999.999.999.999,99 (15 digits) leaves room for the
#: interest of a liquidation on top; above it 90.071.992.547.409,93 was read back as ...409,94 and
#: 999.999.999.999.999,99 as 1.000.000.000.000.000,00. PostgreSQL's NUMERIC(18, 2) overflows at 10^16.
MAX_AMOUNT = Decimal("9999999999999.99")


class AmountError(TextError, ValueError):
    """A figure that cannot be read as money; the message says why."""


_DIGITS = re.compile(r"^[+-]?[\d.,\s']+$")
# Currency signs and codes a figure may carry, as format_money writes them or a bank export does.
_SYMBOLS = re.compile(r"US\$|\$|€|\b(?:COP|ARS|MXN|EUR|USD)\b", re.IGNORECASE)


def _is_grouped(groups: list[str]) -> bool:
    """True for thousands groups as people write them: `1`–`999` first, then exactly three digits.

    `1234.567`, `0,001` or `012.345` are not thousands groupings (a 4-digit or zero-led first
    group), so they are refused instead of being read as 1.234.567, 1 or 12.345.
    """
    first = groups[0]
    return (
        0 < len(first) <= 3
        and not (first.startswith("0") and len(first) > 1)
        and first != "0"
        and all(len(g) == 3 for g in groups[1:])
    )


def _grouping_error(text: object) -> Text:
    """The refusal of a figure whose separators are neither thousands groups nor two decimals."""
    return Text(M.AMOUNT_GROUPING, text=text)


def parse_amount(text: str | int | Decimal, *, allow_negative: bool = False) -> Decimal:
    """Read `1234567.89`, `1.234.567,89`, `1,234,567.89`, `$ 1.234.567` as a Decimal (cents kept).

    A lone separator followed by exactly three digits (`1.234`, `1,234`) is read as a thousands
    separator, as Colombian bank exports write whole pesos that way.
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        raw = _SYMBOLS.sub("", str(text).replace("\u00a0", " ")).strip()
        if not raw:
            raise AmountError(Text(M.AMOUNT_EMPTY))
        if not _DIGITS.match(raw):
            raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=text))
        sign = ""
        if raw[0] in "+-":
            sign, raw = ("-" if raw[0] == "-" else ""), raw[1:]
        raw = raw.replace(" ", "").replace("'", "")
        last_dot, last_comma = raw.rfind("."), raw.rfind(",")
        if last_dot >= 0 and last_comma >= 0:
            decimal_sep = "." if last_dot > last_comma else ","
        elif last_dot >= 0 or last_comma >= 0:
            sep = "." if last_dot >= 0 else ","
            parts = raw.split(sep)
            if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3):
                decimal_sep = None  # thousands separators only
                if not _is_grouped(parts):
                    raise AmountError(_grouping_error(text))
            else:
                decimal_sep = sep
        else:
            decimal_sep = None
        thousands = {".", ","} - ({decimal_sep} if decimal_sep else set())
        integer_part, _, frac = raw.rpartition(decimal_sep) if decimal_sep else (raw, "", "")
        if decimal_sep is None:
            integer_part, frac = raw, ""
        for t in thousands:
            if t in integer_part:
                groups = integer_part.split(t)
                if not _is_grouped(groups):
                    raise AmountError(_grouping_error(text))
                integer_part = "".join(groups)
        if not integer_part.isdigit() or (frac and not frac.isdigit()):
            raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=text))
        try:
            value = Decimal(f"{sign}{integer_part}.{frac or '0'}")
        except InvalidOperation as exc:  # pragma: no cover - guarded by the checks above
            raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=text)) from exc
    if not value.is_finite():
        raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=text))
    if value < 0 and not allow_negative:
        raise AmountError(Text(M.AMOUNT_NEGATIVE, text=text))
    if value.as_tuple().exponent < -2 and value != value.quantize(CENT):  # type: ignore[operator]
        raise AmountError(Text(M.AMOUNT_DECIMALS, text=text))
    check_amount_range(value, text)
    return value.quantize(CENT)


def check_amount_range(value: Decimal, shown: object = None) -> None:
    """Refuse an amount above MAX_AMOUNT (either sign): the database would not keep it to the cent.

    `shown` is the figure as the user wrote it (by default the value in Colombian figures)."""
    if abs(value) > MAX_AMOUNT:
        text = shown if shown is not None else format_money_co(value, symbol="")
        raise AmountError(Text(M.AMOUNT_TOO_LARGE, text=text, maximum=format_money_co(MAX_AMOUNT, symbol="")))


def round_cents(value: Decimal) -> Decimal:
    """Round half-up to cents, the way liquidations are rounded."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _figure(value: Decimal, thousands: str, decimal: str) -> tuple[str, str]:
    """The sign and the digits of an amount rounded to cents, grouped in thousands: ("-", "1.234,50")."""
    value = round_cents(value)
    integer, _, cents = f"{abs(value):.2f}".partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    return ("-" if value < 0 else ""), thousands.join(groups) + decimal + cents


def format_money_co(value: Decimal, *, symbol: str = "$") -> str:
    """`$ 1.234.567,89`: dot for thousands, comma for decimals (DOMAIN.md §10)."""
    sign, body = _figure(value, ".", ",")
    return f"{sign}{symbol} {body}" if symbol else f"{sign}{body}"


# How each currency's figures are written where its courts read them: symbol, its place, thousands
# and decimal separators. Colombia, Argentina and Spain write 1.234.567,89; Mexico 1,234,567.89;
# Spain puts the euro sign after the figure.
_CURRENCY_STYLE: dict[str, tuple[str, bool, str, str]] = {
    "COP": ("$", True, ".", ","),
    "ARS": ("$", True, ".", ","),
    "MXN": ("$", True, ",", "."),
    "EUR": ("€", False, ".", ","),
    "USD": ("US$", True, ",", "."),
}


def format_money(value: Decimal, currency: str = "COP", *, with_code: bool = False) -> str:
    """A figure as the currency's courts write it: `$ 1.234.567,89` (COP, ARS), `$ 1,234,567.89`
    (MXN), `1.234.567,89 €` (EUR); an unknown code is written after the figure (`1.234,56 CHF`).

    `with_code` appends the ISO code to a `$` figure of any currency but COP, for lists where
    pesos of several countries meet (`$ 900.000,00 ARS`).
    """
    code = (currency or "COP").strip().upper()
    symbol, before, thousands, decimal = _CURRENCY_STYLE.get(code, (code, False, ".", ","))
    sign, body = _figure(value, thousands, decimal)
    text = f"{sign}{symbol} {body}" if before else f"{sign}{body} {symbol}"
    if with_code and symbol.endswith("$") and code not in ("COP", "USD"):
        text += f" {code}"
    return text


def to_json(value: Decimal) -> str:
    """Money in JSON is a decimal string with two places (CLI.md)."""
    return f"{round_cents(value):.2f}"
