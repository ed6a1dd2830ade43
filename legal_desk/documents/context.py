"""Plain input data for document generation and its conversion to a Jinja context.

The services fill a `CaseDocumentData` (frozen dataclasses, no database objects); `build_context`
turns it into the dictionary the templates see, with each raw value next to its court-ready text
(`capital` next to `capital_fmt` `$ 12.500.000,00`, `capital_words`, `due_date_long`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal

from legal_desk.domain.dates import format_date_long_es, format_date_short
from legal_desk.domain.money import format_money
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


def _party(party: PartyData) -> dict[str, Any]:
    """A party with its ID written out (`id_fmt`, `id_type_es`) and its role in Spanish."""
    ctx = dataclasses.asdict(party)
    ctx["id_type_es"] = ID_TYPES_ES.get(party.id_type.upper(), (party.id_type, party.id_type))[0]
    ctx["id_fmt"] = format_id(party.id_type, party.id_number)
    ctx["role_es"] = ROLES_ES.get(party.role, party.role)
    ctx["is_company"] = party.id_type.upper() == "NIT"
    # The source of the e-mail inside a sentence («…, de la solicitud de crédito firmada»): first letter
    # in lower case unless the text starts with an acronym («RUT», «DIAN»).
    source = (party.email_source or "").strip()
    lower_first = len(source) > 1 and not source[1].isupper()
    ctx["email_source_text"] = (source[0].lower() + source[1:]) if lower_first else source
    rep_id = party.legal_representative_id
    ctx["legal_representative_id_fmt"] = format_id("CC", rep_id) if rep_id else ""
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
        "creditor": _party(data.creditor),
        "debtor": _party(data.debtor),
        "guarantors": [_party(g) for g in data.guarantors],
        "lawyer": {k: (v or "") for k, v in dataclasses.asdict(data.lawyer).items()},
        "extra": dict(data.extra),
        **_date_fields("today", data.today),
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
            **_date_fields("date", a.date),
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
            "description": e.description,
            "registry": e.registry or "",
            **_money_fields("cap", e.cap, cur),
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
    ctx["agreement"] = None
    if data.agreement is not None:
        agr = data.agreement
        ctx["agreement"] = {
            **_date_fields("signed", agr.signed),
            **_money_fields("total", agr.total, cur),
            "count": len(agr.instalments),
            "instalments": [
                {"number": i, **_date_fields("due", due), **_money_fields("amount", amount, cur)}
                for i, (due, amount) in enumerate(agr.instalments, start=1)
            ],
        }

    # Cuantía: value of the claims when the lawsuit is filed (CGP art. 26 num. 1).
    if data.liquidation is not None:
        base = data.liquidation.capital + data.liquidation.interest
    else:
        base = debt.capital
    smlmv = data.extra.get("smlmv")
    if data.jurisdiction == "CO":
        ctx.update(cuantia_co(base, data.today.year, Decimal(str(smlmv)) if smlmv is not None else None))
    else:  # the cuantía in SMLMV and the Colombian civil judges do not apply to another country's court
        ctx.update({"cuantia": "", "cuantia_judge": "", "cuantia_articles": ""})
    ctx.update(_money_fields("cuantia_base", base, cur))
    # Before filing no court is assigned yet: the lawsuit goes to the judge of the cuantía, by reparto.
    ctx["court_assigned"] = bool((data.court or "").strip())
    if not ctx["court_assigned"] and data.jurisdiction == "CO":
        ctx["court"] = reparto_court(ctx["cuantia_judge"], data.city)
    return ctx


def reparto_court(judge: str, city: str | None) -> str:
    """`Juzgado Civil Municipal de Cali (reparto)`: whom a lawsuit is addressed to before reparto."""
    words = [w if w in ("de", "del") else w.capitalize() for w in (judge or "civil").split()]
    office = "Juzgado " + " ".join(words)
    place = (city or "").strip()
    return f"{office} de {place} (reparto)" if place else f"{office} (reparto)"


# Salario mínimo legal mensual vigente by year (decrees 2613/2022, 2292/2023, 1572/2024, 1469/2025 —
# ratified by decree 0159/2026); a case may override it with `extra["smlmv"]` for a year not listed here.
SMLMV_CO = {
    2023: Decimal("1160000"),
    2024: Decimal("1300000"),
    2025: Decimal("1423500"),
    2026: Decimal("1750905"),
}


def cuantia_co(amount: Decimal, year: int, smlmv: Decimal | None = None) -> dict[str, str]:
    """Cuantía (CGP art. 25) and the competent judge for a claim: mínima ≤ 40 SMLMV < menor ≤ 150 < mayor."""
    wage = smlmv if smlmv is not None else SMLMV_CO.get(year)
    if wage is None:
        return {"cuantia": "", "cuantia_judge": "", "cuantia_articles": ""}
    if amount <= 40 * wage:
        return {"cuantia": "mínima", "cuantia_judge": "civil municipal", "cuantia_articles": "17 numeral 1"}
    if amount <= 150 * wage:
        return {"cuantia": "menor", "cuantia_judge": "civil municipal", "cuantia_articles": "18 numeral 1"}
    return {"cuantia": "mayor", "cuantia_judge": "civil del circuito", "cuantia_articles": "20 numeral 1"}
