"""iCalendar export: deadlines as all-day events, hearings timed in America/Bogota; parsed back."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from legal_desk.documents.ics import AgendaExportError, AgendaItem, agenda_to_ics

BOGOTA = ZoneInfo("America/Bogota")
STAMP = dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.UTC)


def test_round_trip() -> None:
    """Two items come back with their dates, times, zone, place and description."""
    items = [
        AgendaItem(
            "hearing-7@legal-desk",
            "Audiencia inicial (art. 372) — Radicado 2025-00123",
            dt.datetime(2025, 12, 2, 9, 30),
            None,
            "Juzgado 5 Civil Municipal de Bogotá",
            "Llevar poder y liquidación",
            "hearing",
        ),
        AgendaItem(
            "deadline-9@legal-desk",
            "Vence término de excepciones",
            dt.date(2025, 12, 4),
            None,
            "",
            "10 días hábiles (CGP art. 442)",
            "deadline",
        ),
        AgendaItem(
            "hearing-8@legal-desk",
            "Audiencia de instrucción",
            dt.datetime(2025, 12, 3, 19, 0, tzinfo=dt.UTC),
            dt.datetime(2025, 12, 3, 21, 0, tzinfo=dt.UTC),
            "https://teams.example/juzgado5",
            "",
            "hearing",
        ),
    ]
    data = agenda_to_ics(items, stamp=STAMP)
    assert isinstance(data, bytes)
    calendar = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Bogota"]
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    hearing = events["hearing-7@legal-desk"]
    start = hearing.decoded("DTSTART")
    assert start == dt.datetime(2025, 12, 2, 9, 30, tzinfo=BOGOTA)
    assert str(start.tzinfo) == "America/Bogota"
    assert hearing.decoded("DTEND") - start == dt.timedelta(hours=1)
    assert str(hearing["SUMMARY"]) == "Audiencia inicial (art. 372) — Radicado 2025-00123"
    assert str(hearing["LOCATION"]) == "Juzgado 5 Civil Municipal de Bogotá"
    deadline = events["deadline-9@legal-desk"]
    assert deadline.decoded("DTSTART") == dt.date(2025, 12, 4)
    assert deadline.decoded("DTEND") == dt.date(2025, 12, 5)
    assert str(deadline["DESCRIPTION"]) == "10 días hábiles (CGP art. 442)"
    online = events["hearing-8@legal-desk"]
    assert online.decoded("DTSTART") == dt.datetime(2025, 12, 3, 14, 0, tzinfo=BOGOTA)
    assert online.decoded("DTEND").hour == 16
    assert b"DTSTART;VALUE=DATE:20251204" in data
    assert b"DTSTAMP:20251120T120000Z" in data


def test_deadlines_only_and_errors() -> None:
    """Deadlines alone need no time zone; bad items are refused with a message."""
    data = agenda_to_ics([AgendaItem("d1", "Vence", dt.date(2026, 1, 15))], stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert calendar.walk("VTIMEZONE") == []
    assert [e.decoded("DTSTART") for e in calendar.walk("VEVENT")] == [dt.date(2026, 1, 15)]
    with pytest.raises(AgendaExportError, match="uid"):
        agenda_to_ics([AgendaItem(" ", "Sin id", dt.date(2026, 1, 15))])
    with pytest.raises(AgendaExportError, match="termina antes"):
        agenda_to_ics(
            [
                AgendaItem(
                    "h", "Mal", dt.datetime(2026, 1, 15, 10), dt.datetime(2026, 1, 15, 9), kind="hearing"
                )
            ]
        )
