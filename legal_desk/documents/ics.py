"""Export the agenda (hearings and deadlines) as an iCalendar file any calendar app can import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

COURT_TIMEZONE = ZoneInfo("America/Bogota")
# A hearing logged without an end time is shown as one hour long.
DEFAULT_HEARING_LENGTH = dt.timedelta(hours=1)
PRODID = "-//legal_desk//agenda//ES"


class AgendaExportError(TextError, ValueError):
    """An agenda item that cannot be exported; the message says which and why."""


@dataclass(frozen=True)
class AgendaItem:
    """One agenda entry: a hearing (timed) or a deadline (all-day)."""

    uid: str
    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None = None
    location: str = ""
    description: str = ""
    kind: Literal["hearing", "deadline", "offer"] = "deadline"


def _as_date(value: dt.datetime | dt.date) -> dt.date:
    """The calendar day of a date or datetime."""
    return value.date() if isinstance(value, dt.datetime) else value


def _court_time(value: dt.datetime | dt.date) -> dt.datetime:
    """A datetime on the Bogotá clock; naive values are taken as Bogotá time."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(0, 0))
    if value.tzinfo is None:
        return value.replace(tzinfo=COURT_TIMEZONE)
    return value.astimezone(COURT_TIMEZONE)


def _event(item: AgendaItem, stamp: dt.datetime) -> Event:
    """One VEVENT for an agenda item."""
    if not item.uid.strip():
        raise AgendaExportError(Text(M.ICS_NO_UID, title=item.title))
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("summary", item.title)
    if item.kind in ("deadline", "offer"):  # all-day: a term's due date, an offer's last day to answer
        first = _as_date(item.start)
        last = _as_date(item.end) if item.end is not None else first
        if last < first:
            raise AgendaExportError(Text(M.ICS_DEADLINE_ENDS_BEFORE, title=item.title))
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Vencimiento" if item.kind == "deadline" else "Propuesta de arreglo"])
    elif item.kind == "hearing":
        start = _court_time(item.start)
        end = _court_time(item.end) if item.end is not None else start + DEFAULT_HEARING_LENGTH
        if end < start:
            raise AgendaExportError(Text(M.ICS_HEARING_ENDS_BEFORE, title=item.title))
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("categories", ["Audiencia"])
    else:
        raise AgendaExportError(Text(M.ICS_KIND_UNKNOWN, kind=item.kind))
    if item.location:
        event.add("location", item.location)
    if item.description:
        event.add("description", item.description)
    return event


def agenda_to_ics(items: Sequence[AgendaItem], *, stamp: dt.datetime | None = None) -> bytes:
    """An RFC 5545 calendar with one event per item; hearings carry the America/Bogota VTIMEZONE."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Agenda legal_desk")
    for item in items:
        calendar.add_component(_event(item, stamp))
    if any(item.kind == "hearing" for item in items):
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
