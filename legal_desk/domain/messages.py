"""Messages a user reads: Spanish sentences kept as a template and its values, so an interface can
word them in its own language.

The rule (how ARCHITECTURE.md's «errors are typed exceptions with a message a user can act on» reads
in an English interface):

- A refusal a user commonly meets is raised with a `Text`: one of the Spanish templates below (the
  catalogue, `{named}` placeholders) and its values. `str()` of the error is the Spanish sentence,
  exactly as before, so the CLI, the logs and the audit trail keep their Spanish text.
- A value that is itself wording (a stage, a role, an action) is a `Term(kind, code, spanish)`; a
  value that is a phrase of its own (a field name, an inner error) is a nested `Text`.
- A service that wraps a domain error keeps its `Text` (`ValidationFailed(Text(FIELD, field=…,
  error=text_of(exc)))`), never flattens it with `str(exc)`.
- The desktop interface (legal_desk/ui/errors.py) lists every template with
  QT_TRANSLATE_NOOP("Errors", …) and shows `error_text(exc)`: the template translated, its values filled
  in. An error raised with a plain string still shows its Spanish text: messages are converted one by
  one, the most common first (identity documents, amounts, dates, permissions, stage moves, dates
  that cannot be in the future, the money fields of the legal tracking, the rows of a bulk import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Term:
    """A word of the domain inside a message: `kind` ('stage', 'role', 'action') and `code` name it in
    any language; `spanish` is how the Spanish sentence names it."""

    kind: str
    code: str
    spanish: str

    def __str__(self) -> str:
        return self.spanish


@dataclass(frozen=True, init=False)
class Text:
    """A Spanish template from the catalogue below with its values; `str()` is the Spanish sentence."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, template: str, **params: Any) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", params)

    def __str__(self) -> str:
        return self.template.format(**{k: str(v) for k, v in self.params.items()})


class TextError(Exception):
    """An error whose message may be a `Text` (kept in `.text`); its `str()` is the Spanish sentence."""

    def __init__(self, message: str | Text) -> None:
        super().__init__(str(message))
        self.text: Text | None = message if isinstance(message, Text) else None


def text_of(exc: BaseException) -> str | Text:
    """The message of an error as a `Text` when it has one, else its Spanish string."""
    text = getattr(exc, "text", None)
    return text if isinstance(text, Text) else str(exc)


# ------------------------------------------------------------------ the catalogue
# Every template here has an English translation in the "Errors" context (a UI test checks it).

#: A field or a party, then what is wrong with it: «Deudor: CC 12: debe tener …».
FIELD = "{field}: {error}"
NAME_MISSING = "{field}: falta el nombre"
EMAIL_INVALID = "{field}: el correo «{email}» no es válido"
DEBTOR = "Deudor"
GUARANTOR = "Codeudor"
GUARANTOR_N = "Codeudor {n}"
CAPITAL = "Capital"
PAYMENT_AMOUNT = "Valor del abono"
CREDITOR_ID = "Acreedor ({id_type})"
CREDITOR_NIT = "NIT del acreedor"

# Identity documents (domain.ids)
ID_TYPE_UNKNOWN = "«{raw}» no es un tipo de documento válido (use {types})"
ID_DIGITS_ONLY = "{id_type} {number}: solo puede tener dígitos"
ID_DIGITS_EXACT = "{id_type} {number}: debe tener {size} dígitos y tiene {length}"
ID_DIGITS_RANGE = "{id_type} {number}: debe tener entre {low} y {high} dígitos y tiene {length}"
ID_ZERO_FIRST = "{id_type} {number}: no puede empezar por cero"
ID_ALNUM_ONLY = "{id_type} {number}: solo puede tener letras sin tilde y dígitos"
ID_ALNUM_RANGE = "{id_type} {number}: debe tener entre {low} y {high} caracteres y tiene {length}"
ID_NEEDS_DIGIT = "{id_type} {number}: debe tener al menos un dígito"
ID_CHECK_WRONG = "{id_type} {number}: el dígito verificador debe ser {check}"
ID_CHECK_NONE = "{id_type} {number}: no es un número válido (ningún dígito verificador lo completa)"
ID_LETTER_WRONG = "{id_type} {number}: la letra de control debe ser {check}"
ID_DNI_SHAPE = "DNI {number}: 7 u 8 dígitos (Argentina) u 8 dígitos y la letra (España, 12345678Z)"
ID_DNI_AR = "DNI {number}: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)"
ID_DNI_ES = "DNI {number}: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)"
ID_TYPE_NOT_USED = "{id_type}: no es un documento de identidad de {country} (use {types})"
ID_NIE_SHAPE = "NIE {number}: escriba X, Y o Z, 7 dígitos y la letra (X1234567L)"
ID_NIF_SHAPE = "NIF {number}: escriba un DNI (12345678Z), un NIE (X1234567L) o un CIF (B12345674)"
ID_RFC_SHAPE = "RFC {number}: 3 letras (persona moral) o 4 (física), la fecha AAMMDD y la homoclave de 3 caracteres"
ID_CURP_SHAPE = "CURP {number}: 4 letras, la fecha AAMMDD, H, M o X, entidad (2 letras), 3 consonantes y 2 caracteres"
ID_BAD_DATE = "{id_type} {number}: la fecha {date} no existe"
NIT_DIGITS_ONLY = "NIT «{number}»: solo puede tener dígitos"
NIT_TOO_LONG = "NIT «{number}»: tiene más de {size} dígitos"
NIT_CHECK_MISSING = "NIT {number}: falta el dígito de verificación después del guion"
NIT_CHECK_ONE_DIGIT = "NIT {number}: el dígito de verificación es un solo dígito"
NIT_CHECK_WRONG = "NIT {number}: el dígito de verificación debe ser {check}"

# Amounts (domain.money)
AMOUNT_EMPTY = "el valor está vacío"
AMOUNT_NOT_A_NUMBER = "«{text}» no es un número"
AMOUNT_GROUPING = (
    "«{text}» tiene separadores de miles mal puestos o más de dos decimales (escriba 1.234.567,89 o 1234567.89)"
)
AMOUNT_NEGATIVE = "el valor {text} es negativo"
AMOUNT_DECIMALS = "«{text}» tiene más de dos decimales"

# Dates (domain.dates)
DATE_EMPTY = "la fecha está vacía"
DATE_FORMAT = "«{text}» no es una fecha (use AAAA-MM-DD o DD/MM/AAAA)"
DATE_NOT_REAL = "«{text}» no es una fecha real"

# Dates that cannot be in the future (services.legal.refuse_future): {day} and {today} are dates already
# written out (DD/MM/AAAA unless the template shows AAAA-MM-DD)
FUTURE_EVENT = "Fecha del evento: el {day} es posterior a hoy ({today}); registre la actuación cuando ocurra"
FUTURE_RECEIPT = "Acuse de recibo: el {day} es posterior a hoy ({today})"
FUTURE_EVIDENCE = "Fecha de la prueba: el {day} es posterior a hoy ({today}); indique la fecha del documento"
FUTURE_PAYMENT = "Fecha del abono: el {day} es posterior a hoy ({today}); registre el abono cuando se reciba"
FUTURE_SENT = "La fecha de envío {day} está en el futuro"
FUTURE_DELIVERED = "La entrega del {day} está en el futuro; indique la fecha que dice la constancia"
FUTURE_RETURNED = "La devolución del {day} está en el futuro; indique la fecha que dice la constancia"
FUTURE_CONTACT = "La gestión del {day} está en el futuro; registre las gestiones ya hechas"

# Money fields of the legal tracking (services.tracking): «Cuota 2: debe ser mayor que cero»
MEASURE_CAP = "Límite de la medida"
OFFER_AMOUNT = "Valor de la propuesta"
INSTALMENT_N = "Cuota {n}"
AMOUNT_NOT_POSITIVE = "debe ser mayor que cero"

# Rows of a bulk referral file (importing.referrals, services.intake); the line and the column are
# shown apart, so these say only what is wrong with the cell
ROW_REQUIRED = "es obligatorio y está vacío"
ROW_TOO_MANY_CELLS = (
    "la fila tiene más celdas ({cells}) que el encabezado ({width}): revise el separador o las comillas"
)
ROW_TOO_LONG = "tiene {length} caracteres; el máximo es {limit}"
ROW_REPEATED = "la obligación «{ref}» ya aparece en la línea {first}"
ROW_HANDED_OVER = "la obligación {ref} ya fue entregada a jurídico"
ROW_NOT_A_NAME = "«{name}» no parece un nombre"
ROW_EMAIL = "«{email}» no es un correo electrónico válido"
ROW_PHONE = "«{phone}» no es un teléfono válido (7 a 15 dígitos)"
ROW_GUARANTOR_INCOMPLETE = "falta: los datos del codeudor van completos (nombre, tipo y número de documento) o vacíos"
ROW_JURISDICTION = "«{value}» no es una jurisdicción admitida (CO, AR, MX o ES)"
ROW_CURRENCY = "«{value}» no es un código de moneda de 3 letras (p. ej. COP)"
ROW_TITLE_TYPE = "«{value}» no es un tipo de título admitido (pagaré, letra, factura, contrato o cheque)"
AMOUNT_NOT_FINITE = "el valor no es un número finito"
CAPITAL_NOT_POSITIVE = "el capital debe ser mayor que cero"
CAPITAL_TOO_LARGE = "el capital supera el máximo admitido (999.999.999.999.999,99)"
DATE_OUT_OF_RANGE = "la fecha {date} está fuera de rango (1950–2100)"

# Permissions (services.desk.Actor.require) and stage moves (domain.lifecycle)
NOT_ALLOWED = "El usuario «{user}» (rol {role}) no puede {action}"
STAGE_MOVE = "No se puede pasar de «{current}» a «{target}»"
STAGE_REASON = "Indique el motivo para pasar a «{target}»"

CATALOGUE: tuple[str, ...] = tuple(
    value for name, value in list(globals().items()) if name.isupper() and isinstance(value, str)
)
