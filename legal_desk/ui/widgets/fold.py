"""Layouts for narrow windows: panes that stack when there is no room beside each other, check boxes whose
long labels wrap, tables as wide as their columns.

At a 15 pt desktop font on a 1366 px laptop, «Términos y tasas» scrolled sideways: the calendar's four option
labels (a check box never wraps its text) and two panes side by side asked for more than the window had, so
«Cierres y reaperturas» was half off the right edge; the cuantía's two lists likewise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableView,
    QWidget,
)

Direction = QBoxLayout.Direction


class Fold(QWidget):
    """Panes side by side when the width gives each the width it asks for (`sizeHint`), else one above the
    other. Its minimum width is that of its widest pane, so it never makes a window or a scroll area wider."""

    #: Extra width needed to go back to side by side: the stacked panes are taller, a vertical scroll bar may
    #: come and take this much width; without the margin the two layouts would take turns.
    HYSTERESIS = 32

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._panes: list[tuple[QWidget, int, int]] = []  # pane, stretch side by side, stretch stacked

    def add(self, pane: QWidget, stretch: int = 0, *, stacked_stretch: int | None = None) -> None:
        self._panes.append((pane, stretch, stretch if stacked_stretch is None else stacked_stretch))
        self._box.addWidget(pane, stretch)

    def is_side_by_side(self) -> bool:
        return self._box.direction() == Direction.LeftToRight

    def side_by_side_width(self) -> int:
        """The width at which every pane has the width it asks for, side by side."""
        shown = [p for p, _a, _d in self._panes if not p.isHidden()]
        wanted = sum(max(p.sizeHint().width(), p.minimumSizeHint().width()) for p in shown)
        return wanted + self._spacing() * max(0, len(shown) - 1)

    def _spacing(self) -> int:
        spacing = self._box.spacing()
        if spacing < 0:
            spacing = self.style().layoutSpacing(
                QSizePolicy.ControlType.GroupBox, QSizePolicy.ControlType.GroupBox, Qt.Orientation.Horizontal
            )
        return max(spacing, 0)

    def minimumSizeHint(self) -> QSize:
        shown = [p for p, _a, _d in self._panes if not p.isHidden()]
        width = max((p.minimumSizeHint().width() for p in shown), default=0)
        return QSize(width, self._box.minimumSize().height())

    def _decide(self, width: int) -> None:
        needed = self.side_by_side_width()
        side = self.is_side_by_side()
        want_side = width >= needed + (0 if side else self.HYSTERESIS)
        if want_side == side:
            return
        self._box.setDirection(Direction.LeftToRight if want_side else Direction.TopToBottom)
        for pane, across, down in self._panes:
            self._box.setStretchFactor(pane, across if want_side else down)
        self.updateGeometry()

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._decide(self.width())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._decide(self.width())  # a pane asks for more (or less): a font or a language change
        return super().event(event)


class WrapCheckBox(QCheckBox):
    """A check box whose label wraps to the width it has (a QCheckBox keeps its text on one line). The label
    is drawn by a word-wrapped QLabel beside the box; a click anywhere on it toggles the box."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self._label)
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._indent()

    def text(self) -> str:  # type: ignore[override]
        return self._label.text()

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def _indent(self) -> None:
        style = self.style()
        left = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self
        )
        self._layout.setContentsMargins(left, 0, 0, 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._indent()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return self._layout.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._layout.totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.totalHeightForWidth(width)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        # the box beside the first line of the label, not in the middle of a paragraph
        line = max(self._label.fontMetrics().height(), self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight))
        option.rect.setHeight(line + self._label.y() * 2)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)


def fit_to_columns(view: QTableView) -> None:
    """Keep `view` at least as wide as its columns' contents (header or cells, whichever is wider), read again
    each time its rows change: beside another pane the SMLMV table squeezed «Origen» to «…»."""

    def fit() -> None:
        model = view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
            for c in range(model.columnCount())
            if not header.isSectionHidden(c)
        )
        frame = view.frameWidth() * 2
        bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(columns + frame + bar)

    model = view.model()
    if model is not None:
        model.modelReset.connect(fit)
        model.layoutChanged.connect(fit)
    watcher = _FontWatcher(view, fit)
    view.installEventFilter(watcher)
    fit()


class _FontWatcher(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._callback()
        return False
