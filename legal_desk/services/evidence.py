"""Evidence: files added to a case, stored unchanged under their SHA-256, previewable, archived not deleted."""

from __future__ import annotations

import datetime as dt
import email.policy
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from legal_desk.db.models import Case, Evidence
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, label_term, text_of
from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import EVIDENCE_KINDS, evidence_kind_label
from legal_desk.services import audit
from legal_desk.services.cases import check_may_read, find_case_to_read, get_case_for_write, touch
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Cancelled, Conflict, NotFound, ValidationFailed
from legal_desk.services.legal import refuse_future
from legal_desk.store import StoreCancelled, StoredFile, StoreError
from legal_desk.store.filestore import sniff_media_type


@dataclass(frozen=True)
class EvidenceInfo:
    """A piece of evidence as shown and printed."""

    evidence_id: int
    case_id: int
    kind: str
    kind_label: str
    filename: str
    sha256: str
    size: int
    media_type: str
    date: dt.date | None
    description: str | None
    added_by: str | None
    added_at: dt.datetime


def _info(e: Evidence, jurisdiction: str | None) -> EvidenceInfo:
    return EvidenceInfo(
        e.id,
        e.case_id,
        e.kind,
        evidence_kind_label(e.kind, jurisdiction),
        e.filename,
        e.sha256,
        e.size,
        e.media_type,
        e.date,
        e.description,
        e.added_by,
        e.added_at,
    )


def _check_matches_extension(path: Path) -> None:
    """Refuse a file whose first bytes contradict its extension (a .pdf that is not a PDF)."""
    ext = path.suffix.lower()
    expected = {
        ".pdf": "application/pdf",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".tif": "image/tiff",
        ".tiff": "image/tiff",
    }.get(ext)
    with open(path, "rb") as fh:
        head = fh.read(_EML_HEAD)
    wrong = Text(M.EVIDENCE_WRONG_CONTENT, name=path.name, ext=ext[1:].upper())
    if expected and sniff_media_type(head[:16], "") != expected:
        raise ValidationFailed(wrong)
    if ext in _ZIP_FORMATS and not head.startswith(b"PK\x03\x04") and not _encrypted_ooxml(path, head, ext):
        raise ValidationFailed(wrong)  # .docx/.xlsx are ZIP packages (or, password-protected, see below)
    if ext in _OLE_FORMATS and not head.startswith(_OLE_MAGIC):
        raise ValidationFailed(wrong)  # .doc/.xls/.msg (Outlook) are OLE2 compound files
    if ext == ".eml" and not _looks_like_email(head):
        raise ValidationFailed(Text(M.EVIDENCE_NOT_EML, name=path.name))


def _encrypted_ooxml(path: Path, head: bytes, ext: str) -> bool:
    """A password-protected .docx/.xlsx/.pptx: Office wraps the encrypted ZIP package in an OLE2 file with
    «EncryptionInfo» and «EncryptedPackage» streams ([MS-OFFCRYPTO] 2.3.4.4), as banks often send
    statements; it is genuine evidence, stored as it came."""
    if ext not in _ENCRYPTABLE or not head.startswith(_OLE_MAGIC):
        return False
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return bool(ole.exists("EncryptedPackage") and ole.exists("EncryptionInfo"))
    except (OSError, ValueError):  # olefile raises OSError for a broken compound file
        return False


_EML_HEAD = 64 * 1024
_ENCRYPTABLE = frozenset({".docx", ".xlsx", ".pptx"})
_ZIP_FORMATS = frozenset({".docx", ".xlsx", ".pptx", ".odt", ".ods"})
_OLE_FORMATS = frozenset({".doc", ".xls", ".msg"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EMAIL_HEADERS = frozenset({"from", "to", "subject", "date", "message-id", "received", "return-path"})


def _looks_like_email(head: bytes) -> bool:
    """An RFC 822 message starts with header lines: at least two of the usual ones, no binary bytes."""
    if b"\x00" in head:
        return False
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    return len({k.lower() for k in headers} & _EMAIL_HEADERS) >= 2


def store_evidence_file(
    desk: Desk,
    path: Path | str,
    kind: str,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, StoredFile]:
    """Check a file and put it in the store (content-addressed: harmless if the transaction then fails).

    `progress(bytes_copied)` follows a big file; `cancelled()` stops it (Cancelled, nothing kept).
    """
    if kind not in EVIDENCE_KINDS:
        raise ValidationFailed(Text(M.EVIDENCE_KIND_UNKNOWN, kind=kind, kinds=", ".join(EVIDENCE_KINDS)))
    path = Path(path)
    if not path.exists():
        raise ValidationFailed(Text(M.FILE_DOES_NOT_EXIST, path=path))
    if not path.is_file():
        raise ValidationFailed(Text(M.FILE_NOT_A_FILE, path=path))
    if path.stat().st_size == 0:
        raise ValidationFailed(Text(M.FILE_IS_EMPTY, name=path.name))
    _check_matches_extension(path)
    try:
        return path, desk.store.add_file(path, progress=progress, cancelled=cancelled)
    except StoreCancelled:
        raise Cancelled(Text(M.FILE_NOT_ADDED, name=path.name)) from None
    except StoreError as exc:
        raise ValidationFailed(text_of(exc)) from None


def _refuse_duplicate(session: Session, case: Case, stored: StoredFile, kind: str, filename: str) -> None:
    """The same content already in the case file as the same kind (not withdrawn) is not added again.

    The same scan under another kind is allowed: one PDF often holds the pagaré and the poder together.
    """
    same = session.execute(
        select(Evidence)
        .where(
            Evidence.case_id == case.id,
            Evidence.sha256 == stored.sha256,
            Evidence.kind == kind,
            Evidence.archived.is_(False),
        )
        .order_by(Evidence.id)
        .limit(1)
    ).scalar_one_or_none()
    if same is not None:
        when = same.added_at.strftime("%d/%m/%Y") if same.added_at else ""
        raise Conflict(
            Text(
                M.EVIDENCE_DUPLICATE,
                filename=filename,
                same=same.filename,
                kind=label_term(evidence_kind_label(same.kind, case.jurisdiction)),
                day=when,
                who=same.added_by or "?",
            )
        )


def record_evidence(
    session: Session,
    actor: Actor,
    case: Case,
    stored: StoredFile,
    kind: str,
    filename: str,
    *,
    date: dt.date | None = None,
    description: str | None = None,
) -> EvidenceInfo:
    """The evidence row and its audit event, inside the caller's transaction."""
    refuse_future(
        date,
        case.jurisdiction,
        M.FUTURE_EVIDENCE,
    )
    ev = Evidence(
        case_id=case.id,
        kind=kind,
        date=date,
        description=description,
        filename=filename,
        sha256=stored.sha256,
        size=stored.size,
        media_type=stored.media_type,
        added_by=actor.username,
    )
    session.add(ev)
    session.flush()
    touch(case, actor)
    audit.record(
        session,
        actor.username,
        "evidence.add",
        "evidence",
        ev.id,
        case_id=case.id,
        summary=f"{evidence_kind_label(kind, case.jurisdiction)}: {ev.filename}",
        after={"kind": kind, "filename": ev.filename, "sha256": stored.sha256, "size": stored.size},
    )
    return _info(ev, case.jurisdiction)


def add_evidence(
    desk: Desk,
    actor: Actor,
    case: int | str,
    path: Path | str,
    kind: str,
    *,
    date: dt.date | None = None,
    description: str | None = None,
    filename: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> EvidenceInfo:
    """Add a file to a case: stored once by content, hashed, audited; the same content twice is refused."""
    actor.require(Action.ADD_EVIDENCE)
    path, stored = store_evidence_file(desk, path, kind, progress=progress, cancelled=cancelled)
    with desk.uow() as uow:
        c = get_case_for_write(uow.session, actor, case, action=Action.ADD_EVIDENCE)
        _refuse_duplicate(uow.session, c, stored, kind, filename or path.name)
        info = record_evidence(
            uow.session, actor, c, stored, kind, filename or path.name, date=date, description=description
        )
        uow.commit()
    return info


def list_evidence(desk: Desk, actor: Actor, case: int | str, *, include_archived: bool = False) -> list[EvidenceInfo]:
    """A case's evidence, oldest first (collections: not once legal accepted the case)."""
    with desk.reading() as s:
        c = find_case_to_read(s, actor, case, legal=True)
        q = select(Evidence).where(Evidence.case_id == c.id).order_by(Evidence.id)
        if not include_archived:
            q = q.where(Evidence.archived.is_(False))
        return [_info(e, c.jurisdiction) for e in s.execute(q).scalars()]


def _readable(s: Session, actor: Actor, evidence_id: int) -> EvidenceInfo:
    """A piece of evidence the actor may open (the same rule as the case file's evidence list)."""
    e = s.get(Evidence, evidence_id)
    if e is None:
        raise NotFound(Text(M.EVIDENCE_NOT_FOUND, id=evidence_id))
    c = s.get(Case, e.case_id)
    if c is not None:
        check_may_read(actor, c, legal=True)
    return _info(e, c.jurisdiction if c is not None else None)


def evidence_path(desk: Desk, actor: Actor, evidence_id: int) -> tuple[EvidenceInfo, Path]:
    """Where a piece of evidence lives in the store (for preview or export)."""
    with desk.reading() as s:
        info = _readable(s, actor, evidence_id)
    try:
        return info, desk.store.open_path(info.sha256)
    except StoreError:  # not a hash: the file as the case names it, and what to do
        raise NotFound(Text(M.EVIDENCE_FILE_MISSING, root=desk.store.root, name=info.filename)) from None


def verify_evidence(desk: Desk, actor: Actor, evidence_id: int) -> tuple[EvidenceInfo, str | None]:
    """Re-hash one piece of evidence in the store: (its info, None when intact or what is wrong)."""
    with desk.reading() as s:
        info = _readable(s, actor, evidence_id)
    return info, desk.store.verify(info.sha256)


def archive_evidence(desk: Desk, actor: Actor, evidence_id: int, reason: str) -> None:
    """Take a piece of evidence out of the case file (kept, audited, never deleted)."""
    if not reason.strip():
        raise ValidationFailed(Text(M.EVIDENCE_WITHDRAW_REASON))
    with desk.uow() as uow:
        s = uow.session
        e = s.get(Evidence, evidence_id)
        if e is None:
            raise NotFound(Text(M.EVIDENCE_NOT_FOUND, id=evidence_id))
        c = get_case_for_write(s, actor, e.case_id, action=Action.ADD_EVIDENCE)
        e.archived = True
        touch(c, actor)
        audit.record(
            s,
            actor.username,
            "evidence.archive",
            "evidence",
            e.id,
            case_id=c.id,
            summary=f"Retirada {e.filename}: {reason.strip()}",
            before={"archived": False},
            after={"archived": True},
        )
        uow.commit()
