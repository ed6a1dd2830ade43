"""The world around the app fails while a paralegal works: another desk holds the SQLite file for a long import.
The window stays usable and says, in the interface language, that the database is busy and nothing was saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from legal_desk.db import session as db_session
from legal_desk.services.desk import Desk
from legal_desk.ui.dialogs.records import EvidenceKindValues
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import evidence as evidence_tab
from tests.ui.helpers import settle, wait_loaded
from tests.ui.test_case_file import SHOTS, ctx_for, drop_files, hand_over, make_pdf


def test_adding_evidence_while_another_desk_writes_says_the_database_is_busy(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    case_id = hand_over(sqlite_desk)
    monkeypatch.setattr(db_session, "BUSY_TIMEOUT_S", 1)  # not 30 s in a test
    desk = Desk.open(sqlite_desk.config)  # a second desk on the same file, its connections waiting 1 s
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(
        evidence_tab, "pick_evidence_kind", lambda *_: EvidenceKindValues("title", dt.date(2024, 1, 15), None)
    )
    path = sqlite_desk.config.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    try:
        view = CaseFileView(ctx_for(desk, "dependiente"), case_id)
        qtbot.addWidget(view)
        wait_loaded(qtbot, view)
        view.resize(1280, 760)
        view.show()
        view.tabs.setCurrentWidget(view.evidence_tab)
        tab = view.evidence_tab
        other.execute("BEGIN IMMEDIATE")  # the other desk starts its import
        drop_files(tab, [make_pdf(tmp_path / "pagare.pdf", "PAGARÉ")])
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        settle(qtbot)
        # before: «Error inesperado: (sqlite3.OperationalError) database is locked [SQL: BEGIN IMMEDIATE] …»
        assert shown == [
            (
                "No se pudo completar",
                "La base de datos está ocupada: otro programa u otro legal_desk lleva más de 1 s guardando en ella "
                "(p. ej. una importación grande); no se guardó nada de esta operación, repítala cuando termine",
            )
        ]
        assert tab.worker is None and tab.progress_row.isHidden() and tab.add_button.isEnabled()
        assert tab.model.rowCount() == 0
        tab.grab().save(str(SHOTS / "evidence_database_busy.png"))

        install_language("en")
        shown.clear()
        drop_files(tab, [make_pdf(tmp_path / "poder.pdf", "PODER")])
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        settle(qtbot)
        assert shown[0][1] == (
            "The database is busy: another program or another legal_desk has been saving to it for more than 1 s "
            "(e.g. a large import); nothing of this operation was saved, repeat it when that finishes"
        )
        install_language("es")

        other.rollback()  # the import is over: the same drop now works
        with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
            drop_files(tab, [make_pdf(tmp_path / "pagare.pdf", "PAGARÉ")])
        settle(qtbot)
        assert [r["filename"] for r in tab.model.records()] == ["pagare.pdf"]
    finally:
        other.close()
        settle(qtbot)
        desk.close()


def test_adding_evidence_with_the_store_unplugged_says_so_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: shown.append(text) or QMessageBox.StandardButton.Ok
    )
    monkeypatch.setattr(
        evidence_tab, "pick_evidence_kind", lambda *_: EvidenceKindValues("title", dt.date(2024, 1, 15), None)
    )
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), hand_over(sqlite_desk))
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.show()
    view.tabs.setCurrentWidget(view.evidence_tab)
    tab = view.evidence_tab
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [make_pdf(tmp_path / "pagare.pdf", "PAGARÉ")])
    settle(qtbot)
    root = sqlite_desk.store.root
    root.rename(tmp_path / "usb")  # the USB disk is pulled out
    install_language("en")
    drop_files(tab, [make_pdf(tmp_path / "poder.pdf", "PODER")])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    settle(qtbot)
    assert shown == [
        f"The files folder {root} is missing or empty, but the database has files kept in it. Was the USB disk or the "
        "network drive disconnected? Connect it again and repeat; if the folder moved, set it in Settings (or with "
        "--store)"
    ]
    assert not root.exists() and [r["filename"] for r in tab.model.records()] == ["pagare.pdf"]
    # the row still listed cannot be shown: the preview says which file and why, no box at every click
    tab.select_row(0)
    settle(qtbot)
    assert tab.preview.kind == "none"
    assert tab.preview._none.text() == (
        f"The file of the evidence «pagare.pdf» is not in the files folder {root}: it was deleted or moved by hand, "
        "or that folder's disk is not connected. Connect it, or restore the folder from a backup"
    )
    assert len(shown) == 1
    view.grab().save(str(SHOTS / "evidence_store_unplugged.png"))
    install_language("es")


@pytest.fixture
def hung_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A LibreOffice that starts and never answers (prints nothing, converts nothing)."""
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nsleep 300\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LEGAL_DESK_SOFFICE", str(fake))
    return fake


def _documents_tab(qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> Any:
    from legal_desk.ui.dialogs.generate_document import GenerateChoice
    from legal_desk.ui.views.case_tabs import documents as documents_tab
    from tests.ui.test_documents_ui import execution_cases, lawyer_ctx, open_tab

    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", True))
    view, tab = open_tab(qtbot, lawyer_ctx(desk), execution_cases(desk)[0])
    return view, tab


@pytest.mark.usefixtures("hung_soffice")
def test_a_hung_libreoffice_can_be_cancelled_and_nothing_is_saved(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    from legal_desk.services.demo import load_demo
    from legal_desk.services.users import actor_for
    from tests.conftest import DEMO_TODAY

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 20, seed=5, today=DEMO_TODAY)
    view, tab = _documents_tab(qtbot, sqlite_desk, monkeypatch)
    rows = tab.model.rowCount()
    tab.generate_button.click()
    assert tab.generating.isVisible() and tab.generating.cancel_button.isEnabled()
    qtbot.wait(600)  # LibreOffice started and answers nothing; the window still handles the click below
    view.grab().save(str(SHOTS / "documents_generating_cancel.png"))
    # before: no Cancel, and the conversion waited for a line LibreOffice never printed, for ever
    tab.generating.cancel_button.click()
    qtbot.waitUntil(lambda: tab.worker is None, timeout=10_000)
    assert not tab.generating.isVisible() and tab.generate_button.isEnabled()
    assert tab.status.text() == "Generación cancelada: no se guardó ningún documento."
    settle(qtbot)
    assert tab.model.rowCount() == rows and tab.last_generated is None


@pytest.mark.usefixtures("hung_soffice")
def test_a_hung_libreoffice_times_out_and_the_docx_is_kept(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    from legal_desk.documents import pdf
    from legal_desk.services.demo import load_demo
    from legal_desk.services.users import actor_for
    from tests.conftest import DEMO_TODAY

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 20, seed=5, today=DEMO_TODAY)
    monkeypatch.setattr(pdf, "TIMEOUT_S", 1)  # not two minutes in a test
    monkeypatch.setattr(pdf, "TIMEOUT_PER_FILE_S", 0)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: shown.append(text) or QMessageBox.StandardButton.Ok
    )
    _view, tab = _documents_tab(qtbot, sqlite_desk, monkeypatch)
    tab.generate_button.click()
    # before: the 2-minute limit was never checked while LibreOffice printed nothing, and a timeout was tried
    # twice more; now one timeout, then the DOCX alone is saved and the user told why
    qtbot.waitUntil(lambda: tab.worker is None, timeout=15_000)
    doc = tab.last_generated
    assert doc is not None and doc.docx_sha256 and doc.pdf_sha256 is None
    assert shown == [
        "Se generó el DOCX pero no el PDF: No se pudieron convertir a PDF 1 archivo(s): "
        "poder_especial.docx: LibreOffice no respondió en 1 s"
    ]
