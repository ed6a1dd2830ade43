"""Limitation of the executive action (*prescripción*): the term, the date and the alerts (DOMAIN.md §6)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from legal_desk.domain.calendar import CalendarError, JudicialCalendar, jurisdiction_data

ALERT_THRESHOLDS = (30, 90, 180)

# Negotiable instruments (títulos valores) by jurisdiction: years and legal source.
_INSTRUMENT_TERMS: dict[str, dict[str, tuple[int, str]]] = {
    "CO": {
        "pagare": (3, "CCo arts. 711 y 789"),
        "letra": (3, "CCo art. 789"),
        "factura": (3, "CCo arts. 779 y 789"),
    },
    "AR": {
        "pagare": (3, "Decreto-ley 5965/63 arts. 96 y 103"),
        "letra": (3, "Decreto-ley 5965/63 art. 96"),
    },
    "MX": {
        "pagare": (3, "LGTOC arts. 165 y 174"),
        "letra": (3, "LGTOC art. 165"),
    },
    "ES": {
        "pagare": (3, "Ley 19/1985 Cambiaria y del Cheque art. 88"),
        "letra": (3, "Ley 19/1985 Cambiaria y del Cheque art. 88"),
    },
}
# The general term for any other executive title. Spain's is a setting: CC art. 1964.2 sets five
# years for personal actions without a special term since Ley 42/2015 (fifteen before it).
GENERAL_TERMS: dict[str, tuple[int, str]] = {
    "CO": (5, "CC art. 2536 (acción ejecutiva)"),
    "AR": (5, "CCyC art. 2560 (plazo genérico)"),
    "MX": (10, "Código de Comercio art. 1047 (prescripción ordinaria mercantil)"),
    "ES": (5, "CC art. 1964.2 (acciones personales; ajustable)"),
}
# Cheques prescribe in months, counted here from the recorded due date (the presentation): Colombia counts
# from the presentation (CCo art. 730); Argentina, Mexico and Spain from the end of the presentation period,
# which is later, so the date shown is the earliest the action can prescribe.
CHEQUE_TERMS: dict[str, tuple[int, str]] = {
    "CO": (6, "CCo art. 730"),
    "AR": (12, "Ley 24.452 art. 61"),
    "MX": (6, "LGTOC art. 192"),
    "ES": (6, "Ley 19/1985 Cambiaria y del Cheque art. 146"),
}
_ALIASES = {
    "pagare": "pagare",
    "letra": "letra",
    "letra de cambio": "letra",
    "factura": "factura",
    "factura electronica": "factura",
    "factura de venta": "factura",
}


class LimitationError(ValueError):
    """A limitation that cannot be computed; the message says why."""


def _key(text: str) -> str:
    """Lower-case, accent-free, single-spaced."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.lower().replace("_", " ").split())


def limitation_term(
    title_type: str, jurisdiction: str, *, general_years: int | None = None
) -> tuple[int, str]:
    """Years until the action prescribes and the source; `general_years` overrides the general term."""
    code = jurisdiction.strip().upper()
    if code not in GENERAL_TERMS:
        raise LimitationError(
            f"Jurisdicción desconocida «{jurisdiction}» para la prescripción; use CO, AR, MX o ES."
        )
    kind = _key(title_type)
    if kind == "cheque":
        months, source = CHEQUE_TERMS[code]
        raise LimitationError(
            f"La acción cambiaria del cheque prescribe en meses, no en años ({code}: {months} meses, {source})."
        )
    instrument = _INSTRUMENT_TERMS[code].get(_ALIASES.get(kind, kind))
    if instrument:
        return instrument
    years, source = GENERAL_TERMS[code]
    if general_years is not None:
        if general_years < 1:
            raise LimitationError("El plazo general de prescripción debe ser de al menos un año.")
        return general_years, f"{source}; ajustado a {general_years} años"
    return years, source


def limitation_date(
    title_type: str,
    due_date: dt.date,
    jurisdiction: str,
    calendar: JudicialCalendar | None = None,
    *,
    general_years: int | None = None,
) -> dt.date:
    """The day the action prescribes, counted from the due date; moved off a closed day when set (and the
    jurisdiction's law moves it). A cheque's term is in months (CHEQUE_TERMS)."""
    code = jurisdiction.strip().upper()
    if _key(title_type) == "cheque" and code in CHEQUE_TERMS:
        nominal = due_date + relativedelta(months=CHEQUE_TERMS[code][0])
    else:
        years, _ = limitation_term(title_type, jurisdiction, general_years=general_years)
        nominal = due_date + relativedelta(years=years)
    if calendar is not None and calendar.jurisdiction != jurisdiction.strip().upper():
        raise LimitationError(
            f"El calendario es de {calendar.jurisdiction} y la deuda de {jurisdiction.strip().upper()}."
        )
    if calendar is not None and calendar.settings.extend_to_business_day and moves_off_closed_day(jurisdiction):
        return calendar.next_business_day(nominal)
    return nominal


def moves_off_closed_day(jurisdiction: str) -> bool:
    """Whether the jurisdiction's law moves a limitation ending on a closed day to the next business day.

    Colombia (Ley 4 de 1913 art. 62, a setting) and Mexico (CCF art. 1180) do; Argentina (CCyC art. 6) and
    Spain (CC art. 5.2) count civil terms without excluding closed days, so the action prescribes on the
    nominal date whatever the setting says.
    """
    try:
        data = jurisdiction_data(jurisdiction).get("limitation_end") or {}
    except CalendarError:
        return True
    return bool(data.get("moves_off_closed_day", True))


def limitation_alert(limitation_date: dt.date, today: dt.date) -> int | None:
    """The alert threshold crossed (180, 90 or 30 days left), 0 once prescribed, None when far."""
    if today > limitation_date:
        return 0
    remaining = (limitation_date - today).days
    for threshold in ALERT_THRESHOLDS:
        if remaining <= threshold:
            return threshold
    return None


@dataclass(frozen=True)
class LimitationRule:
    """Why a case prescribes on its date, as parts a reader can put in their own language.

    `kind` is "cheque" (`months` from the due date under `source`, CHEQUE_TERMS), "years" (`years` from the
    due date under `source`) or "manual" (a date that matches no rule: set by hand). `moved_from` is the
    nominal date when it fell on a closed day and the term runs to the next business day.
    """

    kind: str
    years: int = 0
    source: str = ""
    moved_from: dt.date | None = None
    months: int = 0


def limitation_rule(
    title_type: str | None, due_date: dt.date | None, jurisdiction: str, limitation: dt.date | None
) -> LimitationRule | None:
    """Why the case prescribes on `limitation`; None when there is no date to explain."""
    if limitation is None or due_date is None:
        return None
    code = jurisdiction.strip().upper()
    if _key(title_type or "") == "cheque" and code in CHEQUE_TERMS:
        months, source = CHEQUE_TERMS[code]
        rule = LimitationRule("cheque", source=source, months=months)
        nominal = due_date + relativedelta(months=months)
    else:
        try:
            years, source = limitation_term(title_type or "", code)
        except LimitationError:
            return LimitationRule("manual")
        rule, nominal = LimitationRule("years", years, source), due_date + relativedelta(years=years)
    if limitation == nominal:
        return rule
    if nominal < limitation <= nominal + dt.timedelta(days=31):
        return replace(rule, moved_from=nominal)
    return LimitationRule("manual")


def limitation_rule_es(
    title_type: str | None, due_date: dt.date | None, jurisdiction: str, limitation: dt.date | None
) -> str:
    """Why the case prescribes on `limitation`: the term, its source and any move off a closed day (Spanish).

    Empty when there is no date to explain. A date that matches no rule was set by hand.
    """
    rule = limitation_rule(title_type, due_date, jurisdiction, limitation)
    if rule is None:
        return ""
    if rule.kind == "manual":
        return "fecha registrada a mano"
    if rule.kind == "cheque":
        text = f"{rule.months} meses desde la fecha de vencimiento registrada ({rule.source})"
    else:
        text = f"{rule.years} años desde el vencimiento ({rule.source})"
    if rule.moved_from is not None:
        return f"{text}; el {rule.moved_from:%d/%m/%Y} es inhábil y se corre al día hábil siguiente"
    return text


# ------------------------------------------------------------------ tolling by the filing (CGP art. 94)

#: Stages in which the debtor has been served with the payment order (the process went on past service).
SERVED_STAGES = frozenset(
    {"DEBTOR_SERVED", "DEFENCES_FILED", "HEARING_SCHEDULED", "ORDER_TO_PROCEED", "LIQUIDATION", "EXECUTION"}
)
#: Jurisdictions whose filing tolls the limitation under the art. 94 CGP condition the app models.
TOLLING_JURISDICTIONS = frozenset({"CO"})


@dataclass(frozen=True)
class FilingFacts:
    """What the art. 94 CGP tolling of a filed case depends on.

    `serve_by` is the last day of the art. 94 year (the «SERVE_DEBTOR» deadline, which starts when the
    creditor is notified of the payment order); `served_on` the day the debtor was served (that deadline's
    compliance); `served` says the case's stage is past service though no day was recorded.
    """

    filed_on: dt.date
    serve_by: dt.date | None = None
    served_on: dt.date | None = None
    served: bool = False


@dataclass(frozen=True)
class Tolling:
    """How the filing stands against the limitation date (CGP art. 94).

    `state`: "none" (not filed, or no art. 94 rule), "late_filing" (filed after the limitation date),
    "pending" (filed in time, the debtor not yet served and the art. 94 year not run out; `serve_by` is
    None while the year has not started), "served" (served within the year, or the stage says so: the
    filing interrupted it), "served_late" (served after the year but before the limitation date: the
    service interrupted it, on `served_on`), "lapsed" (the year ran out without service, or the late
    service came after the limitation date: the filing did not interrupt it).
    """

    state: str
    filed_on: dt.date | None = None
    serve_by: dt.date | None = None
    served_on: dt.date | None = None

    @property
    def alerts(self) -> bool:
        """Whether the limitation date still alerts (it does unless the filing or the service interrupted it)."""
        return self.state in ("none", "late_filing", "lapsed")


NOT_TOLLED = Tolling("none")


def filing_tolling(limitation: dt.date | None, facts: FilingFacts | None, today: dt.date) -> Tolling:
    """Whether presenting the lawsuit interrupted the limitation (CGP art. 94), as of `today`.

    The filing interrupts it provided the debtor is served with the payment order within one year from
    the day after the creditor is notified of that order; otherwise only the service interrupts it.
    """
    if limitation is None or facts is None:
        return NOT_TOLLED
    filed, serve_by, served_on = facts.filed_on, facts.serve_by, facts.served_on
    if filed > limitation:
        return Tolling("late_filing", filed, serve_by, served_on)
    if served_on is not None:
        if serve_by is None or served_on <= serve_by:
            return Tolling("served", filed, serve_by, served_on)
        state = "served_late" if served_on <= limitation else "lapsed"
        return Tolling(state, filed, serve_by, served_on)
    if facts.served:
        return Tolling("served", filed, serve_by)
    if serve_by is not None and today > serve_by:
        return Tolling("lapsed", filed, serve_by)
    return Tolling("pending", filed, serve_by)


def filing_tolling_es(t: Tolling) -> str:
    """The tolling state in Spanish (empty when the filing plays no part); `ui.labels` words it per language."""
    filed = f"{t.filed_on:%d/%m/%Y}" if t.filed_on else ""
    if t.state == "late_filing":
        return f"Demanda radicada el {filed}, después de la fecha de prescripción: no la interrumpió"
    if t.state == "pending" and t.serve_by is not None:
        return (
            f"Interrumpida por la demanda radicada el {filed} (art. 94 CGP), sujeta a notificar al deudor "
            f"a más tardar el {t.serve_by:%d/%m/%Y}"
        )
    if t.state == "pending":
        return (
            f"Interrumpida por la demanda radicada el {filed} (art. 94 CGP), sujeta a notificar al deudor "
            "dentro del año siguiente a la notificación por estado del mandamiento de pago"
        )
    if t.state == "served" and t.served_on is not None:
        served = f"{t.served_on:%d/%m/%Y}"
        return f"Interrumpida por la demanda radicada el {filed} (art. 94 CGP); deudor notificado el {served}"
    if t.state == "served":
        return f"Interrumpida por la demanda radicada el {filed} (art. 94 CGP); deudor notificado"
    if t.state == "served_late":
        return (
            f"Interrumpida el {t.served_on:%d/%m/%Y} con la notificación al deudor: no se notificó dentro del año "
            f"del art. 94 CGP (vencía el {t.serve_by:%d/%m/%Y})"
        )
    if t.state == "lapsed":
        return (
            f"La demanda radicada el {filed} no la interrumpió: no se notificó dentro del año del art. 94 CGP "
            f"(vencía el {t.serve_by:%d/%m/%Y})"
        )
    return ""
