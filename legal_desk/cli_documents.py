"""Command line for documents and filing packets: `document generate|batch|list`, `packet build|annexes`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from legal_desk.cli import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    Ctx,
    _stage_arg,
    date_arg,
    writable_dir,
    writable_output,
)


def _generate(ctx: Ctx) -> None:
    from legal_desk.services.documents import generate_document

    a = ctx.args
    out = Path(a.out)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise CliError(f"{out}: la salida debe terminar en .docx o .pdf")
    writable_output(out)
    d = generate_document(
        ctx.desk,
        ctx.actor,
        a.case,
        a.template,
        pdf=out.suffix.lower() == ".pdf" or a.pdf,
        out=out,
        liquidate_to=a.as_of,
    )
    ctx.out.done(
        {
            "document_id": d.document_id,
            "case_id": d.case_id,
            "template": d.template,
            "version": d.version,
            "path": str(out),
            "docx_sha256": d.docx_sha256,
            "pdf_sha256": d.pdf_sha256,
            "warning": d.warning,
        },
        f"{d.title} (versión {d.version}) guardado en el expediente y en {out}"
        + (f"\n  Atención: {d.warning}" if d.warning else ""),
    )


def _batch(ctx: Ctx) -> int:
    from legal_desk.services.documents import cases_in_stage, generate_batch

    a = ctx.args
    cases: list[Any] = list(a.cases or [])
    if a.stage:
        cases += cases_in_stage(ctx.desk, ctx.actor, _stage_arg(a.stage))
    if not cases:
        raise CliError("Indique los expedientes (--cases) o una etapa (--stage) con expedientes")
    out_dir = writable_dir(Path(a.out_dir)) if a.out_dir else None
    rep = generate_batch(
        ctx.desk,
        ctx.actor,
        a.template,
        cases,
        pdf=not a.no_pdf,
        progress=ctx.out.progress("Generando"),
        liquidate_to=a.as_of,
    )
    if out_dir is not None:
        for d in rep.generated:
            sha = d.pdf_sha256 or d.docx_sha256
            ext = ".pdf" if d.pdf_sha256 else ".docx"
            (out_dir / (Path(d.filename).stem + ext)).write_bytes(ctx.desk.store.read_bytes(sha))

    def human() -> str:
        lines = [f"Generados: {len(rep.generated)}; con error: {len(rep.failed)}"]
        lines += [f"  expediente {f['case']}: {f['error']}" for f in rep.failed]
        return "\n".join(lines)

    ctx.out.done(rep.to_json(), human)
    return EXIT_REFUSED if rep.failed else EXIT_OK


def _list_templates(ctx: Ctx) -> None:
    from legal_desk.services.documents import desk_templates

    items = [
        {"name": t.name, "title": t.title_es, "version": t.version, "required": t.required}
        for t in desk_templates(ctx.desk)
    ]
    ctx.out.done(items, lambda: "\n".join(f"{t['name']:<22} {t['title']}" for t in items))


def _check(ctx: Ctx) -> int:
    from legal_desk.services.documents import check_templates

    results = check_templates(ctx.desk, ctx.args.template)
    items = [
        {"name": i.name, "file": str(i.path), "ok": e is None, "error": None if e is None else str(e)}
        for i, e in results
    ]

    def human() -> str:
        bad = [i for i in items if not i["ok"]]
        lines = [f"{'bien ' if i['ok'] else 'ERROR'} {i['name']:<22} {'' if i['ok'] else i['error']}" for i in items]
        lines.append(f"{len(items) - len(bad)} de {len(items)} plantillas se generan con el caso de ejemplo")
        return "\n".join(lines)

    ctx.out.done(items, human)
    return EXIT_REFUSED if any(not i["ok"] for i in items) else EXIT_OK


def _fields(ctx: Ctx) -> None:
    from legal_desk.documents.templates import template_fields

    items = [{"field": path, "example": example} for path, example in template_fields()]

    def human() -> str:
        head = "Campos para las plantillas ({{ campo }}; [] es una lista: {% for g in guarantors %}{{ g.name }}…)"
        return "\n".join([head] + [f"{i['field']:<42} {i['example']}" for i in items])

    ctx.out.done(items, human)


def _packet_build(ctx: Ctx) -> None:
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.services.packets import build_filing_packet, default_annexes

    a = ctx.args
    out = Path(a.out)
    if out.suffix.lower() != ".pdf":
        raise CliError(f"{out}: el paquete se guarda como .pdf")
    writable_output(out)
    passwords: dict[str, str] = {}
    for given in a.password or []:
        key, sep, secret = given.partition("=")
        if not sep or not key.strip():
            raise CliError(f"--password {key}…: escriba CLAVE=CONTRASEÑA (la clave del anexo, de `packet annexes`)")
        passwords[key.strip()] = secret
    annexes = default_annexes(ctx.desk, ctx.actor, a.case)
    if a.exclude or a.only:
        from dataclasses import replace

        keys = {k.strip() for k in (a.only or "").split(",") if k.strip()}
        excl = {k.strip() for k in (a.exclude or "").split(",") if k.strip()}
        annexes = [replace(x, include=(x.key in keys) if keys else (x.include and x.key not in excl)) for x in annexes]
    try:
        r = build_filing_packet(
            ctx.desk,
            ctx.actor,
            a.case,
            out=out,
            annexes=annexes,
            passwords=passwords,
            liquidate_to=a.as_of,
            progress=ctx.out.progress("Armando paquete"),
        )
    except ValidationFailed as exc:
        # An encrypted PDF: the window asks its password; here the refusal says how to give it, or leave it out.
        message = str(exc)
        locked = next((x for x in annexes if x.include and f"«{x.title}»: cifrado" in message), None)
        if locked is None:
            raise
        hint = f"--password {locked.key}=CONTRASEÑA" if "contraseña" in message else ""
        raise CliError(
            f"{message}. "
            + (f"Indique la contraseña con {hint}, o d" if hint else "D")
            + f"éjelo fuera con --exclude {locked.key}"
        ) from None

    def human() -> str:
        lines = [f"Paquete de {r.pages} folios en {r.path} (SHA-256 {r.sha256})"]
        if r.liquidation_cut_off:
            lines.append(f"  Liquidación con corte al {r.liquidation_cut_off:%d/%m/%Y}")
        lines += [f"  Generado de nuevo con ese corte: {t}" for t in r.regenerated]
        lines += [f"  {i}. {x['title']}: folios {x['first_page']}–{x['last_page']}" for i, x in enumerate(r.annexes, 1)]
        lines += [f"  Advertencia, falta: {m}" for m in r.missing]
        return "\n".join(lines)

    ctx.out.done(r.to_json(), human)


def _packet_annexes(ctx: Ctx) -> None:
    from legal_desk.services.packets import default_annexes

    items = default_annexes(ctx.desk, ctx.actor, ctx.args.case)
    data = [
        {
            "key": x.key,
            "title": x.title,
            "source": x.source,
            "sha256": x.sha256,
            "include": x.include,
            "docx_only": x.docx_only,
            "unsupported": x.unsupported,
        }
        for x in items
    ]

    def line(x: dict[str, Any]) -> str:
        word = " (solo Word: se convierte a PDF al armar)" if x["docx_only"] else ""
        if x["unsupported"]:
            word = f"\n{'':17}{x['unsupported'][:1].upper()}{x['unsupported'][1:]}"
        return f"[{'x' if x['include'] else ' '}] {x['key']:<12} {x['title']}{word}"

    ctx.out.done(data, lambda: "\n".join(line(x) for x in data))


_AS_OF_HELP = (
    "fecha de corte de la liquidación del documento (la de presentación, o la que ordenó el juzgado); "
    "por defecto hoy; no antes del vencimiento"
)


def register(sub: Any, command: Any) -> None:
    """Add the document and packet commands to the CLI."""
    doc = sub.add_parser("document", help="documentos").add_subparsers(
        dest="document_command", metavar="ACCIÓN", required=True
    )
    p = command(doc, "generate", _generate, "generar un documento desde una plantilla (.docx o .pdf)")
    p.set_defaults(uses_store=True)
    p.add_argument("case")
    p.add_argument("template")
    p.add_argument("--out", required=True)
    p.add_argument("--pdf", action="store_true", help="guardar también el PDF en el expediente")
    p.add_argument("--as-of", "--until", dest="as_of", type=date_arg, metavar="YYYY-MM-DD", help=_AS_OF_HELP)
    p = command(doc, "batch", _batch, "generar una plantilla para muchos expedientes")
    p.set_defaults(uses_store=True)
    p.add_argument("template")
    p.add_argument("--cases", nargs="*")
    p.add_argument("--stage")
    p.add_argument("--out-dir")
    p.add_argument("--no-pdf", action="store_true")
    p.add_argument("--as-of", "--until", dest="as_of", type=date_arg, metavar="YYYY-MM-DD", help=_AS_OF_HELP)
    command(doc, "templates", _list_templates, "listar las plantillas")
    p = command(doc, "check", _check, "comprobar las plantillas con el caso de ejemplo (sin tocar expedientes)")
    p.add_argument("template", nargs="?", help="solo esta plantilla (por defecto todas)")
    command(doc, "fields", _fields, "listar los campos que puede escribir una plantilla, con un ejemplo")
    pk = sub.add_parser("packet", help="paquete de radicación").add_subparsers(
        dest="packet_command", metavar="ACCIÓN", required=True
    )
    p = command(pk, "build", _packet_build, "armar el paquete de radicación (PDF foliado)")
    p.set_defaults(uses_store=True)
    p.add_argument("case")
    p.add_argument("--out", required=True)
    p.add_argument("--exclude", help="claves de anexos a excluir, separadas por comas (ver `packet annexes`)")
    p.add_argument("--only", help="solo estas claves de anexos, en el orden por defecto")
    p.add_argument(
        "--password",
        action="append",
        metavar="CLAVE=CONTRASEÑA",
        help="contraseña de un anexo PDF cifrado (p. ej. ev:12=1234); se puede repetir",
    )
    p.add_argument(
        "--as-of",
        "--until",
        dest="as_of",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="fecha de corte de la liquidación del paquete: la demanda y la liquidación incluidas se generan de "
        "nuevo a esa fecha (la de presentación, o la que ordenó el juzgado); por defecto hoy; no antes del vencimiento",
    )
    p = command(pk, "annexes", _packet_annexes, "ver los anexos candidatos y sus claves")
    p.add_argument("case")
