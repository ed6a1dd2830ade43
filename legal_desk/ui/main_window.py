"""The main window: navigation on the left, panels and case tabs in the centre, role-aware actions."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.lifecycle import ACTIVE_STAGES, Stage
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action, Role
from legal_desk.services.cases import CaseQuery, CaseRow, count_cases, list_cases, month_bounds, stage_reasons
from legal_desk.services.changes import Changes
from legal_desk.services.errors import AccountRevoked, ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.users import UsersView
from legal_desk.ui.errors import error_text
from legal_desk.ui.events import AppEvents
from legal_desk.ui.i18n import role_label, stage_label
from legal_desk.ui.views.case_list import CaseListView
from legal_desk.ui.watch import ChangeWatcher
from legal_desk.ui.widgets.elided_label import ElidedLabel
from legal_desk.ui.widgets.enter_opens import enter_opens
from legal_desk.ui.widgets.screen_fit import centre_on_screen, fit_to_screen
from legal_desk.ui.workers import Worker, numbered_call, start

_WINDOW = "main"
DEFAULT_WINDOW_SIZE = (1280, 800)
_NAV_MIN_WIDTH = 180
_NAV_PADDING = 2 * 14 + 16  # the item's padding on both sides plus the frame and a little air
_STATUS_REMINDER_KEEP = 520  # the reminder stays whole; a long database path is cut in the middle instead

#: «Mis entregas» groups by lifecycle stage (DOMAIN.md §2), in the order collections reads them: what came
#: back and needs their work first, then what legal has still to accept, is working on, and closed; last, the
#: pre-legal accounts nobody has handed over yet (still in *cobro prejurídico*), to work and hand over.
HANDOVER_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("returned", (Stage.RETURNED_TO_COLLECTIONS.value,)),
    ("pending", (Stage.INTAKE.value,)),
    (
        "in_progress",
        tuple(s.value for s in Stage if s in ACTIVE_STAGES and s is not Stage.INTAKE),
    ),
    (
        "closed",  # recovered first, then the ones that were not
        (
            Stage.CLOSED_PAID.value,
            Stage.CLOSED_SETTLED.value,
            Stage.CLOSED_JUDGMENT_EXECUTED.value,
            Stage.CLOSED_WRITTEN_OFF.value,
            Stage.CLOSED_DISMISSED.value,
            Stage.REJECTED.value,
        ),
    ),
    ("prelegal", (Stage.PRE_LEGAL.value,)),
)
HANDOVER_GROUP_LIMIT = 2000  # rows listed per group; the title still gives the whole count
_HANDOVER_EXPANDED = {"returned": True, "pending": True, "in_progress": False, "closed": False, "prelegal": True}

#: Imported in the background once the window is up: the case file and its thirteen tabs pull in the document
#: engine (docxtpl, python-docx, jinja2, lxml), num2words and every record dialog, ~0.3-0.8 s of a frozen
#: window when the first case of a session was opened (later ones took 35-70 ms).
WARM_UP_MODULES: tuple[str, ...] = ("legal_desk.ui.views.case_file",)
#: After the window is shown (its first rows are in by then): a user does not open a case sooner than this.
WARM_UP_DELAY_MS = 700


def warm_up_imports(modules: tuple[str, ...]) -> None:
    """Import `modules` (runs in a thread of its own: see MainWindow._warm_up).

    A failure is left for the real import to report where it is handled (open_case says the case file is not
    available); a module the UI thread imports meanwhile just waits for this import to finish, never twice.
    """
    for name in modules:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # reported by the UI's own import of it, where the user sees it
            return


def format_count(n: int) -> str:
    """A count with the dot as thousands separator, as the docket writes it (1.626)."""
    return f"{n:,}".replace(",", ".")


@dataclass
class HandoverGroup:
    """One group of «Mis entregas»: its rows (with the reason for returned and closed cases) and its total."""

    rows: list[tuple[CaseRow, str]] = field(default_factory=list)
    total: int = 0


def handover_queries(only: str | None, today: dt.date) -> list[tuple[str, CaseQuery]]:
    """The groups «Mis entregas» reads, each as the query of its cases: all of them by stage or, from a tile of
    the dashboard, only one (`only`): a stage group, or «accepted» (the handovers legal accepted this month)."""
    if only == "accepted":
        start, end = month_bounds(today)
        return [
            ("accepted", CaseQuery(accepted_from=start, accepted_before=end, limit=HANDOVER_GROUP_LIMIT, order="-id"))
        ]
    return [
        (key, CaseQuery(stages=stages, limit=HANDOVER_GROUP_LIMIT, order="-id"))
        for key, stages in HANDOVER_GROUPS
        if only is None or key == only
    ]


def load_handovers(ctx: UiContext, only: str | None = None, today: dt.date | None = None) -> dict[str, HandoverGroup]:
    """Collections' own handovers grouped pending / returned / in progress / closed, with reasons; in a Worker.
    `only`: just that group (a dashboard tile's filter, see `handover_queries`)."""
    groups: dict[str, HandoverGroup] = {}
    for key, q in handover_queries(only, today or dt.date.today()):
        stages = q.stages
        rows = list_cases(ctx.desk, ctx.actor, q)
        total = len(rows) if len(rows) < HANDOVER_GROUP_LIMIT else count_cases(ctx.desk, ctx.actor, q)
        reasons: dict[int, str] = {}
        if key in ("returned", "closed", "accepted"):
            reasons = stage_reasons(ctx.desk, ctx.actor, [r.case_id for r in rows])
        if key == "closed":
            order = {st: i for i, st in enumerate(stages)}
            rows.sort(key=lambda r: (order.get(r.stage, len(order)), -r.case_id))
        groups[key] = HandoverGroup([(r, reasons.get(r.case_id, "")) for r in rows], total)
    return groups


class HandoversView(QWidget):
    """«Mis entregas» for collections (UI layer): what they handed over, grouped by what legal did with it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        #: the one group a dashboard tile asked for (None: every group)
        self.only: str | None = None
        self.groups: dict[str, HandoverGroup] = {}
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        enter_opens(self.tree, self._on_double_clicked)  # Return opens it too (keyboard-only work)
        self.expanded = dict(_HANDOVER_EXPANDED)  # kept across reloads, as the user left each group
        self.tree.expanded.connect(lambda index: self._remember(index, True))
        self.tree.collapsed.connect(lambda index: self._remember(index, False))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        # shown while a dashboard tile's filter is on: what is shown, and the way back to every group
        self.filter_bar = QWidget(self)
        self.filter_label = QLabel(self.filter_bar)
        self.filter_label.setStyleSheet("font-weight: bold;")
        self.show_all_button = QPushButton(self.filter_bar)
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_label, 1)
        bar.addWidget(self.show_all_button)
        self.filter_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tree, 1)
        self._worker: Worker | None = None
        self._generation = 0
        # bound methods, not lambdas: cut off with the view when it is deleted (the events outlive it)
        ctx.events.cases_changed.connect(self.reload)
        ctx.events.case_changed.connect(self._on_case_changed)
        ctx.events.language_changed.connect(self._on_language_changed)
        self.reload()

    def _on_case_changed(self, _case_id: int) -> None:
        self.reload()

    def _on_language_changed(self, _language: str) -> None:
        self.show_groups(self.groups)

    def show_only(self, key: str | None) -> None:
        """Show just one group (a dashboard tile: «returned», «pending», «prelegal», «accepted») or, with
        None, every group again; read in a Worker."""
        self.only = key
        self.reload()

    def reload(self) -> None:
        """Read the groups again in a Worker; only the newest read is shown (two saves in a row: the first
        read finishing last no longer put back the groups without the second save)."""
        self._generation += 1
        today = self._today or dt.date.today()
        worker = Worker(
            numbered_call, self._generation, load_handovers, self.ctx, self.only, today, with_progress=False
        )
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._worker = start(worker)

    def _on_loaded(self, result: tuple[int, dict[str, HandoverGroup]]) -> None:
        generation, groups = result
        if generation == self._generation:
            self.show_groups(groups)

    def _on_load_failed(self, message: str, _detail: str) -> None:
        if self._worker is not None and self.sender() is self._worker.signals:  # the newest read
            self.hint.setText(message)

    def group_titles(self) -> dict[str, str]:
        return {
            "pending": self.tr("Pendientes de aceptar por jurídico"),
            "returned": self.tr("Devueltas a cobranza"),
            "in_progress": self.tr("Aceptadas, en trámite en jurídico"),
            "closed": self.tr("Cerradas"),
            "prelegal": self.tr("Sin entregar, en cobro prejurídico"),
            "accepted": self.tr("Aceptadas por jurídico este mes"),
        }

    def show_groups(self, groups: dict[str, HandoverGroup]) -> None:
        self.groups = groups
        self.hint.setText(
            self.tr(
                "Las obligaciones que usted entregó a jurídico, por etapa (las devueltas dicen por qué, las "
                "cerradas cómo terminaron), y las que siguen en cobro prejurídico sin entregar. Doble clic o "
                "Enter abre el expediente."
            )
        )
        titles = self.group_titles()
        only = next(iter(groups), None) if self.only is not None and len(groups) == 1 else None
        self.filter_bar.setVisible(only is not None)
        if only is not None:
            self.filter_label.setText(self.tr("Solo: %1").replace("%1", titles[only]))
        self.show_all_button.setText(self.tr("Ver todas mis entregas"))
        self.model.clear()
        headers = [self.tr("Obligación"), self.tr("Deudor"), self.tr("Capital"), self.tr("Etapa")]
        self.model.setHorizontalHeaderLabels([*headers, self.tr("Motivo")])
        keys = [key for key, _stages in HANDOVER_GROUPS] if only is None else [only]
        for key in keys:
            group = groups.get(key, HandoverGroup())
            count = format_count(group.total)
            if len(group.rows) < group.total:
                shown = format_count(len(group.rows))
                count = self.tr("se muestran %1 de %2").replace("%1", shown).replace("%2", count)
            parent = QStandardItem(f"{titles[key]} ({count})")
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for r, reason in group.rows:
                capital = format_money(r.capital, r.currency, with_code=True)
                cells = [r.account_ref, r.debtor_name, capital, stage_label(r.stage), reason]
                items = [QStandardItem(c) for c in cells]
                items[0].setData(r.case_id, Qt.ItemDataRole.UserRole)
                if reason:
                    items[4].setToolTip(reason)
                parent.appendRow(items)
            self.model.appendRow([parent, QStandardItem(), QStandardItem(), QStandardItem(), QStandardItem()])
            # the group title («Pendientes de aceptar (12)») spans the row instead of being cut at column 1
            self.tree.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)
            parent.setData(key, Qt.ItemDataRole.UserRole + 1)
            self.tree.setExpanded(parent.index(), only is not None or self.expanded.get(key, True))
        for col, width in enumerate((150, 260, 140, 220)):
            self.tree.setColumnWidth(col, width)

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        key = index.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(key, str) and self.only is None:  # a tile's one group opens expanded, remembered or not
            self.expanded[key] = expanded

    def _on_double_clicked(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.ctx.events.open_case.emit(int(case_id))


def database_label(ctx: UiContext) -> str:
    """What the status bar says about the database: the SQLite file or the PostgreSQL host."""
    cfg = ctx.desk.config
    if cfg.sqlite_path is not None:
        return f"SQLite: {cfg.sqlite_path}"
    url = ctx.desk.engine.url
    if url.get_backend_name() == "postgresql":
        return f"PostgreSQL: {url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    return str(url.render_as_string(hide_password=True))


class MainWindow(QMainWindow):
    """Top-level window (UI layer): navigation panels + one closable tab per open case."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self._panels: list[tuple[str, QWidget, Callable[[], str] | None]] = []
        self._case_tabs: dict[int, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(_NAV_MIN_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        self.tabs.addTab(self.stack, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        # 11 pt, or more with a larger desktop font (the navigation stayed at 11 pt beside 15 pt text)
        self._nav_points = theme.at_least(QApplication.font(), 11, 1.1).pointSizeF()
        # the selected item has the page's own colour, as a tab joined to the page beside it; the colours come
        # from the theme (a fixed #f4f6f9 was a bright bar beside the dark pages of a dark desktop)
        self.nav.setStyleSheet(
            theme.style(
                "QListWidget#navigation {{ background: {nav_bg}; color: {nav_fg}; font-size: "
                + f"{self._nav_points:g}"
                + "pt; padding-top: 8px; }}"
                "QListWidget#navigation::item {{ padding: 9px 14px; }}"
                "QListWidget#navigation::item:selected {{ background: {nav_current_bg}; color: {nav_current_fg};"
                " font-weight: bold; }}"
                "QListWidget#navigation::item:hover:!selected {{ background: {nav_hover}; }}"
            )
        )
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.tabs.currentChanged.connect(self._sync_navigation)

        self.docket: CaseListView | None = None
        self.handovers: QWidget | None = None
        self.dashboard: QWidget | None = None
        self.agenda: QWidget | None = None
        self._build_status()  # before the panels: the agenda's reminder lands in it
        self._build_panels()
        self._build_actions()
        self.retranslate()

        ctx.events.open_case.connect(self.open_case)
        # Queued: it comes from a worker, or from inside a service call the UI is still in the middle of.
        ctx.events.account_revoked.connect(self._on_account_revoked, Qt.ConnectionType.QueuedConnection)
        self.successor: MainWindow | None = None  # the window reopened with a new role
        self._session_over = False
        ctx.events.language_changed.connect(self._on_language_switched)
        self.restore_state()
        self.warm_up_thread: threading.Thread | None = None
        self._warm_up_planned = False
        # Other users' saves reach the open views within seconds (a team on one database).
        self.watcher: ChangeWatcher | None = None
        if ctx.watch_ms > 0:
            self.watcher = ChangeWatcher(ctx, self)
            self.watcher.announced.connect(self._on_others_changed)
            self.watcher.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warm_up_planned:  # counted from the window shown: start-up is never slowed by it
            self._warm_up_planned = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        """Import what the first case opened needs, in the background, once start-up is over.

        A thread of its own, not the worker pool: the pool's few threads are busy with the start-up's counts
        and dashboard for a while, and this must not queue ahead of (or behind) them.
        """
        modules = tuple(m for m in WARM_UP_MODULES if m not in sys.modules)
        if not modules:
            return
        self.warm_up_thread = threading.Thread(
            target=warm_up_imports, args=(modules,), name="legal_desk-warm-up", daemon=True
        )
        self.warm_up_thread.start()

    # ------------------------------------------------------------ panels

    def _build_panels(self) -> None:
        from legal_desk.ui.views.dashboard import DashboardView

        self.dashboard = DashboardView(self.ctx, self)
        self.dashboard.filter_requested.connect(self._on_dashboard_filter)
        self.add_panel(self.tr("Tablero"), self.dashboard, lambda: self.tr("Tablero"))
        if self.ctx.actor.role is Role.COLLECTIONS:
            self.handovers = HandoversView(self.ctx, self)
            self.dashboard.handovers_requested.connect(self._on_dashboard_handovers)
            self.add_panel(self.tr("Mis entregas"), self.handovers, lambda: self.tr("Mis entregas"))
        else:
            self.docket = CaseListView(self.ctx, self)
            self.add_panel(self.tr("Expedientes"), self.docket, lambda: self.tr("Expedientes"))
            from legal_desk.ui.views.agenda import AgendaView

            self.agenda = AgendaView(self.ctx, self)
            self.agenda.reminder_ready.connect(self._on_reminder)
            self.dashboard.agenda_requested.connect(lambda: self.agenda and self.show_panel(self.agenda))
            self.add_panel(self.tr("Agenda"), self.agenda, lambda: self.tr("Agenda"))
            from legal_desk.ui.views.legal_panel import LegalPanel

            self.legal = LegalPanel(self.ctx, self)
            self.add_panel(self.tr("Términos y tasas"), self.legal, lambda: self.tr("Términos y tasas"))
        self.users: UsersView | None = None
        if self.ctx.can(Action.MANAGE_USERS):
            self.users = UsersView(self.ctx, self)
            self.add_panel(self.tr("Usuarios"), self.users, lambda: self.tr("Usuarios"))
        self.nav.setCurrentRow(1 if self.docket is not None or self.handovers is not None else 0)

    def _on_reminder(self, text: str) -> None:
        """Non-blocking start-up notice of today's hearings and deadlines due soon: one line, the list on hover."""
        self.reminder_text = text
        summary = getattr(self.agenda, "reminder_summary", "") if text else ""
        self.status_reminder.set_full_text(summary, text)
        self.status_reminder.setVisible(bool(summary))

    def add_panel(self, title: str, widget: QWidget, retitle: Callable[[], str] | None = None) -> int:
        """Add a navigation entry showing `widget`; `retitle` gives its title after a language switch."""
        self.stack.addWidget(widget)
        self.nav.addItem(QListWidgetItem(title))
        self._panels.append((title, widget, retitle))
        return len(self._panels) - 1

    def show_panel(self, widget: QWidget) -> None:
        """Bring a navigation panel to the front (and the panels tab)."""
        for i, (_t, w, _r) in enumerate(self._panels):
            if w is widget:
                self.nav.setCurrentRow(i)
                self.tabs.setCurrentIndex(0)
                return

    def panel_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def _sync_navigation(self, index: int) -> None:
        """The navigation highlights the panel in front, and none while a case file's tab is shown (it kept
        «Usuarios» highlighted over a case file); clicking any entry then brings its panel back."""
        row = self.stack.currentIndex() if self.tabs.widget(index) is self.stack else -1
        if self.nav.currentRow() != row:
            was_blocked = self.nav.blockSignals(True)  # the panel in the stack stays as it is
            try:
                self.nav.setCurrentRow(row)
            finally:
                self.nav.blockSignals(was_blocked)

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._panels):
            self.stack.setCurrentIndex(row)
            self.tabs.setTabText(0, self.nav.item(row).text())
            self.tabs.setCurrentIndex(0)

    def _on_dashboard_filter(self, stage: object, order: object) -> None:
        if self.docket is not None:
            self.docket.show_stage(stage if isinstance(stage, str) and stage else None, order=str(order or "id"))
            self.show_panel(self.docket)
        elif self.handovers is not None:
            self.show_panel(self.handovers)

    def _on_dashboard_handovers(self, key: str) -> None:
        """A collections tile: «Mis entregas» on just that group (returned, pending, pre-legal, accepted)."""
        if isinstance(self.handovers, HandoversView):
            self.handovers.show_only(key)
            self.show_panel(self.handovers)

    # ------------------------------------------------------------ actions

    def _action(self, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _build_actions(self) -> None:
        ctx = self.ctx
        self.act_new_case = self._action(self.new_case, QKeySequence.StandardKey.New)
        self.act_import = self._action(self.import_handovers, "Ctrl+I")
        self.act_batch_docs = self._action(self.batch_documents, "Ctrl+Shift+B")
        self.act_export = self._action(self.export_docket)
        self.act_checklist = self._action(self.edit_checklist)
        self.act_templates = self._action(self.show_templates)
        self.act_search = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.act_add_evidence = self._action(self.add_evidence, "Ctrl+E")
        self.act_next_case = self._action(lambda: self.step_case(1), "Ctrl+PgDown")
        self.act_prev_case = self._action(lambda: self.step_case(-1), "Ctrl+PgUp")
        self.act_settings = self._action(self.open_settings, QKeySequence.StandardKey.Preferences)
        self.act_profile = self._action(self.edit_profile)
        self.act_backup = self._action(self.make_backup)
        self.act_verify = self._action(self.verify_integrity)
        self.act_restore = self._action(self.restore_backup)
        self.act_verify_backup = self._action(self.verify_backup_file)
        self.act_repair = self._action(self.repair_from_backup_file)
        self._maintenance: Any = None  # the running backup or check, kept alive until it reports
        self.act_about = self._action(self.about)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        # Where the platform has no standard key (Linux outside KDE/GNOME: none for Quit and Preferences, only
        # Ctrl+F4 for Close) the usual ones are given; a QKeySequence is never false, so test isEmpty().
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_close_tab = self._action(self.close_current_case)
        close_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
        ctrl_w = QKeySequence("Ctrl+W")
        self.act_close_tab.setShortcuts([*close_keys, ctrl_w] if ctrl_w not in close_keys else close_keys)

        self.act_new_case.setVisible(ctx.can(Action.HAND_OVER))
        self.act_import.setVisible(ctx.can(Action.IMPORT_REFERRALS))
        self.act_batch_docs.setVisible(ctx.can(Action.GENERATE_DOCUMENTS))
        self.act_checklist.setVisible(ctx.can(Action.ADMIN_SETTINGS))
        self.act_templates.setVisible(ctx.can(Action.GENERATE_DOCUMENTS))
        self.act_backup.setVisible(ctx.can(Action.BACKUP))
        self.act_verify.setVisible(ctx.can(Action.BACKUP))
        self.act_verify_backup.setVisible(ctx.can(Action.BACKUP))
        self.act_repair.setVisible(ctx.can(Action.BACKUP))
        self.act_restore.setVisible(ctx.can(Action.BACKUP))
        self.act_add_evidence.setVisible(ctx.can(Action.ADD_EVIDENCE))
        # collections have no docket to search or step through: hidden, not greyed out for good
        for act in (self.act_search, self.act_next_case, self.act_prev_case, self.act_export):
            act.setVisible(self.docket is not None)
        self.tabs.currentChanged.connect(lambda _i: self._sync_case_actions())
        # after the case tab has reloaded (a stage move can make the case read-only for this role)
        ctx.events.case_changed.connect(lambda _c: QTimer.singleShot(0, self._sync_case_actions))

        self.menu_file = self.menuBar().addMenu("")
        for a in (self.act_new_case, self.act_import, self.act_batch_docs, self.act_export):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addAction(self.act_profile)
        self.menu_file.addAction(self.act_checklist)
        self.menu_file.addAction(self.act_templates)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_verify)
        self.menu_file.addAction(self.act_verify_backup)
        self.menu_file.addAction(self.act_repair)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator().setVisible(ctx.can(Action.BACKUP))
        self.menu_file.addAction(self.act_quit)
        self.menu_case = self.menuBar().addMenu("")
        for a in (self.act_search, self.act_add_evidence, self.act_next_case, self.act_prev_case, self.act_close_tab):
            self.menu_case.addAction(a)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new_case, self.act_import, self.act_search, self.act_add_evidence):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator().setVisible(self.docket is not None)  # nothing follows it for collections
        for a in (self.act_prev_case, self.act_next_case):
            self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)

    def _build_status(self) -> None:
        """User, agenda reminder (takes the free room, shortened with «…») and database (path cut in the middle)."""
        self.status_user = QLabel(self)
        self.status_reminder = ElidedLabel(self, keep=_STATUS_REMINDER_KEEP)
        self.status_reminder.setObjectName("status_reminder")
        self.status_reminder.setStyleSheet(theme.adapted("color:#7a4a00; font-weight:bold;"))
        self.status_reminder.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status_reminder.clicked.connect(lambda: self.agenda is not None and self.show_panel(self.agenda))
        self.status_reminder.hide()
        self.status_db = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.statusBar().addWidget(self.status_user)
        self.statusBar().addWidget(self.status_reminder, 1)
        self.statusBar().addPermanentWidget(self.status_db)
        self.reminder_text = ""

    def retranslate(self) -> None:
        """Every visible text again (language switch)."""
        self.setWindowTitle(self.tr("legal_desk — Cobranza judicial"))
        self.nav.setAccessibleName(self.tr("Paneles"))
        self.act_new_case.setText(self.tr("&Nuevo expediente"))
        self.act_new_case.setToolTip(self.tr("Recibir una obligación de cobranza (Ctrl+N)"))
        self.act_import.setText(self.tr("&Importar entregas"))
        self.act_import.setToolTip(self.tr("Importar entregas en bloque desde CSV o Excel (Ctrl+I)"))
        self.act_export.setText(self.tr("E&xportar expedientes…"))
        self.act_export.setToolTip(self.tr("Guardar la lista de expedientes, con sus filtros, en Excel o CSV"))
        self.act_batch_docs.setText(self.tr("Generar documentos en &lote…"))
        self.act_batch_docs.setToolTip(self.tr("Una plantilla para muchos expedientes (Ctrl+Shift+B)"))
        self.act_checklist.setText(self.tr("&Requisitos para radicar…"))
        self.act_search.setText(self.tr("&Buscar"))
        self.act_add_evidence.setText(self.tr("Agregar &prueba"))
        self.act_next_case.setText(self.tr("Siguiente expediente"))
        self.act_prev_case.setText(self.tr("Anterior expediente"))
        self.act_settings.setText(self.tr("&Configuración…"))
        self.act_profile.setText(self.tr("&Mis datos…"))
        self.act_templates.setText(self.tr("&Plantillas de documentos…"))
        self.act_templates.setToolTip(self.tr("Ver, abrir en Word y personalizar las plantillas de los documentos"))
        self.act_backup.setText(self.tr("Copia de &seguridad…"))
        self.act_backup.setToolTip(self.tr("Guardar la base de datos y todos los archivos en un ZIP"))
        self.act_verify.setText(self.tr("&Verificar integridad…"))
        self.act_restore.setText(self.tr("&Restaurar copia…"))
        self.act_verify_backup.setText(self.tr("Comprobar una c&opia…"))
        self.act_repair.setText(self.tr("Recuperar archivos de una copia…"))
        self.act_repair.setToolTip(
            self.tr(
                "Tomar de una copia de seguridad los archivos que «Verificar integridad» encuentra faltantes o "
                "alterados, sin tocar la base de datos"
            )
        )
        self.act_verify_backup.setToolTip(
            self.tr(
                "Leer una copia de seguridad (ZIP) y comprobar que está completa y se puede restaurar, "
                "sin tocar esta base de datos"
            )
        )
        self.act_restore.setToolTip(
            self.tr("Cargar en esta base de datos una copia de seguridad (p. ej. al pasar a un servidor PostgreSQL)")
        )
        self.act_verify.setToolTip(
            self.tr("Revisar que ningún archivo guardado cambió y que la auditoría está completa")
        )
        self.act_profile.setToolTip(
            self.tr("Su nombre, cédula, tarjeta profesional y correo, como salen en poderes y demandas")
        )
        self.act_about.setText(self.tr("&Acerca de legal_desk"))
        self.act_quit.setText(self.tr("&Salir"))
        self.act_close_tab.setText(self.tr("Cerrar expediente"))
        self.menu_file.setTitle(self.tr("&Archivo"))
        self.menu_case.setTitle(self.tr("&Expediente"))
        self.menu_help.setTitle(self.tr("A&yuda"))
        self.toolbar.setWindowTitle(self.tr("Barra de herramientas"))
        for i, (_t, _w, retitle) in enumerate(self._panels):
            if retitle is not None:
                self.nav.item(i).setText(retitle())
        self._fit_navigation()
        self._sync_case_actions()
        row = self.stack.currentIndex()  # the panel behind the case tabs too (no entry is highlighted then)
        if 0 <= row < self.nav.count():
            self.tabs.setTabText(0, self.nav.item(row).text())
        role = self.ctx.actor.role
        role_text = role_label(role.value)
        name = self.ctx.actor.full_name or self.ctx.actor.username
        self.status_user.setText(self.tr("Usuario: %1 (%2)").replace("%1", name).replace("%2", role_text))
        self.status_db.set_full_text(database_label(self.ctx))

    def _sync_case_actions(self) -> None:
        """«Agregar prueba» only with a case in front that this user may add evidence to; the tooltip says why not."""
        view = self.current_case_view()
        may = getattr(view, "may", None)
        allowed = bool(callable(may) and may(Action.ADD_EVIDENCE))
        self.act_add_evidence.setEnabled(allowed)
        why_not = getattr(view, "why_not", None)
        if view is None or not callable(may):
            tip = self.tr("Abra un expediente para agregarle pruebas (Ctrl+E)")
        elif not allowed:
            tip = str(why_not(Action.ADD_EVIDENCE)) if callable(why_not) else ""
        else:
            tip = self.tr("Agregar pruebas al expediente abierto (Ctrl+E)")
        self.act_add_evidence.setToolTip(tip)

    def _fit_navigation(self) -> None:
        """Widen the navigation column to its longest title (English titles are longer than Spanish ones)."""
        font = self.nav.font()
        font.setPointSizeF(self._nav_points)  # the navigation style sheet's font-size
        font.setBold(True)  # the selected entry is bold
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(_NAV_MIN_WIDTH, widest + _NAV_PADDING))

    def edit_checklist(self) -> None:
        """Admin: which requirements the readiness checklist asks for."""
        from legal_desk.ui.dialogs.checklist import ChecklistDialog

        ChecklistDialog(self.ctx, self).exec()

    def batch_documents(self) -> None:
        """One template for many cases: the docket's selection, or a whole stage."""
        from legal_desk.ui.dialogs.batch_documents import BatchDocumentsDialog

        ids = (
            self.docket.selected_case_ids()
            if self.docket is not None and hasattr(self.docket, "selected_case_ids")
            else []
        )
        BatchDocumentsDialog(self.ctx, self, case_ids=ids or None).exec()

    # ------------------------------------------------------------ case tabs

    def open_case(self, case_id: int) -> QWidget | None:
        """Open (or focus) the tab of a case file."""
        existing = self._case_tabs.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            self._focus_front()
            return existing
        try:
            from legal_desk.ui.views.case_file import CaseFileView
        except ImportError:
            QMessageBox.information(
                self, self.tr("Expediente"), self.tr("La ventana del expediente aún no está disponible.")
            )
            return None
        from legal_desk.services.errors import ServiceError

        try:
            view = CaseFileView(self.ctx, case_id, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Expediente"), error_text(exc))
            return None
        title = self._case_title(case_id, view)
        self._case_tabs[case_id] = view
        index = self.tabs.addTab(view, title)
        loaded = getattr(view, "loaded", None)
        if loaded is not None:
            loaded.connect(lambda v=view, c=case_id: self._on_case_view_loaded(c, v))
        self.tabs.setCurrentIndex(index)
        self._focus_front()
        return view

    def _on_case_view_loaded(self, case_id: int, view: QWidget) -> None:
        """The case file was read in the background: its tab says its number, the actions know its stage."""
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, self._case_title(case_id, view))
        if view is self.current_case_view():
            self._sync_case_actions()

    def _focus_front(self) -> None:
        """The keyboard follows what is in front: a case file's section tabs (← → between sections, Tab into
        one), or the docket's results; before, it stayed on the hidden docket or the closed tab."""
        view = self.current_case_view()
        if view is not None:
            tabs = getattr(view, "tabs", None)
            target = tabs.tabBar() if isinstance(tabs, QTabWidget) else view
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.docket is not None and self.stack.currentWidget() is self.docket:
            self.docket.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _case_title(self, case_id: int, view: QWidget | None = None) -> str:
        """The tab title: the obligation number, as the user knows the case (never the internal id)."""
        case = getattr(view, "case", None)
        if case is not None:
            return str(case.account_ref)
        if self.docket is not None:
            for r in self.docket.model._pages.values():  # the row is normally cached already
                for row in r:
                    if row.case_id == case_id:
                        return row.account_ref
        return self.tr("Expediente %1").replace("%1", str(case_id))

    def open_case_ids(self) -> list[int]:
        return list(self._case_tabs)

    def _on_language_switched(self, _language: str) -> None:
        self.retranslate()
        self._reopen_case_tabs()

    def _reopen_case_tabs(self) -> None:
        """Open the case files again, in their places and on the section each showed, after a language switch.

        A case file builds its thirteen sections, their columns, buttons and labels once: after switching to
        English in Configuración the docket, dashboard and menus read English while an open case file stayed
        Spanish until closed. A case file keeps nothing unsaved (forms are dialogs), so it is simply built again.
        """
        from legal_desk.ui.views.case_file import CaseFileView

        front = self.tabs.currentWidget()
        for case_id, old in list(self._case_tabs.items()):
            index = self.tabs.indexOf(old)
            sections = getattr(old, "tabs", None)
            section = sections.currentIndex() if isinstance(sections, QTabWidget) else 0
            try:
                view = CaseFileView(self.ctx, case_id, self)
            except ServiceError:  # gone or no longer readable: the tab closes, as on any other refusal
                view = None
            self.tabs.removeTab(index)
            old.deleteLater()
            if view is None:
                del self._case_tabs[case_id]
                continue
            self._case_tabs[case_id] = view
            self.tabs.insertTab(index, view, self._case_title(case_id, view))
            loaded = getattr(view, "loaded", None)
            if loaded is not None:
                loaded.connect(lambda v=view, c=case_id: self._on_case_view_loaded(c, v))
            view.tabs.setCurrentIndex(section)
            if old is front:
                self.tabs.setCurrentWidget(view)

    def _on_tab_close_requested(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.stack:
            return
        self.tabs.removeTab(index)
        for cid, w in list(self._case_tabs.items()):
            if w is widget:
                del self._case_tabs[cid]
        widget.deleteLater()
        self._focus_front()

    def close_current_case(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self._on_tab_close_requested(index)

    def current_case_view(self) -> QWidget | None:
        w = self.tabs.currentWidget()
        return w if w is not self.stack else None

    # ------------------------------------------------------------ action handlers

    def new_case(self) -> None:
        from legal_desk.ui.wizards.handover import HandoverWizard

        HandoverWizard(self.ctx, self).exec()

    def import_handovers(self) -> None:
        from legal_desk.ui.dialogs.bulk_import import BulkImportDialog

        BulkImportDialog(self.ctx, self).exec()

    def focus_search(self) -> None:
        if self.docket is not None:
            self.show_panel(self.docket)
            self.docket.focus_search()

    def add_evidence(self) -> None:
        view = self.current_case_view()
        handler = getattr(view, "add_evidence", None)
        if callable(handler) and self.act_add_evidence.isEnabled():
            handler()
        else:
            self.statusBar().showMessage(self.tr("Abra un expediente para agregar una prueba."), 4000)

    def step_case(self, delta: int) -> None:
        """Next/previous case of the docket; opens it when a case tab is in front."""
        if self.docket is None:
            return
        case_tab_in_front = self.current_case_view() is not None
        case_id = self.docket.move_selection(delta)
        if case_id is not None and case_tab_in_front:
            self.open_case(case_id)

    def edit_profile(self) -> None:
        """The logged-in user's own data (a lawyer's cédula and tarjeta profesional go into the documents)."""
        from legal_desk.services.errors import ServiceError
        from legal_desk.services.users import get_user
        from legal_desk.ui.dialogs.users import UserDialog

        try:
            me = get_user(self.ctx.desk, self.ctx.actor.username)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Mis datos"), error_text(exc))
            return
        UserDialog(self.ctx, me, self).exec()

    def show_templates(self) -> Any:
        """The Word templates in use: open one in Word, or (admin) give the desk its own copies."""
        from legal_desk.ui.dialogs.templates import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def export_docket(self, target: Path | None = None) -> Any:
        """Archivo → Exportar expedientes: the docket as filtered, to Excel or CSV (see CaseListView)."""
        if self.docket is None:
            return None
        self.show_panel(self.docket)
        return self.docket.export_docket(target)

    def make_backup(self, target: Path | None = None) -> Any:
        """Admin: every table and stored file in one ZIP, in a worker with progress and Cancel."""
        from legal_desk.ui.dialogs.maintenance import BackupTask, ask_backup_path

        target = target or ask_backup_path(self.ctx, self)
        if target is None:
            return None
        task = BackupTask(self.ctx, self)
        self._maintenance = task
        task.start(target)
        return task

    def restore_backup(self, source: Path | None = None) -> Any:
        """Admin: load a backup into this database and store (the move to a server, a laptop's copy)."""
        from legal_desk.services.backup import cases_held, other_sessions, session_origins
        from legal_desk.ui.dialogs.maintenance import RestoreTask, ask_restore_path

        source = source or ask_restore_path(self.ctx, self)
        if source is None:
            return None
        held = cases_held(self.ctx.desk)
        where = database_label(self.ctx)
        if held:
            question = self.tr(
                "%1 ya tiene %2 expedientes. La copia %3 los reemplazará, con sus usuarios y ajustes. "
                "Haga antes una copia de seguridad de esta base. ¿Reemplazar?"
            ).replace("%2", f"{held:,}".replace(",", "."))
        else:
            question = self.tr("¿Cargar la copia %3 en %1? Sus usuarios y ajustes reemplazan los de esta base.")
        question = question.replace("%1", where).replace("%3", source.name)
        answer = QMessageBox.question(self, self.tr("Restaurar copia de seguridad"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        others = other_sessions(self.ctx.desk)
        if others:  # a shared server: other desks would go on working on cases that no longer exist
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Restaurar copia de seguridad"),
                self.tr(
                    "Hay %1 conexiones de otros equipos a esta base de datos: %2. Cierre legal_desk en esos "
                    "equipos antes de restaurar; si siguen abiertos, trabajarán sobre expedientes que ya no "
                    "existen. ¿Restaurar de todos modos (solo si sabe que nadie está trabajando)?"
                )
                .replace("%1", str(sum(int(o["n"]) for o in others)))
                .replace("%2", "; ".join(error_text(origin) for origin in session_origins(others).items)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return None
        task = RestoreTask(self.ctx, self)
        self._maintenance = task
        task.start(source, replace=bool(held), force=bool(others))
        return task

    def verify_backup_file(self, source: Path | None = None) -> Any:
        """Admin: check a backup ZIP to its end (manifest, schema, every SHA-256) without restoring it."""
        from legal_desk.ui.dialogs.maintenance import VerifyBackupTask, ask_restore_path

        source = source or ask_restore_path(self.ctx, self, title=self.tr("Comprobar una copia de seguridad"))
        if source is None:
            return None
        task = VerifyBackupTask(self.ctx, self)
        self._maintenance = task
        task.start(source)
        return task

    def repair_from_backup_file(self, source: Path | None = None) -> Any:
        """Admin: take back from a backup ZIP the stored files that are missing or altered (database untouched)."""
        from legal_desk.ui.dialogs.maintenance import RepairFromBackupTask, ask_restore_path

        source = source or ask_restore_path(self.ctx, self, title=self.tr("Recuperar archivos de una copia"))
        if source is None:
            return None
        task = RepairFromBackupTask(self.ctx, self)
        self._maintenance = task
        task.start(source)
        return task

    def verify_integrity(self) -> Any:
        """Admin: re-hash every stored file and re-check the audit chain, in a worker with progress and Cancel."""
        from legal_desk.ui.dialogs.maintenance import VerifyTask

        task = VerifyTask(self.ctx, self)
        self._maintenance = task
        task.start()
        return task

    def open_settings(self) -> None:
        from legal_desk.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def about(self) -> None:
        """Version, purpose and where the data lives."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            ver = version("legal-desk")
        except PackageNotFoundError:
            ver = "0.1.0"
        text = self.tr(
            "<h3>legal_desk %1</h3><p>Gestión de expedientes de cobranza judicial: entregas de cobranza, "
            "pruebas, requerimientos, términos, audiencias, liquidaciones y paquetes de radicación.</p>"
            "<p>Base de datos: %2</p>"
        )
        text = text.replace("%1", ver).replace("%2", database_label(self.ctx))
        QMessageBox.about(self, self.tr("Acerca de legal_desk"), text)

    # ------------------------------------------------------------ persistence

    def restore_state(self) -> None:
        geometry = self.ctx.settings.load_geometry(_WINDOW)
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt brings a window saved on a bigger screen back into this one
        else:  # first run: 1280×800, or the free area of a smaller screen (a 1366×768 laptop, 150 % scaling)
            fit_to_screen(self, *DEFAULT_WINDOW_SIZE)
            centre_on_screen(self)
        state = self.ctx.settings.load_state(_WINDOW)
        if state is not None:
            self.restoreState(state)
        panel = self.ctx.settings.load_value("main/panel")
        try:
            row = int(panel) if panel is not None else -1
        except (TypeError, ValueError):
            row = -1
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    def save_state(self) -> None:
        self.ctx.settings.save_geometry(_WINDOW, self.saveGeometry())
        self.ctx.settings.save_state(_WINDOW, self.saveState())
        self.ctx.settings.save_value("main/panel", self.stack.currentIndex())
        if self.docket is not None:
            self.docket.save_state()
        self.ctx.settings.sync()

    def _on_others_changed(self, changes: Changes) -> None:
        """Say in the status bar who changed what this desk shows (the views already read it again)."""
        who = ", ".join(changes.by)
        open_now = [cid for cid in self._case_tabs if cid in changes.case_ids]
        if open_now:
            text = self.tr("%1 cambió un expediente que usted tiene abierto; se muestra ya con sus cambios.")
        else:
            text = self.tr("Cambios de %1: la lista de expedientes se actualizó.")
        self.statusBar().showMessage(text.replace("%1", who), 8000)

    def _on_account_revoked(self, exc: AccountRevoked) -> None:
        """An administrator deactivated this user, or changed their role, on another desk (the work was refused,
        or the change watcher noticed it: `exc.noticed`).

        Deactivated: say so and close the window, as a restore does (legal_desk ends; whoever logs in next
        starts afresh). Another role: say so and open the window again with the panels and menus of the
        new role. Dialogs open over this window are closed first: they would save under the old session.
        """
        if self._session_over:
            return
        self._session_over = True
        for w in QApplication.topLevelWidgets():
            owner = w.parentWidget()
            while owner is not None and owner is not self:
                owner = owner.parentWidget()
            if owner is self and isinstance(w, QDialog) and w.isVisible():
                w.reject()
        user = self.ctx.actor.username
        if not exc.deactivated:
            from legal_desk.services.users import actor_for

            try:
                actor = actor_for(self.ctx.desk, user)
            except ServiceError:  # deactivated since, or gone
                actor = None
            if actor is not None:
                QMessageBox.information(
                    self,
                    self.tr("Su rol cambió"),
                    (
                        self.tr(
                            "Un administrador cambió el rol de «%1» de %2 a %3. "
                            "La ventana se abre de nuevo con los paneles y permisos del rol nuevo."
                        )
                        if exc.noticed
                        else self.tr(
                            "Un administrador cambió el rol de «%1» de %2 a %3. Lo que intentaba hacer no se guardó. "
                            "La ventana se abre de nuevo con los paneles y permisos del rol nuevo."
                        )
                    )
                    .replace("%1", user)
                    .replace("%2", role_label(exc.role))
                    .replace("%3", role_label(actor.role.value)),
                )
                self.save_state()
                ctx = UiContext(self.ctx.desk, actor, AppEvents(), self.ctx.settings, watch_ms=self.ctx.watch_ms)
                self.successor = MainWindow(ctx)
                self.successor.show()
                self.close()
                return
        QMessageBox.warning(
            self,
            self.tr("Sesión terminada"),
            (
                self.tr(
                    "Un administrador desactivó el usuario «%1»: la sesión termina aquí. legal_desk se cerrará; "
                    "para volver a trabajar pida a un administrador que lo active."
                )
                if exc.noticed
                else self.tr(
                    "Un administrador desactivó el usuario «%1»: lo que intentaba hacer no se guardó y la sesión "
                    "termina aquí. legal_desk se cerrará; para volver a trabajar pida a un administrador que lo active."
                )
            ).replace("%1", user),
        )
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.save_state()
        super().closeEvent(event)
