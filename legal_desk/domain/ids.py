"""Identity documents: Colombian types (DIAN NIT check digit) and the usual ones of Argentina, Mexico and Spain.

The foreign types are checked as a clerk of that country checks them, so a mistyped number is caught at
the handover and not by the court:

- CUIT/CUIL (AFIP): 11 digits, the last a mod-11 check digit over weights 5 4 3 2 7 6 5 4 3 2; kept and
  shown as Argentines write it, 20-12345678-6 (search finds it by its digits).
- DNI: in Argentina 7–8 digits, no check digit, written 12.345.678; in Spain 8 digits and a letter (the
  number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE, Real Decreto 1553/2005), written 12345678Z. The same name
  means two documents: a case's jurisdiction says which one is meant.
- NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the same mod-23 letter.
- NIF: a DNI or NIE as above, a K/L/M personal NIF, or a CIF: an entity letter, 7 digits and a control
  character (digit or its letter in JABCDEFGHI) from the Luhn-style sum of the 7 digits.
- RFC (SAT): 3 letters (company) or 4 (individual), a real date YYMMDD and a 3-character homoclave. Its
  last character is not checked: the SAT has issued RFCs whose check digit does not follow the formula.
- CURP (RENAPO): 4 letters, a real date YYMMDD, H/M/X, a 2-letter state, 3 consonants, a character and
  the check digit (weights 18…2 over 0-9A-NÑO-Z, mod 10).

Each jurisdiction uses its own documents and the passport (ID_TYPES_BY_JURISDICTION): `normalize_id`
given the case's jurisdiction refuses a type that country does not use («CUIT: no es un documento de
identidad de España …») and checks DNI by that country's rule.
"""

from __future__ import annotations

import re
from datetime import date as _date
from typing import Final

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Term, Text, TextError

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
ALLOWED_ID_TYPES: Final[dict[str, frozenset[str]]] = {j: frozenset(t) for j, t in ID_TYPES_BY_JURISDICTION.items()}
COUNTRY_NAMES_ES: Final[dict[str, str]] = {"CO": "Colombia", "AR": "Argentina", "MX": "México", "ES": "España"}
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


#: The *código único de radicación* of a Colombian proceeding: 5 digits of the municipality, 2 of the entity,
#: 2 of the specialty, 3 of the court, 4 of the year, 5 of the consecutive and 2 of the appeal (Acuerdo
#: 201 de 1997 / 1413 de 2002 of the Consejo Superior de la Judicatura).
RADICADO_CO_DIGITS: Final = 23
_RADICADO_SEPARATORS: Final = re.compile(r"[\s\-./_]+")


def normalize_radicado(raw: str | None, jurisdiction: str | None = "CO") -> str:
    """The radicado as it is stored: in Colombia its 23 digits, whatever dashes, dots or spaces the user typed
    (`11001-40-03-012-2024-00123-00` → `11001400301220240012300`); elsewhere the text as written.

    A Colombian number without 23 digits (one left out, the short «2024-00123» of a court list) is refused
    naming how many digits it has; empty stays empty.
    """
    text = (raw or "").strip()
    if not text or (jurisdiction or "CO").strip().upper() != "CO":
        return text
    joined = _RADICADO_SEPARATORS.sub("", text)
    if not (joined.isascii() and joined.isdigit() and len(joined) == RADICADO_CO_DIGITS):
        raise IdError(Text(M.RADICADO_CO_FORMAT, text=text, n=sum(ch.isdigit() for ch in text)))
    return joined


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


def type_not_used(id_type: str, jurisdiction: str) -> IdError:
    """The refusal of a document type the courts of `jurisdiction` do not identify people by."""
    *first, last = ID_TYPES_BY_JURISDICTION[jurisdiction]
    types = f"{', '.join(first)} o {last}"
    country = Term("country", jurisdiction, COUNTRY_NAMES_ES[jurisdiction])
    return IdError(Text(M.ID_TYPE_NOT_USED, id_type=id_type, country=country, types=types))


def normalize_id(id_type: str, raw: str | int, jurisdiction: str | None = None) -> str:
    """Canonical form of a document number, or IdError saying what is wrong.

    Dots, spaces and thousands commas are removed. Rules (Registraduría / Migración Colombia / DIAN):
    CC 3–10 digits; TI 10–11 digits (NUIP, or the older 11-digit card); CE 3–10 letters or digits;
    PP 5–15 letters or digits; NIT 5–15 digits, returned as `900123456-8` with its check digit added
    when missing and verified when present. CUIT/CUIL is returned as `20-12345678-6`, an Argentine DNI
    as `12.345.678`.

    With the case's `jurisdiction` (CO, AR, MX, ES) a type that country does not use is refused and
    DNI is read as that country's DNI; without it (None) DNI may be either.
    """
    if id_type not in ID_TYPES:
        id_type = normalize_id_type(id_type)
    if jurisdiction is not None and jurisdiction in ALLOWED_ID_TYPES and id_type not in ALLOWED_ID_TYPES[jurisdiction]:
        raise type_not_used(id_type, jurisdiction)
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
    if id_type == "RFC":
        return _rfc(shown, text.replace("-", ""))
    if id_type == "DNI" and jurisdiction in ("AR", "ES"):
        text = text.replace("-", "").upper()
        return _dni_ar(shown, text) if jurisdiction == "AR" else _dni_es(shown, text)
    if id_type in _FOREIGN_SHAPES:
        low, high, digits_only = _FOREIGN_SHAPES[id_type]
        text = text.replace("-", "").replace("/", "")
        if digits_only:
            text = _digits(id_type, shown, text, low, high, zero_first=True)
        else:
            text = _alnum(id_type, shown, text, low, high)
        return _FOREIGN_CHECKS[id_type](shown, text)
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


# ---------------------------------------------------------------- Argentina, Spain, Mexico

_CUIT_WEIGHTS: Final = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"
_CIF_LETTERS: Final = "JABCDEFGHI"
_CURP_CHARS: Final = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
# RENAPO's codes of the 32 states, and NE for those born abroad
_CURP_STATES: Final = frozenset(
    "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE".split()  # noqa: SIM905
)
_VOWELS: Final = frozenset("AEIOU")


def cuit_check_digit(first_ten: str) -> int | None:
    """The AFIP check digit of the first 10 digits of a CUIT/CUIL; None when no digit completes them."""
    rest = sum(int(d) * w for d, w in zip(first_ten, _CUIT_WEIGHTS, strict=True)) % 11
    check = 11 - rest
    return 0 if check == 11 else None if check == 10 else check


def _cuit(shown: str, text: str) -> str:
    """`20123456786` → `20-12345678-6`, the way the AFIP and every Argentine writes it."""
    check = cuit_check_digit(text[:10])
    if check is None:
        raise IdError(Text(M.ID_CHECK_NONE, id_type="CUIT", number=shown))
    if int(text[10]) != check:
        raise IdError(Text(M.ID_CHECK_WRONG, id_type="CUIT", number=shown, check=check))
    return f"{text[:2]}-{text[2:10]}-{text[10]}"


def _dotted(digits: str) -> str:
    """`12345678` → `12.345.678` (an Argentine DNI as it is written)."""
    return f"{int(digits):,}".replace(",", ".")


def dni_letter(number: int) -> str:
    """The control letter of a Spanish DNI (or of an NIE read as a number)."""
    return _DNI_LETTERS[number % 23]


def _letter_checked(id_type: str, shown: str, digits: str, letter: str) -> None:
    expected = dni_letter(int(digits))
    if letter != expected:
        raise IdError(Text(M.ID_LETTER_WRONG, id_type=id_type, number=shown, check=expected))


def _dni_ar(shown: str, text: str) -> str:
    """Argentina: 7 or 8 digits (zeros a bank export pads it with dropped), no letter; kept as `12.345.678`."""
    text = text.lstrip("0") if text.isascii() and text.isdigit() else text
    if not (text.isascii() and text.isdigit() and 7 <= len(text) <= 8):
        raise IdError(Text(M.ID_DNI_AR, number=shown))
    return _dotted(text)


def _dni_es(shown: str, text: str) -> str:
    """Spain: 8 digits and the control letter (RD 1553/2005); kept as `12345678Z`."""
    if len(text) != 9 or not text.isascii() or not text[:8].isdigit() or not text[8].isalpha():
        raise IdError(Text(M.ID_DNI_ES, number=shown))
    _letter_checked("DNI", shown, text[:8], text[8])
    return text


def _dni(shown: str, text: str) -> str:
    """A DNI of a case whose country is not known: either country's shape."""
    if text.isdigit():
        if not 7 <= len(text) <= 8:
            raise IdError(Text(M.ID_DNI_SHAPE, number=shown))
        return _dni_ar(shown, text)
    if len(text) != 9 or not text[:8].isdigit() or not text[8].isalpha():
        raise IdError(Text(M.ID_DNI_SHAPE, number=shown))
    return _dni_es(shown, text)


def _nie(shown: str, text: str) -> str:
    if len(text) != 9 or text[0] not in "XYZ" or not text[1:8].isdigit() or not text[8].isalpha():
        raise IdError(Text(M.ID_NIE_SHAPE, number=shown))
    _letter_checked("NIE", shown, str("XYZ".index(text[0])) + text[1:8], text[8])
    return text


def _cif_control(digits: str) -> int:
    """The CIF control digit of its 7 digits: odd positions doubled (digits summed), even ones added."""
    total = 0
    for i, d in enumerate(digits):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n = n // 10 + n % 10
        total += n
    return (10 - total % 10) % 10


def _nif(shown: str, text: str) -> str:
    if len(text) != 9:
        raise IdError(Text(M.ID_NIF_SHAPE, number=shown))
    head, body, last = text[0], text[1:8], text[8]
    if head.isdigit():  # a DNI
        if not text[:8].isdigit() or not last.isalpha():
            raise IdError(Text(M.ID_NIF_SHAPE, number=shown))
        _letter_checked("NIF", shown, text[:8], last)
        return text
    if not body.isdigit():
        raise IdError(Text(M.ID_NIF_SHAPE, number=shown))
    if head in "XYZ":  # an NIE
        _letter_checked("NIF", shown, str("XYZ".index(head)) + body, last)
        return text
    if head in "KLM":  # Spaniards without a DNI (minors, residents abroad): the DNI letter of the 7 digits
        _letter_checked("NIF", shown, body, last)
        return text
    if head not in "ABCDEFGHJNPQRSUVW":
        raise IdError(Text(M.ID_NIF_SHAPE, number=shown))
    control = _cif_control(body)
    if last not in (str(control), _CIF_LETTERS[control]):
        check = f"{control} / {_CIF_LETTERS[control]}"
        raise IdError(Text(M.ID_LETTER_WRONG, id_type="NIF", number=shown, check=check))
    return text


def _real_date(id_type: str, shown: str, yymmdd: str) -> None:
    """An RFC or CURP date must exist (any century: 29 February needs a leap year in one of them)."""
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    for century in (1900, 2000):
        try:
            _date(century + yy, mm, dd)
        except ValueError:
            continue
        return
    raise IdError(Text(M.ID_BAD_DATE, id_type=id_type, number=shown, date=f"{yymmdd[:2]}-{yymmdd[2:4]}-{yymmdd[4:]}"))


def _rfc(shown: str, text: str) -> str:
    """The SAT's letters include Ñ and & (a company «A&C …»); the homoclave is letters and digits."""
    text = text.upper()
    letters = 4 if len(text) == 13 else 3
    head, day, tail = text[:letters], text[letters : letters + 6], text[letters + 6 :]
    if (
        len(text) not in (12, 13)
        or not all("A" <= c <= "Z" or c in "Ñ&" for c in head)
        or not (day.isascii() and day.isdigit())
        or not (tail.isascii() and tail.isalnum())
    ):
        raise IdError(Text(M.ID_RFC_SHAPE, number=shown))
    _real_date("RFC", shown, day)
    return text


def _curp(shown: str, text: str) -> str:
    if not (
        text[:4].isalpha()
        and text[4:10].isdigit()
        and text[10] in "HMX"
        and text[11:13] in _CURP_STATES
        and all(c.isalpha() and c not in _VOWELS for c in text[13:16])
        and text[17].isdigit()
    ):
        raise IdError(Text(M.ID_CURP_SHAPE, number=shown))
    _real_date("CURP", shown, text[4:10])
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(text[:17]))
    check = (10 - total % 10) % 10
    if int(text[17]) != check:
        raise IdError(Text(M.ID_CHECK_WRONG, id_type="CURP", number=shown, check=check))
    return text


_FOREIGN_CHECKS: Final = {"CUIT": _cuit, "DNI": _dni, "NIE": _nie, "NIF": _nif, "RFC": _rfc, "CURP": _curp}


# The personal documents a creditor's legal representative is identified by in each country, tried in this order
# on the number typed (it is stored without a type): a cédula in Colombia, a DNI in Argentina, a DNI or an NIE in
# Spain, a CURP or a person's RFC in Mexico.
REPRESENTATIVE_ID_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "CO": ("CC",),
    "AR": ("DNI",),
    "MX": ("CURP", "RFC"),
    "ES": ("DNI", "NIE"),
}


def representative_id(jurisdiction: str | None, raw: str) -> tuple[str, str] | None:
    """(type, number) of a legal representative's document typed without its type, read by the personal
    documents of `jurisdiction`; None when it fits none of them (it is then printed as typed)."""
    j = (jurisdiction or "CO").upper()
    for id_type in REPRESENTATIVE_ID_TYPES.get(j, ("CC",)):
        try:
            number = normalize_id(id_type, raw, j if j in ALLOWED_ID_TYPES else None)
        except IdError:
            continue
        if not is_legal_person(id_type, number):
            return id_type, number
    return None


# ---------------------------------------------------------------- legal persons

# CUIT prefixes the AFIP gives legal persons (30; 33 and 34 when 30 is taken); 20, 23, 24 and 27 are people.
_CUIT_COMPANY_PREFIXES: Final = frozenset({"30", "33", "34"})
# First letters of a Spanish NIF that name an entity (the old CIF: A sociedad anónima, B limitada, …, N foreign
# entity, P local body, Q public body, S state body, W permanent establishment of a non-resident); a digit, X/Y/Z
# (an NIE) and K/L/M are people.
_NIF_ENTITY_LETTERS: Final = frozenset("ABCDEFGHJNPQRSUVW")


def is_legal_person(id_type: str, id_number: str) -> bool:
    """Whether a document identifies a company or other entity rather than a person, by its country's rules.

    Documents worded «persona jurídica identificada con …» instead of «mayor de edad, identificado(a) con …».
    Colombia: a NIT of a legal person, which the DIAN numbers in its entity series: nine digits before the
    check digit, the first an 8 or a 9 (800…, 860…, 890…, 900…, 901…). A person in business (a comerciante) also
    has a NIT, and it is their cédula with a check digit added (79123456-0, 1020304050-8): that is a person.
    Argentina: a CUIT beginning 30, 33 or 34. Mexico: an RFC of 12 characters (persona moral; a persona física
    has 13). Spain: a NIF beginning with an entity letter. Any other document (cédula, DNI, NIE, CURP, passport)
    is a person's.
    """
    kind = id_type.strip().upper()
    if kind == "NIT":
        base = id_number.strip().translate(_STRIP).split("-")[0]
        return len(base) == 9 and base[:1] in ("8", "9")
    text = id_number.strip().upper().translate(_STRIP).replace("-", "").replace("/", "")
    if kind in ("CUIT", "CUIL"):
        return text[:2] in _CUIT_COMPANY_PREFIXES
    if kind == "RFC":
        return len(text) == 12
    if kind in ("NIF", "CIF"):
        return text[:1] in _NIF_ENTITY_LETTERS
    return False
