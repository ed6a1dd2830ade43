"""Ley 2300 de 2023 contact rules: every DOMAIN.md §9 contact example."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from legal_desk.domain.contact_rules import ContactAttemptIn, ContactRuleError, check_contact

T = dt.datetime
AUTH = {"whatsapp", "email"}


def _check(
    when: dt.datetime, channel: str = "whatsapp", previous: tuple[ContactAttemptIn, ...] = ()
) -> list[str]:
    """Violations of one outbound attempt."""
    return check_contact(ContactAttemptIn(when, channel, "out"), previous, AUTH)


def test_accepted_on_authorised_channel() -> None:
    """Tue 2025-07-01 10:00 on the authorised channel is accepted."""
    assert _check(T(2025, 7, 1, 10, 0)) == []
    assert _check(T(2025, 7, 5, 15, 0), "WhatsApp") == []  # Saturday 15:00 sharp is inside
    assert _check(T(2025, 7, 1, 19, 0)) == []


def test_saturday_after_three_pm() -> None:
    """Sat 15:01 is rejected."""
    [message] = _check(T(2025, 7, 5, 15, 1))
    assert "15:01 fuera del horario" in message and "sábados de 08:00 a 15:00" in message


def test_monday_before_seven() -> None:
    """Mon 06:59 is rejected."""
    [message] = _check(T(2025, 7, 7, 6, 59))
    assert "06:59 fuera del horario" in message and "lunes a viernes de 07:00 a 19:00" in message


def test_sunday() -> None:
    """Any time on a Sunday is rejected."""
    [message] = _check(T(2025, 7, 6, 10, 0))
    assert "domingo" in message


def test_holiday() -> None:
    """Mon 2025-06-30 10:00 is a holiday: rejected."""
    [message] = _check(T(2025, 6, 30, 10, 0))
    assert "festivo" in message and "2025-06-30" in message


def test_second_contact_same_day() -> None:
    """A second contact on the same day is rejected."""
    earlier = (ContactAttemptIn(T(2025, 7, 1, 9, 0), "whatsapp", "out"),)
    [message] = _check(T(2025, 7, 1, 16, 0), previous=earlier)
    assert "máximo uno al día" in message
    inbound = (ContactAttemptIn(T(2025, 7, 1, 9, 0), "whatsapp", "in"),)
    assert _check(T(2025, 7, 1, 16, 0), previous=inbound) == []


def test_second_channel_same_week() -> None:
    """Another channel in the same Monday–Sunday week is rejected; next week it is fine."""
    monday = (ContactAttemptIn(T(2025, 6, 30, 18, 0, tzinfo=dt.UTC), "whatsapp", "out"),)  # 13:00 Bogotá
    [message] = _check(T(2025, 7, 2, 10, 0), "email", monday)
    assert "máximo un canal por semana" in message and "whatsapp" in message
    assert _check(T(2025, 7, 2, 10, 0), "whatsapp", monday) == []
    assert _check(T(2025, 7, 7, 10, 0), "email", monday) == []


def test_unauthorised_channel() -> None:
    """A channel the debtor did not authorise is rejected."""
    [message] = _check(T(2025, 7, 1, 10, 0), "llamada")
    assert "«llamada» no está autorizado" in message


def test_inbound_never_violates_and_time_zone() -> None:
    """The debtor calling in is never a violation; aware times are read on the Bogotá clock."""
    assert check_contact(ContactAttemptIn(T(2025, 7, 6, 23, 0), "sms", "in"), (), set()) == []
    # 2025-07-01 23:30 UTC is 18:30 in Bogotá: inside the window.
    assert _check(T(2025, 7, 1, 23, 30, tzinfo=dt.UTC)) == []
    # 2025-07-02 00:30 UTC is 19:30 on Tuesday in Bogotá: outside.
    assert len(_check(T(2025, 7, 2, 0, 30, tzinfo=ZoneInfo("UTC")))) == 1
    with pytest.raises(ContactRuleError):
        check_contact(ContactAttemptIn(T(2025, 7, 1, 10), "email"), (), AUTH, jurisdiction="ES")


def test_listed_outcomes_are_stored_as_codes_whatever_their_spelling():
    from legal_desk.domain.contact_rules import outcome_code

    assert outcome_code("no_answer") == "no_answer"
    assert outcome_code("No contesta") == "no_answer"
    assert outcome_code("  NO CONTESTA ") == "no_answer"
    assert outcome_code("numero equivocado") == "wrong_number"  # accents folded
    assert outcome_code("Dejó razón con la hermana") == "Dejó razón con la hermana"  # free text as written


def test_a_negative_bureau_report_waits_20_calendar_days_after_the_notice_is_sent():
    """Ley 1266 art. 12, worked example: notice sent Mon 03/03/2025; the 20 calendar days run 04/03 … 23/03
    (weekends and holidays count: 24/03/2025 is a Monday holiday and does not matter); the report may be made
    from Mon 24/03/2025. Across a month end: sent 15/12/2025 → from 05/01/2026 (the court recess is irrelevant).
    """
    from legal_desk.domain.contact_rules import bureau_report_from

    assert bureau_report_from(dt.date(2025, 3, 3)) == dt.date(2025, 3, 24)
    assert bureau_report_from(dt.date(2025, 12, 15)) == dt.date(2026, 1, 5)


# ------------------------------------------------------------------ the breaches as texts an interface words

#: Breaches exactly as earlier versions stored them in ContactAttempt.violations (one per line)
STORED = {
    "El canal «sms» no está autorizado por el deudor (autorizados: call, email; Ley 2300 de 2023).": (
        "CONTACT_CHANNEL_NOT_AUTHORISED",
        {"channel": "sms", "allowed": "call, email"},
    ),
    "No se puede contactar en día festivo (Día de la Independencia, 2025-07-20; Ley 2300 de 2023).": (
        "CONTACT_HOLIDAY",
        {"holiday": "Día de la Independencia", "day": "2025-07-20"},
    ),
    "No se puede contactar en domingo (2025-07-06; Ley 2300 de 2023).": ("CONTACT_SUNDAY", {"day": "2025-07-06"}),
    "Hora 03:00 fuera del horario permitido (lunes a viernes de 07:00 a 19:00; Ley 2300 de 2023).": (
        "CONTACT_HOURS_WEEKDAY",
        {"time": "03:00", "first": "07:00", "last": "19:00"},
    ),
    "Hora 15:01 fuera del horario permitido (sábados de 08:00 a 15:00; Ley 2300 de 2023).": (
        "CONTACT_HOURS_SATURDAY",
        {"time": "15:01", "first": "08:00", "last": "15:00"},
    ),
    "Ya hubo un contacto con el deudor el 2025-07-01: máximo uno al día (Ley 2300 de 2023).": (
        "CONTACT_ONE_A_DAY",
        {"day": "2025-07-01"},
    ),
    "En esta semana ya se contactó por email, whatsapp: máximo un canal por semana (Ley 2300 de 2023).": (
        "CONTACT_ONE_CHANNEL_A_WEEK",
        {"channels": "email, whatsapp"},
    ),
}


def test_a_stored_breach_reads_back_into_its_template_and_values() -> None:
    """Rows logged before the breaches had templates still give their template, values and the same Spanish."""
    from legal_desk.domain import messages as M
    from legal_desk.domain.contact_rules import breach_text
    from legal_desk.domain.messages import Series, Term, Text

    for line, (name, values) in STORED.items():
        text = breach_text(line)
        assert isinstance(text, Text), line
        assert text.template == getattr(M, name)
        assert {k: str(v) for k, v in text.params.items()} == values
        assert str(text) == line  # the CLI's sentence, character for character
    channel = breach_text(next(iter(STORED))).params["channel"]
    assert channel == Term("channel", "sms", "sms")
    allowed = breach_text(next(iter(STORED))).params["allowed"]
    assert isinstance(allowed, Series) and [t.code for t in allowed.items] == ["call", "email"]
    holiday = breach_text(
        "No se puede contactar en día festivo (Día de la Independencia, 2025-07-20; Ley 2300 de 2023)."
    ).params["holiday"]
    assert holiday == Term("en", "Independence Day", "Día de la Independencia")
    # a sentence no template fits (another version's wording) is kept as it is
    assert breach_text("Contacto fuera de reglas.") == "Contacto fuera de reglas."
    odd = "No se puede contactar en día festivo (Navidad, 2025-13-25; Ley 2300 de 2023)."
    assert breach_text(odd) == odd


def test_every_breach_is_its_text_and_reads_back_to_it() -> None:
    """check_contact's Spanish is str() of contact_breaches' Texts, and each one parses back to its Text."""
    from legal_desk.domain.contact_rules import breach_text, contact_breaches

    earlier = (
        ContactAttemptIn(T(2025, 7, 19, 9, 0), "whatsapp", "out"),
        ContactAttemptIn(T(2025, 7, 14, 9, 0), "email", "out"),
    )
    cases = [
        (ContactAttemptIn(T(2025, 7, 19, 16, 0), "llamada"), earlier, set()),  # Saturday late, no channel, same day
        (ContactAttemptIn(T(2025, 7, 20, 10, 0), "sms"), earlier, AUTH),  # holiday (Sunday 20 July)
        (ContactAttemptIn(T(2025, 7, 6, 10, 0), "whatsapp"), (), AUTH),  # Sunday
        (ContactAttemptIn(T(2025, 7, 15, 20, 0), "whatsapp"), earlier, AUTH),  # evening, other channel this week
    ]
    templates = set()
    for attempt, previous, authorised in cases:
        texts = contact_breaches(attempt, previous, authorised)
        assert [str(t) for t in texts] == check_contact(attempt, previous, authorised)
        for text in texts:
            assert breach_text(str(text)) == text
            templates.add(text.template)
    assert len(templates) == 7  # every kind of breach
    no_channel = contact_breaches(ContactAttemptIn(T(2025, 7, 1, 10, 0), "sms"), (), set())[0]
    assert str(no_channel).startswith("El canal «sms» no está autorizado por el deudor (autorizados: ninguno;")
    assert breach_text(str(no_channel)) == no_channel
