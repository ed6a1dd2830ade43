"""One helper for «not in the future» (the court's day) and one for stored UTC times read on the local clock."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from legal_desk.domain.dates import local_time
from legal_desk.services import legal
from legal_desk.services.errors import ValidationFailed

MESSAGE = "Fecha: el {day} es posterior a hoy ({today})"  # dates written DD/MM/AAAA by refuse_future


def test_refuse_future_asks_the_courts_day_not_the_computers(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 20:30 in Bogotá (01:30 UTC the next day) tomorrow in Bogotá is still the future."""
    moment = dt.datetime(2025, 3, 5, 1, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(legal, "court_now", lambda j: moment.astimezone(legal.court_zone(j)).replace(tzinfo=None))
    assert legal.court_today("CO") == dt.date(2025, 3, 4)
    legal.refuse_future(dt.date(2025, 3, 4), "CO", MESSAGE)  # today: accepted
    legal.refuse_future(None, "CO", MESSAGE)  # no date: nothing to check
    with pytest.raises(ValidationFailed) as refused:
        legal.refuse_future(dt.date(2025, 3, 5), "CO", MESSAGE)
    assert refused.value.message == "Fecha: el 05/03/2025 es posterior a hoy (04/03/2025)"
    # An explicit today (tests, batch jobs) wins over the clock.
    with pytest.raises(ValidationFailed, match=r"el 04/03/2025 es posterior a hoy \(03/03/2025\)"):
        legal.refuse_future(dt.date(2025, 3, 4), "CO", MESSAGE, today=dt.date(2025, 3, 3))


def test_local_time_reads_stored_utc_on_this_computers_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """01:30 UTC is 20:30 of the day before in Bogotá; None reads as nothing."""
    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    try:
        stored = dt.datetime(2025, 3, 5, 1, 30)
        assert local_time(stored) == "04/03/2025 20:30"
        assert local_time(stored, "%H:%M") == "20:30"
        assert local_time(stored.replace(tzinfo=dt.UTC)) == "04/03/2025 20:30"
        assert local_time(None) == ""
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
