"""Judicial calendars: DOMAIN.md §9 examples 1–4 and properties of business-day counting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legal_desk.domain.calendar import (
    CalendarError,
    CalendarSettings,
    Closure,
    JudicialCalendar,
    business_days_between,
)

D = dt.date
CO = JudicialCalendar("CO")


def test_example_1_recess_then_sunday_then_holiday() -> None:
    """3 days from Fri 2025-12-19 → 2026-01-15 (recess 20 Dec–10 Jan; 11 Jan Sunday; 12 Jan holiday)."""
    term = CO.add_business_days(D(2025, 12, 19), 3)
    assert term.due == D(2026, 1, 15)
    reasons = {s.date: s.reason for s in term.skipped}
    assert reasons[D(2025, 12, 22)] == "vacancia judicial"
    assert reasons[D(2025, 12, 25)] == "festivo: Navidad"
    assert reasons[D(2026, 1, 11)] == "domingo"
    assert reasons[D(2026, 1, 12)].startswith("festivo: Día de los Reyes Magos")
    assert min(reasons) == D(2025, 12, 20) and max(reasons) == D(2026, 1, 12)
    assert len(term.skipped) == 24
    assert "CGP art. 118" in term.rule


HOLIDAYS_2025 = [
    "01-01",
    "01-06",
    "03-24",
    "04-17",
    "04-18",
    "05-01",
    "06-02",
    "06-23",
    "06-30",
    "07-20",
    "08-07",
    "08-18",
    "10-13",
    "11-03",
    "11-17",
    "12-08",
    "12-25",
]
HOLIDAYS_2026 = [
    "01-01",
    "01-12",
    "03-23",
    "04-02",
    "04-03",
    "05-01",
    "05-18",
    "06-08",
    "06-15",
    "06-29",
    "07-20",
    "08-07",
    "08-17",
    "10-12",
    "11-02",
    "11-16",
    "12-08",
    "12-25",
]


def _holidays(calendar: JudicialCalendar, year: int) -> list[str]:
    """The MM-DD of every day a calendar closes for a holiday in `year`."""
    days = calendar.closed_days(D(year, 1, 1), D(year, 12, 31))
    return [s.date.strftime("%m-%d") for s in days if s.reason.startswith("festivo:")]


def test_example_2_holidays_2025() -> None:
    """The 2025 Colombian holidays of DOMAIN.md §9.2, exactly."""
    assert _holidays(CO, 2025) == HOLIDAYS_2025


def test_example_2_holidays_2026_and_the_july_correction() -> None:
    """2026 holidays: the `holidays` package (0.109) adds 2026-07-13, which DOMAIN §9.2 does not list.

    holidays 0.109 names it «Día de Nuestra Señora del Rosario de Chiquinquirá (observado)» (a
    Monday moved from 9 July). Whichever source is right, a closure-table entry corrects the data
    either way: `reopen=True` makes it a business day, a plain closure closes a day the data misses.
    """
    package_days = _holidays(CO, 2026)
    assert set(package_days) - set(HOLIDAYS_2026) == {"07-13"}
    assert set(HOLIDAYS_2026) <= set(package_days)
    assert CO.closed_reason(D(2026, 7, 13)) == (
        "festivo: Día de Nuestra Señora del Rosario de Chiquinquirá (observado)"
    )

    corrected = JudicialCalendar(
        "CO", [Closure(D(2026, 7, 13), D(2026, 7, 13), "no es festivo judicial", "CO", reopen=True)]
    )
    assert _holidays(corrected, 2026) == HOLIDAYS_2026
    assert corrected.is_business_day(D(2026, 7, 13))
    # Fri 2026-07-10 + 1 business day: Monday 13 when reopened, Tuesday 14 with the package data.
    assert corrected.add_business_days(D(2026, 7, 10), 1).due == D(2026, 7, 13)
    assert CO.add_business_days(D(2026, 7, 10), 1).due == D(2026, 7, 14)


def test_example_3_holy_week_setting() -> None:
    """5 days from Fri 2026-03-27 → 2026-04-10 with Holy Week closed, 2026-04-07 without."""
    assert CO.add_business_days(D(2026, 3, 27), 5).due == D(2026, 4, 10)
    open_holy_week = JudicialCalendar("CO", settings=CalendarSettings(holy_week_closed=False))
    assert open_holy_week.add_business_days(D(2026, 3, 27), 5).due == D(2026, 4, 7)
    assert CO.closed_reason(D(2026, 3, 30)) == "Semana Santa"
    assert open_holy_week.closed_reason(D(2026, 3, 30)) is None


def test_example_4_holy_week_2025() -> None:
    """5 days from Fri 2025-04-11 → 2025-04-25 (Holy Week 2025 closed)."""
    term = CO.add_business_days(D(2025, 4, 11), 5)
    assert term.due == D(2025, 4, 25)
    assert [s.reason for s in term.skipped if s.date.weekday() < 5] == [
        "Semana Santa",
        "Semana Santa",
        "Semana Santa",
        "festivo: Jueves Santo",
        "festivo: Viernes Santo",
    ]


def test_rama_judicial_day_setting() -> None:
    """17 December is closed unless the setting opens it (Wed 2025-12-17)."""
    assert CO.closed_reason(D(2025, 12, 17)) == "Día de la Rama Judicial"
    opened = JudicialCalendar("CO", settings=CalendarSettings(rama_judicial_day_closed=False))
    assert opened.is_business_day(D(2025, 12, 17))
    assert CO.add_business_days(D(2025, 12, 16), 2).due == D(2025, 12, 19)
    assert opened.add_business_days(D(2025, 12, 16), 2).due == D(2025, 12, 18)


def test_closed_reasons_in_spanish() -> None:
    """Weekends and user closures read as a lawyer writes them."""
    assert CO.closed_reason(D(2025, 11, 15)) == "sábado"
    assert CO.closed_reason(D(2025, 11, 16)) == "domingo"
    assert CO.closed_reason(D(2025, 11, 17)) == "festivo: Independencia de Cartagena (observado)"
    assert CO.closed_reason(D(2025, 11, 18)) is None
    strike = JudicialCalendar("CO", [Closure(D(2025, 11, 18), D(2025, 11, 19), "paro judicial", "CO")])
    assert strike.closed_reason(D(2025, 11, 18)) == "cierre: paro judicial"
    assert strike.add_business_days(D(2025, 11, 14), 1).due == D(2025, 11, 20)


def test_court_and_city_scoped_closures() -> None:
    """Scoped closures apply only to the matching court/city; jurisdiction-wide ones always."""
    closures = [
        Closure(D(2025, 9, 1), D(2025, 9, 1), "corte de energía", "CO", court="Juzgado 5 Civil Municipal"),
        Closure(D(2025, 9, 2), D(2025, 9, 2), "inundación", "CO", city="Cali"),
        Closure(D(2025, 9, 3), D(2025, 9, 3), "paro nacional", "CO"),
        Closure(D(2025, 9, 4), D(2025, 9, 4), "paro", "AR"),
    ]
    court = JudicialCalendar("CO", closures, court="juzgado 5 civil  municipal", city="Bogotá")
    cali = JudicialCalendar("CO", closures, court="Juzgado 1 Civil", city="CALI")
    plain = JudicialCalendar("CO", closures)
    assert court.closed_reason(D(2025, 9, 1)) == "cierre: corte de energía"
    assert court.is_business_day(D(2025, 9, 2))
    assert cali.is_business_day(D(2025, 9, 1))
    assert cali.closed_reason(D(2025, 9, 2)) == "cierre: inundación"
    for calendar in (court, cali, plain):
        assert calendar.closed_reason(D(2025, 9, 3)) == "cierre: paro nacional"
        assert calendar.is_business_day(D(2025, 9, 4))
    assert plain.is_business_day(D(2025, 9, 1)) and plain.is_business_day(D(2025, 9, 2))


def test_months_and_years() -> None:
    """Calendar terms keep the day number, and move off a closed day when the setting says so."""
    term = CO.add_years(D(2022, 6, 15), 3)
    assert term.due == D(2025, 6, 16)
    assert [(s.date, s.reason) for s in term.skipped] == [(D(2025, 6, 15), "domingo")]
    assert term.unit == "years"
    no_extension = JudicialCalendar("CO", settings=CalendarSettings(extend_to_business_day=False))
    assert no_extension.add_years(D(2022, 6, 15), 3).due == D(2025, 6, 15)
    assert CO.add_months(D(2025, 1, 31), 1).due == D(2025, 2, 28)
    # 2025-11-15 + 1 month = Mon 2025-12-15, a business day.
    assert CO.add_months(D(2025, 11, 15), 1).due == D(2025, 12, 15)
    # 2025-11-20 + 1 month = Sat 2025-12-20, in the recess: next business day Tue 2026-01-13.
    assert CO.add_months(D(2025, 11, 20), 1).due == D(2026, 1, 13)


def test_next_business_day_and_counts() -> None:
    """next_business_day is the day itself when open; zero days is the start itself."""
    assert CO.next_business_day(D(2025, 11, 18)) == D(2025, 11, 18)
    assert CO.next_business_day(D(2025, 11, 15)) == D(2025, 11, 18)
    assert CO.add_business_days(D(2025, 11, 15), 0).due == D(2025, 11, 15)
    assert business_days_between(CO, D(2025, 11, 17), D(2025, 11, 21)) == 4
    with pytest.raises(CalendarError):
        CO.add_business_days(D(2025, 11, 15), -1)


def test_other_jurisdictions() -> None:
    """AR January and winter recess, ES August and 24/31 December, MX weekends and holidays."""
    ar, es, mx = JudicialCalendar("AR"), JudicialCalendar("ES"), JudicialCalendar("mx")
    assert ar.closed_reason(D(2026, 1, 15)) == "feria judicial de enero"
    assert ar.closed_reason(D(2025, 7, 28)) == "feria judicial de invierno"
    assert ar.add_business_days(D(2025, 12, 31), 1).due == D(2026, 2, 2)
    assert "CPCCN art. 156" in ar.add_business_days(D(2025, 12, 31), 1).rule
    assert es.closed_reason(D(2025, 8, 12)) == "agosto inhábil"
    assert es.closed_reason(D(2025, 12, 24)) == "24 de diciembre"
    assert es.closed_reason(D(2025, 12, 31)) == "31 de diciembre"
    assert es.add_business_days(D(2025, 7, 31), 1).due == D(2025, 9, 1)
    assert mx.closed_reason(D(2026, 3, 16)) == "festivo: Natalicio de Benito Juárez"
    assert mx.add_business_days(D(2026, 3, 13), 1).due == D(2026, 3, 17)
    with pytest.raises(CalendarError, match="Jurisdicción desconocida"):
        JudicialCalendar("PE")


@pytest.mark.parametrize(
    ("jurisdiction", "start", "days", "due", "skipped"),
    [
        # Spain: Wed 29 Jul 2026 → Thu 30, Fri 31, then all of August (LOPJ 183) → Tue 1, Wed 2, Thu 3 Sep.
        ("ES", D(2026, 7, 29), 5, D(2026, 9, 3), 31),
        # Spain: Mon 22 Dec 2025 → 23, (24 closed), (25 Navidad), 26, 29, 30, (31 closed), (1 Jan) → Fri 2 Jan.
        ("ES", D(2025, 12, 22), 5, D(2026, 1, 2), 6),
        # Argentina: Mon 29 Dec 2025 → 30, 31, then the January recess → Mon 2, Tue 3, Wed 4 Feb 2026.
        ("AR", D(2025, 12, 29), 5, D(2026, 2, 4), 32),
        # Argentina: Fri 18 Jul 2025, winter recess 21 Jul–1 Aug (data) → Mon 4 … Fri 8 Aug.
        ("AR", D(2025, 7, 18), 5, D(2025, 8, 8), 16),
        # Mexico: Mon 29 Dec 2025 → 30, 31, (1 Jan holiday), 2, (weekend), 5, 6 Jan; court recesses are closures.
        ("MX", D(2025, 12, 29), 5, D(2026, 1, 6), 3),
    ],
)
def test_five_day_terms_across_foreign_recesses(
    jurisdiction: str, start: dt.date, days: int, due: dt.date, skipped: int
) -> None:
    """Worked examples: a 5-day term counted from the day after, over each country's closed days."""
    term = JudicialCalendar(jurisdiction).add_business_days(start, days)
    assert term.due == due
    assert len(term.skipped) == skipped
    calendar = JudicialCalendar(jurisdiction)
    opened = [
        start + dt.timedelta(days=i)
        for i in range(1, (due - start).days + 1)
        if calendar.is_business_day(start + dt.timedelta(days=i))
    ]
    assert len(opened) == days and opened[-1] == due


def test_closure_refuses_inverted_dates() -> None:
    """A closure ending before it starts is refused."""
    with pytest.raises(CalendarError):
        Closure(D(2025, 1, 2), D(2025, 1, 1), "x", "CO")


def test_many_terms_agree_with_day_by_day_counting() -> None:
    """The bisect fast path gives the same due date as walking day by day (speed: bench_recompute)."""
    calendar = JudicialCalendar("CO")
    base = D(2024, 1, 1)
    for i in range(0, 1000, 7):
        start = base + dt.timedelta(days=i)
        day, left = start, 10
        while left:
            day += dt.timedelta(days=1)
            if calendar.is_business_day(day):
                left -= 1
        assert calendar.add_business_days(start, 10).due == day


dates = st.dates(min_value=D(2019, 1, 1), max_value=D(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=60))
def test_property_never_lands_on_closed_day(start: dt.date, n: int) -> None:
    """The due date is a business day, and exactly N business days follow the start up to it."""
    term = CO.add_business_days(start, n)
    assert CO.is_business_day(term.due)
    assert business_days_between(CO, start + dt.timedelta(days=1), term.due) == n
    assert all(not CO.is_business_day(s.date) for s in term.skipped)


@settings(max_examples=300, deadline=None)
@given(start=dates, n=st.integers(min_value=0, max_value=60), extra=st.integers(min_value=0, max_value=40))
def test_property_monotonic(start: dt.date, n: int, extra: int) -> None:
    """More days never give an earlier due date; a later start never gives an earlier one."""
    assert CO.add_business_days(start, n + extra).due >= CO.add_business_days(start, n).due
    later = start + dt.timedelta(days=extra)
    assert CO.add_business_days(later, n).due >= CO.add_business_days(start, n).due
