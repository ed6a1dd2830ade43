"""What other people changed since a desk last looked: read from the audit chain, which every write extends.

A team shares one database (PostgreSQL, or one SQLite file on a share); each desk's own views
refresh on its own saves (legal_desk.ui.events), and learn of the others' through this: the
events after the last one seen, by other users, reduced to what a view needs to read again (the
cases touched, and whether many cases, the rates, the calendar or the users changed). One indexed
range read on the audit table's primary key, cheap enough to ask every few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from legal_desk.db.models import AuditEvent
from legal_desk.services.desk import Actor, Desk

# Events without a case that change what many cases show; the others without a case (an export,
# a failed log-in, a template folder) change nothing another desk displays.
_MANY_CASES = frozenset({"case.import", "demo.load", "deadline.recompute", "deadline.refresh", "db.restore"})
_CALENDAR_PREFIXES = ("closure.", "calendar.", "setting.calendar")
_USERS = frozenset({"user.add", "user.update", "user.password", "user.unlock"})
MAX_EVENTS = 500  # more than this in one look: read everything again instead of case by case


@dataclass
class Changes:
    """Other users' writes after event `after` up to `last_id` (the newest event, whoever wrote it)."""

    last_id: int
    case_ids: set[int] = field(default_factory=set)
    many_cases: bool = False
    rates: bool = False
    calendar: bool = False
    users: bool = False
    by: list[str] = field(default_factory=list)  # who, in order of their first change here

    @property
    def any(self) -> bool:
        return bool(self.case_ids or self.many_cases or self.rates or self.calendar or self.users)


def last_event_id(desk: Desk) -> int:
    """The newest audit event's id (0 on an empty desk): where a desk starts looking from."""
    with desk.reading() as s:
        return int(s.execute(select(func.max(AuditEvent.id))).scalar() or 0)


def changes_since(desk: Desk, actor: Actor, after: int) -> Changes:
    """Other users' changes after audit event `after` (the actor's own writes are left out).

    Raises AccountRevoked when an admin deactivated the actor or changed their role meanwhile: the desktop
    ends (or reopens) the session within one look, rather than at the user's next save, so a window left
    open does not go on showing case files to someone who may no longer see them.
    """
    with desk.reading() as s:
        last = int(s.execute(select(func.max(AuditEvent.id))).scalar() or 0)
        found = Changes(last_id=max(last, after))
        if last <= after:
            return found
        actor.confirm(s, noticed=True)  # something changed: perhaps this user (one primary-key read)
        rows = s.execute(
            select(AuditEvent.username, AuditEvent.case_id, AuditEvent.action)
            .where(AuditEvent.id > after, AuditEvent.id <= last, AuditEvent.username != actor.username)
            .order_by(AuditEvent.id)
            .limit(MAX_EVENTS + 1)
        ).all()
    if len(rows) > MAX_EVENTS:
        found.many_cases = True
    for username, case_id, action in rows[:MAX_EVENTS]:
        touched = True
        if case_id is not None:
            found.case_ids.add(int(case_id))
        elif action in _MANY_CASES:
            found.many_cases = True
        elif action == "rates.import":
            found.rates = True
        elif action.startswith(_CALENDAR_PREFIXES):
            found.calendar = True
        elif action in _USERS:
            found.users = True
        else:
            touched = False
        if touched and username not in found.by:
            found.by.append(username)
    return found
