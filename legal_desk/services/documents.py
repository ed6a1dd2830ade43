"""Generated documents: case data → Word template → DOCX (+ PDF), stored and versioned in the case file."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from legal_desk.db.models import (
    Case,
    CaseEvent,
    Client,
    Deadline,
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
    User,
)
from legal_desk.documents import templates as tpl
from legal_desk.documents.context import (
    AgreementData,
    AnnexData,
    CaseDocumentData,
    DebtData,
    EmbargoData,
    HearingData,
    LawyerData,
    LiquidationData,
    PartyData,
    PaymentData,
    liquidation_data,
)
from legal_desk.documents.errors import Cancelled as DocCancelled
from legal_desk.documents.pdf import ConversionError, ConverterUnavailable, PipelinedConverter, convert_many
from legal_desk.domain import messages as M
from legal_desk.domain.deadlines import DeadlineError, compute_deadlines
from legal_desk.domain.interest import LiquidationError
from legal_desk.domain.lifecycle import POST_JUDGMENT_STAGES, SERVED_STAGES, Stage
from legal_desk.domain.messages import Text, label_term, text_of
from legal_desk.domain.permissions import Action, Role
from legal_desk.domain.readiness import evidence_kind_label
from legal_desk.services import audit
from legal_desk.services.cases import JURISDICTIONS, check_may_read, find_case_to_read, get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled, NotFound, ServiceError, ValidationFailed
from legal_desk.services.legal import CalendarSet, get_setting, put_setting
from legal_desk.store import StoreError


@dataclass(frozen=True)
class DocumentInfo:
    """A generated document version in the case file."""

    document_id: int
    case_id: int
    template: str
    title: str
    version: int
    docx_sha256: str
    pdf_sha256: str | None
    filename: str
    warning: str | None = None
    #: the warning as a catalogue `Text`, for an interface to word (`warning` is its Spanish, for the CLI)
    warning_text: Text | None = None


@dataclass
class BatchReport:
    """What a batch generation did: one line per case, failures named, the rest went on."""

    generated: list[DocumentInfo] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    #: why each case of `failed` failed, as a `Text` when it has one (the desktop interface words it)
    failed_texts: list[Text | str] = field(default_factory=list)

    def fail(self, case: int | str, exc: BaseException) -> None:
        """One more case that failed, with its reason (Spanish in `failed`, its `Text` in `failed_texts`)."""
        self.failed.append({"case": str(case), "error": str(exc)})
        self.failed_texts.append(text_of(exc))

    def to_json(self) -> dict[str, Any]:
        return {
            "generated": [
                {
                    "case_id": d.case_id,
                    "document_id": d.document_id,
                    "version": d.version,
                    "docx_sha256": d.docx_sha256,
                    "pdf_sha256": d.pdf_sha256,
                    "warning": d.warning,
                }
                for d in self.generated
            ],
            "failed": self.failed,
        }


def _party(p: Party) -> PartyData:
    return PartyData(
        name=p.name,
        id_type=p.id_type,
        id_number=p.id_number,
        address=p.address,
        city=p.city,
        email=p.email,
        phone=p.phone,
        role=p.role,
        email_source=p.email_source,
    )


def _liquidation_data(desk: Desk, actor: Actor, case_id: int, as_of: dt.date) -> LiquidationData | None:
    from legal_desk.services.payments import liquidation

    try:
        liq = liquidation(desk, actor, case_id, as_of)
    except (LiquidationError, ServiceError):
        return None  # templates that need it report "liquidation" as a missing field
    return liquidation_data(liq)


# Service events (deadlines.add_event) and the rule whose due date is the day service takes effect
# (None: the event's own day, a personal service).
_SERVICE_EVENTS = {"DEBTOR_SERVED": None, "NOTICE_292_DELIVERED": "SERVED_292", "EMAIL_SERVICE_SENT": "EMAIL_SERVED"}


def _service_facts(s: Any, c: Case, today: dt.date) -> tuple[bool, dt.date | None]:
    """Whether the debtor has been served the payment order by `today`, and the day it took effect.

    Served: the case is at DEBTOR_SERVED or a later stage, or a service is recorded — an event
    (personal service, delivered art. 292 notice, Ley 2213 art. 8 e-mail) or a delivered art. 292
    notice / sent e-mail service in the notices. The day is the earliest such service that has taken
    effect by `today` (art. 292: the day after delivery; Ley 2213 art. 8: two business days after
    sending or receipt, on the case's court calendar); None when only the stage says so.
    """
    days: list[dt.date] = []
    events = (
        s.execute(select(CaseEvent).where(CaseEvent.case_id == c.id, CaseEvent.code.in_(list(_SERVICE_EVENTS))))
        .scalars()
        .all()
    )
    for event in events:
        rule = _SERVICE_EVENTS[event.code]
        if rule is None:
            days.append(event.date)
            continue
        due = s.execute(select(Deadline.due).where(Deadline.event_id == event.id, Deadline.rule_code == rule)).scalar()
        days.append(due or event.date)
    notices = (
        s.execute(select(Notice).where(Notice.case_id == c.id, Notice.kind.in_(["notice_292", "email_service"])))
        .scalars()
        .all()
    )
    calendar = None
    for n in notices:
        if n.kind == "notice_292" and n.delivered_on is None:
            continue  # an aviso not (yet) delivered serves nobody
        try:
            calendar = calendar or CalendarSet(s, c.jurisdiction).get(c.court, c.city)
            if n.kind == "notice_292":
                computed = compute_deadlines("NOTICE_292_DELIVERED", n.delivered_on, calendar)
                rule = "SERVED_292"
            else:
                receipt = n.delivered_on if n.delivered_on and n.delivered_on >= n.sent_on else None
                computed = compute_deadlines("EMAIL_SERVICE_SENT", n.sent_on, calendar, receipt_on=receipt)
                rule = "EMAIL_SERVED"
            days.append(next(d.due for d in computed if d.rule.code == rule))
        except (DeadlineError, ServiceError, ValueError, StopIteration):
            days.append(n.delivered_on or n.sent_on)
    effective = [d for d in days if d <= today]
    served_on = min(effective) if effective else None
    return c.stage in {st.value for st in SERVED_STAGES} or served_on is not None, served_on


_ORDERED = frozenset({*(st.value for st in POST_JUDGMENT_STAGES), Stage.CLOSED_JUDGMENT_EXECUTED.value})


def _execution_ordered(c: Case) -> bool:
    """Whether the auto que ordena seguir adelante la ejecución (CGP art. 440) is in the case's file: its stage is
    ORDER_TO_PROCEED or a later one, or an agreement suspended the case at one of them (it goes back there)."""
    if c.stage == Stage.SETTLEMENT_ACTIVE.value:
        return (c.settlement_return_stage or "") in _ORDERED
    return c.stage in _ORDERED


def _refuse_cut_off_before_due(account_ref: str, due_date: dt.date, liquidate_to: dt.date) -> None:
    if liquidate_to < due_date:
        raise ValidationFailed(
            Text(
                M.LIQ_CUT_OFF_BEFORE_DUE,
                cut_off=f"{liquidate_to:%d/%m/%Y}",
                ref=account_ref,
                due=f"{due_date:%d/%m/%Y}",
            )
        )


def check_liquidation_cut_off(desk: Desk, actor: Actor, case: int | str, liquidate_to: dt.date) -> None:
    """Refuse a liquidation cut-off before the obligation fell due (the words documents use)."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        due = s.execute(select(Debt.due_date).where(Debt.case_id == c.id)).scalar()
        if due is not None:
            _refuse_cut_off_before_due(c.account_ref, due, liquidate_to)


def case_document_data(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    today: dt.date | None = None,
    evidence_ids: Sequence[int] | None = None,
    liquidate_to: dt.date | None = None,
) -> CaseDocumentData:
    """Everything the templates may use about one case, as plain data.

    `today` is the document's date; `liquidate_to` the cut-off of its liquidation (the day the filing
    will be presented, or the date a court ordered), `today` when not given. A cut-off before the
    obligation fell due is refused: no interest runs before it.
    """
    today = today or dt.date.today()
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        parties = s.execute(select(Party).where(Party.case_id == c.id).order_by(Party.id)).scalars().all()
        debtor = next((p for p in parties if p.role == "debtor"), None)
        if debtor is None:
            raise ValidationFailed(Text(M.NO_DEBTOR, ref=c.account_ref))
        debt = s.execute(select(Debt).where(Debt.case_id == c.id)).scalar_one()
        if liquidate_to is not None:
            _refuse_cut_off_before_due(c.account_ref, debt.due_date, liquidate_to)
        client = s.get(Client, c.client_id) if c.client_id else None
        lawyer_user = (
            s.get(User, c.lawyer_id)
            if c.lawyer_id
            else (s.get(User, actor.user_id) if actor.user_id and actor.role is Role.LAWYER else None)
        )
        evq = select(Evidence).where(Evidence.case_id == c.id, Evidence.archived.is_(False)).order_by(Evidence.id)
        if evidence_ids is not None:
            evq = evq.where(Evidence.id.in_(list(evidence_ids)))
        evidence = s.execute(evq).scalars().all()
        payments = s.execute(select(Payment).where(Payment.case_id == c.id).order_by(Payment.date)).scalars().all()
        embargoes = (
            s.execute(select(Embargo).where(Embargo.case_id == c.id, Embargo.status != "lifted").order_by(Embargo.id))
            .scalars()
            .all()
        )
        hearings = s.execute(select(Hearing).where(Hearing.case_id == c.id).order_by(Hearing.at)).scalars().all()
        agreement = (
            s.execute(
                select(PaymentAgreement)
                .where(PaymentAgreement.case_id == c.id)
                .order_by(PaymentAgreement.signed_on.desc())
            )
            .scalars()
            .first()
        )
        instalments = (
            []
            if agreement is None
            else s.execute(
                select(Instalment).where(Instalment.agreement_id == agreement.id).order_by(Instalment.due_date)
            )
            .scalars()
            .all()
        )
        case_id, account_ref = c.id, c.account_ref
        served, served_on = _service_facts(s, c, today)
        from legal_desk.services import legal_data  # local: legal_data imports the services' base

        wages, small_claims = legal_data.minimum_wages(s), tuple(legal_data.small_claims_cities(s))
        data_kwargs: dict[str, Any] = {
            "case_id": str(c.id),
            "account_ref": c.account_ref,
            "jurisdiction": c.jurisdiction,
            "court": c.court,
            "city": c.city or debtor.city,
            "radicado": c.radicado,
            "creditor": PartyData(
                name=client.name if client else "",
                id_type=client.id_type if client else "NIT",
                id_number=client.id_number if client else "",
                address=client.address if client else None,
                city=client.city if client else None,
                email=client.email if client else None,
                role="creditor",
                legal_representative=client.representative if client else None,
                legal_representative_id=client.representative_id if client else None,
            ),
            "debtor": _party(debtor),
            "guarantors": [_party(p) for p in parties if p.role != "debtor"],
            "debt": DebtData(
                capital=debt.capital,
                currency=debt.currency,
                due_date=debt.due_date,
                title_type=debt.title_type,
                title_number=debt.title_number,
                issue_date=debt.issue_date,
                agreed_rate=debt.agreed_rate,
                original_location=debt.original_location,
            ),
            "lawyer": LawyerData(
                name=lawyer_user.full_name if lawyer_user else "",
                id_number=(lawyer_user.id_number or "") if lawyer_user else "",
                professional_card=(lawyer_user.professional_card or "") if lawyer_user else "",
                email=lawyer_user.email if lawyer_user else None,
                phone=lawyer_user.phone if lawyer_user else None,
                address=lawyer_user.address if lawyer_user else None,
            ),
            "annexes": [
                AnnexData(
                    i, e.description or evidence_kind_label(e.kind, c.jurisdiction), e.filename, e.sha256, e.date,
                    e.kind,
                )
                for i, e in enumerate(evidence, 1)
            ],
            "payments": [PaymentData(p.date, p.amount, p.reference) for p in payments],
            "embargoes": [EmbargoData(e.asset_type, e.description, e.registrar, e.cap) for e in embargoes],
            "hearings": [HearingData(h.kind, h.at, h.place or h.link, h.outcome) for h in hearings],
            "agreement": None
            if agreement is None
            else AgreementData(agreement.signed_on, [(i.due_date, i.amount) for i in instalments], agreement.total),
            "agreement_signed": agreement.signed_on if agreement is not None else None,
            "today": today,
            "served": served,
            "served_on": served_on,
            "execution_ordered": _execution_ordered(c),
            "minimum_wages": wages,
            "small_claims_cities": small_claims,
        }
    data_kwargs["liquidation"] = _liquidation_data(desk, actor, case_id, liquidate_to or today)
    signed = data_kwargs.pop("agreement_signed")
    if signed is not None and signed >= data_kwargs["debt"].due_date:  # what was owed the day it was signed
        owed = _liquidation_data(desk, actor, case_id, signed)
        data_kwargs["agreement"] = dataclasses.replace(data_kwargs["agreement"], owed=owed)
    del account_ref
    return CaseDocumentData(**data_kwargs)


def templates_root_for(desk: Desk) -> Path:
    """Where this desk's Word templates are: `LEGAL_DESK_TEMPLATES`, the desk's own folder, or the program's.

    The desk's own folder (setting `documents.templates_dir`, set by `customize_templates`) is where
    the firm edits its templates; it is a desk-wide setting, so on a shared server every user reads
    the same folder (put it on a shared drive). Templates shipped with the program are never edited:
    an update would overwrite them.
    """
    if os.environ.get("LEGAL_DESK_TEMPLATES"):
        return tpl.templates_root()
    with desk.reading() as s:
        own = get_setting(s, "documents.templates_dir").strip()
    if not own:
        return tpl.templates_root()
    if (Path(own) / tpl.DEFAULT_LOCALE / "catalog.json").is_file():
        return Path(own)
    # Not the program's instead, silently: this desk would generate other letters than its colleagues
    # (a desk moved to a server whose templates folder is still on the first computer's disk).
    raise ValidationFailed(Text(M.TEMPLATES_DIR_MISSING, path=own))


def desk_templates(desk: Desk) -> list[tpl.TemplateInfo]:
    """The templates this desk generates from (its own copies once customised).

    A catalog.json edited by hand into something unreadable is refused saying where (ValidationFailed).
    """
    root = templates_root_for(desk)
    try:
        return tpl.list_templates(root=root)
    except tpl.TemplateError as exc:
        raise ValidationFailed(text_of(exc)) from None


def check_templates(desk: Desk, name: str | None = None) -> list[tuple[tpl.TemplateInfo, tpl.TemplateError | None]]:
    """Every template of the desk (or `name`) checked with the sample case: each with its error or None.

    How a firm tests a template it edited in Word without generating a letter in a real case file.
    """
    infos = desk_templates(desk)
    if name is not None:
        infos = [_template(desk, name)]
    results: list[tuple[tpl.TemplateInfo, tpl.TemplateError | None]] = []
    for info in infos:
        try:
            tpl.check_template(info)
        except tpl.TemplateError as exc:
            results.append((info, exc))
        else:
            results.append((info, None))
    return results


def customize_templates(desk: Desk, actor: Actor, folder: Path | str) -> Path:
    """Give the desk its own editable copy of the templates in `folder` and generate from it from now on.

    Files already there are kept (a folder customised before, or shared by another desk); missing
    ones are copied from the program's. Returns the folder holding the locale's templates.
    """
    actor.require(Action.ADMIN_SETTINGS)
    root = Path(folder).expanduser()
    source = tpl.templates_root() / tpl.DEFAULT_LOCALE
    target = root / tpl.DEFAULT_LOCALE
    try:
        target.mkdir(parents=True, exist_ok=True)
        copied = []
        for item in sorted(source.iterdir()):
            if item.is_file() and not (target / item.name).exists():
                shutil.copy2(item, target / item.name)
                copied.append(item.name)
    except OSError as exc:
        raise ValidationFailed(Text(M.TEMPLATES_COPY_FAILED, target=target, reason=exc.strerror or exc)) from None
    with desk.uow() as uow:
        actor.confirm(uow.session)
        before = get_setting(uow.session, "documents.templates_dir")
        put_setting(uow.session, "documents.templates_dir", str(root))
        audit.record(
            uow.session,
            actor.username,
            "settings.templates",
            "setting",
            "documents.templates_dir",
            summary=f"Plantillas propias del despacho en {root} ({len(copied)} copiadas del programa)",
            before={"templates_dir": before or None},
            after={"templates_dir": str(root), "copied": copied},
        )
        uow.commit()
    return target


def use_program_templates(desk: Desk, actor: Actor) -> None:
    """Generate from the program's templates again (the desk's folder is left as it is, on disk)."""
    actor.require(Action.ADMIN_SETTINGS)
    with desk.uow() as uow:
        actor.confirm(uow.session)
        before = get_setting(uow.session, "documents.templates_dir")
        put_setting(uow.session, "documents.templates_dir", "")
        audit.record(
            uow.session,
            actor.username,
            "settings.templates",
            "setting",
            "documents.templates_dir",
            summary="Plantillas del programa",
            before={"templates_dir": before or None},
            after={"templates_dir": None},
        )
        uow.commit()


def _template(desk: Desk, name: str) -> tpl.TemplateInfo:
    root = templates_root_for(desk)
    try:
        return tpl.get_template(name, root=root)
    except tpl.TemplateNotInCatalogue:
        names = ", ".join(t.name for t in tpl.list_templates(root=root))
        raise NotFound(Text(M.TEMPLATE_NOT_FOUND, name=name, names=names)) from None
    except tpl.TemplateError as exc:  # catalogued without its file, a file not yet catalogued, a broken catalogue
        raise ValidationFailed(text_of(exc)) from None


def template_locale(jurisdiction: str) -> str:
    """The template folder of a jurisdiction's cases: `es_CO` for Colombia, `es_AR`, `es_MX`, `es_ES`."""
    code = (jurisdiction or "CO").strip().upper()
    return tpl.DEFAULT_LOCALE if code == "CO" else f"es_{code}"


def _template_for_case(desk: Desk, info: tpl.TemplateInfo, jurisdiction: str) -> tpl.TemplateInfo:
    """The template to use for a case of `jurisdiction`, or a refusal saying there is none.

    The templates shipped are Colombian (a demanda under the CGP, pesos «M/CTE», C.C./NIT): they are
    never filled in for a case before an Argentine, Mexican or Spanish court. A firm that has its
    own templates for that country puts them in `<templates>/es_<J>/` with a catalog.json.
    """
    locale = template_locale(jurisdiction)
    if locale == info.locale:
        return info
    root = templates_root_for(desk)
    if not (root / locale / "catalog.json").is_file():
        raise ValidationFailed(
            Text(
                M.TEMPLATE_NOT_FOR_JURISDICTION,
                title=info.title_es,
                country=label_term(JURISDICTIONS.get(jurisdiction, jurisdiction)),
                jurisdiction=jurisdiction,
                locale=info.locale,
                wanted=locale,
                path=root / locale,
            )
        )
    try:
        return tpl.get_template(info.name, locale=locale, root=root)
    except tpl.TemplateError as exc:
        raise ValidationFailed(text_of(exc)) from None


def render(
    desk: Desk,
    actor: Actor,
    case: int | str,
    template: str,
    *,
    today: dt.date | None = None,
    liquidate_to: dt.date | None = None,
) -> tuple[tpl.TemplateInfo, bytes]:
    """Render a template for a case; names every missing field, or the place of a template error.

    `liquidate_to`: the cut-off of the liquidation the document carries (default: `today`).
    """
    actor.require(Action.GENERATE_DOCUMENTS)
    info = _template(desk, template)
    data = case_document_data(desk, actor, case, today=today, liquidate_to=liquidate_to)
    info = _template_for_case(desk, info, data.jurisdiction)
    if liquidate_to is not None and data.liquidation is None and "liquidation" in info.required:
        # a chosen cut-off the liquidation refuses (rates missing for it...): say why, not «falta: liquidación»
        from legal_desk.services.payments import liquidation

        try:
            liquidation(desk, actor, case, liquidate_to)
        except (LiquidationError, ServiceError) as exc:
            raise ValidationFailed(Text(M.LIQ_CANNOT_AT, day=f"{liquidate_to:%d/%m/%Y}", reason=text_of(exc))) from None
    try:
        return info, tpl.render_docx(info, data)
    except tpl.MissingFieldError as exc:
        raise ValidationFailed(text_of(exc)) from None
    except tpl.TemplateError as exc:
        raise ValidationFailed(text_of(exc)) from None


@dataclass(frozen=True)
class PreparedDocument:
    """A document rendered (and converted) but not yet stored nor listed in the case: see `prepare_document`."""

    info: tpl.TemplateInfo
    docx: bytes
    pdf: bytes | None
    warning: str | None = None
    warning_text: Text | None = None  # the same warning, for an interface to word
    cut_off: dt.date | None = None  # the cut-off of the liquidation it carries, if it carries one


def liquidation_cut_off(
    info: tpl.TemplateInfo, today: dt.date | None, liquidate_to: dt.date | None
) -> dt.date | None:
    """The cut-off of the liquidation a document of `info` carries (`case_document_data`'s), None without one."""
    if "liquidation" not in info.required:
        return None
    return liquidate_to or today or dt.date.today()


def prepare_document(
    desk: Desk,
    actor: Actor,
    case: int | str,
    template: str,
    *,
    pdf: bool = True,
    today: dt.date | None = None,
    liquidate_to: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreparedDocument:
    """Render a document and convert it to PDF (when `pdf`), writing nothing: no file stored, no version listed.

    A caller that saves it later with other work in one transaction (a filing packet) uses this and then
    `store_prepared` + `record_prepared`. Cancelled (services) when `cancelled()` turns true during the
    conversion.
    """
    info, docx = render(desk, actor, case, template, today=today, liquidate_to=liquidate_to)
    cut_off = liquidation_cut_off(info, today, liquidate_to)
    pdf_bytes, warning = None, None
    warning_text: Text | None = None
    if pdf:
        with tempfile.TemporaryDirectory(prefix="legal_desk_doc_") as tmp:
            src = Path(tmp) / f"{info.name}.docx"
            src.write_bytes(docx)
            try:
                (made,) = convert_many([src], Path(tmp) / "pdf", cancelled=cancelled)
                pdf_bytes = made.read_bytes()
            except (ConverterUnavailable, ConversionError) as exc:
                warning_text = Text(M.DOCUMENT_PDF_MISSING, reason=text_of(exc))
                warning = str(warning_text)
            except DocCancelled:
                raise Cancelled("Generación cancelada: no se guardó ningún documento") from None
    return PreparedDocument(info, docx, pdf_bytes, warning, warning_text, cut_off)


def store_prepared(desk: Desk, prepared: PreparedDocument) -> tuple[str, str | None]:
    """Put a prepared document's DOCX (and PDF) in the store: their SHA-256 (the store keeps a file nothing
    lists yet as any other; `legal-desk verify` checks only the files the database names)."""
    try:
        stored = desk.store.add_bytes(prepared.docx, f"{prepared.info.name}.docx")
        stored_pdf = desk.store.add_bytes(prepared.pdf, f"{prepared.info.name}.pdf") if prepared.pdf else None
    except StoreError as exc:  # a full disk, an unplugged store: said as a refusal, not an unexpected error
        raise ValidationFailed(text_of(exc)) from None
    return stored.sha256, stored_pdf.sha256 if stored_pdf else None


def record_prepared(
    s: Any, actor: Actor, c: Case, prepared: PreparedDocument, docx_sha256: str, pdf_sha256: str | None
) -> DocumentInfo:
    """List a stored document in the case as its next version, with its audit event, in the caller's session
    (the caller commits: the version and the work it belongs to are saved together or not at all)."""
    info = prepared.info
    version = (
        s.execute(
            select(func.max(GeneratedDocument.version)).where(
                GeneratedDocument.case_id == c.id, GeneratedDocument.template == info.name
            )
        ).scalar()
        or 0
    ) + 1
    filename = f"{c.account_ref}_{info.name}_v{version}.docx"
    doc = GeneratedDocument(
        case_id=c.id,
        template=info.name,
        template_version=info.version,
        title=info.title_es,
        version=version,
        docx_sha256=docx_sha256,
        pdf_sha256=pdf_sha256,
        filename=filename,
        by_user=actor.username,
        cut_off=prepared.cut_off,
    )
    s.add(doc)
    s.flush()
    touch(c, actor)
    audit.record(
        s,
        actor.username,
        "document.generate",
        "document",
        doc.id,
        case_id=c.id,
        summary=f"{info.title_es} (versión {version})",
        after={
            "template": info.name,
            "template_version": info.version,
            "docx_sha256": docx_sha256,
            "pdf_sha256": pdf_sha256,
        },
    )
    return DocumentInfo(
        doc.id,
        c.id,
        info.name,
        info.title_es,
        version,
        docx_sha256,
        pdf_sha256,
        filename,
        prepared.warning,
        prepared.warning_text,
    )


def _record(
    desk: Desk,
    actor: Actor,
    case: int | str,
    info: tpl.TemplateInfo,
    docx: bytes,
    pdf: bytes | None,
    warning: str | Text | None,
    cut_off: dt.date | None = None,
) -> DocumentInfo:
    text = warning if isinstance(warning, Text) else None
    prepared = PreparedDocument(info, docx, pdf, None if warning is None else str(warning), text, cut_off)
    docx_sha, pdf_sha = store_prepared(desk, prepared)
    with desk.uow() as uow:
        c = get_case_for_write(uow.session, actor, case, action=Action.GENERATE_DOCUMENTS)
        result = record_prepared(uow.session, actor, c, prepared, docx_sha, pdf_sha)
        uow.commit()
    return result


def generate_document(
    desk: Desk,
    actor: Actor,
    case: int | str,
    template: str,
    *,
    pdf: bool = True,
    out: Path | None = None,
    today: dt.date | None = None,
    liquidate_to: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocumentInfo:
    """Generate, store and list one document; with `out`, also write it there (.docx or .pdf by extension).

    `liquidate_to`: the cut-off date of the liquidation in the document (default: `today`). `cancelled()`
    turning true while LibreOffice converts (a hung LibreOffice) stops it: Cancelled, nothing saved.
    """
    if out is not None and Path(out).suffix.lower() not in (".docx", ".pdf"):
        raise ValidationFailed(Text(M.DOCUMENT_OUT_SUFFIX, out=out))
    want_pdf = pdf or (out is not None and Path(out).suffix.lower() == ".pdf")
    prepared = prepare_document(
        desk, actor, case, template, pdf=want_pdf, today=today, liquidate_to=liquidate_to, cancelled=cancelled
    )
    warning = prepared.warning_text or prepared.warning
    doc = _record(desk, actor, case, prepared.info, prepared.docx, prepared.pdf, warning, prepared.cut_off)
    if out is not None:
        out = Path(out)
        if out.suffix.lower() == ".pdf" and doc.pdf_sha256 is None:
            docx_out = out.with_suffix(".docx")
            shutil.copyfile(desk.store.open_path(doc.docx_sha256), docx_out)
            raise ValidationFailed(Text(M.DOCUMENT_ONLY_DOCX_SAVED, warning=warning, docx=docx_out))
        out.parent.mkdir(parents=True, exist_ok=True)
        sha = doc.pdf_sha256 if out.suffix.lower() == ".pdf" else doc.docx_sha256
        shutil.copyfile(desk.store.open_path(sha or doc.docx_sha256), out)
    return doc


def generate_batch(
    desk: Desk,
    actor: Actor,
    template: str,
    cases: Sequence[int | str],
    *,
    pdf: bool = True,
    today: dt.date | None = None,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    liquidate_to: dt.date | None = None,
) -> BatchReport:
    """One template for many cases: a failing case is reported and the others go on; PDFs in one converter run."""
    actor.require(Action.GENERATE_DOCUMENTS)
    info = _template(desk, template)
    report = BatchReport()
    total = len(cases)
    rendered: list[tuple[int | str, bytes, Path | None, dt.date | None]] = []
    warning: Text | None = None
    with tempfile.TemporaryDirectory(prefix="legal_desk_batch_") as tmp:
        converter: PipelinedConverter | None = None
        if pdf:
            try:
                converter = PipelinedConverter(Path(tmp) / "pdf", cancelled=cancelled)
            except ConverterUnavailable as exc:
                warning = Text(M.DOCUMENTS_PDF_MISSING, reason=text_of(exc))
        for i, case in enumerate(cases, 1):
            if cancelled and cancelled():
                if converter is not None:
                    with contextlib.suppress(Exception):
                        converter.finish()
                raise Cancelled("Generación cancelada: no se guardó ningún documento de este lote")
            try:
                case_info, docx = render(desk, actor, case, template, today=today, liquidate_to=liquidate_to)
            except ServiceError as exc:
                report.fail(case, exc)
            else:
                path: Path | None = None
                if converter is not None:
                    path = Path(tmp) / f"{i:06d}_{info.name}.docx"
                    path.write_bytes(docx)
                    converter.add(path)  # LibreOffice converts while the next cases render
                rendered.append((case, docx, path, liquidation_cut_off(case_info, today, liquidate_to)))
            if progress:
                progress(i, total, "Generando documentos")
        pdfs: dict[Path, Path] = {}
        if converter is not None:
            try:
                pdfs = converter.finish()
            except ConversionError as exc:
                by_stem = {p.stem: p for p in exc.converted}
                pdfs = {r[2].resolve(): by_stem[r[2].stem] for r in rendered if r[2] and r[2].stem in by_stem}
                warning = Text(M.DOCUMENTS_SOME_NOT_CONVERTED)
            except DocCancelled:
                raise Cancelled("Generación cancelada: no se guardó ningún documento de este lote") from None
        for case, docx, path, cut_off in rendered:
            pdf_path = pdfs.get(path.resolve()) if path is not None else None
            try:
                report.generated.append(
                    _record(
                        desk,
                        actor,
                        case,
                        info,
                        docx,
                        pdf_path.read_bytes() if pdf_path else None,
                        None if pdf_path or not pdf else warning,
                        cut_off,
                    )
                )
            except ServiceError as exc:
                report.fail(case, exc)
    _name_failed_cases(desk, report)
    return report


def _name_failed_cases(desk: Desk, report: BatchReport) -> None:
    """Add the account reference to each failure given by case id, so people see which obligation failed."""
    ids = [int(f["case"]) for f in report.failed if str(f["case"]).isdigit()]
    if not ids:
        return
    with desk.reading() as s:
        refs = {row[0]: row[1] for row in s.execute(select(Case.id, Case.account_ref).where(Case.id.in_(ids)))}
    for f in report.failed:
        ref = refs.get(int(f["case"])) if str(f["case"]).isdigit() else None
        f["account_ref"] = ref or str(f["case"])


def list_documents(desk: Desk, actor: Actor, case: int | str) -> list[DocumentInfo]:
    """Every generated version for a case, newest first (collections: not once legal accepted the case)."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        rows = s.execute(
            select(GeneratedDocument)
            .where(GeneratedDocument.case_id == c.id)
            .order_by(GeneratedDocument.created_at.desc(), GeneratedDocument.id.desc())
        ).scalars()
        return [
            DocumentInfo(d.id, d.case_id, d.template, d.title, d.version, d.docx_sha256, d.pdf_sha256, d.filename)
            for d in rows
        ]


def document_path(desk: Desk, actor: Actor, document_id: int, *, pdf: bool = True) -> Path:
    """Where a generated document lives in the store (its PDF when there is one and `pdf`)."""
    with desk.reading() as s:
        d = s.get(GeneratedDocument, document_id)
        if d is None:
            raise NotFound(Text(M.DOCUMENT_NOT_FOUND, id=document_id))
        c = s.get(Case, d.case_id)
        if c is not None:
            check_may_read(actor, c, legal=True)
        sha = d.pdf_sha256 if pdf and d.pdf_sha256 else d.docx_sha256
    return desk.store.open_path(sha)


def case_ids_by_stage(desk: Desk, actor: Actor) -> dict[str, list[int]]:
    """Every unarchived case id this user may batch, by stage, in one query (a stage with none is absent).

    The batch dialog lists each stage with its count: one query per stage took ~1.5 s on 100,000 cases.
    """
    with desk.reading() as s:
        q = select(Case.stage, Case.id).where(Case.archived.is_(False)).order_by(Case.id)
        if actor.role is Role.COLLECTIONS:
            q = q.where(Case.handed_over_by_id == actor.user_id)
        by_stage: dict[str, list[int]] = {}
        for stage, case_id in s.execute(q):
            by_stage.setdefault(stage, []).append(case_id)
        return by_stage


def cases_in_stage(desk: Desk, actor: Actor, stage: str) -> list[int]:
    """Every case id in a stage (for a batch: e.g. demand letters for every case in EVIDENCE).

    No cap: a batch by stage used to stop silently at the first 10,000 cases of a large stage.
    """
    with desk.reading() as s:
        q = select(Case.id).where(Case.stage == stage, Case.archived.is_(False)).order_by(Case.id)
        if actor.role is Role.COLLECTIONS:
            q = q.where(Case.handed_over_by_id == actor.user_id)
        return list(s.execute(q).scalars())
