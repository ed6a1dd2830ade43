"""Domain choice labels (channels, outcomes, notice kinds, hearing kinds, …) in the interface language.

The services keep their code → Spanish label dictionaries; the interface shows those labels through
`domain_label`, which looks the Spanish text up in the "Labels" context of the translation file. Every
label is listed below with QT_TRANSLATE_NOOP so pyside6-lupdate files it (a UI test checks that every
label of the domain dictionaries is listed and translated).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

LABELS = (
    # contact channels (services.contacts.CHANNELS)
    QT_TRANSLATE_NOOP("Labels", "Llamada"),
    QT_TRANSLATE_NOOP("Labels", "SMS"),
    QT_TRANSLATE_NOOP("Labels", "Correo electrónico"),
    QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    QT_TRANSLATE_NOOP("Labels", "Visita"),
    QT_TRANSLATE_NOOP("Labels", "Carta"),
    # contact outcomes (services.contacts.OUTCOMES)
    QT_TRANSLATE_NOOP("Labels", "No contesta"),
    QT_TRANSLATE_NOOP("Labels", "Promesa de pago"),
    QT_TRANSLATE_NOOP("Labels", "Se niega a pagar"),
    QT_TRANSLATE_NOOP("Labels", "Número equivocado"),
    QT_TRANSLATE_NOOP("Labels", "Mensaje dejado"),
    QT_TRANSLATE_NOOP("Labels", "Pagó"),
    QT_TRANSLATE_NOOP("Labels", "Controvierte la deuda"),
    QT_TRANSLATE_NOOP("Labels", "Contactado"),
    QT_TRANSLATE_NOOP("Labels", "Entregado"),
    QT_TRANSLATE_NOOP("Labels", "No ubicado"),
    QT_TRANSLATE_NOOP("Labels", "Pide volver a llamar"),
    # notice channels and kinds (services.notices)
    QT_TRANSLATE_NOOP("Labels", "Correo certificado"),
    QT_TRANSLATE_NOOP("Labels", "Correo electrónico certificado"),
    QT_TRANSLATE_NOOP("Labels", "Entrega personal"),
    QT_TRANSLATE_NOOP("Labels", "Carta de requerimiento"),
    QT_TRANSLATE_NOOP("Labels", "Aviso final antes de demanda"),
    QT_TRANSLATE_NOOP("Labels", "Aviso previo de reporte negativo (Ley 1266)"),
    QT_TRANSLATE_NOOP("Labels", "Citación para notificación personal (art. 291)"),
    QT_TRANSLATE_NOOP("Labels", "Notificación por aviso (art. 292)"),
    QT_TRANSLATE_NOOP("Labels", "Notificación electrónica (Ley 2213 art. 8)"),
    QT_TRANSLATE_NOOP("Labels", "Otra comunicación"),
    # embargoes (services.tracking)
    QT_TRANSLATE_NOOP("Labels", "Cuenta bancaria"),
    QT_TRANSLATE_NOOP("Labels", "Salario"),
    QT_TRANSLATE_NOOP("Labels", "Vehículo"),
    QT_TRANSLATE_NOOP("Labels", "Inmueble"),
    QT_TRANSLATE_NOOP("Labels", "Acciones"),
    QT_TRANSLATE_NOOP("Labels", "Otro bien"),
    QT_TRANSLATE_NOOP("Labels", "Solicitada"),
    QT_TRANSLATE_NOOP("Labels", "Decretada"),
    QT_TRANSLATE_NOOP("Labels", "Registrada / practicada"),
    QT_TRANSLATE_NOOP("Labels", "Ejecutada (remate)"),
    QT_TRANSLATE_NOOP("Labels", "Levantada"),
    # hearings (services.tracking)
    QT_TRANSLATE_NOOP("Labels", "Audiencia inicial (art. 372 CGP)"),
    QT_TRANSLATE_NOOP("Labels", "Audiencia de instrucción y juzgamiento (art. 373 CGP)"),
    QT_TRANSLATE_NOOP("Labels", "Audiencia de conciliación"),
    QT_TRANSLATE_NOOP("Labels", "Diligencia de remate"),
    QT_TRANSLATE_NOOP("Labels", "Diligencia de secuestro"),
    QT_TRANSLATE_NOOP("Labels", "Otra diligencia"),
    QT_TRANSLATE_NOOP("Labels", "Programada"),
    QT_TRANSLATE_NOOP("Labels", "Realizada"),
    QT_TRANSLATE_NOOP("Labels", "Aplazada"),
    QT_TRANSLATE_NOOP("Labels", "Cancelada"),
    # evidence kinds (domain.readiness.EVIDENCE_KINDS)
    QT_TRANSLATE_NOOP("Labels", "Título ejecutivo (pagaré, letra, factura, contrato)"),
    QT_TRANSLATE_NOOP("Labels", "Certificado de existencia y representación del acreedor"),
    QT_TRANSLATE_NOOP("Labels", "Poder especial"),
    QT_TRANSLATE_NOOP("Labels", "Constancia de entrega de comunicación"),
    QT_TRANSLATE_NOOP("Labels", "Bitácora de gestión de cobro"),
    QT_TRANSLATE_NOOP("Labels", "Acuerdo de pago firmado"),
    QT_TRANSLATE_NOOP("Labels", "Documento de identidad"),
    QT_TRANSLATE_NOOP("Labels", "Liquidación del crédito"),
    QT_TRANSLATE_NOOP("Labels", "Correo electrónico (.eml)"),
    QT_TRANSLATE_NOOP("Labels", "Otro documento"),
    # title types (services.cases.TITLE_TYPES)
    QT_TRANSLATE_NOOP("Labels", "Pagaré"),
    QT_TRANSLATE_NOOP("Labels", "Letra de cambio"),
    QT_TRANSLATE_NOOP("Labels", "Factura"),
    QT_TRANSLATE_NOOP("Labels", "Contrato"),
    QT_TRANSLATE_NOOP("Labels", "Cheque"),
    # identity documents (domain.ids.ID_TYPE_LABELS)
    QT_TRANSLATE_NOOP("Labels", "Cédula de ciudadanía"),
    QT_TRANSLATE_NOOP("Labels", "Cédula de extranjería"),
    QT_TRANSLATE_NOOP("Labels", "Número de identificación tributaria (NIT)"),
    QT_TRANSLATE_NOOP("Labels", "Pasaporte"),
    QT_TRANSLATE_NOOP("Labels", "Tarjeta de identidad"),
    QT_TRANSLATE_NOOP("Labels", "Documento nacional de identidad (DNI)"),
    QT_TRANSLATE_NOOP("Labels", "Clave única de identificación tributaria o laboral (CUIT/CUIL)"),
    QT_TRANSLATE_NOOP("Labels", "Número de identidad de extranjero (NIE)"),
    QT_TRANSLATE_NOOP("Labels", "Número de identificación fiscal (NIF/CIF)"),
    QT_TRANSLATE_NOOP("Labels", "Registro federal de contribuyentes (RFC)"),
    QT_TRANSLATE_NOOP("Labels", "Clave única de registro de población (CURP)"),
    # procedural deadlines (domain.deadlines.RULES; a deadline stores its rule's Spanish label)
    QT_TRANSLATE_NOOP("Labels", "Término para pagar"),
    QT_TRANSLATE_NOOP("Labels", "Término para proponer excepciones"),
    QT_TRANSLATE_NOOP("Labels", "Término para subsanar la demanda"),
    QT_TRANSLATE_NOOP("Labels", "Traslado de la liquidación (objeciones)"),
    QT_TRANSLATE_NOOP("Labels", "Notificar al deudor el mandamiento de pago"),
    QT_TRANSLATE_NOOP("Labels", "Notificación electrónica surtida"),
    QT_TRANSLATE_NOOP("Labels", "Comparecer a notificarse (citación)"),
    QT_TRANSLATE_NOOP("Labels", "Notificación por aviso surtida"),
    QT_TRANSLATE_NOOP("Labels", "Retiro de copias del traslado"),
    QT_TRANSLATE_NOOP("Labels", "Alerta de desistimiento tácito"),
    # payment agreement statuses and party roles (ui.views.case_tabs.lists)
    QT_TRANSLATE_NOOP("Labels", "Vigente"),
    QT_TRANSLATE_NOOP("Labels", "Cumplido"),
    QT_TRANSLATE_NOOP("Labels", "Incumplido"),
    QT_TRANSLATE_NOOP("Labels", "Deudor"),
    QT_TRANSLATE_NOOP("Labels", "Avalista / codeudor"),
    QT_TRANSLATE_NOOP("Labels", "Codeudor"),
)


def domain_label(text: str) -> str:
    """A domain label (Spanish, as the services give it) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def domain_labels(choices: dict[str, str]) -> dict[str, str]:
    """A code → label dictionary with its labels in the interface language (codes unchanged)."""
    return {code: domain_label(label) for code, label in choices.items()}
