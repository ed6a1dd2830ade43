"""Moratory interest and the credit liquidation (*liquidación del crédito*, CGP art. 446).

DOMAIN.md §5: rates are data (a table of periods with an effective annual rate); interest accrues
for every calendar day from the day after the due date through the as-of date; the daily rate is
d = (1 + EA/100)^(1/basis) − 1; each stretch with one rate and one capital gives
capital × d × days rounded half-up to cents; simple interest, never capitalised. A payment on
day D applies after day D's interest: costs, then unpaid interest, then capital (CC art. 1653);
capital is reduced from D+1.

That daily rate and the table as a cap are Colombia's (§5). Argentina, Mexico and Spain publish their
legal and moratory rates as nominal annual rates applied simply (capital × rate × days / basis), and
there the rate the parties agreed applies, the table's being the legal rate used when none was agreed
(CCyC art. 768; LGTOC art. 174; CC art. 1108): see `rate_convention`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, localcontext
from functools import lru_cache
from itertools import pairwise
from typing import Any

from legal_desk.domain import messages as M
from legal_desk.domain.calendar import CalendarError, jurisdiction_data
from legal_desk.domain.messages import Series, Text, TextError
from legal_desk.domain.money import ZERO, format_money, round_cents, to_json

_PRECISION = 40
_ONE_DAY = dt.timedelta(days=1)


#: The day bases of the daily rate a desk may set (DOMAIN.md: 365 by default, 360 as a setting).
DAY_BASES = (365, 360)
#: The highest annual rate, in percent, taken for an agreed rate or a period of a rate table. Far above any
#: certified usury cap (Colombia's has stayed under 60 % EA; Argentina's judicial rates passed 100 % in
#: 2023), so a rate above it is a typing slip: 2998 for 29,98.
MAX_ANNUAL_RATE = Decimal(200)


class RateTableError(TextError, ValueError):
    """A rate table that breaks the rules (overlap, negative rate, inverted period); the message is a catalogue
    `Text`."""


class LiquidationError(TextError, ValueError):
    """A liquidation that cannot be computed; the message (a catalogue `Text`) names what to fix."""


EFFECTIVE = "effective"
NOMINAL = "nominal"


@dataclass(frozen=True)
class RateConvention:
    """How a jurisdiction reads the rates of its table.

    `kind` is EFFECTIVE (an effective annual rate turned into a daily one by compounding, CO) or NOMINAL
    (a nominal annual rate divided by the day basis, simple: AR, MX, ES). `table_is_cap` is True when the
    table is the legal maximum and an agreed rate applies only below it (CO's usury cap); False when the
    agreed rate applies and the table is the legal rate for debts without one. `source` says where the
    rates come from, in Spanish.
    """

    kind: str = EFFECTIVE
    table_is_cap: bool = True
    source: str = ""

    @property
    def label_es(self) -> str:
        """How a rate of this kind is written after its figure: `27,90 % EA`, `3,25 % nominal anual`."""
        return "EA" if self.kind == EFFECTIVE else "nominal anual"


def rate_convention(jurisdiction: str) -> RateConvention:
    """The rate convention of a jurisdiction from its data file (CO's when the file says nothing)."""
    try:
        data = jurisdiction_data(jurisdiction).get("interest") or {}
    except CalendarError:
        return RateConvention()
    kind = data.get("rate_kind", EFFECTIVE)
    if kind not in (EFFECTIVE, NOMINAL):  # pragma: no cover - the shipped files are tested
        raise LiquidationError(Text(M.LIQ_RATE_KIND, kind=kind, jurisdiction=jurisdiction))
    return RateConvention(kind, bool(data.get("table_is_cap", True)), str(data.get("source", "")))


@dataclass(frozen=True)
class RatePeriod:
    """One period of the moratory-rate table: effective annual rate in percent, dates inclusive."""

    start: dt.date
    end: dt.date
    annual_rate: Decimal


class RateTable:
    """Rate periods in date order; gaps are allowed, overlaps are not."""

    def __init__(self, periods: Sequence[RatePeriod]) -> None:
        """Validate and sort the periods."""
        ordered = sorted(periods, key=lambda p: p.start)
        problems: list[Text] = []
        for p in ordered:
            if p.end < p.start:
                problems.append(Text(M.RATE_TABLE_INVERTED, start=f"{p.start:%d/%m/%Y}", end=f"{p.end:%d/%m/%Y}"))
            if p.annual_rate < 0:
                problems.append(Text(M.RATE_TABLE_NEGATIVE, start=f"{p.start:%d/%m/%Y}"))
        for prev, cur in pairwise(ordered):
            if cur.start <= prev.end:
                problems.append(
                    Text(
                        M.RATE_TABLE_OVERLAP,
                        start=f"{cur.start:%d/%m/%Y}",
                        end=f"{cur.end:%d/%m/%Y}",
                        other_start=f"{prev.start:%d/%m/%Y}",
                        other_end=f"{prev.end:%d/%m/%Y}",
                    )
                )
        if problems:
            raise RateTableError(Text(M.RATE_TABLE_INVALID, problems=Series(tuple(problems), "; ")))
        self.periods: tuple[RatePeriod, ...] = tuple(ordered)
        self._starts = [p.start for p in ordered]

    def __len__(self) -> int:
        """Number of periods."""
        return len(self.periods)

    def period_on(self, day: dt.date) -> RatePeriod | None:
        """The period covering `day`, or None."""
        index = bisect_right(self._starts, day) - 1
        if index >= 0 and self.periods[index].end >= day:
            return self.periods[index]
        return None

    def rate_on(self, day: dt.date) -> Decimal | None:
        """The effective annual rate (percent) on `day`, or None when no period covers it."""
        period = self.period_on(day)
        return period.annual_rate if period else None

    def first_uncovered(self, start: dt.date, end: dt.date) -> dt.date | None:
        """The first day from `start` to `end` that no period covers, or None when all are covered."""
        day = start
        while day <= end:
            period = self.period_on(day)
            if period is None:
                return day
            day = period.end + _ONE_DAY
        return None

    def gap_end(self, day: dt.date, end: dt.date) -> dt.date:
        """The last day, up to `end`, of the uncovered stretch that starts on `day` (the day before the next period)."""
        index = bisect_right(self._starts, day)
        if index < len(self.periods):
            return min(self.periods[index].start - _ONE_DAY, end)
        return end


@dataclass(frozen=True)
class PaymentIn:
    """A payment received on a date (*abono*)."""

    date: dt.date
    amount: Decimal
    reference: str = ""


@dataclass(frozen=True)
class Stretch:
    """Days with one rate and one capital base, and the interest they earn."""

    start: dt.date
    end: dt.date
    days: int
    annual_rate: Decimal
    capital_base: Decimal
    daily_rate: Decimal
    interest: Decimal


@dataclass(frozen=True)
class PaymentAllocation:
    """How one payment was applied: costs, then interest, then capital (CC art. 1653)."""

    date: dt.date
    amount: Decimal
    to_costs: Decimal
    to_interest: Decimal
    to_capital: Decimal
    reference: str = ""
    surplus: Decimal = ZERO


@dataclass(frozen=True)
class Liquidation:
    """A credit liquidation at a cut-off date: stretches, payment allocations and totals."""

    capital: Decimal
    due_date: dt.date
    as_of: dt.date
    day_basis: int
    stretches: list[Stretch]
    allocations: list[PaymentAllocation]
    capital_outstanding: Decimal
    interest_accrued: Decimal
    interest_paid: Decimal
    interest_unpaid: Decimal
    costs: Decimal
    costs_outstanding: Decimal
    payments_total: Decimal
    total: Decimal
    agreed_annual_rate: Decimal | None = None
    warnings: list[str] = field(default_factory=list)
    currency: str = "COP"
    rate_kind: str = EFFECTIVE
    #: the same warnings as catalogue `Text`s, for an interface that words them in its language
    warning_texts: list[Text] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The `liquidation --json` document of CLI.md (money as strings), plus details."""
        return {
            "as_of": self.as_of.isoformat(),
            "capital": to_json(self.capital_outstanding),
            "interest": to_json(self.interest_unpaid),
            "payments": to_json(self.payments_total),
            "costs": to_json(self.costs_outstanding),
            "total": to_json(self.total),
            "periods": [
                {
                    "from": s.start.isoformat(),
                    "to": s.end.isoformat(),
                    "days": s.days,
                    "annual_rate": f"{s.annual_rate:f}",
                    "capital_base": to_json(s.capital_base),
                    "interest": to_json(s.interest),
                }
                for s in self.stretches
            ],
            "due_date": self.due_date.isoformat(),
            "original_capital": to_json(self.capital),
            "interest_accrued": to_json(self.interest_accrued),
            "interest_paid": to_json(self.interest_paid),
            "day_basis": self.day_basis,
            "allocations": [
                {
                    "date": a.date.isoformat(),
                    "amount": to_json(a.amount),
                    "to_costs": to_json(a.to_costs),
                    "to_interest": to_json(a.to_interest),
                    "to_capital": to_json(a.to_capital),
                    "surplus": to_json(a.surplus),
                    "reference": a.reference,
                }
                for a in self.allocations
            ],
            "warnings": list(self.warnings),
            "currency": self.currency,
            "rate_kind": self.rate_kind,
        }


@lru_cache(maxsize=4096)
def daily_rate(annual_rate: Decimal, day_basis: int = 365, kind: str = EFFECTIVE) -> Decimal:
    """d = (1 + EA/100)^(1/basis) − 1 at 40 significant digits (via ln/exp); NOMINAL: d = rate/100/basis.

    Cached: a rate table has one rate a month, and every liquidation over it asks for the same ones.
    """
    with localcontext(Context(prec=_PRECISION)):
        if kind == NOMINAL:
            return Decimal(annual_rate) / Decimal(100) / Decimal(day_basis)
        growth = Decimal(1) + Decimal(annual_rate) / Decimal(100)
        return (growth.ln() / Decimal(day_basis)).exp() - Decimal(1)


def stretch_interest(capital: Decimal, rate: Decimal, days: int) -> Decimal:
    """capital × d × days, rounded half-up to cents."""
    with localcontext(Context(prec=_PRECISION)):
        return round_cents(capital * rate * Decimal(days))


def _pct(value: Decimal) -> str:
    """A rate as a Spanish percent figure: `27,90 %`."""
    return f"{value:.2f}".replace(".", ",") + " %"


def liquidate(
    capital: Decimal,
    due_date: dt.date,
    as_of: dt.date,
    table: RateTable,
    payments: Sequence[PaymentIn] = (),
    costs: Decimal = Decimal(0),
    agreed_annual_rate: Decimal | None = None,
    day_basis: int = 365,
    *,
    currency: str = "COP",
    jurisdiction: str = "CO",
    convention: RateConvention | None = None,
) -> Liquidation:
    """Liquidate a debt at `as_of` following DOMAIN.md §5 exactly (see the module docstring).

    `currency` writes the figures of the warnings; `jurisdiction` chooses the law a warning cites
    (the usury cap of CCo art. 884 and CP art. 305 is Colombian and is cited for CO only) and, unless
    `convention` is given, how the table's rates are read (`rate_convention`).
    """
    convention = convention or rate_convention(jurisdiction)
    capital, costs = Decimal(capital), Decimal(costs)
    if capital <= 0:
        raise LiquidationError(Text(M.LIQ_CAPITAL))
    if costs < 0:
        raise LiquidationError(Text(M.LIQ_COSTS))
    if day_basis not in DAY_BASES:
        raise LiquidationError(Text(M.LIQ_DAY_BASIS, basis=day_basis))
    if as_of < due_date:
        raise LiquidationError(Text(M.LIQ_CUT_OFF, as_of=f"{as_of:%d/%m/%Y}", due=f"{due_date:%d/%m/%Y}"))
    if agreed_annual_rate is not None and agreed_annual_rate < 0:
        raise LiquidationError(Text(M.LIQ_AGREED_NEGATIVE))
    warning_texts: list[Text] = []
    for p in payments:
        if p.amount <= 0:
            raise LiquidationError(Text(M.LIQ_PAYMENT_NOT_POSITIVE, day=f"{p.date:%d/%m/%Y}"))
    later = [p for p in payments if p.date > as_of]
    if later:
        warning_texts.append(Text(M.LIQ_LATER_PAYMENTS, n=len(later), as_of=f"{as_of:%d/%m/%Y}"))
    included = sorted((p for p in payments if p.date <= as_of), key=lambda p: p.date)

    first_day = due_date + _ONE_DAY
    # Where the agreed rate replaces the table's, a debt with one needs no table at all.
    agreed_rules = agreed_annual_rate is not None and not convention.table_is_cap
    if as_of >= first_day and not agreed_rules:
        uncovered = table.first_uncovered(first_day, as_of)
        if uncovered is not None:
            gap_end = table.gap_end(uncovered, as_of)
            missing = (
                Text(M.LIQ_NO_RATE_RANGE, start=f"{uncovered:%d/%m/%Y}", end=f"{gap_end:%d/%m/%Y}")
                if gap_end > uncovered
                else Text(M.LIQ_NO_RATE_DAY)
            )
            raise LiquidationError(Text(M.LIQ_TABLE_GAP, day=f"{uncovered:%d/%m/%Y}", missing=missing))

    outstanding_capital, outstanding_costs = capital, costs
    unpaid_interest = ZERO
    stretches: list[Stretch] = []
    allocations: list[PaymentAllocation] = []
    capped: list[RatePeriod] = []

    def apply(payment: PaymentIn) -> None:
        """Apply one payment after the day's interest: costs, interest, capital."""
        nonlocal outstanding_capital, outstanding_costs, unpaid_interest
        rest = payment.amount
        to_costs = min(rest, outstanding_costs)
        rest -= to_costs
        to_interest = min(rest, unpaid_interest)
        rest -= to_interest
        to_capital = min(rest, outstanding_capital)
        rest -= to_capital
        outstanding_costs -= to_costs
        unpaid_interest -= to_interest
        outstanding_capital -= to_capital
        if rest > 0:
            warning_texts.append(
                Text(M.LIQ_SURPLUS, day=f"{payment.date:%d/%m/%Y}", amount=format_money(rest, currency))
            )
        allocations.append(
            PaymentAllocation(
                payment.date, payment.amount, to_costs, to_interest, to_capital, payment.reference, rest
            )
        )

    pending = list(included)
    while pending and pending[0].date < first_day:
        apply(pending.pop(0))

    cursor = first_day
    rate_cache: dict[Decimal, Decimal] = {}
    while cursor <= as_of:
        if agreed_rules:
            period, end = None, as_of
        else:
            period = table.period_on(cursor)
            if period is None:  # pragma: no cover - excluded by first_uncovered above
                raise LiquidationError(Text(M.LIQ_TABLE_DAY, day=f"{cursor:%d/%m/%Y}"))
            end = min(period.end, as_of)
        if pending and pending[0].date <= end:
            end = pending[0].date
        if period is None:
            rate = agreed_annual_rate or ZERO
        elif agreed_annual_rate is not None:
            rate = period.annual_rate
            if agreed_annual_rate > rate:
                if not capped or capped[-1] is not period:
                    capped.append(period)
            else:
                rate = agreed_annual_rate
        else:
            rate = period.annual_rate
        if outstanding_capital > 0:
            d = rate_cache.get(rate)
            if d is None:
                d = rate_cache[rate] = daily_rate(rate, day_basis, convention.kind)
            days = (end - cursor).days + 1
            interest = stretch_interest(outstanding_capital, d, days)
            stretches.append(Stretch(cursor, end, days, rate, outstanding_capital, d, interest))
            unpaid_interest += interest
        while pending and pending[0].date == end:
            apply(pending.pop(0))
        cursor = end + _ONE_DAY

    if capped:
        first = capped[0]
        warning_texts.insert(
            0,
            Text(
                M.LIQ_AGREED_CAPPED,
                agreed=_pct(agreed_annual_rate or ZERO),
                n=len(capped),
                start=f"{first.start:%d/%m/%Y}",
                rate=_pct(first.annual_rate),
                usury=Text(M.LIQ_USURY) if jurisdiction.strip().upper() == "CO" else "",
            ),
        )
    interest_accrued = sum((s.interest for s in stretches), ZERO)
    interest_paid = sum((a.to_interest for a in allocations), ZERO)
    payments_total = sum((a.amount for a in allocations), ZERO)
    total = outstanding_capital + unpaid_interest + outstanding_costs
    return Liquidation(
        capital=capital,
        due_date=due_date,
        as_of=as_of,
        day_basis=day_basis,
        stretches=stretches,
        allocations=allocations,
        capital_outstanding=outstanding_capital,
        interest_accrued=interest_accrued,
        interest_paid=interest_paid,
        interest_unpaid=unpaid_interest,
        costs=costs,
        costs_outstanding=outstanding_costs,
        payments_total=payments_total,
        total=total,
        agreed_annual_rate=agreed_annual_rate,
        warnings=[str(w) for w in warning_texts],
        warning_texts=warning_texts,
        currency=currency,
        rate_kind=convention.kind,
    )
