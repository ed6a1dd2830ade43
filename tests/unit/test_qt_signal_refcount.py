"""PySide6 6.12.0's Signal.emit() released its bool result once too often: after some thousands of emits
Python aborted («Fatal Python error: bool_dealloc»). pyproject.toml pins PySide6 below 6.12; this test
fails (instead of the app aborting later) if an installed PySide has the same leak."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    changed = Signal(object)


def test_emitting_a_signal_does_not_release_true_or_false() -> None:
    source = _Source()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):  # far fewer than it takes to abort, enough to see a count drop
        source.changed.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False)
    # a leak of one reference per emit would show as a drop of about 200 in one of the two counts
    assert after[0] > before[0] - 50 and after[1] > before[1] - 50, (before, after)
