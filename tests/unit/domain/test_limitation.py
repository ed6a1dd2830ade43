"""Limitation: terms per title and jurisdiction, DOMAIN.md §9 example 6, alert thresholds."""

from __future__ import annotations

import datetime as dt

import pytest

from legal_desk.domain.calendar import CalendarSettings, JudicialCalendar
from legal_desk.domain.limitation import (
    LimitationError,
    limitation_alert,
    limitation_date,
    limitation_rule_es,
    limitation_term,
)

D = dt.date


def test_terms_by_title_and_jurisdiction() -> None:
    """CO: títulos valores 3 years, others 5; AR pagaré 3; MX 3; ES 3 for cambiales, 5 general."""
    assert limitation_term("pagare", "CO") == (3, "CCo arts. 711 y 789")
    assert limitation_term("Pagaré", "co")[0] == 3
    assert limitation_term("letra de cambio", "CO") == (3, "CCo art. 789")
    assert limitation_term("factura", "CO") == (3, "CCo arts. 779 y 789")
    assert limitation_term("contrato", "CO") == (5, "CC art. 2536 (acción ejecutiva)")
    assert limitation_term("pagare", "AR") == (3, "Decreto-ley 5965/63 arts. 96 y 103")
    assert limitation_term("pagare", "MX") == (3, "LGTOC arts. 165 y 174")
    assert limitation_term("pagare", "ES")[0] == 3
    years, source = limitation_term("contrato", "ES")
    assert years == 5 and "1964" in source
    assert limitation_term("contrato", "ES", general_years=15) == (
        15,
        "CC art. 1964.2 (acciones personales; ajustable); ajustado a 15 años",
    )
    with pytest.raises(LimitationError, match=r"CCo art\. 730"):
        limitation_term("cheque", "CO")
    with pytest.raises(LimitationError, match="desconocida"):
        limitation_term("pagare", "PE")


def test_example_6_extend_to_business_day() -> None:
    """Pagaré due 2022-06-15 prescribes 2025-06-15, a Sunday: extended to 2025-06-16 when set."""
    assert limitation_date("pagare", D(2022, 6, 15), "CO") == D(2025, 6, 15)
    assert limitation_date("pagare", D(2022, 6, 15), "CO", JudicialCalendar("CO")) == D(2025, 6, 16)
    strict = JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))
    assert limitation_date("pagare", D(2022, 6, 15), "CO", strict) == D(2025, 6, 15)
    assert limitation_date("contrato", D(2020, 2, 29), "CO") == D(2025, 2, 28)
    with pytest.raises(LimitationError, match="calendario es de AR"):
        limitation_date("pagare", D(2022, 6, 15), "CO", JudicialCalendar("AR"))


def test_alert_thresholds() -> None:
    """180/90/30 days left cross a threshold; the day after the date it is prescribed (0)."""
    limit = D(2025, 6, 16)
    assert limitation_alert(limit, D(2024, 12, 17)) is None  # 181 days left
    assert limitation_alert(limit, D(2024, 12, 18)) == 180
    assert limitation_alert(limit, D(2025, 3, 18)) == 90
    assert limitation_alert(limit, D(2025, 5, 17)) == 30
    assert limitation_alert(limit, D(2025, 6, 16)) == 30
    assert limitation_alert(limit, D(2025, 6, 17)) == 0


def test_the_limitation_date_says_which_rule_produced_it() -> None:
    """DOMAIN §4 «each deadline shows the rule»: §9 ex. 6 reads «3 años … se corre al día hábil siguiente»."""
    from legal_desk.domain.limitation import limitation_rule_es

    due = dt.date(2022, 6, 15)
    assert limitation_rule_es("pagare", due, "CO", dt.date(2025, 6, 16)) == (
        "3 años desde el vencimiento (CCo arts. 711 y 789); "
        "el 15/06/2025 es inhábil y se corre al día hábil siguiente"
    )
    nominal = limitation_rule_es("pagare", due, "CO", dt.date(2025, 6, 15))
    assert nominal == "3 años desde el vencimiento (CCo arts. 711 y 789)"
    assert limitation_rule_es("contrato", dt.date(2020, 3, 4), "CO", dt.date(2025, 3, 4)).startswith(
        "5 años desde el vencimiento (CC art. 2536"
    )
    assert limitation_rule_es("pagare", due, "CO", dt.date(2027, 1, 1)) == "fecha registrada a mano"
    assert limitation_rule_es("pagare", due, "CO", None) == ""


def test_argentina_and_spain_do_not_move_a_limitation_off_a_closed_day() -> None:
    """The «extend to the next business day» setting is Colombia's (Ley 4 de 1913 art. 62) and Mexico's
    law does the same (CCF art. 1180); Argentina (CCyC art. 6) and Spain (CC art. 5.2) count civil terms
    without excluding closed days, so the action prescribes on the nominal date. The app moved them too,
    showing a lawyer a day on which the action had already prescribed.

    AR pagaré due Wed 2023-03-15 + 3 years = Sun 2026-03-15 → stays 2026-03-15 (was Mon 2026-03-16).
    ES pagaré due Thu 2024-02-29 + 3 years = 2027-02-28 (no 29 Feb: the last day of the month, CC art. 5.1),
    a Sunday → stays 2027-02-28 (was Mon 2027-03-01).
    MX pagaré due 2023-03-15 + 3 years = Sun 2026-03-15; Mon 16 is Benito Juárez's day (third Monday of
    March) → Tue 2026-03-17.
    CO: DOMAIN.md example 6 still moves Sun 2025-06-15 to Mon 2025-06-16."""
    on = CalendarSettings(extend_to_business_day=True)
    ar, es, mx, co = (JudicialCalendar(j, settings=on) for j in ("AR", "ES", "MX", "CO"))
    assert limitation_date("pagare", D(2023, 3, 15), "AR", ar) == D(2026, 3, 15)
    assert limitation_date("pagare", D(2024, 2, 29), "ES", es) == D(2027, 2, 28)
    assert limitation_date("pagare", D(2023, 3, 15), "MX", mx) == D(2026, 3, 17)
    assert limitation_date("pagare", D(2022, 6, 15), "CO", co) == D(2025, 6, 16)
    assert limitation_rule_es("pagare", D(2023, 3, 15), "AR", D(2026, 3, 15)) == (
        "3 años desde el vencimiento (Decreto-ley 5965/63 arts. 96 y 103)"
    )


def test_a_cheque_prescribes_in_months_in_every_jurisdiction() -> None:
    """A Spanish or Argentine cheque made the whole import fail («Error inesperado (LimitationError …
    CO: 6 meses, CCo art. 730)»): only Colombia's cheque term existed. Terms from the recorded due date:
    CO 6 months (CCo art. 730); MX 6 (LGTOC art. 192); ES 6 (Ley 19/1985 art. 146); AR 1 year (Ley 24.452
    art. 61).
    Due Thu 2024-02-29: CO + 6 months = Thu 2024-08-29 (open) → 2024-08-29; ES = 2024-08-29 (August is
    closed to courts, but a civil term is not moved, CC art. 5.2); MX = Thu 2024-08-29; AR + 12 months =
    2025-02-28 (Fri; no 29 Feb in 2025: the last day of the month)."""
    on = CalendarSettings(extend_to_business_day=True)
    due = D(2024, 2, 29)
    expected_by_code = {"CO": D(2024, 8, 29), "ES": D(2024, 8, 29), "MX": D(2024, 8, 29), "AR": D(2025, 2, 28)}
    for code, expected in expected_by_code.items():
        assert limitation_date("cheque", due, code, JudicialCalendar(code, settings=on)) == expected
    assert limitation_rule_es("cheque", due, "AR", D(2025, 2, 28)) == (
        "12 meses desde la fecha de vencimiento registrada (Ley 24.452 art. 61)"
    )
    assert limitation_rule_es("cheque", due, "CO", D(2024, 8, 29)) == (
        "6 meses desde la fecha de vencimiento registrada (CCo art. 730)"
    )
    # Sat 2024-03-16 + 6 months = Mon 2024-09-16, Mexico's Independence Day → Tue 2024-09-17 (CCF art. 1180)
    assert limitation_date("cheque", D(2024, 3, 16), "MX", JudicialCalendar("MX", settings=on)) == D(2024, 9, 17)
    with pytest.raises(LimitationError, match=r"ES: 6 meses, Ley 19/1985"):
        limitation_term("cheque", "ES")
