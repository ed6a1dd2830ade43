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

from legal_desk.domain.calendar import JudicialCalendar, SkippedDay, TermResult

Unit = Literal["business_days", "months", "years", "special"]
Status = Literal["open", "met", "missed", "closed"]  # closed: the case closed while it ran


class DeadlineError(ValueError):
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
    """A due date produced by a rule, with a Spanish explanation and the closed days it skipped."""

    rule: DeadlineRule
    due: dt.date
    explanation_es: str
    skipped: list[SkippedDay] = field(default_factory=list)
    start: dt.date | None = None


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

_EVENT_ES = {
    "DEBTOR_SERVED": "la notificación",
    "INADMISSION": "la notificación del auto inadmisorio",
    "LIQUIDATION_SERVED": "la notificación del traslado de la liquidación",
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": "la notificación por estado del mandamiento de pago al demandante",
    "EMAIL_SERVICE_SENT": "el envío del mensaje de datos",
    "SUMMONS_291_SENT": "la entrega de la citación en el lugar de destino",
    "NOTICE_292_DELIVERED": "la entrega del aviso",
    "LAST_ACTION": "la última actuación",
}


def rules_apply(calendar: JudicialCalendar) -> bool:
    """True when the jurisdiction's data names the procedural code these rules come from (CO: CGP).

    Every rule above is Colombian (CGP, Ley 2213); DOMAIN.md gives no procedural terms for Argentina,
    Mexico or Spain, so their cases get no computed deadline rather than a Colombian one.
    """
    return calendar.data.get("procedural_rules") == "CGP"


def not_configured_es(jurisdiction: str, name: str) -> str:
    """Why no deadline is computed for a jurisdiction without procedural rules, and what to do instead."""
    return (
        f"Los términos procesales que calcula el programa son los del Código General del Proceso de Colombia; "
        f"para {name} ({jurisdiction}) no hay reglas configuradas. Cuente el plazo con el calendario judicial "
        f"de {jurisdiction} (Términos y tasas → Calendario judicial → Calculadora de términos, o «legal-desk "
        f"calendar add-days --jurisdiction {jurisdiction}»)."
    )


def _days_es(n: int) -> str:
    """`1 día hábil` / `N días hábiles`."""
    return f"{n} día hábil" if n == 1 else f"{n} días hábiles"


def _years_es(n: int) -> str:
    """`1 año` / `N años`."""
    return f"{n} año" if n == 1 else f"{n} años"


def _business(
    calendar: JudicialCalendar,
    rule: DeadlineRule,
    start: dt.date,
    n: int,
    after: str,
    extra: str = "",
) -> tuple[ComputedDeadline, TermResult]:
    """A business-day deadline counted from the day after `start`."""
    term = calendar.add_business_days(start, n)
    text = f"{_days_es(n)} desde el día siguiente a {after}{extra} ({rule.source})".replace(" a el ", " al ")
    return ComputedDeadline(rule, term.due, text, term.skipped, start), term


def year_term(calendar: JudicialCalendar, event: dt.date, years: int) -> TermResult:
    """`years` calendar years from `event`, or from the day after it when the desk so counts (art. 118).

    The due date keeps the day number of the day counted from (the last day of the month when that
    month is shorter: 29 February ends on 28 February) and moves off a closed day when set.
    """
    counted_from = event + dt.timedelta(days=1) if calendar.settings.calendar_terms_from_next_day else event
    return calendar.add_years(counted_from, years)


def _yearly(calendar: JudicialCalendar, rule: DeadlineRule, start: dt.date, n: int, after: str) -> ComputedDeadline:
    """A calendar-year deadline whose explanation names every counting rule it applied."""
    term = year_term(calendar, start, n)
    nominal = term.start + relativedelta(years=n)
    source = calendar.term_source or rule.source
    if term.start != start:
        text = f"{_years_es(n)} calendario desde el día siguiente a {after} ({term.start:%d/%m/%Y}) ({rule.source})"
    else:
        text = f"{_years_es(n)} calendario desde {after} ({rule.source})"
    same = "el mismo día" if nominal.day == term.start.day else "el último día del mes"
    text += f"; vence {same}, {n} {'año' if n == 1 else 'años'} después: {nominal:%d/%m/%Y} ({source})"
    if term.skipped:
        text += f"; vence en día inhábil y se corre al {term.due:%d/%m/%Y}"
    else:
        closed = calendar.closed_reason(nominal)
        if closed is not None:
            text += (
                f"; cae en día inhábil ({closed}) y no se corre: la prórroga al día hábil siguiente está desactivada"
            )
    return ComputedDeadline(rule, term.due, text, term.skipped, start)


# What each recorded event is, as an *actuación* of the process (CGP art. 317: any of them interrupts the period).
ACTUACION_ES = {
    "DEBTOR_SERVED": "Notificación personal del mandamiento de pago al deudor",
    "INADMISSION": "Auto inadmisorio de la demanda",
    "LIQUIDATION_SERVED": "Traslado de la liquidación del crédito",
    "PAYMENT_ORDER_NOTIFIED_CREDITOR": "Mandamiento de pago notificado por estado",
    "EMAIL_SERVICE_SENT": "Notificación electrónica enviada (Ley 2213 art. 8)",
    "SUMMONS_291_SENT": "Citación para notificación personal entregada (art. 291)",
    "NOTICE_292_DELIVERED": "Aviso de notificación entregado (art. 292)",
    "LAST_ACTION": "Actuación del proceso",
}


def actuacion_es(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The Spanish name of a recorded event as an actuación; a generic one says what it was when told."""
    label = ACTUACION_ES.get(code, code)
    description = str((params or {}).get("description") or "").strip()
    return f"{label}: {description}" if description else label


def inactivity_deadline(
    calendar: JudicialCalendar, last_day: dt.date, years: int, what: str, *, after_judgment: bool = False
) -> ComputedDeadline:
    """The art. 317 num. 2 term from the last actuación of the process (`what`, on `last_day`).

    `years` is 1 in first instance, 2 once there is a judgment or an order to proceed (lit. b); the
    period ends like any other year term (art. 118) and any later actuación starts it again (lit. c).
    """
    if years < 1:
        raise DeadlineError("El plazo de inactividad del art. 317 debe ser de al menos un año.")
    rule = RULES["INACTIVITY_317"]
    if after_judgment:
        rule = DeadlineRule(rule.code, rule.label_es, rule.label_en, rule.source + " lit. b", rule.unit, rule.amount)
    deadline = _yearly(calendar, rule, last_day, years, f"la última actuación ({what}, {last_day:%d/%m/%Y})")
    text = (
        deadline.explanation_es
        + "; cualquier actuación posterior del proceso, de oficio o a petición de parte, interrumpe el término "
        "(CGP art. 317 num. 2 lit. c)"
    )
    return ComputedDeadline(RULES["INACTIVITY_317"], deadline.due, text, deadline.skipped, last_day)


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
        raise DeadlineError(f"Evento desconocido «{event_code}»; los eventos son: {', '.join(sorted(EVENTS))}.")
    if not rules_apply(calendar):
        raise DeadlineError(not_configured_es(calendar.jurisdiction, calendar.data.get("name", calendar.jurisdiction)))
    after = _EVENT_ES[code]
    if code == "SUMMONS_291_SENT":
        place = str(params.get("place", "local"))
        if place not in SUMMONS_291_DAYS:
            raise DeadlineError(
                f"Lugar «{place}» no válido para la citación del art. 291: use local, outside o abroad."
            )
        rule = RULES["APPEAR_291"]
        deadline, _ = _business(calendar, rule, event_date, SUMMONS_291_DAYS[place], after, f", {_PLACE_ES[place]}")
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
            raise DeadlineError("El acuse de recibo no puede ser anterior al envío del mensaje.")
        counted_from = receipt or event_date
        served, term = _business(calendar, RULES["EMAIL_SERVED"], counted_from, 2, after)
        if receipt is None:
            text = (
                f"se entiende notificado al cabo de {_days_es(2)} siguientes al envío del mensaje "
                f"({served.rule.source}); si el acuse de recibo o el acceso se prueban después, el "
                "término corre desde entonces (Corte Constitucional C-420 de 2020)"
            )
        else:
            text = (
                f"se entiende notificado al cabo de {_days_es(2)} siguientes al acuse de recibo del "
                f"{receipt:%d/%m/%Y} ({served.rule.source}; Corte Constitucional C-420 de 2020)"
            )
        served = ComputedDeadline(served.rule, served.due, text, served.skipped, counted_from)
        after_service = f"la notificación electrónica ({term.due:%d/%m/%Y})"
        pay, _ = _business(calendar, RULES["PAY"], term.due, RULES["PAY"].amount, after_service)
        defences, _ = _business(calendar, RULES["DEFENCES"], term.due, RULES["DEFENCES"].amount, after_service)
        return [served, pay, defences]
    if code == "NOTICE_292_DELIVERED":
        served, term = _business(calendar, RULES["SERVED_292"], event_date, 1, after)
        served = ComputedDeadline(
            served.rule,
            served.due,
            f"la notificación se entiende surtida al finalizar el día siguiente a la entrega del aviso "
            f"({served.rule.source})",
            served.skipped,
            event_date,
        )
        copies, copies_term = _business(
            calendar,
            RULES["COPIES_91"],
            term.due,
            RULES["COPIES_91"].amount,
            f"la notificación por aviso ({term.due:%d/%m/%Y})",
        )
        # art. 91: the terms of the lawsuit (to pay, to defend) run once the 3 days to collect the copies end
        after_copies = f"el vencimiento del término para retirar copias ({copies_term.due:%d/%m/%Y})"
        pay, _ = _business(calendar, RULES["PAY"], copies_term.due, RULES["PAY"].amount, after_copies)
        defences, _ = _business(calendar, RULES["DEFENCES"], copies_term.due, RULES["DEFENCES"].amount, after_copies)
        return [served, copies, pay, defences]
    return [_business(calendar, RULES[rc], event_date, RULES[rc].amount, after)[0] for rc in EVENTS[code]]


_SHOWN_SKIPPED = 8


def explanation(deadline: ComputedDeadline) -> str:
    """The stored explanation: the rule in Spanish plus the closed days it skipped."""
    text = deadline.explanation_es
    if deadline.skipped:
        shown = ", ".join(f"{s.date:%d/%m/%Y} ({s.reason})" for s in deadline.skipped[:_SHOWN_SKIPPED])
        more = len(deadline.skipped) - _SHOWN_SKIPPED
        text += f"; días no hábiles omitidos: {shown}" + (f" y {more} más" if more > 0 else "")
    return text


def deadline_status(due: dt.date, met_on: dt.date | None, today: dt.date) -> Status:
    """'met' when done on or before the due date, 'missed' when late or past due, else 'open'."""
    if met_on is not None:
        return "met" if met_on <= due else "missed"
    return "missed" if today > due else "open"
