"""Colombian identity documents: types, DIAN NIT check digit, normalising and validating numbers."""

from __future__ import annotations

from typing import Final

ID_TYPES: Final = frozenset({"CC", "CE", "NIT", "PP", "TI"})

ID_TYPE_LABELS: Final[dict[str, str]] = {
    "CC": "Cédula de ciudadanía",
    "CE": "Cédula de extranjería",
    "NIT": "Número de identificación tributaria (NIT)",
    "PP": "Pasaporte",
    "TI": "Tarjeta de identidad",
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
}
_ACCENTS: Final = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun", ". _-")
_STRIP: Final = str.maketrans("", "", ". \u00a0,'")


class IdError(ValueError):
    """An identity document that cannot be right; the message says why, in Spanish."""


def nit_check_digit(number: str) -> int:
    """The DIAN check digit (*dígito de verificación*) of a NIT written without it."""
    digits = number.strip().translate(_STRIP)
    if not digits.isdigit() or not digits.isascii():
        raise IdError(f"NIT «{number}»: solo puede tener dígitos")
    if len(digits) > len(NIT_WEIGHTS):
        raise IdError(f"NIT «{number}»: tiene más de {len(NIT_WEIGHTS)} dígitos")
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
        raise IdError(
            f"«{raw.strip()}» no es un tipo de documento válido (use CC, CE, NIT, PP o TI)"
        ) from None


def _digits(id_type: str, shown: str, text: str, low: int, high: int, *, zero_first: bool = False) -> str:
    """Check a purely numeric document of `low`–`high` digits."""
    if not text.isascii() or not text.isdigit():
        raise IdError(f"{id_type} {shown}: solo puede tener dígitos")
    if not low <= len(text) <= high:
        size = f"{low}" if low == high else f"entre {low} y {high}"
        raise IdError(f"{id_type} {shown}: debe tener {size} dígitos y tiene {len(text)}")
    if text[0] == "0" and not zero_first:
        raise IdError(f"{id_type} {shown}: no puede empezar por cero")
    return text


def _alnum(id_type: str, shown: str, text: str, low: int, high: int) -> str:
    """Check an alphanumeric document of `low`–`high` characters (upper-cased)."""
    text = text.upper()
    if not text.isascii() or not text.isalnum():
        raise IdError(f"{id_type} {shown}: solo puede tener letras sin tilde y dígitos")
    if not low <= len(text) <= high:
        raise IdError(f"{id_type} {shown}: debe tener entre {low} y {high} caracteres y tiene {len(text)}")
    if not any(c.isdigit() for c in text):
        raise IdError(f"{id_type} {shown}: debe tener al menos un dígito")
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
    base, sep, given = text.partition("-")
    if sep and not given:
        raise IdError(f"NIT {shown}: falta el dígito de verificación después del guion")
    if sep and (len(given) != 1 or not given.isdigit()):
        raise IdError(f"NIT {shown}: el dígito de verificación es un solo dígito")
    _digits("NIT", shown, base, 5, 15)
    check = nit_check_digit(base)
    if sep and int(given) != check:
        raise IdError(f"NIT {shown}: el dígito de verificación debe ser {check}")
    return f"{base}-{check}"
