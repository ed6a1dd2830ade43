"""Integrity: re-hash every stored file and verify the audit chain, naming whatever fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from sqlalchemy import select, union

from legal_desk.db.models import Evidence, FilingPacket, GeneratedDocument
from legal_desk.services.audit import verify_chain
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Cancelled


@dataclass
class IntegrityReport:
    """What `legal-desk verify` found."""

    files_checked: int = 0
    events_checked: int = 0
    file_problems: list[dict[str, str]] = field(default_factory=list)
    audit_problems: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_problems and not self.audit_problems

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "files_checked": self.files_checked,
            "events_checked": self.events_checked,
            "file_problems": self.file_problems,
            "audit_problems": self.audit_problems,
        }


#: The columns that name a file in the store; every other hash column (e.g. a rate file's) is only a record.
STORED_FILE_COLUMNS = (
    Evidence.sha256,
    GeneratedDocument.docx_sha256,
    GeneratedDocument.pdf_sha256,
    FilingPacket.sha256,
)


def packet_annex_files(manifest: Any) -> list[tuple[str, str]]:
    """(sha256, file name) of each annex a packet's manifest lists: every one is kept in the store.

    Evidence and documents are there under their own rows; the contact log (bitácora) made for a
    packet has no row of its own, so the manifest is what names it.

    Left out: the contact log of a packet built by a release before the store kept it. Those
    releases listed its hash under the temporary name «bitacora.pdf» (later ones name it
    «<obligación>_bitacora_<fecha>.pdf» and keep it) and never stored the file: its pages are inside
    the packet PDF, which is checked by its own hash. Counting it made `verify` report «falta el
    archivo», and every backup «faltan 1 archivos», on every upgraded desk, with nothing to repair.
    """
    annexes = manifest.get("annexes") or [] if isinstance(manifest, dict) else []
    return [
        (a["sha256"], a.get("filename") or a.get("title") or "")
        for a in annexes
        if a.get("sha256") and a.get("filename") != _UNKEPT_CONTACT_LOG
    ]


#: The name early releases gave a packet's contact log, which they never put in the store.
_UNKEPT_CONTACT_LOG = "bitacora.pdf"


def verify(
    desk: Desk,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IntegrityReport:
    """Re-hash every file the database references and re-compute the audit chain.

    `cancelled` answering True stops the re-hashing: Cancelled is raised, no partial report.
    """
    report = IntegrityReport()
    with desk.reading() as s:
        found = s.execute(union(*(select(c).where(c.is_not(None)) for c in STORED_FILE_COLUMNS))).scalars()
        hashes = sorted({h for h in found if h})
        uses: dict[str, tuple[str, list[int]]] = {}  # sha256 → (first file name, cases using it)

        def note(sha: str | None, case_id: int, name: str) -> None:
            if sha:
                uses.setdefault(sha, (name, []))[1].append(case_id)

        for sha, case_id, filename in s.execute(
            select(Evidence.sha256, Evidence.case_id, Evidence.filename).order_by(Evidence.id)
        ):
            note(sha, case_id, filename)
        for docx, pdf, case_id, filename in s.execute(
            select(
                GeneratedDocument.docx_sha256,
                GeneratedDocument.pdf_sha256,
                GeneratedDocument.case_id,
                GeneratedDocument.filename,
            ).order_by(GeneratedDocument.id)
        ):
            note(docx, case_id, filename)
            note(pdf, case_id, str(PurePath(filename).with_suffix(".pdf")))
        annexes: set[str] = set()
        for sha, case_id, packet_id, manifest in s.execute(
            select(FilingPacket.sha256, FilingPacket.case_id, FilingPacket.id, FilingPacket.manifest).order_by(
                FilingPacket.id
            )
        ):
            note(sha, case_id, f"paquete de radicación {packet_id}")
            for annex_sha, annex_name in packet_annex_files(manifest):
                annexes.add(annex_sha)
                note(annex_sha, case_id, f"{annex_name}, anexo del paquete {packet_id}")
        hashes = sorted(set(hashes) | annexes)
        names = {sha: _describe(name, cases) for sha, (name, cases) in uses.items()}
        report.events_checked, chain = verify_chain(s)
    problems = desk.store.verify_many(hashes, progress, cancelled)
    if cancelled is not None and cancelled():
        raise Cancelled("Verificación cancelada antes de revisar todos los archivos")
    report.files_checked = len(hashes)
    report.file_problems = [{"sha256": h, "file": names.get(h, h), "problem": p} for h, p in sorted(problems.items())]
    report.audit_problems = [{"event_id": p.event_id, "problem": p.message} for p in chain]
    return report


def _describe(name: str, cases: list[int]) -> str:
    """`pagare.pdf (expediente 12)`, or `pagare.pdf (expediente 12 y 40 más)` for a file several cases share."""
    distinct = sorted(set(cases))
    more = f" y {len(distinct) - 1} más" if len(distinct) > 1 else ""
    return f"{name} (expediente {distinct[0]}{more})"
