"""Window sizes that fit the screen the user really has (UI helper).

A window's preferred size (1280×800 for the main window, 1180×760 for the filing packet) is more than a
1366×768 laptop or a 1920×1080 screen at 150 % (1280×720 logical pixels) has free: the title bar and
«Aceptar»/«Cerrar» ended up under the taskbar or off the screen. `fit_to_screen` gives the preferred size
when there is room and otherwise the free area of the screen, minus the window manager's frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept for what the window manager adds around a top-level widget (title bar and borders), which is
#: not part of QWidget.size(): ~31 px of title bar and 8 px of borders on Windows at 100 %.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The free area (without taskbar or dock) of the screen the widget opens on: its parent's, else its own."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """`width`×`height`, or less where the screen has not that much room (never below the widget's minimum)."""
    area = available_area(widget)
    room_w = area.width() - FRAME_ALLOWANCE.width()
    room_h = area.height() - FRAME_ALLOWANCE.height()
    minimum = widget.minimumSize()
    return QSize(max(min(width, room_w), minimum.width()), max(min(height, room_h), minimum.height()))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize a window or dialog to its preferred size, shrunk to the screen's free area (see the module)."""
    size = fitting_size(widget, width, height)
    widget.resize(size)
    return size


def centre_on_screen(widget: QWidget) -> None:
    """Put a top-level window in the middle of its screen's free area (all of it, frame included, in sight)."""
    area = available_area(widget)
    frame = FRAME_ALLOWANCE
    x = area.x() + max(0, (area.width() - widget.width() - frame.width()) // 2)
    y = area.y() + max(0, (area.height() - widget.height() - frame.height()) // 2)
    widget.move(x, y)
