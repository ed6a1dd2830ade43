"""Fixtures shared by the UI tests: message boxes collected instead of shown, the language reset."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from legal_desk.ui.i18n import install_language
from legal_desk.ui.models.case_table import page_pool
from legal_desk.ui.widgets.preview import conversion_pool


@pytest.fixture(autouse=True)
def _starts_in_spanish(qapp: Any) -> None:
    """Every UI test starts in Spanish, whatever a test before it in the same worker left installed."""
    install_language("es")


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    """The test starts and ends in Spanish (a test that switches to English leaves no trace)."""
    install_language("es")
    yield
    QThreadPool.globalInstance().waitForDone()
    page_pool().waitForDone()  # no docket page still being read into the next test
    conversion_pool().waitForDone()  # no LibreOffice preview left running into the next test
    install_language("es")


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No information/warning/critical box ever blocks; their texts are collected in order."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect warnings and notices instead of showing them; confirmation questions answer Yes."""
    seen: list[str] = []

    def box(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return seen
