"""The evidence store is on a USB disk or a network share that gets unplugged while the desk works: the app
does not make the folder again on the local disk (files written there would vanish under the share once it
is back), it says what happened and saves nothing; a new desk still creates its store, a restore refills it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from legal_desk.db.models import Evidence
from legal_desk.services import evidence
from legal_desk.services.backup import backup, restore
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_core import PDF, handover


def _unplugged(root: Path, name: str) -> str:
    return (
        f"La carpeta de archivos {root} no está o está vacía, pero la base de datos tiene archivos guardados en ella; "
        f"no se guardó {name}. ¿Se desconectó el disco USB o la unidad de red? Vuelva a conectarla y repita; si la "
        "carpeta cambió de lugar, indíquela en Configuración (o con --store)"
    )


def _evidence_rows(desk: Desk) -> int:
    with desk.reading() as s:
        return s.scalar(select(func.count()).select_from(Evidence)) or 0


def test_an_unplugged_store_is_not_made_again_and_nothing_is_saved(desk: Desk, tmp_path: Path) -> None:
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    root = desk.store.root
    assert not root.exists()  # a new desk: its first file creates the store
    first = tmp_path / "pagare.pdf"
    first.write_bytes(PDF)
    evidence.add_evidence(desk, para, "OB-2024-0001", first, "title")
    assert root.is_dir()

    root.rename(tmp_path / "usb")  # the disk is unplugged
    poder = tmp_path / "poder.pdf"
    poder.write_bytes(PDF + b"%poder")
    with pytest.raises(ValidationFailed) as caught:
        evidence.add_evidence(desk, para, "OB-2024-0001", poder, "power_of_attorney")
    # before: the folder was made again, empty, on the local disk and the file «saved» there
    assert str(caught.value) == _unplugged(root, "poder.pdf")
    assert not root.exists()
    assert _evidence_rows(desk) == 1

    root.mkdir()  # a share's mount point, left empty while the share is not mounted
    with pytest.raises(ValidationFailed, match="no está o está vacía"):
        evidence.add_evidence(desk, para, "OB-2024-0001", poder, "power_of_attorney")
    assert list(root.iterdir()) == []
    root.rmdir()

    (tmp_path / "usb").rename(root)  # plugged in again: the same file goes in
    evidence.add_evidence(desk, para, "OB-2024-0001", poder, "power_of_attorney")
    assert _evidence_rows(desk) == 2


def test_a_restore_refills_a_store_that_is_gone(sqlite_desk: Desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    admin = actor_for(desk, "admin")
    handover(desk, actor_for(desk, "cobranza"))
    f = tmp_path / "pagare.pdf"
    f.write_bytes(PDF)
    info = evidence.add_evidence(desk, actor_for(desk, "dependiente"), "OB-2024-0001", f, "title")
    backup(desk, admin, tmp_path / "copia.zip")
    desk.store.root.rename(tmp_path / "disco_danado")  # the disk died; the backup is what is left
    restore(desk, admin, tmp_path / "copia.zip", replace=True)
    assert desk.store.path_for(info.sha256).read_bytes() == PDF


def test_a_full_disk_while_generating_a_document_is_a_refusal_and_lists_nothing(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from legal_desk.db.models import GeneratedDocument
    from legal_desk.services import documents
    from legal_desk.services.demo import load_demo
    from legal_desk.store import filestore
    from tests.conftest import DEMO_TODAY

    load_demo(desk, actor_for(desk, "admin"), 20, seed=5, today=DEMO_TODAY)
    law = actor_for(desk, "lrestrepo")
    case_id = documents.cases_in_stage(desk, law, "EXECUTION")[0]
    with desk.reading() as s:
        before = s.scalar(select(func.count()).select_from(GeneratedDocument))
    files_before = {p for p in desk.store.root.rglob("*") if p.is_file()}

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filestore.os, "fsync", no_space)
    # before: a StoreError (an OSError), which the desktop showed as «Error inesperado: …» with a traceback
    with pytest.raises(ValidationFailed) as caught:
        documents.generate_document(desk, law, case_id, "poder_especial", pdf=False)
    assert str(caught.value) == (
        f"No hay espacio en el disco de la carpeta de archivos {desk.store.root}; no se guardó poder_especial.docx. "
        "Libere espacio"
    )
    with desk.reading() as s:
        assert s.scalar(select(func.count()).select_from(GeneratedDocument)) == before  # no version listed
    assert {p for p in desk.store.root.rglob("*") if p.is_file()} == files_before  # no half-written file left
