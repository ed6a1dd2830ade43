"""Procedural deadlines: DOMAIN.md §9 example 5 and every event of the registry."""

from __future__ import annotations

import datetime as dt

import pytest

from legal_desk.domain.calendar import CalendarSettings, JudicialCalendar
from legal_desk.domain.deadlines import (
    EVENTS,
    RULES,
    DeadlineError,
    compute_deadlines,
    deadline_status,
)
from legal_desk.domain.limitation import limitation_date

D = dt.date
CO = JudicialCalendar("CO")


def _dues(event: str, day: dt.date, **params: object) -> list[tuple[str, dt.date]]:
    """(rule code, due date) of every deadline an event triggers."""
    return [(d.rule.code, d.due) for d in compute_deadlines(event, day, CO, **params)]


def test_example_5_notice_292() -> None:
    """Notice delivered Thu 2025-11-13 → served 11-14; copies (17 Nov holiday) 11-20; defences 12-04.

    The 5 days to pay (art. 431) run with the defences, after the copies term: Thu 27/11/2025. They
    used to be computed only for personal service, so a debtor served by notice had no term to pay.
    """
    deadlines = compute_deadlines("NOTICE_292_DELIVERED", D(2025, 11, 13), CO)
    assert [(d.rule.code, d.due) for d in deadlines] == [
        ("SERVED_292", D(2025, 11, 14)),
        ("COPIES_91", D(2025, 11, 20)),
        ("PAY", D(2025, 11, 27)),
        ("DEFENCES", D(2025, 12, 4)),
    ]
    assert deadlines[2].explanation_es == (
        "5 días hábiles desde el día siguiente al vencimiento del término para retirar copias "
        "(20/11/2025) (CGP art. 431)"
    )
    copies = deadlines[1]
    assert [(s.date, s.reason) for s in copies.skipped] == [
        (D(2025, 11, 15), "sábado"),
        (D(2025, 11, 16), "domingo"),
        (D(2025, 11, 17), "festivo: Independencia de Cartagena (observado)"),
    ]
    assert "(CGP art. 91)" in copies.explanation_es
    assert deadlines[3].explanation_es == (
        "10 días hábiles desde el día siguiente al vencimiento del término para retirar copias "
        "(20/11/2025) (CGP art. 442)"
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
    """Sent Thu 2025-11-13: deemed served after 2 business days (11-18), 5 days to pay → 11-25, defences 12-02."""
    deadlines = compute_deadlines("EMAIL_SERVICE_SENT", D(2025, 11, 13), CO)
    assert [(d.rule.code, d.due) for d in deadlines] == [
        ("EMAIL_SERVED", D(2025, 11, 18)),
        ("PAY", D(2025, 11, 25)),
        ("DEFENCES", D(2025, 12, 2)),
    ]
    assert deadlines[1].explanation_es == (
        "5 días hábiles desde el día siguiente a la notificación electrónica (18/11/2025) (CGP art. 431)"
    )
    assert "Ley 2213 de 2022 art. 8" in deadlines[0].explanation_es
    # Receipt proven on Wed 2025-11-19: served Fri 11-21, pay by Fri 11-28, defences due Fri 12-05.
    late = compute_deadlines("EMAIL_SERVICE_SENT", D(2025, 11, 13), CO, receipt_on=D(2025, 11, 19))
    assert [d.due for d in late] == [D(2025, 11, 21), D(2025, 11, 28), D(2025, 12, 5)]
    assert "acuse de recibo del 19/11/2025" in late[0].explanation_es
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
    assert "se corre al 16/06/2025" in served.explanation_es
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


# ------------------------------------------------------------------ month and year terms (CGP art. 118)


def test_month_end_terms_end_on_the_last_day_of_a_shorter_month() -> None:
    """31 Jan + 1 month ends on the last day of February: 28 in 2025, 29 in the leap year 2024."""
    assert CO.add_months(D(2025, 1, 31), 1).due == D(2025, 2, 28)  # a Friday: no move
    assert CO.add_months(D(2024, 1, 31), 1).due == D(2024, 2, 29)  # a Thursday
    # 31 Aug + 1 month = 30 Sep 2025 (Tuesday)
    assert CO.add_months(D(2025, 8, 31), 1).due == D(2025, 9, 30)


def test_29_february_plus_one_year_ends_on_28_february_and_says_why() -> None:
    """Art. 94 from 29/02/2024: 2025 has no 29 February, so the year ends on its last day, Fri 28/02/2025."""
    served = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2024, 2, 29), CO)[0]
    assert (served.rule.code, served.due, served.skipped) == ("SERVE_DEBTOR", D(2025, 2, 28), [])
    assert "vence el último día del mes, 1 año después: 28/02/2025 (CGP art. 118)" in served.explanation_es


def test_a_year_term_ending_in_the_december_recess_moves_to_13_january() -> None:
    """22/12/2024 + 1 year = 22/12/2025, in the 20 Dec–10 Jan recess; 11 Jan is Sunday and 12 Jan 2026 a holiday."""
    served = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2024, 12, 22), CO)[0]
    assert served.due == D(2026, 1, 13)
    reasons = {s.date: s.reason for s in served.skipped}
    assert reasons[D(2025, 12, 22)] == "vacancia judicial" and reasons[D(2026, 1, 9)] == "vacancia judicial"
    assert reasons[D(2026, 1, 11)] == "domingo" and reasons[D(2026, 1, 12)].startswith("festivo")
    assert max(reasons) == D(2026, 1, 12)
    assert "vence el mismo día, 1 año después: 22/12/2025" in served.explanation_es
    assert served.explanation_es.endswith("se corre al 13/01/2026")


def test_without_the_extension_a_year_term_says_it_ends_on_a_closed_day() -> None:
    """With the art. 118 extension off the due date stays on the Sunday, and the explanation says so."""
    strict = JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))
    served = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2024, 6, 15), strict)[0]
    assert served.due == D(2025, 6, 15)
    assert "cae en día inhábil (domingo) y no se corre" in served.explanation_es


def test_year_terms_counted_from_the_day_after_the_event_are_a_setting() -> None:
    """Art. 118 «el mismo día que empezó a correr»: Tue 04/03/2025 + 1 year is Wed 04/03/2026 by the
    event's day (default) and Thu 05/03/2026 read from the day the term starts to run; the text says which."""
    later = JudicialCalendar("CO", settings=CalendarSettings(calendar_terms_from_next_day=True))
    default = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2025, 3, 4), CO)[0]
    literal = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2025, 3, 4), later)[0]
    assert (default.due, literal.due) == (D(2026, 3, 4), D(2026, 3, 5))
    assert "desde el día siguiente" not in default.explanation_es
    assert literal.explanation_es.startswith(
        "1 año calendario desde el día siguiente a la notificación por estado del mandamiento de pago al "
        "demandante (05/03/2025) (CGP art. 94)"
    )
    # The same reading applies to the art. 317 year, and never to the limitation of the title.
    assert compute_deadlines("LAST_ACTION", D(2025, 3, 4), later)[0].due == D(2026, 3, 5)
    assert limitation_date("pagare", D(2022, 6, 15), "CO", later) == D(2025, 6, 16)
@pytest.mark.parametrize("jurisdiction", ["AR", "MX", "ES"])
def test_colombian_terms_are_not_computed_for_another_country(jurisdiction: str) -> None:
    """Every deadline rule is a CGP / Ley 2213 term: a Spanish, Argentine or Mexican case gets a
    refusal that says so and where to count a term by that country's calendar, never «CGP art. 442»."""
    calendar = JudicialCalendar(jurisdiction)
    for event in EVENTS:
        with pytest.raises(DeadlineError, match="Código General del Proceso de Colombia") as caught:
            compute_deadlines(event, D(2025, 7, 24), calendar)
        assert f"calendar add-days --jurisdiction {jurisdiction}" in str(caught.value)
