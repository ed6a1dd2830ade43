"""Procedural deadlines as data: which rules an event triggers and the due date each one gives.

Each computed deadline carries the rule, its legal source and the closed days it skipped, so a
lawyer can see why the app says what it says (DOMAIN.md §4). Chained rules (service by notice,
e-mail service) start where the previous step ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from legal_desk.domain import messages as M
from legal_desk.domain.calendar import JudicialCalendar, SkippedDay, TermResult, closed_reason_en
from legal_desk.domain.messages import Term, Text, TextError

Unit = Literal["business_days", "months", "years", "special"]
Status = Literal["open", "met", "missed", "closed"]  # closed: the case closed while it ran


class DeadlineError(TextError, ValueError):
    """An unknown event or a bad parameter; the message says what to fix."""


@dataclass(frozen=True)
class DeadlineRule:
    """One procedural term: how long, in which unit, and the article that sets it."""

    code: str
    label_es: str
    label_en: str
    source: str
    unit: Unit
    amount: int


@dataclass(frozen=True)
class ComputedDeadline:
    """A due date produced by a rule, with a Spanish explanation and the closed days it skipped.

    `parts` is the explanation as data (what `explain` words in Spanish or English): the rule's
    counting steps and their dates, never a finished sentence.
    """

    rule: DeadlineRule
    due: dt.date
    explanation_es: str
    skipped: list[SkippedDay] = field(default_factory=list)
    start: dt.date | None = None
    parts: dict[str, Any] = field(default_factory=dict)


_RULE_LIST = (
    DeadlineRule("PAY", "Término para pagar", "Time to pay", "CGP art. 431", "business_days", 5),
    DeadlineRule(
        "DEFENCES",
        "Término para proponer excepciones",
        "Time to file defences",
        "CGP art. 442",
        "business_days",
        10,
    ),
    DeadlineRule(
        "CORRECT",
        "Término para subsanar la demanda",
        "Time to correct the lawsuit",
        "CGP art. 90",
        "business_days",
        5,
    ),
    DeadlineRule(
        "LIQUIDATION_OBJECTIONS",
        "Traslado de la liquidación (objeciones)",
        "Objections to the liquidation",
        "CGP art. 446",
        "business_days",
        3,
    ),
    DeadlineRule(
        "SERVE_DEBTOR",
        "Notificar al deudor el mandamiento de pago",
        "Serve the payment order on the debtor",
        "CGP art. 94",
        "years",
        1,
    ),
    DeadlineRule(
        "EMAIL_SERVED",
        "Notificación electrónica surtida",
        "E-mail service deemed complete",
        "Ley 2213 de 2022 art. 8",
        "business_days",
        2,
    ),
    DeadlineRule(
        "APPEAR_291",
        "Comparecer a notificarse (citación)",
        "Appear to be served (summons)",
        "CGP art. 291",
        "business_days",
        5,
    ),
    DeadlineRule(
        "SERVED_292",
        "Notificación por aviso surtida",
        "Service by notice complete",
        "CGP art. 292",
        "business_days",
        1,
    ),
    DeadlineRule(
        "COPIES_91",
        "Retiro de copias del traslado",
        "Time to collect the copies",
        "CGP art. 91",
        "business_days",
        3,
    ),
    DeadlineRule(
        "INACTIVITY_317",
        "Alerta de desistimiento tácito",
        "Dismissal-for-inactivity alert",
        "CGP art. 317 num. 2",
        "years",
        1,
    ),
)
RULES: dict[str, DeadlineRule] = {rule.code: rule for rule in _RULE_LIST}

EVENTS: dict[str, tuple[str, ...]] = {
    "DEBTOR_SERVED": ("PAY", "DEFENCES"),
    "INADMISSION": ("CORRECT",),
    "LIQUIDATION_SERVED": ("LIQUIDATION_OBJECTIONS",),
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": ("SERVE_DEBTOR",),
    # Whatever the method of service, the debtor has 5 days to pay and 10 to defend once served (arts. 431, 442).
    "EMAIL_SERVICE_SENT": ("EMAIL_SERVED", "PAY", "DEFENCES"),
    "SUMMONS_291_SENT": ("APPEAR_291",),
    "NOTICE_292_DELIVERED": ("SERVED_292", "COPIES_91", "PAY", "DEFENCES"),
    "LAST_ACTION": ("INACTIVITY_317",),
}

# Art. 291 num. 3: 5 days in the same municipality, 10 outside it, 30 abroad.
SUMMONS_291_DAYS = {"local": 5, "outside": 10, "abroad": 30}
_PLACE_ES = {"local": "en el mismo municipio", "outside": "fuera del municipio", "abroad": "en el exterior"}
_PLACE_EN = {"local": "in the same municipality", "outside": "outside the municipality", "abroad": "abroad"}

# What a term counts from, by key: the triggering events and the steps a chained rule starts after.
_EVENT_ES = {
    "DEBTOR_SERVED": "la notificación",
    "INADMISSION": "la notificación del auto inadmisorio",
    "LIQUIDATION_SERVED": "la notificación del traslado de la liquidación",
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": "la notificación por estado del mandamiento de pago al demandante",
    "EMAIL_SERVICE_SENT": "el envío del mensaje de datos",
    "SUMMONS_291_SENT": "la entrega de la citación en el lugar de destino",
    "NOTICE_292_DELIVERED": "la entrega del aviso",
    "LAST_ACTION": "la última actuación",
    "EMAIL_SERVED": "la notificación electrónica",
    "SERVED_292": "la notificación por aviso",
    "COPIES_91": "el vencimiento del término para retirar copias",
}
_EVENT_EN = {
    "DEBTOR_SERVED": "service",
    "INADMISSION": "service of the order to correct the lawsuit",
    "LIQUIDATION_SERVED": "service of the liquidation for objections",
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": "the notice by court list of the payment order to the claimant",
    "EMAIL_SERVICE_SENT": "sending of the data message",
    "SUMMONS_291_SENT": "delivery of the summons at its destination",
    "NOTICE_292_DELIVERED": "delivery of the notice",
    "LAST_ACTION": "the last procedural step",
    "EMAIL_SERVED": "e-mail service",
    "SERVED_292": "service by notice",
    "COPIES_91": "the end of the time to collect the copies",
}


def rules_apply(calendar: JudicialCalendar) -> bool:
    """True when the jurisdiction's data names the procedural code these rules come from (CO: CGP).

    Every rule above is Colombian (CGP, Ley 2213); DOMAIN.md gives no procedural terms for Argentina,
    Mexico or Spain, so their cases get no computed deadline rather than a Colombian one.
    """
    return calendar.data.get("procedural_rules") == "CGP"


def not_configured_es(jurisdiction: str, name: str) -> str:
    """Why no deadline is computed for a jurisdiction without procedural rules, and what to do instead."""
    return str(not_configured(jurisdiction, name))


def not_configured(jurisdiction: str, name: str) -> Text:
    """`not_configured_es` as a catalogue `Text` (the country named in the interface's language)."""
    return Text(M.DEADLINE_NOT_CONFIGURED, name=Term("country", jurisdiction, name), jurisdiction=jurisdiction)


def _days_es(n: int) -> str:
    """`1 día hábil` / `N días hábiles`."""
    return f"{n} día hábil" if n == 1 else f"{n} días hábiles"


def _years_es(n: int) -> str:
    """`1 año` / `N años`."""
    return f"{n} año" if n == 1 else f"{n} años"


def _days_en(n: int) -> str:
    return f"{n} business day" if n == 1 else f"{n} business days"


def _years_en(n: int) -> str:
    return f"{n} year" if n == 1 else f"{n} years"


def _d(value: str | None) -> str:
    """An ISO date of the parts as the explanations write it (dd/mm/yyyy)."""
    return f"{dt.date.fromisoformat(value):%d/%m/%Y}" if value else ""


def _after(parts: dict[str, Any], lang: str) -> str:
    """What the term counts from: the event or step, with its date when it is a chained step."""
    key = parts["after"]
    names = _EVENT_EN if lang == "en" else _EVENT_ES
    text = names.get(key, key)
    if parts.get("what"):  # art. 317: the last actuación says what it was (as recorded, in Spanish)
        return text + f" ({parts['what']}, {_d(parts.get('after_date'))})"
    return text + (f" ({_d(parts['after_date'])})" if parts.get("after_date") else "")


def _rule_text(parts: dict[str, Any], lang: str) -> str:
    """The counting rule of one deadline (without the skipped days) in Spanish or English."""
    kind, n, source = parts["kind"], parts.get("n", 0), parts.get("source", "")
    en = lang == "en"
    if kind == "served_292":
        if en:
            return f"service is complete at the end of the day after the notice was delivered ({source})"
        return (
            "la notificación se entiende surtida al finalizar el día siguiente a la entrega del aviso "
            f"({source})"
        )
    if kind == "email_served":
        receipt = parts.get("receipt")
        if receipt is None:
            if en:
                return (
                    f"service is deemed complete {_days_en(n)} after the message is sent ({source}); if receipt "
                    "or access is proven later, the term runs from then (Constitutional Court C-420 of 2020)"
                )
            return (
                f"se entiende notificado al cabo de {_days_es(n)} siguientes al envío del mensaje "
                f"({source}); si el acuse de recibo o el acceso se prueban después, el "
                "término corre desde entonces (Corte Constitucional C-420 de 2020)"
            )
        if en:
            return (
                f"service is deemed complete {_days_en(n)} after the receipt acknowledged on {_d(receipt)} "
                f"({source}; Constitutional Court C-420 of 2020)"
            )
        return (
            f"se entiende notificado al cabo de {_days_es(n)} siguientes al acuse de recibo del "
            f"{_d(receipt)} ({source}; Corte Constitucional C-420 de 2020)"
        )
    if kind == "business":
        place = parts.get("place")
        if en:
            where = f", {_PLACE_EN[place]}" if place else ""
            return f"{_days_en(n)} from the day after {_after(parts, lang)}{where} ({source})"
        where = f", {_PLACE_ES[place]}" if place else ""
        text = f"{_days_es(n)} desde el día siguiente a {_after(parts, lang)}{where} ({source})"
        return text.replace(" a el ", " al ")
    # kind == "years"
    nominal, term_source = _d(parts["nominal"]), parts.get("term_source") or source
    next_day = f" ({_d(parts.get('from_next'))}) ({source})"
    if en:
        if parts.get("from_next"):
            text = f"{_years_en(n)} by the calendar from the day after {_after(parts, lang)}{next_day}"
        else:
            text = f"{_years_en(n)} by the calendar from {_after(parts, lang)} ({source})"
        same = "on the same day" if parts.get("same_day") else "on the last day of the month"
        text += f"; it ends {same}, {_years_en(n)} later: {nominal} ({term_source})"
        if parts.get("moved_to"):
            text += f"; it ends on a closed day and moves to {_d(parts['moved_to'])}"
        elif parts.get("closed"):
            day = dt.date.fromisoformat(parts["nominal"])
            reason = closed_reason_en(parts.get("jurisdiction", ""), day, parts["closed"])
            text += f"; it falls on a closed day ({reason}) and does not move: moving to the next business day is off"
        if parts.get("interrupted_by_any_step"):
            text += (
                "; any later step in the proceedings, by the court or at a party's request, interrupts the term "
                "(CGP art. 317 no. 2 lit. c)"
            )
        return text
    if parts.get("from_next"):
        text = f"{_years_es(n)} calendario desde el día siguiente a {_after(parts, lang)}{next_day}"
    else:
        text = f"{_years_es(n)} calendario desde {_after(parts, lang)} ({source})"
    same = "el mismo día" if parts.get("same_day") else "el último día del mes"
    text += f"; vence {same}, {n} {'año' if n == 1 else 'años'} después: {nominal} ({term_source})"
    if parts.get("moved_to"):
        text += f"; vence en día inhábil y se corre al {_d(parts['moved_to'])}"
    elif parts.get("closed"):
        text += (
            f"; cae en día inhábil ({parts['closed']}) y no se corre: "
            "la prórroga al día hábil siguiente está desactivada"
        )
    if parts.get("interrupted_by_any_step"):
        text += (
            "; cualquier actuación posterior del proceso, de oficio o a petición de parte, interrumpe el término "
            "(CGP art. 317 num. 2 lit. c)"
        )
    return text


def explain(parts: dict[str, Any], lang: str = "es") -> str:
    """A deadline's explanation from its parts, in Spanish ("es", the stored and CLI text) or English ("en").

    With `skipped` in the parts (see `explanation_parts`), the closed days passed over follow the rule:
    the first few by date and reason, then how many more.
    """
    text = _rule_text(parts, lang)
    skipped = parts.get("skipped") or []
    if skipped:
        if lang == "en":
            juris = parts.get("jurisdiction", "")
            shown = ", ".join(
                f"{_d(day)} ({closed_reason_en(juris, dt.date.fromisoformat(day), reason)})" for day, reason in skipped
            )
            more = int(parts.get("more", 0))
            text += f"; closed days skipped: {shown}" + (f" and {more} more" if more > 0 else "")
        else:
            shown = ", ".join(f"{_d(day)} ({reason})" for day, reason in skipped)
            more = int(parts.get("more", 0))
            text += f"; días no hábiles omitidos: {shown}" + (f" y {more} más" if more > 0 else "")
    return text


def explanation_parts(deadline: ComputedDeadline, shown: int = 8) -> dict[str, Any]:
    """What is stored beside a deadline to word its explanation in any language: its parts, plus the
    first `shown` closed days it skipped (ISO date, Spanish reason) and how many more there were."""
    parts = dict(deadline.parts)
    if deadline.skipped:
        parts["skipped"] = [[s.date.isoformat(), s.reason] for s in deadline.skipped[:shown]]
        if len(deadline.skipped) > shown:
            parts["more"] = len(deadline.skipped) - shown
    return parts


SHOWN_SKIPPED = 8  # closed days named in a stored explanation; the rest are counted


def parts_of(deadline: ComputedDeadline) -> dict[str, Any]:
    """What is stored in `Deadline.explanation_parts`: the explanation as data, wordable in any language."""
    return explanation_parts(deadline, SHOWN_SKIPPED)


def explanation(deadline: ComputedDeadline) -> str:
    """The stored explanation (`Deadline.explanation`): the rule in Spanish plus the closed days it skipped."""
    return explain(parts_of(deadline), "es")


def _computed(
    rule: DeadlineRule, term: TermResult, start: dt.date, parts: dict[str, Any], calendar: JudicialCalendar
) -> ComputedDeadline:
    """A deadline whose Spanish explanation is worded from its parts (one wording for every language)."""
    parts = {"v": 1, "jurisdiction": calendar.jurisdiction, "source": rule.source, **parts}
    return ComputedDeadline(rule, term.due, explain(parts, "es"), term.skipped, start, parts)


def _business(
    calendar: JudicialCalendar,
    rule: DeadlineRule,
    start: dt.date,
    n: int,
    after: str,
    after_date: dt.date | None = None,
    place: str | None = None,
) -> tuple[ComputedDeadline, TermResult]:
    """A business-day deadline counted from the day after `start`; `after` keys what it counts from."""
    term = calendar.add_business_days(start, n)
    parts: dict[str, Any] = {"kind": "business", "n": n, "after": after}
    if after_date is not None:
        parts["after_date"] = after_date.isoformat()
    if place is not None:
        parts["place"] = place
    return _computed(rule, term, start, parts, calendar), term


def year_term(calendar: JudicialCalendar, event: dt.date, years: int) -> TermResult:
    """`years` calendar years from `event`, or from the day after it when the desk so counts (art. 118).

    The due date keeps the day number of the day counted from (the last day of the month when that
    month is shorter: 29 February ends on 28 February) and moves off a closed day when set.
    """
    counted_from = event + dt.timedelta(days=1) if calendar.settings.calendar_terms_from_next_day else event
    return calendar.add_years(counted_from, years)


def _yearly(
    calendar: JudicialCalendar,
    rule: DeadlineRule,
    start: dt.date,
    n: int,
    after: str,
    extra: Mapping[str, Any] | None = None,
) -> ComputedDeadline:
    """A calendar-year deadline whose explanation names every counting rule it applied."""
    term = year_term(calendar, start, n)
    nominal = term.start + relativedelta(years=n)
    parts: dict[str, Any] = {
        **(extra or {}),
        "kind": "years",
        "n": n,
        "after": after,
        "nominal": nominal.isoformat(),
        "same_day": nominal.day == term.start.day,
        "term_source": calendar.term_source or rule.source,
    }
    if term.start != start:
        parts["from_next"] = term.start.isoformat()
    if term.skipped:
        parts["moved_to"] = term.due.isoformat()
    else:
        closed = calendar.closed_reason(nominal)
        if closed is not None:
            parts["closed"] = closed
    return _computed(rule, term, start, parts, calendar)


# What each recorded event is, as an *actuación* of the process (CGP art. 317: any of them interrupts the period).
ACTUACION_ES = {
    "DEBTOR_SERVED": M.ACT_DEBTOR_SERVED,
    "INADMISSION": M.ACT_INADMISSION,
    "LIQUIDATION_SERVED": M.ACT_LIQUIDATION_SERVED,
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": M.ACT_PAYMENT_ORDER_NOTIFIED,
    "EMAIL_SERVICE_SENT": M.ACT_EMAIL_SERVICE_SENT,
    "SUMMONS_291_SENT": M.ACT_SUMMONS_291_SENT,
    "NOTICE_292_DELIVERED": M.ACT_NOTICE_292_DELIVERED,
    "LAST_ACTION": M.ACT_LAST_ACTION,
}


def actuacion_es(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The Spanish name of a recorded event as an actuación; a generic one says what it was when told."""
    label = ACTUACION_ES.get(code, code)
    description = str((params or {}).get("description") or "").strip()
    return f"{label}: {description}" if description else label


def actuacion_text(code: str, params: Mapping[str, Any] | None = None) -> Text | str:
    """`actuacion_es` as a catalogue `Text` an interface words (the typed description stays as written)."""
    label: Text | str = Text(ACTUACION_ES[code]) if code in ACTUACION_ES else code
    description = str((params or {}).get("description") or "").strip()
    return Text(M.ACT_DESCRIBED, what=label, description=description) if description else label


def inactivity_deadline(
    calendar: JudicialCalendar, last_day: dt.date, years: int, what: str, *, after_judgment: bool = False
) -> ComputedDeadline:
    """The art. 317 num. 2 term from the last actuación of the process (`what`, on `last_day`).

    `years` is 1 in first instance, 2 once there is a judgment or an order to proceed (lit. b); the
    period ends like any other year term (art. 118) and any later actuación starts it again (lit. c).
    """
    if years < 1:
        raise DeadlineError(Text(M.DEADLINE_317_YEARS))
    rule = RULES["INACTIVITY_317"]
    if after_judgment:
        rule = DeadlineRule(rule.code, rule.label_es, rule.label_en, rule.source + " lit. b", rule.unit, rule.amount)
    extra = {"what": what, "after_date": last_day.isoformat(), "interrupted_by_any_step": True}
    deadline = _yearly(calendar, rule, last_day, years, "LAST_ACTION", extra)
    return ComputedDeadline(
        RULES["INACTIVITY_317"], deadline.due, deadline.explanation_es, deadline.skipped, last_day, deadline.parts
    )


def compute_deadlines(
    event_code: str, event_date: dt.date, calendar: JudicialCalendar, **params: Any
) -> list[ComputedDeadline]:
    """The deadlines an event triggers, in order; chained steps start where the previous one ends.

    Parameters: `place` for SUMMONS_291_SENT ('local', 'outside', 'abroad'; `event_date` is the
    day the summons was delivered at its destination); `inactivity_years` for LAST_ACTION
    (1 in first instance, 2 once there is a judgment or order to proceed, art. 317 lit. b);
    `receipt_on` for EMAIL_SERVICE_SENT: the day receipt or access was proven, from which the two
    days run instead of from sending (C-420 de 2020).
    """
    code = event_code.strip().upper()
    if code not in EVENTS:
        raise DeadlineError(Text(M.DEADLINE_EVENT_UNKNOWN, event=event_code, events=", ".join(sorted(EVENTS))))
    if not rules_apply(calendar):
        raise DeadlineError(not_configured(calendar.jurisdiction, calendar.data.get("name", calendar.jurisdiction)))
    after = code
    if code == "SUMMONS_291_SENT":
        place = str(params.get("place", "local"))
        if place not in SUMMONS_291_DAYS:
            raise DeadlineError(Text(M.DEADLINE_291_PLACE, place=place))
        rule = RULES["APPEAR_291"]
        deadline, _ = _business(calendar, rule, event_date, SUMMONS_291_DAYS[place], after, place=place)
        return [deadline]
    if code == "LAST_ACTION":
        years = int(params.get("inactivity_years", RULES["INACTIVITY_317"].amount))
        return [inactivity_deadline(calendar, event_date, years, actuacion_es(code, params))]
    if code == "PAYMENT_ORDER_NOTIFIED_CREDITOR":
        rule = RULES["SERVE_DEBTOR"]
        return [_yearly(calendar, rule, event_date, rule.amount, after)]
    if code == "EMAIL_SERVICE_SENT":
        receipt = params.get("receipt_on")
        if receipt is not None and receipt < event_date:
            raise DeadlineError(Text(M.DEADLINE_RECEIPT_BEFORE_SENT))
        counted_from = receipt or event_date
        served_rule = RULES["EMAIL_SERVED"]
        term = calendar.add_business_days(counted_from, 2)
        parts: dict[str, Any] = {"kind": "email_served", "n": 2, "receipt": receipt.isoformat() if receipt else None}
        served = _computed(served_rule, term, counted_from, parts, calendar)
        pay, _ = _business(calendar, RULES["PAY"], term.due, RULES["PAY"].amount, "EMAIL_SERVED", term.due)
        defences, _ = _business(
            calendar, RULES["DEFENCES"], term.due, RULES["DEFENCES"].amount, "EMAIL_SERVED", term.due
        )
        return [served, pay, defences]
    if code == "NOTICE_292_DELIVERED":
        term = calendar.add_business_days(event_date, 1)
        served = _computed(RULES["SERVED_292"], term, event_date, {"kind": "served_292", "n": 1}, calendar)
        copies, copies_term = _business(
            calendar, RULES["COPIES_91"], term.due, RULES["COPIES_91"].amount, "SERVED_292", term.due
        )
        # art. 91: the terms of the lawsuit (to pay, to defend) run once the 3 days to collect the copies end
        pay, _ = _business(calendar, RULES["PAY"], copies_term.due, RULES["PAY"].amount, "COPIES_91", copies_term.due)
        defences, _ = _business(
            calendar, RULES["DEFENCES"], copies_term.due, RULES["DEFENCES"].amount, "COPIES_91", copies_term.due
        )
        return [served, copies, pay, defences]
    return [_business(calendar, RULES[rc], event_date, RULES[rc].amount, after)[0] for rc in EVENTS[code]]


def deadline_status(due: dt.date, met_on: dt.date | None, today: dt.date) -> Status:
    """'met' when done on or before the due date, 'missed' when late or past due, else 'open'."""
    if met_on is not None:
        return "met" if met_on <= due else "missed"
    return "missed" if today > due else "open"
