"""Resumen: header facts, readiness checklist, tasks (incl. blocking «levantar medidas») and stage moves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.dates import format_date_short
from legal_desk.domain.lifecycle import CLOSED_STAGES, FILED_STAGES, LAWYER_ONLY_TARGETS, Stage
from legal_desk.domain.limitation import limitation_rule
from legal_desk.domain.money import format_money
from legal_desk.domain.permissions import Action, stage_move_action
from legal_desk.services import cases
from legal_desk.services.cases import TITLE_TYPES, CaseFile
from legal_desk.ui import theme
from legal_desk.ui.dialogs.records import is_filed
from legal_desk.ui.errors import word_value
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.labels import deadline_explanation, domain_label, limitation_rule_text, numbered, tolling_text
from legal_desk.ui.models.case_models import AMBER_BG, GREEN_BG, Column
from legal_desk.ui.views.case_tabs.common import CaseHost, CaseTab, RecordTab, shows_saved_case, tr
from legal_desk.ui.views.case_tabs.editing import (
    HEADER_FIXES,
    edit_button_tooltip,
    edit_case_header,
    edit_party,
    may_edit,
)
from legal_desk.ui.widgets.readiness import ReadinessChecklist

STAGE_COLUMNS = 4  # stage-move buttons per row on the summary


def filing_checklist_applies(stage: str, radicado: str | None) -> bool:
    """Whether «Requisitos para radicar» still means something: while the demand is to be filed, or
    to be corrected (*inadmitida*) or filed again (*rechazada*). A demand already filed, or a closed
    case (paid, settled, written off, returned to collections), has nothing left to file, and a
    checklist reading «Listo para radicar» there would mislead."""
    if stage in (Stage.CORRECTION_PENDING.value, Stage.REJECTED.value):
        return True
    if stage in {s.value for s in CLOSED_STAGES} or stage in {s.value for s in FILED_STAGES}:
        return False
    return not radicado  # e.g. a settlement reached after filing


class TasksBox(RecordTab):
    """Open and done tasks of the case; blocking ones in amber until done."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Tarea"), lambda t: t["title"]),
                Column(tr("Bloqueante"), lambda t: t["blocking"]),
                Column(tr("Vence"), lambda t: t["due"]),
                Column(tr("Hecha"), lambda t: t["done_at"]),
            ],
            row_background=lambda t: GREEN_BG if t["done_at"] else (AMBER_BG if t["blocking"] else None),
            parent=parent,
        )
        self.empty_text = tr("Sin tareas")
        self.done_button = self.add_action(tr("Marcar hecha"), self.mark_done, needs_row=True)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(180)

    def show_case(self, case: CaseFile) -> None:
        self.allow(self.done_button, self.host.may(Action.EDIT_CASE))
        self.set_records(case.tasks, "task_id")
        self.table.setVisible(bool(case.tasks))

    def mark_done(self) -> None:
        t = self.selected()
        if t is not None and not t["done_at"]:
            self.host.run_write(cases.complete_task, t["task_id"])


def last_action_text(last: dict[str, Any] | None) -> str:
    """«01/09/2025 — Solicitud de oficios · desistimiento tácito el 01/09/2026», or «—» when art. 317 does not run."""
    if not last:
        return "—"
    return (
        tr("{date} — {what} · desistimiento tácito el {expires}")
        .replace("{date}", format_date_short(last["date"]))
        .replace("{what}", word_value(last.get("text") or last["label"]))  # in the interface language
        .replace("{expires}", format_date_short(last["expires"]))
    )


def last_action_tooltip(last: dict[str, Any] | None) -> str:
    """The art. 317 rule behind the «Última actuación» line, in the lawyer's words."""
    if not last:
        return tr("El término del desistimiento tácito (CGP art. 317) corre solo en procesos radicados en curso.")
    years = int(last["period_years"])
    return tr(
        "CGP art. 317 num. 2: {n} año(s) sin actuación del proceso desde el día siguiente a la última "
        "notificación, diligencia o actuación (2 con sentencia o auto que ordena seguir adelante la "
        "ejecución, lit. b). Cualquier actuación, de oficio o a petición de parte, interrumpe el término "
        "(lit. c): regístrela en «Términos y tasas → Registrar actuación…». No cuentan los contactos con "
        "el deudor, las pruebas cargadas ni los cambios de datos del expediente."
    ).replace("{n}", str(years))


def _term_state(d: dict[str, Any]) -> str:
    """Cumplido, No cumplido (late, or the step was not taken), Sin efecto (case closed), Vencido or Abierto."""
    if d["status"] == "closed":
        return tr("Sin efecto (expediente cerrado)")
    if d["met_on"] is not None and d.get("rule") == "INACTIVITY_317":
        # art. 317 lit. c: a later actuación interrupts the year (after it ran out, too late)
        text = tr("Interrumpido el {date}") if d["status"] == "met" else tr("Vencido; actuación posterior el {date}")
        return text.replace("{date}", format_date_short(d["met_on"]))
    if d["met_on"] is not None:
        return tr("Cumplido") if d["status"] == "met" else tr("No cumplido")
    if d["status"] == "missed" or d["due"] < dt.date.today():
        return tr("Vencido")
    return tr("Abierto")


class TermsBox(RecordTab):
    """The case's procedural terms (debtor's 5 and 10 days, art. 90, art. 446…) with the rule of each."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Término"), lambda d: domain_label(d["label"])),
                Column(tr("Desde"), lambda d: d["event_date"]),
                Column(tr("Vence"), lambda d: d["due"]),
                Column(tr("Estado"), _term_state),
            ],
            row_background=lambda d: (
                GREEN_BG if d["status"] == "met" else (AMBER_BG if _term_state(d) == tr("Vencido") else None)
            ),
            row_tooltip=lambda d: deadline_explanation(d["explanation"], d.get("explanation_parts")),
            parent=parent,
        )
        self.empty_text = tr("Sin términos en curso")
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)

    def show_case(self, case: CaseFile) -> None:
        self.set_records(case.deadlines, "deadline_id")
        self.table.setVisible(bool(case.deadlines))


class SummaryTab(CaseTab):
    """Resumen del expediente (UI tab)."""

    FIELDS = (
        ("stage", QT_TRANSLATE_NOOP("CaseFile", "Etapa")),
        ("debtor", QT_TRANSLATE_NOOP("CaseFile", "Deudor")),
        ("debtor_id", QT_TRANSLATE_NOOP("CaseFile", "Documento")),
        ("capital", QT_TRANSLATE_NOOP("CaseFile", "Capital")),
        ("costs", QT_TRANSLATE_NOOP("CaseFile", "Costas")),
        ("due", QT_TRANSLATE_NOOP("CaseFile", "Vencimiento")),
        ("title", QT_TRANSLATE_NOOP("CaseFile", "Título")),
        ("limitation", QT_TRANSLATE_NOOP("CaseFile", "Prescripción")),
        ("court", QT_TRANSLATE_NOOP("CaseFile", "Juzgado")),
        ("radicado", QT_TRANSLATE_NOOP("CaseFile", "Radicado")),
        ("lawyer", QT_TRANSLATE_NOOP("CaseFile", "Abogado")),
        ("handed", QT_TRANSLATE_NOOP("CaseFile", "Entregado por")),
        ("last_action", QT_TRANSLATE_NOOP("CaseFile", "Última actuación")),
    )
    #: What collections see of a handover legal accepted (the rest is the legal file).
    LIMITED_FIELDS = frozenset({"stage", "debtor", "debtor_id", "capital", "radicado", "lawyer", "handed"})

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        facts = QGroupBox(tr("Datos del expediente"), self)
        grid = QGridLayout(facts)
        for i, (key, label) in enumerate(self.FIELDS):
            name = QLabel(tr(label) + ":", facts)
            name.setStyleSheet(theme.adapted("color:#444;"))
            value = QLabel(facts)
            value.setWordWrap(True)
            value.setStyleSheet("font-weight:bold;")
            self.values[key] = value
            self.names[key] = name
            row, col = divmod(i, 2)
            grid.addWidget(name, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(tr("Editar datos…"), facts)
        self.edit_button.setToolTip(edit_button_tooltip())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_header())
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)
        grid.addLayout(edit_row, (len(self.FIELDS) + 1) // 2, 0, 1, 4)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(theme.adapted("background:#fff1c2; color:#5c4400; padding:6px; border-radius:4px;"))
        self.notice.setVisible(False)  # an empty yellow bar until a case with something to say is shown
        stages = QGroupBox(tr("Siguiente etapa"), self)
        self.stages_box = stages
        # the moves wrap STAGE_COLUMNS to a row: seven in one row made the summary wider than a laptop's
        # window (a horizontal scroll bar, the readiness checklist pushed out of sight at 1280 px)
        self.stage_bar = QGridLayout()
        self.stage_hint = QLabel(stages)
        self.stage_hint.setWordWrap(True)
        stages_layout = QVBoxLayout(stages)
        stages_layout.addLayout(self.stage_bar)
        stages_layout.addWidget(self.stage_hint)
        self.stage_buttons: dict[str, QPushButton] = {}
        check_box = QGroupBox(tr("Requisitos para radicar"), self)
        self.check_box = check_box
        self.checklist = ReadinessChecklist(check_box)
        self.checklist.item_activated.connect(self._on_checklist_item_activated)
        QVBoxLayout(check_box).addWidget(self.checklist)
        tasks_box = QGroupBox(tr("Tareas"), self)
        self.tasks_box = tasks_box
        self.tasks = TasksBox(host, tasks_box)
        QVBoxLayout(tasks_box).addWidget(self.tasks)
        terms_box = QGroupBox(tr("Términos"), self)
        terms_box.setToolTip(tr("Pase el puntero sobre un término para ver la regla que lo produjo"))
        self.terms = TermsBox(host, terms_box)
        QVBoxLayout(terms_box).addWidget(self.terms)
        self.terms_box = terms_box
        left = QVBoxLayout()
        left.addWidget(facts)
        left.addWidget(self.notice)
        left.addWidget(stages)
        left.addWidget(terms_box)
        left.addWidget(tasks_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(check_box, 2)
        body = QWidget(self)
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_case(self, case: CaseFile) -> None:
        d = case.debtor
        title = domain_label(TITLE_TYPES.get(case.title_type or "", case.title_type or ""))
        values = {
            "stage": stage_label(case.stage),
            "debtor": d.name if d else "—",
            "debtor_id": f"{d.id_type} {d.id_number}" if d else "—",
            "capital": format_money(case.capital, case.currency, with_code=True),
            "costs": format_money(case.costs, case.currency),
            "due": format_date_short(case.due_date) or "—",
            "title": numbered(title, case.title_number) or "—",
            "limitation": format_date_short(case.limitation_date) or "—",
            "court": case.court or "—",
            "radicado": case.radicado or "—",
            "lawyer": case.lawyer or tr("Sin asignar"),
            "handed": (case.handed_over_by or "—")
            + (f" ({case.handed_over_at:%d/%m/%Y})" if case.handed_over_at else ""),
            "last_action": last_action_text(case.last_action),
        }
        for key, text in values.items():
            self.values[key].setText(text)
            shown = not case.limited or key in self.LIMITED_FIELDS
            self.values[key].setVisible(shown)
            self.names[key].setVisible(shown)
        self._arrange([key for key, _label in self.FIELDS if not case.limited or key in self.LIMITED_FIELDS])
        for box in (self.stages_box, self.check_box, self.tasks_box, self.terms_box):  # court terms: legal's
            box.setVisible(not case.limited)
        self.check_box.setVisible(not case.limited and filing_checklist_applies(case.stage, case.radicado))
        if case.limited:
            self._show_limited(case)
            return
        self.values["last_action"].setToolTip(last_action_tooltip(case.last_action))
        rule = limitation_rule(case.title_type, case.due_date, case.jurisdiction, case.limitation_date)
        tolling = tolling_text(case.limitation_tolling)  # a filed case: did the filing interrupt it (art. 94 CGP)
        if tolling:
            self.values["limitation"].setText(f"{values['limitation']} — {tolling}")
        self.values["limitation"].setToolTip("\n".join(t for t in (limitation_rule_text(rule), tolling) if t))
        notes = []
        if case.archived:
            notes.append(tr("Expediente archivado: no aparece en la lista de expedientes."))
        if case.return_reason:
            notes.append(tr("Devuelto a cobranza: {0}").format(case.return_reason))
        blocking = [t for t in case.tasks if t["blocking"] and not t["done_at"]]
        notes.extend(tr("Tarea bloqueante: {0}").format(t["title"]) for t in blocking)
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        editable = may_edit(self.host)
        self.edit_button.setVisible(editable)
        self.checklist.set_fix_hints(self.fix_hints(case) if editable else {})
        self.checklist.set_items(case.readiness)
        self.tasks.show_case(case)
        self.terms.show_case(case)
        self._build_stage_buttons(case)

    def _arrange(self, keys: list[str]) -> None:
        """Lay the shown fields out two to a row with no holes (the limited view hides five of twelve)."""
        for i, key in enumerate(keys):
            row, col = divmod(i, 2)
            self._grid.addWidget(self.names[key], row, col * 2)  # re-adding moves a widget in the grid
            self._grid.addWidget(self.values[key], row, col * 2 + 1)

    def _show_limited(self, case: CaseFile) -> None:
        """Collections on a handover legal accepted: what «Mis entregas» says, and why nothing more."""
        notes = [
            tr(
                "Jurídico ya aceptó este expediente: cobranza ve su etapa, el abogado y el radicado, "
                "y no puede modificarlo. Para cualquier cambio, comuníquese con el abogado a cargo."
            )
        ]
        if case.stage_reason:
            notes.append(tr("Motivo: {0}").format(case.stage_reason))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(True)
        self.edit_button.setVisible(False)
        # emptied, not just hidden: nothing shown before the acceptance lingers
        self.checklist.set_fix_hints({})
        self.checklist.set_items(case.readiness)
        self.tasks.show_case(case)
        self._build_stage_buttons(case)

    def fix_hints(self, case: CaseFile) -> dict[str, str]:
        """How each red item that editing can fix is fixed, by clicking it."""
        hints = {
            "debtor_identified": tr("Clic para completar los datos del deudor"),
            "demand_letter": tr("Clic para registrar el motivo para omitir la carta (o envíela en Comunicaciones)"),
            "not_prescribed": tr("Clic para anotar la revisión de la prescripción"),
        }
        if case.debtor is None:
            del hints["debtor_identified"]
        if (case.original_location or "").strip():
            hints["title_scan"] = tr("Clic para agregar el escaneo del título en Pruebas")
        else:
            hints["title_scan"] = tr("Clic para indicar dónde está el título original")
        return hints

    def edit_header(self, focus: str = "") -> bool:
        """«Editar datos…»: the case edit dialog."""
        return edit_case_header(self, self.host, focus)

    def _on_checklist_item_activated(self, code: str) -> None:
        case = self.host.case
        if case is None:
            return
        if code == "debtor_identified" and case.debtor is not None:
            edit_party(self, self.host, case.debtor)
        elif code == "title_scan" and (case.original_location or "").strip():
            self.host.add_evidence()
        elif code in HEADER_FIXES:
            self.edit_header(HEADER_FIXES[code])

    def _place_stage_button(self, button: QPushButton) -> None:
        n = self.stage_bar.count()
        self.stage_bar.addWidget(button, n // STAGE_COLUMNS, n % STAGE_COLUMNS)

    def _build_stage_buttons(self, case: CaseFile) -> None:
        while self.stage_bar.count():
            item = self.stage_bar.takeAt(0)
            if item.widget():
                # hidden at once: until deleteLater runs, a button out of the layout stays painted where the
                # layout last put it (an «Archivar…» over the «Siguiente etapa» title)
                item.widget().hide()
                item.widget().deleteLater()
        self.stage_buttons = {}
        hidden = []
        for target in case.allowed_stages:
            stage = Stage(target)
            if not self.may_move(case, stage):
                hidden.append(stage_label(target))
                continue
            tip = tr("Pasar a «{0}»").format(stage_label(target))
            if stage is Stage.RETURNED_TO_COLLECTIONS:
                text = tr("Devolver a cobranza…")
            elif stage is Stage.EVIDENCE and case.stage == Stage.INTAKE.value:
                # accepting the handover (DOMAIN.md §2): the lawyer takes the case and evidence gathering starts
                text = tr("Aceptar expediente…")
                tip = tr("Aceptar la entrega de cobranza: el expediente pasa a «{0}»").format(stage_label(target))
            elif stage is Stage.FILED and case.stage == Stage.CORRECTION_PENDING.value:
                text = tr("Demanda subsanada…")  # art. 90: corrected in time, the lawsuit stands as filed
                tip = tr("La demanda se subsanó a tiempo: el expediente vuelve a «{0}»").format(stage_label(target))
            else:
                text = stage_label(target) + "…"
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, t=target: self.host.move_stage(t))  # type: ignore[attr-defined]
            self._place_stage_button(button)
            self.stage_buttons[target] = button
        ctx = self.host.ctx
        if case.reopen_stages and ctx.can(Action.MOVE_STAGE_LEGAL):
            reopen = QPushButton(tr("Reabrir expediente…"), self)
            reopen.setToolTip(tr("Un expediente cerrado solo se reabre con un motivo; queda en la auditoría"))
            reopen.clicked.connect(lambda _c=False: self.reopen(case))
            self._place_stage_button(reopen)
            self.stage_buttons["__reopen__"] = reopen
        if ctx.can(Action.MOVE_STAGE_LEGAL):
            archive = QPushButton(tr("Desarchivar…") if case.archived else tr("Archivar…"), self)
            archive.setToolTip(tr("Archivar oculta el expediente de la lista; nunca se borra"))
            archive.clicked.connect(lambda _c=False: self.toggle_archive(case))
            self._place_stage_button(archive)
            self.stage_buttons["__archive__"] = archive
        if case.reopen_stages:
            self.stage_hint.setText(tr("El expediente está cerrado; un abogado puede reabrirlo con un motivo."))
        elif not case.allowed_stages:
            self.stage_hint.setText(tr("El expediente está cerrado; no tiene etapas siguientes."))
        elif hidden and not self.stage_buttons:
            self.stage_hint.setText(tr("Su rol no puede cambiar la etapa de este expediente."))
        elif hidden:
            self.stage_hint.setText(tr("Solo un abogado puede pasar a: {0}").format(", ".join(hidden)))
        else:
            self.stage_hint.setText("")
        self.stage_hint.setVisible(bool(self.stage_hint.text()))

    def reopen(self, case: CaseFile) -> bool:
        """Ask the stage and the reason, then reopen by an explicit, audited event."""
        if not shows_saved_case(self.host, lambda: self.host.case is not None and self.reopen(self.host.case)):
            return False
        labels = [stage_label(t) for t in case.reopen_stages]
        label, ok = QInputDialog.getItem(
            self, tr("Reabrir expediente"), tr("Etapa en la que se reabre:"), labels, 0, False
        )
        if not ok:
            return False
        reason, ok = QInputDialog.getMultiLineText(self, tr("Reabrir expediente"), tr("Motivo (obligatorio):"))
        if not ok or not reason.strip():
            return False
        target = case.reopen_stages[labels.index(label)]
        return bool(
            self.host.run_write(
                cases.reopen_case,
                self.host.case_id,
                target,
                reason.strip(),  # type: ignore[attr-defined]
                expected_version=case.version,
                unless_changed=lambda c: c.stage,
            )
        )

    def toggle_archive(self, case: CaseFile) -> bool:
        """Archive or un-archive after asking (nothing is deleted; the audit log keeps the reason)."""
        if not shows_saved_case(self.host, lambda: self.host.case is not None and self.toggle_archive(self.host.case)):
            return False
        title = tr("Desarchivar expediente") if case.archived else tr("Archivar expediente")
        reason, ok = QInputDialog.getText(self, title, tr("Motivo (obligatorio):"))
        if not ok or not reason.strip():
            return False
        return bool(
            self.host.run_write(
                cases.set_archived,
                self.host.case_id,
                not case.archived,  # type: ignore[attr-defined]
                reason.strip(),
            )
        )

    def may_move(self, case: CaseFile, stage: Stage) -> bool:
        """Role check mirrored from the services (they enforce it too)."""
        ctx = self.host.ctx
        if stage in LAWYER_ONLY_TARGETS and not ctx.can(Action.MOVE_STAGE_LEGAL):
            return False
        # the move's own permission: hand over (collections), accept (lawyer), return, or any other step
        if not ctx.can(stage_move_action(Stage(case.stage), stage)):
            return False
        return not (is_filed(case.stage) and not ctx.can(Action.EDIT_FILED_CASE))


__all__ = ["SummaryTab", "TasksBox", "TermsBox"]
