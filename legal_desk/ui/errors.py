"""Service and domain refusals in the interface language.

Errors raised with a `legal_desk.domain.messages.Text` (a Spanish template from the catalogue and its
values) are worded here: the template is looked up in the "Errors" context of the translation file and
its values filled in; a `Term` value (a stage, a role, an action, a label) is named in the interface language.
An error raised with a plain string shows its Spanish text, as the CLI does. Every template of the
catalogue is listed below so pyside6-lupdate files it (a UI test checks the list and the English).
Show errors with `error_text(exc)`, never `str(exc)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from legal_desk.domain.messages import Series, Summary, Term, Text
from legal_desk.ui.i18n import current_language, role_label, stage_label

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
    QT_TRANSLATE_NOOP("Errors", "Costas"),
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
    QT_TRANSLATE_NOOP("Errors", "el valor {text} supera el máximo admitido ({maximum})"),
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
    QT_TRANSLATE_NOOP("Errors", "No existe el abono {id}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Indique por qué se anula el abono (p. ej. «valor mal digitado», «consignación de otro deudor»)",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El abono del {day} completó el acuerdo firmado el {signed} y el expediente {ref} terminó por acuerdo "
        "cumplido: reabra el expediente («Reabrir expediente…») y anule el abono después",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Fecha de la medida: el {day} es posterior a hoy ({today}); regístrela cuando el juzgado o la entidad la "
        "practique",
    ),
    QT_TRANSLATE_NOOP("Errors", "La fecha de envío {day} está en el futuro"),
    QT_TRANSLATE_NOOP("Errors", "La entrega del {day} está en el futuro; indique la fecha que dice la constancia"),
    QT_TRANSLATE_NOOP("Errors", "La devolución del {day} está en el futuro; indique la fecha que dice la constancia"),
    QT_TRANSLATE_NOOP("Errors", "La gestión del {day} está en el futuro; registre las gestiones ya hechas"),
    QT_TRANSLATE_NOOP(
        "Errors", "Recuperación cancelada: {done} archivos ya se recuperaron; la base de datos no se tocó"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Incumplimiento del acuerdo: el {day} es posterior a hoy ({today}); márquelo incumplido cuando el deudor "
        "deje de pagar",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El acuerdo firmado el {signed} no puede estar incumplido desde el {day}, antes de firmarse; indique la "
        "fecha en que el deudor dejó de pagar",
    ),
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
    QT_TRANSLATE_NOOP("Errors", "el capital supera el máximo admitido ({maximum})"),
    QT_TRANSLATE_NOOP("Errors", "la fecha {date} está fuera de rango (1950–2100)"),
    QT_TRANSLATE_NOOP("Errors", "El usuario «{user}» (rol {role}) no puede {action}"),
    QT_TRANSLATE_NOOP("Errors", "No se puede pasar de «{current}» a «{target}»"),
    QT_TRANSLATE_NOOP("Errors", "Indique el motivo para pasar a «{target}»"),
    QT_TRANSLATE_NOOP("Errors", "la columna «{header}» elegida en la correspondencia no está en el archivo"),
    QT_TRANSLATE_NOOP("Errors", "«{key}» no es un campo conocido de la entrega de cartera"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "las columnas «{first}» y «{second}» significan lo mismo ({header}); deje una sola o elija cuál usar",
    ),
    QT_TRANSLATE_NOOP("Errors", "faltan columnas obligatorias: {columns}"),
    QT_TRANSLATE_NOOP("Errors", "el archivo {path} no existe"),
    QT_TRANSLATE_NOOP("Errors", "{path} no es un archivo"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo de nuevo",
    ),
    QT_TRANSLATE_NOOP("Errors", "{name}: extensión «{suffix}» no admitida (use .csv o .xlsx)"),
    QT_TRANSLATE_NOOP("Errors", "{name} está vacío"),
    QT_TRANSLATE_NOOP("Errors", "{name}: texto UTF-16 dañado"),
    QT_TRANSLATE_NOOP("Errors", "{name} parece un libro de Excel: cambie la extensión a .xlsx"),
    QT_TRANSLATE_NOOP("Errors", "{name} parece un libro de Excel 97-2003: guárdelo como .xlsx o CSV"),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un archivo de texto CSV (contiene datos binarios)"),
    QT_TRANSLATE_NOOP("Errors", "{name}: dice ser UTF-8 pero tiene bytes inválidos"),
    QT_TRANSLATE_NOOP("Errors", "{name}: codificación no reconocida (guárdelo como CSV UTF-8 o Windows-1252)"),
    QT_TRANSLATE_NOOP("Errors", "no se puede leer {name}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{name}, línea {line}: CSV mal formado ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un libro de Excel .xlsx válido (no es un archivo ZIP)"),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un libro de Excel .xlsx válido ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "{name} no tiene hojas"),
    QT_TRANSLATE_NOOP("Errors", "la fórmula «={formula}»"),
    QT_TRANSLATE_NOOP("Errors", "una fórmula"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name}: la celda {cell} tiene {what} sin valor calculado (el archivo no se guardó con Excel ni LibreOffice); ábralo, guárdelo de nuevo y vuelva a importarlo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "{name} está vacío (la primera hoja no tiene datos)"),
    QT_TRANSLATE_NOOP("Errors", "{name} solo tiene la fila de encabezados; no hay filas de datos"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "faltan columnas obligatorias: {columns}. Los encabezados se leyeron en la {where}: {headers}; dé a esas columnas los nombres indicados (o asígnelas en la ventana de importación) y vuelva a importar",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "línea {line}"),
    QT_TRANSLATE_NOOP("Errors", "fila {line} de la hoja «{sheet}»"),
    QT_TRANSLATE_NOOP("Errors", "{name} está vacío (ninguna de sus hojas tiene datos)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo → Información → Proteger libro → Cifrar con contraseña, en blanco), guárdelo y vuelva a importarlo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} es una hoja de cálculo de LibreOffice (.ods): guárdela como .xlsx o CSV y vuelva a importarla",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{name} es un archivo de texto (CSV), no un libro de Excel: cambie la extensión a .csv"
    ),
    QT_TRANSLATE_NOOP("Errors", "parece una fila de totales («{ref}»), no una obligación: no se importa"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "la celda {cell} («{value}») está fuera de las columnas del encabezado: póngale un encabezado a esa columna o borre el valor",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "la celda {cell} está combinada con {first}: un capital no se reparte entre filas; separe las celdas y escriba el capital de cada obligación",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Cobranza solo ve los expedientes que entregó"),
    QT_TRANSLATE_NOOP("Errors", "Cobranza solo puede modificar los expedientes que entregó"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza solo ve su etapa, el abogado, el radicado y el motivo de cierre o devolución, en «Mis entregas»",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza ya no puede modificarlo; pida el cambio al abogado a cargo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{who} modificó el expediente {ref}{when}{what} después de que usted lo abrió. Vuelva a cargarlo y repita el cambio.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Otro usuario"),
    QT_TRANSLATE_NOOP("Errors", " el {day} a las {time}"),
    QT_TRANSLATE_NOOP("Errors", " («{summary}»)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Otro usuario modificó este registro al mismo tiempo; vuelva a cargarlo y repita el cambio",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Otro usuario registró el mismo dato al mismo tiempo (p. ej. el mismo número de obligación); vuelva a cargar y revise",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Falta el número de obligación"),
    QT_TRANSLATE_NOOP("Errors", "La obligación {ref} ya fue entregada a jurídico"),
    QT_TRANSLATE_NOOP("Errors", "Jurisdicción «{value}» desconocida (use CO, AR, MX o ES)"),
    QT_TRANSLATE_NOOP("Errors", "Moneda «{value}»: use un código ISO de 3 letras (COP, ARS, MXN, EUR)"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de título «{value}» desconocido"),
    QT_TRANSLATE_NOOP("Errors", "Etapa «{value}» desconocida"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El usuario «{user}» (rol {role}) no puede corregir el número de obligación: lo corrige un abogado o el administrador",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Número de obligación: no puede quedar vacío"),
    QT_TRANSLATE_NOOP("Errors", "Número de obligación: {ref} ya es el del expediente {other}"),
    QT_TRANSLATE_NOOP("Errors", "Las costas no pueden ser negativas"),
    QT_TRANSLATE_NOOP("Errors", "La tasa pactada es un porcentaje efectivo anual entre 0 y 200"),
    QT_TRANSLATE_NOOP("Errors", "La tasa pactada es un porcentaje nominal anual entre 0 y 200"),
    QT_TRANSLATE_NOOP("Errors", "Tasa pactada: indique una tasa o quítela, no ambas"),
    QT_TRANSLATE_NOOP("Errors", "La fecha de emisión no puede ser posterior al vencimiento"),
    QT_TRANSLATE_NOOP("Errors", "Acreedor: indique la razón social y el {tax_id}"),
    QT_TRANSLATE_NOOP("Errors", "Razón social del acreedor: no puede quedar vacía"),
    QT_TRANSLATE_NOOP("Errors", "{tax_id} del acreedor: no puede quedar vacío"),
    QT_TRANSLATE_NOOP("Errors", "{tax_id} del acreedor: {nit} ya es de «{other}»"),
    QT_TRANSLATE_NOOP("Errors", "Correo del acreedor: «{email}» no es una dirección válida"),
    QT_TRANSLATE_NOOP("Errors", "El usuario asignado como {what} no existe"),
    QT_TRANSLATE_NOOP("Errors", "El usuario «{user}» está desactivado; no puede asignarse como {what}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{user}» tiene el rol {role}: no puede asignarse como {what} (roles posibles: {roles})",
    ),
    QT_TRANSLATE_NOOP("Errors", "abogado"),
    QT_TRANSLATE_NOOP("Errors", "dependiente"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Para pasar {ref} a «{stage}» registre primero el acuerdo de pago firmado (pestaña Acuerdos → «Registrar acuerdo…»)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "El expediente aún no está listo para radicar. Falta: {missing}"),
    QT_TRANSLATE_NOOP("Errors", "{label}: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "Para radicar indique el número de radicado"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El radicado «{text}» tiene {n} dígitos: el de un proceso en Colombia tiene 23 (código único, p. ej. "
        "11001-40-03-012-2024-00123-00); cópielo completo del auto o de la consulta de procesos",
    ),
    QT_TRANSLATE_NOOP("Errors", "Indique el motivo para reabrir el expediente"),
    QT_TRANSLATE_NOOP("Errors", "El expediente {ref} no está cerrado («{stage}»)"),
    QT_TRANSLATE_NOOP("Errors", "Un expediente «{stage}» se reabre en: {allowed}"),
    QT_TRANSLATE_NOOP("Errors", "Indique el motivo para archivar"),
    QT_TRANSLATE_NOOP("Errors", "Indique el lugar o el enlace de la audiencia"),
    QT_TRANSLATE_NOOP("Errors", "Indique la nueva fecha de la audiencia aplazada"),
    QT_TRANSLATE_NOOP("Errors", "Describa el bien (cuenta, placa, matrícula inmobiliaria…)"),
    QT_TRANSLATE_NOOP("Errors", "Una medida «{status}» no puede pasar a «{to}»"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La medida quedó «{status}» el {day}: no puede pasar a «{to}» en una fecha anterior ({new_day})",
    ),
    QT_TRANSLATE_NOOP("Errors", "El número de cuotas debe ser al menos 1"),
    QT_TRANSLATE_NOOP("Errors", "La propuesta no puede vencer antes de hacerse"),
    QT_TRANSLATE_NOOP("Errors", "Solo se puede contraofertar una propuesta abierta"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La propuesta {offer} venció el {expired}: ya no admite contrapropuesta el {day}; registre una propuesta nueva",
    ),
    QT_TRANSLATE_NOOP("Errors", "La propuesta ya está {status}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La propuesta venció el {expired}: no puede aceptarse el {day}; registre una propuesta nueva con los mismos términos si las partes aún los aceptan",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La propuesta venció el {expired} sin respuesta: ya está vencida y no se rechaza ni se retira; registre una propuesta nueva si las partes siguen negociando",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "El acuerdo debe tener al menos una cuota"),
    QT_TRANSLATE_NOOP("Errors", "Ninguna cuota puede vencer antes de la firma del acuerdo"),
    QT_TRANSLATE_NOOP("Errors", "El acuerdo firmado el {signed} ya está cumplido; registre un acuerdo nuevo"),
    QT_TRANSLATE_NOOP("Errors", "El acuerdo firmado el {signed} ya está incumplido; registre un acuerdo nuevo"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El acuerdo firmado el {signed} ya está incumplido desde el {day}; registre un acuerdo nuevo",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El acuerdo firmado el {signed} tiene {n} cuota(s) sin pagar por {owed} (la próxima vence el {due}): queda cumplido al registrar el pago de la última; si el acreedor condonó el saldo, cierre el expediente con la etapa que corresponda",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No hay tabla de tasas moratorias de {jurisdiction} para liquidar el expediente {ref}: impórtela (Términos y tasas → Tasas de interés, o «legal-desk rates import ARCHIVO --jurisdiction {jurisdiction}»)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "El expediente {ref} no tiene deuda registrada"),
    QT_TRANSLATE_NOOP("Errors", "El expediente {ref} no tiene deudor registrado"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Las plantillas del despacho están en {path}, que este equipo no encuentra (¿una carpeta compartida sin conectar, o una ruta de otro computador?). Conecte esa carpeta, o un administrador elige en «Plantillas de documentos» una carpeta compartida que todos vean o vuelve a las del programa",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{title}» no se genera para un expediente de {country} ({jurisdiction}): las plantillas instaladas son colombianas ({locale}: citan el CGP y escriben pesos M/CTE) y no hay plantillas {wanted}. Un administrador puede poner las de la firma en {path} con su catalog.json (Archivo → Plantillas de documentos…).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "No se puede generar «{title}»: faltan estos datos del caso: {fields}.{where}"),
    QT_TRANSLATE_NOOP("Errors", " Complételos en {places}."),
    QT_TRANSLATE_NOOP("Errors", "El paquete no tiene anexos: genere la demanda o agregue pruebas primero"),
    QT_TRANSLATE_NOOP("Errors", "El anexo «{title}» no tiene PDF (genere de nuevo el documento con LibreOffice)"),
    QT_TRANSLATE_NOOP("Errors", "Falta en el almacén el archivo del anexo «{title}»"),
    QT_TRANSLATE_NOOP("Errors", "No se puede usar el anexo «{title}»: {reason}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{title}» está guardado solo en Word (DOCX) y no se pudo convertir a PDF para el paquete: {reason}. "
        "Instale LibreOffice (o revise el documento) y arme de nuevo, o déjelo fuera del paquete",
    ),
    QT_TRANSLATE_NOOP("Errors", "no se encontró LibreOffice en este equipo"),
    QT_TRANSLATE_NOOP("Errors", "Anexo «{name}»: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cifrado con un método no soportado ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "cifrado: requiere contraseña"),
    QT_TRANSLATE_NOOP("Errors", "cifrado: la contraseña indicada no es correcta"),
    QT_TRANSLATE_NOOP("Errors", "el PDF no tiene páginas"),
    QT_TRANSLATE_NOOP("Errors", "PDF dañado o incompleto (p. ej. cortado al descargarlo o copiarlo) que no se pudo reparar; pida al remitente una copia nueva, agréguela como prueba y márquela en su lugar (detalle: {detail})"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "imagen ilegible o dañada ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "la imagen no tiene páginas"),
    QT_TRANSLATE_NOOP("Errors", "el archivo no existe"),
    QT_TRANSLATE_NOOP("Errors", "el contenido no coincide con su SHA-256 registrado (archivo alterado)"),
    QT_TRANSLATE_NOOP("Errors", "es un archivo {kind} y no entra así en el paquete; ábralo, guárdelo como PDF (Archivo › Guardar como › PDF), agregue ese PDF como prueba y márquelo"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "es un archivo {kind} y no entra así en el paquete; ábralo en el programa de correo, imprímalo a PDF (con sus adjuntos, que se agregan aparte), agregue ese PDF como prueba y márquelo"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "es una foto HEIC del iPhone y no entra así en el paquete; pida la foto en JPG (o conviértala), agréguela como prueba y márquela"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "es un archivo {kind} y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, TIFF): conviértalo a PDF y agréguelo como prueba"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "es un archivo sin extensión y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, TIFF): conviértalo a PDF y agréguelo como prueba"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "No existe el expediente «{case}»"),
    QT_TRANSLATE_NOOP("Errors", "No existe la parte {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la tarea {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la audiencia {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la medida {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la propuesta {id} en este expediente"),
    QT_TRANSLATE_NOOP("Errors", "No existe la propuesta {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el acuerdo {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el acuerdo de pago {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el término {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el documento {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la plantilla «{name}»; disponibles: {names}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el paquete {id}"),
    QT_TRANSLATE_NOOP("Errors", "Falta en el almacén el archivo del paquete {id}"),
    QT_TRANSLATE_NOOP("Errors", "No hay tabla de tasas de {code}: impórtela con «rates import ARCHIVO»"),
    QT_TRANSLATE_NOOP("Errors", "No existe la prueba {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe la comunicación {id}"),
    QT_TRANSLATE_NOOP("Errors", "No existe el cierre {id}"),
    QT_TRANSLATE_NOOP("Errors", "Usuario o contraseña incorrectos"),
    QT_TRANSLATE_NOOP("Errors", "El nombre de usuario no puede estar vacío ni tener espacios"),
    QT_TRANSLATE_NOOP("Errors", "La contraseña debe tener al menos {n} caracteres"),
    QT_TRANSLATE_NOOP("Errors", "Rol «{role}» desconocido; use uno de: {roles}"),
    QT_TRANSLATE_NOOP("Errors", "Ya existe el usuario «{user}»"),
    QT_TRANSLATE_NOOP("Errors", "No existe el usuario «{user}»"),
    QT_TRANSLATE_NOOP("Errors", "No existe el usuario «{user}» (créelo con `legal-desk user add`)"),
    QT_TRANSLATE_NOOP("Errors", "El nombre completo no puede quedar vacío"),
    QT_TRANSLATE_NOOP("Errors", "No puede desactivar su propio usuario; pídaselo a otro administrador"),
    QT_TRANSLATE_NOOP("Errors", "«{user}» es el único administrador activo; cree o active otro administrador antes"),
    QT_TRANSLATE_NOOP("Errors", "La contraseña de «{user}» ya fue elegida (quizá desde otro equipo): ingrese con ella"),
    QT_TRANSLATE_NOOP("Errors", "El usuario «{user}» está desactivado"),
    QT_TRANSLATE_NOOP(
        "Errors", "El usuario «{user}» está desactivado: pida a un administrador que lo vuelva a activar"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Cuenta bloqueada por {n} contraseñas erradas seguidas: inténtelo de nuevo después de las {until} o pida a un administrador que la desbloquee",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "{target} es una carpeta; indique el nombre del archivo .zip"),
    QT_TRANSLATE_NOOP("Errors", "No se puede escribir en {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo hacer la copia en {target}: {reason}{where}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se restauró nada: hay {total} conexión(es) de otros equipos a esta base de datos ({sessions}). La restauración reemplaza todos los expedientes y usuarios, y esos equipos seguirían trabajando sobre datos que ya no existen o quedarían bloqueados. Cierre legal_desk en esos equipos y vuelva a intentarlo; si está seguro de que nadie está trabajando (una conexión que quedó abierta), use «legal-desk restore --replace --force»",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se restauró nada: no se pudieron escribir las plantillas del despacho en {folder}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copia se hizo con una versión de legal_desk más nueva que esta (esquema {schema}; esta usa {head}). Actualice legal_desk en este equipo a la versión del equipo de origen y restaure de nuevo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copia es del esquema {schema}, de una versión anterior de legal_desk cuyos datos cambiaron desde entonces (esta usa {head}). Restáurela en la versión que la hizo, actualícela con «legal-desk db upgrade» y haga una copia nueva",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "El archivo de copia {source} no existe"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{source} no es una copia de seguridad de legal_desk (no es un ZIP, o está incompleto: ¿se copió entero?)",
    ),
    QT_TRANSLATE_NOOP("Errors", "{source} no es una copia de seguridad de legal_desk (falta manifest.json)"),
    QT_TRANSLATE_NOOP("Errors", "Formato de copia desconocido: {format}"),
    QT_TRANSLATE_NOOP("Errors", "La base de datos ya tiene expedientes; use --replace para reemplazarla con la copia"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se restauró nada: la copia {source} está dañada ({detail}). Use otra copia, o copie de nuevo el archivo desde su origen",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "El archivo {name} de la copia está dañado (su SHA-256 no coincide)"),
    QT_TRANSLATE_NOOP("Errors", "Restauración cancelada antes de tocar la base de datos; no se cambió nada"),
    QT_TRANSLATE_NOOP("Errors", "No se restauró nada: la copia trae una plantilla con un nombre no válido: {name}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se restauró nada: {n} dato(s) de la copia son más largos de lo que admite PostgreSQL. Corríjalos en el escritorio de origen y haga otra copia: {shown}{more}.{how}",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "; y {n} más"),
    QT_TRANSLATE_NOOP(
        "Errors",
        " El número de obligación (expediente {refs}) lo corrige un abogado o el administrador en el expediente, Resumen → «Editar datos…», o con «legal-desk case update EXPEDIENTE --account-ref NUEVO».",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Indique el motivo del cierre (paro, falla técnica, circular…)"),
    QT_TRANSLATE_NOOP("Errors", "El cierre termina ({end}) antes de empezar ({start})"),
    QT_TRANSLATE_NOOP("Errors", "Un cierre no puede durar más de {days} días; registre períodos separados"),
    QT_TRANSLATE_NOOP("Errors", "El número de días no puede ser negativo ({days})"),
    QT_TRANSLATE_NOOP("Errors", "Un término de {days} días hábiles no es razonable; revise el número"),
    QT_TRANSLATE_NOOP("Errors", "Opción de calendario «{key}» desconocida; use una de: {keys}"),
    QT_TRANSLATE_NOOP("Errors", "El cierre «{reason}» termina ({end}) antes de empezar ({start})."),
    QT_TRANSLATE_NOOP("Errors", "Jurisdicción desconocida «{jurisdiction}»; las disponibles son: {known}."),
    QT_TRANSLATE_NOOP("Errors", "Un término no puede ser negativo ({n} {unit})."),
    QT_TRANSLATE_NOOP("Errors", "El año del salario mínimo debe ser un año entre {first} y {last}, no «{text}»"),
    QT_TRANSLATE_NOOP("Errors", "Salario mínimo de {year}: {error}"),
    QT_TRANSLATE_NOOP("Errors", "El salario mínimo de {year} debe ser mayor que cero, no «{amount}»"),
    QT_TRANSLATE_NOOP("Errors", "El despacho no fijó un salario mínimo propio para {year}; rige el del programa"),
    QT_TRANSLATE_NOOP("Errors", "Indique el nombre de la ciudad (p. ej. «Pereira»)"),
    QT_TRANSLATE_NOOP("Errors", "El nombre de la ciudad tiene {length} caracteres; el máximo es 100"),
    QT_TRANSLATE_NOOP("Errors", "«{name}» ya está en la lista de ciudades con Juzgados de Pequeñas Causas"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{name}» no está en la lista de ciudades con Juzgados de Pequeñas Causas ({cities})",
    ),
    QT_TRANSLATE_NOOP("Errors", "Abogado: no hay un usuario «{user}» (vea «legal-desk user list»)"),
    QT_TRANSLATE_NOOP("Errors", "Formato «{kind}» no soportado: use un archivo .xlsx o .csv"),
    QT_TRANSLATE_NOOP("Errors", "Orden «{order}» desconocido; use uno de: {orders}"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo guardar {target}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "Exportación cancelada; no se guardó ningún archivo."),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un archivo {ext} válido aunque su extensión lo diga"),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un correo .eml válido (no tiene encabezados De, Para, Asunto…)"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de prueba «{kind}» desconocido; use uno de: {kinds}"),
    QT_TRANSLATE_NOOP("Errors", "El archivo {path} no existe"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El archivo {name} está vacío (0 bytes): no hay nada que guardar como prueba. Suele pasar cuando una descarga "
        "o una copia se cortó: descárguelo o cópielo de nuevo (o pida otra copia a quien lo envió), ábralo para "
        "comprobar que se ve bien y agréguelo otra vez",
    ),
    QT_TRANSLATE_NOOP("Errors", "Cancelado: {name} no se agregó"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{filename} ya está en el expediente: es la prueba «{same}» ({kind}) agregada el {day} por {who}, con el mismo contenido (SHA-256) y el mismo tipo; no se agregó otra vez",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Indique por qué se retira la prueba"),
    QT_TRANSLATE_NOOP("Errors", "Canal «{channel}» desconocido; use uno de: {channels}"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de comunicación «{kind}» desconocido; use uno de: {kinds}"),
    QT_TRANSLATE_NOOP("Errors", "Para correo certificado indique la empresa de mensajería y el número de guía"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{kind}» es una comunicación de la ley colombiana y el expediente {ref} es de {jurisdiction}: regístrela como «{letter}» u «{other}»",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Indique la fecha de entrega o la de devolución"),
    QT_TRANSLATE_NOOP("Errors", "Una comunicación se entrega o se devuelve: indique solo una de las dos fechas"),
    QT_TRANSLATE_NOOP("Errors", "La entrega ({day}) no puede ser anterior al envío ({sent})"),
    QT_TRANSLATE_NOOP("Errors", "La devolución ({day}) no puede ser anterior al envío ({sent})"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Indique el motivo de la devolución (p. ej. dirección errada, destinatario desconocido)",
    ),
    QT_TRANSLATE_NOOP("Errors", "Adjunte la constancia de entrega (certificado, acuse de recibo o .eml)"),
    QT_TRANSLATE_NOOP("Errors", "Indique el resultado de la gestión"),
    QT_TRANSLATE_NOOP("Errors", "La dirección debe ser «out» (saliente) o «in» (entrante)"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Las reglas de contacto de cobranza solo están modeladas para Colombia (Ley 2300 de 2023), no para «{jurisdiction}».",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El canal «{channel}» no está autorizado por el deudor (autorizados: {allowed}; Ley 2300 de 2023).",
    ),
    QT_TRANSLATE_NOOP("Errors", "ninguno"),
    QT_TRANSLATE_NOOP("Errors", "No se puede contactar en día festivo ({holiday}, {day}; Ley 2300 de 2023)."),
    QT_TRANSLATE_NOOP("Errors", "No se puede contactar en domingo ({day}; Ley 2300 de 2023)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Hora {time} fuera del horario permitido (lunes a viernes de {first} a {last}; Ley 2300 de 2023).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Hora {time} fuera del horario permitido (sábados de {first} a {last}; Ley 2300 de 2023).",
    ),
    QT_TRANSLATE_NOOP("Errors", "Ya hubo un contacto con el deudor el {day}: máximo uno al día (Ley 2300 de 2023)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "En esta semana ya se contactó por {channels}: máximo un canal por semana (Ley 2300 de 2023).",
    ),
    QT_TRANSLATE_NOOP("Errors", "Jurisdicción «{value}» desconocida (use {codes})"),
    QT_TRANSLATE_NOOP("Errors", "Requisito «{code}» desconocido; los requisitos son: {codes}"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de título «{value}» desconocido (use * o {types})"),
    QT_TRANSLATE_NOOP("Errors", "El texto del requisito no puede quedar vacío"),
    QT_TRANSLATE_NOOP("Errors", "La base de días debe ser 365 o 360, no «{value}»"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Los años de inactividad del art. 317 deben ser un entero entre 1 y {max}, no «{value}» (1 en primera instancia, 2 con sentencia o auto que ordena seguir adelante)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Ajuste «{key}» desconocido; use uno de: {keys}"),
    QT_TRANSLATE_NOOP("Errors", "El rango termina ({end}) antes de empezar ({start})"),
    QT_TRANSLATE_NOOP("Errors", "La agenda abarca como máximo tres años; acorte el rango"),
    QT_TRANSLATE_NOOP("Errors", "El archivo iCalendar generado no se puede leer: {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El archivo iCalendar generado tiene {events} eventos y la agenda {entries}; no se guardó",
    ),
    QT_TRANSLATE_NOOP("Errors", "No se puede escribir {target}: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "El número de días no puede ser negativo"),
    QT_TRANSLATE_NOOP("Errors", "Evento desconocido «{event}»; los eventos son: {events}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Los términos procesales que calcula el programa son los del Código General del Proceso de Colombia; para {name} ({jurisdiction}) no hay reglas configuradas. Cuente el plazo con el calendario judicial de {jurisdiction} (Términos y tasas → Calendario judicial → Calculadora de términos, o «legal-desk calendar add-days --jurisdiction {jurisdiction}»).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Lugar «{place}» no válido para la citación del art. 291: use local, outside o abroad.",
    ),
    QT_TRANSLATE_NOOP("Errors", "El acuse de recibo no puede ser anterior al envío del mensaje."),
    QT_TRANSLATE_NOOP("Errors", "El plazo de inactividad del art. 317 debe ser de al menos un año."),
    QT_TRANSLATE_NOOP("Errors", "El evento «{title}» no tiene identificador (uid)."),
    QT_TRANSLATE_NOOP("Errors", "El vencimiento «{title}» termina antes de empezar."),
    QT_TRANSLATE_NOOP("Errors", "La audiencia «{title}» termina antes de empezar."),
    QT_TRANSLATE_NOOP("Errors", "Tipo de evento desconocido «{kind}» (use hearing o deadline)."),
    QT_TRANSLATE_NOOP("Errors", "Plantilla «{name}», {place}: {message}"),
    QT_TRANSLATE_NOOP("Errors", "párrafo {n} {where} («{text}»)"),
    QT_TRANSLATE_NOOP("Errors", "del documento"),
    QT_TRANSLATE_NOOP("Errors", "del encabezado"),
    QT_TRANSLATE_NOOP("Errors", "del pie de página"),
    QT_TRANSLATE_NOOP("Errors", "no es un documento Word (.docx) válido: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "error de sintaxis: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "variable no definida: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "nombres desconocidos: {names}"),
    QT_TRANSLATE_NOOP("Errors", "no hay catálogo de plantillas para {locale}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el archivo «{file}» que nombra catalog.json no está en la carpeta: póngalo allí o corrija su «file» en el catálogo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«{file}» está en la carpeta pero no en el catálogo: agregue a «templates» una entrada como {{\"name\": \"{name}\", \"file\": \"{file}\", \"title_es\": \"…\", \"required\": []}} para poder generarla",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "el campo «{field}» no existe{hint}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el campo «{field}» no existe: «{owner}» es un texto, sin campos; escriba «{{{{ {owner} }}}}»",
    ),
    QT_TRANSLATE_NOOP("Errors", "su «required» nombra «{field}», que no es un dato de los expedientes{hint}"),
    QT_TRANSLATE_NOOP("Errors", "; ¿quiso decir {names}?"),
    QT_TRANSLATE_NOOP("Errors", "; los campos de «{owner}» son: {names}"),
    QT_TRANSLATE_NOOP(
        "Errors", "; los campos están en Plantillas de documentos → «Campos…» (o «legal-desk document fields»)"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "este «{{% {tag} %}}» no se cierra: falta su «{{% end{tag} %}}» más adelante («{{%p end{tag} %}}» si lo abrió con «{{%p {tag} %}}» en un párrafo propio)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "{path}, línea {line}, columna {column}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el catálogo no es JSON válido ({detail}): revise las comas (una de más antes de «]» o «}}», o una que falta entre dos entradas) y las comillas (rectas \", no tipográficas “ ”)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "no se pudo leer el catálogo: {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el catálogo debe tener la forma {{\"templates\": [ … ]}}, con una entrada por plantilla",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "la entrada {n} de «templates» no tiene «name» (el nombre con que se genera la plantilla)",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "en la entrada «{name}», «required» debe ser una lista de campos entre comillas, p. ej. [\"debtor.name\"]",
    ),
    QT_TRANSLATE_NOOP("Errors", "la plantilla «{name}» está dos veces en el catálogo"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "es un documento {kind}, no un .docx: ábralo en Word o LibreOffice, guárdelo con «Guardar como» → «Documento de Word (.docx)» y ponga ese nombre en su «file» del catálogo",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "no existe para {locale}; disponibles: {names}"),
    QT_TRANSLATE_NOOP("Errors", "El capital debe ser mayor que cero."),
    QT_TRANSLATE_NOOP("Errors", "Las costas no pueden ser negativas."),
    QT_TRANSLATE_NOOP("Errors", "La base de días debe ser 365 o 360, no {basis}."),
    QT_TRANSLATE_NOOP("Errors", "La fecha de corte {as_of} es anterior al vencimiento {due}."),
    QT_TRANSLATE_NOOP("Errors", "La tasa pactada no puede ser negativa."),
    QT_TRANSLATE_NOOP("Errors", "El abono del {day} debe ser mayor que cero."),
    QT_TRANSLATE_NOOP("Errors", "sin tasa del {start} al {end}"),
    QT_TRANSLATE_NOOP("Errors", "sin tasa para ese día"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La tabla de tasas no cubre el {day} ({missing}): importe la tasa de ese período antes de liquidar.",
    ),
    QT_TRANSLATE_NOOP("Errors", "La tabla de tasas no cubre el {day}."),
    QT_TRANSLATE_NOOP("Errors", "{n} abono(s) posteriores a la fecha de corte {as_of} no se incluyen."),
    QT_TRANSLATE_NOOP("Errors", "El abono del {day} excede la deuda en {amount}: sobrante por devolver."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La tasa pactada ({agreed}) supera la tasa máxima de la tabla en {n} período(s), el primero desde el {start} ({rate}): se aplica la tasa de la tabla.{usury}",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "No se puede liquidar al {day}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de tasa desconocido «{kind}» en los datos de {jurisdiction}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        " Cobrar por encima de la usura hace perder todos los intereses (CCo art. 884) y es delito (CP art. 305).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{source} no es una copia de seguridad de legal_desk o está incompleta: no se puede abrir como ZIP (¿se copió entera?)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "{source} no es una copia de seguridad de legal_desk: le falta manifest.json"),
    QT_TRANSLATE_NOOP("Errors", "El manifest.json de la copia está dañado ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "Formato de copia desconocido: {format} (esta versión lee {known})"),
    QT_TRANSLATE_NOOP("Errors", "La copia trae una plantilla con un nombre no válido: {name}"),
    QT_TRANSLATE_NOOP("Errors", "La copia trae un archivo que no es de legal_desk: {name}"),
    QT_TRANSLATE_NOOP("Errors", "Falta en la copia el archivo {name}, que su manifiesto registra"),
    QT_TRANSLATE_NOOP("Errors", "Falta en la copia la tabla {table} ({rows} filas según su manifiesto)"),
    QT_TRANSLATE_NOOP("Errors", "La copia trae {files} archivos del almacén y su manifiesto dice {expected}"),
    QT_TRANSLATE_NOOP("Errors", "su CRC-32 no coincide"),
    QT_TRANSLATE_NOOP("Errors", "sus datos comprimidos están alterados o cortados"),
    QT_TRANSLATE_NOOP("Errors", "El archivo {name} de la copia está dañado: no se puede leer ({why})"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El archivo {name} de la copia está dañado: mide {size} bytes y su manifiesto dice {said}",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El archivo {name} de la copia está dañado: su SHA-256 no es el que registra el manifiesto",
    ),
    QT_TRANSLATE_NOOP("Errors", "El archivo {name} de la copia está dañado: su SHA-256 no es el de su nombre"),
    QT_TRANSLATE_NOOP("Errors", "La tabla {name} de la copia está cortada: su última línea no termina"),
    QT_TRANSLATE_NOOP("Errors", "La tabla {name} de la copia está dañada: la línea {line} no es JSON válido"),
    QT_TRANSLATE_NOOP("Errors", "La tabla {name} de la copia tiene {lines} filas y su manifiesto dice {expected}"),
    QT_TRANSLATE_NOOP("Errors", "{who}{where}{count}"),
    QT_TRANSLATE_NOOP("Errors", "usuario «{user}»"),
    QT_TRANSLATE_NOOP("Errors", "un programa sin nombre"),
    QT_TRANSLATE_NOOP("Errors", " desde {host}"),
    QT_TRANSLATE_NOOP("Errors", " en el propio servidor"),
    QT_TRANSLATE_NOOP("Errors", " ({n} conexiones)"),
    QT_TRANSLATE_NOOP("Errors", "; no se guardó {what}"),
    QT_TRANSLATE_NOOP("Errors", "No hay espacio en el disco de la carpeta de archivos {root}{lost}. Libere espacio"),
    QT_TRANSLATE_NOOP("Errors", "La carpeta de archivos {root} está en un disco de solo lectura{lost}"),
    QT_TRANSLATE_NOOP("Errors", "Sin permiso para escribir en la carpeta de archivos {root}{lost}"),
    QT_TRANSLATE_NOOP("Errors", "Se agotó la cuota de disco en la carpeta de archivos {root}{lost}"),
    QT_TRANSLATE_NOOP("Errors", "No se puede escribir en la carpeta de archivos {root}{lost}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "No se puede leer {source}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "permiso denegado"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo terminar de leer {source}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "Falta en el almacén el archivo {sha256}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No está en la carpeta de archivos {root} el archivo de la prueba «{name}»: se borró o se movió a mano, o el disco de esa carpeta no está conectado. Conéctelo, o restaure la carpeta desde una copia de seguridad",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La carpeta de archivos {root} no está o está vacía, pero la base de datos tiene archivos guardados en ella{lost}. ¿Se desconectó el disco USB o la unidad de red? Vuelva a conectarla y repita; si la carpeta cambió de lugar, indíquela en Configuración (o con --store)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "El período del art. 317 no se indica por actuación: es el de la etapa del caso (1 año en primera instancia; 2 con sentencia o auto que ordena seguir adelante la ejecución, lit. b), según los ajustes del despacho.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Describa la actuación (p. ej. «auto que requiere al demandante», «memorial que informa un abono», «solicitud de oficios»): el expediente la muestra como última actuación del art. 317.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "La fecha de cumplimiento {day} es anterior al evento ({event})"),
    QT_TRANSLATE_NOOP("Errors", "Tipo de audiencia «{kind}» desconocido; use uno de: {kinds}"),
    QT_TRANSLATE_NOOP("Errors", "Estado «{status}» desconocido"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Audiencia del {at}: {problems}. Si el juzgado la fijó así, confírmela (en la línea de comandos, --confirm)",
    ),
    QT_TRANSLATE_NOOP("Errors", "el {day} es inhábil en el calendario del despacho ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "las {time} están fuera del horario del despacho ({opens} a {closes})"),
    QT_TRANSLATE_NOOP("Errors", "el expediente ya tiene una audiencia a esa misma hora ({kind})"),
    QT_TRANSLATE_NOOP("Errors", "{lawyer} tiene otra audiencia el {at} (expediente {ref})"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el expediente aún no está radicado («{stage}»): ningún juzgado fija una «{kind}» antes de la radicación; si ya se radicó, registre su radicado en «Editar expediente»",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "el expediente aún no está radicado («{stage}»): antes de la demanda solo cabe una diligencia extrajudicial (p. ej. una conciliación en un centro de conciliación)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Tipo de bien «{asset_type}» desconocido; use uno de: {types}"),
    QT_TRANSLATE_NOOP("Errors", "La propuesta es del acreedor («creditor») o del deudor («debtor»)"),
    QT_TRANSLATE_NOOP("Errors", "Estado «{status}» no válido para cerrar una propuesta"),
    QT_TRANSLATE_NOOP("Errors", "El acuerdo se marca como cumplido («kept») o incumplido («broken»)"),
    QT_TRANSLATE_NOOP("Errors", "La base de días configurada «{text}» no es válida (use 365 o 360)"),
    QT_TRANSLATE_NOOP("Errors", "Solo se agregan codeudores («codebtor») o avalistas («guarantor»)"),
    QT_TRANSLATE_NOOP("Errors", "Generando «{title}» con corte al {day}"),
    QT_TRANSLATE_NOOP("Errors", "Convirtiendo a PDF: {titles}"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo generar «{title}» con corte al {day}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se pudo generar el PDF de «{title}» con corte al {day}: {reason}. Déjelo fuera del paquete o instale LibreOffice",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La fecha de corte de la liquidación ({cut_off}) es anterior al vencimiento de la obligación {ref} ({due}): los intereses moratorios corren desde el día siguiente al vencimiento. Elija esa fecha o una posterior.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "No se pueden copiar las plantillas a {target}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{out}: la salida debe terminar en .docx o .pdf"),
    QT_TRANSLATE_NOOP("Errors", "Se generó el DOCX pero no el PDF: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{warning}. El DOCX quedó en {docx}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se encontró LibreOffice (soffice/libreoffice) en este equipo; no se puede generar el PDF. El documento DOCX sí se generó. Instale LibreOffice o defina LEGAL_DESK_SOFFICE con la ruta del programa soffice.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "No se pudieron convertir a PDF {count} archivo(s): {names}"),
    QT_TRANSLATE_NOOP("Errors", "Se generaron los DOCX pero no los PDF: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "LibreOffice no convirtió algunos documentos; quedan solo en DOCX"),
    QT_TRANSLATE_NOOP("Errors", "{path} no es una base de datos SQLite (o está dañada); revise --db o LEGAL_DESK_DB"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{path} es una base de datos SQLite de otro programa (no tiene el esquema de legal_desk); indique otro archivo",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base de datos «{url}» no es compatible: indique la ruta de un archivo SQLite o una URL postgresql+psycopg://usuario@servidor/base",
    ),
    QT_TRANSLATE_NOOP("Errors", "No se puede crear la carpeta de la base de datos {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{path} es una carpeta; indique el archivo de la base de datos"),
    QT_TRANSLATE_NOOP("Errors", "No se puede usar la base de datos «{url}»: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "No se puede abrir la base de datos ({url}): {reason}"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo conectar: {reason}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base de datos está en la versión de esquema {current}, más nueva que esta aplicación ({head}). Actualice legal_desk antes de abrirla.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "No se puede escribir en la carpeta de archivos {folder}: {reason}. Elija otra carpeta con --store o en Configuración.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Se perdió la conexión con el servidor de la base de datos; no se guardó nada de esta operación, repítala cuando el servidor vuelva a responder",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Se perdió la conexión con el servidor de la base de datos; repita la consulta cuando el servidor vuelva a responder",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base de datos está ocupada: otro programa u otro legal_desk lleva más de {seconds} s guardando en ella (p. ej. una importación grande); no se guardó nada de esta operación, repítala cuando termine",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base de datos está ocupada: otro programa u otro legal_desk la tiene bloqueada desde hace más de {seconds} s; repita la consulta cuando termine",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Errors", "Importación de {file} interrumpida: {reason}; no se guardó nada"),
    QT_TRANSLATE_NOOP("Errors", "el proceso que leía el archivo terminó de forma inesperada"),
    QT_TRANSLATE_NOOP("Errors", "error al leer el archivo: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "La tabla de tasas tiene {n} error(es): {errors}{more}."),
    QT_TRANSLATE_NOOP("Errors", "línea {line}, {column}: {error}"),
    QT_TRANSLATE_NOOP("Errors", "línea {line}: {error}"),
    QT_TRANSLATE_NOOP("Errors", " (y {n} más)"),
    QT_TRANSLATE_NOOP("Errors", "{path} es una carpeta; indique el archivo de la tabla de tasas"),
    QT_TRANSLATE_NOOP("Errors", "no existe el archivo {path}"),
    QT_TRANSLATE_NOOP("Errors", "{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo"),
    QT_TRANSLATE_NOOP("Errors", "{name} no es un archivo de texto CSV ni un libro .xlsx"),
    QT_TRANSLATE_NOOP("Errors", "el archivo está vacío"),
    QT_TRANSLATE_NOOP("Errors", "el archivo no tiene períodos"),
    QT_TRANSLATE_NOOP("Errors", "falta la columna (se esperan desde, hasta, tasa_efectiva_anual)"),
    QT_TRANSLATE_NOOP("Errors", "no es un número"),
    QT_TRANSLATE_NOOP("Errors", "la tasa está vacía"),
    QT_TRANSLATE_NOOP("Errors", "«{value}» mezcla coma y punto; escriba la tasa como 27,90 o 27.90"),
    QT_TRANSLATE_NOOP("Errors", "«{value}» no es una tasa"),
    QT_TRANSLATE_NOOP("Errors", "la tasa {rate} es negativa"),
    QT_TRANSLATE_NOOP("Errors", "la tasa es {value}: una tasa moratoria no es cero (el período no causaría intereses); escriba la tasa certificada del período"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "la tasa {rate} % supera el 200 % anual, el máximo admitido (el mismo de una tasa pactada); revise la coma decimal: 29,98 % se escribe 29,98, no 2998"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "la tasa {value} parece una fracción y se leería como {rate} % efectivo anual; la tabla va en porcentaje: escriba {shown} para {shown} %"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "la fecha inicial {start} es posterior a la final {end}"),
    QT_TRANSLATE_NOOP("Errors", "el período {start}–{end} se superpone con el de la línea {line} ({other_start}–{other_end})"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "Tabla de tasas inválida: {problems}."),
    QT_TRANSLATE_NOOP("Errors", "el período {start}–{end} termina antes de empezar"),
    QT_TRANSLATE_NOOP("Errors", "la tasa del período que empieza el {start} es negativa"),
    QT_TRANSLATE_NOOP("Errors", "el período {start}–{end} se superpone con {other_start}–{other_end}"),
    QT_TRANSLATE_NOOP("Errors", "no hay espacio en el disco de {folder}"),
    QT_TRANSLATE_NOOP("Errors", "{folder} está en un disco de solo lectura"),
    QT_TRANSLATE_NOOP("Errors", "sin permiso para escribir en {folder}"),
    QT_TRANSLATE_NOOP("Errors", "no se pudo copiar a {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "No se pudo copiar a {target}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "no queda espacio en ese disco; libere espacio o elija otro disco"),
    QT_TRANSLATE_NOOP("Errors", "el disco es de solo lectura; elija otra carpeta"),
    QT_TRANSLATE_NOOP("Errors", "no tiene permiso para escribir en esa carpeta; elija otra"),
    QT_TRANSLATE_NOOP("Errors", "una parte de la ruta es un archivo, no una carpeta; elija otra carpeta"),
    QT_TRANSLATE_NOOP("Errors", "Cancelado: no se copió {name}"),
    QT_TRANSLATE_NOOP("Errors", "Notificación personal del mandamiento de pago al deudor"),
    QT_TRANSLATE_NOOP("Errors", "Auto inadmisorio de la demanda"),
    QT_TRANSLATE_NOOP("Errors", "Traslado de la liquidación del crédito"),
    QT_TRANSLATE_NOOP("Errors", "Mandamiento de pago notificado por estado"),
    QT_TRANSLATE_NOOP("Errors", "Notificación electrónica enviada (Ley 2213 art. 8)"),
    QT_TRANSLATE_NOOP("Errors", "Citación para notificación personal entregada (art. 291)"),
    QT_TRANSLATE_NOOP("Errors", "Aviso de notificación entregado (art. 292)"),
    QT_TRANSLATE_NOOP("Errors", "Actuación del proceso"),
    QT_TRANSLATE_NOOP("Errors", "{what}: {description}"),
    QT_TRANSLATE_NOOP("Errors", "{what} ({detail})"),
    QT_TRANSLATE_NOOP("Errors", "Solicitud de medida cautelar"),
    QT_TRANSLATE_NOOP("Errors", "Auto que decreta la medida cautelar"),
    QT_TRANSLATE_NOOP("Errors", "Medida cautelar inscrita o registrada"),
    QT_TRANSLATE_NOOP("Errors", "Medida cautelar practicada (secuestro)"),
    QT_TRANSLATE_NOOP("Errors", "Levantamiento de la medida cautelar"),
    QT_TRANSLATE_NOOP("Errors", "{kind} realizada"),
    QT_TRANSLATE_NOOP("Errors", "Envío de la {notice}"),
    QT_TRANSLATE_NOOP("Errors", "Entrega de la {notice}"),
    QT_TRANSLATE_NOOP("Errors", "Radicación de la demanda"),
    QT_TRANSLATE_NOOP("Errors", "Cambio de etapa: {summary}"),
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
    """A value of a message in the interface language (terms, series and nested texts translated)."""
    if isinstance(value, Text):
        return word(value)
    if isinstance(value, Series):
        return value.sep.join(_value(item) for item in value.items)
    if isinstance(value, Summary):
        return _summary(value)
    if isinstance(value, Term):
        if value.kind == "stage":
            return stage_label(value.code)
        if value.kind == "role":
            return role_label(value.code)
        if value.kind == "en":
            return value.code if current_language() == "en" else value.spanish
        if value.kind == "channel":
            from legal_desk.services.contacts import CHANNELS
            from legal_desk.ui.labels import domain_label

            label = CHANNELS.get(" ".join(value.code.split()).casefold())
            return domain_label(label) if label else value.code
        if value.kind in ("label", "label_lower", "readiness"):
            from legal_desk.ui.labels import domain_label, readiness_detail

            if value.kind == "readiness":
                return readiness_detail(value.code)
            label = domain_label(value.code)
            return label.lower() if value.kind == "label_lower" else label
        return QCoreApplication.translate(CONTEXT, value.spanish)
    return str(value)


def _summary(value: Summary) -> str:
    """A history event's summary inside a message: as the History tab words it, else what the event was."""
    if current_language() == "es":
        return value.spanish
    from legal_desk.ui.audit_text import rendered_summary
    from legal_desk.ui.labels import AUDIT_ACTIONS, domain_label

    row = {"action": value.action, "summary": value.spanish, "before": value.before or {}, "after": value.after or {}}
    rendered = rendered_summary(row)
    if rendered is not None:
        return rendered
    label = AUDIT_ACTIONS.get(value.action)
    return domain_label(label) if label else value.spanish


def word_value(value: Any) -> str:
    """A value of a message on its own (a field or a column `Term`, a nested `Text`) in the interface language."""
    return _value(value)


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
