"""English interface, fifth round: texts a foreign team member still met in Spanish (the copy of a file saved
with «Save as…», the rate table's own refusals and the columns of the rate-import errors, the packet's annex
refusals and what to do about them). The CLI, str() and the audit keep the Spanish."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services.errors import ValidationFailed
from legal_desk.ui.widgets import file_actions
from tests.ui.test_english_service_refusals import _all_english, _english

pytestmark = pytest.mark.usefixtures("spanish")


@pytest.fixture
def demo_desk(sqlite_desk: Any) -> Any:
    from legal_desk.services.demo import load_demo
    from legal_desk.services.users import actor_for
    from tests.conftest import DEMO_TODAY

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    return sqlite_desk


# ------------------------------------------------------------------ «Save as…» copies


def test_a_copy_that_fails_says_why_and_what_to_do_in_english(qapp: Any, tmp_path: Path) -> None:
    source = tmp_path / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.4 escaneo")
    blocked = tmp_path / "no_es_carpeta"
    blocked.write_text("un archivo")
    target = blocked / "sub" / "escaneo.pdf"
    with pytest.raises(ValidationFailed) as refused:
        file_actions.copy_file(source, target)
    assert str(refused.value) == (
        f"No se pudo copiar a {target}: una parte de la ruta es un archivo, no una carpeta; elija otra carpeta"
    )
    english = _english(refused.value)
    assert english == f"Could not copy to {target}: part of the path is a file, not a folder; choose another folder"
    _all_english(english.replace(str(tmp_path), ""))


@pytest.mark.parametrize(
    ("number", "spanish", "english"),
    [
        (errno.ENOSPC, "no queda espacio en ese disco", "there is no space left on that disk"),
        (errno.EROFS, "el disco es de solo lectura", "the disk is read-only"),
        (errno.EACCES, "no tiene permiso para escribir", "you do not have permission to write"),
    ],
)
def test_a_full_read_only_or_forbidden_disk_is_named_in_both_languages(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, spanish: str, english: str
) -> None:
    source = tmp_path / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.4 escaneo")
    real_open = open

    def failing_open(path: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
        if "w" in mode:
            raise OSError(number, "system words")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(ValidationFailed) as refused:
        file_actions.copy_file(source, tmp_path / "copia" / "escaneo.pdf")
    monkeypatch.undo()
    assert spanish in str(refused.value)
    worded = _english(refused.value)
    assert worded.startswith("Could not copy to ") and english in worded
    _all_english(worded.replace(str(tmp_path / "copia"), ""))
    assert not (tmp_path / "copia" / ".escaneo.pdf.partial").exists()


# ------------------------------------------------------------------ rate tables


def test_a_rate_table_whose_periods_break_the_rules_reads_in_english(qapp: Any) -> None:
    """RateTableError (periods given in code: overlap, inverted, negative) was a plain Spanish string."""
    import datetime as dt
    from decimal import Decimal

    from legal_desk.domain.interest import RatePeriod, RateTable, RateTableError

    with pytest.raises(RateTableError) as refused:
        RateTable(
            [
                RatePeriod(dt.date(2024, 1, 1), dt.date(2024, 1, 31), Decimal("27.9")),
                RatePeriod(dt.date(2024, 1, 15), dt.date(2024, 2, 28), Decimal("-1")),
                RatePeriod(dt.date(2024, 4, 30), dt.date(2024, 4, 1), Decimal("28")),
            ]
        )
    assert str(refused.value) == (  # the CLI's Spanish, as before
        "Tabla de tasas inválida: la tasa del período que empieza el 15/01/2024 es negativa; el período "
        "30/04/2024–01/04/2024 termina antes de empezar; el período 15/01/2024–28/02/2024 se superpone con "
        "01/01/2024–31/01/2024."
    )
    english = _english(refused.value)
    assert english == (
        "Invalid rate table: the rate of the period starting on 15/01/2024 is negative; the period "
        "30/04/2024–01/04/2024 ends before it starts; the period 15/01/2024–28/02/2024 overlaps 01/01/2024–31/01/2024."
    )
    _all_english(english)


def test_a_rate_file_without_its_columns_names_them_in_english(qapp: Any, tmp_path: Path) -> None:
    from legal_desk.importing.rates import RateFileError, read_rate_table

    bad = tmp_path / "tasas.csv"
    bad.write_text("inicio;valor\n2024-01-01;27,9\n", encoding="utf-8")
    with pytest.raises(RateFileError) as refused:
        read_rate_table(bad)
    assert [col for _line, col, _msg in refused.value.errors] == ["hasta", "tasa_efectiva_anual"]  # CLI, JSON
    english = _english(refused.value)
    assert english.startswith("The rate table has 2 error(s): line 1, to: the column is missing"), english
    assert "line 1, annual_rate: the column is missing" in english


# ------------------------------------------------------------------ the filing packet's annexes


def test_the_packet_dialog_says_why_an_annex_is_refused_and_asks_the_password_in_english(
    qtbot: Any, demo_desk: Any, monkeypatch: pytest.MonkeyPatch, messages: list[str], tmp_path: Path
) -> None:
    """An e-mail kept as evidence: the «PDF» column and its tooltip (what to do) were Spanish; an encrypted
    annex: the refusal that makes the window ask for the password was recognised only in Spanish."""
    from pypdf import PdfWriter
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from legal_desk.services.evidence import add_evidence
    from legal_desk.ui.dialogs.packet import PacketDialog
    from legal_desk.ui.i18n import install_language
    from tests.ui.test_documents_ui import _build, drain, execution_cases, lawyer_ctx

    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[1]
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("clave-secreta")
    w.write(tmp_path / "extracto.pdf")
    (tmp_path / "aviso.eml").write_bytes(b"From: a@b.co\r\nTo: c@d.co\r\nSubject: Aviso\r\n\r\nHola\r\n")
    (tmp_path / "foto.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1")
    add_evidence(demo_desk, ctx.actor, cid, tmp_path / "extracto.pdf", "other", description="Extracto")
    add_evidence(demo_desk, ctx.actor, cid, tmp_path / "aviso.eml", "other", description="Aviso")
    asked: list[str] = []
    answers = iter([("equivocada", True), ("clave-secreta", True)])

    def get_text(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    install_language("en")
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    model = dialog.annex_model
    row = next(r for r, a in enumerate(model.rows) if a.unsupported)
    assert model.index(row, 2).data() == "No: convert it to PDF"
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(
        "This EML file cannot go into the packet as it is; open it in the e-mail program, print it to PDF "
        "(its attachments are added separately), add that PDF as evidence and tick it"
    ), tip
    assert model.rows[row].unsupported is not None and "imprímalo a PDF" in model.rows[row].unsupported  # CLI
    _all_english(tip.split("\n", 1)[1])
    build = _build(qtbot, dialog, timeout=30_000)
    assert asked == [
        "Annex «Otro documento: Extracto» is encrypted. Enter its password:",
        "The password did not open «Otro documento: Extracto». Try again:",
    ]
    assert any(a["title"] == "Otro documento: Extracto" for a in build.annexes)
    assert messages == []
    drain()


@pytest.mark.parametrize(
    ("suffix", "english"),
    [
        (".docx", "this DOCX file cannot go into the packet as it is; open it, save it as PDF"),
        (".heic", "this is an iPhone HEIC photo and cannot go into the packet as it is; ask for the photo as JPG"),
        (".zip", "this ZIP file cannot go into the packet as it is; the packet takes PDFs or images"),
        ("", "this file has no extension and cannot go into the packet as it is"),
    ],
)
def test_every_unsupported_annex_reason_reads_in_english(qapp: Any, suffix: str, english: str) -> None:
    from legal_desk.documents.packets import unsupported_reason
    from legal_desk.ui.errors import error_text
    from legal_desk.ui.i18n import install_language

    reason = unsupported_reason(suffix)
    assert str(reason).startswith("es un")  # the CLI's Spanish
    install_language("en")
    worded = error_text(reason)
    assert worded.startswith(english), worded
    _all_english(worded.replace("DOCX", "").replace("ZIP", ""))


def test_annex_errors_read_in_english(qapp: Any, tmp_path: Path) -> None:
    """A damaged PDF, an encrypted one and an altered file: what build_packet refuses, worded in English."""
    from pypdf import PdfWriter

    from legal_desk.documents.packets import AnnexError, PacketAnnex, PacketSpec, build_packet

    broken = tmp_path / "roto.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")
    locked = tmp_path / "cerrado.pdf"
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("clave")
    w.write(locked)

    def refusal(annex: PacketAnnex) -> AnnexError:
        spec = PacketSpec(
            case_title="Proceso",
            court="",
            radicado="",
            creditor="",
            debtor="",
            lawyer="",
            date=__import__("datetime").date(2025, 1, 10),
            annexes=[annex],
        )
        with pytest.raises(AnnexError) as refused:
            build_packet(spec, tmp_path / "paquete.pdf")
        return refused.value

    damaged = refusal(PacketAnnex("Pagaré", broken))
    encrypted = refusal(PacketAnnex("Extracto", locked))
    altered = refusal(PacketAnnex("Extracto", locked, sha256="0" * 64))
    assert str(encrypted) == "Anexo «cerrado.pdf»: cifrado: requiere contraseña"
    assert _english(encrypted) == "Annex «cerrado.pdf»: encrypted: it needs a password"
    assert _english(altered) == (
        "Annex «cerrado.pdf»: its content does not match its recorded SHA-256 (the file was altered)"
    )
    worded = _english(damaged)
    assert worded.startswith("Annex «roto.pdf»: damaged or incomplete PDF"), worded
    assert "ask the sender for a new copy" in worded
    _all_english(worded.split("(detail:")[0])


# ------------------------------------------------------------------ dialogs' own checks, the connection test, a crash


def test_a_money_field_left_empty_or_zero_is_refused_in_english(qtbot: Any) -> None:
    """«Value: es obligatorio» / «Value: debe ser mayor que cero»: the field was English, the rest Spanish."""
    from legal_desk.ui.dialogs.records import PaymentDialog
    from legal_desk.ui.i18n import install_language

    shown: list[str] = []
    for language in ("es", "en"):
        install_language(language)
        dialog = PaymentDialog(None)
        qtbot.addWidget(dialog)
        for typed in ("", "0", "1.2.3"):
            dialog.amountEdit.setText(typed)
            dialog.accept()
            shown.append(dialog.errorLabel.text())
    assert shown[:2] == ["Valor: es obligatorio y está vacío", "Valor: debe ser mayor que cero"]
    assert shown[3:5] == ["Amount: is required and is empty", "Amount: must be greater than zero"]
    assert shown[5].startswith("Amount: «1.2.3» has misplaced thousands separators")
    _all_english(*shown[3:])


def test_the_connection_test_and_an_unexpected_failure_read_in_english(qtbot: Any, tmp_path: Path) -> None:
    from legal_desk.services.errors import ServiceError
    from legal_desk.ui.dialogs.settings import probe_database
    from legal_desk.ui.errors import error_text
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.workers import Worker

    with pytest.raises(ServiceError) as refused:
        probe_database("postgresql+psycopg://nadie@127.0.0.1:1/nada?connect_timeout=2")
    assert str(refused.value).startswith("No se pudo conectar: ")
    install_language("en")
    assert error_text(refused.value).startswith("Could not connect: ")

    def crash() -> None:
        raise RuntimeError("boom")

    worker = Worker(crash, with_progress=False)
    with qtbot.waitSignal(worker.signals.failed, timeout=5_000) as blocker:
        worker.run()
    assert blocker.args[0] == "Unexpected error: boom"


# ------------------------------------------------------------------ texts lupdate never saw


def test_the_procedural_steps_a_user_records_are_listed_in_english(qapp: Any) -> None:
    """«Record procedural step…» offered its steps and the summons' places in Spanish: they went through a
    module helper `_t(…)` that pyside6-lupdate does not read, so they were never in the translation file."""
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.views.legal_panel import _place_labels, event_labels

    spanish = {**event_labels(), **_place_labels()}
    install_language("en")
    english = {**event_labels(), **_place_labels()}
    assert english["DEBTOR_SERVED"] == "Payment order personally served on the debtor"
    assert english["abroad"] == "Abroad (30 days)"
    for code, text in english.items():
        assert text != spanish[code], code
        _all_english(text.replace("Ley 2213", "").replace("(traslado)", "").replace("(estado)", ""))


def test_every_translation_helper_call_in_the_interface_is_in_the_translation_file(qapp: Any) -> None:
    """A module-level helper that wraps QCoreApplication.translate (`def tr(text)`) hides its literals from
    lupdate unless lupdate reads the helper's name; every literal passed to such a helper must translate."""
    import ast

    from legal_desk.ui import i18n

    i18n.install_language("en")
    ours = i18n._installed[0]  # the .qm: None for a text it does not hold (a word spelt alike still counts)
    untranslated: list[str] = []
    for path in sorted(Path("legal_desk/ui").rglob("*.py")):
        if path.name.startswith("ui_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers: dict[str, str] = {}  # helper name -> its fixed context
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg
                ):
                    helpers[node.name] = str(call.args[0].value)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in helpers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                text = call.args[0].value
                if not ours.translate(helpers[call.func.id], text):
                    untranslated.append(f"{path}:{call.lineno}: {text}")
    assert untranslated == []


# ------------------------------------------------------------------ the last actuación (art. 317)


def test_the_last_procedural_step_reads_in_english_and_stays_spanish_for_the_cli(qapp: Any, demo_desk: Any) -> None:
    """The case file's «Last procedural step» and the art. 317 watch said «Notificación personal del mandamiento
    de pago al deudor», «Radicación de la demanda», «Cambio de etapa: Deudor notificado → …» in English."""
    import datetime as dt
    import json
    import re

    from legal_desk.services import cases, deadlines
    from legal_desk.services.users import actor_for
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.views.case_tabs.summary import last_action_text
    from legal_desk.ui.views.legal_panel import LegalPanel

    lawyer = actor_for(demo_desk, "lrestrepo")
    files = [
        cases.get_case_file(demo_desk, lawyer, r.case_id)
        for r in cases.list_cases(demo_desk, lawyer, cases.CaseQuery(limit=500))
    ]
    files = [f for f in files if f.last_action]
    spanish = {f.case_id: last_action_text(f.last_action) for f in files}
    labels = {f.last_action["label"] for f in files}
    assert any(label.startswith("Cambio de etapa: ") for label in labels)  # the CLI's Spanish, as stored
    assert "Radicación de la demanda" in labels or any("mandamiento" in label for label in labels)
    for f in files:
        document = f.to_json()
        assert "text" not in document["last_action"] and json.dumps(document, default=str)
    install_language("en")
    english = {f.case_id: last_action_text(f.last_action) for f in files}
    for f in files:
        shown = english[f.case_id]
        assert shown != spanish[f.case_id]
        what = shown.split(" — ", 1)[1].split(" · ")[0]
        while re.search(r"\([^()]*\)", what):  # a typed reason or description, «(estado)»… stay as written
            what = re.sub(r"\([^()]*\)", "", what)
        _all_english(what.split("Procedural step: ")[0])
    assert any(" — Stage change: " in shown for shown in english.values())
    # the art. 317 watch words the same steps
    alerts = deadlines.inactivity_alerts(demo_desk, lawyer, dt.date(2030, 1, 1))
    assert alerts and all(isinstance(a["last_action"], str) for a in alerts)
    panel = LegalPanel.__new__(LegalPanel)  # only the cell wording is read
    cells = [LegalPanel._inactivity_cell(panel, a, 3) for a in alerts]
    assert all(not re.search(r"Cambio de etapa|Radicación|Notificación", c) for c in cells), cells
