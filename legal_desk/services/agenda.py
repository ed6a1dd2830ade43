"""The agenda (hearings and open deadlines), its conflicts, its iCalendar export, and the limitation watch."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

from icalendar import Calendar
from sqlalchemy import select

from legal_desk.db.models import Case, Deadline, Hearing, SettlementOffer, User
from legal_desk.documents.ics import DEFAULT_HEARING_LENGTH, AgendaExportError, AgendaItem, agenda_to_ics
from legal_desk.domain import messages as M
from legal_desk.domain.lifecycle import CLOSED_STAGES
from legal_desk.domain.limitation import NOT_TOLLED, Tolling, filing_tolling, filing_tolling_es, limitation_alert
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import COLLECTIONS_STAGES, Role
from legal_desk.services.deadlines import scope
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import ServiceError, ValidationFailed
from legal_desk.services.legal import filing_facts
from legal_desk.services.tracking import HEARING_KINDS, HEARING_STATUSES

_MAX_SPAN_DAYS = 3 * 366


@dataclass(frozen=True)
class AgendaEntry:
    """A hearing (timed), an open deadline or an open settlement offer's expiry date (all-day) with its case.

    `title` is the Spanish line the CLI and the .ics export show. The parts it is made of are kept
    too, so the desktop interface can compose it in its own language: `code` (the hearing kind or
    the deadline's rule code), `label` (the Spanish hearing kind or the deadline label as stored) and
    `status` (the hearing status code; empty for a deadline).
    """

    kind: Literal["hearing", "deadline", "offer"]
    item_id: int
    case_id: int
    account_ref: str
    debtor: str
    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    lawyer_id: int | None
    lawyer: str | None
    location: str = ""
    detail: str = ""
    conflict: bool = False
    code: str = ""
    label: str = ""
    status: str = ""
    #: a deadline's explanation as data (services.deadlines.explanation_in); an offer's party, amount, currency
    parts: dict[str, Any] | None = None

    @property
    def uid(self) -> str:
        """Stable iCalendar UID: a re-export updates the same event in the user's calendar app."""
        return f"{self.kind}-{self.item_id}@legal_desk"

    @property
    def day(self) -> dt.date:
        """The calendar day of the entry."""
        return self.start.date() if isinstance(self.start, dt.datetime) else self.start

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the CLI."""
        data = asdict(self)
        data["uid"] = self.uid
        return data


@dataclass(frozen=True)
class LimitationEntry:
    """A case whose action prescribes soon (or already did), with its alert level."""

    case_id: int
    account_ref: str
    debtor: str
    stage: str
    lawyer_id: int | None
    limitation_date: dt.date
    days_left: int
    alert: int | None
    #: how the filing stands against the date (CGP art. 94): «late_filing» or «lapsed» for a filed case
    tolling: Tolling = NOT_TOLLED

    @property
    def note(self) -> str:
        """Why a filed case still alerts (the filing came late, or the art. 94 year ran out), in Spanish."""
        return filing_tolling_es(self.tolling)

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the CLI."""
        data = asdict(self)
        data["tolling"] = self.tolling.state
        data["filed_on"] = self.tolling.filed_on
        data["serve_by"] = self.tolling.serve_by
        data["note"] = self.note
        return data


def _collections_stages() -> list[str]:
    """The stages in which collections still see a handover's dates (before legal accepts it, or returned)."""
    return [st.value for st in COLLECTIONS_STAGES]


def _check_range(start: dt.date, end: dt.date) -> None:
    """Refuse an inverted or absurdly long range."""
    if end < start:
        raise ValidationFailed(Text(M.RANGE_ENDS_BEFORE, end=f"{end:%d/%m/%Y}", start=f"{start:%d/%m/%Y}"))
    if (end - start).days > _MAX_SPAN_DAYS:
        raise ValidationFailed(Text(M.AGENDA_SPAN))


def _hearing_end(entry: AgendaEntry) -> dt.datetime:
    """When a hearing ends (one hour when no end was recorded)."""
    assert isinstance(entry.start, dt.datetime)
    return entry.end if isinstance(entry.end, dt.datetime) else entry.start + DEFAULT_HEARING_LENGTH


def conflicts(entries: Sequence[AgendaEntry]) -> list[tuple[AgendaEntry, AgendaEntry]]:
    """Pairs of hearings of one lawyer that overlap in time (each hearing lasts an hour unless said)."""
    by_lawyer: dict[int | None, list[AgendaEntry]] = defaultdict(list)
    for e in entries:
        if e.kind == "hearing" and e.lawyer_id is not None:
            by_lawyer[e.lawyer_id].append(e)
    pairs: list[tuple[AgendaEntry, AgendaEntry]] = []
    for hearings in by_lawyer.values():
        hearings.sort(key=lambda e: (e.start, e.item_id))
        for i, first in enumerate(hearings):
            first_end = _hearing_end(first)
            for second in hearings[i + 1 :]:
                if second.start >= first_end:  # type: ignore[operator]
                    break
                pairs.append((first, second))
    return pairs


def agenda(desk: Desk, actor: Actor, start: dt.date, end: dt.date, user_id: int | None = None) -> list[AgendaEntry]:
    """Hearings, open deadlines and the expiry of open settlement offers from `start` to `end`: a lawyer's own
    by default, the team for others."""
    _check_range(start, end)
    first = dt.datetime.combine(start, dt.time.min)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    with desk.reading() as s:
        names = dict(s.execute(select(User.id, User.username)).all())
        hq = (
            select(Hearing, Case.account_ref, Case.debtor_name, Case.lawyer_id, Case.court)
            .join(Case, Case.id == Hearing.case_id)
            .where(Hearing.at >= first, Hearing.at < after, Hearing.status != "cancelled")
        )
        if actor.role is Role.COLLECTIONS:  # hearings are legal's: none once legal accepted the case
            hq = hq.where(Case.handed_over_by_id == actor.user_id, Case.stage.in_(_collections_stages()))
        who = user_id if user_id is not None else (actor.user_id if actor.role is Role.LAWYER else None)
        if who is not None:
            hq = hq.where((Hearing.lawyer_id == who) | (Hearing.lawyer_id.is_(None) & (Case.lawyer_id == who)))
        entries: list[AgendaEntry] = []
        for h, ref, debtor, case_lawyer, court in s.execute(hq):
            lawyer_id = h.lawyer_id or case_lawyer
            kind_label = HEARING_KINDS.get(h.kind, h.kind)
            entries.append(
                AgendaEntry(
                    "hearing",
                    h.id,
                    h.case_id,
                    ref,
                    debtor,
                    f"{kind_label} — {ref} ({debtor})",
                    h.at,
                    None,
                    lawyer_id,
                    names.get(lawyer_id) if lawyer_id is not None else None,
                    h.place or h.link or "",
                    "\n".join(
                        x
                        for x in (court or "", h.link or "", f"Estado: {HEARING_STATUSES.get(h.status, h.status)}")
                        if x
                    ),
                    code=h.kind,
                    label=kind_label,
                    status=h.status,
                )
            )
        dq = (
            select(Deadline, Case.account_ref, Case.debtor_name, Case.lawyer_id)
            .join(Case, Case.id == Deadline.case_id)
            .where(Deadline.status == "open", Deadline.due >= start, Deadline.due <= end)
        )
        for d, ref, debtor, case_lawyer in s.execute(scope(dq, actor, user_id)):
            lawyer_id = d.assigned_to_id or case_lawyer
            entries.append(
                AgendaEntry(
                    "deadline",
                    d.id,
                    d.case_id,
                    ref,
                    debtor,
                    f"Vence: {d.label} — {ref} ({debtor})",
                    d.due,
                    None,
                    lawyer_id,
                    names.get(lawyer_id) if lawyer_id is not None else None,
                    "",
                    d.explanation,
                    code=d.rule_code,
                    label=d.label,
                    parts=d.explanation_parts,
                )
            )
        if actor.role is not Role.COLLECTIONS:  # the negotiation is legal's
            entries.extend(_expiring_offers(s, actor, start, end, user_id, names))
    flagged = {id(e) for pair in conflicts(entries) for e in pair}
    entries = [replace(e, conflict=True) if id(e) in flagged else e for e in entries]
    entries.sort(key=lambda e: (e.day, {"deadline": 0, "offer": 1}.get(e.kind, 2), str(e.start), e.item_id))
    return entries


def _expiring_offers(
    s: Any, actor: Actor, start: dt.date, end: dt.date, user_id: int | None, names: dict[int, str]
) -> list[AgendaEntry]:
    """Open settlement offers whose last day to answer falls in the range (*propuestas que vencen*)."""
    oq = (
        select(SettlementOffer, Case.account_ref, Case.debtor_name, Case.lawyer_id, Case.currency)
        .join(Case, Case.id == SettlementOffer.case_id)
        .where(
            SettlementOffer.status == "open",
            SettlementOffer.expires_on >= start,
            SettlementOffer.expires_on <= end,
            Case.archived.is_(False),
        )
    )
    out = []
    for o, ref, debtor, lawyer_id, currency in s.execute(scope(oq, actor, user_id)):
        party = "deudor" if o.party == "debtor" else "acreedor"
        amount = format_money(o.amount, currency, with_code=True)
        terms = "de contado" if o.instalments == 1 else f"en {o.instalments} cuotas"
        out.append(
            AgendaEntry(
                "offer",
                o.id,
                o.case_id,
                ref,
                debtor,
                f"Vence la propuesta del {party} de {amount} — {ref} ({debtor})",
                o.expires_on,
                None,
                lawyer_id,
                names.get(lawyer_id) if lawyer_id is not None else None,
                "",
                f"Propuesta del {party} del {o.made_on:%d/%m/%Y}: {amount} {terms}; se puede aceptar hasta el "
                f"{o.expires_on:%d/%m/%Y}",
                code=o.party,
                parts={
                    "party": o.party,
                    "amount": o.amount,
                    "currency": currency,
                    "instalments": o.instalments,
                    "made_on": o.made_on,
                },
            )
        )
    return out


def _items(entries: Sequence[AgendaEntry]) -> list[AgendaItem]:
    """Agenda entries as export items."""
    return [
        AgendaItem(
            uid=e.uid,
            title=("¡CRUCE! " if e.conflict else "") + e.title,
            start=e.start,
            end=e.end,
            location=e.location,
            description=e.detail,
            kind=e.kind,
        )
        for e in entries
    ]


def export_ics(desk: Desk, actor: Actor, start: dt.date, end: dt.date, path: str | Path) -> dict[str, Any]:
    """Write the agenda as an .ics file and read it back to prove every event is there."""
    entries = agenda(desk, actor, start, end)
    try:
        data = agenda_to_ics(_items(entries))
    except AgendaExportError as exc:
        raise ValidationFailed(text_of(exc)) from None
    try:
        parsed = Calendar.from_ical(data)
    except ValueError as exc:
        raise ServiceError(Text(M.ICS_UNREADABLE, detail=exc)) from None
    uids = sorted(str(ev.get("uid")) for ev in parsed.walk("VEVENT"))
    expected = sorted(e.uid for e in entries)
    if uids != expected:
        raise ServiceError(Text(M.ICS_EVENTS, events=len(uids), entries=len(expected)))
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        raise ServiceError(Text(M.CANNOT_WRITE, target=target, detail=exc)) from None
    return {
        "path": str(target),
        "events": len(entries),
        "hearings": sum(1 for e in entries if e.kind == "hearing"),
        "deadlines": sum(1 for e in entries if e.kind == "deadline"),
        "offers": sum(1 for e in entries if e.kind == "offer"),
        "conflicts": sum(1 for e in entries if e.conflict),
        "from": start,
        "to": end,
    }


def limitation_watch(
    desk: Desk, actor: Actor, today: dt.date, within_days: int = 180, user_id: int | None = None
) -> list[LimitationEntry]:
    """Open cases that prescribe within `within_days` (or already did), soonest first, with alert level.

    A case whose lawsuit was filed on or before its limitation date is left out while the filing
    interrupts it (CGP art. 94: the art. 94 year is pending or the debtor was served); it comes back
    once that year runs out without service. A case filed after its date stays (`LimitationEntry.tolling`).
    """
    if within_days < 0:
        raise ValidationFailed(Text(M.DAYS_NEGATIVE))
    horizon = today + dt.timedelta(days=within_days)
    with desk.reading() as s:
        query = select(
            Case.id,
            Case.account_ref,
            Case.debtor_name,
            Case.stage,
            Case.lawyer_id,
            Case.limitation_date,
            Case.jurisdiction,
            Case.filed_on,
        ).where(
            Case.limitation_date.is_not(None),
            Case.limitation_date <= horizon,
            Case.archived.is_(False),
            Case.stage.not_in([st.value for st in CLOSED_STAGES]),
        )
        if actor.role is Role.COLLECTIONS:
            query = query.where(Case.handed_over_by_id == actor.user_id, Case.stage.in_(_collections_stages()))
        who = user_id if user_id is not None else (actor.user_id if actor.role is Role.LAWYER else None)
        if who is not None:
            # A lawyer also sees the cases nobody has accepted yet: they prescribe all the same.
            query = query.where((Case.lawyer_id == who) | Case.lawyer_id.is_(None))
        rows = s.execute(query.order_by(Case.limitation_date, Case.id)).all()
        facts = filing_facts(s, ((r[0], r[6], r[3], r[7]) for r in rows))
    out: list[LimitationEntry] = []
    for cid, ref, debtor, stage, lawyer_id, limit, _jurisdiction, _filed in rows:
        if limit is None:  # excluded by the query; keeps the type exact
            continue
        tolling = filing_tolling(limit, facts.get(cid), today)
        if not tolling.alerts:
            continue
        days_left = (limit - today).days
        out.append(
            LimitationEntry(
                cid, ref, debtor, stage, lawyer_id, limit, days_left, limitation_alert(limit, today), tolling
            )
        )
    return out
