"""Splitter positions and dialog sizes kept from one session to the next (in the user's UI settings).

Only the main window's size and the docket's columns were kept: the line a user dragged between a case's
evidence list and its preview, or a packet dialog made larger to read the folios, was back to the default
at the next case or the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QDialog, QSplitter

from legal_desk.ui.widgets.screen_fit import fit_to_screen


def remember_splitter(splitter: QSplitter, settings: Any, key: str) -> bool:
    """Put the splitter where the user left it under `key` (True when there was a position), and keep each
    position the user drags it to. `settings` is the UiSettings (None: nothing is kept)."""
    if settings is None:
        return False
    full = f"splitter/{key}"
    state = settings.load_value(full)
    restored = isinstance(state, QByteArray) and not state.isEmpty() and splitter.restoreState(state)
    # only the user's drags emit splitterMoved (not the layout, nor restoreState)
    splitter.splitterMoved.connect(lambda _pos, _index: settings.save_value(full, splitter.saveState()))
    return bool(restored)


def remember_size(dialog: QDialog, settings: Any, name: str) -> bool:
    """Give the dialog the size it had when it was last closed (True when it had one), no more than this
    screen's free area, and keep its size when it closes. Call after its default size is set. Only the size:
    the dialog still opens over its window (a place saved on a second monitor would be lost)."""
    if settings is None:
        return False
    key = f"dialog/{name}/size"
    saved = settings.load_value(key)
    restored = isinstance(saved, QSize) and saved.isValid()
    if restored:
        fit_to_screen(dialog, saved.width(), saved.height())
    dialog.finished.connect(lambda _result: settings.save_value(key, dialog.size()))
    return restored
