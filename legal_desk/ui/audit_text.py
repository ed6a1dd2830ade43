"""The «Detail» of a history event in the interface language.

An audit event keeps its summary as a Spanish sentence: it is part of the hash chain and is never
rewritten. In another interface language the history shows a rendering built from the event's action
and the values it stored (`after`, `before`); an action not known here, or an event whose values do
not fit (written by an older version), shows its stored Spanish text, as the CLI does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from legal_desk.domain.deadlines import RULES
from legal_desk.domain.money import format_money
from legal_desk.domain.readiness import evidence_kind_label
from legal_desk.services.contacts import CHANNELS, OUTCOMES
from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS
from legal_desk.services.tracking import ASSET_TYPES, EMBARGO_STATUSES, HEARING_KINDS, HEARING_STATUSES, OFFER_STATUSES
from legal_desk.ui.i18n import current_language, stage_label
from legal_desk.ui.labels import domain_label

CONTEXT = "History"

Row = Mapping[str, Any]


def _t(template: str, **values: Any) -> str:
    """A Spanish template of the "History" context (worded as the services word the summary), translated."""
    return QCoreApplication.translate(CONTEXT, template).format(**{k: str(v) for k, v in values.items()})


def _day(value: Any) -> str:
    """An ISO date (or date-time) as the history writes it: DD/MM/AAAA."""
    return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")


def _money(row: Row, value: Any) -> str:
    """An amount the event stored (a decimal string) as the case's currency is written: «$ 2.500.000,00»."""
    return format_money(Decimal(str(value)), str(row.get("currency") or "COP"))


def _fields(after: Row) -> str:
    return ", ".join(after)


def _named(summary: str, after: Row, prefix: str) -> str:
    """The name between «Deudor » and «: campos» of an edit's summary."""
    tail = ": " + _fields(after)
    if not (summary.startswith(prefix) and summary.endswith(tail)):
        raise ValueError(summary)
    return summary[len(prefix) : -len(tail)]


def _stage_move(row: Row) -> str:
    before, after = row["before"], row["after"]
    text = _t(
        QT_TRANSLATE_NOOP("History", "{current} → {target}"),
        current=stage_label(before["stage"]),
        target=stage_label(after["stage"]),
    )
    return text + (f" ({after['reason']})" if after.get("reason") else "")


def _reopen(row: Row) -> str:
    before, after = row["before"], row["after"]
    return _t(
        QT_TRANSLATE_NOOP("History", "Reabierto: {current} → {target} ({reason})"),
        current=stage_label(before["stage"]),
        target=stage_label(after["stage"]),
        reason=after["reason"],
    )


def _party_update(row: Row) -> str:
    summary, after = row["summary"], row["after"]
    if summary.startswith("Deudor "):
        name = _named(summary, after, "Deudor ")
        return _t(QT_TRANSLATE_NOOP("History", "Deudor {name}: {fields}"), name=name, fields=_fields(after))
    name = _named(summary, after, "Codeudor ")
    return _t(QT_TRANSLATE_NOOP("History", "Codeudor {name}: {fields}"), name=name, fields=_fields(after))


def _offer_add(row: Row) -> str:
    after = row["after"]
    party = {"creditor": QT_TRANSLATE_NOOP("History", "acreedor"), "debtor": QT_TRANSLATE_NOOP("History", "deudor")}
    who = QCoreApplication.translate(CONTEXT, party[after["party"]])
    if row["summary"].startswith("Contrapropuesta"):
        template = QT_TRANSLATE_NOOP("History", "Contrapropuesta del {party}: {amount}")
    else:
        template = QT_TRANSLATE_NOOP("History", "Propuesta del {party}: {amount}")
    currency = after.get("currency")
    if currency is None:  # written before the summary named the currency and the terms
        return _t(template, party=who, amount=_money(row, after["amount"]))
    text = _t(template, party=who, amount=format_money(Decimal(after["amount"]), currency, with_code=True))
    if int(after["instalments"]) == 1:
        text += _t(QT_TRANSLATE_NOOP("History", " de contado"))
    else:
        text += _t(QT_TRANSLATE_NOOP("History", " en {n} cuotas"), n=after["instalments"])
    if after.get("expires_on"):
        text += _t(QT_TRANSLATE_NOOP("History", ", vence el {day}"), day=_day(after["expires_on"]))
    return text


def _notice_receipt(row: Row) -> str:
    after = row["after"]
    if after.get("delivered"):
        return _t(QT_TRANSLATE_NOOP("History", "Entregada el {day}"), day=_day(after["delivered"]))
    reason = row["summary"].partition(": ")[2]
    returned = after.get("returned")
    if not returned:
        return _t(QT_TRANSLATE_NOOP("History", "Devuelta: {reason}"), reason=reason)
    return _t(QT_TRANSLATE_NOOP("History", "Devuelta el {day}: {reason}"), day=_day(returned), reason=reason)


def _notice_add(row: Row) -> str:
    after = row["after"]
    text = _t(
        QT_TRANSLATE_NOOP("History", "{kind} enviada por {channel}"),
        kind=domain_label(NOTICE_KINDS[after["kind"]]),
        channel=domain_label(NOTICE_CHANNELS[after["channel"]]),
    )
    return text + (f" ({after['carrier']} {after.get('tracking')})" if after.get("carrier") else "")


def _event_add(row: Row) -> str:
    after = row["after"]
    due = "; ".join(
        _t(QT_TRANSLATE_NOOP("History", "{term} vence el {day}"), term=RULES[code].label_en, day=_day(day))
        for code, day in after["deadlines"].items()
    )
    return _t(
        QT_TRANSLATE_NOOP("History", "Evento {code} del {day}: {deadlines}"),
        code=after["code"],
        day=_day(after["date"]),
        deadlines=due,
    )


_DEADLINE_MET = re.compile(r"^(?P<label>.*): cumplido el (?P<met>[\d/]+)(?: \(tarde; vencía el (?P<due>[\d/]+)\))?$")


def _deadline_met(row: Row) -> str:
    found = _DEADLINE_MET.match(row["summary"])
    if found is None:
        raise ValueError(row["summary"])
    label = domain_label(found["label"])
    if found["due"]:
        return _t(
            QT_TRANSLATE_NOOP("History", "{term}: cumplido el {day} (tarde; vencía el {due})"),
            term=label,
            day=found["met"],
            due=found["due"],
        )
    return _t(QT_TRANSLATE_NOOP("History", "{term}: cumplido el {day}"), term=label, day=found["met"])


_VERSION = re.compile(r"^(?P<title>.*) \(versión (?P<n>\d+)\)$")


def _document(row: Row) -> str:
    found = _VERSION.match(row["summary"])
    if found is None:
        raise ValueError(row["summary"])
    return _t(QT_TRANSLATE_NOOP("History", "{title} (versión {n})"), title=found["title"], n=found["n"])


def _evidence_archive(row: Row) -> str:
    rest = row["summary"].removeprefix("Retirada ")
    if rest == row["summary"]:
        raise ValueError(rest)
    return _t(QT_TRANSLATE_NOOP("History", "Retirada {what}"), what=rest)


RENDER: dict[str, Callable[[Row], str]] = {
    "case.hand_over": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Entrega a jurídico de {ref}"), ref=r["after"]["account_ref"]
    ),
    "case.stage": _stage_move,
    "case.reopen": _reopen,
    "case.update": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Datos del expediente: {fields}"), fields=_fields(r["after"])
    ),
    "party.update": _party_update,
    "client.update": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Acreedor {name}: {fields}"),
        name=_named(r["summary"], r["after"], "Acreedor "),
        fields=_fields(r["after"]),
    ),
    "party.add": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Codeudor agregado: {name} ({id_type} {id_number})"),
        name=r["after"]["name"],
        id_type=r["after"]["id_type"],
        id_number=r["after"]["id_number"],
    ),
    "hearing.add": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "{kind} el {day} {time}"),
        kind=domain_label(HEARING_KINDS[r["after"]["kind"]]),
        day=_day(r["after"]["at"]),
        time=dt.datetime.fromisoformat(r["after"]["at"]).strftime("%H:%M"),
    ),
    "hearing.update": lambda r: (
        _t(  # postponed: the hearing is scheduled again on its new date
            QT_TRANSLATE_NOOP("History", "Audiencia aplazada al {day} {time}: {outcome}"),
            day=_day(r["after"]["at"]),
            time=dt.datetime.fromisoformat(r["after"]["at"]).strftime("%H:%M"),
            outcome=r["after"].get("outcome") or "",
        ).removesuffix(": ")
        if r["after"]["status"] == "scheduled" and (r.get("before") or {}).get("at") != r["after"]["at"]
        else _t(
            QT_TRANSLATE_NOOP("History", "Audiencia {status}: {outcome}"),
            status=domain_label(HEARING_STATUSES[r["after"]["status"]]).lower(),
            outcome=r["after"].get("outcome") or "",
        )
    ),
    "embargo.add": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Medida solicitada: {asset} — {description}"),
        asset=domain_label(ASSET_TYPES[r["after"]["asset_type"]]),
        description=str(r["after"]["description"]).strip(),
    ),
    "embargo.status": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Medida {status} el {day}"),
        status=domain_label(EMBARGO_STATUSES[r["after"]["status"]]).lower(),
        day=_day(r["after"]["on"]),
    ),
    "offer.add": _offer_add,
    "offer.close": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Propuesta {status}"),
        status=domain_label(OFFER_STATUSES[r["after"]["status"]]).lower(),
    ),
    "offer.expire": lambda r: _t(QT_TRANSLATE_NOOP("History", "Propuesta vencida")),
    "agreement.add": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Acuerdo de pago firmado el {day}: {n} cuotas, total {total}"),
        day=_day(r["after"]["signed_on"]),
        n=r["after"]["instalments"],
        total=_money(r, r["after"]["total"]),
    ),
    "agreement.status": lambda r: (
        _t(QT_TRANSLATE_NOOP("History", "Acuerdo incumplido"))
        if r["after"]["status"] == "broken"
        else _t(QT_TRANSLATE_NOOP("History", "Acuerdo cumplido"))
    ),
    "payment.add": lambda r: _t(
        QT_TRANSLATE_NOOP(
            "History", "Abono de {amount} el {day}: costas {costs}, intereses {interest}, capital {capital}"
        ),
        amount=_money(r, r["after"]["amount"]),
        day=_day(r["after"]["date"]),
        costs=_money(r, r["after"]["to_costs"]),
        interest=_money(r, r["after"]["to_interest"]),
        capital=_money(r, r["after"]["to_capital"]),
    ),
    "payment.reverse": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Abono de {amount} del {day} anulado: {reason}"),
        amount=_money(r, r["before"]["amount"]),
        day=_day(r["before"]["date"]),
        reason=r["after"]["reason"],
    ),
    "evidence.add": lambda r: (
        f"{domain_label(evidence_kind_label(r['after']['kind'], r.get('jurisdiction')))}: {r['after']['filename']}"
    ),
    "evidence.archive": _evidence_archive,
    "notice.add": _notice_add,
    "notice.receipt": _notice_receipt,
    "contact.add": lambda r: (
        domain_label(CHANNELS[r["after"]["channel"]])
        + ": "
        + domain_label(OUTCOMES.get(r["after"]["outcome"], r["after"]["outcome"]))
    ),
    "event.add": _event_add,
    "deadline.met": _deadline_met,
    "document.generate": _document,
    "packet.build": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Paquete de radicación: {pages} folios, {n} anexos"),
        pages=r["after"]["pages"],
        n=len(r["after"]["annexes"]),
    ),
    "case.import": lambda r: _t(
        QT_TRANSLATE_NOOP("History", "Importación de {file}: {accepted} expedientes, {rejected} filas rechazadas"),
        file=r["after"]["file"],
        accepted=r["after"]["accepted"],
        rejected=r["after"]["rejected"],
    ),
}
"""Known actions and how their «Detail» is worded in another language (the values come from the event)."""


def rendered_summary(row: Row) -> str | None:
    """The «Detail» worded from the event's action and values in the interface language; None when the
    action is not known here or its values do not fit (an older event)."""
    render = RENDER.get(str(row.get("action")))
    if render is None:
        return None
    try:
        return render(row)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


#: Actions whose stored Spanish summary earlier releases wrote with raw values («Abono de 2500000.00»,
#: «Propuesta del debtor», «Entregada el 2025-03-06», «Llamada: no_answer»): the Spanish history words
#: them from their values too, as today's releases store them.
REWORDED_IN_SPANISH = frozenset(
    {"payment.add", "payment.reverse", "offer.add", "agreement.add", "notice.receipt", "contact.add"}
)


def audit_summary(row: Row) -> str:
    """The «Detail» of a history row (`action`, `summary`, `before`, `after`; `currency` for its amounts)
    in the interface language."""
    summary = str(row.get("summary") or "")
    if current_language() == "es" and row.get("action") not in REWORDED_IN_SPANISH:
        return summary
    return rendered_summary(row) or summary  # else the stored Spanish text
