"""Command line over the services (contract: CLI.md): batch and scripted work, `--json` output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from legal_desk.config import Config
from legal_desk.domain.dates import DateError, parse_date
from legal_desk.domain.limitation import filing_tolling_es
from legal_desk.services.errors import ServiceError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command ended by Ctrl-C


class CliError(Exception):
    """A refusal the CLI reports in one sentence (exit 1)."""

    def __init__(self, message: str, code: str = "error") -> None:
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------ plumbing shared by all commands


_ARGPARSE_ES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), spanish)
    for pattern, spanish in (
        (r"^the following arguments are required: (.*)$", r"faltan argumentos obligatorios: \1"),
        (r"^argument (.+?): invalid int value: '(.*)'$", r"argumento \1: «\2» no es un número entero"),
        (r"^argument (.+?): invalid (\w+) value: '(.*)'$", r"argumento \1: «\3» no es un valor válido"),
        (
            r"^argument (.+?): invalid choice: '(.*)' \(choose from (.*)\)$",
            r"argumento \1: «\2» no es una opción válida (elija entre \3)",
        ),
        (r"^argument (.+?): expected one argument$", r"argumento \1: falta su valor"),
        (r"^argument (.+?): expected at least one argument$", r"argumento \1: indique al menos un valor"),
        (r"^argument (.+?): not allowed with argument (.*)$", r"argumento \1: no se puede usar junto con \2"),
        (r"^argument (.+?): ignored explicit argument '(.*)'$", r"argumento \1: no admite el valor «\2»"),
        (r"^unrecognized arguments: (.*)$", r"argumentos no reconocidos: \1"),
        (r"^ambiguous option: (.*) could match (.*)$", r"opción ambigua: \1 puede ser \2"),
        (r"^argument (.+?): (.*)$", r"argumento \1: \2"),
    )
)


def spanish_usage_error(message: str) -> str:
    """argparse's English error message in Spanish (unknown messages are left as they are)."""
    for pattern, spanish in _ARGPARSE_ES:
        if pattern.match(message):
            return pattern.sub(spanish, message)
    return message


class _SpanishHelp(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "uso: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse in Spanish; a usage error also prints `{"error": ...}` on stdout under --json (exit 2)."""

    json_errors = False  # set by main() when --json is among the arguments
    deepest: Parser | None = None  # the last (sub)command parser that read arguments: it words «unrecognized»

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        Parser.deepest = self
        return super().parse_known_args(args, namespace)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _SpanishHelp)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumentos"
        self._optionals.title = "opciones"
        self.add_argument("-h", "--help", action="help", help="mostrar esta ayuda y salir")

    def error(self, message: str) -> NoReturn:
        text = spanish_usage_error(message)
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {text}\n")
        if Parser.json_errors:
            print(json.dumps({"error": {"code": "usage", "message": text}}, ensure_ascii=False))
        self.exit(EXIT_USAGE)


def date_arg(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD (or DD/MM/YYYY)."""
    try:
        return parse_date(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def writable_dir(folder: Path) -> Path:
    """Create `folder` if needed and make sure a file can be written in it, before any work is saved."""
    import tempfile

    if folder.exists() and not folder.is_dir():
        raise CliError(f"No se puede escribir en {folder}: existe un archivo con ese nombre (no es una carpeta)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        blocker = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocker} es un archivo, no una carpeta" if blocker else (exc.strerror or str(exc))
        raise CliError(f"No se puede escribir en la carpeta {folder}: {reason}") from None
    return folder


def writable_output(path: Path) -> Path:
    """Check an output file path (--out, --ics) before the command records anything in the desk."""
    if path.is_dir():
        raise CliError(f"{path} es una carpeta; indique el nombre del archivo de salida")
    writable_dir(path.parent)
    return path


def to_jsonable(value: Any) -> Any:
    """Dates ISO, Decimal as strings (never floats)."""
    from legal_desk.services.cases import jsonable

    return jsonable(value)


class Output:
    """Prints for people or one JSON document, and draws progress on a terminal."""

    def __init__(self, as_json: bool) -> None:
        self.json = as_json
        self.tty = sys.stdout.isatty() and not as_json

    def done(self, data: Any, human: str | Callable[[], str]) -> None:
        text = json.dumps(to_jsonable(data), ensure_ascii=False, indent=2) if self.json else None
        if text is None:
            text = human() if callable(human) else human
        try:
            print(text, flush=True)
        except BrokenPipeError:
            # The reader stopped early (`| head`): the work is done and the command's exit status must still
            # say how it went (an import with rejected rows is 1); the rest of the output goes nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)

    def progress(self, label: str) -> Callable[..., None] | None:
        if not self.tty:
            return None

        def show(*args: Any) -> None:
            nums = [a for a in args if isinstance(a, int)]
            done = nums[0] if nums else 0
            total = nums[1] if len(nums) > 1 else 0
            if total:
                width = 30
                filled = int(width * done / total)
                sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            else:
                sys.stderr.write(f"\r{label} {done}")
            sys.stderr.flush()
            if total and done >= total:
                sys.stderr.write("\n")

        return show


class Ctx:
    """What a command needs: the opened desk, the acting user and the output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Output(bool(getattr(args, "json", False)))
        self.config = Config.load(args.db, args.store)
        self._desk: Any = None
        self._actor: Any = None

    @property
    def desk(self) -> Any:
        if self._desk is None:
            from legal_desk.services.desk import Desk
            from legal_desk.services.users import ensure_admin

            path = self.config.sqlite_path
            if path is not None and not path.exists() and not getattr(self.args, "creates_db", False):
                raise CliError(
                    f"No existe la base de datos {path}; revise --db o LEGAL_DESK_DB, "
                    "o créela con `legal-desk db upgrade`",
                    code="not_found",
                )
            self._desk = Desk.open(self.config)
            ensure_admin(self._desk)
            if getattr(self.args, "uses_store", False):
                self._check_store_root()
        return self._desk

    def _check_store_root(self) -> None:
        """Refuse a store folder that does not exist while the database already keeps files in another.

        A mistyped --store or LEGAL_DESK_STORE in a scheduled job made `verify` list every file as
        «falta el archivo» and `evidence add` start a second, empty store that no backup or packet finds.
        """
        from sqlalchemy import func, select, union

        from legal_desk.services.integrity import STORED_FILE_COLUMNS

        root = self._desk.store.root
        if root.is_dir():
            return
        files = union(*(select(c.label("sha256")).where(c.is_not(None)) for c in STORED_FILE_COLUMNS)).subquery()
        with self._desk.reading() as s:
            kept = int(s.execute(select(func.count()).select_from(files)).scalar_one())
        if kept:
            what = "no es una carpeta" if root.exists() else "no existe"
            raise CliError(
                f"La carpeta de archivos {root} {what}, pero la base de datos ya guarda {kept} archivos: indique "
                "la carpeta correcta con --store o LEGAL_DESK_STORE (si se perdió, restaure una copia de seguridad)",
                code="not_found",
            )

    @property
    def actor(self) -> Any:
        if self._actor is None:
            from legal_desk.services.users import actor_for

            self._actor = actor_for(self.desk, self.args.user or os.environ.get("LEGAL_DESK_USER") or "admin")
        return self._actor

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()


Handler = Callable[[Ctx], int | None]


def _global_options(p: argparse.ArgumentParser, *, suppress: bool) -> None:
    d = argparse.SUPPRESS if suppress else None
    p.add_argument("--db", default=d, help="base de datos: ruta de archivo SQLite o URL postgresql+psycopg://…")
    p.add_argument("--store", default=d, help="carpeta del almacén de archivos")
    p.add_argument("--user", default=d, help="actuar como este usuario (por defecto admin)")
    p.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="imprimir un documento JSON",
    )


def command(sub: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """Add a sub-command that also accepts the global options after its name."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    _global_options(p, suppress=True)
    p.set_defaults(handler=handler)
    return p


# ------------------------------------------------------------------ core commands


def _db_upgrade(ctx: Ctx) -> None:
    from legal_desk.db import migrate
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import ensure_admin

    desk = Desk.open(ctx.config, upgrade=False)  # refuses a foreign, damaged or too new database
    try:
        before = migrate.current_revision(desk.engine)
    finally:
        desk.close()
    desk = Desk.open(ctx.config)
    ensure_admin(desk)
    ctx._desk = desk
    head = migrate.head_revision()
    ctx.out.done(
        {"from": before, "to": head, "upgraded": before != head},
        f"Esquema actualizado a {head}" if before != head else f"El esquema ya estaba al día ({head})",
    )


def _demo(ctx: Ctx) -> None:
    from legal_desk.services.demo import load_demo

    a = ctx.args
    if a.cases < 1:
        raise CliError("--cases debe ser al menos 1")
    res = load_demo(ctx.desk, ctx.actor, a.cases, seed=a.seed, progress=ctx.out.progress("Creando expedientes"))
    message = f"Cartera de demostración: {res['cases']} expedientes creados en {res['seconds']:.1f} s"
    if res["rates"]:
        message += f"; tabla de tasas ilustrativa ({res['rates']}) en vigor: reemplácela por la certificada"
    ctx.out.done(res, message)


def _user_add(ctx: Ctx) -> None:
    from legal_desk.services.users import add_user

    a = ctx.args
    password = a.password or os.environ.get("LEGAL_DESK_PASSWORD")
    info = add_user(
        ctx.desk,
        ctx.actor,
        a.name,
        a.role,
        full_name=a.full_name or "",
        password=password,
        email=a.email,
        id_number=a.id_number,
        professional_card=a.professional_card,
        address=a.address,
        phone=a.phone,
    )
    ctx.out.done(
        {"user_id": info.user_id, "username": info.username, "role": info.role},
        f"Usuario {info.username} creado con rol {info.role_label}",
    )


def _user_json(info: Any) -> dict[str, Any]:
    return {
        "user_id": info.user_id,
        "username": info.username,
        "full_name": info.full_name,
        "role": info.role,
        "active": info.active,
        "has_password": info.has_password,
        "email": info.email,
        "id_number": info.id_number,
        "professional_card": info.professional_card,
        "address": info.address,
        "phone": info.phone,
    }


def _user_list(ctx: Ctx) -> None:
    from legal_desk.services.users import list_users

    infos = list_users(ctx.desk, role=ctx.args.role)

    def human() -> str:
        lines = []
        for u in infos:
            state = "activo" if u.active else "desactivado"
            card = f", T.P. {u.professional_card}" if u.professional_card else ""
            lines.append(f"{u.username:<16} {u.full_name} ({u.role_label}, {state}{card})")
        return "\n".join(lines) or "No hay usuarios"

    ctx.out.done([_user_json(u) for u in infos], human)


def _user_update(ctx: Ctx) -> None:
    from legal_desk.services.users import get_user, update_user, workload

    a = ctx.args
    fields = ("full_name", "email", "id_number", "professional_card", "address", "phone")
    profile = {f: getattr(a, f) for f in fields if getattr(a, f) is not None}
    before = get_user(ctx.desk, a.name)
    info = update_user(ctx.desk, ctx.actor, a.name, role=a.role, active=a.active, **profile)
    state = "activo" if info.active else "desactivado"
    left = (before.active and not info.active) or before.role != info.role
    held = workload(ctx.desk, info.username) if left and before.role in ("lawyer", "paralegal") else None
    if held:  # stderr: the JSON on stdout stays the user
        sys.stderr.write(
            f"legal-desk: aviso: «{info.username}» sigue a cargo de expedientes en curso (como abogado: "
            f"{held.cases_as_lawyer}; como dependiente: {held.cases_as_paralegal}; términos abiertos: "
            f"{held.open_deadlines}; audiencias programadas: {held.upcoming_hearings}); reasígnelos con "
            "«legal-desk case update CASO --lawyer USUARIO» o «--paralegal USUARIO»\n"
        )
    ctx.out.done(_user_json(info), f"Usuario {info.username}: {info.role_label}, {state}")


def _user_password(ctx: Ctx) -> None:
    from legal_desk.services.users import set_password

    password = ctx.args.password or os.environ.get("LEGAL_DESK_PASSWORD")
    if not password:
        raise CliError("Indique la nueva contraseña con --password o LEGAL_DESK_PASSWORD")
    set_password(ctx.desk, ctx.actor, ctx.args.name, password)
    ctx.out.done({"username": ctx.args.name}, f"Contraseña de {ctx.args.name} cambiada")


def _user_unlock(ctx: Ctx) -> None:
    from legal_desk.services.users import unlock_user

    unlock_user(ctx.desk, ctx.actor, ctx.args.name)
    ctx.out.done({"username": ctx.args.name}, f"Cuenta de {ctx.args.name} desbloqueada")


def _count(n: int, one: str, many: str) -> str:
    """`1 fila rechazada`, `3 filas rechazadas`."""
    return f"{n} {one if n == 1 else many}"


def _import_referrals(ctx: Ctx) -> int:
    from legal_desk.services.intake import import_referrals

    a = ctx.args
    rep = import_referrals(
        ctx.desk,
        ctx.actor,
        Path(a.file),
        dry_run=a.dry_run,
        client_name=a.creditor,
        client_id_number=a.creditor_id,
        progress=ctx.out.progress("Importando"),
    )

    def human() -> str:
        lines = []
        if rep.sheets > 1:  # which sheet was read, and that the others were not
            lines.append(
                f"Se leyó la hoja «{rep.sheet}» ({rep.sheets} hojas en el libro), "
                f"encabezados en la fila {rep.header_line}."
            )
        elif rep.header_line > 1:  # title rows above the header were passed over
            where = "fila" if rep.sheet is not None else "línea"
            lines.append(f"Encabezados en la {where} {rep.header_line}; las filas de título de arriba no se importan.")
        lines += [
            ("Simulación: se importarían" if a.dry_run else "Importados")
            + f" {_count(rep.accepted, 'expediente', 'expedientes')}; "
            f"{_count(rep.rejected, 'fila rechazada', 'filas rechazadas')}."
        ]
        lines += [f"  línea {e['line']}, columna «{e['column']}»: {e['message']}" for e in rep.errors]
        return "\n".join(lines)

    ctx.out.done(rep.to_json(), human)
    if rep.rejected and ctx.out.json:
        print(
            f"legal-desk: {_count(rep.rejected, 'fila rechazada', 'filas rechazadas')} (ver «errors»); "
            + ("no se escribió nada (--dry-run)" if a.dry_run else f"se importaron {rep.accepted}"),
            file=sys.stderr,
        )
    return EXIT_REFUSED if rep.rejected else EXIT_OK


def _stage_arg(text: str) -> str:
    """A stage code as typed (any case, `-` or `_`), or a refusal listing the codes."""
    from legal_desk.domain.lifecycle import STAGE_LABELS_ES, Stage

    code = text.strip().upper().replace("-", "_")
    if code in Stage.__members__:
        return code
    codes = ", ".join(f"{st.value} ({STAGE_LABELS_ES[st]})" for st in Stage)
    raise CliError(f"Etapa «{text}» desconocida; use uno de estos códigos: {codes}")


def _cut(text: str, width: int) -> str:
    """Text cut to a column's width, with «…» when something was left out."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(value: dt.date | None) -> str:
    """A date the Colombian way (dd/mm/yyyy), or «—»."""
    return f"{value:%d/%m/%Y}" if value else "—"


def _cases_list(ctx: Ctx) -> None:
    from legal_desk.domain.money import format_money
    from legal_desk.services.cases import CaseQuery, list_cases

    a = ctx.args
    stage = _stage_arg(a.stage) if a.stage else None
    if not 1 <= a.limit <= 5000:
        raise CliError(f"--limit debe estar entre 1 y 5000 (se indicó {a.limit})")
    lawyer_id = None
    if a.lawyer:
        from legal_desk.services.reports import export_query

        lawyer_id = export_query(ctx.desk, ctx.actor, lawyer=a.lawyer).lawyer_id
    q = CaseQuery(search=a.search or "", stage=stage, lawyer_id=lawyer_id, limit=a.limit, order=a.order)
    rows = list_cases(ctx.desk, ctx.actor, q)
    data = [
        {
            "case_id": r.case_id,
            "account_ref": r.account_ref,
            "stage": r.stage,
            "debtor": r.debtor_name,
            "debtor_id_number": r.debtor_id_number,
            "capital": r.capital,
            "currency": r.currency,
            "court": r.court,
            "radicado": r.radicado,
            "limitation_date": r.limitation_date,
        }
        for r in rows
    ]

    def human() -> str:
        # Stage labels are printed whole (the column is as wide as the longest); long names are cut with «…».
        width = max([len("Etapa"), *(len(r.stage_label) for r in rows)])
        out = [f"{'ID':>7}  {'Obligación':<16} {'Etapa':<{width}} {'Deudor':<34} {'Capital':>20}"]
        out += [
            f"{r.case_id:>7}  {r.account_ref:<16} {r.stage_label:<{width}} {_cut(r.debtor_name, 34):<34} "
            f"{format_money(r.capital, r.currency, with_code=True):>20}"
            for r in rows
        ]
        out.append(_count(len(rows), "expediente", "expedientes"))
        return "\n".join(out)

    ctx.out.done(data, human)


def _cases_export(ctx: Ctx) -> None:
    from legal_desk.services.reports import FORMATS, export_docket, export_query

    a = ctx.args
    target = Path(a.path)
    kind = (a.format or target.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise CliError(f"Formato «{kind or target.name}» no soportado: use un archivo .xlsx o .csv (o --format)")
    writable_output(target)
    q = export_query(
        ctx.desk,
        ctx.actor,
        search=a.search or "",
        stage=_stage_arg(a.stage) if a.stage else None,
        lawyer=a.lawyer,
        jurisdiction=a.jurisdiction,
        include_archived=a.archived,
        order=a.order,
    )
    res = export_docket(ctx.desk, ctx.actor, q, target, fmt=kind, progress=ctx.out.progress("Exportando"))
    ctx.out.done(res, f"{_count(res['rows'], 'expediente exportado', 'expedientes exportados')} a {res['path']}")


def _cases_summary(ctx: Ctx) -> None:
    from legal_desk.domain.money import format_money
    from legal_desk.services.reports import export_query, portfolio_summary

    a = ctx.args
    q = export_query(
        ctx.desk,
        ctx.actor,
        stage=_stage_arg(a.stage) if a.stage else None,
        lawyer=a.lawyer,
        jurisdiction=a.jurisdiction,
        include_archived=a.archived,
    )
    summary = portfolio_summary(ctx.desk, ctx.actor, q)

    def human() -> str:
        def table(title: str, lines: list[tuple[str, str, Any]]) -> list[str]:
            width = max([len(title), *(len(name) for name, _c, _t in lines)])
            out = [f"{title:<{width}} {'Exp.':>7} {'Capital':>24} {'Recaudado':>24} {'Saldo de capital':>24}"]
            for name, cur, t in lines:
                out.append(
                    f"{name:<{width}} {t.cases:>7} {format_money(t.capital, cur, with_code=True):>24} "
                    f"{format_money(t.recovered, cur, with_code=True):>24} "
                    f"{format_money(t.balance, cur, with_code=True):>24}"
                )
            return out

        totals = [(f"Total {cur}", cur, t) for cur, t in summary.currency_totals().items()]
        out = table("Etapa", [*summary.stage_lines(), *totals])
        out += ["", *table("Abogado", [*summary.lawyer_lines(), *totals])]
        return "\n".join(out)

    ctx.out.done(summary.to_json(), human)


# How `case show` names a co-defendant's role (the case window's «Partes» tab says the same).
_PARTY_ROLES_ES = {"guarantor": "Avalista / codeudor", "codebtor": "Codeudor", "co_debtor": "Codeudor"}


def _case_show(ctx: Ctx) -> None:
    from legal_desk.domain.money import format_money
    from legal_desk.services.cases import get_case_file

    cf = get_case_file(ctx.desk, ctx.actor, ctx.args.case)

    def human() -> str:
        d = cf.debtor
        if cf.limited:  # collections on a case legal accepted: what «Mis entregas» shows
            lines = [
                f"Expediente {cf.case_id} — obligación {cf.account_ref}",
                f"  Etapa: {cf.stage_label}",
                f"  Deudor: {d.name if d else '—'} ({d.id_type if d else ''} {d.id_number if d else ''})",
                f"  Capital entregado: {format_money(cf.capital, cf.currency)} ({cf.currency})",
                f"  Abogado: {cf.lawyer or 'sin asignar'}   Radicado: {cf.radicado or '—'}",
            ]
            if cf.stage_reason:
                lines.append(f"  Motivo: {cf.stage_reason}")
            lines.append(
                "  Jurídico ya aceptó este expediente: cobranza no ve el resto del expediente ni puede modificarlo."
            )
            return "\n".join(lines)
        client = cf.client or {}
        creditor = client.get("name") or "—"
        if client.get("id_number") and not str(client["id_number"]).startswith("sin-nit:"):
            creditor += f" ({client.get('id_type') or ''} {client['id_number']})"
        # each co-defendant as the debtor is shown, with its document (only the names were printed)
        codefendants = [
            f"  {_PARTY_ROLES_ES.get(g.role, g.role)}: {g.name} ({g.id_type} {g.id_number})" for g in cf.guarantors
        ] or ["  Codeudores: —"]
        lines = [
            f"Expediente {cf.case_id} — obligación {cf.account_ref}",
            f"  Etapa: {cf.stage_label}    Jurisdicción: {cf.jurisdiction}",
            f"  Acreedor: {creditor}",
            f"  Deudor: {d.name if d else '—'} ({d.id_type if d else ''} {d.id_number if d else ''})",
            *codefendants,
            f"  Capital: {format_money(cf.capital, cf.currency)} ({cf.currency})   Vence: {_day(cf.due_date)}   "
            f"Prescribe: {_day(cf.limitation_date)}",
            *([f"  Prescripción: {note}"] if (note := filing_tolling_es(cf.limitation_tolling)) else []),
            f"  Juzgado: {cf.court or '—'}   Radicado: {cf.radicado or '—'}",
            f"  Pruebas: {len(cf.evidence)}   Gestiones: {len(cf.contacts)}   Comunicaciones: {len(cf.notices)}   "
            f"Audiencias: {len(cf.hearings)}   Medidas: {len(cf.embargoes)}   Pagos: {len(cf.payments)}",
            "  Listo para radicar: " + ("sí" if cf.ready else "no"),
        ]
        lines += [f"    falta: {m}" for m in cf.missing]
        return "\n".join(lines)

    ctx.out.done(cf.to_json(), human)


def _case_move(ctx: Ctx) -> None:
    from legal_desk.services.cases import move_stage

    a = ctx.args
    cf = move_stage(
        ctx.desk,
        ctx.actor,
        a.case,
        _stage_arg(a.to),
        reason=a.reason or "",
        radicado=a.radicado,
        court=a.court,
        filed_on=a.filed_on,
    )
    ctx.out.done(
        {"case_id": cf.case_id, "stage": cf.stage, "version": cf.version, "radicado": cf.radicado},
        f"Expediente {cf.account_ref}: {cf.stage_label}",
    )


def _case_reopen(ctx: Ctx) -> None:
    from legal_desk.services.cases import reopen_case

    a = ctx.args
    cf = reopen_case(ctx.desk, ctx.actor, a.case, _stage_arg(a.to), a.reason)
    ctx.out.done(
        {"case_id": cf.case_id, "stage": cf.stage, "version": cf.version},
        f"Expediente {cf.account_ref} reabierto en «{cf.stage_label}»",
    )


def _case_archive(ctx: Ctx) -> None:
    from legal_desk.services.cases import set_archived

    a = ctx.args
    set_archived(ctx.desk, ctx.actor, a.case, not a.undo, a.reason)
    ctx.out.done(
        {"case": a.case, "archived": not a.undo},
        f"Expediente {a.case} " + ("desarchivado" if a.undo else "archivado (no se borra; queda auditado)"),
    )


def _case_update(ctx: Ctx) -> None:
    from legal_desk.domain.money import AmountError, parse_amount
    from legal_desk.services.cases import CaseUpdate, update_case
    from legal_desk.services.users import actor_for

    a = ctx.args

    def money(text: str | None, what: str) -> Any:
        if text is None:
            return None
        try:
            return parse_amount(text)
        except AmountError as exc:
            raise CliError(f"{what}: {exc}") from None

    lawyer_id = actor_for(ctx.desk, a.lawyer).user_id if a.lawyer else None
    paralegal_id = actor_for(ctx.desk, a.paralegal).user_id if a.paralegal else None
    changes = CaseUpdate(
        court=a.court,
        city=a.city,
        radicado=a.radicado,
        lawyer_id=lawyer_id,
        paralegal_id=paralegal_id,
        original_location=a.original_location,
        demand_letter_waiver=a.waiver,
        limitation_flag=a.limitation_flag,
        notes=a.notes,
        agreed_rate=money(a.agreed_rate.replace("%", "") if a.agreed_rate else a.agreed_rate, "Tasa pactada"),
        clear_agreed_rate=a.no_agreed_rate,
        costs=money(a.costs, "Costas"),
        capital=money(a.capital, "Capital"),
        due_date=a.due_date,
        issue_date=a.issue_date,
        title_type=a.title_type,
        title_number=a.title_number,
        account_ref=a.account_ref,
    )
    cf = update_case(ctx.desk, ctx.actor, a.case, changes)
    ctx.out.done(cf.to_json(), f"Expediente {cf.account_ref} actualizado (versión {cf.version})")


def _party_update(ctx: Ctx) -> None:
    from legal_desk.services.cases import PartyUpdate, update_party

    a = ctx.args
    changes = PartyUpdate(
        name=a.name,
        id_type=a.id_type,
        id_number=a.id_number,
        address=a.address,
        city=a.city,
        email=a.email,
        email_source=a.email_source,
        phone=a.phone,
        authorised_channels=a.channels,
    )
    cf = update_party(ctx.desk, ctx.actor, a.party, changes)
    ctx.out.done(cf.to_json(), f"Parte {a.party} actualizada en el expediente {cf.account_ref}")


def _party_add(ctx: Ctx) -> None:
    from legal_desk.services.cases import PartyInput, add_party

    a = ctx.args
    cf = add_party(
        ctx.desk,
        ctx.actor,
        a.case,
        PartyInput(
            a.name, a.id_type, a.id_number, role=a.role, address=a.address, city=a.city, email=a.email, phone=a.phone
        ),
    )
    ctx.out.done(cf.to_json(), f"{a.name} agregado al expediente {cf.account_ref}")


def _checklist_list(ctx: Ctx) -> None:
    from dataclasses import asdict

    from legal_desk.services.checklist import list_checklist

    items = list_checklist(ctx.desk, ctx.args.jurisdiction)
    ctx.out.done(
        [asdict(i) for i in items],
        lambda: "\n".join(
            f"[{'x' if i.active else ' '}] {i.jurisdiction} {i.title_type:<9} {i.code:<22} {i.label}" for i in items
        ),
    )


def _checklist_set(ctx: Ctx) -> None:
    from dataclasses import asdict

    from legal_desk.services.checklist import set_requirement

    a = ctx.args
    if a.on == a.off and a.label is None:
        raise CliError("Indique --on, --off o --label")
    active = True if a.on else (False if a.off else None)
    e = set_requirement(
        ctx.desk, ctx.actor, a.jurisdiction, a.code, title_type=a.title_type, active=active, label=a.label
    )
    ctx.out.done(
        asdict(e),
        f"Requisito {e.code} ({e.jurisdiction}, {e.title_type}): "
        + ("activo" if e.active else "inactivo")
        + f" — {e.label}",
    )


def _evidence_add(ctx: Ctx) -> None:
    from legal_desk.services.evidence import add_evidence

    a = ctx.args
    info = add_evidence(ctx.desk, ctx.actor, a.case, Path(a.file), a.kind, date=a.date, description=a.description)
    ctx.out.done(
        {
            "evidence_id": info.evidence_id,
            "case_id": info.case_id,
            "kind": info.kind,
            "filename": info.filename,
            "sha256": info.sha256,
            "size": info.size,
            "media_type": info.media_type,
            "date": info.date,
        },
        f"Prueba {info.evidence_id} agregada: {info.filename} (SHA-256 {info.sha256})",
    )


def _contact_add(ctx: Ctx) -> None:
    from legal_desk.services.contacts import log_contact

    a = ctx.args
    when: dt.datetime | dt.date = a.date
    if a.time:
        try:
            hh, mm = (int(x) for x in a.time.split(":"))
            when = dt.datetime.combine(a.date, dt.time(hh, mm))
        except ValueError:
            raise CliError(f"Hora «{a.time}» no válida (use HH:MM)") from None
    res = log_contact(
        ctx.desk, ctx.actor, a.case, channel=a.channel, at=when, outcome=a.outcome, notes=a.notes, direction=a.direction
    )
    ctx.out.done(
        {
            "contact_id": res.contact_id,
            "case_id": res.case_id,
            "at": res.at,
            "channel": res.channel,
            "outcome": res.outcome,
            "violations": res.violations,
            "rules_checked": res.rules_checked,
        },
        f"Gestión {res.contact_id} registrada"
        + "".join(f"\n  ¡Atención! {v}" for v in res.violations)
        + (
            ""
            if res.rules_checked
            else "\n  Reglas de contacto no revisadas: la Ley 2300 de 2023 es colombiana y no hay reglas "
            "configuradas para la jurisdicción de este expediente"
        ),
    )


def _notice_add(ctx: Ctx) -> None:
    from legal_desk.services.notices import add_notice

    a = ctx.args
    n = add_notice(
        ctx.desk, ctx.actor, a.case, channel=a.channel, sent=a.sent, kind=a.kind, carrier=a.carrier, tracking=a.tracking
    )
    ctx.out.done(
        {
            "notice_id": n.notice_id,
            "case_id": n.case_id,
            "kind": n.kind,
            "channel": n.channel,
            "carrier": n.carrier,
            "tracking": n.tracking,
            "sent": n.sent,
            "bureau_report_from": n.bureau_report_from,
        },
        f"Comunicación {n.notice_id} registrada"
        + (
            f"; el reporte negativo a centrales de riesgo procede desde el {n.bureau_report_from:%d/%m/%Y} "
            "(Ley 1266 de 2008 art. 12: 20 días calendario tras el envío)"
            if n.bureau_report_from
            else ""
        ),
    )


def _notice_receipt(ctx: Ctx) -> None:
    from legal_desk.services.notices import register_notice_receipt

    a = ctx.args
    n = register_notice_receipt(ctx.desk, ctx.actor, a.notice, delivered=a.delivered, proof=Path(a.proof))
    ctx.out.done(
        {
            "notice_id": n.notice_id,
            "case_id": n.case_id,
            "sent": n.sent,
            "delivered": n.delivered,
            "proof_sha256": n.proof_sha256,
        },
        f"Constancia de entrega registrada (SHA-256 {n.proof_sha256})",
    )


def _verify(ctx: Ctx) -> int:
    from legal_desk.services.integrity import verify

    repair = None
    if ctx.args.repair_from:
        from legal_desk.services.backup import repair_from_backup

        repair = repair_from_backup(
            ctx.desk, ctx.actor, ctx.args.repair_from, progress=ctx.out.progress("Recuperando archivos")
        )
    rep = verify(ctx.desk, progress=ctx.out.progress("Verificando archivos"))

    def human() -> str:
        lines = []
        if repair is not None:
            lines.append(f"Recuperados de la copia: {len(repair.repaired)}")
            lines += [f"  RECUPERADO {name}" for name in repair.repaired]
            lines += [f"  NO ESTÁ EN LA COPIA {name}" for name in repair.not_in_backup]
            lines += [f"  Archivo alterado apartado en {path}" for path in repair.set_aside]
        lines.append(f"Archivos verificados: {rep.files_checked}; eventos de auditoría: {rep.events_checked}")
        lines += [f"  ARCHIVO {p['file']}: {p['problem']}" for p in rep.file_problems]
        lines += [f"  AUDITORÍA {p['problem']}" for p in rep.audit_problems]
        lines.append("Todo íntegro." if rep.ok else "Se encontraron problemas.")
        if rep.file_problems:
            lines.append(
                "Un archivo que falta o cambió se recupera de una copia de seguridad hecha antes: "
                "legal-desk verify --repair-from COPIA.zip (la base de datos no se toca)."
            )
        return "\n".join(lines)

    doc = rep.to_json()
    if repair is not None:
        doc["repair"] = repair.to_json()
    ctx.out.done(doc, human)
    return EXIT_OK if rep.ok else EXIT_REFUSED


def _backup(ctx: Ctx) -> int | None:
    from legal_desk.services.backup import backup

    if ctx.args.path == "verify":
        if ctx.args.file is None:
            ctx.args.backup_parser.error("falta el archivo de la copia: legal-desk backup verify ARCHIVO.zip")
        return _backup_verify(ctx)
    if ctx.args.file is not None:
        ctx.args.backup_parser.error(
            f"sobra «{ctx.args.file}»: «legal-desk backup ARCHIVO.zip» hace una copia, "
            "«legal-desk backup verify ARCHIVO.zip» comprueba una"
        )
    res = backup(ctx.desk, ctx.actor, Path(ctx.args.path), progress=ctx.out.progress("Copiando archivos"))
    message = f"Copia de seguridad escrita en {res['path']} ({res['files']} archivos)"
    if res["missing_files"]:
        message += (
            f"; faltan {len(res['missing_files'])} archivos en el almacén y no están en la copia: "
            "ejecute «legal-desk verify» para ver cuáles"
        )
    if res["templates"]:
        message += f"; con las {res['templates']['files']} plantillas propias del despacho"
    if res["templates_missing"]:
        message += (
            f". Las plantillas propias del despacho NO están en la copia: este equipo no encuentra su carpeta "
            f"{res['templates_missing']}"
        )
    ctx.out.done(res, message)
    return None


def _backup_verify(ctx: Ctx) -> int:
    """`backup verify FILE`: check a backup without restoring it (no database is opened)."""
    from legal_desk.services.backup import verify_backup

    rep = verify_backup(Path(ctx.args.file), progress=ctx.out.progress("Comprobando la copia"))

    def human() -> str:
        lines = [f"Copia de seguridad {rep.path}"]
        if rep.created or rep.by:
            made = (rep.created or "")[:16].replace("T", " ") or "fecha no registrada"
            version = f"legal_desk {rep.version}" if rep.version else "una versión de legal_desk que no la registraba"
            lines.append(f"  Hecha el {made} por {rep.by or '?'} con {version} (esquema {rep.schema})")
        if rep.tables:
            lines.append(
                f"  {rep.cases} expedientes, {rep.tables.get('users', 0)} usuarios, "
                f"{rep.tables.get('audit_events', 0)} eventos de auditoría; {rep.files} archivos del almacén"
                + (f"; {rep.templates} plantillas propias del despacho" if rep.templates else "")
            )
        size = f"{rep.bytes_checked / 1_000_000:.1f}".replace(".", ",")
        if rep.ok:
            how = (
                "cada archivo con su SHA-256 y su tamaño"
                if rep.checksums_recorded
                else (
                    "los archivos del almacén con el SHA-256 de su nombre y las tablas con su CRC (copia anterior a "
                    "que el manifiesto registrara cada SHA-256)"
                )
            )
            lines.append(f"  Comprobados {size} MB, {how}: la copia está íntegra y esta versión puede restaurarla.")
        else:
            lines.append(f"  La copia tiene {len(rep.problems)} problema(s); no la restaure:")
            lines += [f"  - {p}" for p in rep.problems]
        return "\n".join(lines)

    ctx.out.done(rep.to_json(), human)
    return EXIT_OK if rep.ok else EXIT_REFUSED


def _restore(ctx: Ctx) -> None:
    from legal_desk.services.backup import restore

    source = Path(ctx.args.path)
    if not source.is_file():  # before the desk is opened: a mistyped path creates no empty database
        raise CliError(f"El archivo de copia {source} no existe", code="not_found")
    res = restore(
        ctx.desk,
        ctx.actor,
        source,
        replace=ctx.args.replace,
        force=ctx.args.force,
        progress=ctx.out.progress("Copiando archivos al almacén"),
    )
    tables = res.get("tables") or {}
    message = (
        f"Copia restaurada desde {res['restored']}: {tables.get('cases', 0)} expedientes, "
        f"{tables.get('users', 0)} usuarios, {res.get('files') or 0} archivos en {ctx.desk.config.store_root}. "
    )
    if res["templates"]:
        message += f"Plantillas propias del despacho en {res['templates']['folder']}. "
    if res["templates_missing"]:
        message += (
            f"La copia no trae las plantillas propias del despacho y este equipo no encuentra su carpeta "
            f"{res['templates_missing']}: conéctela, o elija otra en «Plantillas de documentos». "
        )
    ctx.out.done(res, message + "Compruebe con `legal-desk verify`")


# ------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    from legal_desk.domain.contact_rules import OUTCOMES
    from legal_desk.domain.readiness import EVIDENCE_KINDS
    from legal_desk.services.contacts import CHANNELS as CONTACT_CHANNELS
    from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS

    parser = Parser(prog="legal-desk", description="legal_desk: cobranza judicial")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")

    db = sub.add_parser("db", help="base de datos").add_subparsers(dest="db_command", metavar="ACCIÓN", required=True)
    command(db, "upgrade", _db_upgrade, "crear o actualizar el esquema")

    p = command(sub, "demo", _demo, "crear una cartera de demostración")
    p.set_defaults(creates_db=True)
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)

    users = sub.add_parser("user", help="usuarios").add_subparsers(dest="user_command", metavar="ACCIÓN", required=True)
    p = command(users, "add", _user_add, "agregar un usuario")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["admin", "lawyer", "paralegal", "collections"])
    p.add_argument("--full-name")
    p.add_argument("--email")
    p.add_argument("--password", help="contraseña (o LEGAL_DESK_PASSWORD)")
    p.add_argument("--id-number", help="cédula (abogados: para poderes y demandas)")
    p.add_argument("--professional-card", help="tarjeta profesional del abogado")
    p.add_argument("--address", help="dirección de notificaciones")
    p.add_argument("--phone")
    p = command(users, "list", _user_list, "listar los usuarios")
    p.add_argument("--role", choices=["admin", "lawyer", "paralegal", "collections"])
    p = command(users, "update", _user_update, "cambiar rol, activación o datos de un usuario (vacío: borra el dato)")
    p.add_argument("name")
    p.add_argument("--role", choices=["admin", "lawyer", "paralegal", "collections"])
    state = p.add_mutually_exclusive_group()
    state.add_argument("--activate", dest="active", action="store_const", const=True, help="reactivar")
    state.add_argument("--deactivate", dest="active", action="store_const", const=False, help="desactivar")
    p.add_argument("--full-name")
    p.add_argument("--email")
    p.add_argument("--id-number", help="cédula (abogados: para poderes y demandas)")
    p.add_argument("--professional-card", help="tarjeta profesional del abogado")
    p.add_argument("--address", help="dirección de notificaciones")
    p.add_argument("--phone")
    p = command(users, "unlock", _user_unlock, "desbloquear una cuenta bloqueada por contraseñas erradas")
    p.add_argument("name")
    p = command(users, "password", _user_password, "cambiar la contraseña de un usuario")
    p.add_argument("name")
    p.add_argument("--password", help="la nueva contraseña (o LEGAL_DESK_PASSWORD)")

    imp = sub.add_parser("import", help="importar").add_subparsers(dest="import_command", metavar="QUÉ", required=True)
    p = command(imp, "referrals", _import_referrals, "entregar obligaciones en bloque (CSV o XLSX)")
    p.add_argument(
        "file", help="CSV (coma o punto y coma) o XLSX, una obligación por fila, encabezados en español o inglés"
    )
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--creditor", metavar="NOMBRE", help="el acreedor de todas las obligaciones (p. ej. el banco)")
    p.add_argument(
        "--creditor-id", metavar="NIT", help="su NIT (o CUIT, RFC, NIF según el país); uno ya registrado se reutiliza"
    )

    cases = sub.add_parser("cases", help="expedientes").add_subparsers(
        dest="cases_command", metavar="ACCIÓN", required=True
    )
    p = command(cases, "list", _cases_list, "listar expedientes")
    p.add_argument("--stage")
    p.add_argument("--search")
    p.add_argument("--lawyer", metavar="USUARIO", help="solo los expedientes de este abogado (nombre de usuario)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--order", default="id", help="orden (id, debtor, capital, -capital, priority, …)")
    p = command(
        cases,
        "export",
        _cases_export,
        "exportar la lista filtrada a Excel (.xlsx, con resumen por etapa y abogado) o CSV (; y coma decimal)",
    )
    p.add_argument("path", help="archivo de salida: .xlsx o .csv")
    p.add_argument("--format", choices=["xlsx", "csv"], help="el formato, si la extensión no lo dice")
    p.add_argument("--stage", help="solo esta etapa (código, p. ej. FILED)")
    p.add_argument("--search", help="deudor, identificación, obligación o radicado")
    p.add_argument("--lawyer", metavar="USUARIO", help="solo los expedientes de este abogado (nombre de usuario)")
    p.add_argument("--jurisdiction", choices=["CO", "AR", "MX", "ES"])
    p.add_argument("--archived", action="store_true", help="incluir los expedientes archivados")
    p.add_argument("--order", default="id", help="orden (id, debtor, capital, -capital, priority, …)")

    p = command(cases, "summary", _cases_summary, "resumen de la cartera por etapa y por abogado, en cada moneda")
    p.add_argument("--stage", help="solo esta etapa (código, p. ej. FILED)")
    p.add_argument("--lawyer", metavar="USUARIO", help="solo los expedientes de este abogado (nombre de usuario)")
    p.add_argument("--jurisdiction", choices=["CO", "AR", "MX", "ES"])
    p.add_argument("--archived", action="store_true", help="incluir los expedientes archivados")

    case = sub.add_parser("case", help="un expediente").add_subparsers(
        dest="case_command", metavar="ACCIÓN", required=True
    )
    p = command(case, "show", _case_show, "ver el expediente completo")
    p.add_argument("case")
    p = command(case, "move", _case_move, "pasar el expediente a otra etapa (solo transiciones permitidas)")
    p.add_argument("case")
    p.add_argument("--to", required=True, help="etapa destino, p. ej. EVIDENCE, READY_TO_FILE, FILED")
    p.add_argument("--reason", help="motivo (obligatorio para devolver, rechazar o castigar)")
    p.add_argument("--radicado", help="número de radicado (al radicar)")
    p.add_argument("--court", help="juzgado (al radicar)")
    p.add_argument("--filed-on", type=date_arg, help="fecha de radicación")
    p = command(case, "update", _case_update, "corregir o completar datos del expediente")
    p.add_argument("case")
    p.add_argument("--court")
    p.add_argument("--city")
    p.add_argument("--radicado")
    p.add_argument("--lawyer", help="usuario del abogado asignado")
    p.add_argument("--paralegal", help="usuario del dependiente asignado")
    p.add_argument("--original-location", help="dónde se guarda el original del título")
    p.add_argument("--waiver", help="motivo para no enviar carta de requerimiento")
    p.add_argument("--limitation-flag", help="nota de revisión de la prescripción")
    p.add_argument("--agreed-rate", help="tasa moratoria pactada, %% anual: efectivo (CO) o nominal (AR, MX, ES)")
    p.add_argument(
        "--no-agreed-rate",
        action="store_true",
        help="quitar la tasa pactada (el título remite a la tasa máxima legal: se aplica la de la tabla)",
    )
    p.add_argument("--costs", help="costas")
    p.add_argument("--capital", help="corregir el capital")
    p.add_argument("--due-date", type=date_arg, help="corregir la fecha de vencimiento")
    p.add_argument("--issue-date", type=date_arg)
    p.add_argument("--title-type", choices=["pagare", "letra", "factura", "contrato", "cheque"])
    p.add_argument("--title-number")
    p.add_argument("--notes")
    p.add_argument(
        "--account-ref", help="corregir el número de obligación (abogado o administrador; máximo 60 caracteres)"
    )
    p = command(case, "reopen", _case_reopen, "reabrir un expediente cerrado (evento auditado)")
    p.add_argument("case")
    p.add_argument("--to", required=True, help="etapa en la que se reabre")
    p.add_argument("--reason", required=True)
    p = command(case, "archive", _case_archive, "archivar un expediente (no se borra)")
    p.add_argument("case")
    p.add_argument("--reason", required=True)
    p.add_argument("--undo", action="store_true", help="desarchivar")

    pa = sub.add_parser("party", help="partes").add_subparsers(dest="party_command", metavar="ACCIÓN", required=True)
    p = command(pa, "update", _party_update, "corregir o completar un deudor o codeudor")
    p.add_argument("party", type=int, help="party_id (ver `case show --json`)")
    for flag in ("--name", "--id-type", "--id-number", "--address", "--city", "--email", "--email-source", "--phone"):
        p.add_argument(flag)
    p.add_argument("--channels", help="canales autorizados separados por comas (call,sms,email,whatsapp,visit,letter)")
    p = command(pa, "add", _party_add, "agregar un codeudor o avalista")
    p.add_argument("case")
    p.add_argument("--name", required=True)
    p.add_argument("--id-type", required=True)
    p.add_argument("--id-number", required=True)
    p.add_argument("--role", default="guarantor", choices=["guarantor", "codebtor"])
    for flag in ("--address", "--city", "--email", "--phone"):
        p.add_argument(flag)

    ck = sub.add_parser("checklist", help="requisitos para radicar").add_subparsers(
        dest="checklist_command", metavar="ACCIÓN", required=True
    )
    p = command(ck, "list", _checklist_list, "ver los requisitos configurados")
    p.add_argument("--jurisdiction")
    p = command(ck, "set", _checklist_set, "activar, desactivar o redactar un requisito (administrador)")
    p.add_argument(
        "code",
        help="title_scan, debtor_identified, not_prescribed, demand_letter, contact_log, "
        "creditor_certificate, power_of_attorney, liquidation",
    )
    p.add_argument("--jurisdiction", default="CO")
    p.add_argument("--title-type", default="*", help="solo para este tipo de título (por defecto: todos)")
    p.add_argument("--on", action="store_true")
    p.add_argument("--off", action="store_true")
    p.add_argument("--label")

    ev = sub.add_parser("evidence", help="pruebas").add_subparsers(
        dest="evidence_command", metavar="ACCIÓN", required=True
    )
    p = command(ev, "add", _evidence_add, "agregar un archivo al expediente")
    p.set_defaults(uses_store=True)
    p.add_argument("case")
    p.add_argument("file", help="el archivo (PDF, imagen, .eml…); se guarda con su SHA-256")
    p.add_argument("--kind", required=True, metavar="TIPO", help="tipo de prueba: " + ", ".join(EVIDENCE_KINDS))
    p.add_argument("--date", type=date_arg, help="fecha del documento (por defecto hoy; no futura)")
    p.add_argument("--description", metavar="TEXTO", help="descripción de la prueba")

    co = sub.add_parser("contact", help="gestiones").add_subparsers(
        dest="contact_command", metavar="ACCIÓN", required=True
    )
    p = command(co, "add", _contact_add, "registrar una gestión de contacto")
    p.add_argument("case")
    p.add_argument("--channel", required=True, metavar="CANAL", help="canal: " + ", ".join(CONTACT_CHANNELS))
    p.add_argument("--date", type=date_arg, required=True, help="fecha de la gestión")
    p.add_argument("--time", metavar="HH:MM", help="hora de Bogotá")
    p.add_argument(
        "--outcome",
        required=True,
        metavar="RESULTADO",
        help="resultado: " + ", ".join(OUTCOMES) + " (u otro texto, que se guarda tal cual)",
    )
    p.add_argument("--notes", metavar="TEXTO", help="observaciones")
    p.add_argument(
        "--direction",
        default="out",
        choices=["out", "in"],
        help="out: la hizo el despacho (por defecto); in: el deudor",
    )

    no = sub.add_parser("notice", help="comunicaciones").add_subparsers(
        dest="notice_command", metavar="ACCIÓN", required=True
    )
    p = command(no, "add", _notice_add, "registrar una comunicación enviada")
    p.add_argument("case")
    p.add_argument("--channel", required=True, metavar="CANAL", help="canal: " + ", ".join(NOTICE_CHANNELS))
    p.add_argument("--sent", type=date_arg, required=True, help="fecha de envío")
    p.add_argument(
        "--kind",
        default="demand_letter",
        metavar="TIPO",
        help="tipo de comunicación (por defecto demand_letter): " + ", ".join(NOTICE_KINDS),
    )
    p.add_argument("--carrier", metavar="EMPRESA", help="empresa de mensajería (p. ej. 472, Servientrega)")
    p.add_argument("--tracking", metavar="GUÍA", help="número de guía")
    p = command(no, "receipt", _notice_receipt, "registrar la constancia de entrega")
    p.set_defaults(uses_store=True)
    p.add_argument("notice", type=int, help="número de la comunicación (notice_id de «notice add» o «case show»)")
    p.add_argument("--delivered", type=date_arg, required=True, help="fecha de entrega")
    p.add_argument("--proof", required=True, metavar="ARCHIVO", help="la constancia de entrega (PDF o imagen)")

    p = command(sub, "verify", _verify, "verificar archivos y cadena de auditoría")
    p.set_defaults(uses_store=True)
    p.add_argument(
        "--repair-from",
        metavar="COPIA.zip",
        help="antes de verificar, recuperar de esta copia de seguridad los archivos que faltan o cambiaron "
        "(la base de datos no se toca; un archivo alterado se aparta en .alterados/ de la carpeta de archivos)",
    )
    p = command(
        sub,
        "backup",
        _backup,
        "copia de seguridad (ZIP); «backup verify ARCHIVO.zip» comprueba una copia sin restaurarla",
    )
    p.add_argument("path", help="el archivo .zip que se escribe, o «verify» seguido de la copia a comprobar")
    p.add_argument("file", nargs="?", help=argparse.SUPPRESS)
    p.set_defaults(backup_parser=p, uses_store=True)
    p.usage = "legal-desk backup [opciones] ARCHIVO.zip\n       legal-desk backup verify ARCHIVO.zip [--json]"
    p = command(sub, "restore", _restore, "restaurar una copia de seguridad")
    p.set_defaults(creates_db=True)
    p.add_argument("path")
    p.add_argument("--replace", action="store_true", help="reemplazar una base de datos que ya tiene expedientes")
    p.add_argument(
        "--force",
        action="store_true",
        help="PostgreSQL: restaurar aunque otros equipos sigan conectados a la base (ciérrelos antes)",
    )

    for module in ("legal_desk.cli_legal", "legal_desk.cli_documents"):
        try:
            mod = __import__(module, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.register(sub, command)
    _name_arguments(parser)
    return parser


# How --help names the values of arguments that do not name them themselves (argparse printed the
# destination in English capitals: «--from START», «--delivered DELIVERED», «case», «file»).
_METAVARS = {
    "case": "CASO",
    "file": "ARCHIVO",
    "path": "ARCHIVO",
    "notice": "COMUNICACIÓN",
    "name": "USUARIO",
    "template": "PLANTILLA",
    "party": "PARTE",
    "closure": "CIERRE",
    "code": "CÓDIGO",
    "year": "AÑO",
    "amount": "VALOR",
    "city": "CIUDAD",
    "db": "URL",
    "store": "CARPETA",
    "user": "USUARIO",
    "cases": "CASO",
    "seed": "N",
    "limit": "N",
    "days": "N",
    "stage": "ETAPA",
    "search": "TEXTO",
    "order": "ORDEN",
    "jurisdiction": "J",
    "reason": "MOTIVO",
    "court": "JUZGADO",
    "lawyer": "USUARIO",
    "paralegal": "USUARIO",
    "reference": "REFERENCIA",
    "out": "ARCHIVO",
    "out_dir": "CARPETA",
    "ics": "ARCHIVO.ics",
    "label": "TEXTO",
    "notes": "TEXTO",
    "description": "TEXTO",
    "password": "CONTRASEÑA",
    "full_name": "NOMBRE",
    "email": "CORREO",
    "phone": "TELÉFONO",
    "address": "DIRECCIÓN",
    "id_type": "TIPO",
    "id_number": "NÚMERO",
    "professional_card": "NÚMERO",
    "radicado": "RADICADO",
    "title_number": "NÚMERO",
    "original_location": "LUGAR",
    "waiver": "MOTIVO",
    "limitation_flag": "NOTA",
    "agreed_rate": "TASA",
    "costs": "VALOR",
    "capital": "VALOR",
    "account_ref": "OBLIGACIÓN",
    "email_source": "ORIGEN",
    "channels": "CANALES",
    "to": "ETAPA",
    "time": "HH:MM",
    "new_time": "HH:MM",
    "place": "LUGAR",
    "link": "URL",
    "outcome": "TEXTO",
    "kind": "TIPO",
    "creditor": "NOMBRE",
    "format": "FORMATO",
    "title_type": "TIPO",
    "hearing": "AUDIENCIA",
    "payment": "ABONO",
    "exclude": "CLAVES",
    "only": "CLAVES",
}
_HELPS = {
    "case": "número del expediente (case_id) o número de obligación (account_ref)",
    "cases": "expedientes: números o números de obligación, separados por espacios",
    "seed": "semilla del generador: la misma da la misma cartera",
    "days": "número de días",
    "limit": "máximo de expedientes (1 a 5000; por defecto 50)",
    "stage": "solo esta etapa (código, p. ej. FILED)",
    "search": "deudor, identificación, obligación o radicado",
    "jurisdiction": "jurisdicción: CO, AR, MX o ES",
    "court": "juzgado",
    "reference": "referencia del pago (p. ej. el número de la consignación)",
    "out": "archivo de salida",
    "dry_run": "revisar el archivo sin guardar nada",
    "name": "nombre de usuario",
    "full_name": "nombre completo",
    "email": "correo electrónico",
    "phone": "teléfono",
    "id_type": "tipo de documento (CC, CE, NIT, PP, TI…)",
    "id_number": "número de documento",
    "title_type": "tipo de título valor",
    "title_number": "número del título",
    "issue_date": "fecha de emisión del título",
    "radicado": "número de radicado del proceso",
    "city": "ciudad",
    "notes": "observaciones",
    "template": "nombre de la plantilla (ver «document templates»)",
    "out_dir": "carpeta donde dejar una copia de cada documento",
    "no_pdf": "no generar el PDF (solo el .docx)",
    "label": "texto del requisito",
    "on": "activar el requisito",
    "off": "desactivar el requisito",
    "party": "número de la parte (party_id, ver «case show --json»)",
    "closure": "número del cierre (ver «calendar closure list»)",
    "code": "código del requisito",
    "year": "año",
    "city_name": "ciudad",
    "lawyer": "usuario del abogado",
    "start": "desde esta fecha",
    "end": "hasta esta fecha",
    "path": "el archivo .zip de la copia de seguridad",
    "file": "el archivo",
    "amount": "valor: 1234567.89, 1.234.567,89 o 1,234,567.89",
    "date": "fecha",
    "reason": "motivo",
    "to": "etapa destino (código, p. ej. FILED)",
    "role": "rol",
    "address": "dirección",
    "as_of": "fecha de corte de la liquidación",
    "email_source": "de dónde se obtuvo el correo (Ley 2213 art. 8: cómo se conoció la dirección)",
    "status": "held: realizada; postponed: aplazada; cancelled: cancelada",
}


def _name_arguments(parser: argparse.ArgumentParser) -> None:
    """Give every argument of the tree a Spanish metavar and, where it had none, a Spanish help."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _name_arguments(child)
            continue
        if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        takes_value = action.nargs != 0
        if takes_value and action.metavar is None and action.choices is None:
            if action.type is date_arg:
                action.metavar = "YYYY-MM-DD"
            elif action.dest in _METAVARS:
                action.metavar = _METAVARS[action.dest]
        if action.help is None and action.dest in _HELPS:
            action.help = _HELPS[action.dest]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `legal-desk`; without a command it starts the desktop app."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    Parser.json_errors = "--json" in argv
    Parser.deepest = None
    args, extra = parser.parse_known_args(argv)
    if extra:  # with the usage of the command they were given to, not the top level's
        (Parser.deepest or parser).error(f"argumentos no reconocidos: {' '.join(extra)}")
    if not getattr(args, "command", None):
        if args.json:  # the desktop app prints no JSON: a script that forgot the command gets a usage error
            parser.error("falta el COMANDO (sin comando se abre la aplicación de escritorio, que no usa --json)")
        from legal_desk.app import main as app_main

        return app_main(db=args.db, store=args.store)
    # pypdf logs what it works around in a damaged PDF («EOF marker not found», in English) straight to the
    # terminal; the packet names such a file in one Spanish sentence, or it went in repaired.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    ctx = Ctx(args)
    try:
        rc = args.handler(ctx)
        return EXIT_OK if rc is None else rc
    except (ServiceError, CliError) as exc:
        return _refused(ctx, getattr(exc, "code", "error"), str(exc))
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head` and the like
        return EXIT_OK
    except KeyboardInterrupt:
        _refused(ctx, "interrupted", "Interrumpido (Ctrl-C); no se guardó nada de la operación en curso")
        return EXIT_INTERRUPTED
    except Exception as exc:  # never a traceback for the user (CLI.md): one sentence, exit 1
        if os.environ.get("LEGAL_DESK_DEBUG"):
            raise
        return _refused(ctx, "internal", _unexpected(exc))
    finally:
        ctx.close()


def _refused(ctx: Ctx, code: str, message: str) -> int:
    """Report a refusal: one sentence on stderr, and `{"error": ...}` on stdout under --json."""
    print(f"legal-desk: {message}", file=sys.stderr)
    if ctx.out.json:
        print(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False))
    return EXIT_REFUSED


def _unexpected(exc: Exception) -> str:
    """One sentence for an error no service anticipated (a file that cannot be written, a lost connection…)."""
    from sqlalchemy.exc import DBAPIError

    from legal_desk.services.desk import db_error_text

    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"No se pudo completar la operación: {exc.strerror or exc}{where}"
    if isinstance(exc, DBAPIError):
        return f"La base de datos rechazó la operación: {db_error_text(exc)}; no se guardó nada de ella"
    detail = (str(exc).strip().splitlines() or [""])[0]
    return (
        f"Error inesperado ({type(exc).__name__}{': ' + detail if detail else ''}); la operación no se completó. "
        "Ejecute de nuevo con LEGAL_DESK_DEBUG=1 para ver el detalle técnico"
    )


if __name__ == "__main__":
    sys.exit(main())
