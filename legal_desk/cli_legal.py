"""Legal commands of the CLI: calendars, deadlines, rates, payments, liquidation, agenda, limitation (CLI.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from legal_desk.cli import EXIT_OK, EXIT_REFUSED, CliError, Ctx, date_arg, writable_output
from legal_desk.domain.money import format_money


def _user_id(ctx: Ctx, username: str | None) -> int | None:
    """The id of the lawyer named with --lawyer, or None."""
    if not username:
        return None
    from legal_desk.services.users import actor_for

    return actor_for(ctx.desk, username).user_id


def _calendar_add_days(ctx: Ctx) -> None:
    from legal_desk.services.calendars import add_days

    a = ctx.args
    res = add_days(ctx.desk, a.jurisdiction, a.start, a.days, court=a.court)

    def human() -> str:
        lines = [
            f"{a.days} días hábiles desde el {a.start:%d/%m/%Y} ({res['jurisdiction']}): vence el {res['due']:%d/%m/%Y}"
        ]
        if res["takes_effect"] is not None:  # MX: the notice takes effect first (CCom art. 1075)
            lines.append(f"  {res['rule']}")
        lines += [f"  omitido {s['date']:%d/%m/%Y}: {s['reason']}" for s in res["skipped"]]
        return "\n".join(lines)

    ctx.out.done(res, human)


def _closure_add(ctx: Ctx) -> None:
    from legal_desk.services.calendars import add_closure

    a = ctx.args
    info = add_closure(
        ctx.desk,
        ctx.actor,
        a.jurisdiction,
        a.start,
        a.end,
        a.reason,
        court=a.court,
        city=a.city,
        reopen=a.reopen,
        progress=ctx.out.progress("Recalculando términos"),
    )
    ctx.out.done(
        info.to_json(),
        f"{'Reapertura' if info.reopen else 'Cierre'} {info.closure_id} registrado "
        f"({info.start:%d/%m/%Y}–{info.end:%d/%m/%Y}); {info.changed} términos recalculados",
    )


def _closure_list(ctx: Ctx) -> None:
    from legal_desk.services.calendars import list_closures

    rows = list_closures(ctx.desk, ctx.args.jurisdiction)

    def human() -> str:
        lines = [
            f"{c.closure_id:>5}  {c.jurisdiction}  {c.start:%d/%m/%Y}–{c.end:%d/%m/%Y}  "
            f"{'reapertura' if c.reopen else 'cierre'}  {c.court or c.city or 'toda la jurisdicción'}: {c.reason}"
            for c in rows
        ]
        return "\n".join([*lines, f"{len(rows)} cierres"])

    ctx.out.done([c.to_json() for c in rows], human)


def _closure_remove(ctx: Ctx) -> None:
    from legal_desk.services.calendars import remove_closure

    changed = remove_closure(ctx.desk, ctx.actor, ctx.args.closure, progress=ctx.out.progress("Recalculando términos"))
    ctx.out.done(
        {"closure_id": ctx.args.closure, "removed": True, "changed": changed},
        f"Cierre {ctx.args.closure} eliminado; {changed} términos recalculados",
    )


def _hearing_moment(day: dt.date, time: str) -> dt.datetime:
    """A hearing's date and `--time HH:MM` (court time) as one moment."""
    try:
        hh, mm = (int(x) for x in time.strip().split(":"))
        return dt.datetime.combine(day, dt.time(hh, mm))
    except ValueError:
        raise CliError(f"Hora «{time}» no válida (use HH:MM, p. ej. 09:30)") from None


def _hearing_add(ctx: Ctx) -> None:
    from legal_desk.services.tracking import HEARING_KINDS, schedule_hearing

    a = ctx.args
    at = _hearing_moment(a.date, a.time)
    hearing_id = schedule_hearing(
        ctx.desk,
        ctx.actor,
        a.case,
        kind=a.kind,
        at=at,
        place=a.place,
        link=a.link,
        lawyer_id=_user_id(ctx, a.lawyer),
        confirm=a.confirm,
    )
    ctx.out.done(
        {"hearing_id": hearing_id, "case": a.case, "kind": a.kind, "at": at.isoformat(timespec="minutes")},
        f"Audiencia {hearing_id} registrada: {HEARING_KINDS[a.kind]} el {at:%d/%m/%Y} a las {at:%H:%M}",
    )


def _hearing_outcome(ctx: Ctx) -> None:
    from legal_desk.services.tracking import HEARING_STATUSES, record_hearing_outcome

    a = ctx.args
    new_at = None
    if a.status != "postponed" and (a.new_date is not None or a.new_time is not None):
        raise CliError("--new-date y --new-time son la nueva fecha de una audiencia aplazada (--status postponed)")
    if a.status == "postponed":
        if a.new_date is None or a.new_time is None:
            raise CliError(
                "Para aplazar indique la nueva fecha y la nueva hora: --new-date AAAA-MM-DD --new-time HH:MM"
            )
        new_at = _hearing_moment(a.new_date, a.new_time)
    record_hearing_outcome(
        ctx.desk, ctx.actor, a.hearing, status=a.status, outcome=a.outcome or "", new_at=new_at, confirm=a.confirm
    )
    moved = f"; nueva fecha {new_at:%d/%m/%Y} a las {new_at:%H:%M}" if new_at is not None else ""
    ctx.out.done(
        {
            "hearing_id": a.hearing,
            "status": "scheduled" if new_at is not None else a.status,
            "at": new_at.isoformat(timespec="minutes") if new_at is not None else None,
        },
        f"Audiencia {a.hearing}: {HEARING_STATUSES.get(a.status, a.status).lower()}{moved}",
    )


def _payment_add(ctx: Ctx) -> None:
    from legal_desk.services.payments import add_payment

    a = ctx.args
    res = add_payment(ctx.desk, ctx.actor, a.case, a.date, a.amount, reference=a.reference)

    def human() -> str:
        lines = [
            f"Abono {res.payment_id} de {format_money(res.amount, res.currency)} el {res.date:%d/%m/%Y} aplicado así:",
            f"  costas:    {format_money(res.to_costs, res.currency)}",
            f"  intereses: {format_money(res.to_interest, res.currency)}",
            f"  capital:   {format_money(res.to_capital, res.currency)}",
            f"Total recaudado en el expediente: {format_money(res.recovered, res.currency)}",
        ]
        if res.agreement_id:
            state = "cumplido" if res.agreement_status == "kept" else "vigente"
            lines.append(f"Acuerdo de pago {res.agreement_id}: {res.instalments_paid} cuota(s) pagada(s); {state}")
        lines += [f"¡Atención! {w}" for w in res.warnings]
        return "\n".join(lines)

    ctx.out.done(res.to_json(), human)


def _payment_reverse(ctx: Ctx) -> None:
    from legal_desk.services.payments import reverse_payment

    a = ctx.args
    res = reverse_payment(ctx.desk, ctx.actor, a.payment, reason=a.reason)

    def human() -> str:
        lines = [
            f"Abono {res.payment_id} de {format_money(res.amount, res.currency)} del {res.date:%d/%m/%Y} anulado "
            f"({res.reason}); los abonos posteriores se aplicaron de nuevo",
            f"Total recaudado en el expediente: {format_money(res.recovered, res.currency)}",
        ]
        if res.agreement_id:
            state = {"active": "vigente", "kept": "cumplido", "broken": "incumplido"}.get(
                res.agreement_status or "", res.agreement_status or ""
            )
            lines.append(f"Acuerdo de pago {res.agreement_id}: sus cuotas se recalcularon; {state}")
        return "\n".join(lines)

    ctx.out.done(res.to_json(), human)


def _rates_import(ctx: Ctx) -> int:
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.services.rates import import_rates

    a = ctx.args
    try:
        info = import_rates(ctx.desk, ctx.actor, Path(a.file), jurisdiction=a.jurisdiction)
    except ValidationFailed as exc:
        if not exc.errors:
            raise
        errors = [{"line": line, "column": col, "message": msg} for line, col, msg in exc.errors]

        def refused() -> str:
            lines = [f"Tabla de tasas rechazada: {len(errors)} error(es); no se importó nada."]
            lines += [
                f"  línea {e['line']}, {e['column'] or '—'}: {e['message']}" if e["line"] else f"  {e['message']}"
                for e in errors
            ]
            return "\n".join(lines)

        import sys

        if ctx.out.json:
            detail = exc.message[:1].lower() + exc.message[1:]  # «rechazada: la tabla…», mid-sentence
            print(f"legal-desk: Tabla de tasas rechazada: {detail}", file=sys.stderr)
            ctx.out.done(
                {"error": {"code": exc.code, "message": exc.message}, "imported": False, "errors": errors}, refused
            )
        else:
            print(refused(), file=sys.stderr)
        return EXIT_REFUSED
    human = (
        f"Tabla de tasas {info.jurisdiction} importada (versión {info.version_id}): {info.periods} "
        f"{'período' if info.periods == 1 else 'períodos'}, "
        f"{info.first_day:%d/%m/%Y}–{info.last_day:%d/%m/%Y}"
    )
    if info.not_reapplied:
        human += "\n" + _not_reapplied_es(info.not_reapplied)
    ctx.out.done({**info.to_json(), "imported": True}, human)
    return EXIT_OK


def _not_reapplied_es(refs: Sequence[str]) -> str:
    """The import's warning: cases with payments the new table cannot liquidate (first 10 named)."""
    shown = ", ".join(refs[:10]) + (f" y {len(refs) - 10} más" if len(refs) > 10 else "")
    return (
        f"¡Atención! La tabla no cubre todos los días que liquidan {len(refs)} expediente(s) con abonos ({shown}): "
        "sus abonos conservan la imputación anterior y su liquidación indica el día que falta."
    )


def _rate_es(rate: Decimal) -> str:
    """A rate as the table gave it, with a decimal comma and at least two decimals: `27,39`, `27,395`."""
    text = f"{rate:f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0").ljust(2, "0")
    return f"{whole},{frac}"


def _liquidation(ctx: Ctx) -> None:
    from legal_desk.domain.interest import EFFECTIVE
    from legal_desk.services.payments import liquidation

    liq = liquidation(ctx.desk, ctx.actor, ctx.args.case, ctx.args.as_of)

    def money(value: Decimal) -> str:
        return format_money(value, liq.currency)

    def human() -> str:
        kind = "EA" if liq.rate_kind == EFFECTIVE else "nominal anual"
        lines = [f"Liquidación del crédito al {liq.as_of:%d/%m/%Y} (vencimiento {liq.due_date:%d/%m/%Y})"]
        if liq.rate_kind != EFFECTIVE:
            lines.append("  Interés simple: capital × tasa nominal anual × días / base de días.")
        lines += [
            f"  {s.start:%d/%m/%Y}–{s.end:%d/%m/%Y} {s.days:>4} {'día ' if s.days == 1 else 'días'}  "
            f"{_rate_es(s.annual_rate)} % {kind}  sobre {money(s.capital_base)}: {money(s.interest)}"
            for s in liq.stretches
        ]
        lines += [
            f"Capital:   {format_money(liq.capital_outstanding, liq.currency)}",
            f"Intereses: {format_money(liq.interest_unpaid, liq.currency)}",
            f"Costas:    {format_money(liq.costs_outstanding, liq.currency)}",
            f"Abonos:    {format_money(liq.payments_total, liq.currency)}",
            f"TOTAL:     {format_money(liq.total, liq.currency)}",
        ]
        lines += [f"¡Atención! {w}" for w in liq.warnings]
        return "\n".join(lines)

    ctx.out.done(liq.to_json(), human)


def _agenda(ctx: Ctx) -> None:
    from legal_desk.services.agenda import agenda, export_ics

    a = ctx.args
    start = a.start or dt.date.today()
    end = a.end or start + dt.timedelta(days=30)
    user_id = _user_id(ctx, a.lawyer)
    if a.ics:
        if user_id is not None:
            raise CliError("--lawyer no se combina con --ics: el archivo exporta su propia agenda")
        res = export_ics(ctx.desk, ctx.actor, start, end, writable_output(Path(a.ics)))
        ctx.out.done(
            res,
            f"Agenda exportada a {res['path']}: {res['hearings']} audiencias y {res['deadlines']} vencimientos"
            + (f"; {res['conflicts']} con cruce de horario" if res["conflicts"] else ""),
        )
        return
    entries = agenda(ctx.desk, ctx.actor, start, end, user_id=user_id)

    def human() -> str:
        lines = []
        for e in entries:
            when = f"{e.start:%d/%m/%Y %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%d/%m/%Y}      "
            flag = " ¡CRUCE!" if e.conflict else ""
            lines.append(f"{when}  {e.title}{flag}" + (f" — {e.location}" if e.location else ""))
        return "\n".join([*lines, f"{len(entries)} entradas del {start:%d/%m/%Y} al {end:%d/%m/%Y}"])

    ctx.out.done([e.to_json() for e in entries], human)


def _deadlines_event(ctx: Ctx) -> None:
    from legal_desk.services.deadlines import record_event

    a = ctx.args
    params: dict[str, Any] = {}
    if a.place:
        params["place"] = a.place
    if a.receipt_on:
        params["receipt_on"] = a.receipt_on
    if a.description:
        params["description"] = a.description
    info = record_event(ctx.desk, ctx.actor, a.case, a.code, a.date, **params)

    def human() -> str:
        lines = [f"Evento {info.code} del {info.date:%d/%m/%Y} registrado en el expediente {info.case_id}:"]
        lines += [f"  {d.label}: vence el {d.due:%d/%m/%Y} — {d.explanation}" for d in info.deadlines]
        return "\n".join(lines)

    ctx.out.done(info.to_json(), human)


def _deadlines_recompute(ctx: Ctx) -> None:
    from legal_desk.services.deadlines import recompute_all

    changed = recompute_all(
        ctx.desk, ctx.actor, ctx.args.jurisdiction, progress=ctx.out.progress("Recalculando términos")
    )
    ctx.out.done({"jurisdiction": ctx.args.jurisdiction, "changed": changed}, f"{changed} términos abiertos cambiaron")


def _deadlines_list(ctx: Ctx) -> None:
    from legal_desk.services.deadlines import list_deadlines

    a = ctx.args
    start = a.start or dt.date.today()
    end = a.end or start + dt.timedelta(days=30)
    rows = list_deadlines(
        ctx.desk, ctx.actor, start, end, _user_id(ctx, a.lawyer), status=a.status, today=a.today or dt.date.today()
    )

    def state(d: Any) -> str:
        if d.status == "missed":
            return f"cumplido tarde el {d.met_on:%d/%m/%Y}" if d.met_on else "vencido sin cumplir"
        return f"cumplido el {d.met_on:%d/%m/%Y}" if d.status == "met" and d.met_on else "pendiente"

    def human() -> str:
        lines = [f"{d.due:%d/%m/%Y}  {d.account_ref:<16} {d.label} ({state(d)})" for d in rows]
        return "\n".join([*lines, f"{len(rows)} términos"])

    ctx.out.done([d.to_json() for d in rows], human)


def _limitation_watch(ctx: Ctx) -> None:
    from legal_desk.services.agenda import limitation_watch

    a = ctx.args
    if a.days < 0:
        raise CliError("--days no puede ser negativo")
    today = a.today or dt.date.today()
    rows = limitation_watch(ctx.desk, ctx.actor, today, a.days, user_id=_user_id(ctx, a.lawyer))

    def human() -> str:
        lines = []
        for r in rows:
            state = "PRESCRITO" if r.alert == 0 else f"{r.days_left} día" + ("" if r.days_left == 1 else "s")
            line = f"{r.limitation_date:%d/%m/%Y}  {state:>10}  {r.account_ref:<16} {r.debtor}"
            lines.append(f"{line} — {r.note}" if r.note else line)
        days = f"{a.days} día" + ("" if a.days == 1 else "s")
        if len(rows) == 1:
            total = f"1 expediente prescribe en {days} o ya prescribió"
        else:
            total = f"{len(rows)} expedientes prescriben en {days} o ya prescribieron"
        return "\n".join([*lines, total])

    ctx.out.done([r.to_json() for r in rows], human)


def _legal_data_report(ctx: Ctx, message: str | None = None) -> None:
    from legal_desk.services import legal_data

    wages = legal_data.wage_rows(ctx.desk)
    cities = legal_data.city_rows(ctx.desk)
    origin = {"firm": "del despacho", "packaged": "del programa"}

    def human() -> str:
        lines = [message] if message else []
        lines.append("Salario mínimo legal mensual vigente (SMLMV), CGP art. 25:")
        for w in wages:
            over = (
                f" (el programa trae {format_money(w.packaged, 'COP')})"
                if w.source == "firm" and w.packaged is not None
                else ""
            )
            lines.append(f"  {w.year}  {format_money(w.amount, 'COP'):>18}  {origin[w.source]}{over}")
        lines.append("Ciudades con Juzgados de Pequeñas Causas y Competencia Múltiple (CGP art. 17 parágrafo):")
        for c in cities:
            state = "" if c.active else " (quitada por el despacho)"
            lines.append(f"  {c.city}  {origin[c.source]}{state}")
        return "\n".join(lines)

    ctx.out.done(
        {"minimum_wage": [w.to_json() for w in wages], "small_claims_courts": [c.to_json() for c in cities]},
        human,
    )


def _legal_data_show(ctx: Ctx) -> None:
    _legal_data_report(ctx)


def _wage_set(ctx: Ctx) -> None:
    from legal_desk.services.legal_data import set_minimum_wage

    row = set_minimum_wage(ctx.desk, ctx.actor, ctx.args.year, ctx.args.amount)
    _legal_data_report(ctx, f"Salario mínimo de {row.year}: {format_money(row.amount, 'COP')} (del despacho)")


def _wage_clear(ctx: Ctx) -> None:
    from legal_desk.services.legal_data import clear_minimum_wage

    clear_minimum_wage(ctx.desk, ctx.actor, ctx.args.year)
    _legal_data_report(ctx, f"Salario mínimo de {ctx.args.year}: rige el del programa")


def _city_add(ctx: Ctx) -> None:
    from legal_desk.services.legal_data import add_small_claims_city

    add_small_claims_city(ctx.desk, ctx.actor, ctx.args.city)
    _legal_data_report(ctx, f"Agregada a Pequeñas Causas: {ctx.args.city}")


def _city_remove(ctx: Ctx) -> None:
    from legal_desk.services.legal_data import remove_small_claims_city

    remove_small_claims_city(ctx.desk, ctx.actor, ctx.args.city)
    _legal_data_report(ctx, f"Quitada de Pequeñas Causas: {ctx.args.city}")


def register(sub: Any, command: Any) -> None:
    """Add the legal commands to the CLI tree."""
    from legal_desk.domain.deadlines import EVENTS

    cal = sub.add_parser("calendar", help="calendario judicial").add_subparsers(
        dest="calendar_command", metavar="ACCIÓN", required=True
    )
    p = command(cal, "add-days", _calendar_add_days, "contar días hábiles judiciales")
    p.add_argument("--jurisdiction", default="CO")
    p.add_argument("--from", dest="start", type=date_arg, required=True)
    p.add_argument("--days", type=int, required=True)
    p.add_argument("--court")
    closure = cal.add_parser("closure", help="cierres de despachos").add_subparsers(
        dest="closure_command", metavar="ACCIÓN", required=True
    )
    p = command(closure, "add", _closure_add, "registrar un cierre (paro, falla, circular) y recalcular términos")
    p.add_argument("--jurisdiction", default="CO")
    p.add_argument("--from", dest="start", type=date_arg, required=True)
    p.add_argument("--to", dest="end", type=date_arg, required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--court")
    p.add_argument("--city")
    p.add_argument("--reopen", action="store_true", help="declarar días hábiles (reapertura) en vez de cierre")
    p = command(closure, "list", _closure_list, "listar los cierres")
    p.add_argument("--jurisdiction")
    p = command(closure, "remove", _closure_remove, "eliminar un cierre y recalcular términos")
    p.add_argument("closure", type=int)

    from legal_desk.services.tracking import HEARING_KINDS

    hear = sub.add_parser("hearing", help="audiencias").add_subparsers(
        dest="hearing_command", metavar="ACCIÓN", required=True
    )
    confirm_help = (
        "registrarla aunque tenga advertencias (día inhábil del despacho, fuera del horario, repetida, "
        "cruce con otra audiencia del abogado): un juez puede fijarla así excepcionalmente"
    )
    p = command(hear, "add", _hearing_add, "registrar una audiencia fijada por el juzgado")
    p.add_argument("case")
    p.add_argument("--kind", required=True, choices=list(HEARING_KINDS), help="tipo de audiencia")
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--time", required=True, help="HH:MM (hora del juzgado)")
    p.add_argument("--place", help="sala o despacho")
    p.add_argument("--link", help="enlace de la audiencia virtual")
    p.add_argument("--lawyer", help="abogado que asiste (por omisión, el del expediente)")
    p.add_argument("--confirm", action="store_true", help=confirm_help)
    p = command(
        hear, "outcome", _hearing_outcome, "registrar el resultado: realizada, aplazada (nueva fecha) o cancelada"
    )
    p.add_argument("hearing", type=int, help="número de la audiencia (ver «case show --json»)")
    p.add_argument("--status", required=True, choices=["held", "postponed", "cancelled"])
    p.add_argument("--outcome", help="qué pasó")
    p.add_argument("--new-date", type=date_arg, help="nueva fecha, si se aplazó")
    p.add_argument("--new-time", help="nueva hora HH:MM, si se aplazó")
    p.add_argument("--confirm", action="store_true", help=confirm_help)

    pay = sub.add_parser("payment", help="abonos").add_subparsers(
        dest="payment_command", metavar="ACCIÓN", required=True
    )
    p = command(pay, "add", _payment_add, "registrar un abono (costas → intereses → capital)")
    p.add_argument("case")
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--reference")
    p = command(pay, "reverse", _payment_reverse, "anular un abono registrado por error (queda en la auditoría)")
    p.add_argument("payment", type=int, help="número del abono (ver «case show»)")
    p.add_argument("--reason", required=True, help="por qué se anula, p. ej. «valor mal digitado»")

    rates = sub.add_parser("rates", help="tasas moratorias").add_subparsers(
        dest="rates_command", metavar="ACCIÓN", required=True
    )
    p = command(rates, "import", _rates_import, "importar la tabla de tasas (CSV o XLSX)")
    p.add_argument("file", help="la tabla de tasas moratorias certificadas (CSV o XLSX)")
    p.add_argument("--jurisdiction", default="CO")

    p = command(sub, "liquidation", _liquidation, "liquidación del crédito (art. 446 CGP)")
    p.add_argument("case")
    p.add_argument("--as-of", "--until", dest="as_of", type=date_arg, required=True, metavar="YYYY-MM-DD")

    p = command(sub, "agenda", _agenda, "audiencias y vencimientos")
    p.add_argument("--from", dest="start", type=date_arg)
    p.add_argument("--to", dest="end", type=date_arg)
    p.add_argument("--ics", help="exportar a un archivo iCalendar (.ics)")
    p.add_argument("--lawyer", help="agenda de este abogado (usuario)")

    dl = sub.add_parser("deadlines", help="términos procesales").add_subparsers(
        dest="deadlines_command", metavar="ACCIÓN", required=True
    )
    p = command(dl, "event", _deadlines_event, "registrar un evento procesal y calcular sus términos")
    p.add_argument("case")
    p.add_argument("--code", required=True, type=str.upper, choices=sorted(EVENTS))
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--place", choices=["local", "outside", "abroad"], help="citación art. 291")
    p.add_argument("--receipt-on", dest="receipt_on", type=date_arg, help="acuse de recibo (Ley 2213 art. 8)")
    p.add_argument(
        "--description",
        help="qué actuación fue (obligatoria con LAST_ACTION, p. ej. «memorial que informa un abono»); "
        "el término del art. 317 corre desde la última actuación del proceso, con el período de su etapa",
    )
    p = command(dl, "recompute", _deadlines_recompute, "recalcular todos los términos abiertos")
    p.add_argument("--jurisdiction")
    p = command(dl, "list", _deadlines_list, "listar términos por fecha de vencimiento")
    p.add_argument("--from", dest="start", type=date_arg)
    p.add_argument("--to", dest="end", type=date_arg)
    p.add_argument("--status", choices=["open", "met", "missed"], help="missed: vencidos sin cumplir o cumplidos tarde")
    p.add_argument("--today", type=date_arg, help="fecha de referencia para «vencido» (por defecto hoy)")
    p.add_argument("--lawyer")

    ld = sub.add_parser(
        "legal-data", help="salario mínimo y ciudades con Pequeñas Causas (cuantía) propios del despacho"
    ).add_subparsers(dest="legal_data_command", metavar="ACCIÓN", required=True)
    command(ld, "show", _legal_data_show, "ver el SMLMV por año y las ciudades con Pequeñas Causas, y su origen")
    wage = ld.add_parser("wage", help="salario mínimo (SMLMV) por año").add_subparsers(
        dest="wage_command", metavar="ACCIÓN", required=True
    )
    p = command(wage, "set", _wage_set, "fijar el SMLMV de un año (prevalece sobre el del programa; administrador)")
    p.add_argument("year", type=int)
    p.add_argument("amount", help="en pesos, p. ej. 1750905 o 1.750.905")
    p = command(wage, "clear", _wage_clear, "volver al SMLMV del programa para ese año (administrador)")
    p.add_argument("year", type=int)
    city = ld.add_parser("city", help="ciudades con Juzgados de Pequeñas Causas").add_subparsers(
        dest="city_command", metavar="ACCIÓN", required=True
    )
    p = command(city, "add", _city_add, "agregar una ciudad a la lista (administrador)")
    p.add_argument("city")
    p = command(city, "remove", _city_remove, "quitar una ciudad de la lista, aunque la traiga el programa")
    p.add_argument("city")

    lim = sub.add_parser("limitation", help="prescripción").add_subparsers(
        dest="limitation_command", metavar="ACCIÓN", required=True
    )
    p = command(lim, "watch", _limitation_watch, "expedientes próximos a prescribir")
    p.add_argument("--days", type=int, default=180)
    p.add_argument("--today", type=date_arg, help="fecha de referencia (por defecto hoy)")
    p.add_argument("--lawyer")
