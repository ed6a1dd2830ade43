"""Service and domain refusals in the interface language.

Errors raised with a `legal_desk.domain.messages.Text` (a Spanish template from the catalogue and its
values) are worded here: the template is looked up in the "Errors" context of the translation file and
its values filled in; a `Term` value (a stage, a role, an action) is named in the interface language.
An error raised with a plain string shows its Spanish text, as the CLI does. Every template of the
catalogue is listed below so pyside6-lupdate files it (a UI test checks the list and the English).
Show errors with `error_text(exc)`, never `str(exc)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from legal_desk.domain.messages import Term, Text
from legal_desk.ui.i18n import role_label, stage_label

CONTEXT = "Errors"

#: The catalogue of legal_desk.domain.messages, for lupdate (same Spanish text, character for character).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "{field}: {error}"),
    QT_TRANSLATE_NOOP("Errors", "{field}: falta el nombre"),
    QT_TRANSLATE_NOOP("Errors", "{field}: el correo «{email}» no es válido"),
    QT_TRANSLATE_NOOP("Errors", "Deudor"),
    QT_TRANSLATE_NOOP("Errors", "Codeudor"),
    QT_TRANSLATE_NOOP("Errors", "Codeudor {n}"),
    QT_TRANSLATE_NOOP("Errors", "Capital"),
    QT_TRANSLATE_NOOP("Errors", "Valor del abono"),
    QT_TRANSLATE_NOOP("Errors", "Acreedor ({id_type})"),
    QT_TRANSLATE_NOOP("Errors", "NIT del acreedor"),
    QT_TRANSLATE_NOOP("Errors", "«{raw}» no es un tipo de documento válido (use {types})"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: solo puede tener dígitos"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: debe tener {size} dígitos y tiene {length}"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: debe tener entre {low} y {high} dígitos y tiene {length}"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: no puede empezar por cero"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: solo puede tener letras sin tilde y dígitos"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: debe tener entre {low} y {high} caracteres y tiene {length}"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: debe tener al menos un dígito"),
    QT_TRANSLATE_NOOP("Errors", "NIT «{number}»: solo puede tener dígitos"),
    QT_TRANSLATE_NOOP("Errors", "NIT «{number}»: tiene más de {size} dígitos"),
    QT_TRANSLATE_NOOP("Errors", "NIT {number}: falta el dígito de verificación después del guion"),
    QT_TRANSLATE_NOOP("Errors", "NIT {number}: el dígito de verificación es un solo dígito"),
    QT_TRANSLATE_NOOP("Errors", "NIT {number}: el dígito de verificación debe ser {check}"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: el dígito verificador debe ser {check}"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: no es un número válido (ningún dígito verificador lo completa)"),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: la letra de control debe ser {check}"),
    QT_TRANSLATE_NOOP("Errors", "DNI {number}: 7 u 8 dígitos (Argentina) u 8 dígitos y la letra (España, 12345678Z)"),
    QT_TRANSLATE_NOOP("Errors", "DNI {number}: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)"),
    QT_TRANSLATE_NOOP("Errors", "DNI {number}: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)"),
    QT_TRANSLATE_NOOP("Errors", "{id_type}: no es un documento de identidad de {country} (use {types})"),
    QT_TRANSLATE_NOOP("Errors", "NIE {number}: escriba X, Y o Z, 7 dígitos y la letra (X1234567L)"),
    QT_TRANSLATE_NOOP("Errors", "NIF {number}: escriba un DNI (12345678Z), un NIE (X1234567L) o un CIF (B12345674)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "RFC {number}: 3 letras (persona moral) o 4 (física), la fecha AAMMDD y la homoclave de 3 caracteres",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "CURP {number}: 4 letras, la fecha AAMMDD, H, M o X, entidad (2 letras), 3 consonantes y 2 caracteres",
    ),
    QT_TRANSLATE_NOOP("Errors", "{id_type} {number}: la fecha {date} no existe"),
    QT_TRANSLATE_NOOP("Errors", "el valor está vacío"),
    QT_TRANSLATE_NOOP("Errors", "«{text}» no es un número"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{text}» tiene separadores de miles mal puestos o más de dos decimales (escriba 1.234.567,89 o 1234567.89)",
    ),
    QT_TRANSLATE_NOOP("Errors", "el valor {text} es negativo"),
    QT_TRANSLATE_NOOP("Errors", "«{text}» tiene más de dos decimales"),
    QT_TRANSLATE_NOOP("Errors", "la fecha está vacía"),
    QT_TRANSLATE_NOOP("Errors", "«{text}» no es una fecha (use AAAA-MM-DD o DD/MM/AAAA)"),
    QT_TRANSLATE_NOOP("Errors", "«{text}» no es una fecha real"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Fecha del evento: el {day} es posterior a hoy ({today}); registre la actuación cuando ocurra",
    ),
    QT_TRANSLATE_NOOP("Errors", "Acuse de recibo: el {day} es posterior a hoy ({today})"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Fecha de la prueba: el {day} es posterior a hoy ({today}); indique la fecha del documento",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Fecha del abono: el {day} es posterior a hoy ({today}); registre el abono cuando se reciba",
    ),
    QT_TRANSLATE_NOOP("Errors", "La fecha de envío {day} está en el futuro"),
    QT_TRANSLATE_NOOP("Errors", "La entrega del {day} está en el futuro; indique la fecha que dice la constancia"),
    QT_TRANSLATE_NOOP("Errors", "La devolución del {day} está en el futuro; indique la fecha que dice la constancia"),
    QT_TRANSLATE_NOOP("Errors", "La gestión del {day} está en el futuro; registre las gestiones ya hechas"),
    QT_TRANSLATE_NOOP("Errors", "Límite de la medida"),
    QT_TRANSLATE_NOOP("Errors", "Valor de la propuesta"),
    QT_TRANSLATE_NOOP("Errors", "Cuota {n}"),
    QT_TRANSLATE_NOOP("Errors", "debe ser mayor que cero"),
    QT_TRANSLATE_NOOP("Errors", "es obligatorio y está vacío"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "la fila tiene más celdas ({cells}) que el encabezado ({width}): revise el separador o las comillas",
    ),
    QT_TRANSLATE_NOOP("Errors", "tiene {length} caracteres; el máximo es {limit}"),
    QT_TRANSLATE_NOOP("Errors", "la obligación «{ref}» ya aparece en la línea {first}"),
    QT_TRANSLATE_NOOP("Errors", "la obligación {ref} ya fue entregada a jurídico"),
    QT_TRANSLATE_NOOP("Errors", "«{name}» no parece un nombre"),
    QT_TRANSLATE_NOOP("Errors", "«{email}» no es un correo electrónico válido"),
    QT_TRANSLATE_NOOP("Errors", "«{phone}» no es un teléfono válido (7 a 15 dígitos)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "falta: los datos del codeudor van completos (nombre, tipo y número de documento) o vacíos",
    ),
    QT_TRANSLATE_NOOP("Errors", "«{value}» no es una jurisdicción admitida (CO, AR, MX o ES)"),
    QT_TRANSLATE_NOOP("Errors", "«{value}» no es un código de moneda de 3 letras (p. ej. COP)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{value}» no es un tipo de título admitido (pagaré, letra, factura, contrato o cheque)",
    ),
    QT_TRANSLATE_NOOP("Errors", "el valor no es un número finito"),
    QT_TRANSLATE_NOOP("Errors", "el capital debe ser mayor que cero"),
    QT_TRANSLATE_NOOP("Errors", "el capital supera el máximo admitido (999.999.999.999.999,99)"),
    QT_TRANSLATE_NOOP("Errors", "la fecha {date} está fuera de rango (1950–2100)"),
    QT_TRANSLATE_NOOP("Errors", "El usuario «{user}» (rol {role}) no puede {action}"),
    QT_TRANSLATE_NOOP("Errors", "No se puede pasar de «{current}» a «{target}»"),
    QT_TRANSLATE_NOOP("Errors", "Indique el motivo para pasar a «{target}»"),
)

#: The countries a refusal names (Term kind "country", domain.ids.COUNTRY_NAMES_ES), for lupdate.
COUNTRIES = (
    QT_TRANSLATE_NOOP("Errors", "Colombia"),
    QT_TRANSLATE_NOOP("Errors", "Argentina"),
    QT_TRANSLATE_NOOP("Errors", "México"),
    QT_TRANSLATE_NOOP("Errors", "España"),
)

#: What each action is in a refusal (domain.permissions.ACTION_LABELS_ES), for lupdate.
ACTIONS = (
    QT_TRANSLATE_NOOP("Errors", "entregar expedientes a jurídico"),
    QT_TRANSLATE_NOOP("Errors", "importar expedientes"),
    QT_TRANSLATE_NOOP("Errors", "modificar expedientes"),
    QT_TRANSLATE_NOOP("Errors", "modificar expedientes radicados"),
    QT_TRANSLATE_NOOP("Errors", "aceptar expedientes entregados ni asignar abogado o dependiente"),
    QT_TRANSLATE_NOOP("Errors", "devolver expedientes a cobranza"),
    QT_TRANSLATE_NOOP("Errors", "cambiar la etapa de un expediente"),
    QT_TRANSLATE_NOOP("Errors", "tomar decisiones procesales (radicar, cerrar, reabrir, archivar)"),
    QT_TRANSLATE_NOOP("Errors", "agregar pruebas"),
    QT_TRANSLATE_NOOP("Errors", "registrar gestiones"),
    QT_TRANSLATE_NOOP("Errors", "registrar comunicaciones"),
    QT_TRANSLATE_NOOP("Errors", "registrar acuerdos de pago"),
    QT_TRANSLATE_NOOP("Errors", "programar audiencias"),
    QT_TRANSLATE_NOOP("Errors", "gestionar medidas cautelares"),
    QT_TRANSLATE_NOOP("Errors", "hacer o cerrar ofertas de arreglo"),
    QT_TRANSLATE_NOOP("Errors", "registrar abonos"),
    QT_TRANSLATE_NOOP("Errors", "generar documentos"),
    QT_TRANSLATE_NOOP("Errors", "armar paquetes de radicación"),
    QT_TRANSLATE_NOOP("Errors", "modificar el calendario judicial"),
    QT_TRANSLATE_NOOP("Errors", "importar tasas moratorias"),
    QT_TRANSLATE_NOOP("Errors", "administrar usuarios"),
    QT_TRANSLATE_NOOP("Errors", "cambiar la configuración"),
    QT_TRANSLATE_NOOP("Errors", "hacer o restaurar copias de seguridad"),
    QT_TRANSLATE_NOOP("Errors", "ver todos los expedientes"),
)


def _value(value: Any) -> str:
    """A value of a message in the interface language (terms and nested texts translated)."""
    if isinstance(value, Text):
        return word(value)
    if isinstance(value, Term):
        if value.kind == "stage":
            return stage_label(value.code)
        if value.kind == "role":
            return role_label(value.code)
        return QCoreApplication.translate(CONTEXT, value.spanish)
    return str(value)


def word(text: Text) -> str:
    """A `Text` in the interface language (its Spanish sentence if the translation cannot be filled in)."""
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return template.format(**{k: _value(v) for k, v in text.params.items()})
    except (KeyError, IndexError, ValueError):
        return str(text)


def error_text(error: BaseException | Text | str) -> str:
    """What to show for an error: its `Text` in the interface language, else its Spanish message."""
    if isinstance(error, Text):
        return word(error)
    text = getattr(error, "text", None)
    return word(text) if isinstance(text, Text) else str(error)
