"""The filing packet (*demanda con anexos*): chosen documents and evidence in one foliated PDF, saved to the case."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from legal_desk.db.models import Client, ContactAttempt, Evidence, FilingPacket, GeneratedDocument, User
from legal_desk.documents.contact_log import ContactLine, contact_log_pdf
from legal_desk.documents.errors import Cancelled as DocCancelled
from legal_desk.documents.packets import AnnexError, PacketAnnex, PacketSpec, build_packet
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import EVIDENCE_KINDS
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
from legal_desk.services.errors import Cancelled, NotFound, ServiceError, ValidationFailed

#: DOMAIN.md §8: the order annexes follow in a Colombian filing.
_DOC_ORDER = ["demanda_ejecutiva", "poder_especial"]
_EVIDENCE_ORDER = ["title", "creditor_certificate", "power_of_attorney", "id_document"]
_AFTER = ["liquidacion_credito"]
_PROOF_ORDER = ["notice_proof", "payment_agreement", "email", "contact_log", "other", "liquidation"]


@dataclass(frozen=True)
class AnnexChoice:
    """A candidate annex: what it is, where it comes from, and whether it is included."""

    key: str  # "doc:<id>", "ev:<id>" or "contact_log"
    title: str
    source: str  # document | evidence | contact_log
    ref_id: int | None
    sha256: str | None
    include: bool = True


@dataclass
class PacketBuild:
    """A packet saved to the case, with what the readiness checklist still misses."""

    packet_id: int
    path: Path
    pages: int
    sha256: str
    annexes: list[dict[str, Any]]
    missing: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "pages": self.pages,
            "sha256": self.sha256,
            "annexes": self.annexes,
            "packet_id": self.packet_id,
            "missing": self.missing,
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

        def doc_choice(d: GeneratedDocument) -> AnnexChoice:
            return AnnexChoice(f"doc:{d.id}", d.title, "document", d.id, d.pdf_sha256, include=d.pdf_sha256 is not None)

        def ev_choice(e: Evidence) -> AnnexChoice:
            label = EVIDENCE_KINDS.get(e.kind, e.kind)
            title = f"{label}: {e.description}" if e.description and e.description != label else label
            pdf_like = e.media_type in ("application/pdf", "image/png", "image/jpeg", "image/tiff")
            return AnnexChoice(f"ev:{e.id}", title, "evidence", e.id, e.sha256, include=pdf_like)

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
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketBuild:
    """Build the packet from the chosen annexes (default: `default_annexes`), store it and list it in the case."""
    actor.require(Action.BUILD_PACKET)
    today = today or dt.date.today()
    chosen = [a for a in (annexes if annexes is not None else default_annexes(desk, actor, case)) if a.include]
    if not chosen:
        raise ValidationFailed(Text(M.PACKET_EMPTY))
    cf = get_case_file(desk, actor, case, today=today)
    with desk.reading() as s:
        client = (
            s.get(
                Client,
                cf.client and s.execute(select(Client.id).where(Client.id_number == cf.client["id_number"])).scalar(),
            )
            if cf.client
            else None
        )
        lawyer = s.get(User, cf.lawyer_id) if cf.lawyer_id else None
        creditor_name = client.name if client else ""
        lawyer_name = lawyer.full_name if lawyer else (actor.full_name or actor.username)
        names: dict[str, str] = {row[0]: row[1] for row in s.execute(select(User.username, User.full_name))}
    with tempfile.TemporaryDirectory(prefix="legal_desk_packet_") as tmp:
        tmpdir = Path(tmp)
        items: list[PacketAnnex] = []
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
                log = desk.store.add_file(p)
                items.append(PacketAnnex(a.title, p, "contact_log", log.sha256, log_name))
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
                    doc = s.get(GeneratedDocument, a.ref_id)
                    shown_name = str(Path(doc.filename).with_suffix(".pdf")) if doc else None
            p = tmpdir / f"{len(items):03d}{ext or '.pdf'}"
            shutil.copyfile(src, p)
            items.append(PacketAnnex(a.title, p, a.source, a.sha256, shown_name))
        spec = PacketSpec(
            case_title=f"Proceso ejecutivo — obligación {cf.account_ref}",
            court=cf.court or _reparto_court(desk, actor, case, today),
            radicado=cf.radicado,
            creditor=creditor_name,
            debtor=cf.debtor.name if cf.debtor else "",
            lawyer=lawyer_name,
            date=today,
            annexes=items,
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
        stored = desk.store.add_file(target)
        manifest = dict(result.manifest)
        manifest.setdefault("annexes", result.to_json()["annexes"])
        with desk.uow() as uow:
            s = uow.session
            c = get_case_for_write(s, actor, case, action=Action.BUILD_PACKET)
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
            audit.record(
                s,
                actor.username,
                "packet.build",
                "packet",
                fp.id,
                case_id=c.id,
                summary=f"Paquete de radicación: {result.pages} folios, {len(items)} anexos",
                after={"sha256": stored.sha256, "pages": result.pages, "annexes": [a.title for a in result.annexes]},
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
    return PacketBuild(packet_id, final, result.pages, result.sha256, result.to_json()["annexes"], cf.missing)


def _reparto_court(desk: Desk, actor: Actor, case: int | str, today: dt.date) -> str:
    """Before reparto: the judge the lawsuit is addressed to, as the demanda names it (by cuantía)."""
    from legal_desk.documents.context import build_context
    from legal_desk.services.documents import case_document_data

    try:
        court = str(build_context(case_document_data(desk, actor, case, today=today))["court"])
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
            }
            for p in rows
        ]
