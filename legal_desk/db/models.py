"""SQLAlchemy 2 typed models of the case file; the schema is made only by Alembic migrations."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from legal_desk.domain.text import sort_key

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(18, 2)
Rate = Numeric(9, 4)


def _debtor_sort_default(context: Any) -> str:
    """Core inserts that give no debtor_sort (a backup from before it existed) derive it from the name."""
    return sort_key(context.get_current_parameters().get("debtor_name"))


def utcnow() -> dt.datetime:
    """Timestamps are stored in UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints the same everywhere."""

    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A person who uses the desk, with a role and an argon2 password hash."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    id_number: Mapped[str | None] = mapped_column(String(30))
    professional_card: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))  # for notices (*dirección de notificaciones*)
    phone: Mapped[str | None] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Log-in lockout: wrong passwords in a row, and until when (UTC) the account refuses to log in.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Client(Base):
    """The creditor the legal team collects for (bank, fintech, utility)."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(10), default="NIT")
    id_number: Mapped[str] = mapped_column(String(30), unique=True)
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    representative: Mapped[str | None] = mapped_column(String(200))
    representative_id: Mapped[str | None] = mapped_column(String(40))


class Case(Base):
    """A case file (*expediente*) from handover to closing; list columns are kept denormalised."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_ref: Mapped[str] = mapped_column(String(60), unique=True)
    stage: Mapped[str] = mapped_column(String(40))
    jurisdiction: Mapped[str] = mapped_column(String(2), default="CO")
    currency: Mapped[str] = mapped_column(String(3), default="COP")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    court: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    radicado: Mapped[str | None] = mapped_column(String(40))
    filed_on: Mapped[dt.date | None] = mapped_column(Date)
    lawyer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paralegal_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handed_over_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    handed_over_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    prelegal_summary: Mapped[str | None] = mapped_column(Text)
    return_reason: Mapped[str | None] = mapped_column(Text)
    settlement_return_stage: Mapped[str | None] = mapped_column(String(40))
    demand_letter_waiver: Mapped[str | None] = mapped_column(Text)
    limitation_flag: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Denormalised for a fast docket at 1,000,000 cases (kept by the services).
    debtor_name: Mapped[str] = mapped_column(String(200), default="")
    # The docket's «Deudor» order (domain.text.sort_key of debtor_name): the database's own collation
    # would put Álvaro after Zapata on SQLite and beside Alba on a Spanish PostgreSQL server.
    debtor_sort: Mapped[str] = mapped_column(String(200), default=_debtor_sort_default, server_default="")
    debtor_id_number: Mapped[str] = mapped_column(String(30), default="")
    capital: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    recovered: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    limitation_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    next_hearing_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    next_deadline: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    # Every index here is paid for by each imported case. (stage, id) also answers stage-only queries;
    # radicado and lawyer are empty at handover, so their indexes hold only the cases that have one.
    __table_args__ = (
        Index("ix_cases_stage_id", "stage", "id"),
        Index("ix_cases_debtor_sort_id", "debtor_sort", "id"),
        Index(
            "ix_cases_radicado",
            "radicado",
            sqlite_where=text("radicado IS NOT NULL"),
            postgresql_where=text("radicado IS NOT NULL"),
        ),
        Index(
            "ix_cases_lawyer_id",
            "lawyer_id",
            sqlite_where=text("lawyer_id IS NOT NULL"),
            postgresql_where=text("lawyer_id IS NOT NULL"),
        ),
        Index(
            "ix_cases_next_deadline",
            "next_deadline",
            sqlite_where=text("next_deadline IS NOT NULL"),
            postgresql_where=text("next_deadline IS NOT NULL"),
        ),
        # A lawyer's docket in priority order (DOMAIN.md §6) reads their cases by limitation date …
        Index(
            "ix_cases_lawyer_limitation",
            "lawyer_id",
            "limitation_date",
            sqlite_where=text("lawyer_id IS NOT NULL"),
            postgresql_where=text("lawyer_id IS NOT NULL"),
        ),
        # (The handovers no lawyer has accepted yet are read from (stage, id) and sorted: every imported case
        # is one, and an index of them cost a bulk import about 0.2 s per 100,000 rows; so would one on capital.)
    )

    @validates("debtor_name")
    def _keep_debtor_sort(self, _key: str, value: str) -> str:
        self.debtor_sort = sort_key(value)
        return value

    client: Mapped[Client | None] = relationship()
    parties: Mapped[list[Party]] = relationship(back_populates="case", order_by="Party.id")
    debt: Mapped[Debt | None] = relationship(back_populates="case", uselist=False)


class Party(Base):
    """Debtor, co-debtor or guarantor of a case (*deudor, codeudor, avalista*)."""

    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # debtor | codebtor | guarantor
    name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(10))
    # Not indexed: cases are found by ID number through the search index (legal_desk.db.search), and
    # no query looks parties up by it; an index cost every imported party a random B-tree insert.
    id_number: Mapped[str] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    email_source: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    authorised_channels: Mapped[str | None] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="parties")


class Debt(Base):
    """The debt and its enforceable title (*título ejecutivo*: pagaré, letra, factura, contrato)."""

    __tablename__ = "debts"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    capital: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="COP")
    due_date: Mapped[dt.date] = mapped_column(Date)
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    title_type: Mapped[str] = mapped_column(String(20), default="pagare")
    title_number: Mapped[str | None] = mapped_column(String(60))
    agreed_rate: Mapped[Decimal | None] = mapped_column(Rate)
    original_location: Mapped[str | None] = mapped_column(String(300))
    costs: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    case: Mapped[Case] = relationship(back_populates="debt")


class Evidence(Base):
    """A file in the case file, stored unchanged under its SHA-256 (*prueba / anexo*)."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    added_by: Mapped[str | None] = mapped_column(String(80))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ContactAttempt(Base):
    """One contact with the debtor: call, SMS, e-mail, WhatsApp, visit or letter, with its outcome."""

    __tablename__ = "contact_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(3), default="out")
    outcome: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    by_user: Mapped[str | None] = mapped_column(String(80))
    violations: Mapped[str | None] = mapped_column(Text)


class PaymentAgreement(Base):
    """A signed payment agreement (*acuerdo de pago*) and whether it was kept or broken."""

    __tablename__ = "payment_agreements"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    signed_on: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | kept | broken
    broken_on: Mapped[dt.date | None] = mapped_column(Date)
    prelegal: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    instalments: Mapped[list[Instalment]] = relationship(order_by="Instalment.due_date")


class Instalment(Base):
    """One instalment of a payment agreement: what is due, what was paid."""

    __tablename__ = "instalments"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("payment_agreements.id"), index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)


class Notice(Base):
    """A notice sent to a party with its proof of receipt (*constancia / certificado de entrega*)."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="demand_letter")
    channel: Mapped[str] = mapped_column(String(20))
    carrier: Mapped[str | None] = mapped_column(String(100))
    tracking: Mapped[str | None] = mapped_column(String(100))
    recipient: Mapped[str | None] = mapped_column(String(200))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    return_reason: Mapped[str | None] = mapped_column(String(200))
    proof_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class Hearing(Base):
    """A hearing (*audiencia*: inicial art. 372, instrucción y juzgamiento art. 373, …)."""

    __tablename__ = "hearings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str | None] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(String(500))
    lawyer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # scheduled|held|postponed|cancelled


class Embargo(Base):
    """A precautionary measure (*embargo y secuestro / medida cautelar*) and its status."""

    __tablename__ = "embargoes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    asset_type: Mapped[str] = mapped_column(String(30))  # account|salary|vehicle|real_estate|shares|other
    description: Mapped[str] = mapped_column(Text, default="")
    registrar: Mapped[str | None] = mapped_column(String(200))  # bank, vehicle or property registry
    oficio_number: Mapped[str | None] = mapped_column(String(60))
    cap: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="requested")
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    decreed_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    executed_on: Mapped[dt.date | None] = mapped_column(Date)
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class SettlementOffer(Base):
    """An offer or counter-offer in an open settlement negotiation (*propuesta de transacción*)."""

    __tablename__ = "settlement_offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("settlement_offers.id"))
    party: Mapped[str] = mapped_column(String(10))  # creditor | debtor
    amount: Mapped[Decimal] = mapped_column(Money)
    instalments: Mapped[int] = mapped_column(Integer, default=1)
    made_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|accepted|rejected|expired|withdrawn
    notes: Mapped[str | None] = mapped_column(Text)


class Payment(Base):
    """A payment received (*abono*) and how it was applied: costs → interest → capital."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str | None] = mapped_column(String(100))
    by_user: Mapped[str | None] = mapped_column(String(80))
    to_costs: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    to_interest: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    to_capital: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseEvent(Base):
    """A procedural milestone that starts terms (service on the debtor, inadmission, …)."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date)
    params: Mapped[dict | None] = mapped_column(JSON)
    notes: Mapped[str | None] = mapped_column(Text)
    by_user: Mapped[str | None] = mapped_column(String(80))


class Deadline(Base):
    """A term computed from an event (*término*), with the rule and source that produced it."""

    __tablename__ = "deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("case_events.id"))
    rule_code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    event_date: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date] = mapped_column(Date, index=True)
    explanation: Mapped[str] = mapped_column(Text, default="")  # Spanish: CLI, documents, audit
    # The explanation as data (domain.deadlines.explain words it in the interface language); None on
    # rows stored before it was kept, which show their Spanish `explanation`.
    explanation_parts: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|met|missed|closed
    met_on: Mapped[dt.date | None] = mapped_column(Date)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Task(Base):
    """A to-do on a case; `blocking` tasks (e.g. lift the measures) must be done before closing stays clean."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    blocking: Mapped[bool] = mapped_column(Boolean, default=False)
    due: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class GeneratedDocument(Base):
    """A document generated from a template; every version is kept."""

    __tablename__ = "generated_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    template: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    docx_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(300))
    by_user: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: the cut-off of the liquidation the document carries (None: none, or stored before it was kept)
    cut_off: Mapped[dt.date | None] = mapped_column(Date)


class FilingPacket(Base):
    """A filing packet PDF saved to the case, with its manifest of annex hashes."""

    __tablename__ = "filing_packets"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer)
    manifest: Mapped[dict] = mapped_column(JSON)
    by_user: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Closure(Base):
    """A day range courts are closed (or re-opened) beyond weekends, holidays and recesses."""

    __tablename__ = "closures"
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(2), index=True)
    court: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))
    reopen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str | None] = mapped_column(String(80))


class RateTableVersion(Base):
    """One import of the moratory-rate table; the newest per jurisdiction is in force, older kept."""

    __tablename__ = "rate_table_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(2), default="CO")
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(String(80))


class RatePeriod(Base):
    """A period of the moratory-rate table: effective annual rate in percent."""

    __tablename__ = "rate_periods"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("rate_table_versions.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    annual_rate: Mapped[Decimal] = mapped_column(Rate)


class ChecklistItem(Base):
    """One readiness requirement, per jurisdiction and title type; editable by an admin."""

    __tablename__ = "checklist_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(2))
    title_type: Mapped[str] = mapped_column(String(20), default="*")
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("jurisdiction", "title_type", "code"),)


class Setting(Base):
    """A desk-wide setting (day basis, calendar options) shared by every desk on the database."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only, hash-chained record of every write: who, when, what, before and after."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    # The stage changes by time: «aceptados este mes» (services.cases.accepted_case_ids) read the whole chain,
    # every event of every kind, to find one month's acceptances. Partial: no other event pays for it.
    __table_args__ = (
        Index(
            "ix_audit_events_stage_at",
            "at",
            sqlite_where=text("action = 'case.stage'"),
            postgresql_where=text("action = 'case.stage'"),
        ),
    )


class ValueTooLong(ValueError):
    """A text longer than its column admits: PostgreSQL refuses it, SQLite would keep it silently.

    Checked on every flush (legal_desk.db.session) so a desk on SQLite never holds a value that
    would stop its move to a PostgreSQL server.
    """

    def __init__(self, table: str, column: str, length: int, limit: int, row_id: Any = None) -> None:
        self.table = table
        self.column = column
        self.length = length
        self.limit = limit
        self.row_id = row_id
        super().__init__(f"{table}.{column}: {length} > {limit}")


@functools.cache
def string_limits(table: Any) -> dict[str, int]:
    """The length limit of each bounded text column of a table (String(n)); computed once per table."""
    return {
        col.name: col.type.length
        for col in table.columns
        if isinstance(col.type, String) and not isinstance(col.type, Text) and col.type.length
    }


def check_lengths(table: Any, values: dict[str, Any], row_id: Any = None) -> list[ValueTooLong]:
    """Every value of `values` (column name → value) longer than its column of `table` admits."""
    problems = []
    for name, limit in string_limits(table).items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            problems.append(ValueTooLong(table.name, name, len(value), limit, row_id))
    return problems
