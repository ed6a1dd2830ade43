"""Identity documents: the DIAN check digit on real NITs and the per-type number rules."""

from __future__ import annotations

import pytest

from legal_desk.domain.ids import (
    ID_TYPE_LABELS,
    ID_TYPES,
    IdError,
    is_legal_person,
    nit_check_digit,
    nit_with_check_digit,
    normalize_id,
    normalize_id_type,
)


@pytest.mark.parametrize(
    ("nit", "digit"),
    [
        ("900123456", 8),  # the worked example of the CLI contract
        ("890903938", 8),  # Bancolombia S.A.
        ("860002964", 4),  # Banco de Bogotá S.A.
        ("800197268", 4),  # DIAN
        ("899999068", 1),  # Ecopetrol S.A.
        ("860034313", 7),  # Banco Davivienda S.A.
        ("79123456", 0),  # weighted sum 737 ≡ 0 (mod 11): remainders 0 and 1 are the digit itself
        ("10005", 1),  # 5·3 + 1·19 = 34 ≡ 1 (mod 11)
        ("12345", 8),  # 5·3 + 4·7 + 3·13 + 2·17 + 1·19 = 135 ≡ 3 (mod 11) → 11 − 3
    ],
)
def test_nit_check_digit_of_known_nits(nit: str, digit: int) -> None:
    assert nit_check_digit(nit) == digit


def test_nit_check_digit_refuses_letters_and_too_long() -> None:
    with pytest.raises(IdError, match="solo puede tener dígitos"):
        nit_check_digit("90012345A")
    with pytest.raises(IdError, match="más de 15"):
        nit_check_digit("1234567890123456")


def test_nit_with_check_digit() -> None:
    assert nit_with_check_digit("900.123.456") == "900123456-8"


def test_types_and_labels() -> None:
    assert sorted(ID_TYPES) == ["CC", "CE", "CUIT", "CURP", "DNI", "NIE", "NIF", "NIT", "PP", "RFC", "TI"]
    assert set(ID_TYPE_LABELS) == ID_TYPES
    assert ID_TYPE_LABELS["CC"] == "Cédula de ciudadanía"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("CC", "CC"), ("c.c.", "CC"), ("Cédula de ciudadanía", "CC"), ("PA", "PP"), ("pasaporte", "PP"),
     ("nit", "NIT"), ("T.I.", "TI"), ("Cédula de extranjería", "CE")],
)
def test_normalize_id_type(raw: str, expected: str) -> None:
    assert normalize_id_type(raw) == expected


def test_unknown_type_is_refused() -> None:
    with pytest.raises(IdError, match="«RC» no es un tipo de documento válido"):
        normalize_id_type("RC")


@pytest.mark.parametrize(
    ("id_type", "raw", "expected"),
    [
        ("NIT", "900.123.456-8", "900123456-8"),
        ("NIT", "900123456", "900123456-8"),
        ("NIT", " 890 903 938 - 8 ", "890903938-8"),
        ("NIT", 860002964, "860002964-4"),
        ("CC", "1.020.304.050", "1020304050"),
        ("CC", "79 123 456", "79123456"),
        ("CC", 52987654, "52987654"),
        ("CC", "123", "123"),
        ("TI", "1023456789", "1023456789"),
        ("TI", "03051512345", "03051512345"),
        ("CE", "ab12345", "AB12345"),
        ("CE", "443322", "443322"),
        ("PP", "pe123456", "PE123456"),
        ("cedula", "1.000.000", "1000000"),
    ],
)
def test_normalize_id_accepts(id_type: str, raw: str | int, expected: str) -> None:
    assert normalize_id(id_type, raw) == expected


@pytest.mark.parametrize(
    ("id_type", "raw", "message"),
    [
        ("NIT", "900123456-7", "NIT 900123456-7: el dígito de verificación debe ser 8"),
        ("NIT", "900.123.456-", "falta el dígito de verificación"),
        ("NIT", "900123456-81", "es un solo dígito"),
        ("NIT", "1234", "entre 5 y 15 dígitos y tiene 4"),
        ("CC", "12", "CC 12: debe tener entre 3 y 10 dígitos y tiene 2"),
        ("CC", "12345678901", "tiene 11"),
        ("CC", "1020A304", "solo puede tener dígitos"),
        ("CC", "0123456", "no puede empezar por cero"),
        ("CC", "", "falta el número de cédula de ciudadanía"),
        ("TI", "123456789", "TI 123456789: debe tener entre 10 y 11 dígitos"),
        ("CE", "AB", "entre 3 y 10 caracteres"),
        ("CE", "ABCDEF", "al menos un dígito"),
        ("PP", "ÑA12345", "letras sin tilde"),
        ("PP", "A123", "entre 5 y 15 caracteres"),
        ("XX", "123", "no es un tipo de documento válido"),
    ],
)
def test_normalize_id_refuses_with_reason(id_type: str, raw: str, message: str) -> None:
    with pytest.raises(IdError) as info:
        normalize_id(id_type, raw)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("id_type", "raw", "expected"),
    [
        ("DNI", "12.345.678-Z", "12345678Z"),  # Spain
        ("dni", "30.123.456", "30.123.456"),  # Argentina
        ("CUIL", "20-30123456-3", "20-30123456-3"),
        ("NIE", "X-1234567-L", "X1234567L"),
        ("CIF", "B12345674", "B12345674"),
        ("RFC", "GODE561231GR8", "GODE561231GR8"),
        ("CURP", "BOXW310820HNERXN09", "BOXW310820HNERXN09"),
    ],
)
def test_foreign_documents_are_accepted(id_type: str, raw: str, expected: str) -> None:
    """A debtor in Buenos Aires, Mexico City or Madrid is identified by the country's own document
    (before, «DNI» was refused: only CC, CE, NIT, PP or TI existed)."""
    assert normalize_id(normalize_id_type(id_type), raw) == expected


@pytest.mark.parametrize(
    ("id_type", "raw"), [("DNI", "12"), ("CUIT", "20-3012345-7"), ("NIE", "X12"), ("CURP", "ABC1")]
)
def test_foreign_documents_of_the_wrong_shape_are_refused(id_type: str, raw: str) -> None:
    with pytest.raises(IdError, match=id_type):
        normalize_id(id_type, raw)


# Worked check digits, counted by hand:
# CUIT 20-12345678-?: 2·5 + 0·4 + 1·3 + 2·2 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 = 148; 148 mod 11 = 5;
#   11 − 5 = 6 → 20-12345678-6. CUIT 30-50001091-2 (Banco de la Nación Argentina): 3·5 + 0·4 + 5·3 + 0·2
#   + 0·7 + 0·6 + 1·5 + 0·4 + 9·3 + 1·2 = 64; 64 mod 11 = 9; 11 − 9 = 2 ✓.
#   20-00000001-?: 1·2 + 2·5 = 12; 12 mod 11 = 1; 11 − 1 = 10 → no digit completes it.
# DNI 12345678: 12345678 mod 23 = 14 → TRWAGMYFPDXBNJZ…[14] = Z.
# NIE X1234567: X = 0 → 01234567 mod 23 = 19 → L.  Y1234567: 11234567 mod 23 = 10 → X.
# CIF B1234567?: odd positions 1,3,5,7 doubled 2,6,10,14 → digit sums 2+6+1+5 = 14; even 2+4+6 = 12;
#   26 → (10 − 6) mod 10 = 4 → B12345674 (or the letter JABCDEFGHI[4] = D).
@pytest.mark.parametrize(
    ("id_type", "raw", "message"),
    [
        ("CUIT", "20-12345678-9", "CUIT 20-12345678-9: el dígito verificador debe ser 6"),
        ("CUIL", "20-00000001-0", "ningún dígito verificador lo completa"),
        ("DNI", "12345678A", "DNI 12345678A: la letra de control debe ser Z"),
        ("DNI", "1234567AB", "8 dígitos y la letra"),
        ("NIE", "X1234567A", "NIE X1234567A: la letra de control debe ser L"),
        ("NIE", "A1234567L", "escriba X, Y o Z"),
        ("NIF", "B12345678", "NIF B12345678: la letra de control debe ser 4 / D"),
        ("NIF", "12345678A", "la letra de control debe ser Z"),
        ("NIF", "I12345674", "un CIF"),
        ("RFC", "GODE561331GR8", "RFC GODE561331GR8: la fecha 56-13-31 no existe"),
        ("RFC", "GOD1561231GR8", "la fecha AAMMDD"),
        ("RFC", "ABC123", "persona moral"),
        ("CURP", "BOXW310820HNERXN01", "CURP BOXW310820HNERXN01: el dígito verificador debe ser 9"),
        ("CURP", "BOXW310820HQQRXN09", "entidad (2 letras)"),
    ],
)
def test_foreign_check_digits_and_letters_are_verified(id_type: str, raw: str, message: str) -> None:
    """A mistyped CUIT, DNI letter, NIE, CIF, RFC date or CURP was accepted (shape only) and reached the
    demanda; the country's own check now refuses it and says what the digit or letter should be."""
    with pytest.raises(IdError) as info:
        normalize_id(normalize_id_type(id_type), raw)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("id_type", "raw", "expected"),
    [
        ("CUIT", "20-12345678-6", "20-12345678-6"),
        ("CUIT", "30500010912", "30-50001091-2"),
        ("NIE", "Y1234567X", "Y1234567X"),
        ("NIF", "B12345674", "B12345674"),
        ("NIF", "b1234567d", "B1234567D"),  # the CIF control as a letter
        ("NIF", "X1234567L", "X1234567L"),
        ("RFC", "A&C990101AB1", "A&C990101AB1"),  # a company («A&C»): 3 letters
        ("RFC", "MUÑ800229AB1", "MUÑ800229AB1"),  # Ñ, and 29 Feb 1980
    ],
)
def test_foreign_numbers_with_right_checks_are_accepted(id_type: str, raw: str, expected: str) -> None:
    assert normalize_id(normalize_id_type(id_type), raw) == expected


# ---------------------------------------------------------------- the case's country decides


@pytest.mark.parametrize(
    ("jurisdiction", "id_type", "raw", "message"),
    [
        # An Argentine-style DNI (8 digits, no letter) in a Spanish case: 12345678 needs its letter Z.
        ("ES", "DNI", "12345678", "DNI 12345678: en España el DNI tiene 8 dígitos y la letra de control"),
        # A Spanish DNI in an Argentine case: the Argentine DNI has no letter.
        ("AR", "DNI", "12345678Z", "DNI 12345678Z: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra"),
        ("AR", "DNI", "123456", "en Argentina el DNI tiene 7 u 8 dígitos"),
        # A document of another country: named with the ones that country uses.
        ("ES", "CUIT", "20-12345678-6", "CUIT: no es un documento de identidad de España (use DNI, NIE, NIF o PP)"),
        ("AR", "CC", "79123456", "CC: no es un documento de identidad de Argentina (use DNI, CUIT o PP)"),
        ("MX", "DNI", "12345678Z", "DNI: no es un documento de identidad de México (use RFC, CURP o PP)"),
        ("CO", "RFC", "GODE561231GR8", "RFC: no es un documento de identidad de Colombia"),
    ],
)
def test_the_case_jurisdiction_picks_the_rule(jurisdiction: str, id_type: str, raw: str, message: str) -> None:
    """A Spanish case accepted «DNI 12345678» (the Argentine shape, no control letter) because the check
    did not know the case's country; now each country's rule applies and the error names it."""
    with pytest.raises(IdError) as info:
        normalize_id(id_type, raw, jurisdiction)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("jurisdiction", "id_type", "raw", "expected"),
    [
        ("ES", "DNI", "12.345.678-z", "12345678Z"),  # 12345678 mod 23 = 14 → Z
        ("AR", "DNI", "12345678", "12.345.678"),
        ("AR", "DNI", "012345678", "12.345.678"),  # padded by a bank export
        ("AR", "DNI", "7.654.321", "7.654.321"),
        ("AR", "CUIT", "20123456786", "20-12345678-6"),  # 148 mod 11 = 5; 11 − 5 = 6
        ("AR", "CUIT", "30 50001091 2", "30-50001091-2"),
        ("AR", "PP", "AAA123456", "AAA123456"),
        ("MX", "CURP", "BOXW310820HNERXN09", "BOXW310820HNERXN09"),
        ("CO", "NIT", "900123456", "900123456-8"),
    ],
)
def test_each_country_keeps_its_usual_writing(jurisdiction: str, id_type: str, raw: str, expected: str) -> None:
    """A CUIT/CUIL was kept and shown as 20123456786; an Argentine writes 20-12345678-6 (and a DNI
    12.345.678), as the NIT is kept as 900123456-8. The stored form is the one the documents print."""
    assert normalize_id(id_type, raw, jurisdiction) == expected
    assert normalize_id(id_type, expected, jurisdiction) == expected  # stable when read back


@pytest.mark.parametrize(
    ("id_type", "number", "company"),
    [
        # Colombia: a company is sued by its NIT, a person by the cédula
        ("NIT", "900123456-8", True),
        ("NIT", "860002964-4", True),  # the DIAN's entity series: nine digits, the first an 8 or a 9
        ("NIT", "890.903.938-8", True),  # as typed, with dots
        ("NIT", "901234567-7", True),
        # a person in business has a NIT too: their cédula with a check digit, worded «mayor de edad»
        ("NIT", "79123456-0", False),  # an eight-digit cédula
        ("NIT", "1020304050-8", False),  # a ten-digit cédula
        ("NIT", "52345678-3", False),
        ("CC", "79123456", False),
        # Argentina: the AFIP gives legal persons the prefixes 30, 33 and 34; people 20, 23, 24 and 27
        ("CUIT", "30-50001091-2", True),  # Banco de la Nación Argentina
        ("CUIT", "33-69345023-9", True),
        ("CUIT", "34-99903208-9", True),
        ("CUIT", "20-12345678-6", False),
        ("CUIT", "27-12345678-0", False),
        ("CUIT", "23-12345678-5", False),
        ("CUIT", "30500010912", True),  # as typed, without the dashes
        ("DNI", "12.345.678", False),
        # Mexico: a persona moral's RFC has 3 letters (12 characters), a persona física's 4 (13)
        ("RFC", "ABC680524P76", True),
        ("RFC", "GODE561231GR8", False),
        ("CURP", "GODE561231HDFRRN09", False),
        # Spain: a NIF beginning with an entity letter is a company or other entity; a DNI, an NIE and the
        # K/L/M personal NIFs are people
        ("NIF", "A58818501", True),  # sociedad anónima
        ("NIF", "B12345674", True),  # sociedad limitada
        ("NIF", "Q2826000H", True),  # public body
        ("NIF", "12345678Z", False),
        ("NIF", "X1234567L", False),
        ("NIF", "K1234567L", False),
        ("NIE", "X1234567L", False),
        ("DNI", "12345678Z", False),
        ("PP", "XA1234567", False),
    ],
)
def test_is_legal_person_follows_each_countrys_id_rules(id_type: str, number: str, company: bool) -> None:
    assert is_legal_person(id_type, number) is company
