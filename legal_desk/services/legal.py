"""Bridges from the database to the pure legal rules: calendars with the closure table, limitation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from legal_desk.db.models import Closure, Deadline, Setting
from legal_desk.domain import messages as M
from legal_desk.domain.calendar import CalendarSettings, JudicialCalendar, jurisdiction_data
from legal_desk.domain.calendar import Closure as ClosureRule
from legal_desk.domain.interest import DAY_BASES
from legal_desk.domain.limitation import SERVED_STAGES, TOLLING_JURISDICTIONS, FilingFacts, limitation_date
from legal_desk.domain.messages import Text
from legal_desk.services.errors import ValidationFailed

SETTING_KEYS = {
    "calendar.holy_week_closed": "1",
    "calendar.rama_judicial_day_closed": "1",
    "calendar.extend_to_business_day": "1",
    "calendar.calendar_terms_from_next_day": "0",
    "interest.day_basis": "365",
    "deadlines.inactivity_years": "1",
    "deadlines.inactivity_years_judgment": "2",
}
CALENDAR_SETTING_KEYS = (
    "calendar.holy_week_closed",
    "calendar.rama_judicial_day_closed",
    "calendar.extend_to_business_day",
    "calendar.calendar_terms_from_next_day",
)


def get_setting(session: Session, key: str) -> str:
    """A desk-wide setting, or its default."""
    value = session.get(Setting, key)
    return value.value if value is not None else SETTING_KEYS.get(key, "")


def put_setting(session: Session, key: str, value: str) -> None:
    """Store a desk-wide setting (insert or update) in the caller's transaction.

    The day basis is checked here too, whoever writes it: a liquidation knows only 365 and 360.
    """
    if key == "interest.day_basis" and value.strip() not in {str(basis) for basis in DAY_BASES}:
        raise ValidationFailed(Text(M.DAY_BASIS, value=value))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def court_now(jurisdiction: str) -> dt.datetime:
    """The wall-clock time where the jurisdiction's courts sit, naive like stored hearing times.

    Hearings are kept in court time (10:00 in Bogotá is 10:00), so "is it still ahead?" must be asked
    in that time too, not in the computer's own zone (a server often runs in UTC, five hours ahead).
    """
    return dt.datetime.now(court_zone(jurisdiction)).replace(tzinfo=None)


def court_today(jurisdiction: str) -> dt.date:
    """The calendar day where the jurisdiction's courts sit (not the computer's own day)."""
    return court_now(jurisdiction).date()


def refuse_future(
    day: dt.date | None,
    jurisdiction: str,
    message: str,
    *,
    today: dt.date | None = None,
    date_format: str = "%d/%m/%Y",
) -> None:
    """Refuse a date after the court's today: something recorded as done cannot have happened tomorrow.

    `message` is the Spanish refusal, a template of the catalogue (legal_desk.domain.messages, FUTURE_*)
    with `{day}` and `{today}`, filled with both dates written as `date_format`; the refusal carries it
    as a `Text`, so the desktop interface words it in its language. `today` overrides the court's day
    (tests, batch jobs with a fixed date).
    """
    if day is None:
        return
    today = today or court_today(jurisdiction)
    if day > today:
        from legal_desk.domain.messages import Text
        raise ValidationFailed(Text(message, day=day.strftime(date_format), today=today.strftime(date_format)))


def court_zone(jurisdiction: str) -> ZoneInfo:
    """The time zone the jurisdiction's courts keep (jurisdiction data; UTC when it names none)."""
    return ZoneInfo(jurisdiction_data(jurisdiction).get("timezone", "UTC"))


def in_court_time(moment: dt.datetime, jurisdiction: str) -> dt.datetime:
    """A stored UTC timestamp (naive) as the court's wall-clock time (naive): audit times read by a user."""
    return moment.replace(tzinfo=dt.UTC).astimezone(court_zone(jurisdiction)).replace(tzinfo=None)


def jurisdiction_code(code: str) -> str:
    """A known jurisdiction code, upper-case, or ValidationFailed naming it."""
    from legal_desk.domain.calendar import CalendarError, jurisdiction_data
    from legal_desk.domain.messages import text_of
    from legal_desk.services.errors import ValidationFailed

    code = (code or "").strip().upper()
    try:
        jurisdiction_data(code)
    except CalendarError as exc:
        raise ValidationFailed(text_of(exc)) from None
    return code


def calendar_settings(session: Session) -> CalendarSettings:
    """Calendar options as the admin set them."""
    return CalendarSettings(
        holy_week_closed=get_setting(session, "calendar.holy_week_closed") == "1",
        rama_judicial_day_closed=get_setting(session, "calendar.rama_judicial_day_closed") == "1",
        extend_to_business_day=get_setting(session, "calendar.extend_to_business_day") == "1",
        calendar_terms_from_next_day=get_setting(session, "calendar.calendar_terms_from_next_day") == "1",
    )


def closures(session: Session, jurisdiction: str) -> tuple[ClosureRule, ...]:
    """The user-edited closure table of one jurisdiction, as domain values."""
    rows = session.execute(select(Closure).where(Closure.jurisdiction == jurisdiction)).scalars()
    return tuple(
        ClosureRule(
            start=c.start,
            end=c.end,
            reason=c.reason,
            jurisdiction=c.jurisdiction,
            court=c.court,
            city=c.city,
            reopen=c.reopen,
        )
        for c in rows
    )


@lru_cache(maxsize=64)
def _cached_calendar(
    jurisdiction: str,
    closure_rules: tuple[ClosureRule, ...],
    settings: CalendarSettings,
    court: str | None,
    city: str | None,
) -> JudicialCalendar:
    return JudicialCalendar(jurisdiction, closure_rules, settings, court=court, city=city)


def calendar_for(
    session: Session, jurisdiction: str, *, court: str | None = None, city: str | None = None
) -> JudicialCalendar:
    """The judicial calendar of a jurisdiction (and court/city) with today's closure table."""
    return _cached_calendar(jurisdiction, closures(session, jurisdiction), calendar_settings(session), court, city)


class CalendarSet:
    """Calendars of one jurisdiction per (court, city), built once from one read of closures and settings."""

    def __init__(self, session: Session, jurisdiction: str) -> None:
        """Read the closure table and the calendar settings once."""
        self.jurisdiction = jurisdiction
        self._closures = closures(session, jurisdiction)
        self._settings = calendar_settings(session)
        self._calendars: dict[tuple[str | None, str | None], JudicialCalendar] = {}

    def get(self, court: str | None = None, city: str | None = None) -> JudicialCalendar:
        """The calendar of one court and city (shared by every case before that court)."""
        key = (court, city)
        cal = self._calendars.get(key)
        if cal is None:
            cal = self._calendars[key] = _cached_calendar(
                self.jurisdiction, self._closures, self._settings, court, city
            )
        return cal


def compute_limitation(calendar: JudicialCalendar, title_type: str, due_date: dt.date, jurisdiction: str) -> dt.date:
    """When the title prescribes (DOMAIN.md §6); a cheque in months (CO: 6, CCo art. 730; see CHEQUE_TERMS)."""
    return limitation_date(title_type, due_date, jurisdiction, calendar)


def filing_facts(session: Session, cases: Iterable[tuple[int, str, str, dt.date | None]]) -> dict[int, FilingFacts]:
    """What the art. 94 CGP tolling of each filed case depends on, by case id (domain.limitation.filing_tolling).

    `cases` are (id, jurisdiction, stage, filed_on); cases not filed, rejected or of a jurisdiction
    without the rule are left out. The art. 94 year is the case's latest «SERVE_DEBTOR» deadline (the
    payment order notified to the creditor again starts a new one); its compliance is the service.
    """
    wanted = {
        cid: (stage, filed_on)
        for cid, jurisdiction, stage, filed_on in cases
        if filed_on is not None and stage != "REJECTED" and jurisdiction.strip().upper() in TOLLING_JURISDICTIONS
    }
    years: dict[int, tuple[dt.date, dt.date | None]] = {}
    ids = list(wanted)
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(Deadline.case_id, Deadline.due, Deadline.met_on)
            .where(Deadline.case_id.in_(ids[start : start + 900]), Deadline.rule_code == "SERVE_DEBTOR")
            .order_by(Deadline.case_id, Deadline.event_date, Deadline.id)
        )
        years.update({cid: (due, met_on) for cid, due, met_on in rows})  # the latest of each case wins
    out: dict[int, FilingFacts] = {}
    for cid, (stage, filed_on) in wanted.items():
        assert filed_on is not None
        due, met_on = years.get(cid, (None, None))
        out[cid] = FilingFacts(filed_on, due, met_on, stage in SERVED_STAGES)
    return out
