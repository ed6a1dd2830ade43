"""CGP art. 94: whether the filing interrupted the limitation, as pure dates (domain.limitation.filing_tolling)."""

from __future__ import annotations

import datetime as dt

import pytest

from legal_desk.domain.limitation import FilingFacts, filing_tolling, filing_tolling_es

LIMIT = dt.date(2026, 9, 1)
FILED = dt.date(2025, 10, 6)
SERVE_BY = dt.date(2026, 11, 4)


@pytest.mark.parametrize(
    ("facts", "today", "state", "alerts"),
    [
        (None, dt.date(2026, 8, 1), "none", True),  # not filed
        (FilingFacts(FILED), dt.date(2026, 8, 1), "pending", False),  # year not started yet
        (FilingFacts(FILED, SERVE_BY), SERVE_BY, "pending", False),  # its last day
        (FilingFacts(FILED, SERVE_BY), SERVE_BY + dt.timedelta(days=1), "lapsed", True),
        (FilingFacts(FILED, SERVE_BY, dt.date(2026, 3, 10)), dt.date(2027, 1, 1), "served", False),
        (FilingFacts(FILED, served=True), dt.date(2027, 1, 1), "served", False),  # stage past service
        # served after the year but before the limitation date: the service itself interrupted it
        (FilingFacts(FILED, dt.date(2026, 3, 2), dt.date(2026, 5, 4)), dt.date(2027, 1, 1), "served_late", False),
        # served after the year and after the limitation date: too late
        (FilingFacts(FILED, SERVE_BY, dt.date(2026, 11, 20)), dt.date(2027, 1, 1), "lapsed", True),
        (FilingFacts(dt.date(2026, 9, 2)), dt.date(2026, 9, 3), "late_filing", True),  # filed a day late
        (FilingFacts(LIMIT), dt.date(2026, 9, 3), "pending", False),  # filed on the last day: in time
    ],
)
def test_filing_tolling(facts, today, state, alerts):
    t = filing_tolling(LIMIT, facts, today)
    assert (t.state, t.alerts) == (state, alerts)


def test_served_late_says_when_and_why():
    t = filing_tolling(LIMIT, FilingFacts(FILED, dt.date(2026, 3, 2), dt.date(2026, 5, 4)), dt.date(2027, 1, 1))
    assert filing_tolling_es(t) == (
        "Interrumpida el 04/05/2026 con la notificación al deudor: no se notificó dentro del año del art. 94 CGP "
        "(vencía el 02/03/2026)"
    )
