"""Procedural deadlines: DOMAIN.md §9 example 5 and every event of the registry."""

from __future__ import annotations

import datetime as dt

import pytest

from legal_desk.domain.calendar import JudicialCalendar
from legal_desk.domain.deadlines import (
    EVENTS,
    RULES,
    DeadlineError,
    compute_deadlines,
    deadline_status,
)

D = dt.date
CO = JudicialCalendar("CO")


def _dues(event: str, day: dt.date, **params: object) -> list[tuple[str, dt.date]]:
    """(rule code, due date) of every deadline an event triggers."""
    return [(d.rule.code, d.due) for d in compute_deadlines(event, day, CO, **params)]


def test_example_5_notice_292() -> None:
    """Notice delivered Thu 2025-11-13 → served 11-14; copies (17 Nov holiday) 11-20; defences 12-04."""
    deadlines = compute_deadlines("NOTICE_292_DELIVERED", D(2025, 11, 13), CO)
    assert [(d.rule.code, d.due) for d in deadlines] == [
        ("SERVED_292", D(2025, 11, 14)),
        ("COPIES_91", D(2025, 11, 20)),
        ("DEFENCES", D(2025, 12, 4)),
    ]
    copies = deadlines[1]
    assert [(s.date, s.reason) for s in copies.skipped] == [
        (D(2025, 11, 15), "sábado"),
        (D(2025, 11, 16), "domingo"),
        (D(2025, 11, 17), "festivo: Independencia de Cartagena (observado)"),
    ]
    assert "(CGP art. 91)" in copies.explanation_es
    assert deadlines[2].explanation_es == (
        "10 días hábiles desde el día siguiente al vencimiento del término para retirar copias "
        "(2025-11-20) (CGP art. 442)"
    )


def test_debtor_served() -> None:
    """Served Thu 2025-11-13: 5 days to pay (art. 431) → 11-21, 10 to defend (art. 442) → 11-28."""
    deadlines = compute_deadlines("DEBTOR_SERVED", D(2025, 11, 13), CO)
    assert [(d.rule.code, d.due) for d in deadlines] == [
        ("PAY", D(2025, 11, 21)),
        ("DEFENCES", D(2025, 11, 28)),
    ]
    assert deadlines[1].explanation_es == (
        "10 días hábiles desde el día siguiente a la notificación (CGP art. 442)"
    )
    assert deadlines[0].explanation_es.endswith("(CGP art. 431)")


def test_inadmission_and_liquidation() -> None:
    """Art. 90: 5 days to correct; art. 446: 3 days of objections (17 Dec closed, then the recess)."""
    assert _dues("INADMISSION", D(2025, 3, 20)) == [("CORRECT", D(2025, 3, 28))]
    assert _dues("LIQUIDATION_SERVED", D(2025, 12, 12)) == [("LIQUIDATION_OBJECTIONS", D(2025, 12, 18))]
    assert _dues("LIQUIDATION_SERVED", D(2025, 12, 16)) == [("LIQUIDATION_OBJECTIONS", D(2026, 1, 13))]


def test_email_service() -> None:
    """Sent Thu 2025-11-13: deemed served after 2 business days (11-18), defences due 12-02."""
    deadlines = compute_deadlines("EMAIL_SERVICE_SENT", D(2025, 11, 13), CO)
    assert [(d.rule.code, d.due) for d in deadlines] == [
        ("EMAIL_SERVED", D(2025, 11, 18)),
        ("DEFENCES", D(2025, 12, 2)),
    ]
    assert "Ley 2213 de 2022 art. 8" in deadlines[0].explanation_es
    # Receipt proven on Wed 2025-11-19: served Fri 11-21, defences due Fri 12-05.
    late = compute_deadlines("EMAIL_SERVICE_SENT", D(2025, 11, 13), CO, receipt_on=D(2025, 11, 19))
    assert [d.due for d in late] == [D(2025, 11, 21), D(2025, 12, 5)]
    assert "acuse de recibo del 2025-11-19" in late[0].explanation_es
    with pytest.raises(DeadlineError, match="anterior al envío"):
        compute_deadlines("EMAIL_SERVICE_SENT", D(2025, 11, 13), CO, receipt_on=D(2025, 11, 12))


def test_summons_291_places() -> None:
    """5 days in the municipality, 10 outside, 30 abroad, from delivery on Mon 2025-02-03."""
    assert _dues("SUMMONS_291_SENT", D(2025, 2, 3)) == [("APPEAR_291", D(2025, 2, 10))]
    assert _dues("SUMMONS_291_SENT", D(2025, 2, 3), place="outside") == [("APPEAR_291", D(2025, 2, 17))]
    # 30 business days: 19 left in February after the 3rd, then 3-7, 10-14 and 17 March.
    assert _dues("SUMMONS_291_SENT", D(2025, 2, 3), place="abroad") == [("APPEAR_291", D(2025, 3, 17))]
    with pytest.raises(DeadlineError, match="local, outside o abroad"):
        compute_deadlines("SUMMONS_291_SENT", D(2025, 2, 3), CO, place="moon")


def test_yearly_terms() -> None:
    """Art. 94: 1 year to serve; art. 317: 1 year of inactivity (2 after judgment), off closed days."""
    assert _dues("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2025, 3, 4)) == [("SERVE_DEBTOR", D(2026, 3, 4))]
    # 2024-06-15 + 1 year = Sun 2025-06-15 → Mon 2025-06-16.
    served = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2024, 6, 15), CO)[0]
    assert served.due == D(2025, 6, 16)
    assert "se corre al 2025-06-16" in served.explanation_es
    assert _dues("LAST_ACTION", D(2024, 12, 20)) == [("INACTIVITY_317", D(2026, 1, 13))]
    assert _dues("LAST_ACTION", D(2024, 3, 4), inactivity_years=2) == [("INACTIVITY_317", D(2026, 3, 4))]


def test_registry_is_consistent() -> None:
    """Every event names known rules, and every rule carries its source."""
    for codes in EVENTS.values():
        assert all(code in RULES for code in codes)
    assert all(rule.source and rule.label_es and rule.label_en for rule in RULES.values())
    assert RULES["DEFENCES"].amount == 10 and RULES["PAY"].amount == 5
    with pytest.raises(DeadlineError, match="Evento desconocido"):
        compute_deadlines("NOPE", D(2025, 1, 1), CO)


def test_deadline_status() -> None:
    """open before the due date, met when done in time, missed when late or past due."""
    due = D(2025, 12, 4)
    assert deadline_status(due, None, D(2025, 12, 4)) == "open"
    assert deadline_status(due, None, D(2025, 12, 5)) == "missed"
    assert deadline_status(due, D(2025, 12, 4), D(2026, 1, 1)) == "met"
    assert deadline_status(due, D(2025, 12, 5), D(2026, 1, 1)) == "missed"


@pytest.mark.parametrize("jurisdiction", ["AR", "MX", "ES"])
def test_colombian_terms_are_not_computed_for_another_country(jurisdiction: str) -> None:
    """Every deadline rule is a CGP / Ley 2213 term: a Spanish, Argentine or Mexican case gets a
    refusal that says so and where to count a term by that country's calendar, never «CGP art. 442»."""
    calendar = JudicialCalendar(jurisdiction)
    for event in EVENTS:
        with pytest.raises(DeadlineError, match="Código General del Proceso de Colombia") as caught:
            compute_deadlines(event, D(2025, 7, 24), calendar)
        assert f"calendar add-days --jurisdiction {jurisdiction}" in str(caught.value)
