"""A deadline's explanation is kept as data and worded in Spanish (stored, CLI) or English (interface)."""

from __future__ import annotations

import datetime as dt
import json
import re

from legal_desk.domain.calendar import CalendarSettings, Closure, JudicialCalendar, closed_reason_en
from legal_desk.domain.deadlines import compute_deadlines, explain, explanation_parts

D = dt.date
CO = JudicialCalendar("CO", [Closure(D(2026, 1, 14), D(2026, 1, 14), "Paro judicial", "CO")])
#: Words only the Spanish wording uses: none may be left in an English explanation.
SPANISH = re.compile(r"días|hábil|desde|siguiente|notificaci|sábado|domingo|festivo|vacancia|cierre:|vence|calendario")


def _all(calendar: JudicialCalendar, day: dt.date) -> list:
    out = []
    for code, params in [
        ("DEBTOR_SERVED", {}),
        ("INADMISSION", {}),
        ("LIQUIDATION_SERVED", {}),
        ("PAYMENT_ORDER_NOTIFIED_CREDITOR", {}),
        ("EMAIL_SERVICE_SENT", {}),
        ("EMAIL_SERVICE_SENT", {"receipt_on": day + dt.timedelta(days=2)}),
        ("SUMMONS_291_SENT", {"place": "abroad"}),
        ("NOTICE_292_DELIVERED", {}),
        ("LAST_ACTION", {"inactivity_years": 2}),
    ]:
        out += compute_deadlines(code, day, calendar, **params)
    return out


def test_the_spanish_wording_of_the_parts_is_the_stored_explanation() -> None:
    """The parts survive JSON and word back into exactly the Spanish sentence the rules wrote."""
    for calendar in (CO, JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))):
        for d in _all(calendar, D(2025, 12, 18)):
            parts = json.loads(json.dumps(explanation_parts(d)))
            assert explain({k: v for k, v in parts.items() if k not in ("skipped", "more")}) == d.explanation_es


def test_an_explanation_in_english_keeps_dates_sources_and_skipped_days() -> None:
    """Notice delivered 18/12/2025: the copies run across the judicial recess, Christmas and a strike."""
    copies = compute_deadlines("NOTICE_292_DELIVERED", D(2025, 12, 18), CO)[1]
    parts = explanation_parts(copies, shown=30)
    english = explain(parts, "en")
    assert english.startswith("3 business days from the day after service by notice (19/12/2025) (CGP art. 91)")
    assert "25/12/2025 (holiday: Christmas Day)" in english
    assert "22/12/2025 (judicial recess)" in english and "20/12/2025 (Saturday)" in english
    assert "14/01/2026 (closure: Paro judicial)" in english  # the user's own reason is kept as typed
    assert explain(parts, "es").startswith("3 días hábiles desde el día siguiente a la notificación por aviso")
    shown = explain(explanation_parts(copies, shown=2), "en")
    assert shown.endswith(f"and {len(copies.skipped) - 2} more")


def test_no_spanish_is_left_in_any_english_explanation() -> None:
    for calendar in (CO, JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))):
        for day in (D(2025, 12, 18), D(2026, 3, 27), D(2024, 2, 29)):
            for d in _all(calendar, day):
                english = explain(explanation_parts(d), "en")
                assert SPANISH.search(english.replace("Paro judicial", "")) is None, english


def test_a_year_term_on_a_closed_day_says_so_in_english() -> None:
    """29/02/2024 + 1 year → 28/02/2025 (last day of the month); 22/12/2026 + 1 → the 2027 recess."""
    fixed = JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))
    leap = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2024, 2, 29), CO)[0]
    assert "it ends on the last day of the month, 1 year later: 28/02/2025 (CGP art. 118)" in explain(leap.parts, "en")
    kept = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2026, 12, 22), fixed)[0]
    assert "falls on a closed day (judicial recess) and does not move" in explain(kept.parts, "en")
    moved = compute_deadlines("PAYMENT_ORDER_NOTIFIED_CREDITOR", D(2026, 12, 22), CO)[0]
    assert f"moves to {moved.due:%d/%m/%Y}" in explain(moved.parts, "en")


def test_closed_day_reasons_in_english() -> None:
    assert closed_reason_en("CO", D(2026, 1, 3), "sábado") == "Saturday"
    assert closed_reason_en("CO", D(2026, 1, 12), "festivo: Día de los Reyes Magos (observado)") == (
        "holiday: Epiphany (observed)"
    )
    assert closed_reason_en("CO", D(2026, 3, 30), "Semana Santa") == "Holy Week"
    assert closed_reason_en("AR", D(2026, 1, 5), "feria judicial de enero") == "January judicial recess"
    assert closed_reason_en("CO", D(2026, 1, 5), "motivo desconocido") == "motivo desconocido"
