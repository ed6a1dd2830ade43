"""Messages a user reads: Spanish sentences kept as a template and its values, so an interface can
word them in its own language.

The rule (how ARCHITECTURE.md's «errors are typed exceptions with a message a user can act on» reads
in an English interface):

- A refusal a user commonly meets is raised with a `Text`: one of the Spanish templates below (the
  catalogue, `{named}` placeholders) and its values. `str()` of the error is the Spanish sentence,
  exactly as before, so the CLI, the logs and the audit trail keep their Spanish text.
- A value that is itself wording (a stage, a role, an action) is a `Term(kind, code, spanish)`; a
  value that is a phrase of its own (a field name, an inner error) is a nested `Text`; a list of such
  values is a `Series`. Kind 'label' names a label of the interface's "Labels" context by its Spanish
  text (an embargo status, a checklist item…; 'label_lower' the same in lower case), kind 'readiness'
  what a filing-checklist item lacks. `label_term` builds the first two. Kind 'en' is a value that
  comes in both languages: `code` is its English (a template's title, a document field's name).
- A service that wraps a domain error keeps its `Text` (`ValidationFailed(Text(FIELD, field=…,
  error=text_of(exc)))`), never flattens it with `str(exc)`.
- A list of messages a result carries and the CLI prints (a backup check's problems, a liquidation's or a
  payment's warnings, a batch's failures) stays a list of Spanish strings; a parallel list of their
  `Text`s (`problem_texts`, `warning_texts`, `failed_texts`) is what an interface words.
- The desktop interface (legal_desk/ui/errors.py) lists every template with
  QT_TRANSLATE_NOOP("Errors", …) and shows `error_text(exc)`: the template translated, its values filled
  in. An error raised with a plain string still shows its Spanish text: messages are converted one by
  one, the most common first (identity documents, amounts, dates, permissions, stage moves, dates
  that cannot be in the future, the money fields of the legal tracking, the rows of a bulk import, the
  refusals of every service a user reaches from the desktop, unknown records, template mistakes, the
  file store, the liquidation, the calendar's and the deadline rules' own refusals, the agenda export).
  What is left in plain Spanish is internal or command-line only (cancellation notes).
- A message a row stores as Spanish text (a contact's Ley 2300 breaches) is read back into its `Text` by
  the module that wrote it (`contact_rules.breach_text`), so rows written by any version are worded.
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


def label_term(label: str, *, lower: bool = False) -> Term:
    """A label of the domain (Spanish, as the services give it) inside a message, in lower case if asked."""
    return Term("label_lower", label, label.lower()) if lower else Term("label", label, label)


@dataclass(frozen=True)
class Series:
    """Several values inside a message, joined by `sep` (each one a `Term`, a `Text` or plain text)."""

    items: tuple[Any, ...]
    sep: str = ", "

    def __str__(self) -> str:
        return self.sep.join(str(item) for item in self.items)


@dataclass(frozen=True)
class Summary:
    """A history event's summary inside a message: `spanish` is the stored text (part of the audit's hash
    chain), `action`, `before` and `after` what an interface words it from (ui/audit_text.py)."""

    action: str
    spanish: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None

    def __str__(self) -> str:
        return self.spanish


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
COSTS = "Costas"
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
AMOUNT_TOO_LARGE = "el valor {text} supera el máximo admitido ({maximum})"

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
FUTURE_BREACH = (
    "Incumplimiento del acuerdo: el {day} es posterior a hoy ({today}); márquelo incumplido cuando el deudor "
    "deje de pagar"
)
FUTURE_MEASURE = (
    "Fecha de la medida: el {day} es posterior a hoy ({today}); regístrela cuando el juzgado o la entidad la "
    "practique"
)

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
ROW_CELL_OUTSIDE = (
    "la celda {cell} («{value}») está fuera de las columnas del encabezado: póngale un encabezado a esa "
    "columna o borre el valor"
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
CAPITAL_TOO_LARGE = "el capital supera el máximo admitido ({maximum})"
DATE_OUT_OF_RANGE = "la fecha {date} está fuera de rango (1950–2100)"

# A referral file as a whole (importing.referrals.ReferralFileError): it cannot be read, or lacks columns
FILE_MAPPED_COLUMN_MISSING = "la columna «{header}» elegida en la correspondencia no está en el archivo"
FILE_UNKNOWN_FIELD = "«{key}» no es un campo conocido de la entrega de cartera"
FILE_SAME_COLUMN = "las columnas «{first}» y «{second}» significan lo mismo ({header}); deje una sola o elija cuál usar"
FILE_MISSING_COLUMNS = "faltan columnas obligatorias: {columns}"
FILE_NOT_FOUND = "el archivo {path} no existe"
FILE_NOT_A_FILE = "{path} no es un archivo"
FILE_XLS = "{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo de nuevo"
FILE_EXTENSION = "{name}: extensión «{suffix}» no admitida (use .csv o .xlsx)"
FILE_EMPTY = "{name} está vacío"
FILE_UTF16_DAMAGED = "{name}: texto UTF-16 dañado"
FILE_LOOKS_XLSX = "{name} parece un libro de Excel: cambie la extensión a .xlsx"
FILE_LOOKS_XLS = "{name} parece un libro de Excel 97-2003: guárdelo como .xlsx o CSV"
FILE_BINARY = "{name} no es un archivo de texto CSV (contiene datos binarios)"
FILE_BAD_UTF8 = "{name}: dice ser UTF-8 pero tiene bytes inválidos"
FILE_ENCODING = "{name}: codificación no reconocida (guárdelo como CSV UTF-8 o Windows-1252)"
FILE_UNREADABLE = "no se puede leer {name}: {reason}"
FILE_BAD_CSV = "{name}, línea {line}: CSV mal formado ({detail})"
FILE_NOT_ZIP = "{name} no es un libro de Excel .xlsx válido (no es un archivo ZIP)"
FILE_BAD_XLSX = "{name} no es un libro de Excel .xlsx válido ({detail})"
FILE_NO_SHEETS = "{name} no tiene hojas"
FILE_THE_FORMULA = "la fórmula «={formula}»"
FILE_A_FORMULA = "una fórmula"
FILE_UNCALCULATED = (
    "{name}: la celda {cell} tiene {what} sin valor calculado (el archivo no se guardó con Excel ni "
    "LibreOffice); ábralo, guárdelo de nuevo y vuelva a importarlo"
)
FILE_EMPTY_SHEET = "{name} está vacío (la primera hoja no tiene datos)"
FILE_HEADERS_ONLY = "{name} solo tiene la fila de encabezados; no hay filas de datos"
FILE_MISSING_COLUMNS_AT = (
    "faltan columnas obligatorias: {columns}. Los encabezados se leyeron en la {where}: {headers}; dé a esas "
    "columnas los nombres indicados (o asígnelas en la ventana de importación) y vuelva a importar"
)
FILE_HEADER_LINE = "línea {line}"
FILE_HEADER_ROW = "fila {line} de la hoja «{sheet}»"
FILE_NO_DATA_SHEETS = "{name} está vacío (ninguna de sus hojas tiene datos)"
FILE_ENCRYPTED = (
    "{name} está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo → Información → "
    "Proteger libro → Cifrar con contraseña, en blanco), guárdelo y vuelva a importarlo"
)
FILE_LOOKS_ODS = "{name} es una hoja de cálculo de LibreOffice (.ods): guárdela como .xlsx o CSV y vuelva a importarla"
FILE_LOOKS_TEXT = "{name} es un archivo de texto (CSV), no un libro de Excel: cambie la extensión a .csv"
ROW_TOTALS = "parece una fila de totales («{ref}»), no una obligación: no se importa"
ROW_MERGED_CAPITAL = (
    "la celda {cell} está combinada con {first}: un capital no se reparte entre filas; separe las celdas "
    "y escriba el capital de cada obligación"
)

# Permissions (services.desk.Actor.require) and stage moves (domain.lifecycle)
NOT_ALLOWED = "El usuario «{user}» (rol {role}) no puede {action}"
STAGE_MOVE = "No se puede pasar de «{current}» a «{target}»"
STAGE_REASON = "Indique el motivo para pasar a «{target}»"

# Who may see or change a case (services.cases); {stage} is a stage Term
COLLECTIONS_READ_OWN = "Cobranza solo ve los expedientes que entregó"
COLLECTIONS_WRITE_OWN = "Cobranza solo puede modificar los expedientes que entregó"
ACCEPTED_READ = (
    "El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza solo ve su etapa, el abogado, el "
    "radicado y el motivo de cierre o devolución, en «Mis entregas»"
)
ACCEPTED_WRITE = (
    "El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza ya no puede modificarlo; pida el "
    "cambio al abogado a cargo"
)
STALE = (
    "{who} modificó el expediente {ref}{when}{what} después de que usted lo abrió. Vuelva a cargarlo y repita el "
    "cambio."
)
STALE_WHO = "Otro usuario"
STALE_WHEN = " el {day} a las {time}"
STALE_WHAT = " («{summary}»)"  # {summary} is a Summary
CONCURRENT_CHANGE = "Otro usuario modificó este registro al mismo tiempo; vuelva a cargarlo y repita el cambio"
CONCURRENT_DUPLICATE = (
    "Otro usuario registró el mismo dato al mismo tiempo (p. ej. el mismo número de obligación); vuelva a cargar y "
    "revise"
)

# Handing over and editing a case (services.cases)
ACCOUNT_REF_MISSING = "Falta el número de obligación"
ACCOUNT_HANDED_OVER = "La obligación {ref} ya fue entregada a jurídico"
JURISDICTION_UNKNOWN = "Jurisdicción «{value}» desconocida (use CO, AR, MX o ES)"
CURRENCY_INVALID = "Moneda «{value}»: use un código ISO de 3 letras (COP, ARS, MXN, EUR)"
TITLE_TYPE_UNKNOWN = "Tipo de título «{value}» desconocido"
STAGE_UNKNOWN = "Etapa «{value}» desconocida"
ACCOUNT_REF_FIX_DENIED = (
    "El usuario «{user}» (rol {role}) no puede corregir el número de obligación: lo corrige un abogado o el "
    "administrador"
)
ACCOUNT_REF_EMPTY = "Número de obligación: no puede quedar vacío"
ACCOUNT_REF_TAKEN = "Número de obligación: {ref} ya es el del expediente {other}"
COSTS_NEGATIVE = "Las costas no pueden ser negativas"
AGREED_RATE_RANGE = "La tasa pactada es un porcentaje efectivo anual entre 0 y 200"
AGREED_RATE_RANGE_NOMINAL = "La tasa pactada es un porcentaje nominal anual entre 0 y 200"
AGREED_RATE_BOTH = "Tasa pactada: indique una tasa o quítela, no ambas"
ISSUE_AFTER_DUE = "La fecha de emisión no puede ser posterior al vencimiento"
CREDITOR_NAME_AND_NIT = "Acreedor: indique la razón social y el {tax_id}"
CREDITOR_NAME_EMPTY = "Razón social del acreedor: no puede quedar vacía"
CREDITOR_NIT_EMPTY = "{tax_id} del acreedor: no puede quedar vacío"
CREDITOR_NIT_TAKEN = "{tax_id} del acreedor: {nit} ya es de «{other}»"
CREDITOR_EMAIL = "Correo del acreedor: «{email}» no es una dirección válida"
ASSIGNEE_MISSING = "El usuario asignado como {what} no existe"
ASSIGNEE_INACTIVE = "El usuario «{user}» está desactivado; no puede asignarse como {what}"
ASSIGNEE_ROLE = "«{user}» tiene el rol {role}: no puede asignarse como {what} (roles posibles: {roles})"
AS_LAWYER = "abogado"
AS_PARALEGAL = "dependiente"

# Stage moves, reopening and archiving (services.cases)
SETTLEMENT_NEEDS_AGREEMENT = (
    "Para pasar {ref} a «{stage}» registre primero el acuerdo de pago firmado (pestaña Acuerdos → «Registrar acuerdo…»)"
)
NOT_READY_TO_FILE = "El expediente aún no está listo para radicar. Falta: {missing}"
READINESS_GAP = "{label}: {detail}"
RADICADO_MISSING = "Para radicar indique el número de radicado"
RADICADO_CO_FORMAT = (
    "El radicado «{text}» tiene {n} dígitos: el de un proceso en Colombia tiene 23 (código único, p. ej. "
    "11001-40-03-012-2024-00123-00); cópielo completo del auto o de la consulta de procesos"
)
REOPEN_REASON = "Indique el motivo para reabrir el expediente"
NOT_CLOSED = "El expediente {ref} no está cerrado («{stage}»)"
REOPEN_TARGETS = "Un expediente «{stage}» se reabre en: {allowed}"
ARCHIVE_REASON = "Indique el motivo para archivar"

# Hearings, embargoes, offers and agreements (services.tracking); {status} and {to} are label Terms
HEARING_PLACE = "Indique el lugar o el enlace de la audiencia"
HEARING_NEW_DATE = "Indique la nueva fecha de la audiencia aplazada"
ASSET_DESCRIPTION = "Describa el bien (cuenta, placa, matrícula inmobiliaria…)"
EMBARGO_MOVE = "Una medida «{status}» no puede pasar a «{to}»"
EMBARGO_DATE_ORDER = "La medida quedó «{status}» el {day}: no puede pasar a «{to}» en una fecha anterior ({new_day})"
OFFER_INSTALMENTS = "El número de cuotas debe ser al menos 1"
OFFER_EXPIRES_BEFORE = "La propuesta no puede vencer antes de hacerse"
COUNTER_ONLY_OPEN = "Solo se puede contraofertar una propuesta abierta"
COUNTER_EXPIRED = (
    "La propuesta {offer} venció el {expired}: ya no admite contrapropuesta el {day}; registre una propuesta nueva"
)
OFFER_ALREADY = "La propuesta ya está {status}"
OFFER_EXPIRED_ACCEPT = (
    "La propuesta venció el {expired}: no puede aceptarse el {day}; registre una propuesta nueva con los mismos "
    "términos si las partes aún los aceptan"
)
OFFER_LAPSED = (
    "La propuesta venció el {expired} sin respuesta: ya está vencida y no se rechaza ni se retira; registre una "
    "propuesta nueva si las partes siguen negociando"
)
AGREEMENT_NO_INSTALMENTS = "El acuerdo debe tener al menos una cuota"
AGREEMENT_INSTALMENT_BEFORE = "Ninguna cuota puede vencer antes de la firma del acuerdo"
AGREEMENT_KEPT = "El acuerdo firmado el {signed} ya está cumplido; registre un acuerdo nuevo"
AGREEMENT_BROKEN = "El acuerdo firmado el {signed} ya está incumplido; registre un acuerdo nuevo"
AGREEMENT_BROKEN_SINCE = "El acuerdo firmado el {signed} ya está incumplido desde el {day}; registre un acuerdo nuevo"
AGREEMENT_BROKEN_BEFORE_SIGNED = (
    "El acuerdo firmado el {signed} no puede estar incumplido desde el {day}, antes de firmarse; indique la fecha "
    "en que el deudor dejó de pagar"
)
AGREEMENT_KEPT_UNPAID = (
    "El acuerdo firmado el {signed} tiene {n} cuota(s) sin pagar por {owed} (la próxima vence el {due}): queda "
    "cumplido al registrar el pago de la última; si el acreedor condonó el saldo, cierre el expediente con la "
    "etapa que corresponda"
)

# Liquidation, documents and the filing packet (services.payments, services.documents, services.packets)
NO_RATE_TABLE = (
    "No hay tabla de tasas moratorias de {jurisdiction} para liquidar el expediente {ref}: impórtela (Términos y "
    "tasas → Tasas de interés, o «legal-desk rates import ARCHIVO --jurisdiction {jurisdiction}»)"
)
NO_DEBT = "El expediente {ref} no tiene deuda registrada"
NO_DEBTOR = "El expediente {ref} no tiene deudor registrado"
TEMPLATES_DIR_MISSING = (
    "Las plantillas del despacho están en {path}, que este equipo no encuentra (¿una carpeta compartida sin "
    "conectar, o una ruta de otro computador?). Conecte esa carpeta, o un administrador elige en «Plantillas de "
    "documentos» una carpeta compartida que todos vean o vuelve a las del programa"
)
TEMPLATE_NOT_FOR_JURISDICTION = (
    "«{title}» no se genera para un expediente de {country} ({jurisdiction}): las plantillas instaladas son "
    "colombianas ({locale}: citan el CGP y escriben pesos M/CTE) y no hay plantillas {wanted}. Un administrador "
    "puede poner las de la firma en {path} con su catalog.json (Archivo → Plantillas de documentos…)."
)
TEMPLATE_FIELDS_MISSING = "No se puede generar «{title}»: faltan estos datos del caso: {fields}.{where}"
TEMPLATE_FIELDS_WHERE = " Complételos en {places}."
PACKET_EMPTY = "El paquete no tiene anexos: genere la demanda o agregue pruebas primero"
PACKET_ANNEX_NO_PDF = "El anexo «{title}» no tiene PDF (genere de nuevo el documento con LibreOffice)"
PACKET_ANNEX_MISSING = "Falta en el almacén el archivo del anexo «{title}»"
PACKET_ANNEX_UNUSABLE = "No se puede usar el anexo «{title}»: {reason}"
PACKET_DOCX_NOT_CONVERTED = (
    "«{title}» está guardado solo en Word (DOCX) y no se pudo convertir a PDF para el paquete: {reason}. "
    "Instale LibreOffice (o revise el documento) y arme de nuevo, o déjelo fuera del paquete"
)
PACKET_NO_LIBREOFFICE = "no se encontró LibreOffice en este equipo"

# Why a file cannot be an annex of a filing packet (documents.packets.AnnexError, unsupported_reason) and
# what to do
ANNEX_REFUSED = "Anexo «{name}»: {reason}"
ANNEX_CIPHER_UNSUPPORTED = "cifrado con un método no soportado ({detail})"
ANNEX_NEEDS_PASSWORD = "cifrado: requiere contraseña"
ANNEX_WRONG_PASSWORD = "cifrado: la contraseña indicada no es correcta"
ANNEX_NO_PAGES = "el PDF no tiene páginas"
ANNEX_DAMAGED = (
    "PDF dañado o incompleto (p. ej. cortado al descargarlo o copiarlo) que no se pudo reparar; pida al "
    "remitente una copia nueva, agréguela como prueba y márquela en su lugar (detalle: {detail})"
)
ANNEX_IMAGE_UNREADABLE = "imagen ilegible o dañada ({detail})"
ANNEX_IMAGE_NO_PAGES = "la imagen no tiene páginas"
ANNEX_FILE_MISSING = "el archivo no existe"
ANNEX_ALTERED = "el contenido no coincide con su SHA-256 registrado (archivo alterado)"
ANNEX_OFFICE_FILE = (
    "es un archivo {kind} y no entra así en el paquete; ábralo, guárdelo como PDF (Archivo › Guardar como "
    "› PDF), agregue ese PDF como prueba y márquelo"
)
ANNEX_MAIL_FILE = (
    "es un archivo {kind} y no entra así en el paquete; ábralo en el programa de correo, imprímalo a PDF "
    "(con sus adjuntos, que se agregan aparte), agregue ese PDF como prueba y márquelo"
)
ANNEX_HEIC_PHOTO = (
    "es una foto HEIC del iPhone y no entra así en el paquete; pida la foto en JPG (o conviértala), "
    "agréguela como prueba y márquela"
)
ANNEX_OTHER_FILE = (
    "es un archivo {kind} y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, TIFF): "
    "conviértalo a PDF y agréguelo como prueba"
)
ANNEX_NO_EXTENSION = (
    "es un archivo sin extensión y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, "
    "TIFF): conviértalo a PDF y agréguelo como prueba"
)

# Records that do not exist (NotFound in the services)
CASE_NOT_FOUND = "No existe el expediente «{case}»"
PARTY_NOT_FOUND = "No existe la parte {id}"
TASK_NOT_FOUND = "No existe la tarea {id}"
HEARING_NOT_FOUND = "No existe la audiencia {id}"
EMBARGO_NOT_FOUND = "No existe la medida {id}"
OFFER_NOT_IN_CASE = "No existe la propuesta {id} en este expediente"
OFFER_NOT_FOUND = "No existe la propuesta {id}"
AGREEMENT_NOT_FOUND = "No existe el acuerdo {id}"
PAYMENT_AGREEMENT_NOT_FOUND = "No existe el acuerdo de pago {id}"
PAYMENT_NOT_FOUND = "No existe el abono {id}"
PAYMENT_REVERSE_REASON = (
    "Indique por qué se anula el abono (p. ej. «valor mal digitado», «consignación de otro deudor»)"
)
PAYMENT_REVERSE_CLOSED = (
    "El abono del {day} completó el acuerdo firmado el {signed} y el expediente {ref} terminó por acuerdo "
    "cumplido: reabra el expediente («Reabrir expediente…») y anule el abono después"
)
DEADLINE_NOT_FOUND = "No existe el término {id}"
DOCUMENT_NOT_FOUND = "No existe el documento {id}"
TEMPLATE_NOT_FOUND = "No existe la plantilla «{name}»; disponibles: {names}"
PACKET_NOT_FOUND = "No existe el paquete {id}"
PACKET_FILE_MISSING = "Falta en el almacén el archivo del paquete {id}"
RATES_NOT_FOUND = "No hay tabla de tasas de {code}: impórtela con «rates import ARCHIVO»"
EVIDENCE_NOT_FOUND = "No existe la prueba {id}"
NOTICE_NOT_FOUND = "No existe la comunicación {id}"
CLOSURE_NOT_FOUND = "No existe el cierre {id}"

# Users and log-in (services.users)
LOGIN_REFUSED = "Usuario o contraseña incorrectos"
USERNAME_INVALID = "El nombre de usuario no puede estar vacío ni tener espacios"
PASSWORD_TOO_SHORT = "La contraseña debe tener al menos {n} caracteres"
ROLE_UNKNOWN = "Rol «{role}» desconocido; use uno de: {roles}"
USER_EXISTS = "Ya existe el usuario «{user}»"
USER_NOT_FOUND = "No existe el usuario «{user}»"
USER_NOT_FOUND_ADD = "No existe el usuario «{user}» (créelo con `legal-desk user add`)"
FULL_NAME_EMPTY = "El nombre completo no puede quedar vacío"
DEACTIVATE_SELF = "No puede desactivar su propio usuario; pídaselo a otro administrador"
LAST_ADMIN = "«{user}» es el único administrador activo; cree o active otro administrador antes"
PASSWORD_ALREADY_CHOSEN = "La contraseña de «{user}» ya fue elegida (quizá desde otro equipo): ingrese con ella"
USER_INACTIVE = "El usuario «{user}» está desactivado"
LOGIN_INACTIVE = "El usuario «{user}» está desactivado: pida a un administrador que lo vuelva a activar"
ACCOUNT_LOCKED = (
    "Cuenta bloqueada por {n} contraseñas erradas seguidas: inténtelo de nuevo después de las {until} o pida a un "
    "administrador que la desbloquee"
)

# Backup and restore (services.backup)
BACKUP_TARGET_IS_FOLDER = "{target} es una carpeta; indique el nombre del archivo .zip"
CANNOT_WRITE_IN = "No se puede escribir en {folder}: {reason}"
BACKUP_FAILED = "No se pudo hacer la copia en {target}: {reason}{where}"
RESTORE_OTHERS_CONNECTED = (
    "No se restauró nada: hay {total} conexión(es) de otros equipos a esta base de datos ({sessions}). La "
    "restauración reemplaza todos los expedientes y usuarios, y esos equipos seguirían trabajando sobre datos que ya "
    "no existen o quedarían bloqueados. Cierre legal_desk en esos equipos y vuelva a intentarlo; si está seguro de "
    "que nadie está trabajando (una conexión que quedó abierta), use «legal-desk restore --replace --force»"
)
RESTORE_TEMPLATES_UNWRITABLE = (
    "No se restauró nada: no se pudieron escribir las plantillas del despacho en {folder}: {reason}"
)
BACKUP_SCHEMA_NEWER = (
    "La copia se hizo con una versión de legal_desk más nueva que esta (esquema {schema}; esta usa {head}). "
    "Actualice legal_desk en este equipo a la versión del equipo de origen y restaure de nuevo"
)
BACKUP_SCHEMA_OLDER = (
    "La copia es del esquema {schema}, de una versión anterior de legal_desk cuyos datos cambiaron desde entonces "
    "(esta usa {head}). Restáurela en la versión que la hizo, actualícela con «legal-desk db upgrade» y haga una "
    "copia nueva"
)
BACKUP_FILE_MISSING = "El archivo de copia {source} no existe"
BACKUP_NOT_ZIP = (
    "{source} no es una copia de seguridad de legal_desk (no es un ZIP, o está incompleto: ¿se copió entero?)"
)
BACKUP_NO_MANIFEST = "{source} no es una copia de seguridad de legal_desk (falta manifest.json)"
BACKUP_FORMAT_UNKNOWN = "Formato de copia desconocido: {format}"
RESTORE_NOT_EMPTY = "La base de datos ya tiene expedientes; use --replace para reemplazarla con la copia"
BACKUP_DAMAGED = (
    "No se restauró nada: la copia {source} está dañada ({detail}). Use otra copia, o copie de nuevo el archivo "
    "desde su origen"
)
BACKUP_ENTRY_DAMAGED = "El archivo {name} de la copia está dañado (su SHA-256 no coincide)"
RESTORE_CANCELLED = "Restauración cancelada antes de tocar la base de datos; no se cambió nada"
REPAIR_CANCELLED = "Recuperación cancelada: {done} archivos ya se recuperaron; la base de datos no se tocó"
BACKUP_TEMPLATE_NAME = "No se restauró nada: la copia trae una plantilla con un nombre no válido: {name}"
RESTORE_TOO_LONG = (
    "No se restauró nada: {n} dato(s) de la copia son más largos de lo que admite PostgreSQL. Corríjalos en el "
    "escritorio de origen y haga otra copia: {shown}{more}.{how}"
)
RESTORE_TOO_LONG_MORE = "; y {n} más"
RESTORE_TOO_LONG_HOW = (
    " El número de obligación (expediente {refs}) lo corrige un abogado o el administrador en el expediente, "
    "Resumen → «Editar datos…», o con «legal-desk case update EXPEDIENTE --account-ref NUEVO»."
)

# The file store (store.filestore.StoreError): {lost} is STORE_NOT_SAVED or nothing
STORE_NOT_SAVED = "; no se guardó {what}"
STORE_DISK_FULL = "No hay espacio en el disco de la carpeta de archivos {root}{lost}. Libere espacio"
STORE_READ_ONLY = "La carpeta de archivos {root} está en un disco de solo lectura{lost}"
STORE_NO_PERMISSION = "Sin permiso para escribir en la carpeta de archivos {root}{lost}"
STORE_QUOTA = "Se agotó la cuota de disco en la carpeta de archivos {root}{lost}"
STORE_CANNOT_WRITE = "No se puede escribir en la carpeta de archivos {root}{lost}: {reason}"
STORE_CANNOT_READ = "No se puede leer {source}: {reason}"
STORE_PERMISSION_DENIED = "permiso denegado"
STORE_READ_CUT = "No se pudo terminar de leer {source}: {reason}"
STORE_FILE_MISSING = "Falta en el almacén el archivo {sha256}"
EVIDENCE_FILE_MISSING = (
    "No está en la carpeta de archivos {root} el archivo de la prueba «{name}»: se borró o se movió a mano, o el disco "
    "de esa carpeta no está conectado. Conéctelo, o restaure la carpeta desde una copia de seguridad"
)
STORE_UNPLUGGED = (
    "La carpeta de archivos {root} no está o está vacía, pero la base de datos tiene archivos guardados en ella{lost}. "
    "¿Se desconectó el disco USB o la unidad de red? Vuelva a conectarla y repita; si la carpeta cambió de lugar, "
    "indíquela en Configuración (o con --store)"
)

# Court closures and business days (services.calendars)
CLOSURE_REASON = "Indique el motivo del cierre (paro, falla técnica, circular…)"
CLOSURE_ENDS_BEFORE = "El cierre termina ({end}) antes de empezar ({start})"
CLOSURE_TOO_LONG = "Un cierre no puede durar más de {days} días; registre períodos separados"
DAYS_NEGATIVE_N = "El número de días no puede ser negativo ({days})"
DAYS_UNREASONABLE = "Un término de {days} días hábiles no es razonable; revise el número"
CALENDAR_OPTION_UNKNOWN = "Opción de calendario «{key}» desconocida; use una de: {keys}"

# The judicial calendar's own refusals (domain.calendar.CalendarError); {unit} is a Term("en", …)
CALENDAR_CLOSURE_ENDS_BEFORE = "El cierre «{reason}» termina ({end}) antes de empezar ({start})."
CALENDAR_JURISDICTION_UNKNOWN = "Jurisdicción desconocida «{jurisdiction}»; las disponibles son: {known}."
CALENDAR_TERM_NEGATIVE = "Un término no puede ser negativo ({n} {unit})."

# The firm's SMLMV and Pequeñas Causas cities (services.legal_data); {error} is an amount's Text
WAGE_YEAR = "El año del salario mínimo debe ser un año entre {first} y {last}, no «{text}»"
WAGE_AMOUNT = "Salario mínimo de {year}: {error}"
WAGE_NOT_POSITIVE = "El salario mínimo de {year} debe ser mayor que cero, no «{amount}»"
WAGE_NOT_SET = "El despacho no fijó un salario mínimo propio para {year}; rige el del programa"
CITY_NAME_MISSING = "Indique el nombre de la ciudad (p. ej. «Pereira»)"
CITY_NAME_LONG = "El nombre de la ciudad tiene {length} caracteres; el máximo es 100"
CITY_LISTED = "«{name}» ya está en la lista de ciudades con Juzgados de Pequeñas Causas"
CITY_NOT_LISTED = "«{name}» no está en la lista de ciudades con Juzgados de Pequeñas Causas ({cities})"

# Reports and exports (services.reports)
REPORT_LAWYER_UNKNOWN = "Abogado: no hay un usuario «{user}» (vea «legal-desk user list»)"
EXPORT_FORMAT = "Formato «{kind}» no soportado: use un archivo .xlsx o .csv"
EXPORT_ORDER = "Orden «{order}» desconocido; use uno de: {orders}"
SAVE_FAILED = "No se pudo guardar {target}: {reason}"
EXPORT_CANCELLED = "Exportación cancelada; no se guardó ningún archivo."

# Evidence (services.evidence); {kind} is a label Term
EVIDENCE_WRONG_CONTENT = "{name} no es un archivo {ext} válido aunque su extensión lo diga"
EVIDENCE_NOT_EML = "{name} no es un correo .eml válido (no tiene encabezados De, Para, Asunto…)"
EVIDENCE_KIND_UNKNOWN = "Tipo de prueba «{kind}» desconocido; use uno de: {kinds}"
FILE_DOES_NOT_EXIST = "El archivo {path} no existe"
FILE_IS_EMPTY = (
    "El archivo {name} está vacío (0 bytes): no hay nada que guardar como prueba. Suele pasar cuando una descarga "
    "o una copia se cortó: descárguelo o cópielo de nuevo (o pida otra copia a quien lo envió), ábralo para "
    "comprobar que se ve bien y agréguelo otra vez"
)
FILE_NOT_ADDED = "Cancelado: {name} no se agregó"
EVIDENCE_DUPLICATE = (
    "{filename} ya está en el expediente: es la prueba «{same}» ({kind}) agregada el {day} por {who}, con el mismo "
    "contenido (SHA-256) y el mismo tipo; no se agregó otra vez"
)
EVIDENCE_WITHDRAW_REASON = "Indique por qué se retira la prueba"

# Notices (services.notices); {kind}, {letter} and {other} are label Terms
CHANNEL_UNKNOWN = "Canal «{channel}» desconocido; use uno de: {channels}"
NOTICE_KIND_UNKNOWN = "Tipo de comunicación «{kind}» desconocido; use uno de: {kinds}"
NOTICE_MAIL_TRACKING = "Para correo certificado indique la empresa de mensajería y el número de guía"
NOTICE_COLOMBIAN_ONLY = (
    "«{kind}» es una comunicación de la ley colombiana y el expediente {ref} es de {jurisdiction}: regístrela como "
    "«{letter}» u «{other}»"
)
NOTICE_OUTCOME_DATE = "Indique la fecha de entrega o la de devolución"
NOTICE_BOTH_DATES = "Una comunicación se entrega o se devuelve: indique solo una de las dos fechas"
NOTICE_DELIVERED_BEFORE_SENT = "La entrega ({day}) no puede ser anterior al envío ({sent})"
NOTICE_RETURNED_BEFORE_SENT = "La devolución ({day}) no puede ser anterior al envío ({sent})"
NOTICE_RETURN_REASON = "Indique el motivo de la devolución (p. ej. dirección errada, destinatario desconocido)"
NOTICE_PROOF = "Adjunte la constancia de entrega (certificado, acuse de recibo o .eml)"

# Contacts with the debtor (services.contacts)
CONTACT_OUTCOME = "Indique el resultado de la gestión"
CONTACT_DIRECTION = "La dirección debe ser «out» (saliente) o «in» (entrante)"

# The contact rules of Ley 2300 de 2023 (domain.contact_rules): what a logged contact breaks. They are stored
# as these Spanish sentences and read back into their `Text` (contact_rules.breach_text); {channel} is a
# Term("channel", …), {allowed} and {channels} a Series of them, {holiday} a Term("en", …); {day} is AAAA-MM-DD
CONTACT_RULES_COLOMBIA_ONLY = (
    "Las reglas de contacto de cobranza solo están modeladas para Colombia (Ley 2300 de 2023), no para "
    "«{jurisdiction}»."
)
CONTACT_CHANNEL_NOT_AUTHORISED = (
    "El canal «{channel}» no está autorizado por el deudor (autorizados: {allowed}; Ley 2300 de 2023)."
)
CONTACT_NO_CHANNEL = "ninguno"
CONTACT_HOLIDAY = "No se puede contactar en día festivo ({holiday}, {day}; Ley 2300 de 2023)."
CONTACT_SUNDAY = "No se puede contactar en domingo ({day}; Ley 2300 de 2023)."
CONTACT_HOURS_WEEKDAY = (
    "Hora {time} fuera del horario permitido (lunes a viernes de {first} a {last}; Ley 2300 de 2023)."
)
CONTACT_HOURS_SATURDAY = "Hora {time} fuera del horario permitido (sábados de {first} a {last}; Ley 2300 de 2023)."
CONTACT_ONE_A_DAY = "Ya hubo un contacto con el deudor el {day}: máximo uno al día (Ley 2300 de 2023)."
CONTACT_ONE_CHANNEL_A_WEEK = (
    "En esta semana ya se contactó por {channels}: máximo un canal por semana (Ley 2300 de 2023)."
)

# The filing checklist (services.checklist)
CHECKLIST_JURISDICTION = "Jurisdicción «{value}» desconocida (use {codes})"
CHECKLIST_CODE = "Requisito «{code}» desconocido; los requisitos son: {codes}"
CHECKLIST_TITLE_TYPE = "Tipo de título «{value}» desconocido (use * o {types})"
CHECKLIST_LABEL_EMPTY = "El texto del requisito no puede quedar vacío"

# The firm's settings (services.settings)
DAY_BASIS = "La base de días debe ser 365 o 360, no «{value}»"
INACTIVITY_YEARS = (
    "Los años de inactividad del art. 317 deben ser un entero entre 1 y {max}, no «{value}» (1 en primera "
    "instancia, 2 con sentencia o auto que ordena seguir adelante)"
)
SETTING_UNKNOWN = "Ajuste «{key}» desconocido; use uno de: {keys}"

# The agenda (services.agenda)
RANGE_ENDS_BEFORE = "El rango termina ({end}) antes de empezar ({start})"
AGENDA_SPAN = "La agenda abarca como máximo tres años; acorte el rango"
ICS_UNREADABLE = "El archivo iCalendar generado no se puede leer: {detail}"
ICS_EVENTS = "El archivo iCalendar generado tiene {events} eventos y la agenda {entries}; no se guardó"
CANNOT_WRITE = "No se puede escribir {target}: {detail}"
DAYS_NEGATIVE = "El número de días no puede ser negativo"

# An event the procedural deadlines cannot be computed for (domain.deadlines.DeadlineError); {name} is a country
# Term
DEADLINE_EVENT_UNKNOWN = "Evento desconocido «{event}»; los eventos son: {events}."
DEADLINE_NOT_CONFIGURED = (
    "Los términos procesales que calcula el programa son los del Código General del Proceso de Colombia; para "
    "{name} ({jurisdiction}) no hay reglas configuradas. Cuente el plazo con el calendario judicial de "
    "{jurisdiction} (Términos y tasas → Calendario judicial → Calculadora de términos, o «legal-desk calendar "
    "add-days --jurisdiction {jurisdiction}»)."
)
DEADLINE_291_PLACE = "Lugar «{place}» no válido para la citación del art. 291: use local, outside o abroad."
DEADLINE_RECEIPT_BEFORE_SENT = "El acuse de recibo no puede ser anterior al envío del mensaje."
DEADLINE_317_YEARS = "El plazo de inactividad del art. 317 debe ser de al menos un año."

# An agenda item the .ics export refuses (documents.ics.AgendaExportError)
ICS_NO_UID = "El evento «{title}» no tiene identificador (uid)."
ICS_DEADLINE_ENDS_BEFORE = "El vencimiento «{title}» termina antes de empezar."
ICS_HEARING_ENDS_BEFORE = "La audiencia «{title}» termina antes de empezar."
ICS_KIND_UNKNOWN = "Tipo de evento desconocido «{kind}» (use hearing o deadline)."

# Template mistakes (documents.templates.TemplateError): «Plantilla «x», párrafo 3 del documento («…»): error de
# sintaxis: …»; the places «archivo», «documento» and «catálogo» are `Term("en", …)`s (templates.PLACE_*)
TEMPLATE_ERROR = "Plantilla «{name}», {place}: {message}"
TEMPLATE_PLACE_PARAGRAPH = "párrafo {n} {where} («{text}»)"
TEMPLATE_IN_DOCUMENT = "del documento"
TEMPLATE_IN_HEADER = "del encabezado"
TEMPLATE_IN_FOOTER = "del pie de página"
TEMPLATE_NOT_DOCX = "no es un documento Word (.docx) válido: {detail}"
TEMPLATE_OTHER_FORMAT = (
    "es un documento {kind}, no un .docx: ábralo en Word o LibreOffice, guárdelo con «Guardar como» → "
    "«Documento de Word (.docx)» y ponga ese nombre en su «file» del catálogo"
)
TEMPLATE_SYNTAX = "error de sintaxis: {detail}"
TEMPLATE_UNDEFINED = "variable no definida: {detail}"
TEMPLATE_UNKNOWN_NAMES = "nombres desconocidos: {names}"
TEMPLATE_NO_CATALOGUE = "no hay catálogo de plantillas para {locale}"
TEMPLATE_FILE_MISSING = (
    "el archivo «{file}» que nombra catalog.json no está en la carpeta: póngalo allí o corrija su «file» en el catálogo"
)
TEMPLATE_NOT_IN_CATALOGUE = "no existe para {locale}; disponibles: {names}"
TEMPLATE_NOT_CATALOGUED = (
    "«{file}» está en la carpeta pero no en el catálogo: agregue a «templates» una entrada como "
    "{{\"name\": \"{name}\", \"file\": \"{file}\", \"title_es\": \"…\", \"required\": []}} para poder generarla"
)
TEMPLATE_UNKNOWN_FIELD = "el campo «{field}» no existe{hint}"
TEMPLATE_NOT_A_RECORD = "el campo «{field}» no existe: «{owner}» es un texto, sin campos; escriba «{{{{ {owner} }}}}»"
TEMPLATE_REQUIRED_UNKNOWN = "su «required» nombra «{field}», que no es un dato de los expedientes{hint}"
TEMPLATE_DID_YOU_MEAN = "; ¿quiso decir {names}?"
TEMPLATE_FIELDS_OF = "; los campos de «{owner}» son: {names}"
TEMPLATE_SEE_FIELDS = "; los campos están en Plantillas de documentos → «Campos…» (o «legal-desk document fields»)"
TEMPLATE_UNCLOSED = (
    "este «{{% {tag} %}}» no se cierra: falta su «{{% end{tag} %}}» más adelante "
    "(«{{%p end{tag} %}}» si lo abrió con «{{%p {tag} %}}» en un párrafo propio)"
)
TEMPLATE_CATALOGUE_AT = "{path}, línea {line}, columna {column}"
TEMPLATE_CATALOGUE_JSON = (
    "el catálogo no es JSON válido ({detail}): revise las comas (una de más antes de «]» o «}}», o una que falta "
    "entre dos entradas) y las comillas (rectas \", no tipográficas “ ”)"
)
TEMPLATE_CATALOGUE_UNREADABLE = "no se pudo leer el catálogo: {detail}"
TEMPLATE_CATALOGUE_NO_LIST = "el catálogo debe tener la forma {{\"templates\": [ … ]}}, con una entrada por plantilla"
TEMPLATE_CATALOGUE_NO_NAME = "la entrada {n} de «templates» no tiene «name» (el nombre con que se genera la plantilla)"
TEMPLATE_CATALOGUE_REQUIRED = (
    "en la entrada «{name}», «required» debe ser una lista de campos entre comillas, p. ej. [\"debtor.name\"]"
)
TEMPLATE_CATALOGUE_TWICE = "la plantilla «{name}» está dos veces en el catálogo"

# Liquidation (domain.interest): refusals and the warnings shown with the result
LIQ_CAPITAL = "El capital debe ser mayor que cero."
LIQ_COSTS = "Las costas no pueden ser negativas."
LIQ_DAY_BASIS = "La base de días debe ser 365 o 360, no {basis}."
LIQ_CUT_OFF = "La fecha de corte {as_of} es anterior al vencimiento {due}."
LIQ_AGREED_NEGATIVE = "La tasa pactada no puede ser negativa."
LIQ_PAYMENT_NOT_POSITIVE = "El abono del {day} debe ser mayor que cero."
LIQ_NO_RATE_RANGE = "sin tasa del {start} al {end}"
LIQ_NO_RATE_DAY = "sin tasa para ese día"
LIQ_TABLE_GAP = "La tabla de tasas no cubre el {day} ({missing}): importe la tasa de ese período antes de liquidar."
LIQ_TABLE_DAY = "La tabla de tasas no cubre el {day}."
LIQ_LATER_PAYMENTS = "{n} abono(s) posteriores a la fecha de corte {as_of} no se incluyen."
LIQ_SURPLUS = "El abono del {day} excede la deuda en {amount}: sobrante por devolver."
LIQ_AGREED_CAPPED = (
    "La tasa pactada ({agreed}) supera la tasa máxima de la tabla en {n} período(s), el primero desde el {start} "
    "({rate}): se aplica la tasa de la tabla.{usury}"
)
LIQ_CANNOT_AT = "No se puede liquidar al {day}: {reason}"
LIQ_RATE_KIND = "Tipo de tasa desconocido «{kind}» en los datos de {jurisdiction}."
LIQ_USURY = " Cobrar por encima de la usura hace perder todos los intereses (CCo art. 884) y es delito (CP art. 305)."

# Other connections to the database a restore would pull the ground from under (services.backup.session_origin)
SESSION_ORIGIN = "{who}{where}{count}"
SESSION_USER = "usuario «{user}»"
SESSION_UNNAMED = "un programa sin nombre"
SESSION_FROM = " desde {host}"
SESSION_ON_SERVER = " en el propio servidor"
SESSION_COUNT = " ({n} conexiones)"

# Checking a backup without restoring it (services.backup.verify_backup): one problem each
VERIFY_NOT_ZIP = (
    "{source} no es una copia de seguridad de legal_desk o está incompleta: no se puede abrir como ZIP (¿se copió "
    "entera?)"
)
VERIFY_NO_MANIFEST = "{source} no es una copia de seguridad de legal_desk: le falta manifest.json"
VERIFY_MANIFEST_DAMAGED = "El manifest.json de la copia está dañado ({detail})"
VERIFY_FORMAT = "Formato de copia desconocido: {format} (esta versión lee {known})"
VERIFY_TEMPLATE_NAME = "La copia trae una plantilla con un nombre no válido: {name}"
VERIFY_FOREIGN_FILE = "La copia trae un archivo que no es de legal_desk: {name}"
VERIFY_FILE_MISSING = "Falta en la copia el archivo {name}, que su manifiesto registra"
VERIFY_TABLE_MISSING = "Falta en la copia la tabla {table} ({rows} filas según su manifiesto)"
VERIFY_FILE_COUNT = "La copia trae {files} archivos del almacén y su manifiesto dice {expected}"
VERIFY_CRC = "su CRC-32 no coincide"
VERIFY_CUT = "sus datos comprimidos están alterados o cortados"
VERIFY_UNREADABLE = "El archivo {name} de la copia está dañado: no se puede leer ({why})"
VERIFY_SIZE = "El archivo {name} de la copia está dañado: mide {size} bytes y su manifiesto dice {said}"
VERIFY_SHA_MANIFEST = "El archivo {name} de la copia está dañado: su SHA-256 no es el que registra el manifiesto"
VERIFY_SHA_NAME = "El archivo {name} de la copia está dañado: su SHA-256 no es el de su nombre"
VERIFY_TABLE_CUT = "La tabla {name} de la copia está cortada: su última línea no termina"
VERIFY_TABLE_BAD_LINE = "La tabla {name} de la copia está dañada: la línea {line} no es JSON válido"
VERIFY_TABLE_ROWS = "La tabla {name} de la copia tiene {lines} filas y su manifiesto dice {expected}"

# Procedural steps and compliance (services.deadlines.record_event, mark_deadline_met)
EVENT_317_PERIOD_FIXED = (
    "El período del art. 317 no se indica por actuación: es el de la etapa del caso (1 año en primera "
    "instancia; 2 con sentencia o auto que ordena seguir adelante la ejecución, lit. b), según los "
    "ajustes del despacho."
)
EVENT_DESCRIPTION_MISSING = (
    "Describa la actuación (p. ej. «auto que requiere al demandante», «memorial que informa un abono», "
    "«solicitud de oficios»): el expediente la muestra como última actuación del art. 317."
)
DEADLINE_MET_BEFORE_EVENT = "La fecha de cumplimiento {day} es anterior al evento ({event})"

# Codes a command names wrongly (services.tracking, services.payments, services.cases)
HEARING_KIND_UNKNOWN = "Tipo de audiencia «{kind}» desconocido; use uno de: {kinds}"
HEARING_STATUS_UNKNOWN = "Estado «{status}» desconocido"
# A hearing the court set on a closed day, out of hours, twice, or over the same lawyer's other one: warnings
# the user confirms (services.tracking). {reason} is a Term("en", …) of the calendar's reason; {kind} a label.
HEARING_NEEDS_CONFIRMATION = (
    "Audiencia del {at}: {problems}. Si el juzgado la fijó así, confírmela (en la línea de comandos, --confirm)"
)
HEARING_CLOSED_DAY = "el {day} es inhábil en el calendario del despacho ({reason})"
HEARING_OUT_OF_HOURS = "las {time} están fuera del horario del despacho ({opens} a {closes})"
HEARING_DUPLICATE = "el expediente ya tiene una audiencia a esa misma hora ({kind})"
HEARING_LAWYER_CLASH = "{lawyer} tiene otra audiencia el {at} (expediente {ref})"
# A hearing on a case not filed yet (no radicado, a stage before «Radicado»): a court hearing there is most likely
# the wrong case (or a case taken over in court whose radicado is not entered yet), an out-of-court one (a
# conciliation, another proceeding) is possible; both are warnings. {stage}: a stage Term; {kind} a label.
HEARING_NOT_FILED = (
    "el expediente aún no está radicado («{stage}»): ningún juzgado fija una «{kind}» antes de la radicación; "
    "si ya se radicó, registre su radicado en «Editar expediente»"
)
HEARING_BEFORE_FILING = (
    "el expediente aún no está radicado («{stage}»): antes de la demanda solo cabe una diligencia "
    "extrajudicial (p. ej. una conciliación en un centro de conciliación)"
)
ASSET_TYPE_UNKNOWN = "Tipo de bien «{asset_type}» desconocido; use uno de: {types}"
OFFER_PARTY_UNKNOWN = "La propuesta es del acreedor («creditor») o del deudor («debtor»)"
OFFER_CLOSE_STATUS = "Estado «{status}» no válido para cerrar una propuesta"
AGREEMENT_MARK_STATUS = "El acuerdo se marca como cumplido («kept») o incumplido («broken»)"
DAY_BASIS_STORED_INVALID = "La base de días configurada «{text}» no es válida (use 365 o 360)"
PARTY_ROLE_ADDABLE = "Solo se agregan codeudores («codebtor») o avalistas («guarantor»)"

# The filing packet's liquidated documents and the documents' own refusals (services.packets, services.documents)
PACKET_GENERATING = "Generando «{title}» con corte al {day}"
PACKET_CONVERTING = "Convirtiendo a PDF: {titles}"
PACKET_REGENERATE_FAILED = "No se pudo generar «{title}» con corte al {day}: {reason}"
PACKET_REGENERATE_NO_PDF = (
    "No se pudo generar el PDF de «{title}» con corte al {day}: {reason}. Déjelo fuera del paquete o "
    "instale LibreOffice"
)
LIQ_CUT_OFF_BEFORE_DUE = (
    "La fecha de corte de la liquidación ({cut_off}) es anterior al vencimiento de la obligación {ref} "
    "({due}): los intereses moratorios corren desde el día siguiente al vencimiento. Elija esa fecha o "
    "una posterior."
)
TEMPLATES_COPY_FAILED = "No se pueden copiar las plantillas a {target}: {reason}"
DOCUMENT_OUT_SUFFIX = "{out}: la salida debe terminar en .docx o .pdf"
DOCUMENT_PDF_MISSING = "Se generó el DOCX pero no el PDF: {reason}"
DOCUMENT_ONLY_DOCX_SAVED = "{warning}. El DOCX quedó en {docx}"
LIBREOFFICE_MISSING = (
    "No se encontró LibreOffice (soffice/libreoffice) en este equipo; no se puede generar el PDF. El "
    "documento DOCX sí se generó. Instale LibreOffice o defina LEGAL_DESK_SOFFICE con la ruta del "
    "programa soffice."
)
PDF_CONVERSION_FAILED = "No se pudieron convertir a PDF {count} archivo(s): {names}"

# A batch's documents left without PDF (services.documents.generate_batch)
DOCUMENTS_PDF_MISSING = "Se generaron los DOCX pero no los PDF: {reason}"
DOCUMENTS_SOME_NOT_CONVERTED = "LibreOffice no convirtió algunos documentos; quedan solo en DOCX"

# Opening the database and the files folder (services.desk.Desk.open, app.open_desk); an import cut short
DB_NOT_SQLITE = "{path} no es una base de datos SQLite (o está dañada); revise --db o LEGAL_DESK_DB"
DB_FOREIGN_SQLITE = (
    "{path} es una base de datos SQLite de otro programa (no tiene el esquema de legal_desk); indique "
    "otro archivo"
)
DB_UNSUPPORTED = (
    "La base de datos «{url}» no es compatible: indique la ruta de un archivo SQLite o una URL "
    "postgresql+psycopg://usuario@servidor/base"
)
DB_FOLDER_UNCREATABLE = "No se puede crear la carpeta de la base de datos {folder}: {reason}"
DB_IS_FOLDER = "{path} es una carpeta; indique el archivo de la base de datos"
DB_URL_UNUSABLE = "No se puede usar la base de datos «{url}»: {reason}"
DB_CANNOT_OPEN = "No se puede abrir la base de datos ({url}): {reason}"
DB_CONNECT_FAILED = "No se pudo conectar: {reason}"
DB_SCHEMA_TOO_NEW = (
    "La base de datos está en la versión de esquema {current}, más nueva que esta aplicación ({head}). "
    "Actualice legal_desk antes de abrirla."
)
DB_CONNECTION_LOST_WRITE = (
    "Se perdió la conexión con el servidor de la base de datos; no se guardó nada de esta operación, repítala "
    "cuando el servidor vuelva a responder"
)
DB_CONNECTION_LOST_READ = (
    "Se perdió la conexión con el servidor de la base de datos; repita la consulta cuando el servidor vuelva a "
    "responder"
)
DB_BUSY_WRITE = (
    "La base de datos está ocupada: otro programa u otro legal_desk lleva más de {seconds} s guardando en ella "
    "(p. ej. una importación grande); no se guardó nada de esta operación, repítala cuando termine"
)
DB_BUSY_READ = (
    "La base de datos está ocupada: otro programa u otro legal_desk la tiene bloqueada desde hace más de {seconds} "
    "s; repita la consulta cuando termine"
)
STORE_UNWRITABLE = (
    "No se puede escribir en la carpeta de archivos {folder}: {reason}. Elija otra carpeta con --store o "
    "en Configuración."
)
IMPORT_INTERRUPTED = "Importación de {file} interrumpida: {reason}; no se guardó nada"

# Why the process reading a bulk import stopped (importing.background)
READER_DIED = "el proceso que leía el archivo terminó de forma inesperada"
READER_FAILED = "error al leer el archivo: {detail}"


# A moratory-rate file refused as a whole (importing.rates.RateFileError): each problem with its line and
# column, and the summary; the file problems it shares with a referral file use the FILE_ templates above
RATE_FILE_REFUSED = "La tabla de tasas tiene {n} error(es): {errors}{more}."
RATE_FILE_AT_LINE_COLUMN = "línea {line}, {column}: {error}"
RATE_FILE_AT_LINE = "línea {line}: {error}"
RATE_FILE_MORE = " (y {n} más)"
RATE_FILE_IS_FOLDER = "{path} es una carpeta; indique el archivo de la tabla de tasas"
RATE_FILE_NOT_FOUND = "no existe el archivo {path}"
RATE_FILE_XLS = "{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo"
RATE_FILE_NOT_TEXT = "{name} no es un archivo de texto CSV ni un libro .xlsx"
RATE_FILE_EMPTY = "el archivo está vacío"
RATE_FILE_NO_PERIODS = "el archivo no tiene períodos"
RATE_FILE_COLUMN_MISSING = "falta la columna (se esperan desde, hasta, tasa_efectiva_anual)"
RATE_FILE_NOT_A_NUMBER = "no es un número"
RATE_FILE_RATE_EMPTY = "la tasa está vacía"
RATE_FILE_COMMA_AND_POINT = "«{value}» mezcla coma y punto; escriba la tasa como 27,90 o 27.90"
RATE_FILE_NOT_A_RATE = "«{value}» no es una tasa"
RATE_FILE_NEGATIVE = "la tasa {rate} es negativa"
RATE_FILE_ZERO = (
    "la tasa es {value}: una tasa moratoria no es cero (el período no causaría intereses); escriba la tasa "
    "certificada del período"
)
RATE_FILE_TOO_HIGH = (
    "la tasa {rate} % supera el 200 % anual, el máximo admitido (el mismo de una tasa pactada); revise la coma "
    "decimal: 29,98 % se escribe 29,98, no 2998"
)
RATE_FILE_FRACTION = (
    "la tasa {value} parece una fracción y se leería como {rate} % efectivo anual; la tabla va en porcentaje: "
    "escriba {shown} para {shown} %"
)
RATE_FILE_INVERTED = "la fecha inicial {start} es posterior a la final {end}"
RATE_FILE_OVERLAP = "el período {start}–{end} se superpone con el de la línea {line} ({other_start}–{other_end})"

# A rate table built from periods that break the rules (domain.interest.RateTableError); dates DD/MM/AAAA
RATE_TABLE_INVALID = "Tabla de tasas inválida: {problems}."
RATE_TABLE_INVERTED = "el período {start}–{end} termina antes de empezar"
RATE_TABLE_NEGATIVE = "la tasa del período que empieza el {start} es negativa"
RATE_TABLE_OVERLAP = "el período {start}–{end} se superpone con {other_start}–{other_end}"


# A batch's document that could not be copied to the chosen folder (ui.dialogs.batch_documents): «file: why»
BATCH_COPY_NO_SPACE = "no hay espacio en el disco de {folder}"
BATCH_COPY_READ_ONLY = "{folder} está en un disco de solo lectura"
BATCH_COPY_NO_PERMISSION = "sin permiso para escribir en {folder}"
BATCH_COPY_FAILED = "no se pudo copiar a {folder}: {reason}"

# A copy the user saves with «Guardar como…» / «Abrir» (ui.widgets.file_actions): the target, then why
COPY_FAILED = "No se pudo copiar a {target}: {reason}"
COPY_NO_SPACE = "no queda espacio en ese disco; libere espacio o elija otro disco"
COPY_READ_ONLY = "el disco es de solo lectura; elija otra carpeta"
COPY_NO_PERMISSION = "no tiene permiso para escribir en esa carpeta; elija otra"
COPY_NOT_A_FOLDER = "una parte de la ruta es un archivo, no una carpeta; elija otra carpeta"
COPY_CANCELLED = "Cancelado: no se copió {name}"



# The last actuación of a process (domain.deadlines.ACTUACION_ES, services.actuaciones.last_actions): what the
# case file and the art. 317 watch show as the step that interrupted the term
ACT_DEBTOR_SERVED = "Notificación personal del mandamiento de pago al deudor"
ACT_INADMISSION = "Auto inadmisorio de la demanda"
ACT_LIQUIDATION_SERVED = "Traslado de la liquidación del crédito"
ACT_PAYMENT_ORDER_NOTIFIED = "Mandamiento de pago notificado por estado"
ACT_EMAIL_SERVICE_SENT = "Notificación electrónica enviada (Ley 2213 art. 8)"
ACT_SUMMONS_291_SENT = "Citación para notificación personal entregada (art. 291)"
ACT_NOTICE_292_DELIVERED = "Aviso de notificación entregado (art. 292)"
ACT_LAST_ACTION = "Actuación del proceso"
ACT_DESCRIBED = "{what}: {description}"
ACT_WITH_DETAIL = "{what} ({detail})"
ACT_EMBARGO_REQUESTED = "Solicitud de medida cautelar"
ACT_EMBARGO_DECREED = "Auto que decreta la medida cautelar"
ACT_EMBARGO_REGISTERED = "Medida cautelar inscrita o registrada"
ACT_EMBARGO_EXECUTED = "Medida cautelar practicada (secuestro)"
ACT_EMBARGO_LIFTED = "Levantamiento de la medida cautelar"
ACT_HEARING_HELD = "{kind} realizada"
ACT_NOTICE_SENT = "Envío de la {notice}"
ACT_NOTICE_DELIVERED = "Entrega de la {notice}"
ACT_FILED = "Radicación de la demanda"
ACT_STAGE_MOVE = "Cambio de etapa: {summary}"


CATALOGUE: tuple[str, ...] = tuple(
    value for name, value in list(globals().items()) if name.isupper() and isinstance(value, str)
)
