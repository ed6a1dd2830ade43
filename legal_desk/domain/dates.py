"""Dates as users and courts write them: parsing ISO or DD/MM/YYYY, formatting `15 de marzo de 2024`."""

from __future__ import annotations

import datetime as dt
import re

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


class DateError(TextError, ValueError):
    """A text that is not a real date; the message says why."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str | dt.date | dt.datetime) -> dt.date:
    """Read `2024-03-15` or `15/03/2024` (also `15-03-2024`, `15.03.2024`); refuse impossible dates."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    raw = str(text).strip()
    if not raw:
        raise DateError(Text(M.DATE_EMPTY))
    raw = raw.split("T")[0].split(" ")[0]
    m = _ISO.match(raw)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(raw)
        if not m:
            raise DateError(Text(M.DATE_FORMAT, text=text))
        d, mo, y = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError as exc:
        raise DateError(Text(M.DATE_NOT_REAL, text=text)) from exc


def format_date_long_es(day: dt.date) -> str:
    """`15 de marzo de 2024`, as written in Colombian filings."""
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def format_date_short(day: dt.date | None) -> str:
    """`15/03/2024`, for tables."""
    return day.strftime("%d/%m/%Y") if day else ""


def local_time(moment: dt.datetime | None, fmt: str = "%d/%m/%Y %H:%M") -> str:
    """A stored UTC timestamp (naive means UTC) as this computer's local time, `dd/mm/yyyy HH:MM` by default.

    Audit, import and lock-out times are kept in UTC; a person reads them on their own clock.
    `fmt="%H:%M"` gives the time alone. None reads as an empty string.
    """
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime(fmt)
