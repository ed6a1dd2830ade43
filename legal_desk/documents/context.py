"""Plain input data for document generation and its conversion to a Jinja context.

The services fill a `CaseDocumentData` (frozen dataclasses, no database objects); `build_context`
turns it into the dictionary the templates see, with each raw value next to its court-ready text
(`capital` next to `capital_fmt` `$ 12.500.000,00`, `capital_words`, `due_date_long`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import format_decimal

from legal_desk.domain.calendar import jurisdiction_data
from legal_desk.domain.dates import format_date_long_es, format_date_short
from legal_desk.domain.ids import is_legal_person, representative_id
from legal_desk.domain.money import format_money
from legal_desk.domain.text import fold
from legal_desk.domain.words import amount_in_words_es, legal_amount_es

LOCALE = "es_CO"

ID_TYPES_ES = {
    "CC": ("cédula de ciudadanía", "C.C."),
    "CE": ("cédula de extranjería", "C.E."),
    "NIT": ("NIT", "NIT"),
    "PP": ("pasaporte", "P.P."),
    "TI": ("tarjeta de identidad", "T.I."),
    "DNI": ("documento nacional de identidad", "DNI"),
    "CUIT": ("CUIT/CUIL", "CUIT"),
    "NIE": ("número de identidad de extranjero", "NIE"),
    "NIF": ("número de identificación fiscal", "NIF"),
    "RFC": ("registro federal de contribuyentes", "RFC"),
    "CURP": ("clave única de registro de población", "CURP"),
}
TITLE_TYPES_ES = {
    "pagare": "pagaré",
    "letra": "letra de cambio",
    "factura": "factura",
    "cheque": "cheque",
    "contrato": "contrato",
}
# Each title with its article (a factura is feminine: «la factura», never «el factura») and what the
# debtors did with it, singular and plural: a pagaré is signed, a letra or a factura accepted, a cheque drawn.
TITLE_GRAMMAR_ES = {
    "pagare": ("el pagaré", "suscribió", "suscribieron"),
    "letra": ("la letra de cambio", "aceptó", "aceptaron"),
    "factura": ("la factura", "aceptó", "aceptaron"),
    "cheque": ("el cheque", "giró", "giraron"),
    "contrato": ("el contrato", "celebró", "celebraron"),
}
ROLES_ES = {
    "creditor": "acreedor",
    "debtor": "deudor",
    "guarantor": "codeudor",
}
ASSET_TYPES_ES = {
    "account": "dineros depositados en cuentas bancarias",
    "salary": "salario",
    "vehicle": "vehículo automotor",
    "real_estate": "bien inmueble",
    "shares": "acciones y participaciones",
}
# The measure each kind of asset takes: money in accounts and wages are seized and withheld (CGP art. 593
# nums. 9 and 10), goods are seized and then taken into custody by a secuestre (art. 595).
MEASURES_ES = {
    "account": "embargo y retención",
    "salary": "embargo y retención",
}
HEARING_TYPES_ES = {
    "initial": "audiencia inicial (art. 372 CGP)",
    "instruction": "audiencia de instrucción y juzgamiento (art. 373 CGP)",
}

# Spanish names of the fields a template may require (dotted paths of CaseDocumentData).
_OWNER_ES = {
    "creditor": "del acreedor",
    "debtor": "del deudor",
    "lawyer": "del apoderado",
    "debt": "de la obligación",
    "liquidation": "de la liquidación",
    "agreement": "del acuerdo de pago",
    "defendants": "de los demandados",
}
_FIELD_ES = {
    "name": "nombre",
    "id_type": "tipo de documento",
    "id_number": "número de documento",
    "address": "dirección",
    "city": "ciudad",
    "email": "correo electrónico",
    "email_source": "origen del correo electrónico (artículo 8 de la Ley 2213 de 2022)",
    "phone": "teléfono",
    "legal_representative": "representante legal",
    "legal_representative_id": "documento del representante legal",
    "professional_card": "tarjeta profesional",
    "capital": "capital",
    "currency": "moneda",
    "due_date": "fecha de vencimiento",
    "title_type": "tipo de título",
    "title_number": "número del título",
    "issue_date": "fecha de creación del título",
    "agreed_rate": "tasa de mora pactada",
    "original_location": "lugar donde reposa el original",
    "rows": "tramos",
    "allocations": "abonos imputados hasta la fecha de corte",
    "as_of": "fecha de corte",
    "signed": "fecha de firma",
    "instalments": "cuotas",
    "total": "total",
}
_TOP_ES = {
    "case_id": "identificador del caso",
    "account_ref": "número de obligación",
    "jurisdiction": "jurisdicción",
    "court": "juzgado",
    "city": "ciudad del proceso",
    "radicado": "radicado",
    "creditor": "acreedor",
    "debtor": "deudor",
    "guarantors": "codeudores",
    "defendants": "demandados",
    "debt": "obligación",
    "lawyer": "apoderado",
    "liquidation": "liquidación del crédito",
    "annexes": "anexos (pruebas)",
    "payments": "abonos recibidos",
    "embargoes": "bienes a embargar",
    "agreement": "acuerdo de pago",
    "hearings": "audiencias",
    "today": "fecha del documento",
}


# The same names in English (the desktop interface in English; the refusals' `Text`).
_OWNER_EN = {
    "creditor": "of the creditor",
    "debtor": "of the debtor",
    "lawyer": "of the attorney",
    "debt": "of the obligation",
    "liquidation": "of the liquidation",
    "agreement": "of the payment agreement",
    "defendants": "of the defendants",
}
_FIELD_EN = {
    "name": "name",
    "id_type": "document type",
    "id_number": "document number",
    "address": "address",
    "city": "city",
    "email": "e-mail",
    "email_source": "source of the e-mail address (article 8 of Ley 2213 of 2022)",
    "phone": "phone",
    "legal_representative": "legal representative",
    "legal_representative_id": "legal representative's document",
    "professional_card": "professional card",
    "capital": "principal",
    "currency": "currency",
    "due_date": "due date",
    "title_type": "title type",
    "title_number": "title number",
    "issue_date": "issue date of the title",
    "agreed_rate": "agreed default rate",
    "original_location": "place where the original is kept",
    "rows": "periods",
    "allocations": "payments applied up to the cut-off date",
    "as_of": "cut-off date",
    "signed": "signing date",
    "instalments": "instalments",
    "total": "total",
}
_TOP_EN = {
    "case_id": "case identifier",
    "account_ref": "account number",
    "jurisdiction": "jurisdiction",
    "court": "court",
    "city": "city of the proceedings",
    "radicado": "court file number",
    "creditor": "creditor",
    "debtor": "debtor",
    "guarantors": "co-debtors",
    "defendants": "defendants",
    "debt": "obligation",
    "lawyer": "attorney",
    "liquidation": "debt liquidation",
    "annexes": "annexes (evidence)",
    "payments": "payments received",
    "embargoes": "assets to attach",
    "agreement": "payment agreement",
    "hearings": "hearings",
    "today": "date of the document",
}


def field_label_en(path: str) -> str:
    """English name of a dotted field path: `debtor.address` → `address of the debtor`."""
    head, _, rest = path.partition(".")
    if not rest:
        return _TOP_EN.get(head, head)
    leaf = rest.split(".")[-1]
    return f"{_FIELD_EN.get(leaf, leaf)} {_OWNER_EN.get(head, 'of the ' + _TOP_EN.get(head, head))}"


def field_label_es(path: str) -> str:
    """Spanish name of a dotted field path: `debtor.address` → `dirección del deudor`."""
    head, _, rest = path.partition(".")
    if not rest:
        return _TOP_ES.get(head, head)
    leaf = rest.split(".")[-1]
    return f"{_FIELD_ES.get(leaf, leaf)} {_OWNER_ES.get(head, 'de ' + _TOP_ES.get(head, head))}"


@dataclass(frozen=True)
class PartyData:
    """A party (*parte*): creditor, debtor or guarantor (*codeudor*)."""

    name: str
    id_type: str
    id_number: str
    address: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    role: str = "debtor"
    legal_representative: str | None = None
    legal_representative_id: str | None = None
    #: How the e-mail address was obtained: sworn to in the demanda (Ley 2213 de 2022, art. 8).
    email_source: str | None = None


@dataclass(frozen=True)
class DebtData:
    """The obligation and its enforceable title (*título ejecutivo*)."""

    capital: Decimal
    currency: str
    due_date: dt.date
    title_type: str
    title_number: str | None = None
    issue_date: dt.date | None = None
    agreed_rate: Decimal | None = None
    original_location: str | None = None


@dataclass(frozen=True)
class LiquidationRow:
    """One stretch of the liquidation: same rate and same capital (*tramo*)."""

    start: dt.date
    end: dt.date
    days: int
    annual_rate: Decimal
    capital_base: Decimal
    interest: Decimal


@dataclass(frozen=True)
class AllocationData:
    """How one payment was applied (CC art. 1653): to costs, then interest, then capital."""

    date: dt.date
    amount: Decimal
    to_costs: Decimal
    to_interest: Decimal
    to_capital: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class LiquidationData:
    """A computed credit liquidation (*liquidación del crédito*, CGP art. 446).

    `capital` and `interest` are what is still owed at `as_of`; `interest_accrued` is all the interest
    of the stretches (None: same as `interest`, no payment went to interest) and `allocations` says
    how each payment was applied.
    """

    as_of: dt.date
    rows: list[LiquidationRow]
    capital: Decimal
    interest: Decimal
    payments: Decimal
    costs: Decimal
    total: Decimal
    interest_accrued: Decimal | None = None
    allocations: list[AllocationData] = field(default_factory=list)
    #: The day basis of the daily rate (365 or 360, a setting) and whether the agreed rate was capped by the
    #: table's maximum in some period: the «Forma de cálculo» says which rate and formula the rows used.
    day_basis: int = 365
    capped: bool = False


@dataclass(frozen=True)
class AnnexData:
    """A piece of evidence listed as an annex (*anexo*)."""

    number: int
    title: str
    description: str | None = None
    sha256: str | None = None
    date: dt.date | None = None
    #: The evidence kind (`title`, `power_of_attorney`, …): each template annexes only the kinds it needs.
    kind: str = "other"


@dataclass(frozen=True)
class PaymentData:
    """A payment received (*abono*)."""

    date: dt.date
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class HearingData:
    """A hearing (*audiencia*) set by the court."""

    kind: str
    when: dt.datetime
    place: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class EmbargoData:
    """An asset to attach (*embargo y secuestro*)."""

    asset_type: str
    description: str
    registry: str | None = None
    cap: Decimal | None = None


@dataclass(frozen=True)
class AgreementData:
    """A payment agreement (*acuerdo de pago*): signing date and instalments `(due, amount)`."""

    signed: dt.date
    instalments: list[tuple[dt.date, Decimal]]
    total: Decimal
    #: The liquidation of the debt on the signing day (None: it cannot be computed): what the debtor owed then.
    #: An agreement for less is a settlement with a discount, which the document must say (CC art. 1711 on
    #: remisión, art. 2469 on transacción).
    owed: LiquidationData | None = None


@dataclass(frozen=True)
class LawyerData:
    """The creditor's lawyer (*apoderado*)."""

    name: str
    id_number: str
    professional_card: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class CaseDocumentData:
    """Everything a case document may need; the services build it, templates read it."""

    case_id: str
    account_ref: str
    jurisdiction: str
    court: str | None
    city: str | None
    radicado: str | None
    creditor: PartyData
    debtor: PartyData
    guarantors: list[PartyData]
    debt: DebtData
    lawyer: LawyerData
    liquidation: LiquidationData | None = None
    annexes: list[AnnexData] = field(default_factory=list)
    payments: list[PaymentData] = field(default_factory=list)
    embargoes: list[EmbargoData] = field(default_factory=list)
    agreement: AgreementData | None = None
    hearings: list[HearingData] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    extra: dict[str, Any] = field(default_factory=dict)
    #: The debtor has been served the payment order (stage DEBTOR_SERVED or later, or a service recorded)
    #: and, when known, the day the service took effect.
    served: bool = False
    served_on: dt.date | None = None
    #: The auto que ordena seguir adelante la ejecución (or the sentencia on the defences) is in the file: stage
    #: ORDER_TO_PROCEED or later, or an agreement suspended a case at one of them. The liquidation of CGP art.
    #: 446, with its three days' traslado, is presented only then; before, a liquidation is for information.
    execution_ordered: bool = False
    #: The SMLMV by year and the Pequeñas Causas cities the desk uses (the firm's values over the
    #: program's, services.legal_data); None: the program's own (resources/jurisdictions/CO.json).
    minimum_wages: dict[int, Decimal] | None = None
    small_claims_cities: tuple[str, ...] | None = None


def liquidation_data(liq: Any) -> LiquidationData:
    """A `LiquidationData` from the liquidation engine's result (`legal_desk.domain.interest.Liquidation`): the
    documents carry exactly the figures of the app's liquidation, each payment with its split."""
    return LiquidationData(
        as_of=liq.as_of,
        rows=[
            LiquidationRow(s.start, s.end, s.days, s.annual_rate, s.capital_base, s.interest) for s in liq.stretches
        ],
        capital=liq.capital_outstanding,
        interest=liq.interest_unpaid,
        payments=liq.payments_total,
        costs=liq.costs_outstanding,
        total=liq.total,
        interest_accrued=liq.interest_accrued,
        allocations=[
            AllocationData(a.date, a.amount, a.to_costs, a.to_interest, a.to_capital, a.reference or None)
            for a in liq.allocations
        ],
        day_basis=liq.day_basis,
        capped=liq.agreed_annual_rate is not None
        and any(s.annual_rate != liq.agreed_annual_rate for s in liq.stretches),
    )


def liquidation_kind(data: CaseDocumentData) -> str:
    """Which liquidation a document of the case presents (DOMAIN.md §2 and §8).

    `filing`: no radicado yet, the liquidation at the filing date that goes with the demanda; `art446`: the
    order to proceed is in the file, the liquidation of CGP art. 446 with its traslado; `informative`: a filed
    case before that order (payment order issued, debtor served, defences pending), an updated liquidation the
    court can only take into account, since art. 446 num. 1 opens the liquidation once the order is final.
    """
    if not (data.radicado or "").strip():
        return "filing"
    return "art446" if data.execution_ordered else "informative"


def get_path(data: Any, path: str) -> Any:
    """Value of a dotted path (`debtor.address`) on the data; None when any step is missing."""
    value = data
    for part in path.split("."):
        if value is None:
            return None
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    return value


def missing_fields(data: CaseDocumentData, required: list[str]) -> list[str]:
    """The required dotted paths whose value is None, blank text or an empty list.

    `defendants.email_source` is special: missing when a debtor or codeudor has an e-mail address but
    no record of how it was obtained, which the demanda must swear to (Ley 2213 de 2022, art. 8).
    """
    missing = []
    for path in required:
        if path == "defendants.email_source":
            defendants = [data.debtor, *data.guarantors]
            if any((d.email or "").strip() and not (d.email_source or "").strip() for d in defendants):
                missing.append(path)
            continue
        value = get_path(data, path)
        blank_text = isinstance(value, str) and not value.strip()
        empty = isinstance(value, list | tuple | dict) and not value
        if value is None or blank_text or empty:
            missing.append(path)
    return missing


def format_rate(rate: Decimal | None) -> str:
    """`30,00 %` (effective annual rate in percent)."""
    if rate is None:
        return ""
    return f"{format_decimal(rate, format='#,##0.00', locale=LOCALE)} %"


def format_id(id_type: str, id_number: str) -> str:
    """`C.C. 79.123.456`, `NIT 900.123.456-8`: the way IDs appear in filings."""
    _long, short = ID_TYPES_ES.get(id_type.upper(), (id_type, id_type))
    number = id_number.strip()
    main, dash, check = number.partition("-")
    if main.isdigit() and id_type.upper() in {"CC", "NIT", "CE", "TI"}:
        number = format_decimal(int(main), format="#,##0", locale=LOCALE) + (dash + check if dash else "")
    return f"{short} {number}"


def _date_fields(prefix: str, day: dt.date | None) -> dict[str, Any]:
    """`x`, `x_long` and `x_short` for a date (blank text when missing)."""
    return {
        prefix: day,
        f"{prefix}_long": format_date_long_es(day) if day else "",
        f"{prefix}_short": format_date_short(day),
    }


def _money_fields(prefix: str, amount: Decimal | None, currency: str) -> dict[str, Any]:
    """`x`, `x_fmt`, `x_words` (words and figures) and `x_words_plain` for an amount."""
    if amount is None:
        return {prefix: None, f"{prefix}_fmt": "", f"{prefix}_words": "", f"{prefix}_words_plain": ""}
    return {
        prefix: amount,
        f"{prefix}_fmt": format_money(amount, currency),
        f"{prefix}_words": legal_amount_es(amount, currency),
        f"{prefix}_words_plain": amount_in_words_es(amount, currency),
    }


def _embargo_limit(e: EmbargoData, liq: LiquidationData | None, jurisdiction: str, cur: str) -> dict[str, Any]:
    """`limit…` (the figure the request asks to limit the measure to) and `limit_is_legal`.

    Money in bank accounts may be seized only up to the credit and the costs plus fifty per cent (CGP art.
    593 num. 10): with a liquidation, that ceiling is the limit when the case has no cap for the measure or
    a higher one (a request above it is cut down by the judge). Other measures keep the case's cap.
    """
    legal = None
    if jurisdiction == "CO" and e.asset_type == "account" and liq is not None:
        legal = (liq.total * Decimal("1.5")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if legal is not None and (e.cap is None or e.cap > legal):
        return {**_money_fields("limit", legal, cur), "limit_is_legal": True}
    return {**_money_fields("limit", e.cap, cur), "limit_is_legal": False}


def representative_id_fmt(jurisdiction: str | None, raw: str) -> str:
    """A creditor's legal representative's document as a filing of `jurisdiction` writes it: `C.C. 52.345.678`
    in Colombia, `DNI 12.345.678` in Argentina, `DNI 12345678Z` / `NIE X1234567L` in Spain, `CURP …` in Mexico.
    A number that is none of that country's personal documents is printed as typed (it said «C.C.» for all)."""
    if (jurisdiction or "CO").upper() == "CO":
        return format_id("CC", raw)
    found = representative_id(jurisdiction, raw)
    return format_id(*found) if found else raw.strip()


def _party(party: PartyData, jurisdiction: str | None = "CO") -> dict[str, Any]:
    """A party with its ID written out (`id_fmt`, `id_type_es`) and its role in Spanish."""
    ctx = dataclasses.asdict(party)
    ctx["id_type_es"] = ID_TYPES_ES.get(party.id_type.upper(), (party.id_type, party.id_type))[0]
    ctx["id_fmt"] = format_id(party.id_type, party.id_number)
    ctx["role_es"] = ROLES_ES.get(party.role, party.role)
    # «persona jurídica» or «mayor de edad»: a company by its country's ID rules (CUIT 30…, a 12-character RFC,
    # a NIF of an entity), not only a Colombian NIT
    ctx["is_company"] = is_legal_person(party.id_type, party.id_number)
    # The source of the e-mail inside a sentence («(origen: la solicitud de crédito firmada…)»).
    ctx["email_source_text"] = mid_sentence(party.email_source)
    rep_id = party.legal_representative_id
    ctx["legal_representative_id_fmt"] = representative_id_fmt(jurisdiction, rep_id) if rep_id else ""
    for key in ("address", "city", "email", "phone", "legal_representative", "legal_representative_id",
                "email_source"):
        ctx[key] = ctx[key] or ""
    return ctx


def build_context(data: CaseDocumentData) -> dict[str, Any]:
    """The Jinja context for a case: raw values plus `_fmt`, `_words`, `_long` texts."""
    cur = data.debt.currency
    debt = data.debt
    noun = TITLE_TYPES_ES.get(debt.title_type, debt.title_type)
    grammar = TITLE_GRAMMAR_ES.get(debt.title_type, (f"el {noun}", "suscribió", "suscribieron"))
    ctx: dict[str, Any] = {
        "case_id": data.case_id,
        "account_ref": data.account_ref,
        "jurisdiction": data.jurisdiction,
        "court": data.court or "",
        "city": data.city or "",
        "radicado": data.radicado or "",
        "creditor": _party(data.creditor, data.jurisdiction),
        "debtor": _party(data.debtor),
        "guarantors": [_party(g) for g in data.guarantors],
        "lawyer": {k: (v or "") for k, v in dataclasses.asdict(data.lawyer).items()},
        "extra": dict(data.extra),
        **_date_fields("today", data.today),
        "execution_ordered": data.execution_ordered,
        "liquidation_kind": liquidation_kind(data),
    }
    ctx["defendants"] = [ctx["debtor"], *ctx["guarantors"]]
    ctx["lawyer"]["id_fmt"] = format_id("CC", data.lawyer.id_number)

    debt_ctx: dict[str, Any] = {
        "currency": cur,
        "title_type": debt.title_type,
        "title_type_es": TITLE_TYPES_ES.get(debt.title_type, debt.title_type),
        # «el pagaré» / «la factura», and «suscribió» / «aceptaron»… for the facts of the demanda.
        "title_the": grammar[0],
        "title_verb": grammar[1],
        "title_verb_plural": grammar[2],
        "title_number": debt.title_number or "",
        "agreed_rate": debt.agreed_rate,
        "agreed_rate_fmt": format_rate(debt.agreed_rate),
        "original_location": debt.original_location or "",
        # Inside «El original reposa en …»: «la bóveda de títulos…», never «en Bóveda de títulos…».
        "original_location_text": mid_sentence(debt.original_location),
        "interest_from": debt.due_date + dt.timedelta(days=1),
        "interest_from_long": format_date_long_es(debt.due_date + dt.timedelta(days=1)),
        **_money_fields("capital", debt.capital, cur),
        **_date_fields("due_date", debt.due_date),
        **_date_fields("issue_date", debt.issue_date),
    }
    ctx["debt"] = debt_ctx
    # Shortcuts used in most templates.
    ctx.update({k: debt_ctx[k] for k in ("capital", "capital_fmt", "capital_words", "due_date_long")})

    ctx["liquidation"] = None
    if data.liquidation is not None:
        liq = data.liquidation
        accrued = liq.interest_accrued if liq.interest_accrued is not None else liq.interest
        to_capital = sum((a.to_capital for a in liq.allocations), Decimal("0"))
        to_interest = sum((a.to_interest for a in liq.allocations), Decimal("0"))
        to_costs = sum((a.to_costs for a in liq.allocations), Decimal("0"))
        rows = [
            {
                "number": i,
                **_date_fields("start", r.start),
                **_date_fields("end", r.end),
                "days": r.days,
                "annual_rate": r.annual_rate,
                "annual_rate_fmt": format_rate(r.annual_rate),
                "capital_base": r.capital_base,
                "capital_base_fmt": format_money(r.capital_base, cur),
                "interest": r.interest,
                "interest_fmt": format_money(r.interest, cur),
            }
            for i, r in enumerate(liq.rows, start=1)
        ]
        ctx["liquidation"] = {
            "rows": rows,
            "days": sum(r.days for r in liq.rows),
            **_date_fields("as_of", liq.as_of),
            **_date_fields("after_as_of", liq.as_of + dt.timedelta(days=1)),
            **_money_fields("capital", liq.capital, cur),
            **_money_fields("interest", liq.interest, cur),
            # Interest of all the stretches (the table's total) and how the payments were applied.
            **_money_fields("interest_accrued", accrued, cur),
            **_money_fields("paid_to_interest", to_interest, cur),
            **_money_fields("paid_to_capital", to_capital, cur),
            **_money_fields("paid_to_costs", to_costs, cur),
            # the costs before the payments went to them: the summary shows costs − payments = pending
            **_money_fields("costs_incurred", liq.costs + to_costs, cur),
            "capital_reduced": liq.capital < debt.capital,
            "day_basis": liq.day_basis,
            "capped": liq.capped,
            "allocations": [
                {
                    "number": i,
                    "reference": a.reference or "",
                    **_date_fields("date", a.date),
                    **_money_fields("amount", a.amount, cur),
                    **_money_fields("to_costs", a.to_costs, cur),
                    **_money_fields("to_interest", a.to_interest, cur),
                    **_money_fields("to_capital", a.to_capital, cur),
                }
                for i, a in enumerate(liq.allocations, start=1)
            ],
            **_money_fields("payments", liq.payments, cur),
            **_money_fields("costs", liq.costs, cur),
            **_money_fields("total", liq.total, cur),
        }

    ctx["annexes"] = [
        {
            "number": a.number,
            "title": a.title,
            "description": a.description or "",
            "sha256": a.sha256 or "",
            "sha256_short": (a.sha256 or "")[:12],
            "kind": a.kind,
            # The title's date is the day it was issued (the one the facts of the demanda state), not the
            # day it was scanned or handed over: «Pagaré …, de fecha 22 de septiembre de 2026» under a fact
            # «el pagaré …, de fecha 26 de julio de 2025» is two dates for one title (CCo art. 621).
            **_date_fields("date", debt.issue_date if a.kind == "title" and debt.issue_date else a.date),
        }
        for a in data.annexes
    ]
    ctx["payments"] = [
        {
            "number": i,
            "reference": p.reference or "",
            **_date_fields("date", p.date),
            **_money_fields("amount", p.amount, cur),
        }
        for i, p in enumerate(data.payments, start=1)
    ]
    ctx.update(_money_fields("payments_total", sum((p.amount for p in data.payments), Decimal("0")), cur))
    ctx["embargoes"] = [
        {
            "number": i,
            "asset_type": e.asset_type,
            "asset_type_es": ASSET_TYPES_ES.get(e.asset_type, e.asset_type),
            # money and wages are «embargados y retenidos»; goods are «embargados y secuestrados»
            "measure_es": MEASURES_ES.get(e.asset_type, "embargo y secuestro"),
            "description": e.description,
            "registry": e.registry or "",
            **_money_fields("cap", e.cap, cur),
            **_embargo_limit(e, data.liquidation, data.jurisdiction, cur),
        }
        for i, e in enumerate(data.embargoes, start=1)
    ]
    ctx["hearings"] = [
        {
            "kind": h.kind,
            "kind_es": HEARING_TYPES_ES.get(h.kind, h.kind),
            "when": h.when,
            "when_long": f"{format_date_long_es(h.when.date())} a las {h.when:%H:%M}",
            "place": h.place or "",
            "outcome": h.outcome or "",
        }
        for h in data.hearings
    ]
    # Whether the payment order has been served on the debtor: the embargo request is worded for it.
    ctx["service"] = {"served": data.served or data.served_on is not None, **_date_fields("date", data.served_on)}
    ctx["agreement"] = None
    if data.agreement is not None:
        agr = data.agreement
        ctx["agreement"] = {
            **_date_fields("signed", agr.signed),
            **_money_fields("total", agr.total, cur),
            "count": len(agr.instalments),
            "owed": None,
            "discount": None,
            "instalments": [
                {"number": i, **_date_fields("due", due), **_money_fields("amount", amount, cur)}
                for i, (due, amount) in enumerate(agr.instalments, start=1)
            ],
        }
        if agr.owed is not None:
            owed = agr.owed
            ctx["agreement"]["owed"] = {
                **_money_fields("capital", owed.capital, cur),
                **_money_fields("interest", owed.interest, cur),
                **_money_fields("costs", owed.costs, cur),
                **_money_fields("total", owed.total, cur),
            }
            if agr.total < owed.total:  # the creditor forgives the rest, once every instalment is paid
                ctx["agreement"].update(_money_fields("discount", owed.total - agr.total, cur))

    # Cuantía: value of the claims when the lawsuit is filed (CGP art. 26 num. 1).
    if data.liquidation is not None:
        base = data.liquidation.capital + data.liquidation.interest
    else:
        base = debt.capital
    smlmv = data.extra.get("smlmv")
    # the wage of the year the claims are valued in: the liquidation's cut-off (the filing date), else today
    year = data.liquidation.as_of.year if data.liquidation is not None else data.today.year
    if smlmv is None and data.minimum_wages is not None:
        smlmv = data.minimum_wages.get(year)
    if data.jurisdiction == "CO":
        ctx.update(cuantia_co(base, year, Decimal(str(smlmv)) if smlmv is not None else None,
                              city=data.city, court=data.court, small_claims_cities=data.small_claims_cities))
    else:  # the cuantía in SMLMV and the Colombian civil judges do not apply to another country's court
        ctx.update(dict.fromkeys(_CUANTIA_KEYS, ""))
    ctx.update(_money_fields("cuantia_base", base, cur))
    # Before filing no court is assigned yet: the lawsuit goes to the judge of the cuantía, by reparto.
    ctx["court_assigned"] = bool((data.court or "").strip())
    if not ctx["court_assigned"] and data.jurisdiction == "CO":
        ctx["court"] = reparto_court(ctx["cuantia_office"], data.city)
    return ctx


# How a free text may start when it is not a name: a sentence that goes on with the text writes these
# words in lower case («El original reposa en la bóveda…», «(origen: el formulario…)»). Anything else
# («Bancolombia», «Banco de Bogotá», «DIAN», «Juan Pérez») keeps its capital.
_FUNCTION_TEXT = """
    el la los las lo un una unos unas al del su sus mi mis nuestro nuestra nuestros nuestras este esta
    estos estas ese esa dicho dicha en con por para según desde sobre
"""
_NOUNS_TEXT = """
    bóveda bóvedas caja cajas custodia archivo archivos oficina oficinas sede sucursal agencia instalaciones
    depósito expediente carpeta poder manos original originales copia copias título títulos físico
    formulario formato solicitud solicitudes correo correos carta cartas contrato contratos pagaré factura
    documento documentos certificado certificación consulta respuesta mensaje mensajes comunicación
    información datos dirección hoja historia base bases registro registros sistema plataforma página
    sitio portal aplicación llamada conversación chat declaración escrito entrevista visita notificación
    actualización vinculación apertura
"""
_FUNCTION_WORDS = frozenset(fold(w) for w in _FUNCTION_TEXT.split())
_COMMON_NOUNS = frozenset(fold(w) for w in _NOUNS_TEXT.split())


def mid_sentence(text: str | None) -> str:
    """A free text as it continues a sentence: first letter in lower case when the first word is a
    common word (`Bóveda de títulos del banco` → `bóveda de títulos del banco`, `La solicitud…` →
    `la solicitud…`), unchanged when the text starts with a name or an acronym (`Banco de Bogotá`,
    `RUT de la empresa`, `Archivo General de la Nación`, `Caja Social`)."""
    clean = (text or "").strip()
    words = clean.split()
    if not words:
        return clean
    first = fold(words[0].strip(".,;:()«»\"'"))
    if not words[0][:1].isupper() or words[0][1:] != words[0][1:].lower():
        return clean  # already in lower case, or an acronym («RUT», «DIAN»)
    if first in _FUNCTION_WORDS:
        return clean[0].lower() + clean[1:]  # «El Banco Andino» → «el Banco Andino»
    if first not in _COMMON_NOUNS:
        return clean
    if len(words) > 1 and words[1][:1].isupper():
        return clean  # a name of several capitalised words: «Caja Social», «Archivo General de la Nación»
    return clean[0].lower() + clean[1:]


_CUANTIA_KEYS = ("cuantia", "cuantia_judge", "cuantia_judges", "cuantia_office", "cuantia_articles",
                 "cuantia_instance",
                 "cuantia_smlmv", "cuantia_smlmv_year", "cuantia_smlmv_fmt", "cuantia_rule")

# The three kinds of court a Colombian civil lawsuit goes to by cuantía (CGP arts. 17, 18, 20 and 25).
_SMALL_CLAIMS = "Juzgado de Pequeñas Causas y Competencia Múltiple"
_MUNICIPAL = "Juzgado Civil Municipal"
_CIRCUIT = "Juzgado Civil del Circuito"


def reparto_court(office: str, city: str | None) -> str:
    """`Juzgado Civil Municipal de Cali (reparto)`: whom a lawsuit is addressed to before reparto."""
    office = office or "Juzgado Civil"
    place = (city or "").strip()
    return f"{office} de {place} (reparto)" if place else f"{office} (reparto)"


def smlmv_co(year: int) -> Decimal | None:
    """The salario mínimo legal mensual vigente of a year, from resources/jurisdictions/CO.json."""
    table = jurisdiction_data("CO").get("minimum_wage", {}).get("by_year", {})
    value = table.get(str(year))
    return Decimal(str(value)) if value is not None else None


def _city_key(city: str | None) -> str:
    """`Bogotá D.C.`, `bogota, d.c.` and `Bogotá` are the same city for the list of courts."""
    words = fold(city).replace(",", " ").replace(".", " ").split()
    while words and words[-1] in {"d", "c", "dc"}:
        words.pop()
    return " ".join(words)


def has_small_claims_courts(city: str | None, cities: Sequence[str] | None = None) -> bool:
    """Whether the city has Juzgados de Pequeñas Causas y Competencia Múltiple: in `cities` (the desk's
    list, services.legal_data), or in the program's list in CO.json when none is given."""
    if cities is None:
        cities = jurisdiction_data("CO").get("small_claims_courts", {}).get("cities", [])
    key = _city_key(city)
    return bool(key) and key in {_city_key(c) for c in cities}


def _typed_office(court: str | None) -> str | None:
    """The kind of court the user typed on the case, if the name says it; it wins over the city list."""
    name = fold(court)
    if "pequenas causas" in name:
        return _SMALL_CLAIMS
    if "circuito" in name:
        return _CIRCUIT
    if "municipal" in name:
        return _MUNICIPAL
    return None


def cuantia_co(amount: Decimal, year: int, smlmv: Decimal | None = None, *, city: str | None = None,
               court: str | None = None, small_claims_cities: Sequence[str] | None = None) -> dict[str, str]:
    """Cuantía (CGP art. 25) and the competent judge for a claim: mínima ≤ 40 SMLMV < menor ≤ 150 < mayor.

    A mínima cuantía claim goes, in única instancia, to the Juzgado de Pequeñas Causas y Competencia
    Múltiple where the city has one (art. 17 parágrafo), else to the Juzgado Civil Municipal (art. 17
    num. 1); menor cuantía to the Juzgado Civil Municipal (art. 18 num. 1) and mayor to the Juzgado Civil
    del Circuito (art. 20 num. 1), both in primera instancia. The court typed on the case wins.
    """
    wage = smlmv if smlmv is not None else smlmv_co(year)
    if wage is None or wage <= 0:
        return dict.fromkeys(_CUANTIA_KEYS, "")
    in_wages = (amount / wage).quantize(Decimal("0.01"))
    typed = _typed_office(court)
    if amount <= 40 * wage:
        small = typed == _SMALL_CLAIMS or (typed is None and has_small_claims_courts(city, small_claims_cities))
        kind, instance, rule = "mínima", "única", "no excede de 40 SMLMV"
        office = _SMALL_CLAIMS if small else _MUNICIPAL
        judge = "de pequeñas causas y competencia múltiple" if small else "civil municipal"
        judges = "de pequeñas causas y competencia múltiple" if small else "civiles municipales"
        articles = "17, numeral 1 y parágrafo," if small else "17, numeral 1,"
    elif amount <= 150 * wage:
        kind, instance, rule = "menor", "primera", "excede de 40 SMLMV sin pasar de 150"
        office, judge, judges, articles = _MUNICIPAL, "civil municipal", "civiles municipales", "18, numeral 1,"
    else:
        kind, instance, rule = "mayor", "primera", "excede de 150 SMLMV"
        office, judge, judges, articles = _CIRCUIT, "civil del circuito", "civiles del circuito", "20, numeral 1,"
    return {
        "cuantia": kind,
        "cuantia_judge": judge,
        "cuantia_judges": judges,  # «corresponde a los jueces civiles municipales»
        "cuantia_office": office,
        "cuantia_articles": articles,
        "cuantia_instance": instance,
        "cuantia_smlmv": format_decimal(in_wages, format="#,##0.00", locale=LOCALE),
        "cuantia_smlmv_year": str(year),
        "cuantia_smlmv_fmt": format_money(wage, "COP"),
        "cuantia_rule": rule,
    }
