"""The filing packet (*demanda con anexos*): chosen documents and evidence in one foliated PDF, saved to the case."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from legal_desk.db.models import Client, ContactAttempt, Evidence, FilingPacket, GeneratedDocument, User
from legal_desk.documents.contact_log import ContactLine, contact_log_pdf
from legal_desk.documents.errors import Cancelled as DocCancelled
from legal_desk.documents.packets import (
    IMAGE_SUFFIXES,
    AnnexError,
    PacketAnnex,
    PacketSpec,
    build_packet,
    unsupported_reason,
)
from legal_desk.documents.pdf import ConversionError, ConverterUnavailable, convert_many, converter_available
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import evidence_kind_label
from legal_desk.services import audit
from legal_desk.services.cases import (
    check_may_read,
    find_case,
    find_case_to_read,
    get_case_file,
    get_case_for_write,
    touch,
)
from legal_desk.services.contacts import CHANNELS, OUTCOMES
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.documents import PreparedDocument
from legal_desk.services.errors import Cancelled, NotFound, ServiceError, ValidationFailed
from legal_desk.store.filestore import StoreError, sha256_file

#: DOMAIN.md §8: the order annexes follow in a Colombian filing.
_DOC_ORDER = ["demanda_ejecutiva", "poder_especial"]
_EVIDENCE_ORDER = ["title", "creditor_certificate", "power_of_attorney", "id_document"]
_AFTER = ["liquidacion_credito"]
_PROOF_ORDER = ["notice_proof", "payment_agreement", "email", "contact_log", "other", "liquidation"]
#: Documents that carry the liquidation (the demanda's claims and cuantía, the liquidación itself): a
#: packet generates them again to its cut-off, with the case as it is now (payments, costs, rates).
LIQUIDATED_TEMPLATES = frozenset({"demanda_ejecutiva", "liquidacion_credito"})


@dataclass(frozen=True)
class AnnexChoice:
    """A candidate annex: what it is, where it comes from, and whether it is included."""

    key: str  # "doc:<id>", "ev:<id>" or "contact_log"
    title: str
    source: str  # document | evidence | contact_log
    ref_id: int | None
    sha256: str | None  # of the file that goes in (a document's PDF)
    include: bool = True
    #: a generated document saved only as Word (its PDF was skipped or failed): converted when the packet is built
    docx_only: bool = False
    #: evidence that cannot go into a packet as it is (a Word file, an e-mail, a HEIC photo): why, and what to do
    #: (Spanish, as the CLI prints it); `unsupported_text` is the same as a catalogue `Text` an interface words
    unsupported: str | None = None
    unsupported_text: Text | None = None


@dataclass
class PacketBuild:
    """A packet saved to the case, with what the readiness checklist still misses."""

    packet_id: int
    path: Path
    pages: int
    sha256: str
    annexes: list[dict[str, Any]]
    missing: list[str] = field(default_factory=list)
    liquidation_cut_off: dt.date | None = None
    regenerated: list[str] = field(default_factory=list)  # titles of documents generated again to the cut-off

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "pages": self.pages,
            "sha256": self.sha256,
            "annexes": self.annexes,
            "packet_id": self.packet_id,
            "missing": self.missing,
            "liquidation_cut_off": self.liquidation_cut_off.isoformat() if self.liquidation_cut_off else None,
            "regenerated": self.regenerated,
        }


def default_annexes(desk: Desk, actor: Actor, case: int | str) -> list[AnnexChoice]:
    """The annexes a packet would hold, in DOMAIN.md §8 order (latest version of each document)."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        docs = (
            s.execute(
                select(GeneratedDocument)
                .where(GeneratedDocument.case_id == c.id)
                .order_by(GeneratedDocument.version.desc())
            )
            .scalars()
            .all()
        )
        latest: dict[str, GeneratedDocument] = {}
        for d in docs:
            latest.setdefault(d.template, d)
        evidence = (
            s.execute(
                select(Evidence)
                .where(Evidence.case_id == c.id, Evidence.archived.is_(False))
                .order_by(Evidence.date, Evidence.id)
            )
            .scalars()
            .all()
        )
        contacts = s.execute(select(ContactAttempt.id).where(ContactAttempt.case_id == c.id).limit(1)).first()

        can_convert = converter_available()

        def doc_choice(d: GeneratedDocument) -> AnnexChoice:
            # A demanda or liquidación is generated again (with its PDF) when the packet is built; any other
            # document kept only as Word is converted then: without LibreOffice it is left out by default.
            docx_only = d.pdf_sha256 is None
            include = not docx_only or can_convert
            return AnnexChoice(f"doc:{d.id}", d.title, "document", d.id, d.pdf_sha256, include, docx_only)

        def ev_choice(e: Evidence) -> AnnexChoice:
            label = evidence_kind_label(e.kind, c.jurisdiction)  # the creditor's papers in its country's words
            title = f"{label}: {e.description}" if e.description and e.description != label else label
            ready = packet_ready(e)
            why = None if ready else unsupported_reason(Path(e.filename).suffix)
            return AnnexChoice(
                f"ev:{e.id}",
                title,
                "evidence",
                e.id,
                e.sha256,
                include=ready,
                unsupported=None if why is None else str(why),
                unsupported_text=why,
            )

        out: list[AnnexChoice] = [doc_choice(latest[t]) for t in _DOC_ORDER if t in latest]
        seen_sha: set[str] = set()
        for kind in _EVIDENCE_ORDER:
            for e in evidence:
                if e.kind == kind and e.sha256 not in seen_sha:
                    out.append(ev_choice(e))
                    seen_sha.add(e.sha256)
        out += [doc_choice(latest[t]) for t in _AFTER if t in latest]
        for kind in _PROOF_ORDER:
            for e in evidence:
                if e.kind == kind and e.sha256 not in seen_sha:
                    out.append(ev_choice(e))
                    seen_sha.add(e.sha256)
            if kind == "contact_log" and contacts:
                out.append(
                    AnnexChoice("contact_log", "Bitácora de gestión de cobro prejurídico", "contact_log", None, None)
                )
        for e in evidence:
            if e.sha256 not in seen_sha and e.kind not in _EVIDENCE_ORDER + _PROOF_ORDER:
                out.append(ev_choice(e))
                seen_sha.add(e.sha256)
        others = [d for t, d in latest.items() if t not in _DOC_ORDER + _AFTER]
        out += [replace(doc_choice(d), include=False) for d in others]
        return _distinct_titles(out, {e.id: e.filename for e in evidence})


def packet_ready(e: Evidence) -> bool:
    """Whether a piece of evidence goes into a packet as it is: a PDF or an image the packet turns into pages."""
    suffix = Path(e.filename).suffix.lower()
    return e.media_type == "application/pdf" or (
        e.media_type.startswith("image/") and suffix in IMAGE_SUFFIXES and e.media_type not in _HEIF
    )


_HEIF = frozenset({"image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"})


def _distinct_titles(choices: list[AnnexChoice], filenames: dict[int, str]) -> list[AnnexChoice]:
    """Evidence added without a description is titled by its kind alone: ten «Otro documento» in the
    packet's index, and a refusal («No se puede usar el anexo «Otro documento»: cifrado…») that did not say
    which file, so the window asked the password for the wrong one. A title that repeats gets the file's
    name (and, the same name twice, a number)."""
    counts = Counter(a.title for a in choices)
    named: list[AnnexChoice] = []
    for a in choices:
        if counts[a.title] > 1 and a.source == "evidence" and a.ref_id in filenames:
            name = unicodedata.normalize("NFC", filenames[a.ref_id])  # a name typed on a Mac comes decomposed
            if len(name) > 60:  # a scanner's or a mail program's 200-character name: its start and its end
                name = f"{name[:40]}…{name[-16:]}"
            a = replace(a, title=f"{a.title} ({name})")
        named.append(a)
    counts = Counter(a.title for a in named)
    seen: Counter[str] = Counter()
    out: list[AnnexChoice] = []
    for a in named:
        if counts[a.title] > 1 and a.source == "evidence":
            seen[a.title] += 1
            a = replace(a, title=f"{a.title} [{seen[a.title]}]")
        out.append(a)
    return out


def build_filing_packet(
    desk: Desk,
    actor: Actor,
    case: int | str,
    *,
    out: Path | None = None,
    annexes: Sequence[AnnexChoice] | None = None,
    passwords: dict[str, str] | None = None,
    today: dt.date | None = None,
    liquidate_to: dt.date | None = None,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketBuild:
    """Build the packet from the chosen annexes (default: `default_annexes`), store it and list it in the case.

    `liquidate_to` is the liquidation's cut-off (the day the packet will be filed, or a date a court
    ordered; default `today`): the demanda and the liquidación the packet includes are generated again
    to it, as new versions in the case, so the packet never carries a liquidation to another date or
    from before the last payment. Before the obligation fell due it is refused, as for a document.
    A document saved only as Word is converted to PDF for the packet (and keeps that PDF).

    All or nothing: the new versions, the PDFs made and the packet are listed in the case in one
    transaction once the packet is built. A refusal, a failure or a cancel before that leaves the case as
    it was (files already put in the content-addressed store stay there unlisted, as the store keeps any
    file; `legal-desk verify` checks only the files the database names).
    """
    from legal_desk.services.documents import check_liquidation_cut_off, record_prepared, store_prepared

    actor.require(Action.BUILD_PACKET)
    today = today or dt.date.today()
    cut_off = liquidate_to or today
    check_liquidation_cut_off(desk, actor, case, cut_off)
    chosen = [a for a in (annexes if annexes is not None else default_annexes(desk, actor, case)) if a.include]
    if not chosen:
        raise ValidationFailed(Text(M.PACKET_EMPTY))
    for a in chosen:  # said now, before the demanda and the liquidación are generated again
        if a.unsupported:
            reason = a.unsupported_text or a.unsupported
            raise ValidationFailed(Text(M.PACKET_ANNEX_UNUSABLE, title=a.title, reason=reason))

    def check_cancel() -> None:
        if cancelled and cancelled():
            raise Cancelled("Armado del paquete cancelado")

    with tempfile.TemporaryDirectory(prefix="legal_desk_packet_") as tmp:
        tmpdir = Path(tmp)
        chosen, fresh = _liquidated_to(desk, actor, case, chosen, today, cut_off, tmpdir, progress, cancelled)
        converted = _docx_to_pdf(desk, chosen, fresh, tmpdir, progress, cancelled)
        cf = get_case_file(desk, actor, case, today=today)
        with desk.reading() as s:
            client = (
                s.get(
                    Client,
                    cf.client
                    and s.execute(select(Client.id).where(Client.id_number == cf.client["id_number"])).scalar(),
                )
                if cf.client
                else None
            )
            lawyer = s.get(User, cf.lawyer_id) if cf.lawyer_id else None
            creditor_name = client.name if client else ""
            lawyer_name = lawyer.full_name if lawyer else (actor.full_name or actor.username)
            names: dict[str, str] = {row[0]: row[1] for row in s.execute(select(User.username, User.full_name))}
        items: list[PacketAnnex] = []
        made: list[Path] = []  # files made for this packet, put in the store only once it is built
        for a in chosen:
            if a.source == "contact_log":
                lines = [
                    ContactLine(
                        x["at"],
                        CHANNELS.get(x["channel"], x["channel"]),
                        OUTCOMES.get(x["outcome"], x["outcome"]),
                        x["notes"] or "",
                        names.get(x["by"] or "", x["by"] or ""),
                    )
                    for x in cf.contacts
                ]
                log_name = f"{cf.account_ref}_bitacora_{today:%Y%m%d}.pdf"
                p = tmpdir / log_name
                p.write_bytes(
                    contact_log_pdf(cf.account_ref, cf.debtor.name if cf.debtor else "", creditor_name, lines, today)
                )
                # Kept in the store, so the SHA-256 the manifest lists can be checked against a real file.
                made.append(p)
                items.append(PacketAnnex(a.title, p, "contact_log", sha256_file(p), log_name))
                continue
            if a.key in fresh:
                prepared = fresh[a.key]
                items.append(PacketAnnex(a.title, prepared.path, "document", a.sha256, None))
                continue
            if a.key in converted:
                p = converted[a.key]
                made.append(p)
                items.append(PacketAnnex(a.title, p, "document", sha256_file(p), _document_pdf_name(desk, a)))
                continue
            if not a.sha256:
                raise ValidationFailed(Text(M.PACKET_ANNEX_NO_PDF, title=a.title))
            try:
                src = desk.store.open_path(a.sha256)
            except Exception:
                raise NotFound(Text(M.PACKET_ANNEX_MISSING, title=a.title)) from None
            ext, shown_name = ".pdf", None  # the manifest shows the file's own name, not the copy's
            with desk.reading() as s:
                if a.source == "evidence":
                    ev = s.get(Evidence, a.ref_id)
                    shown_name = ev.filename if ev else None
                    ext = Path(ev.filename).suffix.lower() if ev else ".pdf"
                elif a.source == "document":
                    shown_name = _document_pdf_name(desk, a)
            p = tmpdir / f"{len(items):03d}{ext or '.pdf'}"
            shutil.copyfile(src, p)
            items.append(PacketAnnex(a.title, p, a.source, a.sha256, shown_name))
        # The cover and the manifest state a cut-off only when the packet carries a liquidation made to it.
        liquidated = cut_off if fresh else None
        spec = PacketSpec(
            case_title=f"Proceso ejecutivo — obligación {cf.account_ref}",
            court=cf.court or _reparto_court(desk, actor, case, today, cut_off),
            radicado=cf.radicado,
            creditor=creditor_name,
            debtor=cf.debtor.name if cf.debtor else "",
            lawyer=lawyer_name,
            date=today,
            annexes=items,
            liquidation_cut_off=liquidated,
        )
        target = tmpdir / "paquete.pdf"
        pw = {items[i].path: v for i, a in enumerate(chosen) for k, v in (passwords or {}).items() if k == a.key}
        try:
            result = build_packet(spec, target, progress=progress, cancelled=cancelled, passwords=pw)
        except DocCancelled:
            raise Cancelled("Armado del paquete cancelado") from None
        except AnnexError as exc:
            title = next((it.title for it in items if it.path == exc.path), exc.path.name)
            raise ValidationFailed(Text(M.PACKET_ANNEX_UNUSABLE, title=title, reason=exc.reason)) from None
        check_cancel()  # the last moment a cancel leaves nothing behind
        try:
            for p in made:
                desk.store.add_file(p)
            stored = desk.store.add_file(target)
        except StoreError as exc:  # a full disk, an unplugged store: a refusal, not an unexpected error
            raise ValidationFailed(text_of(exc)) from None
        fresh_files = {key: store_prepared(desk, f.prepared) for key, f in fresh.items()}
        manifest = dict(result.manifest)
        manifest.setdefault("annexes", result.to_json()["annexes"])
        regenerated: list[str] = []
        with desk.uow() as uow:
            s = uow.session
            c = get_case_for_write(s, actor, case, action=Action.BUILD_PACKET)
            by_number: dict[int, str] = {}
            for n, a in enumerate(chosen, 1):
                if a.key in fresh:
                    docx_sha, pdf_sha = fresh_files[a.key]
                    doc = record_prepared(s, actor, c, fresh[a.key].prepared, docx_sha, pdf_sha)
                    regenerated.append(f"{doc.title} (versión {doc.version})")
                    by_number[n] = str(Path(doc.filename).with_suffix(".pdf"))
                elif a.key in converted:
                    row = s.get(GeneratedDocument, a.ref_id)
                    if row is not None and row.pdf_sha256 is None:  # the Word document keeps the PDF made of it
                        row.pdf_sha256 = items[n - 1].sha256
            manifest["annexes"] = [
                {**x, "filename": by_number[x["number"]]} if x.get("number") in by_number else x
                for x in manifest["annexes"]
            ]
            fp = FilingPacket(
                case_id=c.id,
                sha256=stored.sha256,
                pages=result.pages,
                manifest=_plain(manifest),
                by_user=actor.username,
            )
            s.add(fp)
            s.flush()
            touch(c, actor)
            summary = f"Paquete de radicación: {result.pages} folios, {len(items)} anexos"
            if liquidated:
                summary += f", liquidación con corte al {cut_off:%d/%m/%Y}"
            audit.record(
                s,
                actor.username,
                "packet.build",
                "packet",
                fp.id,
                case_id=c.id,
                summary=summary,
                after={
                    "sha256": stored.sha256,
                    "pages": result.pages,
                    "annexes": [a.title for a in result.annexes],
                    "liquidation_cut_off": liquidated.isoformat() if liquidated else None,
                    "regenerated": regenerated,
                    "converted_to_pdf": [a.title for a in chosen if a.key in converted],
                },
            )
            packet_id = fp.id
            uow.commit()
        final = stored.path
        if out is not None:
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(stored.path, out)
            out.with_suffix(".manifest.json").write_text(
                json.dumps(_plain(manifest), ensure_ascii=False, indent=2), encoding="utf-8"
            )
            final = out
    return PacketBuild(
        packet_id,
        final,
        result.pages,
        result.sha256,
        result.to_json()["annexes"],
        # a liquidation regenerated to the packet's cut-off is the one «a la fecha de radicación» (the case
        # file was read before those new versions were listed)
        [
            c.label + (f": {c.detail}" if c.detail else "")
            for c in cf.readiness
            if not c.ok and not (liquidated and c.code == "liquidation")
        ],
        liquidated,
        regenerated,
    )


@dataclass(frozen=True)
class _Fresh:
    """A demanda or liquidación generated again to the cut-off: not yet stored nor listed (see `_liquidated_to`)."""

    prepared: PreparedDocument
    path: Path  # its PDF, in the packet's working folder


def _document_pdf_name(desk: Desk, a: AnnexChoice) -> str | None:
    """The name the manifest shows for a generated document's PDF (`OB-1_poder_especial_v2.pdf`)."""
    with desk.reading() as s:
        doc = s.get(GeneratedDocument, a.ref_id)
        return str(Path(doc.filename).with_suffix(".pdf")) if doc else None


def _liquidated_to(
    desk: Desk,
    actor: Actor,
    case: int | str,
    chosen: list[AnnexChoice],
    today: dt.date,
    cut_off: dt.date,
    tmpdir: Path,
    progress: Callable[..., None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[AnnexChoice], dict[str, _Fresh]]:
    """The chosen annexes with the demanda and the liquidación generated again to the cut-off.

    Nothing is saved here: the new versions are listed in the case with the packet, or not at all.
    """
    from legal_desk.services.documents import prepare_document

    with desk.reading() as s:
        templates = {
            a.key: row.template
            for a in chosen
            if a.source == "document" and (row := s.get(GeneratedDocument, a.ref_id)) is not None
        }
    out: list[AnnexChoice] = []
    fresh: dict[str, _Fresh] = {}
    for a in chosen:
        template = templates.get(a.key)
        if template not in LIQUIDATED_TEMPLATES:
            out.append(a)
            continue
        if cancelled and cancelled():
            raise Cancelled("Armado del paquete cancelado")
        if progress:
            progress(0, 0, Text(M.PACKET_GENERATING, title=a.title, day=f"{cut_off:%d/%m/%Y}"))
        try:
            doc = prepare_document(
                desk, actor, case, str(template), pdf=True, today=today, liquidate_to=cut_off, cancelled=cancelled
            )
        except (ValidationFailed, NotFound) as exc:  # missing fields, rates that do not reach the cut-off...
            raise ValidationFailed(
                Text(M.PACKET_REGENERATE_FAILED, title=a.title, day=f"{cut_off:%d/%m/%Y}", reason=text_of(exc))
            ) from None
        if doc.pdf is None:
            raise ValidationFailed(
                Text(
                    M.PACKET_REGENERATE_NO_PDF,
                    title=a.title,
                    day=f"{cut_off:%d/%m/%Y}",
                    reason=doc.warning_text or doc.warning,
                )
            )
        path = tmpdir / f"nuevo_{len(fresh):02d}_{template}.pdf"
        path.write_bytes(doc.pdf)
        key = f"new:{template}"
        fresh[key] = _Fresh(doc, path)
        out.append(replace(a, key=key, ref_id=None, sha256=sha256_file(path), docx_only=False))
    return out, fresh


def _docx_to_pdf(
    desk: Desk,
    chosen: list[AnnexChoice],
    fresh: dict[str, _Fresh],
    tmpdir: Path,
    progress: Callable[..., None] | None,
    cancelled: Callable[[], bool] | None,
) -> dict[str, Path]:
    """The PDF of each chosen document kept only as Word, converted by LibreOffice in one run ({key: pdf}).

    A document that cannot be converted is refused by name, saying what to do.
    """
    wanted = [a for a in chosen if a.source == "document" and a.key not in fresh and not a.sha256]
    if not wanted:
        return {}
    if progress:
        progress(0, 0, Text(M.PACKET_CONVERTING, titles=", ".join(a.title for a in wanted)))
    sources: dict[str, Path] = {}
    folder = tmpdir / "word"
    folder.mkdir()
    with desk.reading() as s:
        for n, a in enumerate(wanted):
            row = s.get(GeneratedDocument, a.ref_id)
            if row is None:
                raise NotFound(Text(M.PACKET_ANNEX_MISSING, title=a.title))
            try:
                src = desk.store.open_path(row.docx_sha256)
            except Exception:
                raise NotFound(Text(M.PACKET_ANNEX_MISSING, title=a.title)) from None
            sources[a.key] = folder / f"{n:03d}_{row.template}.docx"
            shutil.copyfile(src, sources[a.key])
    try:
        pdfs = convert_many(list(sources.values()), tmpdir / "word_pdf", cancelled=cancelled)
    except DocCancelled:
        raise Cancelled("Armado del paquete cancelado") from None
    except ConverterUnavailable:
        missing = Text(M.PACKET_NO_LIBREOFFICE)
        raise ValidationFailed(Text(M.PACKET_DOCX_NOT_CONVERTED, title=wanted[0].title, reason=missing)) from None
    except ConversionError as exc:
        failed = next(a for a in wanted if sources[a.key].resolve() in exc.failed)
        reason = exc.failed[sources[failed.key].resolve()]
        raise ValidationFailed(Text(M.PACKET_DOCX_NOT_CONVERTED, title=failed.title, reason=reason)) from None
    return dict(zip(sources, pdfs, strict=True))


def _reparto_court(desk: Desk, actor: Actor, case: int | str, today: dt.date, cut_off: dt.date) -> str:
    """Before reparto: the judge the lawsuit is addressed to, as the demanda names it (by cuantía to the cut-off)."""
    from legal_desk.documents.context import build_context
    from legal_desk.services.documents import case_document_data

    try:
        court = str(build_context(case_document_data(desk, actor, case, today=today, liquidate_to=cut_off))["court"])
    except ServiceError:
        court = ""
    return court or "Juzgado (por asignar en el reparto)"


def _plain(value: Any) -> Any:
    from legal_desk.services.cases import jsonable

    return jsonable(value)


def packet_path(desk: Desk, actor: Actor, packet_id: int) -> Path:
    """Where a saved packet's PDF lives in the store (to open or save a copy)."""
    with desk.reading() as s:
        fp = s.get(FilingPacket, packet_id)
        if fp is None:
            raise NotFound(Text(M.PACKET_NOT_FOUND, id=packet_id))
        check_may_read(actor, find_case(s, fp.case_id), legal=True)
        sha = fp.sha256
    try:
        return desk.store.open_path(sha)
    except Exception:
        raise NotFound(Text(M.PACKET_FILE_MISSING, id=packet_id)) from None


def list_packets(desk: Desk, actor: Actor, case: int | str) -> list[dict[str, Any]]:
    """Packets saved to a case, newest first."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        rows = s.execute(
            select(FilingPacket).where(FilingPacket.case_id == c.id).order_by(FilingPacket.id.desc())
        ).scalars()
        return [
            {
                "packet_id": p.id,
                "sha256": p.sha256,
                "pages": p.pages,
                "by": p.by_user,
                "created_at": p.created_at,
                "annexes": (p.manifest or {}).get("annexes", []),
                "liquidation_cut_off": (p.manifest or {}).get("liquidation_cut_off"),
            }
            for p in rows
        ]
