"""Judicial calendars as the desk keeps them: the closure table, calendar settings, counting terms."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from legal_desk.db.models import Closure
from legal_desk.domain import messages as M
from legal_desk.domain.calendar import CalendarError
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.deadlines import Progress, recompute_session
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.legal import CALENDAR_SETTING_KEYS, CalendarSet, get_setting, jurisdiction_code, put_setting

_MAX_CLOSURE_DAYS = 366
_SETTING_LABELS = {
    "calendar.holy_week_closed": "Semana Santa (lunes a miércoles) sin despacho",
    "calendar.rama_judicial_day_closed": "17 de diciembre, Día de la Rama Judicial, sin despacho",
    "calendar.extend_to_business_day": "Términos en meses o años que vencen en día inhábil pasan al siguiente hábil",
    "calendar.calendar_terms_from_next_day": "Términos en meses o años contados desde el día siguiente al evento",
}


@dataclass(frozen=True)
class ClosureInfo:
    """A row of the closure table; `changed` is how many open deadlines moved when it was saved."""

    closure_id: int
    jurisdiction: str
    start: dt.date
    end: dt.date
    reason: str
    court: str | None = None
    city: str | None = None
    reopen: bool = False
    created_by: str | None = None
    changed: int = 0

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the CLI."""
        return asdict(self)


def _info(c: Closure, changed: int = 0) -> ClosureInfo:
    return ClosureInfo(c.id, c.jurisdiction, c.start, c.end, c.reason, c.court, c.city, c.reopen, c.created_by, changed)


def add_closure(
    desk: Desk,
    actor: Actor,
    jurisdiction: str,
    start: dt.date,
    end: dt.date,
    reason: str,
    court: str | None = None,
    city: str | None = None,
    reopen: bool = False,
    progress: Progress | None = None,
) -> ClosureInfo:
    """Declare a closure (strike, outage, circular) or a reopening, then recompute the open deadlines."""
    actor.require(Action.MANAGE_CALENDAR)
    code = jurisdiction_code(jurisdiction)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationFailed(Text(M.CLOSURE_REASON))
    if end < start:
        raise ValidationFailed(Text(M.CLOSURE_ENDS_BEFORE, end=f"{end:%d/%m/%Y}", start=f"{start:%d/%m/%Y}"))
    if (end - start).days + 1 > _MAX_CLOSURE_DAYS:
        raise ValidationFailed(Text(M.CLOSURE_TOO_LONG, days=_MAX_CLOSURE_DAYS))
    court = " ".join(court.split()) if court and court.strip() else None
    city = " ".join(city.split()) if city and city.strip() else None
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        row = Closure(
            jurisdiction=code,
            court=court,
            city=city,
            start=start,
            end=end,
            reason=reason,
            reopen=reopen,
            created_by=actor.username,
        )
        s.add(row)
        s.flush()
        changed, _, _ = recompute_session(s, code, progress)
        scope = court or city or "toda la jurisdicción"
        audit.record(
            s,
            actor.username,
            "closure.add",
            "closure",
            row.id,
            summary=("Reapertura" if reopen else "Cierre")
            + f" {start:%d/%m/%Y}–{end:%d/%m/%Y} ({code}, {scope}): {reason}; {changed} términos recalculados",
            after={
                "jurisdiction": code,
                "start": start,
                "end": end,
                "reason": reason,
                "court": court,
                "city": city,
                "reopen": reopen,
                "deadlines_changed": changed,
            },
        )
        info = _info(row, changed)
        uow.commit()
    return info


def list_closures(desk: Desk, jurisdiction: str | None = None) -> list[ClosureInfo]:
    """The closure table (one jurisdiction or all), in date order."""
    with desk.reading() as s:
        query = select(Closure).order_by(Closure.jurisdiction, Closure.start, Closure.id)
        if jurisdiction:
            query = query.where(Closure.jurisdiction == jurisdiction.strip().upper())
        return [_info(c) for c in s.execute(query).scalars()]


def remove_closure(desk: Desk, actor: Actor, closure_id: int, progress: Progress | None = None) -> int:
    """Delete a closure (audited with its content) and recompute; returns how many deadlines moved."""
    actor.require(Action.MANAGE_CALENDAR)
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        row = s.get(Closure, closure_id)
        if row is None:
            raise NotFound(Text(M.CLOSURE_NOT_FOUND, id=closure_id))
        before = _info(row).to_json()
        code = row.jurisdiction
        s.delete(row)
        s.flush()
        changed, _, _ = recompute_session(s, code, progress)
        audit.record(
            s,
            actor.username,
            "closure.remove",
            "closure",
            closure_id,
            summary=f"Cierre {row.start:%d/%m/%Y}–{row.end:%d/%m/%Y} eliminado ({row.reason}); "
            f"{changed} términos recalculados",
            before=before,
            after={"deadlines_changed": changed},
        )
        uow.commit()
    return changed


def add_days(
    desk: Desk,
    jurisdiction: str,
    start: dt.date,
    days: int,
    court: str | None = None,
    city: str | None = None,
    *,
    from_notice: bool = True,
) -> dict[str, Any]:
    """Count N business days from `start` (the `calendar add-days --json` document of CLI.md).

    `start` is the day of a notification (`from_notice`): where it takes effect later (MX: the next
    business day, CCom art. 1075) the days run from the day after that, and `takes_effect` says when.
    With `from_notice=False` the days simply follow `start`.
    """
    code = jurisdiction_code(jurisdiction)
    if days < 0:
        raise ValidationFailed(Text(M.DAYS_NEGATIVE_N, days=days))
    if days > 5000:
        raise ValidationFailed(Text(M.DAYS_UNREASONABLE, days=days))
    with desk.reading() as s:
        calendar = CalendarSet(s, code).get(court, city)
        try:
            term = calendar.term_from_notice(start, days) if from_notice else calendar.add_business_days(start, days)
        except CalendarError as exc:
            raise ValidationFailed(text_of(exc)) from None
    return {
        "from": start,
        "days": days,
        "jurisdiction": code,
        "due": term.due,
        "takes_effect": term.takes_effect,
        "skipped": [{"date": d.date, "reason": d.reason} for d in term.skipped],
        "rule": term.rule,
        "term_source": calendar.term_source,
        "court": court,
    }


def calendar_setting_values(desk: Desk) -> dict[str, bool]:
    """The calendar switches as the desk has them."""
    with desk.reading() as s:
        return {key: get_setting(s, key) == "1" for key in CALENDAR_SETTING_KEYS}


def set_calendar_setting(desk: Desk, actor: Actor, key: str, value: bool, progress: Progress | None = None) -> int:
    """Switch a calendar rule (Holy Week, 17 Dec, extension, art. 118 start) and recompute; returns deadlines moved."""
    actor.require(Action.MANAGE_CALENDAR)
    if key not in CALENDAR_SETTING_KEYS:
        raise ValidationFailed(Text(M.CALENDAR_OPTION_UNKNOWN, key=key, keys=", ".join(CALENDAR_SETTING_KEYS)))
    new = "1" if value else "0"
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        old = get_setting(s, key)
        put_setting(s, key, new)
        changed = recompute_session(s, None, progress)[0] if old != new else 0
        audit.record(
            s,
            actor.username,
            "setting.calendar",
            "setting",
            key,
            summary=f"{_SETTING_LABELS[key]}: {'sí' if value else 'no'}; {changed} términos recalculados",
            before={"value": old},
            after={"value": new, "deadlines_changed": changed},
        )
        uow.commit()
    return changed
