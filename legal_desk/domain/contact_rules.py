"""Pre-legal contact rules of Ley 2300 de 2023 (Colombia), checked on each logged attempt.

Contact only through channels the debtor authorised; Monday–Friday 07:00–19:00, Saturday
08:00–15:00, never Sundays or holidays; at most one contact a day and one channel a week
(DOMAIN.md §7). The week is the calendar week Monday–Sunday. Inbound contacts from the debtor
are never violations.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo

from legal_desk.domain import messages as M
from legal_desk.domain.calendar import national_holidays
from legal_desk.domain.messages import Series, Term, Text, TextError
from legal_desk.domain.text import fold

SOURCE = "Ley 2300 de 2023"
TIMEZONE = ZoneInfo("America/Bogota")
# weekday → (first allowed time, last allowed time), inclusive; Sunday has no window.
WINDOWS: dict[int, tuple[dt.time, dt.time]] = {
    **{d: (dt.time(7, 0), dt.time(19, 0)) for d in range(5)},
    5: (dt.time(8, 0), dt.time(15, 0)),
}


class ContactRuleError(TextError, ValueError):
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


def _channel(channel: str) -> Term:
    """A channel inside a breach: the Spanish sentence keeps it as written, an interface names it."""
    return Term("channel", channel, channel)


def _channels(channels: Sequence[str]) -> Series:
    return Series(tuple(_channel(c) for c in channels))


def _holiday(day: dt.date, spanish: str) -> Term:
    """A Colombian holiday inside a breach: its Spanish name, and its English one for an interface."""
    english = national_holidays("CO", day.year, "en_US").get(day) or spanish
    return Term("en", english, spanish)


def contact_breaches(
    attempt: ContactAttemptIn,
    previous: Sequence[ContactAttemptIn],
    authorised_channels: set[str],
    jurisdiction: str = "CO",
) -> list[Text]:
    """Every rule `attempt` breaks, as catalogue `Text`s; an empty list means it is allowed."""
    if jurisdiction.strip().upper() != "CO":
        raise ContactRuleError(Text(M.CONTACT_RULES_COLOMBIA_ONLY, jurisdiction=jurisdiction))
    if attempt.direction == "in":
        return []
    when = _local(attempt.when)
    day = when.date()
    problems: list[Text] = []
    allowed = {_norm(c) for c in authorised_channels}
    if _norm(attempt.channel) not in allowed:
        shown: Series | Text = (
            _channels(sorted(authorised_channels)) if authorised_channels else Text(M.CONTACT_NO_CHANNEL)
        )
        problems.append(Text(M.CONTACT_CHANNEL_NOT_AUTHORISED, channel=_channel(attempt.channel), allowed=shown))
    holiday = national_holidays("CO", day.year).get(day)
    window = WINDOWS.get(day.weekday())
    if holiday:
        problems.append(Text(M.CONTACT_HOLIDAY, holiday=_holiday(day, holiday), day=day.isoformat()))
    elif window is None:
        problems.append(Text(M.CONTACT_SUNDAY, day=day.isoformat()))
    else:
        first, last = window
        moment = when.time().replace(microsecond=0)
        if not first <= moment <= last:
            problems.append(
                Text(
                    M.CONTACT_HOURS_SATURDAY if day.weekday() == 5 else M.CONTACT_HOURS_WEEKDAY,
                    time=moment.strftime("%H:%M"),
                    first=first.strftime("%H:%M"),
                    last=last.strftime("%H:%M"),
                )
            )
    outbound = [_local(p.when) for p in previous if p.direction == "out" and p is not attempt]
    if any(p.date() == day for p in outbound):
        problems.append(Text(M.CONTACT_ONE_A_DAY, day=day.isoformat()))
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
        problems.append(Text(M.CONTACT_ONE_CHANNEL_A_WEEK, channels=_channels(other_channels)))
    return problems


def check_contact(
    attempt: ContactAttemptIn,
    previous: Sequence[ContactAttemptIn],
    authorised_channels: set[str],
    jurisdiction: str = "CO",
) -> list[str]:
    """Spanish messages for every rule `attempt` breaks (as stored and printed); empty means allowed."""
    return [str(t) for t in contact_breaches(attempt, previous, authorised_channels, jurisdiction)]


#: The breaches a stored contact may carry, most specific first; placeholders that are not free text
#: match only their own shape, so a holiday's name cannot swallow the day after it.
_BREACHES = (
    M.CONTACT_CHANNEL_NOT_AUTHORISED,
    M.CONTACT_HOLIDAY,
    M.CONTACT_SUNDAY,
    M.CONTACT_HOURS_WEEKDAY,
    M.CONTACT_HOURS_SATURDAY,
    M.CONTACT_ONE_A_DAY,
    M.CONTACT_ONE_CHANNEL_A_WEEK,
)
_SHAPES = {"day": r"\d{4}-\d{2}-\d{2}", "time": r"\d{2}:\d{2}", "first": r"\d{2}:\d{2}", "last": r"\d{2}:\d{2}"}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(
            f"(?P<{part}>{_SHAPES.get(part, '.+?')})" if odd else re.escape(part)
            for odd, part in ((i % 2 == 1, p) for i, p in enumerate(parts))
        )
    )


_PATTERNS = tuple((template, _pattern(template)) for template in _BREACHES)


def breach_text(line: str) -> Text | str:
    """A stored breach (one line of `ContactAttempt.violations`, as `check_contact` wrote it) as its `Text`.

    The contact log keeps the Spanish sentences the command line prints; an interface in another language
    reads them back into their template and values to word them itself. A line that fits no template (a
    breach worded by some other version) is returned as it is.
    """
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(line)
        if found is None:
            continue
        values: dict[str, Any] = dict(found.groupdict())
        if "channel" in values:
            values["channel"] = _channel(values["channel"])
        if "allowed" in values:
            none = values["allowed"] == M.CONTACT_NO_CHANNEL
            values["allowed"] = Text(M.CONTACT_NO_CHANNEL) if none else _channels(values["allowed"].split(", "))
        if "channels" in values:
            values["channels"] = _channels(values["channels"].split(", "))
        if "holiday" in values:
            try:
                values["holiday"] = _holiday(dt.date.fromisoformat(values["day"]), values["holiday"])
            except ValueError:  # not a real day: the line was not written by check_contact
                return line
        return Text(template, **values)
    return line


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
