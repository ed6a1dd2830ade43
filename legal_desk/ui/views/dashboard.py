"""The dashboard (*tablero*): portfolio by stage, capital claimed vs recovered, and clickable number tiles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from legal_desk.domain.lifecycle import CLOSED_STAGES, Stage
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Role
from legal_desk.services import cases as case_service
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.i18n import current_language, stage_label
from legal_desk.ui.widgets.reload_when_shown import ReloadWhenShown
from legal_desk.ui.workers import Worker, numbered_call, start

NEAR_LIMITATION_DAYS = 180
#: closed stages shown as one bar each group: the process ended the case, or it left the desk without a process
RETURNED_OR_REJECTED = frozenset({Stage.RETURNED_TO_COLLECTIONS, Stage.REJECTED})
ENDED_STAGES = CLOSED_STAGES - RETURNED_OR_REJECTED
ACCENT = "#1f4e79"


def style_chart(chart: QChart, palette: QPalette | None = None) -> None:
    """A chart drawn in the palette's colours: Qt Charts paints a white plate with dark grey labels
    whatever the palette, a glaring white box on a dark desktop."""
    p = palette if palette is not None else QPalette()
    text = p.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(50)
    chart.setBackgroundBrush(QBrush(p.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(p.color(QPalette.ColorRole.Mid)))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(text))
        axis.setTitleBrush(QBrush(text))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)


def in_millions(amount: Decimal) -> float:
    """An amount in millions of pesos for a chart bar: whole millions, one decimal below a hundred million."""
    return in_units(amount, Decimal(1_000_000))


def in_units(amount: Decimal, divisor: Decimal) -> float:
    """An amount in the chart's unit (millions, thousands or units): whole units, one decimal below a hundred
    (37.500 € reads «37,5» thousand, not «38»)."""
    value = amount / divisor
    step = Decimal(1) if value >= 100 else Decimal("0.1")
    return float(value.quantize(step, rounding=ROUND_HALF_UP))


def chart_scale(largest: Decimal) -> Decimal:
    """The unit a currency's bars are drawn in: millions from ten million up, thousands from ten thousand
    (a Madrid portfolio of 37.500 € reads «37,5 miles», not «0 millones»), else units."""
    if largest >= 10_000_000:
        return Decimal(1_000_000)
    if largest >= 10_000:
        return Decimal(1_000)
    return Decimal(1)


@dataclass
class DashboardData:
    """What the dashboard shows, gathered off the UI thread."""

    stages: dict[str, int]  # cases per stage
    ready_to_file: int
    hearings_this_week: int | None  # None: the agenda service is not available
    overdue_deadlines: int | None
    near_limitation: int | None
    notes: list[str] = field(default_factory=list)
    #: per currency (COP first): capital claimed, amount recovered; never added across currencies
    money: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    #: collections: their handovers legal accepted this month (None on the legal team's dashboard)
    accepted_this_month: int | None = None


#: Collections' tiles, each opening «Mis entregas» on that group (main_window.HANDOVER_FILTERS): what came back
#: to them, what legal has still to accept, what they have not handed over yet, what legal took this month.
COLLECTIONS_TILES = ("returned", "pending", "prelegal", "accepted")


def load_dashboard(ctx: UiContext, today: dt.date) -> DashboardData:
    """Read every figure of the dashboard through the services (runs in a Worker)."""
    stages = case_service.stage_counts(ctx.desk, ctx.actor)
    ready = stages.get(Stage.READY_TO_FILE.value, 0)
    if ctx.actor.role is Role.COLLECTIONS:  # hearings, terms and limitation are legal's, not on their tablero
        start, end = case_service.month_bounds(today)
        accepted = case_service.count_cases(
            ctx.desk, ctx.actor, case_service.CaseQuery(accepted_from=start, accepted_before=end)
        )
        money = case_service.capital_by_currency(ctx.desk, ctx.actor)
        return DashboardData(stages, ready, None, None, None, [], money, accepted)
    hearings = overdue = near = None
    notes: list[str] = []
    monday = today - dt.timedelta(days=today.weekday())
    try:
        from legal_desk.services import agenda as agenda_service
    except ImportError:
        agenda_service = None  # type: ignore[assignment]
        notes.append("agenda")
    if agenda_service is not None:
        entries = agenda_service.agenda(ctx.desk, ctx.actor, monday, monday + dt.timedelta(days=6))
        hearings = sum(1 for e in entries if e.kind == "hearing")
        near = len(agenda_service.limitation_watch(ctx.desk, ctx.actor, today, NEAR_LIMITATION_DAYS))
    try:
        from legal_desk.services import deadlines as deadline_service
    except ImportError:
        deadline_service = None  # type: ignore[assignment]
        notes.append("deadlines")
    if deadline_service is not None:
        past = deadline_service.list_deadlines(
            ctx.desk,
            ctx.actor,
            today - dt.timedelta(days=3 * 365),
            today - dt.timedelta(days=1),
            status="missed",
            today=today,
        )
        overdue = sum(1 for d in past if d.met_on is None)
    money = case_service.capital_by_currency(ctx.desk, ctx.actor)
    return DashboardData(stages, ready, hearings, overdue, near, notes, money)


class Tile(QFrame):
    """A big number with a caption; clicking it asks for the matching docket filter."""

    clicked = Signal()

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        """`color` names a `theme` tone (green, navy, red, amber): its light or dark variant is used."""
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("tile")
        self.setStyleSheet(
            theme.style(
                "#tile {{ background: {tile_bg}; border: 1px solid {tile_border}; border-left: 6px solid {"
                + color
                + "}; border-radius: 6px; }} #tile:hover {{ background: {tile_hover}; }}"
            )
        )
        self.number = QLabel("—", self)
        self.number.setFont(theme.at_least(self.font(), 22, 2.0, bold=True))
        self.number.setStyleSheet(theme.style("color: {" + color + "}; border: none;"))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(theme.style("color: {caption}; border: none;"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setMinimumHeight(96)

    def set_value(self, value: int | None) -> None:
        self.number.setText("—" if value is None else f"{value:,}".replace(",", "."))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardView(ReloadWhenShown):
    """Dashboard panel (UI layer): loads its figures in a Worker and re-loads on `cases_changed`."""

    filter_requested = Signal(object, object)  # stage value or None, CaseQuery.order
    agenda_requested = Signal()
    handovers_requested = Signal(str)  # collections: a group of «Mis entregas» (COLLECTIONS_TILES)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.data: DashboardData | None = None
        self._redraw_planned = False
        self._worker: Worker | None = None
        self._generation = 0

        self.title = QLabel(self)
        self.title.setFont(theme.at_least(self.font(), 15, 1.4, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(theme.style("color: {subtle};"))

        self.tile_ready = Tile("green", self)
        self.tile_hearings = Tile("navy", self)
        self.tile_overdue = Tile("red", self)
        self.tile_limitation = Tile("amber", self)
        self.tile_ready.clicked.connect(lambda: self.filter_requested.emit(Stage.READY_TO_FILE.value, "id"))
        self.tile_hearings.clicked.connect(self.agenda_requested.emit)
        self.tile_overdue.clicked.connect(lambda: self.filter_requested.emit(None, "next_deadline"))
        self.tile_limitation.clicked.connect(lambda: self.filter_requested.emit(None, "limitation"))
        self.collections = ctx.actor.role is Role.COLLECTIONS
        tiles = QHBoxLayout()
        if self.collections:  # their own work, not the legal team's figures (those tiles stay hidden)
            self.tile_returned = Tile("red", self)
            self.tile_pending = Tile("navy", self)
            self.tile_prelegal = Tile("amber", self)
            self.tile_accepted = Tile("green", self)
            self.collection_tiles = dict(
                zip(
                    COLLECTIONS_TILES,
                    (self.tile_returned, self.tile_pending, self.tile_prelegal, self.tile_accepted),
                    strict=True,
                )
            )
            for key, tile in self.collection_tiles.items():
                tile.clicked.connect(lambda key=key: self.handovers_requested.emit(key))
                tiles.addWidget(tile, 1)
            for t in (self.tile_ready, self.tile_hearings, self.tile_overdue, self.tile_limitation):
                t.hide()
        else:
            for t in (self.tile_ready, self.tile_hearings, self.tile_overdue, self.tile_limitation):
                tiles.addWidget(t, 1)

        self.stage_chart = QChartView(self)
        self.stage_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.stage_chart.setMinimumHeight(320)
        # the money charts: one per currency, each on its own scale (filled by _draw_money_chart)
        self.money_box = QWidget(self)
        self.money_title = QLabel(self.money_box)
        self.money_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.money_layout = QVBoxLayout(self.money_box)
        self.money_layout.setContentsMargins(4, 6, 4, 4)
        self.money_layout.setSpacing(0)
        self.money_layout.addWidget(self.money_title)
        self.money_charts: dict[str, QChartView] = {}
        self.money_label = QLabel(self)
        self.money_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setStyleSheet(theme.style("color: {faint}; font-style: italic;"))
        self.empty_label.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self.stage_chart, 0, 0, 2, 1)
        grid.addWidget(self.money_box, 0, 1)
        grid.addWidget(self.money_label, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        layout.addWidget(self.empty_label)

        ctx.events.cases_changed.connect(self.reload_when_shown)
        ctx.events.case_changed.connect(self.reload_when_shown_for_case)
        ctx.events.calendar_changed.connect(self.reload_when_shown)
        ctx.events.language_changed.connect(lambda _l: self.retranslate())
        self.retranslate()
        self.reload()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def retranslate(self) -> None:
        """Texts in the current language (and redraw the charts' labels)."""
        self.title.setText(self.tr("Tablero de la cartera"))
        self.subtitle.setText(self.tr("Haga clic en un indicador para ver los expedientes correspondientes."))
        self.tile_ready.caption.setText(self.tr("Listos para radicar"))
        self.tile_hearings.caption.setText(self.tr("Audiencias esta semana"))
        self.tile_overdue.caption.setText(self.tr("Términos vencidos"))
        self.tile_limitation.caption.setText(self.tr("Prescriben en menos de 180 días"))
        if self.collections:
            self.subtitle.setText(
                self.tr("Sus entregas a jurídico. Haga clic en un indicador para ver esas obligaciones.")
            )
            self.tile_returned.caption.setText(self.tr("Devueltas por jurídico, con el motivo"))
            self.tile_pending.caption.setText(self.tr("Entregadas, pendientes de aceptar por jurídico"))
            self.tile_prelegal.caption.setText(self.tr("En cobro prejurídico, sin entregar"))
            self.tile_accepted.caption.setText(self.tr("Aceptadas por jurídico este mes"))
        if self.data is not None:
            self.show_data(self.data)

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch of the desktop: the charts keep the colours they were drawn with, so they are
        drawn again (once, after the palette has reached every widget)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._redraw_planned:
            self._redraw_planned = True
            QTimer.singleShot(0, self, self._redraw_for_palette)

    def _redraw_for_palette(self) -> None:
        self._redraw_planned = False
        if self.data is not None:
            self.show_data(self.data)

    def reload(self) -> None:
        """Gather the figures again in the background (only the newest gathering is shown)."""
        self._generation += 1
        worker = Worker(numbered_call, self._generation, load_dashboard, self.ctx, self.today(), with_progress=False)
        worker.signals.finished.connect(self._on_gathered)
        worker.signals.failed.connect(lambda msg, _d: self.empty_label.setText(msg))
        self._worker = start(worker)

    def _on_gathered(self, result: tuple[int, DashboardData]) -> None:
        generation, data = result
        if generation == self._generation:  # an older gathering that finished late is not shown
            self.show_data(data)

    def show_data(self, data: Any) -> None:
        """Fill tiles and charts from `DashboardData`."""
        assert isinstance(data, DashboardData)
        self.data = data
        self.tile_ready.set_value(data.ready_to_file)
        self.tile_hearings.set_value(data.hearings_this_week)
        self.tile_overdue.set_value(data.overdue_deadlines)
        self.tile_limitation.set_value(data.near_limitation)
        if self.collections:
            self.tile_returned.set_value(data.stages.get(Stage.RETURNED_TO_COLLECTIONS.value, 0))
            self.tile_pending.set_value(data.stages.get(Stage.INTAKE.value, 0))
            self.tile_prelegal.set_value(data.stages.get(Stage.PRE_LEGAL.value, 0))
            self.tile_accepted.set_value(data.accepted_this_month)
        self._draw_stage_chart(data)
        self._draw_money_chart(data)
        self._draw_money_label(data)
        missing = []
        if self.collections:
            pass  # the agenda and the terms are not on their dashboard at all
        elif data.hearings_this_week is None:
            missing.append(self.tr("la agenda de audiencias"))
        if data.overdue_deadlines is None and not self.collections:
            missing.append(self.tr("los términos"))
        texts = []
        if not data.stages:
            texts.append(self.tr("Aún no hay expedientes: use «Nuevo expediente» o «Importar entregas» para empezar."))
        if missing:
            texts.append(self.tr("No disponible en esta instalación: %1.").replace("%1", ", ".join(missing)))
        self.empty_label.setText(" ".join(texts))
        self.empty_label.setVisible(bool(texts))

    def _draw_stage_chart(self, data: DashboardData) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Expedientes por etapa"))
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        ordered = [s for s in Stage if s.value in data.stages and s not in CLOSED_STAGES]
        labels = [stage_label(s.value) for s in ordered]
        values = [data.stages[s.value] for s in ordered]
        # The closed stages in two bars: a case returned to collections or a rejected demand is closed here
        # but not «terminado» (the process did not end it); one «Terminados» bar counting them misled.
        for group, label in (
            (ENDED_STAGES, self.tr("Terminados")),
            (RETURNED_OR_REJECTED, self.tr("Devueltos a cobranza o rechazados")),
        ):
            n = sum(data.stages.get(s.value, 0) for s in group)
            if n:
                labels.append(label)
                values.append(n)
        bar = QBarSet(self.tr("Expedientes"))
        bar.setColor(theme.colour("bar"))
        bar.setBorderColor(theme.colour("bar"))
        bar.setLabelColor(theme.colour("chart_text"))  # the count beside each bar; Qt's default white is invisible
        for v in reversed(values):
            bar.append(v)
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(list(reversed(labels)) or [self.tr("Sin expedientes")])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, max([*values, 4]) * 1.1)
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        style_chart(chart, self.palette())
        self.stage_chart.setChart(chart)
        # a chart is a picture to a screen reader: its name says what it is, its description the figures
        self.stage_chart.setAccessibleName(chart.title())
        self.stage_chart.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
            or self.tr("Sin expedientes")
        )

    def _draw_money_chart(self, data: DashboardData) -> None:
        """One small chart per currency, each on its own scale: on a shared axis the euros of a Madrid case
        were an invisible sliver beside billions of pesos. Pesos and euros are never added together."""
        money = data.money or {"COP": (Decimal(0), Decimal(0))}
        for view in self.money_charts.values():
            self.money_layout.removeWidget(view)
            view.deleteLater()
        self.money_charts = {}
        self.money_title.setText(self.tr("Capital reclamado frente a recuperado, por moneda"))
        for i, (code, (claimed, recovered)) in enumerate(money.items()):
            view = QChartView(self.money_box)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(150 if i == len(money) - 1 else 120)
            view.setChart(self._currency_chart(code, claimed, recovered, legend=i == len(money) - 1))
            view.setAccessibleName(self.tr("Capital reclamado frente a recuperado en %1").replace("%1", code))
            view.setAccessibleDescription(
                self.tr("Reclamado: %1 · Recuperado: %2")
                .replace("%1", format_money(claimed, code, with_code=True))
                .replace("%2", format_money(recovered, code, with_code=True))
            )
            self.money_layout.addWidget(view, 1)
            self.money_charts[code] = view

    def _currency_chart(self, code: str, claimed: Decimal, recovered: Decimal, *, legend: bool) -> QChart:
        divisor = chart_scale(max(claimed, recovered))
        unit = {
            Decimal(1_000_000): self.tr("millones"),
            Decimal(1_000): self.tr("miles"),
            Decimal(1): self.tr("unidades"),
        }[divisor]
        chart = QChart()
        chart.setTitle(self.tr("%1 (en %2)").replace("%1", code).replace("%2", unit))
        spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia)
        chart.setLocale(QLocale(QLocale.Language.English) if current_language() == "en" else spanish)  # «37,5»
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 0, 4, 0))
        set_claimed = QBarSet(self.tr("Reclamado"))
        set_claimed.setColor(theme.colour("bar"))
        set_claimed.setBorderColor(theme.colour("bar"))
        set_recovered = QBarSet(self.tr("Recuperado"))
        set_recovered.setColor(theme.colour("green"))
        set_recovered.setBorderColor(theme.colour("green"))
        for bar_set in (set_claimed, set_recovered):  # the value after its bar, in the chart's text colour
            bar_set.setLabelColor(theme.colour("chart_text"))
        # Qt charts draw with floats; the exact amounts are in the label below.
        claimed_u, recovered_u = in_units(claimed, divisor), in_units(recovered, divisor)
        set_claimed.append(claimed_u)
        set_recovered.append(recovered_u)
        series = QHorizontalBarSeries()
        series.append(set_recovered)
        series.append(set_claimed)  # drawn on top: the first thing read is what was claimed
        series.setLabelsVisible(True)
        # after the bar, not inside it: «Recuperado» at a tenth of the claim is a sliver that clipped «11,5»
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        # Qt prints a bar label with %g at this precision: enough digits that 29154 never becomes 2.915e+04
        series.setLabelsPrecision(max(len(str(int(v))) for v in (claimed_u, recovered_u)) + 1)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([code])
        axis_y.setVisible(False)  # the title names the currency
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(claimed_u, recovered_u, 1.0) * 1.3)  # room for the longest bar's label after it
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%.0f" if axis_x.max() >= 5 else "%.1f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setReverseMarkers(True)
        style_chart(chart, self.palette())
        return chart

    def _draw_money_label(self, data: DashboardData) -> None:
        money = data.money or {"COP": (Decimal(0), Decimal(0))}
        lines = []
        for code, (claimed, recovered) in money.items():
            share = (recovered / claimed * 100).quantize(Decimal("0.1")) if claimed else Decimal(0)
            lines.append(
                self.tr("Reclamado: %1 · Recuperado: %2 (%3 %)")
                .replace("%1", format_money(claimed, code, with_code=True))
                .replace("%2", format_money(recovered, code, with_code=True))
                .replace("%3", str(share).replace(".", ","))
            )
        self.money_label.setText("\n".join(lines))
