"""Handover readiness (DOMAIN.md §3): what must exist before a case can be filed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVIDENCE_KINDS: dict[str, str] = {
    "title": "Título ejecutivo (pagaré, letra, factura, contrato)",
    "creditor_certificate": "Certificado de existencia y representación del acreedor",
    "power_of_attorney": "Poder especial",
    "notice_proof": "Constancia de entrega de comunicación",
    "contact_log": "Bitácora de gestión de cobro",
    "payment_agreement": "Acuerdo de pago firmado",
    "id_document": "Documento de identidad",
    "liquidation": "Liquidación del crédito",
    "email": "Correo electrónico (.eml)",
    "other": "Otro documento",
}

#: Default checklist per jurisdiction: (code, label). Stored as data, editable by an admin.
DEFAULT_CHECKLIST: dict[str, list[tuple[str, str]]] = {
    "CO": [
        ("title_scan", "Título ejecutivo escaneado y ubicación del original"),
        ("debtor_identified", "Deudor identificado (documento, dirección y origen del correo)"),
        ("not_prescribed", "Título no prescrito (o marcado para revisión)"),
        ("demand_letter", "Carta de requerimiento con constancia de entrega, o motivo para omitirla"),
        ("contact_log", "Bitácora de gestión prejurídica"),
        ("creditor_certificate", "Certificado de existencia y representación del acreedor"),
        ("power_of_attorney", "Poder especial para actuar"),
        ("liquidation", "Liquidación del crédito a la fecha de radicación"),
    ],
}
# The same requirements in the words and documents of each country: the creditor proves it exists and
# who represents it by its statute (AR), its acta constitutiva (MX) or its deed (ES), not by a chamber
# of commerce certificate; the lawyer acts by a power granted before a notary (escribano / notario) or,
# in Spain, a poder para pleitos (also apud acta); the prior demand is a carta documento (AR) or a
# burofax with content certification (ES).
DEFAULT_CHECKLIST["AR"] = [
    ("title_scan", "Título ejecutivo escaneado y ubicación del original"),
    ("debtor_identified", "Deudor identificado (DNI o CUIT, domicilio y origen del correo)"),
    ("not_prescribed", "Título no prescrito (o marcado para revisión)"),
    ("demand_letter", "Intimación de pago por carta documento con constancia de entrega, o motivo para omitirla"),
    ("contact_log", "Bitácora de gestión prejudicial"),
    ("creditor_certificate", "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades"),
    ("power_of_attorney", "Poder general o especial para juicios (escritura pública)"),
    ("liquidation", "Liquidación de la deuda a la fecha de la demanda"),
]
DEFAULT_CHECKLIST["MX"] = [
    ("title_scan", "Título ejecutivo escaneado y ubicación del original"),
    ("debtor_identified", "Deudor identificado (RFC o CURP, domicilio y origen del correo)"),
    ("not_prescribed", "Título no prescrito (o marcado para revisión)"),
    ("demand_letter", "Requerimiento extrajudicial de pago con acuse de recibo, o motivo para omitirlo"),
    ("contact_log", "Bitácora de gestión extrajudicial"),
    ("creditor_certificate", "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio"),
    ("power_of_attorney", "Poder notarial para pleitos y cobranzas"),
    ("liquidation", "Liquidación del adeudo a la fecha de presentación de la demanda"),
]
DEFAULT_CHECKLIST["ES"] = [
    ("title_scan", "Título ejecutivo escaneado y ubicación del original"),
    ("debtor_identified", "Deudor identificado (DNI, NIE o NIF, domicilio y origen del correo)"),
    ("not_prescribed", "Título no prescrito (o marcado para revisión)"),
    (
        "demand_letter",
        "Requerimiento de pago por burofax con certificación de contenido y acuse, o motivo para omitirlo",
    ),
    ("contact_log", "Bitácora de gestión prejudicial"),
    ("creditor_certificate", "Escritura de constitución del acreedor y nota simple del Registro Mercantil"),
    ("power_of_attorney", "Poder para pleitos a favor de procurador y abogado (escritura o apud acta)"),
    ("liquidation", "Liquidación de la deuda a la fecha de presentación de la demanda"),
]

# A creditor outside Colombia has no chamber of commerce «certificado de existencia y representación», and its
# lawyer acts by that country's power: these two kinds of evidence are named as the country's checklist names
# them (the same words, so «falta: …» and the evidence that satisfies it read alike).
_LOCAL_KINDS = ("creditor_certificate", "power_of_attorney")
EVIDENCE_KINDS_BY_JURISDICTION: dict[str, dict[str, str]] = {
    "CO": dict(EVIDENCE_KINDS),
    **{
        j: {**EVIDENCE_KINDS, **{code: label for code, label in items if code in _LOCAL_KINDS}}
        for j, items in DEFAULT_CHECKLIST.items()
        if j != "CO"
    },
}


def evidence_kinds(jurisdiction: str | None) -> dict[str, str]:
    """The evidence kinds (code → Spanish label) in the words of the case's country (Colombia's by default)."""
    return EVIDENCE_KINDS_BY_JURISDICTION.get((jurisdiction or "CO").upper(), EVIDENCE_KINDS)


def evidence_kind_label(kind: str, jurisdiction: str | None) -> str:
    """The Spanish label of an evidence kind in a case of `jurisdiction` (the code itself when unknown)."""
    return evidence_kinds(jurisdiction).get(kind, kind)


@dataclass(frozen=True)
class ReadinessFacts:
    """What the case file holds, as plain facts the checklist is evaluated against."""

    evidence_kinds: frozenset[str]
    title_original_location: str | None
    debtor_id_number: str | None
    debtor_address: str | None
    debtor_email: str | None
    debtor_email_source: str | None
    limitation_date: dt.date | None
    limitation_flag: str | None
    delivered_demand_letter: bool
    demand_letter_waiver: str | None
    contact_count: int
    generated_templates: frozenset[str]
    today: dt.date
    #: codeudores / avalistas with an e-mail but no record of where it came from (the demanda swears to it)
    codefendant_emails_without_source: int = 0
    #: the latest cut-off among the case's liquidations (generated or uploaded); None when unknown
    liquidation_cut_off: dt.date | None = None


@dataclass(frozen=True)
class ChecklistResult:
    """One line of the checklist: satisfied or not, and what is missing."""

    code: str
    label: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class Readiness:
    """The whole checklist for a case; `missing` holds the labels still pending."""

    items: list[ChecklistResult] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(i.ok for i in self.items)

    @property
    def missing(self) -> list[str]:
        return [f"{i.label}{': ' + i.detail if i.detail else ''}" for i in self.items if not i.ok]


#: the start of the gap of a liquidation cut in an earlier rate period (ui.labels.readiness_detail words it)
LIQUIDATION_STALE = "falta liquidación con corte reciente (la última es al "


def _check(code: str, f: ReadinessFacts) -> tuple[bool, str]:
    if code == "title_scan":
        if "title" not in f.evidence_kinds:
            return False, "falta el escaneo del título"
        if not (f.title_original_location or "").strip():
            return False, "indique dónde está el original"
        return True, ""
    if code == "debtor_identified":
        gaps = []
        if not f.debtor_id_number:
            gaps.append("documento")
        if not f.debtor_address:
            gaps.append("dirección")
        if f.debtor_email and not f.debtor_email_source:
            gaps.append("origen del correo electrónico")
        if f.codefendant_emails_without_source:
            gaps.append("origen del correo de los codeudores")
        return (not gaps, ("falta " + ", ".join(gaps)) if gaps else "")
    if code == "not_prescribed":
        if f.limitation_date is None:
            return False, "no se pudo calcular la prescripción"
        if f.limitation_date <= f.today and not f.limitation_flag:
            return False, f"prescrito desde el {f.limitation_date:%d/%m/%Y}"
        return True, ""
    if code == "demand_letter":
        if f.delivered_demand_letter or (f.demand_letter_waiver or "").strip():
            return True, ""
        return False, "sin constancia de entrega"
    if code == "contact_log":
        return (f.contact_count > 0, "" if f.contact_count else "sin gestiones registradas")
    if code == "creditor_certificate":
        return ("creditor_certificate" in f.evidence_kinds, "")
    if code == "power_of_attorney":
        ok = "power_of_attorney" in f.evidence_kinds or "poder_especial" in f.generated_templates
        return ok, ""
    if code == "liquidation":
        ok = "liquidation" in f.evidence_kinds or "liquidacion_credito" in f.generated_templates
        cut = f.liquidation_cut_off
        # The moratory rate changes every month (DOMAIN §5): a liquidation cut in an earlier rate period
        # is not one «a la fecha de radicación»; the filing packet regenerates it at its own cut-off.
        if ok and cut is not None and (cut.year, cut.month) < (f.today.year, f.today.month):
            return False, f"{LIQUIDATION_STALE}{cut:%d/%m/%Y})"
        return ok, ""
    return False, "requisito desconocido"


def evaluate(checklist: list[tuple[str, str]], facts: ReadinessFacts) -> Readiness:
    """Evaluate a checklist (code, label) against the facts of one case."""
    items = []
    for code, label in checklist:
        ok, detail = _check(code, facts)
        items.append(ChecklistResult(code, label, ok, "" if ok else detail))
    return Readiness(items)
