"""A notice's proof of receipt is stored in a worker, with byte progress and Cancel (a 200 MB scan froze the window)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent, Notice
from legal_desk.services import notices
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs import records
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import lists
from legal_desk.ui.workers import Worker
from legal_desk.ui.workers import start as pool_start
from tests.ui.helpers import settle, wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over

MB = 1024 * 1024


def big_scan(path: Path, megabytes: int = 6) -> Path:
    """A PDF-looking scan of several MB (the store copies 1 MB at a time)."""
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(megabytes * MB))
    return path


@pytest.fixture
def notices_tab(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    case_id = hand_over(sqlite_desk)
    para = actor_for(sqlite_desk, "dependiente")
    sent = dt.date.today() - dt.timedelta(days=6)
    notices.add_notice(sqlite_desk, para, case_id, channel="mail", sent=sent, carrier="4-72", tracking="RA9")
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.resize(1280, 720)
    view.show()
    view.tabs.setCurrentWidget(view.notices_tab)
    view.notices_tab.select_row(0)
    scan = big_scan(tmp_path / "certificado_entrega_472.pdf")
    delivered = dt.date.today() - dt.timedelta(days=2)
    monkeypatch.setattr(
        records.ReceiptDialog,
        "ask",
        classmethod(lambda cls, parent, text, sent: records.ReceiptValues(delivered, None, scan, None)),
    )
    return view.notices_tab, scan


def watch_progress(monkeypatch: pytest.MonkeyPatch, cancel_after_first_chunk: bool) -> list[tuple[int, int, str]]:
    """What the worker reports; optionally the user's Cancel arriving while the scan is being copied."""
    seen: list[tuple[int, int, str]] = []
    real_start = lists.start

    def start(worker: Worker) -> Worker:
        real_progress = worker._progress

        def progress(done: int, total: int, label: str) -> None:
            seen.append((done, total, label))
            if cancel_after_first_chunk and 0 < done < total:
                worker.cancel()  # from the pool thread: the same Event the Cancel button sets
            real_progress(done, total, label)

        worker._progress = progress  # type: ignore[method-assign]
        return real_start(worker)

    monkeypatch.setattr(lists, "start", start)
    return seen


def test_a_big_receipt_is_stored_in_a_worker_with_progress(
    qtbot: Any, notices_tab: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    tab, scan = notices_tab
    seen = watch_progress(monkeypatch, cancel_after_first_chunk=False)
    tab.add_receipt()
    # the click returned at once: the scan is stored in the background, the tab shows it and offers Cancel
    assert tab.worker is not None and not tab.progress_row.isHidden()
    assert tab.progress_row.cancel_button.isEnabled() and not tab.receipt_button.isEnabled()
    settle(qtbot)
    kib = scan.stat().st_size // 1024
    assert seen[0] == (0, kib, scan.name) and seen[-1] == (kib, kib, scan.name)
    assert len(seen) > 5  # one report per MB copied: the bar moves
    assert tab.worker is None and tab.progress_row.isHidden() and messages == []
    row = tab.model.record(0)
    assert row["delivered"] == dt.date.today() - dt.timedelta(days=2)
    assert row["proof_sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert tab.host.ctx.desk.store.has(row["proof_sha256"])


def test_cancel_while_the_receipt_is_copied_keeps_nothing_and_records_nothing(
    qtbot: Any, notices_tab: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    tab, scan = notices_tab
    desk = tab.host.ctx.desk
    seen = watch_progress(monkeypatch, cancel_after_first_chunk=True)
    tab.add_receipt()
    settle(qtbot)
    assert any(0 < done < total for done, total, _ in seen)  # it was cancelled half-way
    assert messages == ["Se canceló: la constancia no se guardó y la comunicación quedó como estaba."]
    assert tab.worker is None and tab.progress_row.isHidden()
    assert not desk.store.has(hashlib.sha256(scan.read_bytes()).hexdigest())
    assert [p for p in desk.store.root.rglob("*") if p.is_file() and not p.name.startswith(".probe")] == []
    with desk.reading() as s:
        notice = s.execute(select(Notice)).scalar_one()
        assert notice.delivered_on is None and notice.proof_evidence_id is None
        assert s.execute(select(AuditEvent).where(AuditEvent.action == "notice.receipt")).first() is None
    assert tab.model.record(0)["delivered"] is None
    # the tab is usable again: the same receipt goes through
    tab.select_row(0)
    monkeypatch.setattr(lists, "start", pool_start)
    tab.add_receipt()
    settle(qtbot)
    assert tab.model.record(0)["proof_sha256"]


def test_a_worker_that_finished_its_writes_reports_them_even_if_cancel_came_late(qtbot: Any) -> None:
    def commit_then_see_cancel(worker_box: list[Worker]) -> str:
        worker_box[0].cancel()  # Cancel pressed after the last point where the work looked
        return "recorded"

    for done_is_done, expected in ((True, "finished"), (False, "cancelled")):
        box: list[Worker] = []
        worker = Worker(commit_then_see_cancel, box, with_progress=False, done_is_done=done_is_done)
        box.append(worker)
        got: list[str] = []
        worker.signals.finished.connect(lambda _r, got=got: got.append("finished"))
        worker.signals.cancelled.connect(lambda got=got: got.append("cancelled"))
        worker.run()
        qtbot.waitUntil(lambda got=got: bool(got), timeout=2000)
        assert got == [expected]
