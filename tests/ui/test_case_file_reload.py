"""A save re-reads the case file in a worker: the screen stays usable, the newest read wins, a closed view is safe."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from legal_desk.services import cases, contacts
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs import records
from legal_desk.ui.dialogs.records import StageMoveValues
from legal_desk.ui.views import case_file
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over


class HeldReads:
    """`load_case_file` made to wait for the test: each read is done, then held until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = case_file.load_case_file
        self.gates: list[threading.Event] = []
        self.read: list[threading.Event] = []
        self.hold = True
        monkeypatch.setattr(case_file, "load_case_file", self.load)

    def load(self, desk: Any, actor: Any, case_id: int) -> Any:
        if not self.hold:
            return self.real(desk, actor, case_id)
        gate, done = threading.Event(), threading.Event()
        self.gates.append(gate)
        self.read.append(done)
        result = self.real(desk, actor, case_id)
        done.set()
        assert gate.wait(10), "the test never released this read"
        return result

    def release(self, qtbot: Any, index: int) -> None:
        qtbot.waitUntil(lambda: len(self.read) > index and self.read[index].is_set(), timeout=10_000)
        self.gates[index].set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    reads = HeldReads(monkeypatch)
    yield reads
    for gate in reads.gates:  # a failed test leaves no worker waiting
        gate.set()
    QThreadPool.globalInstance().waitForDone()


def contact(desk: Desk, case_id: int, outcome: str) -> None:
    contacts.log_contact(
        desk, actor_for(desk, "dependiente"), case_id, channel="call", at=dt.datetime(2025, 7, 1, 10), outcome=outcome
    )


def outcomes(view: CaseFileView) -> list[str]:
    assert view.case is not None
    return sorted(c["outcome"] for c in view.case.contacts)


def test_a_save_keeps_the_case_shown_until_the_re_read_case_replaces_it(
    qtbot: Any, sqlite_desk: Desk, held: HeldReads
) -> None:
    case_id = hand_over(sqlite_desk)
    held.hold = False
    view = wait_loaded(qtbot, CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id))
    qtbot.addWidget(view)
    view.show()
    title = view.title.text()
    held.hold = True
    contact(sqlite_desk, case_id, "promise_to_pay")
    view.ctx.events.case_changed.emit(case_id)  # as after any save in the case file
    # read in a worker: the case shown stays, whole and usable (no «Cargando…», no empty tabs)
    assert view.is_loading()
    assert view.title.text() == title and view.tabs.isEnabled()
    assert all(view.tabs.widget(i).isEnabled() for i in range(view.tabs.count()))
    assert view.contacts_tab.model.rowCount() == 0 and view.contacts_tab.log_button.isEnabled()
    assert not view.loading_bar.isVisible()  # a quick re-read shows no busy bar at all
    qtbot.waitUntil(view.loading_bar.isVisible, timeout=2000)  # a slow one says it is working
    held.release(qtbot, 0)
    wait_loaded(qtbot, view)
    assert outcomes(view) == ["promise_to_pay"] and view.contacts_tab.model.rowCount() == 1
    assert view.title.text() == title and not view.loading_bar.isVisible()


def test_the_newest_read_wins_over_an_older_one(qtbot: Any, sqlite_desk: Desk, held: HeldReads) -> None:
    case_id = hand_over(sqlite_desk)
    held.hold = False
    view = wait_loaded(qtbot, CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id))
    qtbot.addWidget(view)
    held.hold = True
    shown: list[list[str]] = []
    view.loaded.connect(lambda: shown.append(outcomes(view)))
    contact(sqlite_desk, case_id, "callback")
    view.reload()
    qtbot.waitUntil(lambda: bool(held.read) and held.read[0].is_set(), timeout=10_000)  # read before the 2nd save
    contact(sqlite_desk, case_id, "no_answer")
    view.reload()
    view.reload()  # a third save meanwhile asks for the same one read again, not two
    held.release(qtbot, 0)
    held.release(qtbot, 1)  # the second read starts only once the first is in
    wait_loaded(qtbot, view)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    # the first read lacked the second save: it was never shown, the screen went straight to the newest
    assert shown == [["callback", "no_answer"]]
    assert len(held.gates) == 2 and outcomes(view) == ["callback", "no_answer"]


def test_a_read_finishing_after_the_view_closed_is_ignored(qtbot: Any, sqlite_desk: Desk, held: HeldReads) -> None:
    case_id = hand_over(sqlite_desk)
    held.hold = False
    view = wait_loaded(qtbot, CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id))
    view.show()
    held.hold = True
    contact(sqlite_desk, case_id, "promise_to_pay")
    view.reload()
    view.after_reload(lambda: pytest.fail("a closed view runs nothing"))
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: bool(held.read) and held.read[0].is_set(), timeout=10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(view)  # gone (pytest-qt fails the test on an exception in a slot)
    held.release(qtbot, 0)
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QApplication.processEvents()


def test_a_stage_move_started_before_the_re_read_waits_for_it_instead_of_conflicting(
    qtbot: Any, sqlite_desk: Desk, held: HeldReads, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user's own save is not reported as someone else's change: the move uses the saved case's version."""
    case_id = hand_over(sqlite_desk)
    held.hold = False
    view = wait_loaded(qtbot, CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id))
    qtbot.addWidget(view)
    asked: list[str] = []
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(
            lambda cls, p, cur, t, label, **_k: asked.append(label) or StageMoveValues("Recibido", None, None, None)
        ),
    )
    held.hold = True
    assert view.run_write(
        cases.update_case, case_id, cases.CaseUpdate(court="Juzgado 3 Civil"), expected_version=view.case.version
    )
    assert view.is_loading()
    assert view.move_stage("EVIDENCE") is False and asked == []  # not asked on the case from before the save
    held.release(qtbot, 0)
    held.hold = False  # the read after the move (started once this one is shown) is not held
    wait_loaded(qtbot, view)
    assert asked == ["Recaudo de pruebas"] and messages == []
    assert view.case is not None and (view.case.stage, view.case.court) == ("EVIDENCE", "Juzgado 3 Civil")
