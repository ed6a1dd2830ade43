"""Pre-legal contact rules of Ley 2300 de 2023 (Colombia), checked on each logged attempt.

Contact only through channels the debtor authorised; Monday–Friday 07:00–19:00, Saturday
08:00–15:00, never Sundays or holidays; at most one contact a day and one channel a week
(DOMAIN.md §7). The week is the calendar week Monday–Sunday. Inbound contacts from the debtor
are never violations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from legal_desk.domain.calendar import national_holidays
from legal_desk.domain.text import fold

SOURCE = "Ley 2300 de 2023"
TIMEZONE = ZoneInfo("America/Bogota")
# weekday → (first allowed time, last allowed time), inclusive; Sunday has no window.
WINDOWS: dict[int, tuple[dt.time, dt.time]] = {
    **{d: (dt.time(7, 0), dt.time(19, 0)) for d in range(5)},
    5: (dt.time(8, 0), dt.time(15, 0)),
}


class ContactRuleError(ValueError):
    """A contact check that cannot be made (e.g. a jurisdiction without modelled rules)."""


@dataclass(frozen=True)
class ContactAttemptIn:
    """A contact attempt: when (naive = Bogotá local time), through which channel, which way."""

    when: dt.datetime
    channel: str
    direction: Literal["out", "in"] = "out"


def _local(when: dt.datetime) -> dt.datetime:
    """The attempt's time on the Bogotá clock (naive times are taken as Bogotá time)."""
    return when.astimezone(TIMEZONE).replace(tzinfo=None) if when.tzinfo else when


def _norm(channel: str) -> str:
    """Case- and space-insensitive channel key."""
    return " ".join(channel.split()).casefold()


def check_contact(
    attempt: ContactAttemptIn,
    previous: Sequence[ContactAttemptIn],
    authorised_channels: set[str],
    jurisdiction: str = "CO",
) -> list[str]:
    """Spanish messages for every rule `attempt` breaks; an empty list means it is allowed."""
    if jurisdiction.strip().upper() != "CO":
        raise ContactRuleError(
            f"Las reglas de contacto de cobranza solo están modeladas para Colombia ({SOURCE}), "
            f"no para «{jurisdiction}»."
        )
    if attempt.direction == "in":
        return []
    when = _local(attempt.when)
    day = when.date()
    problems: list[str] = []
    allowed = {_norm(c) for c in authorised_channels}
    if _norm(attempt.channel) not in allowed:
        shown = ", ".join(sorted(authorised_channels)) or "ninguno"
        problems.append(
            f"El canal «{attempt.channel}» no está autorizado por el deudor (autorizados: {shown}; {SOURCE})."
        )
    holiday = national_holidays("CO", day.year).get(day)
    window = WINDOWS.get(day.weekday())
    if holiday:
        problems.append(f"No se puede contactar en día festivo ({holiday}, {day.isoformat()}; {SOURCE}).")
    elif window is None:
        problems.append(f"No se puede contactar en domingo ({day.isoformat()}; {SOURCE}).")
    else:
        first, last = window
        moment = when.time().replace(microsecond=0)
        if not first <= moment <= last:
            label = "sábados" if day.weekday() == 5 else "lunes a viernes"
            problems.append(
                f"Hora {moment.strftime('%H:%M')} fuera del horario permitido "
                f"({label} de {first.strftime('%H:%M')} a {last.strftime('%H:%M')}; {SOURCE})."
            )
    outbound = [_local(p.when) for p in previous if p.direction == "out" and p is not attempt]
    if any(p.date() == day for p in outbound):
        problems.append(
            f"Ya hubo un contacto con el deudor el {day.isoformat()}: máximo uno al día ({SOURCE})."
        )
    week = day.isocalendar()[:2]
    other_channels = sorted(
        {
            p.channel
            for p in previous
            if p.direction == "out"
            and p is not attempt
            and _local(p.when).date().isocalendar()[:2] == week
            and _norm(p.channel) != _norm(attempt.channel)
        }
    )
    if other_channels:
        problems.append(
            f"En esta semana ya se contactó por {', '.join(other_channels)}: máximo un canal por semana "
            f"({SOURCE})."
        )
    return problems


#: Listed outcomes of a contact attempt: stored as the code, shown in words.
OUTCOMES = {
    "no_answer": "No contesta",
    "promise_to_pay": "Promesa de pago",
    "refused": "Se niega a pagar",
    "wrong_number": "Número equivocado",
    "message_left": "Mensaje dejado",
    "paid": "Pagó",
    "dispute": "Controvierte la deuda",
    "contacted": "Contactado",
    "delivered": "Entregado",
    "not_located": "No ubicado",
    "callback": "Pide volver a llamar",
}


_OUTCOME_BY_LABEL = {fold(label): code for code, label in OUTCOMES.items()}


def outcome_code(text: str) -> str:
    """A listed outcome is kept as its code («No contesta», «no contesta» → no_answer); other text as written.

    One stored form per outcome, whether it came from the desktop list, the command line or the demo;
    every screen and document shows the code in words (OUTCOMES).
    """
    text = text.strip()
    if text in OUTCOMES:
        return text
    return _OUTCOME_BY_LABEL.get(fold(text), text)


#: Ley 1266 de 2008 art. 12: a negative report to the credit bureaus may be made once 20 calendar days
#: have passed after the prior notice was *sent* (to the debtor's last registered address).
BUREAU_NOTICE_DAYS = 20


def bureau_report_from(sent: dt.date) -> dt.date:
    """First day a negative credit-bureau report may be made after the prior notice sent on `sent`.

    The 20 calendar days run from the day after sending (sent + 1 … sent + 20); the report may be made
    once they have passed. Example: notice sent Mon 2025-03-03 → days 04/03…23/03 → report from
    Mon 2025-03-24.
    """
    return sent + dt.timedelta(days=BUREAU_NOTICE_DAYS + 1)
