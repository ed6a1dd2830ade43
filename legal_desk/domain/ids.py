"""Identity documents: Colombian types (DIAN NIT check digit) and the usual ones of Argentina, Mexico and Spain.

The foreign types are checked for their shape only (characters and length); no check digit is
verified for them, so a number is never refused by a rule the app does not document.
"""

from __future__ import annotations

from typing import Final

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

ID_TYPE_LABELS: Final[dict[str, str]] = {
    "CC": "Cédula de ciudadanía",
    "CE": "Cédula de extranjería",
    "NIT": "Número de identificación tributaria (NIT)",
    "PP": "Pasaporte",
    "TI": "Tarjeta de identidad",
    "DNI": "Documento nacional de identidad (DNI)",
    "CUIT": "Clave única de identificación tributaria o laboral (CUIT/CUIL)",
    "NIE": "Número de identidad de extranjero (NIE)",
    "NIF": "Número de identificación fiscal (NIF/CIF)",
    "RFC": "Registro federal de contribuyentes (RFC)",
    "CURP": "Clave única de registro de población (CURP)",
}
ID_TYPES: Final = frozenset(ID_TYPE_LABELS)
# The types a case of each jurisdiction is offered first (the passport everywhere).
ID_TYPES_BY_JURISDICTION: Final[dict[str, tuple[str, ...]]] = {
    "CO": ("CC", "NIT", "CE", "PP", "TI"),
    "AR": ("DNI", "CUIT", "PP"),
    "MX": ("RFC", "CURP", "PP"),
    "ES": ("DNI", "NIE", "NIF", "PP"),
}
# The creditor's tax identification in each jurisdiction.
CREDITOR_ID_TYPE: Final[dict[str, str]] = {"CO": "NIT", "AR": "CUIT", "MX": "RFC", "ES": "NIF"}
# Shape of the foreign numbers: (min length, max length, digits only).
_FOREIGN_SHAPES: Final[dict[str, tuple[int, int, bool]]] = {
    "DNI": (7, 9, False),  # AR 7–8 digits; ES 8 digits and a letter
    "CUIT": (11, 11, True),  # written 20-12345678-9
    "NIE": (9, 9, False),  # X1234567L
    "NIF": (9, 9, False),  # B12345678
    "RFC": (12, 13, False),
    "CURP": (18, 18, False),
}

# DIAN weights, applied from the rightmost digit of the NIT leftwards (Orden Administrativa 4/1989).
NIT_WEIGHTS: Final = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)

# How a type is written in bank and collections exports, folded to upper case without dots/spaces.
_TYPE_ALIASES: Final[dict[str, str]] = {
    "CC": "CC", "CEDULA": "CC", "CEDULADECIUDADANIA": "CC", "CEDULACIUDADANIA": "CC",
    "CE": "CE", "CEDULADEEXTRANJERIA": "CE", "CEDULAEXTRANJERIA": "CE",
    "NIT": "NIT", "NUMERODEIDENTIFICACIONTRIBUTARIA": "NIT",
    "PP": "PP", "PA": "PP", "PAS": "PP", "PASAPORTE": "PP", "PASSPORT": "PP",
    "TI": "TI", "TARJETADEIDENTIDAD": "TI", "TARJETAIDENTIDAD": "TI",
    "DNI": "DNI", "DOCUMENTONACIONALDEIDENTIDAD": "DNI",
    "CUIT": "CUIT", "CUIL": "CUIT",
    "NIE": "NIE", "NIF": "NIF", "CIF": "NIF",
    "RFC": "RFC", "CURP": "CURP",
}
_ACCENTS: Final = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun", ". _-")
_STRIP: Final = str.maketrans("", "", ". \u00a0,'")


class IdError(TextError, ValueError):
    """An identity document that cannot be right; the message says why, in Spanish."""


def nit_check_digit(number: str) -> int:
    """The DIAN check digit (*dígito de verificación*) of a NIT written without it."""
    digits = number.strip().translate(_STRIP)
    if not digits.isdigit() or not digits.isascii():
        raise IdError(Text(M.NIT_DIGITS_ONLY, number=number))
    if len(digits) > len(NIT_WEIGHTS):
        raise IdError(Text(M.NIT_TOO_LONG, number=number, size=len(NIT_WEIGHTS)))
    total = sum(int(d) * w for d, w in zip(reversed(digits), NIT_WEIGHTS, strict=False))
    rest = total % 11
    return rest if rest < 2 else 11 - rest


def nit_with_check_digit(number: str) -> str:
    """`900123456` → `900123456-8`."""
    base = number.strip().translate(_STRIP)
    return f"{base}-{nit_check_digit(base)}"


def normalize_id_type(raw: str) -> str:
    """Read `CC`, `C.C.`, `Cédula de ciudadanía`, `PA` (passport) … as one of ID_TYPES."""
    key = raw.strip().translate(_ACCENTS).upper()
    try:
        return _TYPE_ALIASES[key]
    except KeyError:
        raise IdError(Text(M.ID_TYPE_UNKNOWN, raw=raw.strip(), types=", ".join(ID_TYPE_LABELS))) from None


def _digits(id_type: str, shown: str, text: str, low: int, high: int, *, zero_first: bool = False) -> str:
    """Check a purely numeric document of `low`–`high` digits."""
    if not text.isascii() or not text.isdigit():
        raise IdError(Text(M.ID_DIGITS_ONLY, id_type=id_type, number=shown))
    if not low <= len(text) <= high:
        if low == high:
            raise IdError(Text(M.ID_DIGITS_EXACT, id_type=id_type, number=shown, size=low, length=len(text)))
        raise IdError(Text(M.ID_DIGITS_RANGE, id_type=id_type, number=shown, low=low, high=high, length=len(text)))
    if text[0] == "0" and not zero_first:
        raise IdError(Text(M.ID_ZERO_FIRST, id_type=id_type, number=shown))
    return text


def _alnum(id_type: str, shown: str, text: str, low: int, high: int) -> str:
    """Check an alphanumeric document of `low`–`high` characters (upper-cased)."""
    text = text.upper()
    if not text.isascii() or not text.isalnum():
        raise IdError(Text(M.ID_ALNUM_ONLY, id_type=id_type, number=shown))
    if not low <= len(text) <= high:
        raise IdError(Text(M.ID_ALNUM_RANGE, id_type=id_type, number=shown, low=low, high=high, length=len(text)))
    if not any(c.isdigit() for c in text):
        raise IdError(Text(M.ID_NEEDS_DIGIT, id_type=id_type, number=shown))
    return text


def normalize_id(id_type: str, raw: str | int) -> str:
    """Canonical form of a document number, or IdError saying what is wrong.

    Dots, spaces and thousands commas are removed. Rules (Registraduría / Migración Colombia / DIAN):
    CC 3–10 digits; TI 10–11 digits (NUIP, or the older 11-digit card); CE 3–10 letters or digits;
    PP 5–15 letters or digits; NIT 5–15 digits, returned as `900123456-8` with its check digit added
    when missing and verified when present.
    """
    if id_type not in ID_TYPES:
        id_type = normalize_id_type(id_type)
    shown = str(raw).strip()
    if not shown:
        raise IdError(f"falta el número de {ID_TYPE_LABELS[id_type].lower()}")
    text = shown.translate(_STRIP)
    if id_type == "CC":
        return _digits("CC", shown, text, 3, 10)
    if id_type == "TI":
        return _digits("TI", shown, text, 10, 11, zero_first=True)
    if id_type == "CE":
        return _alnum("CE", shown, text, 3, 10)
    if id_type == "PP":
        return _alnum("PP", shown, text, 5, 15)
    if id_type in _FOREIGN_SHAPES:
        low, high, digits_only = _FOREIGN_SHAPES[id_type]
        text = text.replace("-", "").replace("/", "")
        if digits_only:
            return _digits(id_type, shown, text, low, high, zero_first=True)
        return _alnum(id_type, shown, text, low, high)
    base, sep, given = text.partition("-")
    if sep and not given:
        raise IdError(Text(M.NIT_CHECK_MISSING, number=shown))
    if sep and (len(given) != 1 or not given.isdigit()):
        raise IdError(Text(M.NIT_CHECK_ONE_DIGIT, number=shown))
    _digits("NIT", shown, base, 5, 15)
    check = nit_check_digit(base)
    if sep and int(given) != check:
        raise IdError(Text(M.NIT_CHECK_WRONG, number=shown, check=check))
    return f"{base}-{check}"
