"""Domain choice labels (channels, outcomes, notice kinds, hearing kinds, …) in the interface language.

The services keep their code → Spanish label dictionaries; the interface shows those labels through
`domain_label`, which looks the Spanish text up in the "Labels" context of the translation file. Every
label is listed below with QT_TRANSLATE_NOOP so pyside6-lupdate files it (a UI test checks that every
label of the domain dictionaries is listed and translated).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from legal_desk.domain.limitation import LimitationRule, Tolling
from legal_desk.domain.readiness import LIQUIDATION_STALE

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
    # settlement offer statuses (services.tracking.OFFER_STATUSES)
    QT_TRANSLATE_NOOP("Labels", "Abierta"),
    QT_TRANSLATE_NOOP("Labels", "Aceptada"),
    QT_TRANSLATE_NOOP("Labels", "Rechazada"),
    QT_TRANSLATE_NOOP("Labels", "Vencida"),
    QT_TRANSLATE_NOOP("Labels", "Retirada"),
    QT_TRANSLATE_NOOP("Labels", "Con contrapropuesta"),
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
    # log-in refusal (services.users.authenticate)
    QT_TRANSLATE_NOOP("Labels", "Usuario o contraseña incorrectos"),
    # jurisdictions (services.cases.JURISDICTIONS; Colombia and Argentina read the same in English)
    QT_TRANSLATE_NOOP("Labels", "México"),
    QT_TRANSLATE_NOOP("Labels", "España"),
    # limitation sources (domain.limitation) that read differently in English, in «why it prescribes then»
    QT_TRANSLATE_NOOP("Labels", "CCo arts. 711 y 789"),
    QT_TRANSLATE_NOOP("Labels", "CCo arts. 779 y 789"),
    QT_TRANSLATE_NOOP("Labels", "Decreto-ley 5965/63 arts. 96 y 103"),
    QT_TRANSLATE_NOOP("Labels", "Decreto-ley 5965/63 art. 96"),
    QT_TRANSLATE_NOOP("Labels", "LGTOC arts. 165 y 174"),
    QT_TRANSLATE_NOOP("Labels", "Ley 19/1985 Cambiaria y del Cheque art. 88"),
    QT_TRANSLATE_NOOP("Labels", "CC art. 2536 (acción ejecutiva)"),
    QT_TRANSLATE_NOOP("Labels", "CCyC art. 2560 (plazo genérico)"),
    QT_TRANSLATE_NOOP("Labels", "Código de Comercio art. 1047 (prescripción ordinaria mercantil)"),
    QT_TRANSLATE_NOOP("Labels", "CC art. 1964.2 (acciones personales; ajustable)"),
    # filing checklist (domain.readiness.DEFAULT_CHECKLIST; an admin's own wording is shown as written)
    QT_TRANSLATE_NOOP("Labels", "Título ejecutivo escaneado y ubicación del original"),
    QT_TRANSLATE_NOOP("Labels", "Deudor identificado (documento, dirección y origen del correo)"),
    QT_TRANSLATE_NOOP("Labels", "Título no prescrito (o marcado para revisión)"),
    QT_TRANSLATE_NOOP("Labels", "Carta de requerimiento con constancia de entrega, o motivo para omitirla"),
    QT_TRANSLATE_NOOP("Labels", "Bitácora de gestión prejurídica"),
    QT_TRANSLATE_NOOP("Labels", "Poder especial para actuar"),
    QT_TRANSLATE_NOOP("Labels", "Liquidación del crédito a la fecha de radicación"),
    # … and as Argentina, Mexico and Spain word them
    QT_TRANSLATE_NOOP("Labels", "Deudor identificado (DNI o CUIT, domicilio y origen del correo)"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Intimación de pago por carta documento con constancia de entrega, o motivo para omitirla",
    ),
    QT_TRANSLATE_NOOP("Labels", "Bitácora de gestión prejudicial"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades",
    ),
    QT_TRANSLATE_NOOP("Labels", "Poder general o especial para juicios (escritura pública)"),
    QT_TRANSLATE_NOOP("Labels", "Liquidación de la deuda a la fecha de la demanda"),
    QT_TRANSLATE_NOOP("Labels", "Deudor identificado (RFC o CURP, domicilio y origen del correo)"),
    QT_TRANSLATE_NOOP("Labels", "Requerimiento extrajudicial de pago con acuse de recibo, o motivo para omitirlo"),
    QT_TRANSLATE_NOOP("Labels", "Bitácora de gestión extrajudicial"),
    QT_TRANSLATE_NOOP("Labels", "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio"),
    QT_TRANSLATE_NOOP("Labels", "Poder notarial para pleitos y cobranzas"),
    QT_TRANSLATE_NOOP("Labels", "Liquidación del adeudo a la fecha de presentación de la demanda"),
    QT_TRANSLATE_NOOP("Labels", "Deudor identificado (DNI, NIE o NIF, domicilio y origen del correo)"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Requerimiento de pago por burofax con certificación de contenido y acuse, o motivo para omitirlo",
    ),
    QT_TRANSLATE_NOOP("Labels", "Escritura de constitución del acreedor y nota simple del Registro Mercantil"),
    QT_TRANSLATE_NOOP("Labels", "Poder para pleitos a favor de procurador y abogado (escritura o apud acta)"),
    QT_TRANSLATE_NOOP("Labels", "Liquidación de la deuda a la fecha de presentación de la demanda"),
    # what a checklist item lacks (domain.readiness._check)
    QT_TRANSLATE_NOOP("Labels", "falta el escaneo del título"),
    QT_TRANSLATE_NOOP("Labels", "indique dónde está el original"),
    QT_TRANSLATE_NOOP("Labels", "no se pudo calcular la prescripción"),
    QT_TRANSLATE_NOOP("Labels", "sin constancia de entrega"),
    QT_TRANSLATE_NOOP("Labels", "sin gestiones registradas"),
    QT_TRANSLATE_NOOP("Labels", "requisito desconocido"),
    QT_TRANSLATE_NOOP("Labels", "falta %1"),
    QT_TRANSLATE_NOOP("Labels", "prescrito desde el %1"),
    QT_TRANSLATE_NOOP("Labels", "falta liquidación con corte reciente (la última es al %1)"),
    QT_TRANSLATE_NOOP("Labels", "documento"),
    QT_TRANSLATE_NOOP("Labels", "dirección"),
    QT_TRANSLATE_NOOP("Labels", "origen del correo electrónico"),
    QT_TRANSLATE_NOOP("Labels", "origen del correo de los codeudores"),
)


def domain_label(text: str) -> str:
    """A domain label (Spanish, as the services give it) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def domain_labels(choices: dict[str, str]) -> dict[str, str]:
    """A code → label dictionary with its labels in the interface language (codes unchanged)."""
    return {code: domain_label(label) for code, label in choices.items()}


def deadline_explanation(stored: str, parts: dict[str, Any] | None) -> str:
    """Why a deadline falls when it does, in the interface language (worded from its stored parts).

    A deadline stored before the parts were kept shows its Spanish text, as the CLI does.
    """
    from legal_desk.services.deadlines import explanation_in
    from legal_desk.ui.i18n import current_language

    return explanation_in(stored, parts, current_language())


def readiness_detail(detail: str) -> str:
    """What a checklist item lacks (domain.readiness, in Spanish) in the interface language.

    Fixed texts are looked up as they are; «falta documento, dirección» and «prescrito desde el 01/02/2029»
    are rebuilt from their parts so the gaps and the date survive the translation.
    """
    if not detail:
        return detail
    translated = domain_label(detail)
    if translated != detail:
        return translated
    if detail.startswith(LIQUIDATION_STALE):
        day = detail.removeprefix(LIQUIDATION_STALE).removesuffix(")")
        return domain_label("falta liquidación con corte reciente (la última es al %1)").replace("%1", day)
    if detail.startswith("prescrito desde el "):
        return domain_label("prescrito desde el %1").replace("%1", detail.removeprefix("prescrito desde el "))
    if detail.startswith("falta "):
        gaps = ", ".join(domain_label(g) for g in detail.removeprefix("falta ").split(", "))
        return domain_label("falta %1").replace("%1", gaps)
    return detail


def limitation_rule_text(rule: LimitationRule | None) -> str:
    """Why a case prescribes on its date (domain.limitation.limitation_rule) in the interface language."""
    if rule is None:
        return ""
    translate = QCoreApplication.translate
    if rule.kind == "manual":
        return translate("Labels", "fecha registrada a mano")
    if rule.kind == "cheque":
        text = (
            translate("Labels", "%1 meses desde la fecha de vencimiento registrada (%2)")
            .replace("%1", str(rule.months))
            .replace("%2", domain_label(rule.source))
        )
    else:
        text = (
            translate("Labels", "%1 años desde el vencimiento (%2)")
            .replace("%1", str(rule.years))
            .replace("%2", domain_label(rule.source))
        )
    if rule.moved_from is not None:
        moved = translate("Labels", "el %1 es inhábil y se corre al día hábil siguiente")
        text += "; " + moved.replace("%1", f"{rule.moved_from:%d/%m/%Y}")
    return text


def tolling_text(t: Tolling) -> str:
    """How the filing stands against the limitation date (domain.limitation.filing_tolling, CGP art. 94) in the
    interface language; empty when the filing plays no part."""
    translate = QCoreApplication.translate

    def day(d: object) -> str:
        return f"{d:%d/%m/%Y}" if d is not None else ""

    texts = {
        "late_filing": translate(
            "Labels", "Demanda radicada el %1, después de la fecha de prescripción: no la interrumpió"
        ),
        "pending_by": translate(
            "Labels",
            "Interrumpida por la demanda radicada el %1 (art. 94 CGP), sujeta a notificar al deudor a más tardar el %2",
        ),
        "pending": translate(
            "Labels",
            "Interrumpida por la demanda radicada el %1 (art. 94 CGP), sujeta a notificar al deudor dentro del año "
            "siguiente a la notificación por estado del mandamiento de pago",
        ),
        "served_on": translate(
            "Labels", "Interrumpida por la demanda radicada el %1 (art. 94 CGP); deudor notificado el %3"
        ),
        "served": translate("Labels", "Interrumpida por la demanda radicada el %1 (art. 94 CGP); deudor notificado"),
        "served_late": translate(
            "Labels",
            "Interrumpida el %3 con la notificación al deudor: no se notificó dentro del año del art. 94 CGP "
            "(vencía el %2)",
        ),
        "lapsed": translate(
            "Labels",
            "La demanda radicada el %1 no la interrumpió: no se notificó dentro del año del art. 94 CGP (vencía el %2)",
        ),
    }
    key = t.state
    if key == "pending" and t.serve_by is not None:
        key = "pending_by"
    elif key == "served" and t.served_on is not None:
        key = "served_on"
    text = texts.get(key, "")
    return text.replace("%1", day(t.filed_on)).replace("%2", day(t.serve_by)).replace("%3", day(t.served_on))


def numbered(title: str, number: str | None) -> str:
    """«Pagaré n.º PG-1» with the number sign of the interface language; the title alone without a number."""
    if not number:
        return title
    sign = QCoreApplication.translate("Labels", "n.º")
    return f"{title} {sign} {number}"


#: What an audit event of a case did, as the History tab names it (services' audit action codes).
AUDIT_ACTIONS: dict[str, str] = {
    "case.hand_over": QT_TRANSLATE_NOOP("Labels", "Entrega a jurídico"),
    "case.import": QT_TRANSLATE_NOOP("Labels", "Importación de entregas"),
    "case.stage": QT_TRANSLATE_NOOP("Labels", "Cambio de etapa"),
    "case.reopen": QT_TRANSLATE_NOOP("Labels", "Reapertura"),
    "case.update": QT_TRANSLATE_NOOP("Labels", "Datos del expediente"),
    "case.archive": QT_TRANSLATE_NOOP("Labels", "Archivado"),
    "case.unarchive": QT_TRANSLATE_NOOP("Labels", "Desarchivado"),
    "client.update": QT_TRANSLATE_NOOP("Labels", "Datos del acreedor"),
    "party.add": QT_TRANSLATE_NOOP("Labels", "Parte agregada"),
    "party.update": QT_TRANSLATE_NOOP("Labels", "Datos de una parte"),
    "evidence.add": QT_TRANSLATE_NOOP("Labels", "Prueba agregada"),
    "evidence.archive": QT_TRANSLATE_NOOP("Labels", "Prueba archivada"),
    "contact.add": QT_TRANSLATE_NOOP("Labels", "Gestión de cobro"),
    "notice.add": QT_TRANSLATE_NOOP("Labels", "Comunicación enviada"),
    "notice.receipt": QT_TRANSLATE_NOOP("Labels", "Constancia de entrega"),
    "agreement.add": QT_TRANSLATE_NOOP("Labels", "Acuerdo de pago"),
    "agreement.status": QT_TRANSLATE_NOOP("Labels", "Estado del acuerdo"),
    "offer.add": QT_TRANSLATE_NOOP("Labels", "Oferta"),
    "offer.close": QT_TRANSLATE_NOOP("Labels", "Oferta decidida"),
    "offer.expire": QT_TRANSLATE_NOOP("Labels", "Oferta vencida"),
    "payment.add": QT_TRANSLATE_NOOP("Labels", "Abono"),
    "payment.reverse": QT_TRANSLATE_NOOP("Labels", "Abono anulado"),
    "document.generate": QT_TRANSLATE_NOOP("Labels", "Documento generado"),
    "packet.build": QT_TRANSLATE_NOOP("Labels", "Paquete de radicación"),
    "hearing.add": QT_TRANSLATE_NOOP("Labels", "Audiencia programada"),
    "hearing.update": QT_TRANSLATE_NOOP("Labels", "Audiencia actualizada"),
    "embargo.add": QT_TRANSLATE_NOOP("Labels", "Medida cautelar"),
    "embargo.status": QT_TRANSLATE_NOOP("Labels", "Estado de la medida"),
    "event.add": QT_TRANSLATE_NOOP("Labels", "Actuación procesal"),
    "deadline.met": QT_TRANSLATE_NOOP("Labels", "Término cumplido"),
    "deadline.recompute": QT_TRANSLATE_NOOP("Labels", "Términos recalculados"),
    "deadline.refresh": QT_TRANSLATE_NOOP("Labels", "Términos recalculados"),
    "task.done": QT_TRANSLATE_NOOP("Labels", "Tarea cumplida"),
}


def audit_action_label(code: str) -> str:
    """An audit action code («case.stage») as words in the interface language; an unknown code as it is."""
    label = AUDIT_ACTIONS.get(code)
    return domain_label(label) if label else code


#: A party's role as the Parties table and the party dialog name it (Spanish; shown through domain_label).
PARTY_ROLES = {"debtor": "Deudor", "guarantor": "Avalista / codeudor", "co_debtor": "Codeudor", "codebtor": "Codeudor"}
