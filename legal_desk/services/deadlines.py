"""Procedural events and the deadlines they start: record, mark met, refresh, recompute after a calendar change."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from legal_desk.db.models import Case, CaseEvent, Deadline, Debt
from legal_desk.domain import messages as M
from legal_desk.domain.calendar import CalendarError, JudicialCalendar, jurisdiction_data
from legal_desk.domain.deadlines import (
    EVENTS,
    RULES,
    ComputedDeadline,
    DeadlineError,
    compute_deadlines,
    deadline_status,
    explain,
    explanation,
    parts_of,
)
from legal_desk.domain.lifecycle import FILED_STAGES, POST_JUDGMENT_STAGES
from legal_desk.domain.limitation import LimitationError
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.permissions import COLLECTIONS_STAGES, Action, Role
from legal_desk.services import actuaciones, audit
from legal_desk.services.cases import get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.legal import CalendarSet, compute_limitation, refuse_future

Progress = Callable[[int, int], None]
RULE_317 = actuaciones.RULE
_DATE_PARAMS = ("receipt_on",)
_BATCH = 20_000


@dataclass(frozen=True)
class DeadlineInfo:
    """A stored deadline as plain data, with the case it belongs to."""

    deadline_id: int
    case_id: int
    rule_code: str
    label: str
    event_date: dt.date
    due: dt.date
    explanation: str
    status: str
    met_on: dt.date | None = None
    account_ref: str = ""
    debtor: str = ""
    assigned_to_id: int | None = None
    explanation_parts: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready dict (dates still as dates; the CLI serialises them)."""
        out = asdict(self)
        del out["explanation_parts"]  # the CLI contract: the Spanish `explanation` only
        return out

    def explanation_in(self, lang: str) -> str:
        """The explanation in an interface language; a deadline stored before parts were kept gives its Spanish."""
        return explanation_in(self.explanation, self.explanation_parts, lang)


@dataclass(frozen=True)
class EventInfo:
    """A recorded procedural event and the deadlines it created."""

    event_id: int
    case_id: int
    code: str
    date: dt.date
    params: dict[str, Any]
    deadlines: list[DeadlineInfo]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return {
            "event_id": self.event_id,
            "case_id": self.case_id,
            "code": self.code,
            "date": self.date,
            "params": self.params,
            "deadlines": [d.to_json() for d in self.deadlines],
        }


# ------------------------------------------------------------------ helpers


def explanation_in(stored: str, parts: Mapping[str, Any] | None, lang: str) -> str:
    """A stored deadline's explanation in `lang`: worded from its parts, or its stored Spanish text when
    it has none (rows written before the parts were kept) or they cannot be read."""
    if not parts or lang == "es":
        return stored
    try:
        return explain(dict(parts), lang)
    except (KeyError, TypeError, ValueError):
        return stored


def params_to_json(params: Mapping[str, Any]) -> dict[str, Any]:
    """Event parameters as stored (dates ISO)."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in params.items() if v is not None}


def params_from_json(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Event parameters as `compute_deadlines` wants them (dates back to dates)."""
    out = dict(params or {})
    for key in _DATE_PARAMS:
        if isinstance(out.get(key), str):
            out[key] = dt.date.fromisoformat(out[key])
    return out


def _compute(calendar: JudicialCalendar, code: str, date: dt.date, params: Mapping[str, Any]) -> list[ComputedDeadline]:
    """`compute_deadlines` with domain errors turned into a validation refusal."""
    try:
        return compute_deadlines(code, date, calendar, **params)
    except (DeadlineError, CalendarError) as exc:
        raise ValidationFailed(text_of(exc)) from None


def refresh_next_deadline(session: Session, case: Case) -> None:
    """Keep `Case.next_deadline` = the earliest open due date of the case."""
    case.next_deadline = session.execute(
        select(func.min(Deadline.due)).where(Deadline.case_id == case.id, Deadline.status == "open")
    ).scalar()


def scope(query: Any, actor: Actor, user_id: int | None) -> Any:
    """Whose cases a list shows: one lawyer's, the acting lawyer's by default, collections' own handovers
    (and only those legal has not accepted: terms and hearings of a process are legal's)."""
    if actor.role is Role.COLLECTIONS:
        query = query.where(
            Case.handed_over_by_id == actor.user_id, Case.stage.in_([st.value for st in COLLECTIONS_STAGES])
        )
    if user_id is not None:
        return query.where(Case.lawyer_id == user_id)
    if actor.role is Role.LAWYER:
        return query.where(Case.lawyer_id == actor.user_id)
    return query


def _info(d: Deadline, account_ref: str = "", debtor: str = "") -> DeadlineInfo:
    return DeadlineInfo(
        d.id,
        d.case_id,
        d.rule_code,
        d.label,
        d.event_date,
        d.due,
        d.explanation,
        d.status,
        d.met_on,
        account_ref,
        debtor,
        d.assigned_to_id,
        d.explanation_parts,
    )


# ------------------------------------------------------------------ use cases


def record_event(
    desk: Desk,
    actor: Actor,
    case: int | str,
    code: str,
    date: dt.date,
    *,
    today: dt.date | None = None,
    **params: Any,
) -> EventInfo:
    """Store a procedural event and the deadlines it starts (with rule, label and explanation).

    An event is something that already happened: a date after `today` (by default the court's
    calendar day, as every other date check) is refused, as is a proof of receipt dated after today.
    """
    code = code.strip().upper()
    if code not in EVENTS:
        raise ValidationFailed(Text(M.DEADLINE_EVENT_UNKNOWN, event=code, events=", ".join(sorted(EVENTS))))
    with desk.uow() as uow:
        s = uow.session
        c = get_case_for_write(s, actor, case, action=Action.EDIT_FILED_CASE)
        refuse_future(
            date,
            c.jurisdiction,
            M.FUTURE_EVENT,
            today=today,
        )
        receipt = params.get("receipt_on")
        if isinstance(receipt, dt.date):
            refuse_future(
                receipt,
                c.jurisdiction,
                M.FUTURE_RECEIPT,
                today=today,
            )
        if params.get("inactivity_years") is not None:
            # Art. 317 lit. b decides the period, not the user: 2 years once there is a judgment or an
            # order to proceed (the case's stage), 1 before; both are the desk's settings.
            raise ValidationFailed(Text(M.EVENT_317_PERIOD_FIXED))
        description = str(params.pop("description", "") or "").strip()
        if code == "LAST_ACTION" and not description:
            raise ValidationFailed(Text(M.EVENT_DESCRIPTION_MISSING))
        if description:
            params["description"] = description
        stored = params_to_json(params)
        calendar = CalendarSet(s, c.jurisdiction).get(c.court, c.city)
        # The art. 317 term is not this event's alone: it runs from the case's last actuación, kept by
        # `actuaciones.sync` below (an event dated before a later actuación does not move it).
        computed = [d for d in _compute(calendar, code, date, params_from_json(stored)) if d.rule.code != RULE_317]
        event = CaseEvent(case_id=c.id, code=code, date=date, params=stored or None, by_user=actor.username)
        s.add(event)
        s.flush()
        served_on = _service_day(code, date, computed)
        if served_on is not None:
            # Serving the debtor is what the art. 94 year asks for: its open term is complied with
            # (late service still counts as missed: the filing then did not toll the limitation).
            for d in s.execute(
                select(Deadline).where(
                    Deadline.case_id == c.id, Deadline.rule_code == "SERVE_DEBTOR", Deadline.status == "open"
                )
            ).scalars():
                d.met_on = served_on
                d.status = deadline_status(d.due, served_on, served_on)
        rows = [
            Deadline(
                case_id=c.id,
                event_id=event.id,
                rule_code=d.rule.code,
                label=d.rule.label_es,
                event_date=date,
                due=d.due,
                explanation=explanation(d),
                explanation_parts=parts_of(d),
                status="open",
                assigned_to_id=c.lawyer_id,
            )
            for d in computed
        ]
        s.add_all(rows)
        s.flush()
        inactivity = actuaciones.sync(s, c)
        if inactivity is not None:
            rows.append(inactivity)
        refresh_next_deadline(s, c)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "event.add",
            "case_event",
            event.id,
            case_id=c.id,
            summary=f"Evento {code} del {date:%d/%m/%Y}: "
            + "; ".join(f"{d.label} vence el {d.due:%d/%m/%Y}" for d in rows),
            after={"code": code, "date": date, "params": stored, "deadlines": {d.rule_code: d.due for d in rows}},
        )
        infos = [_info(r, c.account_ref, c.debtor_name) for r in rows]
        uow.commit()
    return EventInfo(event.id, c.id, code, date, stored, infos)


# The rule whose due date is the day the debtor is served, per service event (DEBTOR_SERVED: the event's day).
_SERVICE_RULES = {"DEBTOR_SERVED": None, "NOTICE_292_DELIVERED": "SERVED_292", "EMAIL_SERVICE_SENT": "EMAIL_SERVED"}


def _service_day(code: str, date: dt.date, computed: list[ComputedDeadline]) -> dt.date | None:
    """The day a service event serves the debtor on (None for events that serve nobody)."""
    if code not in _SERVICE_RULES:
        return None
    rule = _SERVICE_RULES[code]
    if rule is None:
        return date
    return next((d.due for d in computed if d.rule.code == rule), date)


def inactivity_period(s: Session, stage: str) -> int:
    """Art. 317 num. 2: the desk's years in first instance; lit. b's (2) after judgment or order to proceed."""
    return actuaciones.inactivity_period(s, stage)


def mark_deadline_met(desk: Desk, actor: Actor, deadline_id: int, met_on: dt.date) -> DeadlineInfo:
    """Record that a deadline was complied with on `met_on` (late compliance is stored as missed)."""
    with desk.uow() as uow:
        s = uow.session
        d = s.get(Deadline, deadline_id)
        if d is None:
            raise NotFound(Text(M.DEADLINE_NOT_FOUND, id=deadline_id))
        c = get_case_for_write(s, actor, d.case_id, action=Action.EDIT_FILED_CASE)
        if met_on < d.event_date:
            raise ValidationFailed(
                Text(M.DEADLINE_MET_BEFORE_EVENT, day=f"{met_on:%d/%m/%Y}", event=f"{d.event_date:%d/%m/%Y}")
            )
        before = {"status": d.status, "met_on": d.met_on}
        d.met_on = met_on
        d.status = deadline_status(d.due, met_on, met_on)
        s.flush()
        refresh_next_deadline(s, c)
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "deadline.met",
            "deadline",
            d.id,
            case_id=c.id,
            summary=f"{d.label}: cumplido el {met_on:%d/%m/%Y}"
            + ("" if d.status == "met" else f" (tarde; vencía el {d.due:%d/%m/%Y})"),
            before=before,
            after={"status": d.status, "met_on": met_on},
        )
        info = _info(d, c.account_ref, c.debtor_name)
        uow.commit()
    return info


def refresh_statuses(desk: Desk, today: dt.date) -> int:
    """Open deadlines past their due date become missed; returns how many changed."""
    with desk.uow() as uow:
        s = uow.session
        case_ids = [
            r[0]
            for r in s.execute(
                select(Deadline.case_id).where(Deadline.status == "open", Deadline.due < today).distinct()
            )
        ]
        if not case_ids:
            return 0
        result = cast(
            "CursorResult[Any]",
            s.execute(update(Deadline).where(Deadline.status == "open", Deadline.due < today).values(status="missed")),
        )
        changed = result.rowcount
        _refresh_next_for(s, case_ids)
        audit.record(
            s,
            "system",
            "deadline.refresh",
            "deadline",
            summary=f"{changed} términos vencidos sin cumplir al {today:%d/%m/%Y} marcados como incumplidos",
            after={"today": today, "missed": changed, "cases": len(case_ids)},
        )
        uow.commit()
    return int(changed)


def _refresh_next_for(s: Session, case_ids: list[int]) -> None:
    """Recompute `next_deadline` of many cases with one grouped read and one executemany."""
    rows: list[dict[str, Any]] = []
    for start in range(0, len(case_ids), _BATCH):
        chunk = case_ids[start : start + _BATCH]
        mins = dict(
            s.execute(
                select(Deadline.case_id, func.min(Deadline.due))
                .where(Deadline.case_id.in_(chunk), Deadline.status == "open")
                .group_by(Deadline.case_id)
            ).all()
        )
        rows += [{"b_id": cid, "b_next": mins.get(cid)} for cid in chunk]
    _update_cases(s, rows, "next_deadline", "b_next")


def _update_cases(s: Session, rows: list[dict[str, Any]], column: str, key: str) -> None:
    """Write a denormalised case column (not a user edit, so no version bump) in one executemany."""
    _executemany(s, "cases", (column,), [(r[key], r["b_id"]) for r in rows])


def _executemany(s: Session, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """`UPDATE table SET columns WHERE id = ?` for many rows straight through the driver's executemany.

    At 100,000+ rows SQLAlchemy's per-row parameter processing costs more than the database itself,
    so the values (last item: the id) go to the DBAPI as plain tuples; SQLite gets ISO date text,
    exactly what SQLAlchemy's `Date` stores there.
    """
    if not rows:
        return
    conn = s.connection()
    sqlite = conn.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    sql = f"UPDATE {table} SET " + ", ".join(f"{c} = {mark}" for c in columns) + f" WHERE id = {mark}"
    if sqlite:
        rows = [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row) for row in rows]
    for start in range(0, len(rows), _BATCH * 5):
        conn.exec_driver_sql(sql, rows[start : start + _BATCH * 5])


def recompute_session(
    s: Session, jurisdiction: str | None = None, progress: Progress | None = None
) -> tuple[int, int, int]:
    """Recompute open deadlines, next deadlines and limitation dates in a session.

    Returns (deadlines changed, next deadlines changed, limitation dates changed).
    """
    if jurisdiction is None:
        codes = [r[0] for r in s.execute(select(Case.jurisdiction).distinct())]
    else:
        codes = [jurisdiction.strip().upper()]
    totals = [0, 0, 0]
    for code in codes:
        for i, n in enumerate(_recompute_one(s, code, progress)):
            totals[i] += n
    return totals[0], totals[1], totals[2]


def open_deadlines_query(jurisdiction: str) -> Any:
    """Every open deadline of a jurisdiction with the event and court it is computed from."""
    return (
        select(
            Deadline.id,
            Deadline.case_id,
            Deadline.rule_code,
            Deadline.due,
            Deadline.explanation,
            Deadline.explanation_parts,
            CaseEvent.code,
            CaseEvent.date,
            CaseEvent.params,
            Case.court,
            Case.city,
        )
        .join(Case, Case.id == Deadline.case_id)
        .outerjoin(CaseEvent, CaseEvent.id == Deadline.event_id)
        .where(Deadline.status == "open", Case.jurisdiction == jurisdiction)
    )


def _recompute_one(s: Session, jurisdiction: str, progress: Progress | None) -> tuple[int, int, int]:
    """Recompute one jurisdiction: bulk read, compute in memory once per distinct input, bulk write changes."""
    calendars = CalendarSet(s, jurisdiction)
    # first: a case whose art. 317 term lags behind a newer actuación gets its new term before the read
    inactivity = {row[-1]: row for row in actuaciones.resync_open(s, jurisdiction)}
    conn = s.connection()
    rows = conn.execute(open_deadlines_query(jurisdiction)).all()
    total = len(rows)
    memo: dict[tuple[Any, ...], dict[str, tuple[dt.date, str, dict[str, Any]]]] = {}
    changed: list[tuple[dt.date, str, str, int]] = []
    moved = 0  # rows whose due date or explanation changed (the rest only gain their parts)
    earliest: dict[int, dt.date] = {}
    for index, (did, cid, rule, due, text, parts, code, date, params, court, city) in enumerate(rows, 1):
        if rule == RULE_317:
            # counted from the case's last actuación, whatever event (if any) recorded it
            if did in inactivity:
                changed.append(inactivity[did])
                moved += 1
                due = inactivity[did][0]
        elif code is not None:
            key = (court, city, code, date, tuple(sorted((params or {}).items())))
            result = memo.get(key)
            if result is None:
                calendar = calendars.get(court, city)
                try:
                    computed = compute_deadlines(code, date, calendar, **params_from_json(params))
                except (DeadlineError, CalendarError):
                    computed = []
                result = memo[key] = {d.rule.code: (d.due, explanation(d), parts_of(d)) for d in computed}
            new = result.get(rule)
            # A row stored before its explanation had parts gets them here (an open term's own wording).
            if new is not None and (new[0] != due or new[1] != text or parts is None):
                changed.append((new[0], new[1], json.dumps(new[2], ensure_ascii=False), did))
                moved += new[0] != due or new[1] != text
                due = new[0]
        if cid not in earliest or due < earliest[cid]:
            earliest[cid] = due
        if progress is not None and (index % _BATCH == 0 or index == total):
            progress(index, total)
    _executemany(s, "deadlines", ("due", "explanation", "explanation_parts"), changed)

    cases = conn.execute(
        select(Case.id, Case.court, Case.city, Case.next_deadline, Case.limitation_date, Debt.due_date, Debt.title_type)
        .outerjoin(Debt, Debt.case_id == Case.id)
        .where(Case.jurisdiction == jurisdiction)
    ).all()
    lim_memo: dict[tuple[Any, ...], dt.date | None] = {}
    next_rows: list[dict[str, Any]] = []
    lim_rows: list[dict[str, Any]] = []
    for cid, court, city, next_deadline, limitation, due_date, title_type in cases:
        new_next = earliest.get(cid)
        if new_next != next_deadline:
            next_rows.append({"b_id": cid, "b_next": new_next})
        if due_date is None:
            continue
        lim_key = (court, city, title_type, due_date)
        if lim_key not in lim_memo:
            try:
                lim_memo[lim_key] = compute_limitation(calendars.get(court, city), title_type, due_date, jurisdiction)
            except (LimitationError, CalendarError):
                lim_memo[lim_key] = None  # e.g. a cheque: the date is kept as the user set it
        new_lim = lim_memo[lim_key]
        if new_lim is not None and new_lim != limitation:
            lim_rows.append({"b_id": cid, "b_lim": new_lim})
    _update_cases(s, next_rows, "next_deadline", "b_next")
    _update_cases(s, lim_rows, "limitation_date", "b_lim")
    return moved, len(next_rows), len(lim_rows)


def recompute_all(desk: Desk, actor: Actor, jurisdiction: str | None = None, progress: Progress | None = None) -> int:
    """Recompute every open deadline from its event after a calendar change; returns how many changed."""
    actor.require(Action.MANAGE_CALENDAR)
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        changed, nexts, limits = recompute_session(s, jurisdiction, progress)
        audit.record(
            s,
            actor.username,
            "deadline.recompute",
            "deadline",
            summary=f"Términos recalculados ({jurisdiction or 'todas las jurisdicciones'}): {changed} cambiaron",
            after={"jurisdiction": jurisdiction, "deadlines": changed, "next_deadline": nexts, "limitation": limits},
        )
        uow.commit()
    return changed


def inactivity_alerts(desk: Desk, actor: Actor, today: dt.date, within_days: int = 0) -> list[dict[str, Any]]:
    """Filed cases whose art. 317 period ends by `today + within_days` with no actuación since (oldest first).

    The period runs from the last actuación of the process (`actuaciones.last_actions`: court steps and
    filings, not the desk's internal edits): the desk's years in first instance, the after-judgment
    years (lit. b) once the case has an order to proceed; its end is counted like every other year term
    (art. 118), by the same function as the INACTIVITY_317 deadline, so the alert and the Términos agree.
    `expires` is that day, `days_left` how far it is, `last_action` what the last actuación was.

    Filed cases are legal's: collections get none.
    """
    if actor.role is Role.COLLECTIONS:
        return []
    with desk.reading() as s:
        periods = {stage: inactivity_period(s, stage) for stage in ("FILED", "EXECUTION")}
        calendars: dict[str, CalendarSet] = {}
        last_days = actuaciones.last_days(s)
        columns = (Case.id, Case.account_ref, Case.debtor_name, Case.stage, Case.lawyer_id, Case.jurisdiction)
        filed = (Case.stage.in_([st.value for st in FILED_STAGES]), Case.archived.is_(False))
        rows = s.connection().execute(select(*columns, Case.court, Case.city).where(*filed)).all()
        out: list[dict[str, Any]] = []
        memo: dict[tuple[Any, ...], dt.date] = {}
        horizon = today + dt.timedelta(days=within_days)
        for cid, ref, debtor, stage, lawyer_id, jurisdiction, court, city in rows:
            if jurisdiction_data(jurisdiction).get("procedural_rules") != "CGP":
                continue  # art. 317 (desistimiento tácito) is Colombian: no alert for another country's case
            last_day = last_days.get(cid)
            if last_day is None:
                continue
            last = actuaciones.LastAction(last_day, "")
            post_judgment = stage in {st.value for st in POST_JUDGMENT_STAGES}
            years = periods["EXECUTION" if post_judgment else "FILED"]
            key = (jurisdiction, court, city, last.day, years)
            expires = memo.get(key)
            if expires is None:
                if jurisdiction not in calendars:
                    calendars[jurisdiction] = CalendarSet(s, jurisdiction)
                calendar = calendars[jurisdiction].get(court, city)
                expires = memo[key] = actuaciones.term_for(calendar, last, stage, years).due
            if expires <= horizon:
                out.append(
                    {
                        "case_id": cid,
                        "account_ref": ref,
                        "debtor": debtor,
                        "stage": stage,
                        "lawyer_id": lawyer_id,
                        "last_activity": last.day,
                        "last_action": "",  # named below, for the listed cases only
                        "days_inactive": (today - last.day).days,
                        "period_years": years,
                        "expires": expires,
                        "days_left": (expires - today).days,
                        "rule": RULES["INACTIVITY_317"].source + (" lit. b" if post_judgment else ""),
                    }
                )
        ids = [r["case_id"] for r in out]
        named: dict[int, actuaciones.LastAction] = {}
        for first in range(0, len(ids), 500):
            named.update(actuaciones.last_actions(s, ids[first : first + 500]))
        for r in out:
            r["last_action"] = named[r["case_id"]].label if r["case_id"] in named else ""
            r["last_action_text"] = named[r["case_id"]].text if r["case_id"] in named else None
    out.sort(key=lambda r: (r["expires"], r["last_activity"], r["case_id"]))
    return out


def list_deadlines(
    desk: Desk,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    user_id: int | None = None,
    *,
    status: str | None = None,
    today: dt.date | None = None,
) -> list[DeadlineInfo]:
    """Deadlines due from `start` to `end` inclusive, soonest first (a lawyer's own by default).

    The status is the one in force on `today`: an open deadline whose due date has passed is
    reported (and filtered) as «missed» even before `refresh_statuses` stores it.
    """
    if end < start:
        raise ValidationFailed(Text(M.RANGE_ENDS_BEFORE, end=f"{end:%d/%m/%Y}", start=f"{start:%d/%m/%Y}"))
    today = today or dt.date.today()
    with desk.reading() as s:
        query = (
            select(Deadline, Case.account_ref, Case.debtor_name)
            .join(Case, Case.id == Deadline.case_id)
            .where(Deadline.due >= start, Deadline.due <= end)
        )
        if status == "open":
            query = query.where(Deadline.status == "open", Deadline.due >= today)
        elif status == "missed":
            query = query.where((Deadline.status == "missed") | ((Deadline.status == "open") & (Deadline.due < today)))
        elif status is not None:
            query = query.where(Deadline.status == status)
        query = scope(query, actor, user_id).order_by(Deadline.due, Deadline.case_id, Deadline.id)
        out = []
        for d, ref, debtor in s.execute(query):
            info = _info(d, ref, debtor)
            if info.status == "open" and info.due < today:
                info = replace(info, status="missed")
            out.append(info)
        return out
