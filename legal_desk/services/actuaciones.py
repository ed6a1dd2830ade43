"""The last *actuación* of a process and the art. 317 inactivity term that runs from it.

CGP art. 317 num. 2: the period of *desistimiento tácito* runs «desde el día siguiente a la última
notificación o desde la última diligencia o actuación», and lit. c: «cualquier actuación, de oficio
o a petición de parte, de cualquier naturaleza» interrupts it. What interrupts it is therefore what
happens in the court file, not what the desk does internally. Counted, on the day it happened:

- the filing of the lawsuit (`Case.filed_on`);
- every procedural event the user records (service of the payment order, art. 291 summons, art. 292
  notice, e-mail service, inadmission order, liquidation served, and the generic «Otra actuación
  del proceso»: an order, a memorial filed, a request, a payment reported to the court…);
- every step of a precautionary measure: requested, decreed, registered, practised, lifted;
- art. 291/292 and Ley 2213 service notices (sent and delivered);
- a hearing or *diligencia* held (on its date);
- a stage move along the process (payment order issued, debtor served, defences, hearing set, order
  to proceed, liquidation, execution, correction filed): the desk has no date of its own for these
  court steps, so they count on the day they were recorded (in the court's time zone).

Not counted: contacts with the debtor, evidence uploads, edits of parties or case data, internal
notes, assignments, documents generated but not filed, tasks, payments (a payment made to the
creditor is not in the court file: record the memorial that reports it as an actuación), and a
hearing merely entered in the agenda (it counts on its date once held; record the order that set or
moved it as an actuación, with its date, if it matters). A move to
or from «Acuerdo de pago vigente» is not counted either: the agreement interrupts the term only
once it is presented to the court, which is recorded as an actuación.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Column, Integer, MetaData, Table, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from legal_desk.db.bulk import bulk_insert
from legal_desk.db.models import AuditEvent, Case, CaseEvent, Deadline, Embargo, Hearing, Notice
from legal_desk.domain import messages as M
from legal_desk.domain.calendar import JudicialCalendar, jurisdiction_data
from legal_desk.domain.deadlines import (
    ComputedDeadline,
    actuacion_text,
    deadline_status,
    explanation,
    inactivity_deadline,
    parts_of,
)
from legal_desk.domain.lifecycle import FILED_STAGES, POST_JUDGMENT_STAGES, Stage
from legal_desk.domain.messages import Summary, Term, Text, label_term
from legal_desk.services.legal import CalendarSet, get_setting, in_court_time

RULE = "INACTIVITY_317"
# Service notices of the process (not the pre-legal letters): their sending and delivery are actuaciones.
COURT_NOTICE_KINDS = ("summons_291", "notice_292", "email_service")
_FILED = tuple(st.value for st in FILED_STAGES)
_POST_JUDGMENT = frozenset(st.value for st in POST_JUDGMENT_STAGES)
# A stage move from these is not a court step of its own: the filing counts on its filing date, and
# leaving a settlement is the desk's note of a broken agreement, not something done in court.
_NOT_COURT_MOVES = (Stage.READY_TO_FILE.value, Stage.SETTLEMENT_ACTIVE.value)
# The audit events that are court steps: moves into a stage of the pending process.
_STAGE_MOVES = (
    AuditEvent.action == "case.stage",
    AuditEvent.after["stage"].as_string().in_(_FILED),
    func.coalesce(AuditEvent.before["stage"].as_string(), "").not_in(_NOT_COURT_MOVES),
)
# Re-reading the actuaciones of a few cases goes by id lists of this size; many go by one subquery.
_CHUNK = 500
_FEW = 5_000
_BATCH = 50_000  # pending cases per round of `store_missing_terms` on a big desk


@dataclass(frozen=True)
class LastAction:
    """The last actuación of a case: its day, what it was (Spanish), the event that recorded it, if any, and
    what it was as a catalogue `Text` an interface words (`text`; None: `label` as it is)."""

    day: dt.date
    label: str
    event_id: int | None = None
    text: Text | str | None = None


def inactivity_period(s: Session, stage: str) -> int:
    """Art. 317 num. 2: the desk's years in first instance; lit. b's (2) after judgment or order to proceed."""
    if stage in _POST_JUDGMENT:
        return int(get_setting(s, "deadlines.inactivity_years_judgment") or "2")
    return int(get_setting(s, "deadlines.inactivity_years") or "1")


def applies(c: Case) -> bool:
    """Whether art. 317 runs for the case: a pending (filed, not archived) Colombian process."""
    return _applies(c.stage, c.archived, c.jurisdiction)


def _applies(stage: str, archived: bool, jurisdiction: str) -> bool:
    return stage in _FILED and not archived and jurisdiction_data(jurisdiction).get("procedural_rules") == "CGP"


def _latest(
    s: Session,
    case_col: Any,
    day_col: Any,
    details: Sequence[Any],
    where: Sequence[Any],
    scope: Any,
) -> list[Any]:
    """Rows (case id, day, *details) holding each case's latest `day_col` among the rows matching `where`."""
    newest = (
        select(case_col.label("cid"), func.max(day_col).label("last"))
        .where(*where, day_col.is_not(None), case_col.in_(scope))
        .group_by(case_col)
        .subquery()
    )
    # Core rows through the connection: at 100,000 cases the ORM's per-row processing costs seconds
    query = select(case_col, day_col, *details).join(newest, and_(newest.c.cid == case_col, newest.c.last == day_col))
    return list(s.connection().execute(query.where(*where)).all())


def _day(value: Any) -> dt.date:
    """A date from a date, a datetime or a database string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _utc_day(value: Any, jurisdiction: str) -> dt.date:
    """The court's calendar day of a stored UTC timestamp (an action at 20:30 in Bogotá is that day, not the next)."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return in_court_time(moment, jurisdiction).date()


_EMBARGO_STEPS = (
    ("requested_on", M.ACT_EMBARGO_REQUESTED),
    ("decreed_on", M.ACT_EMBARGO_DECREED),
    ("registered_on", M.ACT_EMBARGO_REGISTERED),
    ("executed_on", M.ACT_EMBARGO_EXECUTED),
    ("lifted_on", M.ACT_EMBARGO_LIFTED),
)
#: A court notice inside «Envío de la …» / «Entrega de la …»: its English (kind 'en' Term) and its Spanish
_NOTICE_TERMS = {
    "summons_291": Term(
        "en", "summons to appear for personal service (art. 291)", "citación para notificación personal (art. 291)"
    ),
    "notice_292": Term("en", "notice of service (aviso, art. 292)", "aviso de notificación (art. 292)"),
    "email_service": Term("en", "electronic service (Ley 2213 art. 8)", "notificación electrónica (Ley 2213 art. 8)"),
}
_NOTICE_STEP = {"sent_on": M.ACT_NOTICE_SENT, "delivered_on": M.ACT_NOTICE_DELIVERED}


def last_actions(s: Session, case_ids: Sequence[int] | None = None, *, scope: Any = None) -> dict[int, LastAction]:
    """The last actuación of each case of `case_ids` (or of the `scope` select of case ids, or of every
    filed, unarchived case).

    On a tie the most specific record names it: a recorded event before a measure, a hearing, a
    notice, the filing, and a stage move recorded that day.
    """
    if case_ids is not None:
        if not case_ids:
            return {}
        scope = select(Case.id).where(Case.id.in_(list(case_ids)))
    elif scope is None:
        scope = select(Case.id).where(Case.stage.in_(_FILED), Case.archived.is_(False))
    from legal_desk.services.tracking import HEARING_KINDS  # local: tracking records actuaciones through `sync`

    zone = dict(s.connection().execute(select(Case.id, Case.jurisdiction).where(Case.id.in_(scope))).all())
    found: dict[int, tuple[dt.date, int, LastAction]] = {}

    def offer(cid: int, day: dt.date, rank: int, action: LastAction) -> None:
        best = found.get(cid)
        if best is None or (day, -rank) > (best[0], -best[1]):
            found[cid] = (day, rank, action)

    for cid, day, eid, code, params in sorted(
        _latest(s, CaseEvent.case_id, CaseEvent.date, (CaseEvent.id, CaseEvent.code, CaseEvent.params), (), scope),
        key=lambda r: r[2],
        reverse=True,  # the event recorded last wins a tie of the same day
    ):
        day = _day(day)
        offer(cid, day, 0, _named(day, actuacion_text(code, params), eid))
    for column, label in _EMBARGO_STEPS:
        col = getattr(Embargo, column)
        for cid, day, description in _latest(s, Embargo.case_id, col, (Embargo.description,), (), scope):
            day = _day(day)
            step = Text(M.ACT_WITH_DETAIL, what=Text(label), detail=description) if description else Text(label)
            offer(cid, day, 1, _named(day, step))
    for cid, at, kind in _latest(s, Hearing.case_id, Hearing.at, (Hearing.kind,), (Hearing.status == "held",), scope):
        day = _day(at)
        offer(cid, day, 2, _named(day, Text(M.ACT_HEARING_HELD, kind=label_term(HEARING_KINDS.get(kind, kind)))))
    for column in ("delivered_on", "sent_on"):
        col = getattr(Notice, column)
        for cid, day, kind in _latest(
            s, Notice.case_id, col, (Notice.kind,), (Notice.kind.in_(COURT_NOTICE_KINDS),), scope
        ):
            day = _day(day)
            offer(cid, day, 3, _named(day, Text(_NOTICE_STEP[column], notice=_NOTICE_TERMS[kind])))
    for cid, day in _latest(s, Case.id, Case.filed_on, (), (), scope):
        day = _day(day)
        offer(cid, day, 4, _named(day, Text(M.ACT_FILED)))
    move_details = (AuditEvent.summary, AuditEvent.before, AuditEvent.after)
    moves = _latest(s, AuditEvent.case_id, AuditEvent.at, move_details, _STAGE_MOVES, scope)
    for cid, at, summary, before, after in moves:
        day = _utc_day(at, zone.get(cid, "CO"))
        move = Summary("case.stage", summary, _json(before), _json(after))
        offer(cid, day, 5, _named(day, Text(M.ACT_STAGE_MOVE, summary=move)))
    return {cid: best[2] for cid, best in found.items()}


def _named(day: dt.date, what: Text | str, event_id: int | None = None) -> LastAction:
    """A last actuación with its Spanish label (the CLI's, the stored term's) and its `Text`."""
    return LastAction(day, str(what), event_id, what)


def _json(value: Any) -> dict[str, Any] | None:
    """A JSON column as a dict (a database that hands it back as text is read)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None


def last_days(s: Session) -> dict[int, dt.date]:
    """The day of the last actuación of every filed, unarchived case: the same sources as
    `last_actions`, one grouped maximum each, without reading what each one was (a list of 100,000
    cases needs the dates; `last_actions` names the few it shows)."""
    scope = select(Case.id).where(Case.stage.in_(_FILED), Case.archived.is_(False))
    conn = s.connection()
    best: dict[int, dt.date] = {}

    def newest(case_col: Any, day_col: Any, *where: Any) -> list[Any]:
        query = select(case_col, func.max(day_col)).where(*where, day_col.is_not(None), case_col.in_(scope))
        return list(conn.execute(query.group_by(case_col)).all())

    def offer(rows: list[Any], to_day: Any = None) -> None:
        for cid, value in rows:
            day = to_day(cid, value) if to_day else _day(value)
            if cid not in best or day > best[cid]:
                best[cid] = day

    offer(newest(CaseEvent.case_id, CaseEvent.date))
    for column, _label in _EMBARGO_STEPS:
        offer(newest(Embargo.case_id, getattr(Embargo, column)))
    offer(newest(Hearing.case_id, Hearing.at, Hearing.status == "held"))
    for column in ("delivered_on", "sent_on"):
        offer(newest(Notice.case_id, getattr(Notice, column), Notice.kind.in_(COURT_NOTICE_KINDS)))
    offer(newest(Case.id, Case.filed_on))
    zone = dict(conn.execute(select(Case.id, Case.jurisdiction).where(Case.id.in_(scope))).all())
    offer(newest(AuditEvent.case_id, AuditEvent.at, *_STAGE_MOVES), lambda cid, at: _utc_day(at, zone.get(cid, "CO")))
    return best


def term_for(calendar: JudicialCalendar, last: LastAction, stage: str, years: int) -> ComputedDeadline:
    """The INACTIVITY_317 term of a case whose last actuación is `last`, in `stage`, with `years` of period."""
    return inactivity_deadline(calendar, last.day, years, last.label, after_judgment=stage in _POST_JUDGMENT)


def sync(s: Session, c: Case) -> Deadline | None:
    """Keep the case's open INACTIVITY_317 term counted from its last actuación; returns it when it changed.

    A newer actuación interrupts the running term (stored as met on that day, or missed when the year
    had already run out) and starts a new one; the same actuación with a new period (stage or setting)
    only moves the due date. Cases art. 317 does not reach keep whatever they had.
    """
    if not applies(c):
        return None
    s.flush()
    last = last_actions(s, [c.id]).get(c.id)
    if last is None:
        return None
    calendar = CalendarSet(s, c.jurisdiction).get(c.court, c.city)
    term = term_for(calendar, last, c.stage, inactivity_period(s, c.stage))
    text, parts = explanation(term), parts_of(term)
    current = (
        s.execute(
            select(Deadline).where(Deadline.case_id == c.id, Deadline.rule_code == RULE, Deadline.status == "open")
        )
        .scalars()
        .all()
    )
    keep = next((d for d in current if d.event_date == last.day), None)
    for d in current:
        if d is not keep:
            d.met_on = max(last.day, d.event_date)
            d.status = deadline_status(d.due, d.met_on, d.met_on)
    if keep is not None:
        if (keep.due, keep.explanation, keep.event_id, keep.explanation_parts) == (
            term.due,
            text,
            last.event_id,
            parts,
        ):
            return None
        keep.due, keep.explanation, keep.event_id, keep.explanation_parts = term.due, text, last.event_id, parts
        changed = keep
    else:
        changed = Deadline(
            case_id=c.id,
            event_id=last.event_id,
            rule_code=RULE,
            label=term.rule.label_es,
            event_date=last.day,
            due=term.due,
            explanation=text,
            explanation_parts=parts,
            status="open",
            assigned_to_id=c.lawyer_id,
        )
        s.add(changed)
    s.flush()
    c.next_deadline = s.execute(
        select(func.min(Deadline.due)).where(Deadline.case_id == c.id, Deadline.status == "open")
    ).scalar()
    return changed


def resync_open(s: Session, jurisdiction: str) -> list[tuple[dt.date, str, str, int]]:
    """New (due, explanation, its parts as JSON, id) of the jurisdiction's open INACTIVITY_317 terms after a calendar or
    period change, in bulk; a case whose last actuación is newer than its term is re-synced on its own."""
    scope = (
        select(Deadline.case_id)
        .join(Case, Case.id == Deadline.case_id)
        .where(Deadline.rule_code == RULE, Deadline.status == "open", Case.jurisdiction == jurisdiction)
    )
    columns = (Deadline.id, Deadline.event_date, Deadline.due, Deadline.explanation, Case.id, Case.stage)
    rows = (
        s.connection()
        .execute(
            select(*columns, Case.archived, Case.court, Case.city)
            .join(Case, Case.id == Deadline.case_id)
            .where(Deadline.rule_code == RULE, Deadline.status == "open", Case.jurisdiction == jurisdiction)
        )
        .all()
    )
    if not rows:
        return []
    calendars = CalendarSet(s, jurisdiction)
    years = {stage: inactivity_period(s, stage) for stage in _FILED}
    # First the due dates alone, from the stored day of the last actuación (cheap, memoised): only the
    # terms whose due date moves need their actuación read again for the explanation.
    dues: dict[tuple[Any, ...], dt.date] = {}
    moved: dict[int, tuple[int, dt.date, str | None, str | None, str]] = {}
    for did, event_day, due, _text, cid, stage, archived, court, city in rows:
        if not _applies(stage, archived, jurisdiction):
            continue
        day = _day(event_day)
        key = (court, city, day, stage in _POST_JUDGMENT, years[stage])
        if key not in dues:
            dues[key] = term_for(calendars.get(court, city), LastAction(day, ""), stage, years[stage]).due
        if dues[key] != _day(due):
            moved[cid] = (did, day, court, city, stage)
    if not moved:
        return []
    if len(moved) > _FEW:
        last_by_case = last_actions(s, scope=scope)
    else:
        ids = sorted(moved)
        last_by_case = {}
        for first in range(0, len(ids), _CHUNK):
            last_by_case.update(last_actions(s, ids[first : first + _CHUNK]))
    changed: list[tuple[dt.date, str, str, int]] = []
    behind: list[int] = []
    for cid, (did, day, court, city, stage) in sorted(moved.items()):
        last = last_by_case.get(cid)
        if last is None:
            continue
        if last.day != day:
            behind.append(cid)  # rare: a newer actuación the term missed (a database from before this rule)
            continue
        term = term_for(calendars.get(court, city), last, stage, years[stage])
        changed.append((term.due, explanation(term), json.dumps(parts_of(term), ensure_ascii=False), did))
    for cid in behind:
        case = s.get(Case, cid)
        if case is not None:
            sync(s, case)
    return changed


# Set once every pending case has its stored art. 317 term (see `store_missing_terms`).
TERMS_STORED_SETTING = "upgrade.art317_terms_stored"


def store_missing_terms(s: Session) -> int:
    """Store the open INACTIVITY_317 term of every pending case that has none; returns how many were added.

    A database from before the art. 317 term ran from the last actuación has filed cases with no
    stored term: the alert computes theirs live, but the Términos list, the agenda and the case's next
    deadline only got one at the next actuación. A case whose term from that same actuación is already
    stored (met, or marked missed once its day passed) is left alone, like `sync` does at the next
    actuación, so nothing is counted twice.

    A big desk is done _BATCH cases at a time (after an upgrade of 1,000,000 cases, holding every
    pending case's row, last actuación and new term at once took close to half a gigabyte).
    """
    has_open = select(Deadline.case_id).where(Deadline.rule_code == RULE, Deadline.status == "open")
    conn = s.connection()
    pending = (Case.stage.in_(_FILED), Case.archived.is_(False), Case.id.not_in(has_open))
    few = list(conn.execute(select(Case.id).where(*pending).limit(_FEW + 1)).scalars())
    if len(few) <= _FEW:
        return _store_terms(s, few, few)
    # After an upgrade of a big desk: per batch, one query per source over the batch's pending cases,
    # not rounds of id lists (800 rounds took over a minute at 400,000 filed cases); the ids go once
    # into a temporary table, so no source query evaluates the pending filter over every case again.
    scope_table = Table("tmp_pending_317", MetaData(), Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])
    scope_table.drop(conn, checkfirst=True)
    scope_table.create(conn)
    conn.execute(scope_table.insert().from_select(["id"], select(Case.id).where(*pending)))
    added = 0
    last = 0
    while True:
        ids = list(
            conn.execute(
                select(scope_table.c.id).where(scope_table.c.id > last).order_by(scope_table.c.id).limit(_BATCH)
            ).scalars()
        )
        if not ids:
            break
        last = ids[-1]
        added += _store_terms(s, ids, select(scope_table.c.id).where(scope_table.c.id.between(ids[0], last)))
    scope_table.drop(conn)
    return added


def _store_terms(s: Session, ids: Sequence[int], scope: Any) -> int:
    """`store_missing_terms` for the pending cases `ids` (also given as `scope`: the list or a select of them)."""
    if not ids:
        return 0
    conn = s.connection()
    rows = conn.execute(
        select(Case.id, Case.stage, Case.archived, Case.jurisdiction, Case.court, Case.city, Case.lawyer_id).where(
            Case.id.in_(scope)
        )
    ).all()
    rows = [r for r in rows if _applies(r.stage, r.archived, r.jurisdiction)]
    if not rows:
        return 0
    if isinstance(scope, list):
        chunks: list[Any] = [scope[first : first + _CHUNK] for first in range(0, len(scope), _CHUNK)]
        last_by_case: dict[int, LastAction] = {}
        for chunk in chunks:
            last_by_case.update(last_actions(s, chunk))
    else:
        chunks = [scope]
        last_by_case = last_actions(s, scope=scope)
    done: set[tuple[int, dt.date]] = set()
    for chunk in chunks:
        done.update(
            (cid, _day(day))
            for cid, day in conn.execute(
                select(Deadline.case_id, Deadline.event_date).where(
                    Deadline.rule_code == RULE, Deadline.case_id.in_(chunk)
                )
            )
        )
    years = {stage: inactivity_period(s, stage) for stage in _FILED}
    calendars: dict[str, CalendarSet] = {}
    added: dict[int, dt.date] = {}
    new_rows: list[dict[str, Any]] = []
    for r in rows:
        last = last_by_case.get(r.id)
        if last is None or (r.id, last.day) in done:
            continue
        calendar = calendars.setdefault(r.jurisdiction, CalendarSet(s, r.jurisdiction)).get(r.court, r.city)
        term = term_for(calendar, last, r.stage, years[r.stage])
        new_rows.append(
            {
                "case_id": r.id,
                "event_id": last.event_id,
                "rule_code": RULE,
                "label": term.rule.label_es,
                "event_date": last.day,
                "due": term.due,
                "explanation": explanation(term),
                "explanation_parts": parts_of(term),
                "status": "open",
                "assigned_to_id": r.lawyer_id,
            }
        )
        added[r.id] = term.due
    # Core, not one ORM object per term: the same rows, written in one executemany (or COPY)
    bulk_insert(s, Deadline.__table__, new_rows, list(new_rows[0]) if new_rows else [])
    # the case's next deadline is a denormalised column, not a user edit: no version bump (Core update)
    cases = cast(Table, Case.__table__)
    if added:
        conn.execute(
            update(cases)
            .where(
                cases.c.id == bindparam("cid"),
                or_(cases.c.next_deadline.is_(None), cases.c.next_deadline > bindparam("due")),
            )
            .values(next_deadline=bindparam("due")),
            [{"cid": cid, "due": due} for cid, due in added.items()],
        )
    return len(added)


def store_missing_terms_once(s: Session) -> int | None:
    """`store_missing_terms` the first time a database is opened by this version (None: already done)."""
    if get_setting(s, TERMS_STORED_SETTING) == "1":
        return None
    from legal_desk.services.legal import put_setting  # local: keeps this module's imports as they were

    added = store_missing_terms(s)
    put_setting(s, TERMS_STORED_SETTING, "1")
    return added
