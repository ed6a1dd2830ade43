"""Case files: handover, the docket (paged search), the whole case file, stage changes, assignment."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, literal_column, or_, select, text, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from legal_desk.db import search
from legal_desk.db.models import (
    AuditEvent,
    Case,
    CaseEvent,
    ChecklistItem,
    Client,
    ContactAttempt,
    Debt,
    Embargo,
    Evidence,
    GeneratedDocument,
    Hearing,
    Instalment,
    Notice,
    Party,
    Payment,
    PaymentAgreement,
    SettlementOffer,
    Task,
    User,
    utcnow,
)
from legal_desk.domain import messages as M
from legal_desk.domain import readiness as rd
from legal_desk.domain.contact_rules import bureau_report_from, outcome_code
from legal_desk.domain.ids import CREDITOR_ID_TYPE, IdError, normalize_id, normalize_id_type, normalize_radicado
from legal_desk.domain.interest import EFFECTIVE, MAX_ANNUAL_RATE, rate_convention
from legal_desk.domain.lifecycle import (
    CLOSED_STAGES,
    LAWYER_ONLY_TARGETS,
    STAGE_LABELS_ES,
    Stage,
    TransitionError,
    allowed_transitions,
    check_transition,
    reopen_targets,
    stage_term,
)
from legal_desk.domain.limitation import NOT_TOLLED, FilingFacts, Tolling, filing_tolling, filing_tolling_es
from legal_desk.domain.messages import Series, Summary, Term, Text, label_term, text_of
from legal_desk.domain.money import ZERO, AmountError, check_amount_range, parse_amount, to_json
from legal_desk.domain.offers import offer_status
from legal_desk.domain.permissions import ROLE_LABELS_ES, Action, Role, legal_has_it, stage_move_action
from legal_desk.services import actuaciones, audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from legal_desk.services.legal import CalendarSet, calendar_for, compute_limitation, filing_facts, in_court_time

TITLE_TYPES = {
    "pagare": "Pagaré",
    "letra": "Letra de cambio",
    "factura": "Factura",
    "contrato": "Contrato",
    "cheque": "Cheque",
}
JURISDICTIONS = {"CO": "Colombia", "AR": "Argentina", "MX": "México", "ES": "España"}
# The currency a case is in when the handover names none.
DEFAULT_CURRENCY = {"CO": "COP", "AR": "ARS", "MX": "MXN", "ES": "EUR"}


# ---------------------------------------------------------------- inputs and outputs


@dataclass(frozen=True)
class PartyInput:
    """A debtor, co-debtor or guarantor as handed over."""

    name: str
    id_type: str
    id_number: str
    role: str = "debtor"
    address: str | None = None
    city: str | None = None
    email: str | None = None
    email_source: str | None = None
    phone: str | None = None
    authorised_channels: str | None = None


@dataclass(frozen=True)
class DebtInput:
    """The debt and its title."""

    capital: Decimal
    due_date: dt.date
    title_type: str = "pagare"
    title_number: str | None = None
    issue_date: dt.date | None = None
    agreed_rate: Decimal | None = None
    original_location: str | None = None
    currency: str | None = None  # ISO 4217; None: the jurisdiction's own (COP, ARS, MXN, EUR)


@dataclass(frozen=True)
class PrelegalContact:
    """A contact made before handover."""

    at: dt.datetime
    channel: str
    outcome: str
    notes: str | None = None
    direction: str = "out"


@dataclass(frozen=True)
class PrelegalAgreement:
    """A payment agreement signed before handover (and whether it was broken)."""

    signed_on: dt.date
    total: Decimal
    broken_on: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class PrelegalNotice:
    """A notice sent before handover."""

    channel: str
    sent_on: dt.date
    carrier: str | None = None
    tracking: str | None = None
    delivered_on: dt.date | None = None
    kind: str = "demand_letter"


@dataclass(frozen=True)
class HandoverInput:
    """Everything collections hand over for one account."""

    account_ref: str
    debtor: PartyInput
    debt: DebtInput
    guarantors: Sequence[PartyInput] = ()
    jurisdiction: str = "CO"
    client_name: str | None = None
    client_id_number: str | None = None
    prelegal_summary: str | None = None
    notes: str | None = None
    contacts: Sequence[PrelegalContact] = ()
    agreements: Sequence[PrelegalAgreement] = ()
    notices: Sequence[PrelegalNotice] = ()


@dataclass(frozen=True)
class CaseRow:
    """One line of the docket."""

    case_id: int
    account_ref: str
    stage: str
    stage_label: str
    debtor_name: str
    debtor_id_number: str
    capital: Decimal
    currency: str
    court: str | None
    radicado: str | None
    next_hearing_at: dt.datetime | None
    next_deadline: dt.date | None
    limitation_date: dt.date | None
    lawyer: str | None
    handed_over_at: dt.datetime | None
    version: int
    #: a filed case's art. 94 CGP facts (domain.limitation.filing_tolling), filled in by `list_cases`
    filing: FilingFacts | None = None


@dataclass(frozen=True)
class CaseQuery:
    """Filters and paging of the docket."""

    search: str = ""
    stage: str | None = None
    stages: Sequence[str] = ()
    lawyer_id: int | None = None
    #: with `lawyer_id`: also the handovers no lawyer has accepted yet (a lawyer's «Mis expedientes»)
    with_unclaimed: bool = False
    #: the cases whose assigned paralegal (*dependiente*) is this user (a paralegal's «Mis expedientes»)
    paralegal_id: int | None = None
    handed_over_by_id: int | None = None
    #: the cases legal accepted (*Recibido de cobranza* → *Recolección de pruebas*) from this moment (UTC) …
    accepted_from: dt.datetime | None = None
    #: … and before this one (UTC): collections' «Aceptadas por jurídico este mes», whatever stage they are in now
    accepted_before: dt.datetime | None = None
    jurisdiction: str | None = None
    include_archived: bool = False
    order: str = "id"  # id | -id | priority | limitation | capital | -capital | debtor | stage | next_deadline
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class PartyInfo:
    party_id: int
    role: str
    name: str
    id_type: str
    id_number: str
    address: str | None
    city: str | None
    email: str | None
    email_source: str | None
    phone: str | None
    authorised_channels: str | None


@dataclass(frozen=True)
class ChecklistLine:
    code: str
    label: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class CaseFile:
    """The whole case file as plain data (what `case show` prints and the case window shows)."""

    case_id: int
    account_ref: str
    stage: str
    stage_label: str
    jurisdiction: str
    currency: str
    capital: Decimal
    due_date: dt.date | None
    title_type: str | None
    title_number: str | None
    issue_date: dt.date | None
    agreed_rate: Decimal | None
    original_location: str | None
    costs: Decimal
    court: str | None
    city: str | None
    radicado: str | None
    filed_on: dt.date | None
    client: dict[str, Any] | None
    lawyer: str | None
    lawyer_id: int | None
    paralegal: str | None
    handed_over_by: str | None
    handed_over_at: dt.datetime | None
    prelegal_summary: str | None
    return_reason: str | None
    demand_letter_waiver: str | None
    limitation_date: dt.date | None
    limitation_flag: str | None
    notes: str | None
    version: int
    updated_at: dt.datetime | None
    updated_by: str | None
    debtor: PartyInfo | None
    guarantors: list[PartyInfo]
    evidence: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    notices: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    hearings: list[dict[str, Any]]
    embargoes: list[dict[str, Any]]
    settlement_offers: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    deadlines: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    events: list[dict[str, Any]]
    readiness: list[ChecklistLine]
    allowed_stages: list[str] = field(default_factory=list)
    reopen_stages: list[str] = field(default_factory=list)
    archived: bool = False
    #: True when collections open a case legal has accepted: only what «Mis entregas» needs is filled
    #: in (identity, stage, lawyer, radicado, closing or return reason); the legal file is left out.
    limited: bool = False
    #: Why the case is in its stage, where a reason was given (returned, rejected, closed…).
    stage_reason: str | None = None
    #: The last actuación of a pending process and the art. 317 term it runs: date, label (what it was),
    #: expires, period_years, and text (the label as a catalogue `Text`). None when art. 317 does not run (not
    #: filed, closed, another country).
    last_action: dict[str, Any] | None = None
    #: how the filing stands against the limitation date (CGP art. 94), as of the day the file was read
    limitation_tolling: Tolling = NOT_TOLLED

    @property
    def ready(self) -> bool:
        return all(c.ok for c in self.readiness)

    @property
    def missing(self) -> list[str]:
        return [c.label + (f": {c.detail}" if c.detail else "") for c in self.readiness if not c.ok]

    def to_json(self) -> dict[str, Any]:
        """The `case show --json` document (CLI.md); money as strings, dates ISO."""

        def party(p: PartyInfo | None) -> dict[str, Any] | None:
            return None if p is None else dict(asdict(p))

        if self.limited:  # collections on a case legal accepted: «Mis entregas» only
            d = self.debtor
            return jsonable(
                {
                    "case_id": self.case_id,
                    "account_ref": self.account_ref,
                    "stage": self.stage,
                    "stage_label": self.stage_label,
                    "currency": self.currency,
                    "capital": to_json(self.capital),
                    "debtor": None if d is None else {"name": d.name, "id_type": d.id_type, "id_number": d.id_number},
                    "lawyer": self.lawyer,
                    "radicado": self.radicado,
                    "handed_over_by": self.handed_over_by,
                    "handed_over_at": self.handed_over_at,
                    "return_reason": self.return_reason,
                    "stage_reason": self.stage_reason,
                    "version": self.version,
                    "limited": True,
                }
            )

        data = {
            "case_id": self.case_id,
            "account_ref": self.account_ref,
            "stage": self.stage,
            "stage_label": self.stage_label,
            "jurisdiction": self.jurisdiction,
            "currency": self.currency,
            "capital": to_json(self.capital),
            "due_date": self.due_date,
            "title_type": self.title_type,
            "title_number": self.title_number,
            "agreed_rate": self.agreed_rate,
            "original_location": self.original_location,
            "costs": to_json(self.costs),
            "court": self.court,
            "city": self.city,
            "radicado": self.radicado,
            "filed_on": self.filed_on,
            "client": self.client,
            "lawyer": self.lawyer,
            "paralegal": self.paralegal,
            "handed_over_by": self.handed_over_by,
            "handed_over_at": self.handed_over_at,
            "prelegal_summary": self.prelegal_summary,
            "return_reason": self.return_reason,
            "limitation_date": self.limitation_date,
            # CGP art. 94: whether the filing interrupted the limitation (state, and the sentence saying so)
            "limitation_tolling": self.limitation_tolling.state,
            "limitation_note": filing_tolling_es(self.limitation_tolling),
            "version": self.version,
            "debtor": party(self.debtor),
            "guarantors": [party(g) for g in self.guarantors],
            "evidence": self.evidence,
            "contacts": self.contacts,
            "notices": self.notices,
            "agreements": self.agreements,
            "hearings": self.hearings,
            "embargoes": self.embargoes,
            "settlement_offers": self.settlement_offers,
            "payments": self.payments,
            "deadlines": self.deadlines,
            "documents": self.documents,
            "tasks": self.tasks,
            "readiness": {"ready": self.ready, "missing": self.missing, "items": [asdict(c) for c in self.readiness]},
            "allowed_stages": self.allowed_stages,
            "reopen_stages": self.reopen_stages,
            "archived": self.archived,
            "stage_reason": self.stage_reason,
            "last_action": (
                None if self.last_action is None else {k: v for k, v in self.last_action.items() if k != "text"}
            ),
            "limited": False,
        }
        return jsonable(data)


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, money as decimal strings, recursively."""
    if isinstance(value, Decimal):
        return to_json(value) if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


# ---------------------------------------------------------------- validation helpers


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _party(p: PartyInput, where: Text, jurisdiction: str) -> PartyInput:
    """A party checked for a case of `jurisdiction`: its ID by that country's rules, kept as written there."""
    if not p.name.strip():
        raise ValidationFailed(Text(M.NAME_MISSING, field=where))
    try:
        id_type = normalize_id_type(p.id_type)
        number = normalize_id(id_type, p.id_number, jurisdiction)
    except IdError as exc:
        raise ValidationFailed(Text(M.FIELD, field=where, error=text_of(exc))) from None
    email = (p.email or "").strip() or None
    if email and not EMAIL_RE.match(email):
        raise ValidationFailed(Text(M.EMAIL_INVALID, field=where, email=email))
    return PartyInput(
        p.name.strip(),
        id_type,
        number,
        p.role,
        p.address,
        p.city,
        email,
        p.email_source,
        p.phone,
        p.authorised_channels,
    )


def find_case(session: Session, case: int | str, *, for_update: bool = False) -> Case:
    """A case by id or account reference; `for_update` locks its row until the transaction ends.

    The lock matters on PostgreSQL, where writers run side by side: a second writer of the same
    case waits for the first to commit and then reads its changes (as SQLite's single writer
    does), instead of failing on the version check. SQLite ignores it (the writer holds the file).
    """
    obj: Case | None = None
    if isinstance(case, int) or (isinstance(case, str) and case.isdigit()):
        obj = session.get(Case, int(case), with_for_update=for_update or None, populate_existing=for_update)
    if obj is None and isinstance(case, str):
        stmt = select(Case).where(Case.account_ref == case.strip())
        if for_update:
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        obj = session.execute(stmt).scalar_one_or_none()
    if obj is None:
        raise NotFound(Text(M.CASE_NOT_FOUND, case=case))
    return obj


def find_case_to_read(session: Session, actor: Actor, case: int | str, *, legal: bool = False) -> Case:
    """A case the actor may see: collections only their own handovers and accounts nobody handed over.

    `legal`: the read returns the legal file (evidence, documents, hearings, embargoes, offers,
    payments, the liquidation, the history), which collections no longer see once legal accepted the case.
    """
    actor.confirm(session)
    obj = find_case(session, case)
    check_may_read(actor, obj, legal=legal)
    return obj


def check_may_read(actor: Actor, case: Case, *, legal: bool = False) -> None:
    """Refuse, in words, a read of `case` the actor's role does not allow (see `find_case_to_read`)."""
    if actor.role is not Role.COLLECTIONS:
        return
    if case.handed_over_by_id not in (None, actor.user_id):
        raise PermissionDenied(Text(M.COLLECTIONS_READ_OWN))
    if legal and legal_has_it(case.stage):
        raise PermissionDenied(Text(M.ACCEPTED_READ, ref=case.account_ref, stage=stage_term(Stage(case.stage))))


def get_case_for_write(
    session: Session,
    actor: Actor,
    case: int | str,
    expected_version: int | None = None,
    *,
    action: Action = Action.EDIT_CASE,
) -> Case:
    """Load a case to change it: permission, filed-case rule and optimistic lock checked."""
    actor.require(action)
    actor.confirm(session)
    obj = find_case(session, case, for_update=True)
    if actor.role is Role.COLLECTIONS and obj.handed_over_by_id not in (None, actor.user_id):
        raise PermissionDenied(Text(M.COLLECTIONS_WRITE_OWN))
    if actor.role is Role.COLLECTIONS and legal_has_it(obj.stage):
        # Collections hand over, fix and withdraw while the case waits for legal (or came back);
        # once accepted it is legal's file.
        raise PermissionDenied(Text(M.ACCEPTED_WRITE, ref=obj.account_ref, stage=stage_term(Stage(obj.stage))))
    if expected_version is not None and obj.version != expected_version:
        raise Conflict(_stale_message(session, obj))
    return obj


def _stale_message(session: Session, case: Case) -> Text:
    """Who changed the case since it was opened, when (the court's local time) and what (ARCHITECTURE.md)."""
    last = session.execute(
        select(
            AuditEvent.username,
            AuditEvent.at,
            AuditEvent.summary,
            AuditEvent.action,
            AuditEvent.before,
            AuditEvent.after,
        )
        .where(AuditEvent.case_id == case.id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    who: str | Text = case.updated_by or (last.username if last else None) or Text(M.STALE_WHO)
    at = case.updated_at or (last.at if last else None)
    when: str | Text = ""
    if at is not None:
        local = in_court_time(at, case.jurisdiction)
        when = Text(M.STALE_WHEN, day=f"{local:%d/%m/%Y}", time=f"{local:%H:%M}")
    what: str | Text = ""
    if last is not None and last.summary and last.username == who:
        what = Text(M.STALE_WHAT, summary=Summary(last.action, last.summary, last.before, last.after))
    return Text(M.STALE, who=who, ref=case.account_ref, when=when, what=what)


_PG_HANDOVER_LOCK = 7_316_002


def serialize_handovers(session: Session) -> None:
    """Make hand-overs (one case or a bulk import) wait for each other until the transaction ends.

    Each checks which account references exist before writing its own. On PostgreSQL two of them
    run side by side and neither sees the other's uncommitted cases: the second would fail on the
    unique index with no per-row report. Waiting here lets it see them, as on SQLite (one writer).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_HANDOVER_LOCK})


def touch(case: Case, actor: Actor) -> None:
    """Mark a case changed by this actor (bumps the version on flush)."""
    case.updated_by = actor.username
    case.updated_at = utcnow()


def creditor_id(jurisdiction: str, id_number: str) -> tuple[str, str]:
    """The creditor's tax ID checked as its jurisdiction writes it (NIT in Colombia, CUIT, RFC, NIF
    elsewhere): (id type, normalised number), or ValidationFailed naming the creditor's field."""
    id_type = CREDITOR_ID_TYPE.get(jurisdiction, "NIT")
    try:
        return id_type, normalize_id(id_type, id_number)
    except IdError as exc:
        field = Text(M.CREDITOR_ID, id_type=id_type)
        raise ValidationFailed(Text(M.FIELD, field=field, error=text_of(exc))) from None


def _client(session: Session, name: str | None, id_number: str | None, jurisdiction: str = "CO") -> Client | None:
    if not id_number and not name:
        return None
    id_type = CREDITOR_ID_TYPE.get(jurisdiction, "NIT")  # NIT in Colombia, CUIT, RFC, NIF elsewhere
    if id_number:
        id_type, id_number = creditor_id(jurisdiction, id_number)
        found = session.execute(select(Client).where(Client.id_number == id_number)).scalar_one_or_none()
        if found:
            return found
    elif name:
        found = session.execute(select(Client).where(Client.name == name)).scalar_one_or_none()
        if found:
            return found
    client = Client(name=name or id_number or "", id_type=id_type, id_number=id_number or f"sin-nit:{name}")
    session.add(client)
    session.flush()
    return client


# ---------------------------------------------------------------- use cases


def hand_over_case(desk: Desk, actor: Actor, data: HandoverInput) -> CaseRow:
    """Collections hand over one account to the legal team (*traslado a jurídico*)."""
    actor.require(Action.HAND_OVER)
    ref = data.account_ref.strip()
    if not ref:
        raise ValidationFailed(Text(M.ACCOUNT_REF_MISSING))
    if data.jurisdiction not in JURISDICTIONS:
        raise ValidationFailed(Text(M.JURISDICTION_UNKNOWN, value=data.jurisdiction))
    currency = (data.debt.currency or DEFAULT_CURRENCY[data.jurisdiction]).strip().upper()
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
        raise ValidationFailed(Text(M.CURRENCY_INVALID, value=data.debt.currency))
    debtor = _party(data.debtor, Text(M.DEBTOR), data.jurisdiction)
    guarantors = [_party(g, Text(M.GUARANTOR_N, n=i), data.jurisdiction) for i, g in enumerate(data.guarantors, 1)]
    try:
        capital = parse_amount(data.debt.capital)
    except AmountError as exc:
        raise ValidationFailed(Text(M.FIELD, field=Text(M.CAPITAL), error=text_of(exc))) from None
    if capital <= 0:
        raise ValidationFailed(Text(M.FIELD, field=Text(M.CAPITAL), error=Text(M.AMOUNT_NOT_POSITIVE)))
    if data.debt.title_type not in TITLE_TYPES:
        raise ValidationFailed(Text(M.TITLE_TYPE_UNKNOWN, value=data.debt.title_type))
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        serialize_handovers(s)
        if s.execute(select(Case.id).where(Case.account_ref == ref)).first():
            raise Conflict(Text(M.ACCOUNT_HANDED_OVER, ref=ref))
        client = _client(s, data.client_name, data.client_id_number, data.jurisdiction)
        cal = calendar_for(s, data.jurisdiction)
        limitation = compute_limitation(cal, data.debt.title_type, data.debt.due_date, data.jurisdiction)
        case = Case(
            account_ref=ref,
            stage=Stage.INTAKE.value,
            jurisdiction=data.jurisdiction,
            currency=currency,
            client_id=client.id if client else None,
            handed_over_by_id=actor.user_id,
            handed_over_at=utcnow(),
            prelegal_summary=data.prelegal_summary,
            notes=data.notes,
            debtor_name=debtor.name,
            debtor_id_number=debtor.id_number,
            capital=capital,
            limitation_date=limitation,
            updated_by=actor.username,
        )
        s.add(case)
        s.flush()
        for p in [debtor, *guarantors]:
            s.add(
                Party(
                    case_id=case.id,
                    role=p.role if p is not debtor else "debtor",
                    name=p.name,
                    id_type=p.id_type,
                    id_number=p.id_number,
                    address=p.address,
                    city=p.city,
                    email=p.email,
                    email_source=p.email_source,
                    phone=p.phone,
                    authorised_channels=p.authorised_channels,
                )
            )
        d = data.debt
        s.add(
            Debt(
                case_id=case.id,
                capital=capital,
                currency=currency,
                due_date=d.due_date,
                issue_date=d.issue_date,
                title_type=d.title_type,
                title_number=d.title_number,
                agreed_rate=d.agreed_rate,
                original_location=d.original_location,
            )
        )
        for c in data.contacts:
            s.add(
                ContactAttempt(
                    case_id=case.id,
                    at=c.at,
                    channel=c.channel,
                    direction=c.direction,
                    outcome=outcome_code(c.outcome),
                    notes=c.notes,
                    by_user=actor.username,
                )
            )
        for a in data.agreements:
            s.add(
                PaymentAgreement(
                    case_id=case.id,
                    signed_on=a.signed_on,
                    total=a.total,
                    status="broken" if a.broken_on else "active",
                    broken_on=a.broken_on,
                    prelegal=True,
                    notes=a.notes,
                )
            )
        for n in data.notices:
            s.add(
                Notice(
                    case_id=case.id,
                    kind=n.kind,
                    channel=n.channel,
                    carrier=n.carrier,
                    tracking=n.tracking,
                    sent_on=n.sent_on,
                    delivered_on=n.delivered_on,
                )
            )
        search.add_cases(
            s,
            [
                (
                    case.id,
                    search.words_for(
                        ref, None, [(debtor.name, debtor.id_number)] + [(g.name, g.id_number) for g in guarantors]
                    ),
                )
            ],
        )
        audit.record(
            s,
            actor.username,
            "case.hand_over",
            "case",
            case.id,
            case_id=case.id,
            summary=f"Entrega a jurídico de {ref}",
            after={
                "account_ref": ref,
                "debtor": debtor.name,
                "capital": capital,
                "due_date": d.due_date,
                "guarantors": len(guarantors),
            },
        )
        s.flush()
        row = _rows(s, select(Case.id).where(Case.id == case.id))[0]
        uow.commit()
    return row


def _base_rows_query() -> Any:
    lawyer = aliased(User)
    return select(
        Case.id,
        Case.account_ref,
        Case.stage,
        Case.debtor_name,
        Case.debtor_id_number,
        Case.capital,
        Case.currency,
        Case.court,
        Case.radicado,
        Case.next_hearing_at,
        Case.next_deadline,
        Case.limitation_date,
        lawyer.full_name,
        Case.handed_over_at,
        Case.version,
        Case.jurisdiction,
        Case.filed_on,
    ).outerjoin(lawyer, lawyer.id == Case.lawyer_id)


def _to_row(r: Any) -> CaseRow:
    return CaseRow(
        r[0],
        r[1],
        r[2],
        STAGE_LABELS_ES.get(Stage(r[2]), r[2]),
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        r[14],
    )


def _rows(session: Session, ids_query: Select[Any]) -> list[CaseRow]:
    q = _base_rows_query().where(Case.id.in_(ids_query))
    return [_to_row(r) for r in session.execute(q)]


def month_bounds(today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The month of `today` on this computer's clock, as the UTC moments stored times are compared with:
    its first midnight and the next month's (an acceptance at 8 p.m. in Bogotá on the 31st is that month's)."""
    first = today.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)

    def utc(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)

    return utc(first), utc(following)


def accepted_case_ids(start: dt.datetime | None, end: dt.datetime | None) -> Select[Any]:
    """The ids of the cases legal accepted between `start` and `end` (UTC, either open): the audited stage
    changes from INTAKE to EVIDENCE, the one step that is the lawyer's acceptance (permissions.ACCEPT_CASE)."""
    query = select(AuditEvent.case_id).where(
        # written out, not bound: only then may the planner use the partial index of stage changes by time
        AuditEvent.action == literal_column("'case.stage'"),
        AuditEvent.case_id.is_not(None),
        AuditEvent.before["stage"].as_string() == Stage.INTAKE.value,
        AuditEvent.after["stage"].as_string() == Stage.EVIDENCE.value,
    )
    if start is not None:
        query = query.where(AuditEvent.at >= start)
    if end is not None:
        query = query.where(AuditEvent.at < end)
    return query


def _filtered(query: Any, q: CaseQuery, actor: Actor, session: Session | None = None) -> Any:
    """`query` narrowed to the cases `q` asks for; with a session, a search may look up its matches first."""
    if q.search.strip():
        clause = search.search_clause(q.search, session)
        if clause is not None:
            query = query.where(clause)
    if q.stage:
        query = query.where(Case.stage == q.stage)
    if q.stages:
        query = query.where(Case.stage.in_(list(q.stages)))
    if q.lawyer_id is not None and q.with_unclaimed:
        unclaimed = and_(Case.lawyer_id.is_(None), Case.stage == Stage.INTAKE.value)
        query = query.where(or_(Case.lawyer_id == q.lawyer_id, unclaimed))
    elif q.lawyer_id is not None:
        query = query.where(Case.lawyer_id == q.lawyer_id)
    if q.paralegal_id is not None:
        query = query.where(Case.paralegal_id == q.paralegal_id)
    if q.jurisdiction:
        query = query.where(Case.jurisdiction == q.jurisdiction)
    if q.accepted_from is not None or q.accepted_before is not None:
        query = query.where(Case.id.in_(accepted_case_ids(q.accepted_from, q.accepted_before)))
    handed = q.handed_over_by_id
    if actor.role is Role.COLLECTIONS:
        # Collections list their own handovers, and the pre-legal accounts nobody has handed over yet (theirs
        # to work and hand over; `check_may_read` lets them open these, but no list ever showed them).
        own = Case.handed_over_by_id == actor.user_id
        unclaimed = and_(Case.handed_over_by_id.is_(None), Case.stage == Stage.PRE_LEGAL.value)
        query = query.where(or_(own, unclaimed) if handed in (None, actor.user_id) else own)
    elif handed is not None:
        query = query.where(Case.handed_over_by_id == handed)
    if not q.include_archived:
        query = query.where(Case.archived.is_(False))
    return query


_ORDERS = {
    "id": (Case.id,),
    "-id": (Case.id.desc(),),
    "limitation": (Case.limitation_date.is_(None), Case.limitation_date, Case.id),
    "capital": (Case.capital, Case.id),
    "-capital": (Case.capital.desc(), Case.id.desc()),
    "debtor": (Case.debtor_sort, Case.id),
    "stage": (Case.stage, Case.id),
    "next_deadline": (Case.next_deadline.is_(None), Case.next_deadline, Case.id),
    "account_ref": (Case.account_ref,),
    # DOMAIN.md §6: open cases nearest their limitation date first (a lawyer's default docket).
    "priority": (
        Case.stage.in_([st.value for st in CLOSED_STAGES]),
        Case.limitation_date.is_(None),
        Case.limitation_date,
        Case.id,
    ),
}


def _segments(order: str) -> list[tuple[Any, tuple[Any, ...]]]:
    """An order as WHERE/ORDER BY pairs whose concatenation is that order, each readable from an index.

    «priority» sorts by `stage IN (closed…)` and `limitation_date IS NULL` first, and the date orders
    put the cases without a date last: as one ORDER BY that is a sort of every matching row (about a
    second at 1,000,000 cases, on the UI thread when a header is clicked); each segment instead
    reads an index in order and stops after one page.
    """
    dated = Case.limitation_date.is_not(None)
    by_date = (Case.limitation_date, Case.id)
    if order == "priority":
        closed = Case.stage.in_([st.value for st in CLOSED_STAGES])
        return [
            (and_(~closed, dated), by_date),
            (and_(~closed, ~dated), (Case.id,)),
            (and_(closed, dated), by_date),
            (and_(closed, ~dated), (Case.id,)),
        ]
    if order == "limitation":
        return [(dated, by_date), (~dated, (Case.id,))]
    if order == "next_deadline":
        due = Case.next_deadline.is_not(None)
        return [(due, (Case.next_deadline, Case.id)), (~due, (Case.id,))]
    return [(None, _ORDERS[order])]


def _page(s: Session, q: CaseQuery, actor: Actor, limit: int, offset: int) -> list[Any]:
    """One page of the docket in `q.order`, read segment after segment (see `_segments`).

    A lawyer's «Mis expedientes» (their cases, or a handover nobody has accepted) is read as two
    branches, each from its own index, merged per segment: as one OR the planner would gather
    every matching case and sort them all.
    """
    branches: list[Any] = [None]
    if q.lawyer_id is not None and q.with_unclaimed:
        unclaimed = and_(Case.lawyer_id.is_(None), Case.stage == Stage.INTAKE.value)
        branches = [Case.lawyer_id == q.lawyer_id, unclaimed]
        q = replace(q, lawyer_id=None, with_unclaimed=False)
    base = _filtered(_base_rows_query(), q, actor, s)
    found: list[Any] = []
    skip = offset
    for where, order in _segments(q.order):
        part = base if where is None else base.where(where)
        want = limit - len(found)
        if len(branches) == 1:
            page = part.order_by(*order).limit(want).offset(skip)
        else:
            # Each branch also selects the sort keys (as _k0, _k1…) so the merged rows can be ordered.
            keys = [_sort_key(col) for col in order]
            labelled = [col.label(f"_k{i}") for i, (col, _) in enumerate(keys)]
            parts = [
                select(*part.where(b).add_columns(*labelled).order_by(*order).limit(skip + want).subquery().c)
                for b in branches
            ]
            merged = union_all(*parts).subquery()
            by = [merged.c[f"_k{i}"].desc() if down else merged.c[f"_k{i}"] for i, (_, down) in enumerate(keys)]
            page = select(*merged.c).order_by(*by).limit(want).offset(skip)
            part = part.where(or_(*branches))
        got = list(s.execute(page))
        found.extend(got)
        if len(found) >= limit:
            break
        if got:
            skip = 0  # the page started inside this segment
        elif skip:
            # The page starts after this segment: skip its rows (a count only when paging past it).
            size = int(s.execute(select(func.count()).select_from(part.subquery())).scalar_one())
            skip = max(0, skip - size)
    return found


def _sort_key(col: Any) -> tuple[Any, bool]:
    """An ORDER BY item of `_ORDERS` as (the column, descending?)."""
    if isinstance(col, UnaryExpression) and col.modifier is operators.desc_op:
        return col.element, True
    return col, False


def list_cases(desk: Desk, actor: Actor, q: CaseQuery) -> list[CaseRow]:
    """One page of the docket, filtered and searched (accent- and case-insensitive)."""
    if q.order not in _ORDERS:
        raise ValidationFailed(Text(M.EXPORT_ORDER, order=q.order, orders=", ".join(_ORDERS)))
    limit, offset = max(1, min(q.limit, 5000)), max(0, q.offset)
    with desk.reading() as s:
        if s.get_bind().dialect.name == "postgresql":
            # A page stops after `limit` rows read along an index: parallel workers only add their start-up
            # (a «Gather Merge» took 50–90 ms before its first row, more than the page itself).
            s.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        found = _page(s, q, actor, limit, offset)
        rows = [_to_row(r) for r in found]
        # The filed cases of the page: whether their filing interrupted the limitation (CGP art. 94).
        facts = filing_facts(s, ((r[0], r[15], r[2], r[16]) for r in found if r[16] is not None))
        rows = [replace(r, filing=facts[r.case_id]) if r.case_id in facts else r for r in rows]
    if actor.role is Role.COLLECTIONS:  # the court, next hearing and next term of a process are legal's
        rows = [
            replace(r, court=None, next_hearing_at=None, next_deadline=None) if legal_has_it(r.stage) else r
            for r in rows
        ]
    return rows


def count_cases(desk: Desk, actor: Actor, q: CaseQuery) -> int:
    """How many cases match (for the docket's total and the lazy model's row count)."""
    with desk.reading() as s:
        return int(s.execute(_filtered(select(func.count(Case.id)), q, actor, s)).scalar_one())


def stage_reasons(desk: Desk, actor: Actor, case_ids: Sequence[int]) -> dict[int, str]:
    """Why each case is in its current stage, where a reason was given (returned, rejected, closed, …).

    The reason is the one recorded when the case last entered that stage (the audit of the stage
    change); a case returned to collections keeps its return reason on the case itself. Cases
    without a reason are left out; collections only get their own handovers.
    """
    wanted = list(dict.fromkeys(case_ids))
    if not wanted:
        return {}
    with desk.reading() as s:
        stages: dict[int, tuple[str, str | None]] = {}
        for start in range(0, len(wanted), 900):
            q = select(Case.id, Case.stage, Case.return_reason).where(Case.id.in_(wanted[start : start + 900]))
            if actor.role is Role.COLLECTIONS:
                q = q.where(Case.handed_over_by_id == actor.user_id)
            stages.update({cid: (stage, rr) for cid, stage, rr in s.execute(q)})
        return _stage_reasons_in(s, stages)


def _stage_reasons_in(s: Session, stages: dict[int, tuple[str, str | None]]) -> dict[int, str]:
    """`stage_reasons` for cases already read: {case id: (stage, return reason)}."""
    reasons: dict[int, str] = {}
    ids = list(stages)
    for start in range(0, len(ids), 900):
        changes = (
            select(AuditEvent.case_id, AuditEvent.after)
            .where(AuditEvent.action == "case.stage", AuditEvent.case_id.in_(ids[start : start + 900]))
            .order_by(AuditEvent.id)
        )
        for cid, after in s.execute(changes):
            if cid is not None and isinstance(after, dict) and after.get("stage") == stages[cid][0]:
                reasons[cid] = str(after.get("reason") or "")  # the latest entry into the stage wins
    for cid, (stage, return_reason) in stages.items():
        if stage == Stage.RETURNED_TO_COLLECTIONS.value and return_reason:
            reasons[cid] = return_reason
    return {cid: text for cid, text in reasons.items() if text.strip()}


def stage_counts(desk: Desk, actor: Actor) -> dict[str, int]:
    """Per stage: the number of cases (dashboard). Only counts: an amount summed over a stage would add
    pesos to euros; `capital_by_currency` and `reports.portfolio_summary` give the money per currency."""
    with desk.reading() as s:
        q = select(Case.stage, func.count(Case.id)).group_by(Case.stage)
        q = _filtered(q, CaseQuery(), actor)
        return {r[0]: int(r[1]) for r in s.execute(q)}


def capital_by_currency(desk: Desk, actor: Actor) -> dict[str, tuple[Decimal, Decimal]]:
    """Per currency: capital claimed and amount recovered (dashboard). Pesos, euros and
    Mexican pesos are never added together: each currency keeps its own totals."""
    with desk.reading() as s:
        q = select(
            Case.currency,
            func.coalesce(func.sum(Case.capital), 0),
            func.coalesce(func.sum(Case.recovered), 0),
        ).group_by(Case.currency)
        q = _filtered(q, CaseQuery(), actor)
        totals = {(r[0] or "COP").upper(): (Decimal(r[1]), Decimal(r[2])) for r in s.execute(q)}
    # COP first (the desk's home currency), then the others alphabetically
    return dict(sorted(totals.items(), key=lambda kv: (kv[0] != "COP", kv[0])))


def _party_info(p: Party) -> PartyInfo:
    return PartyInfo(
        p.id,
        p.role,
        p.name,
        p.id_type,
        p.id_number,
        p.address,
        p.city,
        p.email,
        p.email_source,
        p.phone,
        p.authorised_channels,
    )


def _readiness(
    s: Session,
    case: Case,
    debt: Debt | None,
    debtor: Party | None,
    evidence: list[Evidence],
    notices: list[Notice],
    contact_count: int,
    documents: list[GeneratedDocument],
    today: dt.date,
) -> list[ChecklistLine]:
    rows = s.execute(
        select(ChecklistItem.code, ChecklistItem.label, ChecklistItem.active, ChecklistItem.title_type)
        .where(
            ChecklistItem.jurisdiction == case.jurisdiction,
            or_(ChecklistItem.title_type == "*", ChecklistItem.title_type == (debt.title_type if debt else "*")),
        )
        .order_by(ChecklistItem.id)
    ).all()
    # An entry for the case's own title type overrides the jurisdiction-wide one for the same requirement.
    chosen: dict[str, tuple[str, bool, bool]] = {}
    for code, label, active, title_type in rows:
        specific = title_type != "*"
        if code not in chosen or (specific and not chosen[code][2]):
            chosen[code] = (label, active, specific)
    items = [(code, label) for code, (label, active, _specific) in chosen.items() if active]
    # Ley 2213 art. 8: the demanda swears where every defendant's e-mail came from, codeudores included.
    unsourced = s.execute(
        select(func.count(Party.id)).where(
            Party.case_id == case.id,
            Party.role != "debtor",
            func.coalesce(func.trim(Party.email), "") != "",
            func.coalesce(func.trim(Party.email_source), "") == "",
        )
    ).scalar_one()
    facts = rd.ReadinessFacts(
        evidence_kinds=frozenset(e.kind for e in evidence if not e.archived),
        title_original_location=debt.original_location if debt else None,
        debtor_id_number=debtor.id_number if debtor else None,
        debtor_address=debtor.address if debtor else None,
        debtor_email=debtor.email if debtor else None,
        debtor_email_source=debtor.email_source if debtor else None,
        limitation_date=case.limitation_date,
        limitation_flag=case.limitation_flag,
        delivered_demand_letter=any(
            n.kind in ("demand_letter", "final_notice") and n.delivered_on and n.proof_evidence_id for n in notices
        ),
        demand_letter_waiver=case.demand_letter_waiver,
        contact_count=contact_count,
        generated_templates=frozenset(d.template for d in documents),
        today=today,
        codefendant_emails_without_source=int(unsourced),
        liquidation_cut_off=_liquidation_cut_off(evidence, documents, case.jurisdiction),
    )
    result = rd.evaluate([(c, lbl) for c, lbl in items], facts)
    return [ChecklistLine(i.code, i.label, i.ok, i.detail) for i in result.items]


def _liquidation_cut_off(
    evidence: Sequence[Evidence], documents: Sequence[GeneratedDocument], jurisdiction: str
) -> dt.date | None:
    """The latest cut-off among the case's liquidations: a generated one's (a document stored before the cut-off
    was kept counts as cut on the day it was generated, the default), an uploaded one's document date.

    «The day» is the court's calendar day of the stored UTC time: a liquidation made in Bogotá at 20:00
    on the last day of a rate period was cut in that period, not in the next one."""

    def day(moment: dt.datetime) -> dt.date:
        return in_court_time(moment, jurisdiction).date()

    cuts = [d.cut_off or day(d.created_at) for d in documents if d.template == "liquidacion_credito"]
    cuts += [e.date or day(e.added_at) for e in evidence if e.kind == "liquidation" and not e.archived]
    return max(cuts, default=None)


def _last_action(s: Session, c: Case) -> dict[str, Any] | None:
    """The case's last actuación and the art. 317 term it runs, as the case file shows them."""
    if not actuaciones.applies(c):
        return None
    last = actuaciones.last_actions(s, [c.id]).get(c.id)
    if last is None:
        return None
    years = actuaciones.inactivity_period(s, c.stage)
    term = actuaciones.term_for(CalendarSet(s, c.jurisdiction).get(c.court, c.city), last, c.stage, years)
    # `text`: the label as a catalogue Text the interface words (left out of `case show --json`)
    return {"date": last.day, "label": last.label, "text": last.text, "expires": term.due, "period_years": years}


def get_case_file(desk: Desk, actor: Actor, case: int | str, *, today: dt.date | None = None) -> CaseFile:
    """The whole case file, with its readiness checklist."""
    today = today or dt.date.today()
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case)
        cid = c.id
        reason = _stage_reasons_in(s, {cid: (c.stage, c.return_reason)}).get(cid)
        if actor.role is Role.COLLECTIONS and legal_has_it(c.stage):
            return _handover_view(s, c, reason)
        debt = s.execute(select(Debt).where(Debt.case_id == cid)).scalar_one_or_none()
        parties = s.execute(select(Party).where(Party.case_id == cid).order_by(Party.id)).scalars().all()
        debtor = next((p for p in parties if p.role == "debtor"), None)
        evidence = s.execute(select(Evidence).where(Evidence.case_id == cid).order_by(Evidence.id)).scalars().all()
        contacts = (
            s.execute(select(ContactAttempt).where(ContactAttempt.case_id == cid).order_by(ContactAttempt.at))
            .scalars()
            .all()
        )
        notices = (
            s.execute(select(Notice).where(Notice.case_id == cid).order_by(Notice.sent_on, Notice.id)).scalars().all()
        )
        agreements = (
            s.execute(
                select(PaymentAgreement).where(PaymentAgreement.case_id == cid).order_by(PaymentAgreement.signed_on)
            )
            .scalars()
            .all()
        )
        hearings = s.execute(select(Hearing).where(Hearing.case_id == cid).order_by(Hearing.at)).scalars().all()
        embargoes = s.execute(select(Embargo).where(Embargo.case_id == cid).order_by(Embargo.id)).scalars().all()
        offers = (
            s.execute(
                select(SettlementOffer)
                .where(SettlementOffer.case_id == cid)
                .order_by(SettlementOffer.made_on, SettlementOffer.id)
            )
            .scalars()
            .all()
        )
        payments = (
            s.execute(select(Payment).where(Payment.case_id == cid).order_by(Payment.date, Payment.id)).scalars().all()
        )
        from legal_desk.db.models import Deadline  # local: keeps the import list readable

        deadlines = s.execute(select(Deadline).where(Deadline.case_id == cid).order_by(Deadline.due)).scalars().all()
        documents = (
            s.execute(
                select(GeneratedDocument)
                .where(GeneratedDocument.case_id == cid)
                .order_by(GeneratedDocument.created_at, GeneratedDocument.id)
            )
            .scalars()
            .all()
        )
        tasks = s.execute(select(Task).where(Task.case_id == cid).order_by(Task.id)).scalars().all()
        events = s.execute(select(CaseEvent).where(CaseEvent.case_id == cid).order_by(CaseEvent.date)).scalars().all()
        names = dict(
            s.execute(
                select(User.id, User.full_name).where(
                    User.id.in_([x for x in (c.lawyer_id, c.paralegal_id, c.handed_over_by_id) if x])
                )
            ).all()
        )
        client = s.get(Client, c.client_id) if c.client_id else None
        ev_sha = {e.id: e.sha256 for e in evidence}
        instalments: dict[int, list[Instalment]] = {}
        if agreements:
            for i in s.execute(
                select(Instalment)
                .where(Instalment.agreement_id.in_([a.id for a in agreements]))
                .order_by(Instalment.due_date)
            ).scalars():
                instalments.setdefault(i.agreement_id, []).append(i)
        readiness = _readiness(s, c, debt, debtor, list(evidence), list(notices), len(contacts), list(documents), today)
        last_action = _last_action(s, c)
        stage = Stage(c.stage)
        allowed = [
            t.value
            for t in allowed_transitions(
                stage, settlement_return_to=Stage(c.settlement_return_stage) if c.settlement_return_stage else None
            )
        ]
        return CaseFile(
            case_id=cid,
            account_ref=c.account_ref,
            stage=c.stage,
            stage_label=STAGE_LABELS_ES[stage],
            jurisdiction=c.jurisdiction,
            currency=c.currency,
            capital=c.capital,
            due_date=debt.due_date if debt else None,
            title_type=debt.title_type if debt else None,
            title_number=debt.title_number if debt else None,
            issue_date=debt.issue_date if debt else None,
            agreed_rate=debt.agreed_rate if debt else None,
            original_location=debt.original_location if debt else None,
            costs=debt.costs if debt else Decimal("0"),
            court=c.court,
            city=c.city,
            radicado=c.radicado,
            filed_on=c.filed_on,
            client=None
            if client is None
            else {
                "name": client.name,
                "id_type": client.id_type,
                "id_number": client.id_number,
                "address": client.address,
                "city": client.city,
                "email": client.email,
                "representative": client.representative,
                "representative_id": client.representative_id,
            },
            lawyer=names.get(c.lawyer_id or 0),
            lawyer_id=c.lawyer_id,
            paralegal=names.get(c.paralegal_id or 0),
            handed_over_by=names.get(c.handed_over_by_id or 0),
            handed_over_at=c.handed_over_at,
            prelegal_summary=c.prelegal_summary,
            return_reason=c.return_reason,
            demand_letter_waiver=c.demand_letter_waiver,
            limitation_date=c.limitation_date,
            limitation_flag=c.limitation_flag,
            limitation_tolling=filing_tolling(
                c.limitation_date, filing_facts(s, [(cid, c.jurisdiction, c.stage, c.filed_on)]).get(cid), today
            ),
            notes=c.notes,
            version=c.version,
            updated_at=c.updated_at,
            updated_by=c.updated_by,
            debtor=_party_info(debtor) if debtor else None,
            guarantors=[_party_info(p) for p in parties if p.role != "debtor"],
            evidence=[
                {
                    "evidence_id": e.id,
                    "kind": e.kind,
                    "filename": e.filename,
                    "sha256": e.sha256,
                    "date": e.date,
                    "description": e.description,
                    "size": e.size,
                    "media_type": e.media_type,
                    "added_by": e.added_by,
                    "added_at": e.added_at,
                    "archived": e.archived,
                }
                for e in evidence
            ],
            contacts=[
                {
                    "contact_id": x.id,
                    "at": x.at,
                    "channel": x.channel,
                    "direction": x.direction,
                    "outcome": x.outcome,
                    "notes": x.notes,
                    "by": x.by_user,
                    "violations": [v for v in (x.violations or "").split("\n") if v],
                }
                for x in contacts
            ],
            notices=[
                {
                    "notice_id": n.id,
                    "kind": n.kind,
                    "channel": n.channel,
                    "carrier": n.carrier,
                    "tracking": n.tracking,
                    "recipient": n.recipient,
                    "sent": n.sent_on,
                    "delivered": n.delivered_on,
                    "returned": n.returned_on,
                    "proof_sha256": ev_sha.get(n.proof_evidence_id) if n.proof_evidence_id else None,
                    "proof_evidence_id": n.proof_evidence_id,
                    # Ley 1266 art. 12: when a negative credit-bureau report may be made after this notice
                    "bureau_report_from": (
                        bureau_report_from(n.sent_on) if n.kind == "bureau_notice" and c.jurisdiction == "CO" else None
                    ),
                }
                for n in notices
            ],
            agreements=[
                {
                    "agreement_id": a.id,
                    "signed_on": a.signed_on,
                    "total": a.total,
                    "status": a.status,
                    "broken_on": a.broken_on,
                    "prelegal": a.prelegal,
                    "notes": a.notes,
                    "evidence_id": a.evidence_id,
                    "instalments": [
                        {"due": i.due_date, "amount": i.amount, "paid_amount": i.paid_amount, "paid_on": i.paid_on}
                        for i in instalments.get(a.id, [])
                    ],
                }
                for a in agreements
            ],
            hearings=[
                {
                    "hearing_id": h.id,
                    "kind": h.kind,
                    "at": h.at,
                    "place": h.place,
                    "link": h.link,
                    "status": h.status,
                    "outcome": h.outcome,
                }
                for h in hearings
            ],
            embargoes=[
                {
                    "embargo_id": e.id,
                    "asset_type": e.asset_type,
                    "description": e.description,
                    "registrar": e.registrar,
                    "oficio_number": e.oficio_number,
                    "cap": e.cap,
                    "status": e.status,
                    "requested_on": e.requested_on,
                    "decreed_on": e.decreed_on,
                    "registered_on": e.registered_on,
                    "executed_on": e.executed_on,
                    "lifted_on": e.lifted_on,
                }
                for e in embargoes
            ],
            settlement_offers=[
                {
                    "offer_id": o.id,
                    "parent_id": o.parent_id,
                    "party": o.party,
                    "amount": o.amount,
                    "instalments": o.instalments,
                    "made_on": o.made_on,
                    "expires_on": o.expires_on,
                    # an open offer past its expiry date reads «vencida» (domain.offers): nothing writes it
                    "status": offer_status(o.status, o.expires_on, today),
                    "notes": o.notes,
                }
                for o in offers
            ],
            payments=[
                {
                    "payment_id": p.id,
                    "date": p.date,
                    "amount": p.amount,
                    "reference": p.reference,
                    "to_costs": p.to_costs,
                    "to_interest": p.to_interest,
                    "to_capital": p.to_capital,
                    "by": p.by_user,
                }
                for p in payments
            ],
            deadlines=[
                {
                    "deadline_id": d.id,
                    "rule": d.rule_code,
                    "label": d.label,
                    "event_date": d.event_date,
                    "due": d.due,
                    "status": d.status,
                    "met_on": d.met_on,
                    "explanation": d.explanation,
                    "explanation_parts": d.explanation_parts,
                }
                for d in deadlines
            ],
            documents=[
                {
                    "document_id": d.id,
                    "template": d.template,
                    "title": d.title,
                    "version": d.version,
                    "template_version": d.template_version,
                    "docx_sha256": d.docx_sha256,
                    "pdf_sha256": d.pdf_sha256,
                    "filename": d.filename,
                    "by": d.by_user,
                    "created_at": d.created_at,
                }
                for d in documents
            ],
            tasks=[
                {
                    "task_id": t.id,
                    "kind": t.kind,
                    "title": t.title,
                    "blocking": t.blocking,
                    "due": t.due,
                    "done_at": t.done_at,
                }
                for t in tasks
            ],
            events=[{"event_id": e.id, "code": e.code, "date": e.date, "notes": e.notes} for e in events],
            readiness=readiness,
            allowed_stages=allowed,
            reopen_stages=[t.value for t in reopen_targets(stage)],
            archived=c.archived,
            stage_reason=reason,
            last_action=last_action,
        )


def _handover_view(s: Session, c: Case, reason: str | None) -> CaseFile:
    """What collections see of a handover legal accepted: what «Mis entregas» needs, nothing of the legal file."""
    debtor = s.execute(select(Party).where(Party.case_id == c.id, Party.role == "debtor")).scalars().first()
    names = dict(
        s.execute(
            select(User.id, User.full_name).where(User.id.in_([x for x in (c.lawyer_id, c.handed_over_by_id) if x]))
        ).all()
    )
    return CaseFile(
        case_id=c.id,
        account_ref=c.account_ref,
        stage=c.stage,
        stage_label=STAGE_LABELS_ES[Stage(c.stage)],
        jurisdiction=c.jurisdiction,
        currency=c.currency,
        capital=c.capital,
        due_date=None,
        title_type=None,
        title_number=None,
        issue_date=None,
        agreed_rate=None,
        original_location=None,
        costs=Decimal("0"),
        court=None,
        city=None,
        radicado=c.radicado,
        filed_on=None,
        client=None,
        lawyer=names.get(c.lawyer_id or 0),
        lawyer_id=c.lawyer_id,
        paralegal=None,
        handed_over_by=names.get(c.handed_over_by_id or 0),
        handed_over_at=c.handed_over_at,
        prelegal_summary=None,
        return_reason=c.return_reason,
        demand_letter_waiver=None,
        limitation_date=None,
        limitation_flag=None,
        notes=None,
        version=c.version,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        debtor=None
        if debtor is None
        else PartyInfo(debtor.id, "debtor", debtor.name, debtor.id_type, debtor.id_number, *(None,) * 6),
        guarantors=[],
        evidence=[],
        contacts=[],
        notices=[],
        agreements=[],
        hearings=[],
        embargoes=[],
        settlement_offers=[],
        payments=[],
        deadlines=[],
        documents=[],
        tasks=[],
        events=[],
        readiness=[],
        archived=c.archived,
        limited=True,
        stage_reason=reason,
    )


def add_lift_measures_task(s: Session, case_id: int) -> None:
    """Closing as paid or settled with measures still in force: a blocking task to lift them (DOMAIN.md §2)."""
    live = s.execute(
        select(func.count(Embargo.id)).where(
            Embargo.case_id == case_id, Embargo.status.in_(("decreed", "registered", "executed"))
        )
    ).scalar_one()
    if live:
        s.add(
            Task(
                case_id=case_id,
                kind="lift_measures",
                blocking=True,
                title=f"Levantar medidas cautelares ({live} vigentes) — solicitar al juzgado el levantamiento "
                "de embargos",
            )
        )


def stage_change_summary(current: Stage, target: Stage, reason: str = "") -> str:
    """What a stage move's audit event says: «Listo para radicar → Demanda radicada (motivo)»."""
    return f"{STAGE_LABELS_ES[current]} → {STAGE_LABELS_ES[target]}" + (f" ({reason})" if reason else "")


def record_stage_change(s: Session, actor: Actor, case: Case, target: Stage, reason: str = "") -> None:
    """Set a case's stage and write the audit event that says from where, to where and why."""
    current = Stage(case.stage)
    case.stage = target.value
    reason = reason.strip()
    audit.record(
        s,
        actor.username,
        "case.stage",
        "case",
        case.id,
        case_id=case.id,
        summary=stage_change_summary(current, target, reason),
        before={"stage": current.value},
        after={"stage": target.value, "reason": reason or None, "radicado": case.radicado},
    )


def close_settlement_kept(s: Session, actor: Actor, case: Case) -> bool:
    """All instalments paid while the settlement is active: the case closes as settled (DOMAIN.md §2)."""
    if case.stage != Stage.SETTLEMENT_ACTIVE.value:
        return False
    add_lift_measures_task(s, case.id)
    _close_terms(s, case, None, dt.date.today(), status="closed")
    case.settlement_return_stage = None
    record_stage_change(s, actor, case, Stage.CLOSED_SETTLED, "acuerdo cumplido: todas las cuotas pagadas")
    return True


def _has_active_agreement(s: Session, case_id: int) -> bool:
    """Whether the case has a signed payment agreement still in force (neither kept nor broken)."""
    found = s.execute(
        select(PaymentAgreement.id).where(PaymentAgreement.case_id == case_id, PaymentAgreement.status == "active")
    ).first()
    return found is not None


def _radicado(raw: str | None, jurisdiction: str) -> str:
    """The radicado to store (`normalize_radicado`), a wrong one refused with its sentence."""
    try:
        return normalize_radicado(raw, jurisdiction)
    except IdError as exc:
        raise ValidationFailed(text_of(exc)) from None


def move_stage(
    desk: Desk,
    actor: Actor,
    case: int | str,
    target: str,
    *,
    reason: str = "",
    expected_version: int | None = None,
    radicado: str | None = None,
    court: str | None = None,
    filed_on: dt.date | None = None,
    today: dt.date | None = None,
) -> CaseFile:
    """Move a case along its lifecycle (only allowed transitions; lawyers for the legal steps)."""
    try:
        target_stage = Stage(target)
    except ValueError:
        raise ValidationFailed(Text(M.STAGE_UNKNOWN, value=target)) from None
    if target_stage in LAWYER_ONLY_TARGETS:
        actor.require(Action.MOVE_STAGE_LEGAL)
    with desk.uow() as uow:
        s = uow.session
        needed = stage_move_action(Stage(find_case(s, case).stage), target_stage)
        c = get_case_for_write(s, actor, case, expected_version, action=needed)
        current = Stage(c.stage)
        if stage_move_action(current, target_stage) is not needed:  # it moved before we held the row
            actor.require(stage_move_action(current, target_stage))
        back = Stage(c.settlement_return_stage) if c.settlement_return_stage else None
        try:
            check_transition(current, target_stage, reason=reason, settlement_return_to=back)
        except TransitionError as exc:
            raise ValidationFailed(text_of(exc)) from None
        if target_stage is Stage.SETTLEMENT_ACTIVE and not _has_active_agreement(s, c.id):
            # DOMAIN §2: it is a signed agreement that puts the case in this stage; without one recorded,
            # «Marcar incumplido» could never send it back and the last instalment never close it
            raise ValidationFailed(
                Text(M.SETTLEMENT_NEEDS_AGREEMENT, ref=c.account_ref, stage=stage_term(Stage.SETTLEMENT_ACTIVE))
            )
        if target_stage is Stage.READY_TO_FILE:
            cf_missing = _missing_now(s, c, today or dt.date.today())
            if cf_missing:
                raise ValidationFailed(Text(M.NOT_READY_TO_FILE, missing=Series(tuple(cf_missing), "; ")))
        if target_stage is Stage.FILED:
            rad = _radicado(radicado or c.radicado, c.jurisdiction)
            if not rad:
                raise ValidationFailed(Text(M.RADICADO_MISSING))
            c.radicado = rad
            c.court = (court or c.court or "").strip() or None
            if current is Stage.CORRECTION_PENDING:
                # corrected (art. 90): the lawsuit keeps its filing date; `filed_on` is the day of the correction
                _close_terms(s, c, ("CORRECT",), filed_on or today or dt.date.today())
            else:
                c.filed_on = filed_on or c.filed_on or dt.date.today()
            search.reindex_case(s, c.id)
        elif current is Stage.CORRECTION_PENDING:
            # rejected: the lawsuit was not (or not properly) corrected; the term stops running, not met
            _close_terms(s, c, ("CORRECT",), today or dt.date.today(), status="missed")
        if target_stage is Stage.DEFENCES_FILED:
            _close_terms(s, c, ("DEFENCES",), today or dt.date.today())
        if target_stage in CLOSED_STAGES:
            # a closed case has no running terms: they leave the agenda and the overdue counts
            _close_terms(s, c, None, today or dt.date.today(), status="closed")
        if target_stage is Stage.SETTLEMENT_ACTIVE:
            c.settlement_return_stage = current.value
        elif current is Stage.SETTLEMENT_ACTIVE:
            c.settlement_return_stage = None
        if target_stage is Stage.RETURNED_TO_COLLECTIONS:
            c.return_reason = reason.strip()
        if current is Stage.PRE_LEGAL and target_stage is Stage.INTAKE and c.handed_over_by_id is None:
            c.handed_over_by_id = actor.user_id  # handing over a pre-legal account (*traslado a jurídico*)
            c.handed_over_at = utcnow()
        if (
            target_stage is Stage.EVIDENCE
            and current is Stage.INTAKE
            and c.lawyer_id is None
            and actor.role is Role.LAWYER
        ):
            c.lawyer_id = actor.user_id  # accepting a handover assigns it to the lawyer
        if target_stage in (Stage.CLOSED_PAID, Stage.CLOSED_SETTLED):
            add_lift_measures_task(s, c.id)
        touch(c, actor)
        record_stage_change(s, actor, c, target_stage, reason)
        actuaciones.sync(s, c)  # a step of the process: the art. 317 count starts again (lit. c)
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


def _close_terms(
    s: Session, c: Case, rule_codes: tuple[str, ...] | None, on: dt.date, *, status: str | None = None
) -> None:
    """Open terms (of `rule_codes`, or all) stop running on `on`: the step was taken (met, or missed if late),
    or `status` says why not («missed»: the step was not taken; «closed»: the case closed)."""
    from legal_desk.db.models import Deadline
    from legal_desk.domain.deadlines import deadline_status

    query = select(Deadline).where(Deadline.case_id == c.id, Deadline.status == "open")
    if rule_codes is not None:
        query = query.where(Deadline.rule_code.in_(rule_codes))
    for d in s.execute(query).scalars():
        d.met_on = on
        d.status = status or deadline_status(d.due, on, on)
    s.flush()
    c.next_deadline = s.execute(
        select(func.min(Deadline.due)).where(Deadline.case_id == c.id, Deadline.status == "open")
    ).scalar()


def _missing_now(s: Session, c: Case, today: dt.date) -> list[Term | Text]:
    debt = s.execute(select(Debt).where(Debt.case_id == c.id)).scalar_one_or_none()
    debtor = s.execute(select(Party).where(Party.case_id == c.id, Party.role == "debtor")).scalars().first()
    evidence = list(s.execute(select(Evidence).where(Evidence.case_id == c.id)).scalars())
    notices = list(s.execute(select(Notice).where(Notice.case_id == c.id)).scalars())
    contacts = s.execute(select(func.count(ContactAttempt.id)).where(ContactAttempt.case_id == c.id)).scalar_one()
    docs = list(s.execute(select(GeneratedDocument).where(GeneratedDocument.case_id == c.id)).scalars())
    lines = _readiness(s, c, debt, debtor, evidence, notices, int(contacts), docs, today)
    return [_readiness_gap(ln.label, ln.detail) for ln in lines if not ln.ok]


def _readiness_gap(label: str, detail: str) -> Term | Text:
    """A checklist item not met, inside a refusal: «Poder especial para actuar: falta …»."""
    name = label_term(label)
    return Text(M.READINESS_GAP, label=name, detail=Term("readiness", detail, detail)) if detail else name


def return_to_collections(
    desk: Desk, actor: Actor, case: int | str, reason: str, expected_version: int | None = None
) -> CaseFile:
    """Send a handed-over case back to collections with a reason (*devolución*)."""
    actor.require(Action.RETURN_CASE)
    return move_stage(
        desk, actor, case, Stage.RETURNED_TO_COLLECTIONS.value, reason=reason, expected_version=expected_version
    )


@dataclass(frozen=True)
class CaseUpdate:
    """Editable fields of the case header; None leaves a field as it is."""

    court: str | None = None
    city: str | None = None
    radicado: str | None = None
    lawyer_id: int | None = None
    paralegal_id: int | None = None
    original_location: str | None = None
    demand_letter_waiver: str | None = None
    limitation_flag: str | None = None
    notes: str | None = None
    agreed_rate: Decimal | None = None
    costs: Decimal | None = None
    capital: Decimal | None = None
    due_date: dt.date | None = None
    issue_date: dt.date | None = None
    title_type: str | None = None
    title_number: str | None = None
    account_ref: str | None = None  # the bank's obligation number: a correction, by a lawyer or an admin
    #: Remove the agreed moratory rate (a title that refers to the legal maximum): the table's rate applies.
    clear_agreed_rate: bool = False


#: Who may correct a case's obligation number (the key the bank, the documents and the packets cite).
ACCOUNT_REF_EDITORS = (Role.LAWYER, Role.ADMIN)


#: Who may be assigned to a case: its lawyer signs the filings (an admin holds every lawyer's
#: permission, so a small firm's lead lawyer may be its admin), its paralegal assembles the evidence.
_ASSIGNABLE = {
    "lawyer_id": ((Role.LAWYER, Role.ADMIN), Text(M.AS_LAWYER)),
    "paralegal_id": ((Role.PARALEGAL, Role.LAWYER, Role.ADMIN), Text(M.AS_PARALEGAL)),
}


def _role_term(role: Role) -> Term:
    return Term("role", role.value, ROLE_LABELS_ES[role])


def check_assignee(session: Session, user_id: int, field: str) -> None:
    """Refuse assigning a case's (or a hearing's) lawyer or paralegal to a missing, inactive or wrong-role user."""
    roles, what = _ASSIGNABLE[field]
    user = session.get(User, user_id)
    if user is None:
        raise ValidationFailed(Text(M.ASSIGNEE_MISSING, what=what))
    if not user.active:
        raise ValidationFailed(Text(M.ASSIGNEE_INACTIVE, user=user.username, what=what))
    if Role(user.role) not in roles:
        role, possible = _role_term(Role(user.role)), Series(tuple(_role_term(r) for r in roles))
        raise ValidationFailed(Text(M.ASSIGNEE_ROLE, user=user.username, role=role, what=what, roles=possible))


def update_case(
    desk: Desk, actor: Actor, case: int | str, changes: CaseUpdate, expected_version: int | None = None
) -> CaseFile:
    """Edit the case header (court, radicado, assignment, title location, …), audited field by field."""
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, expected_version)
        debt = s.execute(select(Debt).where(Debt.case_id == c.id)).scalar_one_or_none()
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for name in (
            "court",
            "city",
            "radicado",
            "lawyer_id",
            "paralegal_id",
            "demand_letter_waiver",
            "limitation_flag",
            "notes",
        ):
            value = getattr(changes, name)
            if name == "radicado" and value is not None:
                value = _radicado(value, c.jurisdiction)  # 23 digits in Colombia, however it was typed
            if value is not None and value != getattr(c, name):
                if name == "radicado":
                    actor.require(Action.MOVE_STAGE_LEGAL)  # the court file number is the lawyer's to record
                if name in ("lawyer_id", "paralegal_id"):
                    actor.require(Action.ACCEPT_CASE)
                    check_assignee(s, value, name)
                before[name], after[name] = getattr(c, name), value
                setattr(c, name, value if value != "" else None)
        if changes.account_ref is not None and changes.account_ref.strip() != c.account_ref:
            ref = changes.account_ref.strip()
            if Role(actor.role) not in ACCOUNT_REF_EDITORS:
                role = _role_term(Role(actor.role))
                raise PermissionDenied(Text(M.ACCOUNT_REF_FIX_DENIED, user=actor.username, role=role))
            if not ref:
                raise ValidationFailed(Text(M.ACCOUNT_REF_EMPTY))
            other = s.execute(select(Case.id).where(Case.account_ref == ref, Case.id != c.id)).scalar_one_or_none()
            if other is not None:
                raise Conflict(Text(M.ACCOUNT_REF_TAKEN, ref=ref, other=other))
            before["account_ref"], after["account_ref"] = c.account_ref, ref
            c.account_ref = ref
        if changes.costs is not None and changes.costs < 0:
            raise ValidationFailed(Text(M.COSTS_NEGATIVE))
        for amount, field in ((changes.costs, M.COSTS), (changes.capital, M.CAPITAL)):
            try:
                check_amount_range(amount if amount is not None else ZERO)
            except AmountError as exc:
                raise ValidationFailed(Text(M.FIELD, field=Text(field), error=text_of(exc))) from None
        if changes.agreed_rate is not None and not (0 <= changes.agreed_rate <= MAX_ANNUAL_RATE):
            effective = rate_convention(c.jurisdiction).kind == EFFECTIVE
            raise ValidationFailed(Text(M.AGREED_RATE_RANGE if effective else M.AGREED_RATE_RANGE_NOMINAL))
        if changes.clear_agreed_rate and changes.agreed_rate is not None:
            raise ValidationFailed(Text(M.AGREED_RATE_BOTH))
        if changes.capital is not None and changes.capital <= 0:
            raise ValidationFailed(Text(M.FIELD, field=Text(M.CAPITAL), error=Text(M.AMOUNT_NOT_POSITIVE)))
        if changes.title_type is not None and changes.title_type not in TITLE_TYPES:
            raise ValidationFailed(Text(M.TITLE_TYPE_UNKNOWN, value=changes.title_type))
        if debt is not None:
            for name in (
                "original_location",
                "agreed_rate",
                "costs",
                "capital",
                "due_date",
                "issue_date",
                "title_type",
                "title_number",
            ):
                value = getattr(changes, name)
                if value is not None and value != getattr(debt, name):
                    before[name], after[name] = getattr(debt, name), value
                    setattr(debt, name, value)
            if changes.clear_agreed_rate and debt.agreed_rate is not None:
                before["agreed_rate"], after["agreed_rate"] = debt.agreed_rate, None
                debt.agreed_rate = None
            if debt.issue_date and debt.issue_date > debt.due_date:
                raise ValidationFailed(Text(M.ISSUE_AFTER_DUE))
            if "capital" in after:
                c.capital = debt.capital
            if {"due_date", "title_type"} & set(after):
                c.limitation_date = compute_limitation(
                    calendar_for(s, c.jurisdiction), debt.title_type, debt.due_date, c.jurisdiction
                )
        if not after:
            uow.commit()
            return get_case_file(desk, actor, c.id)
        if {"radicado", "account_ref"} & set(after):
            search.reindex_case(s, c.id)
        if {"agreed_rate", "costs", "capital", "due_date"} & set(after):
            from legal_desk.services.payments import reapply_payments

            s.flush()
            reapply_payments(s, [c.id])  # the stored splits follow the debt's new terms
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "case.update",
            "case",
            c.id,
            case_id=c.id,
            summary="Datos del expediente: " + ", ".join(after),
            before=before,
            after=after,
        )
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


@dataclass(frozen=True)
class PartyUpdate:
    """Editable fields of a party; None leaves a field as it is, "" clears it."""

    name: str | None = None
    id_type: str | None = None
    id_number: str | None = None
    address: str | None = None
    city: str | None = None
    email: str | None = None
    email_source: str | None = None
    phone: str | None = None
    authorised_channels: str | None = None


def _refresh_debtor_columns(s: Session, case: Case) -> None:
    debtor = s.execute(select(Party).where(Party.case_id == case.id, Party.role == "debtor")).scalars().first()
    if debtor is not None:
        case.debtor_name, case.debtor_id_number = debtor.name, debtor.id_number


def update_party(
    desk: Desk, actor: Actor, party_id: int, changes: PartyUpdate, expected_version: int | None = None
) -> CaseFile:
    """Correct or complete a party (address, e-mail and its source, authorised channels, ID), audited."""
    with desk.uow() as uow:
        s = uow.session
        p = s.get(Party, party_id)
        if p is None:
            raise NotFound(Text(M.PARTY_NOT_FOUND, id=party_id))
        c = get_case_for_write(s, actor, p.case_id, expected_version)
        merged = PartyInput(
            name=p.name if changes.name is None else changes.name,
            id_type=p.id_type if changes.id_type is None else changes.id_type,
            id_number=p.id_number if changes.id_number is None else changes.id_number,
            role=p.role,
            address=p.address if changes.address is None else (changes.address.strip() or None),
            city=p.city if changes.city is None else (changes.city.strip() or None),
            email=p.email if changes.email is None else changes.email,
            email_source=p.email_source if changes.email_source is None else (changes.email_source.strip() or None),
            phone=p.phone if changes.phone is None else (changes.phone.strip() or None),
            authorised_channels=p.authorised_channels
            if changes.authorised_channels is None
            else (changes.authorised_channels.strip() or None),
        )
        checked = _party(merged, Text(M.DEBTOR if p.role == "debtor" else M.GUARANTOR), c.jurisdiction)
        fields = (
            "name",
            "id_type",
            "id_number",
            "address",
            "city",
            "email",
            "email_source",
            "phone",
            "authorised_channels",
        )
        before = {f: getattr(p, f) for f in fields}
        for f in fields:
            setattr(p, f, getattr(checked, f))
        after = {f: getattr(p, f) for f in fields if getattr(p, f) != before[f]}
        if not after:
            uow.commit()
            return get_case_file(desk, actor, c.id)
        _refresh_debtor_columns(s, c)
        if {"name", "id_number"} & set(after):
            s.flush()
            search.reindex_case(s, c.id)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "party.update",
            "party",
            p.id,
            case_id=c.id,
            summary=f"{'Deudor' if p.role == 'debtor' else 'Codeudor'} {p.name}: " + ", ".join(after),
            before={f: before[f] for f in after},
            after=after,
        )
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


@dataclass(frozen=True)
class CreditorUpdate:
    """Data of the case's creditor (*acreedor*) that the poder and the demanda cite; None leaves a field."""

    name: str | None = None
    id_number: str | None = None
    address: str | None = None
    city: str | None = None
    email: str | None = None
    representative: str | None = None
    representative_id: str | None = None


_CREDITOR_FIELDS = ("name", "id_number", "address", "city", "email", "representative", "representative_id")


def update_creditor(
    desk: Desk, actor: Actor, case: int | str, changes: CreditorUpdate, expected_version: int | None = None
) -> CaseFile:
    """Complete or correct the creditor of a case (shared by every case of that creditor), audited."""
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, expected_version)
        client = s.get(Client, c.client_id) if c.client_id else None
        name = (changes.name or "").strip() if changes.name is not None else None
        nit = (changes.id_number or "").strip() if changes.id_number is not None else None
        tax_id = CREDITOR_ID_TYPE.get(c.jurisdiction, "NIT")  # NIT, CUIT, RFC or NIF: the case's country's
        if nit:
            nit = creditor_id(c.jurisdiction, nit)[1]
        if client is None:
            if not (name and nit):
                raise ValidationFailed(Text(M.CREDITOR_NAME_AND_NIT, tax_id=tax_id))
            client = _client(s, name, nit, c.jurisdiction)
            assert client is not None
            c.client_id = client.id
        if name is not None and not name:
            raise ValidationFailed(Text(M.CREDITOR_NAME_EMPTY))
        if nit is not None and not nit:
            raise ValidationFailed(Text(M.CREDITOR_NIT_EMPTY, tax_id=tax_id))
        if nit and nit != client.id_number:
            other = s.execute(select(Client).where(Client.id_number == nit)).scalar_one_or_none()
            if other is not None:
                raise ValidationFailed(Text(M.CREDITOR_NIT_TAKEN, tax_id=tax_id, nit=nit, other=other.name))
        if changes.email and changes.email.strip() and not EMAIL_RE.match(changes.email.strip()):
            raise ValidationFailed(Text(M.CREDITOR_EMAIL, email=changes.email.strip()))
        before = {f: getattr(client, f) for f in _CREDITOR_FIELDS}
        for f in _CREDITOR_FIELDS:
            value = getattr(changes, f)
            if value is None:
                continue
            if f == "name":
                value = name
            elif f == "id_number":
                value = nit
            else:
                value = value.strip() or None
            setattr(client, f, value)
        after = {f: getattr(client, f) for f in _CREDITOR_FIELDS if getattr(client, f) != before[f]}
        if after:
            touch(c, actor)
            audit.record(
                s,
                actor.username,
                "client.update",
                "client",
                client.id,
                case_id=c.id,
                summary=f"Acreedor {client.name}: " + ", ".join(after),
                before={f: before[f] for f in after},
                after=after,
            )
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


def add_party(
    desk: Desk, actor: Actor, case: int | str, party: PartyInput, expected_version: int | None = None
) -> CaseFile:
    """Add a co-debtor or guarantor (*codeudor / avalista*) to a case."""
    if party.role not in ("guarantor", "codebtor"):
        raise ValidationFailed(Text(M.PARTY_ROLE_ADDABLE))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, expected_version)
        checked = _party(party, Text(M.GUARANTOR), c.jurisdiction)
        p = Party(
            case_id=c.id,
            role=party.role,
            name=checked.name,
            id_type=checked.id_type,
            id_number=checked.id_number,
            address=checked.address,
            city=checked.city,
            email=checked.email,
            email_source=checked.email_source,
            phone=checked.phone,
            authorised_channels=checked.authorised_channels,
        )
        s.add(p)
        s.flush()
        search.reindex_case(s, c.id)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "party.add",
            "party",
            p.id,
            case_id=c.id,
            summary=f"Codeudor agregado: {p.name} ({p.id_type} {p.id_number})",
            after={"name": p.name, "id_type": p.id_type, "id_number": p.id_number, "role": p.role},
        )
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


def reopen_case(
    desk: Desk, actor: Actor, case: int | str, target: str, reason: str, *, expected_version: int | None = None
) -> CaseFile:
    """Reopen a closed case by an explicit, audited event (a closed case is never deleted)."""
    actor.require(Action.MOVE_STAGE_LEGAL)
    if not reason.strip():
        raise ValidationFailed(Text(M.REOPEN_REASON))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, expected_version, action=Action.MOVE_STAGE_LEGAL)
        current = Stage(c.stage)
        targets = reopen_targets(current)
        if not targets:
            raise ValidationFailed(Text(M.NOT_CLOSED, ref=c.account_ref, stage=stage_term(current)))
        try:
            target_stage = Stage(target)
        except ValueError:
            raise ValidationFailed(Text(M.STAGE_UNKNOWN, value=target)) from None
        if target_stage not in targets:
            allowed = Series(tuple(stage_term(t) for t in targets))
            raise ValidationFailed(Text(M.REOPEN_TARGETS, stage=stage_term(current), allowed=allowed))
        c.stage = target_stage.value
        c.settlement_return_stage = None
        if current is Stage.RETURNED_TO_COLLECTIONS:
            c.return_reason = None
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "case.reopen",
            "case",
            c.id,
            case_id=c.id,
            summary=f"Reabierto: {STAGE_LABELS_ES[current]} → {STAGE_LABELS_ES[target_stage]} ({reason.strip()})",
            before={"stage": current.value},
            after={"stage": target_stage.value, "reason": reason.strip()},
        )
        uow.commit()
        cid = c.id
    return get_case_file(desk, actor, cid)


def set_archived(desk: Desk, actor: Actor, case: int | str, archived: bool, reason: str) -> None:
    """Archive (or un-archive) a case: nothing is ever deleted outright."""
    actor.require(Action.MOVE_STAGE_LEGAL)
    if not reason.strip():
        raise ValidationFailed(Text(M.ARCHIVE_REASON))
    with desk.uow() as uow:
        c = get_case_for_write(uow.session, actor, case)
        c.archived = archived
        touch(c, actor)
        audit.record(
            uow.session,
            actor.username,
            "case.archive" if archived else "case.unarchive",
            "case",
            c.id,
            case_id=c.id,
            summary=reason.strip(),
            after={"archived": archived},
        )
        uow.commit()


def complete_task(desk: Desk, actor: Actor, task_id: int) -> None:
    """Mark a task done (e.g. the measures were lifted)."""
    with desk.uow() as uow:
        t = uow.session.get(Task, task_id)
        if t is None:
            raise NotFound(Text(M.TASK_NOT_FOUND, id=task_id))
        get_case_for_write(uow.session, actor, t.case_id)
        t.done_at = utcnow()
        audit.record(uow.session, actor.username, "task.done", "task", t.id, case_id=t.case_id, summary=t.title)
        uow.commit()


def timeline(desk: Desk, actor: Actor, case: int | str) -> list[dict[str, Any]]:
    """Everything that happened to a case, newest first (from the audit log)."""
    from legal_desk.db.models import AuditEvent

    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        rows = s.execute(
            select(
                AuditEvent.at,
                AuditEvent.username,
                AuditEvent.action,
                AuditEvent.summary,
                AuditEvent.before,
                AuditEvent.after,
            )
            .where(AuditEvent.case_id == c.id)
            .order_by(AuditEvent.id.desc())
        ).all()
        # before/after: the values the event stored, so an interface can word the summary in its language
        return [
            {"at": r[0], "user": r[1], "action": r[2], "summary": r[3], "before": r[4] or {}, "after": r[5] or {}}
            for r in rows
        ]
