"""Judicial calendars: which days courts work, and terms counted in business days, months or years.

Colombia (CGP art. 118): a term of N days counts judicial business days from the day after the
triggering event; the due date is the Nth such day. National holidays come from the `holidays`
package; recesses and setting-controlled closures come from `resources/jurisdictions/<J>.json`;
closures declared for one court, a city or the whole jurisdiction come from the user's table.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Term, Text, TextError
from legal_desk.paths import resources_dir

WEEKDAY_REASONS = {5: "sábado", 6: "domingo"}
_WEEKDAY_REASONS_EN = {"sábado": "Saturday", "domingo": "Sunday", "fin de semana": "weekend"}
# Business days are precomputed this many years around every date asked for, so a batch of
# 100,000 cases does a bisect per term instead of walking the calendar day by day.
_YEAR_MARGIN = 2


class CalendarError(TextError, ValueError):
    """A calendar that cannot be built or a term that cannot be counted; the message says why."""


@dataclass(frozen=True)
class Closure:
    """A user-declared closure (*cierre*): strike, outage, circular; `reopen=True` marks open days."""

    start: dt.date
    end: dt.date
    reason: str
    jurisdiction: str
    court: str | None = None
    city: str | None = None
    reopen: bool = False

    def __post_init__(self) -> None:
        """Refuse a closure that ends before it starts."""
        if self.end < self.start:
            raise CalendarError(
                Text(
                    M.CALENDAR_CLOSURE_ENDS_BEFORE,
                    reason=self.reason,
                    end=f"{self.end:%d/%m/%Y}",
                    start=f"{self.start:%d/%m/%Y}",
                )
            )

    def covers(self, day: dt.date) -> bool:
        """True when `day` falls within the closure."""
        return self.start <= day <= self.end


@dataclass(frozen=True)
class CalendarSettings:
    """The calendar rules a lawyer may switch (DOMAIN.md §4, marked [U]/setting)."""

    holy_week_closed: bool = True
    rama_judicial_day_closed: bool = True
    extend_to_business_day: bool = True
    # CGP art. 118: a term in months or years ends on «el mismo día que empezó a correr». Read as the
    # day of the event (2025-03-15 + 1 year = 2026-03-15, the default) or, literally, as the day after
    # it, when the term starts to run (2026-03-16). Courts differ: a setting, shown in every deadline.
    calendar_terms_from_next_day: bool = False


@dataclass(frozen=True)
class SkippedDay:
    """A closed day passed over while counting a term, with the reason it was closed."""

    date: dt.date
    reason: str


@dataclass(frozen=True)
class TermResult:
    """A counted term: `days` is the amount in `unit` ('business_days', 'months' or 'years')."""

    start: dt.date
    days: int
    due: dt.date
    skipped: list[SkippedDay] = field(default_factory=list)
    rule: str = ""
    unit: str = "business_days"
    #: the day the notification took effect, where the term runs from the day after that (MX: *surte efectos*)
    takes_effect: dt.date | None = None


@lru_cache(maxsize=16)
def jurisdiction_data(jurisdiction: str) -> dict[str, Any]:
    """The recess data of a jurisdiction from `resources/jurisdictions/<J>.json`."""
    code = jurisdiction.strip().upper()
    path = resources_dir() / "jurisdictions" / f"{code}.json"
    if not path.is_file():
        known = sorted(p.stem for p in path.parent.glob("*.json"))
        raise CalendarError(Text(M.CALENDAR_JURISDICTION_UNKNOWN, jurisdiction=jurisdiction, known=", ".join(known)))
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=512)
def national_holidays(country: str, year: int, language: str = "es") -> dict[dt.date, str]:
    """National holidays of one country and year with their names in `language` (cached per year).

    The rules count with the Spanish names; "en_US" names the same days for an English interface
    (a country without English names keeps its own).
    """
    table = holidays.country_holidays(country, years=year)
    if language in getattr(table, "supported_languages", ()):
        table = holidays.country_holidays(country, years=year, language=language)
    return {day: str(name) for day, name in table.items()}


def closed_reason_en(jurisdiction: str, day: dt.date, reason_es: str) -> str:
    """A closed day's reason (as `closed_reason` gives it in Spanish) in English, for the interface.

    Weekends and holidays are renamed, recesses take the `reason_en` of the jurisdiction's data and a
    user's closure keeps the reason the user typed; an unknown reason is returned as it is.
    """
    if reason_es in _WEEKDAY_REASONS_EN:
        return _WEEKDAY_REASONS_EN[reason_es]
    if reason_es.startswith("cierre: "):
        return "closure: " + reason_es.removeprefix("cierre: ")
    try:
        data = jurisdiction_data(jurisdiction)
    except CalendarError:
        return reason_es
    if reason_es.startswith("festivo: "):
        name = national_holidays(data["holidays_country"], day.year, "en_US").get(day)
        return "holiday: " + (name or reason_es.removeprefix("festivo: "))
    specs = [
        *data.get("annual_closed_days", ()),
        *data.get("annual_recesses", ()),
        *data.get("dated_recesses", ()),
        data.get("holy_week") or {},
        data.get("rama_judicial_day") or {},
    ]
    return next((str(s["reason_en"]) for s in specs if s.get("reason") == reason_es and s.get("reason_en")), reason_es)


def _norm(text: str | None) -> str | None:
    """Case- and space-insensitive key for court and city names."""
    return " ".join(text.split()).casefold() if text else None


def _annual_span(year: int, spec: dict[str, str]) -> tuple[dt.date, dt.date]:
    """An annual `MM-DD` span starting in `year`; one crossing new year ends in `year + 1`."""
    fm, fd = (int(x) for x in spec["from"].split("-"))
    tm, td = (int(x) for x in spec["to"].split("-"))
    start = dt.date(year, fm, fd)
    end = dt.date(year + (1 if (tm, td) < (fm, fd) else 0), tm, td)
    return start, end


def _rule_reasons(data: dict[str, Any], settings: CalendarSettings, day: dt.date) -> list[str]:
    """Every reason the jurisdiction's rules (no user closures) close `day` (a holiday inside the recess has
    two), the most specific first; empty when open."""
    reasons: list[str] = []
    name = national_holidays(data["holidays_country"], day.year).get(day)
    if name:
        reasons.append(f"festivo: {name}")
    if day.weekday() in data.get("weekend", (5, 6)):
        reasons.append(WEEKDAY_REASONS.get(day.weekday(), "fin de semana"))
    for spec in data.get("annual_closed_days", ()):
        if (day.month, day.day) == (spec["month"], spec["day"]):
            reasons.append(str(spec["reason"]))
    for spec in data.get("annual_recesses", ()):
        if any(start <= day <= end for start, end in (_annual_span(y, spec) for y in (day.year - 1, day.year))):
            reasons.append(str(spec["reason"]))
    for spec in data.get("dated_recesses", ()):
        if dt.date.fromisoformat(spec["from"]) <= day <= dt.date.fromisoformat(spec["to"]):
            reasons.append(str(spec["reason"]))
    holy = data.get("holy_week")
    if holy and getattr(settings, holy["setting"]):
        monday = easter(day.year) - dt.timedelta(days=6)
        if 0 <= (day - monday).days <= 6 and day.weekday() in holy["weekdays"]:
            reasons.append(str(holy["reason"]))
    rama = data.get("rama_judicial_day")
    if rama and getattr(settings, rama["setting"]) and (day.month, day.day) == (rama["month"], rama["day"]):
        reasons.append(str(rama["reason"]))
    return list(dict.fromkeys(reasons))


def _rule_reason(data: dict[str, Any], settings: CalendarSettings, day: dt.date) -> str | None:
    """The reason the jurisdiction's rules (no user closures) close `day`, or None when open."""
    reasons = _rule_reasons(data, settings, day)
    return reasons[0] if reasons else None


@lru_cache(maxsize=1024)
def _rule_year(jurisdiction: str, settings: CalendarSettings, year: int) -> dict[int, str]:
    """Closed days of one year by the rules alone, keyed by ordinal (cached)."""
    data = jurisdiction_data(jurisdiction)
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    reasons: dict[int, str] = {}
    for ordinal in range(first, last + 1):
        reason = _rule_reason(data, settings, dt.date.fromordinal(ordinal))
        if reason is not None:
            reasons[ordinal] = reason
    return reasons


@lru_cache(maxsize=64)
def _layout(
    jurisdiction: str,
    settings: CalendarSettings,
    closures: tuple[Closure, ...],
    first_year: int,
    last_year: int,
) -> tuple[dict[int, str], list[int], list[int]]:
    """Closed days with reasons, sorted closed ordinals and sorted open ordinals for a year range.

    User closures override the rules; an explicit closure beats a reopening of the same day.
    """
    reasons: dict[int, str] = {}
    for year in range(first_year, last_year + 1):
        reasons.update(_rule_year(jurisdiction, settings, year))
    first, last = dt.date(first_year, 1, 1).toordinal(), dt.date(last_year, 12, 31).toordinal()
    closing: dict[int, str] = {}
    for closure in closures:
        lo, hi = max(first, closure.start.toordinal()), min(last, closure.end.toordinal())
        for ordinal in range(lo, hi + 1):
            if closure.reopen:
                reasons.pop(ordinal, None)
            else:
                closing.setdefault(ordinal, f"cierre: {closure.reason}")
    reasons.update(closing)
    closed = sorted(reasons)
    open_days = [o for o in range(first, last + 1) if o not in reasons]
    return reasons, closed, open_days


class JudicialCalendar:
    """The working days of the courts of one jurisdiction (optionally one court or city)."""

    def __init__(
        self,
        jurisdiction: str,
        closures: Sequence[Closure] = (),
        settings: CalendarSettings | None = None,
        court: str | None = None,
        city: str | None = None,
    ) -> None:
        """Build the calendar; closures scoped to another court or city are ignored."""
        self.jurisdiction = jurisdiction.strip().upper()
        self.data = jurisdiction_data(self.jurisdiction)
        self.settings = settings or CalendarSettings()
        self.court = court
        self.city = city
        self.timezone: str = self.data.get("timezone", "UTC")
        self.term_source: str = self.data.get("term_source", "")
        # Business days after the notification until it takes effect (MX: the next one, CCom art. 1075).
        self.notice_effect_days: int = int(self.data.get("notice_takes_effect", {}).get("business_days", 0))
        # The hours the courts sit (jurisdiction data; a hearing set outside them is worth a second look).
        hours = self.data.get("office_hours") or {}
        self.office_opens: dt.time = dt.time.fromisoformat(hours.get("from", "08:00"))
        self.office_closes: dt.time = dt.time.fromisoformat(hours.get("to", "17:00"))
        self.closures: tuple[Closure, ...] = tuple(c for c in closures if self._applies(c))
        self._first_year = 0
        self._last_year = -1
        self._reasons: dict[int, str] = {}
        self._closed: list[int] = []
        self._open: list[int] = []

    def _applies(self, closure: Closure) -> bool:
        """Jurisdiction-wide closures always apply; scoped ones only to the matching court/city."""
        if closure.jurisdiction.strip().upper() != self.jurisdiction:
            return False
        if closure.court and _norm(closure.court) != _norm(self.court):
            return False
        return not (closure.city and _norm(closure.city) != _norm(self.city))

    # -- which days are closed -------------------------------------------------------------

    def _ensure(self, first_year: int, last_year: int) -> None:
        """Make the precomputed days cover the range (grown, never shrunk; shared between calendars)."""
        first_year = max(dt.MINYEAR + 1, first_year - _YEAR_MARGIN)
        last_year = min(dt.MAXYEAR - 1, last_year + _YEAR_MARGIN)
        if self._first_year <= first_year and last_year <= self._last_year:
            return
        if self._last_year >= self._first_year:
            first_year = min(first_year, self._first_year)
            last_year = max(last_year, self._last_year)
        # Round the range to 8-year blocks so calendars asked about nearby dates share one layout.
        first_year = max(dt.MINYEAR + 1, first_year - first_year % 8)
        last_year = min(dt.MAXYEAR - 1, last_year - last_year % 8 + 7)
        self._reasons, self._closed, self._open = _layout(
            self.jurisdiction, self.settings, self.closures, first_year, last_year
        )
        self._first_year, self._last_year = first_year, last_year

    def closed_reason(self, day: dt.date) -> str | None:
        """Why courts are closed on `day` (Spanish, e.g. «festivo: Navidad»), or None when open."""
        self._ensure(day.year, day.year)
        return self._reasons.get(day.toordinal())

    def closed_reasons(self, day: dt.date) -> list[str]:
        """Every reason courts are closed on `day` («festivo: Navidad», «vacancia judicial»), the one
        `closed_reason` gives first, then the rest and the user's closures; empty when open."""
        first = self.closed_reason(day)
        if first is None:
            return []
        reopened = any(c.reopen and c.start <= day <= c.end for c in self.closures)
        rules = [] if reopened else _rule_reasons(self.data, self.settings, day)
        closing = [f"cierre: {c.reason}" for c in self.closures if not c.reopen and c.start <= day <= c.end]
        return list(dict.fromkeys([first, *rules, *closing]))

    def is_business_day(self, day: dt.date) -> bool:
        """True when courts work on `day`."""
        return self.closed_reason(day) is None

    def within_office_hours(self, moment: dt.datetime) -> bool:
        """True when `moment` (court time) falls within the hours the courts sit, opening included."""
        return self.office_opens <= moment.time() < self.office_closes

    def closed_days(self, first: dt.date, last: dt.date) -> list[SkippedDay]:
        """Every closed day from `first` to `last` inclusive, with its reason."""
        if last < first:
            return []
        self._ensure(first.year, last.year)
        lo = bisect_left(self._closed, first.toordinal())
        hi = bisect_right(self._closed, last.toordinal())
        return [SkippedDay(dt.date.fromordinal(o), self._reasons[o]) for o in self._closed[lo:hi]]

    # -- terms -----------------------------------------------------------------------------

    def next_business_day(self, day: dt.date) -> dt.date:
        """`day` itself when courts work on it, otherwise the first business day after it."""
        self._ensure(day.year, day.year)
        while True:
            index = bisect_left(self._open, day.toordinal())
            if index < len(self._open):
                return dt.date.fromordinal(self._open[index])
            self._ensure(self._first_year, self._last_year + 1)

    def add_business_days(self, start: dt.date, n: int) -> TermResult:
        """The Nth business day after `start`, counting from the day after it (CO: CGP art. 118)."""
        if n < 0:
            raise CalendarError(Text(M.CALENDAR_TERM_NEGATIVE, n=n, unit=Term("en", "days", "días")))
        self._ensure(start.year, start.year)
        if n == 0:
            return TermResult(start, 0, start, [], "0 días hábiles", "business_days")
        while True:
            index = bisect_right(self._open, start.toordinal()) + n - 1
            if index < len(self._open):
                break
            self._ensure(self._first_year, self._last_year + 1 + n // 200)
        due = dt.date.fromordinal(self._open[index])
        skipped = self.closed_days(start + dt.timedelta(days=1), due)
        rule = (
            f"{n} {'día hábil' if n == 1 else 'días hábiles'} contados desde el día siguiente "
            f"al {start:%d/%m/%Y} ({self.term_source})"
        )
        return TermResult(start, n, due, skipped, rule, "business_days")

    def term_from_notice(self, notified: dt.date, n: int) -> TermResult:
        """N business days for a party notified on `notified`.

        Where a notification first takes effect (*surte efectos*) some business days later, the term
        runs from the day after that: in Mexico a personal notification takes effect the next business
        day and the term starts the day after (CCom art. 1075), closed days not counted (art. 1076).
        Elsewhere this is `add_business_days` (CO: CGP art. 118; AR: CPCCN art. 156; ES: LEC art. 133).
        """
        if self.notice_effect_days == 0 or n == 0:
            return self.add_business_days(notified, n)
        effect = self.add_business_days(notified, self.notice_effect_days).due
        term = self.add_business_days(effect, n)
        rule = (
            f"{n} {'día hábil' if n == 1 else 'días hábiles'}: la notificación del {notified:%d/%m/%Y} surte "
            f"efectos el {effect:%d/%m/%Y} y el término corre desde el día siguiente ({self.term_source})"
        )
        skipped = self.closed_days(notified + dt.timedelta(days=1), term.due)
        return TermResult(notified, n, term.due, skipped, rule, "business_days", effect)

    def _calendar_term(self, start: dt.date, n: int, unit: str, label: str) -> TermResult:
        """A term in months or years by the calendar, moved off a closed day when so set."""
        if n < 0:
            words = Term("en", "months" if unit == "months" else "years", label)
            raise CalendarError(Text(M.CALENDAR_TERM_NEGATIVE, n=n, unit=words))
        nominal = start + (relativedelta(months=n) if unit == "months" else relativedelta(years=n))
        rule = f"{n} {label} calendario desde el {start:%d/%m/%Y}: vence el {nominal:%d/%m/%Y}"
        due = nominal
        skipped: list[SkippedDay] = []
        if self.settings.extend_to_business_day and not self.is_business_day(nominal):
            due = self.next_business_day(nominal)
            skipped = self.closed_days(nominal, due - dt.timedelta(days=1))
            rule += f", día inhábil; se corre al siguiente día hábil {due:%d/%m/%Y}"
        return TermResult(start, n, due, skipped, rule, unit)

    def add_months(self, start: dt.date, n: int) -> TermResult:
        """A term of `n` calendar months (same day number; last day of a shorter month)."""
        return self._calendar_term(start, n, "months", "mes" if n == 1 else "meses")

    def add_years(self, start: dt.date, n: int) -> TermResult:
        """A term of `n` calendar years (29 February ends on 28 February)."""
        return self._calendar_term(start, n, "years", "año" if n == 1 else "años")


def business_days_between(calendar: JudicialCalendar, first: dt.date, last: dt.date) -> int:
    """How many business days lie from `first` to `last` inclusive."""
    if last < first:
        return 0
    return (last - first).days + 1 - len(calendar.closed_days(first, last))


def closures_for(closures: Iterable[Closure], jurisdiction: str) -> list[Closure]:
    """The closures of one jurisdiction, in date order."""
    code = jurisdiction.strip().upper()
    return sorted((c for c in closures if c.jurisdiction.strip().upper() == code), key=lambda c: c.start)
