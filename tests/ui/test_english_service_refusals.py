"""An English interface meets no Spanish in the refusals of users and log-in, backup and restore, court
closures and the term calculator, reports, evidence, notices, contacts, the filing checklist, the firm's
settings, the agenda, records that do not exist, template mistakes and the liquidation's warnings. The
CLI, str() and the stored text stay Spanish, character for character."""

from __future__ import annotations

import datetime as dt
import pickle
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from legal_desk.documents import templates as tpl
from legal_desk.domain import messages as M
from legal_desk.domain.interest import LiquidationError, PaymentIn, RatePeriod, RateTable, liquidate
from legal_desk.domain.messages import Text
from legal_desk.services import (
    agenda,
    backup,
    calendars,
    cases,
    checklist,
    contacts,
    deadlines,
    documents,
    evidence,
    notices,
    payments,
    reports,
    settings,
    tracking,
    users,
)
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ServiceError
from legal_desk.services.users import actor_for
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import install_language
from tests.ui.helpers import make_ctx, settle, wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over

SHOTS = Path("tests/_artifacts/screenshots")
#: Spanish that has no business in an English sentence (names, file names and commands aside)
SPANISH = re.compile(
    r"[áéíóúñ¿¡]|\b(debe|tiene|puede|usuario|fecha|valor|número|expediente|archivo|falta|indique|no existe|"
    r"copia|plantilla|cierre|prueba|comunicación|abono|tasa|contraseña|está|vacío|el|la|de|del|desconocid[oa])\b",
    re.IGNORECASE,
)

pytestmark = pytest.mark.usefixtures("spanish")


def _raised(fn: Any, *args: Any, **kwargs: Any) -> ServiceError:
    with pytest.raises(ServiceError) as info:
        fn(*args, **kwargs)
    return info.value


def _english(error: Any) -> str:
    install_language("en")
    try:
        return error_text(error)
    finally:
        install_language("es")


def _all_english(*texts: str) -> None:
    for text in texts:
        assert not SPANISH.search(text), text


# ------------------------------------------------------------------ users and log-in


def test_user_refusals_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    desk = sqlite_desk
    admin = actor_for(desk, "admin")
    taken = _raised(users.add_user, desk, admin, "abogada", "lawyer")
    short = _raised(users.add_user, desk, admin, "nuevo", "lawyer", password="corta")
    role = _raised(users.add_user, desk, admin, "nuevo", "juez")
    nobody = _raised(users.get_user, desk, "nadie")
    myself = _raised(users.update_user, desk, admin, "admin", active=False)
    assert str(taken) == "Ya existe el usuario «abogada»"  # the CLI's sentence, unchanged
    assert str(short) == "La contraseña debe tener al menos 8 caracteres"
    assert str(role).startswith("Rol «juez» desconocido; use uno de: admin, lawyer")
    english = [_english(e) for e in (taken, short, role, nobody, myself)]
    assert english[0] == "User «abogada» already exists"
    assert english[1] == "The password must have at least 8 characters"
    assert english[2].startswith("Unknown role «juez»; use one of: admin, lawyer")
    assert english[3] == "There is no user «nadie»"
    assert english[4] == "You cannot deactivate your own user; ask another administrator"
    _all_english(*english)


def test_the_log_in_dialog_refuses_in_english_and_says_until_when_an_account_is_locked(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from legal_desk.ui.dialogs.login import LoginDialog
    from legal_desk.ui.settings import UiSettings

    install_language("en")
    dialog = LoginDialog(sqlite_desk, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(dialog)
    dialog.userEdit.setText("abogada")
    for _ in range(users.MAX_FAILED_LOGINS):
        dialog.passwordEdit.setText("equivocada")
        assert dialog.try_login() is False
        assert dialog.errorLabel.text() == "Wrong user name or password"
    dialog.passwordEdit.setText("secreto-123")  # the right one, while locked
    assert dialog.try_login() is False
    locked = dialog.errorLabel.text()
    assert re.fullmatch(
        rf"Account locked after {users.MAX_FAILED_LOGINS} wrong passwords in a row: try again after \d\d:\d\d or "
        r"ask an administrator to unlock it",
        locked,
    ), locked
    with pytest.raises(ServiceError) as info:  # the CLI keeps the Spanish sentence
        users.authenticate(sqlite_desk, "abogada", "secreto-123")
    assert str(info.value).startswith(f"Cuenta bloqueada por {users.MAX_FAILED_LOGINS} contraseñas erradas seguidas")


def test_the_user_dialog_says_the_user_exists_in_english(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    from legal_desk.ui.dialogs.users import UserDialog, UsersView

    install_language("en")
    view = UsersView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    dialog = UserDialog(view.ctx, None, view)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("abogada")
    assert dialog.save() is False
    assert dialog.error_label.text() == "User «abogada» already exists"


# ------------------------------------------------------------------ backup and restore


def test_backup_restore_and_verify_refusals_read_in_english(qapp: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    admin = actor_for(desk, "admin")
    folder = _raised(backup.backup, desk, admin, tmp_path)
    missing = _raised(backup.restore, desk, admin, tmp_path / "no-esta.zip")
    not_zip = tmp_path / "texto.zip"
    not_zip.write_text("hola", encoding="utf-8")
    bad = _raised(backup.restore, desk, admin, not_zip)
    good = tmp_path / "copia.zip"
    hand_over(desk, "OB-1")
    backup.backup(desk, admin, good)
    full = _raised(backup.restore, desk, admin, good)
    assert str(full) == "La base de datos ya tiene expedientes; use --replace para reemplazarla con la copia"
    assert str(missing) == f"El archivo de copia {tmp_path / 'no-esta.zip'} no existe"
    english = [_english(e) for e in (folder, missing, bad, full)]
    assert english == [
        f"{tmp_path} is a folder; give the name of the .zip file",
        f"The backup file {tmp_path / 'no-esta.zip'} does not exist",
        f"{not_zip} is not a legal_desk backup (it is not a ZIP, or it is incomplete: was it copied whole?)",
        "The database already has case files; use --replace to replace it with the backup",
    ]
    # verification: every problem is said in English, and the report keeps the Spanish sentences
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    table = "tables/cases.jsonl"
    entries[table] = entries[table][:-1]  # the last line no longer ends
    broken = tmp_path / "rota.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr("extra.txt", "no es de legal_desk")
    check = backup.verify_backup(broken)
    assert len(check.problems) == len(check.problem_texts) >= 2
    assert check.problems == [str(t) for t in check.problem_texts]
    assert "La copia trae un archivo que no es de legal_desk: extra.txt" in check.problems
    english = [_english(t) for t in check.problem_texts]
    assert "The backup holds a file that is not legal_desk's: extra.txt" in english
    assert any(e.startswith(f"The backup's file {table} is damaged") for e in english), english
    _all_english(*(e.replace(str(tmp_path), "") for e in english))


def test_checking_a_damaged_backup_in_english_lists_its_problems_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    from legal_desk.ui.main_window import MainWindow

    admin = actor_for(sqlite_desk, "admin")
    hand_over(sqlite_desk, "OB-1")
    good = tmp_path / "copia.zip"
    backup.backup(sqlite_desk, admin, good)
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["tables/cases.jsonl"] = entries["tables/cases.jsonl"][:-1]
    short = tmp_path / "corta.zip"
    with zipfile.ZipFile(short, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    install_language("en")
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    task = window.verify_backup_file(short)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    settle(qtbot)
    shown = messages[-1]
    listed = shown.split("\n\n", 1)[1].splitlines()
    assert listed and all(line.startswith("The backup's ") for line in listed), listed
    assert re.fullmatch(
        r"The backup's file tables/cases\.jsonl is damaged: it has (\d+) bytes and its manifest says \d+", listed[0]
    ), listed
    _all_english(*listed)


def test_the_other_connections_a_restore_names_read_in_english(qapp: Any) -> None:
    """PostgreSQL: the other desks connected are named in the restore refusal and the question before it."""
    others = [
        {"app": "legal_desk PC-ANA (pid 412)", "usr": "ana", "addr": "10.0.0.7", "host": "", "n": 1},
        {"app": "", "usr": "reportes", "addr": "127.0.0.1", "host": "", "n": 3},
        {"app": "", "usr": "", "addr": "", "host": "", "n": 1},
    ]
    assert backup.sessions_text(others) == (  # the CLI's sentence, unchanged
        "legal_desk PC-ANA (pid 412) desde 10.0.0.7; usuario «reportes» en el propio servidor (3 conexiones); "
        "un programa sin nombre"
    )
    english = [_english(origin) for origin in backup.session_origins(others).items]
    assert english == [
        "legal_desk PC-ANA (pid 412) from 10.0.0.7",
        "user «reportes» on the server itself (3 connections)",
        "an unnamed program",
    ]
    refused = ServiceError(Text(M.RESTORE_OTHERS_CONNECTED, total=5, sessions=backup.session_origins(others)))
    assert _english(refused).startswith(
        "Nothing was restored: there are 5 connection(s) from other computers to this database (legal_desk PC-ANA "
        "(pid 412) from 10.0.0.7; user «reportes» on the server itself (3 connections); an unnamed program). "
    )


# ------------------------------------------------------------------ court closures, the calculator, the agenda


def test_calendar_settings_checklist_and_agenda_refusals_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    desk = sqlite_desk
    admin = actor_for(desk, "admin")
    day = dt.date(2025, 3, 3)
    refusals = [
        _raised(calendars.add_closure, desk, admin, "CO", day, day, " "),
        _raised(calendars.add_closure, desk, admin, "CO", day, day - dt.timedelta(days=2), "Paro"),
        _raised(calendars.add_closure, desk, admin, "CO", day, day + dt.timedelta(days=400), "Paro"),
        _raised(calendars.remove_closure, desk, admin, 999),
        _raised(calendars.add_days, desk, "CO", day, 6000),
        _raised(settings.set_setting, desk, admin, "interest.day_basis", "300"),
        _raised(checklist.set_requirement, desk, admin, "CO", "no_existe"),
        _raised(agenda.agenda, desk, admin, day, day - dt.timedelta(days=1)),
    ]
    assert str(refusals[1]) == "El cierre termina (01/03/2025) antes de empezar (03/03/2025)"
    assert str(refusals[5]) == "La base de días debe ser 365 o 360, no «300»"
    english = [_english(e) for e in refusals]
    assert english[:6] == [
        "Enter the reason for the closure (strike, technical failure, circular…)",
        "The closure ends (01/03/2025) before it starts (03/03/2025)",
        "A closure cannot last more than 366 days; record separate periods",
        "There is no court closure 999",
        "A term of 6000 business days is not reasonable; check the number",
        "The day basis must be 365 or 360, not «300»",
    ]
    assert english[6].startswith("Unknown requirement «no_existe»; the requirements are: ")
    assert english[7] == "The range ends (02/03/2025) before it starts (03/03/2025)"
    _all_english(*english)


def test_a_closure_refused_in_the_english_terms_panel_is_english(
    qtbot: Any, sqlite_desk: Desk, messages: list[str]
) -> None:
    from tests.ui.test_legal_panel import ClosureValues, panel_for

    install_language("en")
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 11, 24))
    panel.add_closure(ClosureValues(dt.date(2025, 11, 18), dt.date(2026, 12, 31), "Paro judicial"))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[-1] == "A closure cannot last more than 366 days; record separate periods"


# ------------------------------------------------------------------ evidence, notices, contacts, reports


def test_case_record_refusals_read_in_english(qapp: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-5")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    fake = tmp_path / "pagare.pdf"
    fake.write_bytes(b"\xff\xd8\xff\xe0 una foto")
    empty = tmp_path / "vacio.pdf"
    empty.write_bytes(b"")
    today = dt.date.today()
    notice = notices.add_notice(desk, lawyer, case_id, channel="email", sent=today, recipient="a@b.co")
    refusals = [
        _raised(evidence.add_evidence, desk, lawyer, case_id, fake, "title"),
        _raised(evidence.add_evidence, desk, lawyer, case_id, empty, "title"),
        _raised(evidence.add_evidence, desk, lawyer, case_id, tmp_path / "no.pdf", "title"),
        _raised(evidence.archive_evidence, desk, lawyer, 999, "duplicada"),
        _raised(notices.add_notice, desk, lawyer, case_id, channel="mail", sent=today),
        _raised(notices.register_notice_receipt, desk, lawyer, notice.notice_id, delivered=None, proof=None),
        _raised(contacts.log_contact, desk, lawyer, case_id, channel="call", at=today, outcome=" "),
        _raised(cases.get_case_file, desk, lawyer, "OB-NO-ESTA"),
        _raised(tracking.advance_embargo, desk, lawyer, 999, "decreed", on=today),
        _raised(deadlines.mark_deadline_met, desk, lawyer, 999, today),
        _raised(reports.export_docket, desk, lawyer, cases.CaseQuery(), tmp_path / "cartera.pdf"),
    ]
    assert str(refusals[0]) == "pagare.pdf no es un archivo PDF válido aunque su extensión lo diga"
    assert str(refusals[7]) == "No existe el expediente «OB-NO-ESTA»"
    # a zero-byte file (a download cut short) says what to do, in both languages
    assert str(refusals[1]).startswith("El archivo vacio.pdf está vacío (0 bytes)")
    assert "descárguelo o cópielo de nuevo" in str(refusals[1])
    english = [_english(e) for e in refusals]
    assert english == [
        "pagare.pdf is not a valid PDF file, although its extension says so",
        "The file vacio.pdf is empty (0 bytes): there is nothing to keep as evidence. This usually happens when a "
        "download or a copy was cut short: download or copy it again (or ask the sender for a new copy), open it "
        "to check that it looks right, and add it again",
        f"The file {tmp_path / 'no.pdf'} does not exist",
        "There is no evidence item 999",
        "For certified mail, enter the courier company and the tracking number",
        "Enter the delivery date or the return date",
        "Enter the outcome of the contact",
        "There is no case file «OB-NO-ESTA»",
        "There is no attachment 999",
        "There is no deadline 999",
        "Format «pdf» is not supported: use an .xlsx or .csv file",
    ]
    _all_english(*(e.replace(str(tmp_path), "") for e in english))


def test_file_store_refusals_read_in_english(qapp: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    import errno

    from legal_desk.store.filestore import StoreError, _write_problem
    from tests.ui.test_evidence_files import make_pdf

    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-6")
    info = evidence.add_evidence(desk, lawyer, case_id, make_pdf(tmp_path / "pagare.pdf", "PAGARÉ"), "title")
    desk.store.open_path(info.sha256).unlink()  # the shared folder lost it
    gone = _raised(evidence.evidence_path, desk, lawyer, info.evidence_id)
    # the file as the case names it and what to do, not the bare hash («Falta en el almacén el archivo 3f9a…»)
    assert str(gone) == (
        f"No está en la carpeta de archivos {desk.store.root} el archivo de la prueba «pagare.pdf»: se borró o se "
        "movió a mano, o el disco de esa carpeta no está conectado. Conéctelo, o restaure la carpeta desde una copia "
        "de seguridad"
    )
    assert _english(gone) == (
        f"The file of the evidence «pagare.pdf» is not in the files folder {desk.store.root}: it was deleted or "
        "moved by hand, or that folder's disk is not connected. Connect it, or restore the folder from a backup"
    )
    full = _write_problem(tmp_path, OSError(errno.ENOSPC, "No space left on device"), "pagare.pdf")
    assert isinstance(full, StoreError) and isinstance(full, OSError)
    assert (
        str(full)
        == f"No hay espacio en el disco de la carpeta de archivos {tmp_path}; no se guardó pagare.pdf. Libere espacio"
    )
    assert _english(full) == (
        f"There is no space left on the disk of the file folder {tmp_path}; pagare.pdf was not saved. Free some space"
    )


def test_a_foreign_case_refuses_a_colombian_notice_naming_the_kinds_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    from legal_desk.services.cases import PartyInput
    from tests.ui.test_foreign_rates_ui import _case

    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    debtor = PartyInput("María García López", "DNI", "12345678Z", address="Calle Mayor 1", city="Madrid")
    case_id = _case(desk, "OB-ES", "ES", debtor)
    refused = _raised(
        notices.add_notice, desk, lawyer, case_id, channel="email", sent=dt.date.today(), kind="summons_291"
    )
    assert str(refused).startswith("«Citación para notificación personal (art. 291)» es una comunicación de la ley")
    english = _english(refused)
    assert english.startswith("«") and "is a notice of Colombian law and case file OB-ES is from ES" in english
    _all_english(english)


def test_the_english_evidence_tab_lists_refused_files_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.ui.dialogs.records import EvidenceKindValues
    from legal_desk.ui.views.case_file import CaseFileView
    from legal_desk.ui.views.case_tabs import evidence as evidence_tab
    from tests.ui.test_evidence_files import drop_files, make_pdf

    monkeypatch.setattr(
        evidence_tab, "pick_evidence_kind", lambda *_: EvidenceKindValues("title", dt.date(2024, 1, 15), None)
    )
    install_language("en")
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), hand_over(sqlite_desk))
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.tabs.setCurrentWidget(view.evidence_tab)
    tab = view.evidence_tab
    pagare = make_pdf(tmp_path / "pagare.pdf", "PAGARÉ")
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [pagare])
    fake = tmp_path / "poder.pdf"
    fake.write_bytes(b"\xff\xd8\xff\xe0 una foto con nombre de PDF")
    again = tmp_path / "pagare (1).pdf"
    again.write_bytes(pagare.read_bytes())
    ok = make_pdf(tmp_path / "certificado.pdf", "CERTIFICADO")
    messages.clear()
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [fake, again, ok])
    settle(qtbot)
    lines = messages[0].splitlines()
    assert lines[1] == "• poder.pdf is not a valid PDF file, although its extension says so"
    assert re.fullmatch(
        r"• pagare \(1\)\.pdf is already in the case file: it is the evidence «pagare\.pdf» \(Enforceable title "
        r"\(promissory note, .+\)\) added on [\d/]+ by dependiente, with the same content \(SHA-256\) and the same "
        r"type; it was not added again",
        lines[2],
    ), lines[2]


# ------------------------------------------------------------------ templates


def test_template_mistakes_read_in_english_and_keep_their_spanish_place(qapp: Any, tmp_path: Path) -> None:
    from tests.unit.documents.test_templates import _broken_copy, sample_for

    info = _broken_copy(tmp_path, "Respetado(a) señor(a):", "Respetado {{ debtor.name ")
    with pytest.raises(tpl.TemplateError) as syntax:
        tpl.render_docx(info, sample_for("carta_requerimiento"))
    assert str(syntax.value).startswith("Plantilla «carta_requerimiento», párrafo ")
    assert "del documento («Respetado {{ debtor.name»): error de sintaxis: " in str(syntax.value)
    assert "párrafo" in syntax.value.place and "sintaxis" in syntax.value.message  # the attributes stay Spanish
    english = _english(syntax.value)
    assert re.fullmatch(
        r"Template «carta_requerimiento», paragraph \d+ of the document \(«Respetado \{\{ debtor\.name»\): "
        r"syntax error: .+",
        english,
    ), english
    unknown = _broken_copy(tmp_path, "Respetado(a) señor(a):", "Hola {{ cliente }}")
    with pytest.raises(tpl.TemplateError) as names:
        tpl.validate_template(unknown.path)
    assert _english(names.value).endswith(
        "): the field «cliente» does not exist; the fields are in Document templates → «Fields…» "
        "(or «legal-desk document fields»)"
    )
    not_docx = tmp_path / "x.docx"
    not_docx.write_text("hola")
    with pytest.raises(tpl.TemplateError) as word:
        tpl.validate_template(not_docx)
    assert str(word.value).startswith("Plantilla «x», archivo: no es un documento Word (.docx) válido: ")
    assert _english(word.value).startswith("Template «x», file: it is not a valid Word document (.docx): ")
    again = pickle.loads(pickle.dumps(word.value))  # a worker process can send it back whole
    assert str(again) == str(word.value) and _english(again) == _english(word.value)
    with pytest.raises(tpl.TemplateNotFound) as nowhere:
        tpl.get_template("no_existe")
    assert _english(nowhere.value).startswith(
        "Template «no_existe», catalogue: it does not exist for es_CO; available: "
    )


def test_a_batch_that_fails_on_missing_data_reports_it_in_english(qapp: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    from legal_desk.ui.dialogs.batch_documents import BatchOutcome, report_rows

    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-55")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    report = documents.generate_batch(desk, lawyer, "liquidacion_credito", [case_id], pdf=False)
    assert len(report.failed) == 1 and report.failed[0]["error"].startswith("No se puede generar «")
    assert "failed_texts" not in report.to_json()  # the CLI's JSON is unchanged
    install_language("en")
    [row] = report_rows(BatchOutcome(report))
    assert row["result"] == "Failed" and "cannot be generated: the case lacks these data: " in row["detail"]
    title = next(i.title_en for i in documents.desk_templates(desk) if i.name == "liquidacion_credito")
    _all_english(row["detail"].replace(title, ""))


def test_the_batch_result_column_and_the_encrypted_annex_prompt_read_in_english(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their texts went through a helper lupdate cannot see, so they had no English."""
    from PySide6.QtWidgets import QInputDialog

    from legal_desk.services.documents import BatchReport
    from legal_desk.ui.dialogs.batch_documents import BatchOutcome, report_rows
    from legal_desk.ui.dialogs.packet import ask_password

    install_language("en")
    rows = report_rows(BatchOutcome(BatchReport(), copy_errors=["poder.docx: disco lleno"]))
    assert [r["result"] for r in rows] == ["Not copied"]
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, title, label, *_a: asked.append((title, label)) or ("", False)
    )
    ask_password(None, "Pagaré", wrong=False)  # type: ignore[arg-type]
    ask_password(None, "Pagaré", wrong=True)  # type: ignore[arg-type]
    assert asked == [
        ("Encrypted annex", "Annex «Pagaré» is encrypted. Enter its password:"),
        ("Encrypted annex", "The password did not open «Pagaré». Try again:"),
    ]


# ------------------------------------------------------------------ the liquidation


def _table() -> RateTable:
    return RateTable([RatePeriod(dt.date(2024, 1, 1), dt.date(2024, 12, 31), Decimal("30"))])


def test_liquidation_refusals_and_warnings_read_in_english(qapp: Any) -> None:
    with pytest.raises(LiquidationError) as cut_off:
        liquidate(Decimal("1000000"), dt.date(2024, 3, 1), dt.date(2024, 2, 1), _table(), [])
    assert str(cut_off.value) == "La fecha de corte 01/02/2024 es anterior al vencimiento 01/03/2024."
    assert _english(cut_off.value) == "The cut-off date 01/02/2024 is earlier than the due date 01/03/2024."
    with pytest.raises(LiquidationError) as gap:
        liquidate(Decimal("1000000"), dt.date(2024, 3, 1), dt.date(2025, 2, 1), _table(), [])
    assert _english(gap.value) == (
        "The rate table does not cover 01/01/2025 (no rate from 01/01/2025 to 01/02/2025): import the rate of that "
        "period before liquidating."
    )
    liq = liquidate(
        Decimal("1000000"),
        dt.date(2024, 3, 1),
        dt.date(2024, 6, 30),
        _table(),
        [PaymentIn(dt.date(2024, 5, 1), Decimal("5000000"), "r1"), PaymentIn(dt.date(2024, 7, 15), Decimal("1"), "")],
        agreed_annual_rate=Decimal("40"),
    )
    assert liq.warnings == [str(t) for t in liq.warning_texts] and len(liq.warnings) == 3
    assert liq.warnings[0].startswith("La tasa pactada (40,00 %) supera la tasa máxima de la tabla en 1 período(s)")
    assert liq.warnings[0].endswith("es delito (CP art. 305).")
    english = [_english(t) for t in liq.warning_texts]
    assert english[0] == (
        "The agreed rate (40,00 %) exceeds the table's maximum rate in 1 period(s), the first from 01/01/2024 "
        "(30,00 %): the table's rate is applied. Charging above the usury rate forfeits all the interest "
        "(CCo art. 884) and is a crime (CP art. 305)."
    )
    assert english[1] == "1 payment(s) after the cut-off date 30/06/2024 are not included."
    assert re.fullmatch(
        r"The payment of 01/05/2024 exceeds the debt by \$ [\d.,]+: surplus to be returned\.", english[2]
    )
    assert liq.to_json()["warnings"] == liq.warnings  # the CLI's JSON keeps the Spanish sentences


def test_the_english_debt_tab_shows_the_liquidation_warnings_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    from PySide6.QtCore import QDate

    from legal_desk.services import rates
    from legal_desk.services.cases import PartyInput
    from legal_desk.ui.views.case_file import CaseFileView
    from tests.ui.test_foreign_rates_ui import _case

    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    table = tmp_path / "tasas.csv"
    table.write_text('desde,hasta,tasa\n2024-01-01,2024-12-31,"30,00"\n', encoding="utf-8")
    rates.import_rates(desk, actor_for(desk, "admin"), table, jurisdiction="CO")
    debtor = PartyInput("Marta Lucía Gómez Pardo", "CC", "52.345.678", address="Carrera 7 # 45-10", city="Bogotá D.C.")
    case_id = _case(desk, "OB-66", "CO", debtor)  # 12.500 due on 29/02/2024
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    result = payments.add_payment(desk, lawyer, case_id, dt.date(2024, 3, 15), Decimal("20000"), "sobra")
    assert result.warnings and result.warnings[0].startswith("El abono del 15/03/2024 excede la deuda en ")
    install_language("en")
    assert error_text(result.warning_texts[0]).startswith("The payment of 15/03/2024 exceeds the debt by ")
    view = CaseFileView(ctx_for(desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.tabs.setCurrentWidget(view.debt_tab)
    tab = view.debt_tab
    tab.as_of.setDate(QDate(2024, 4, 10))
    tab.run_liquidation()
    qtbot.waitUntil(lambda: not tab.is_computing() and tab.liquidation is not None, timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()
    shown = tab.message.text()
    assert "exceeds the debt by" in shown and "surplus to be returned" in shown, shown
    _all_english(shown)
    view.resize(1200, 700)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "english_debt_warnings.png"))


def test_documents_a_batch_could_not_copy_are_worded_in_english(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy to the chosen folder that fails (the store lacks the file, the name is taken by a folder, the
    folder cannot be made) reads «file: why» in the interface language, not the raw error's Spanish."""
    from types import SimpleNamespace

    from legal_desk.services.documents import BatchReport
    from legal_desk.services.errors import NotFound
    from legal_desk.ui.dialogs import batch_documents as batch

    stored = tmp_path / "almacen.docx"
    stored.write_bytes(b"docx")
    report = BatchReport()
    report.generated.extend(
        SimpleNamespace(
            filename=f"OB-{n}_poder.docx", pdf_sha256=None, document_id=n, case_id=n, version=1, warning=None
        )
        for n in (1, 2, 3)
    )

    def document_path(_desk: Any, _actor: Any, document_id: int) -> Path:
        if document_id == 1:
            raise NotFound(Text(M.STORE_FILE_MISSING, sha256="ab12"))
        return stored

    monkeypatch.setattr(batch.documents, "generate_batch", lambda *a, **k: report)
    monkeypatch.setattr(batch.documents, "document_path", document_path)
    folder = tmp_path / "salida"
    (folder / "OB-2_poder.docx").mkdir(parents=True)  # a folder takes the name of the second copy

    def run(target: Path) -> batch.BatchOutcome:
        return batch.run_batch(
            None, None, "poder", [1, 2, 3], pdf=False, folder=target, progress=lambda *a: None, cancelled=lambda: False
        )  # type: ignore[arg-type]

    outcome = run(folder)
    assert outcome.copied == [folder / "OB-3_poder.docx"]
    assert str(outcome.copy_errors[0]) == "OB-1_poder.docx: Falta en el almacén el archivo ab12"
    assert str(outcome.copy_errors[1]).startswith(f"OB-2_poder.docx: no se pudo copiar a {folder}: ")
    install_language("en")
    details = [row["detail"] for row in batch.report_rows(outcome) if row["result"] == "Not copied"]
    assert details[0] == "OB-1_poder.docx: The file ab12 is missing from the store", details
    assert details[1].startswith(f"OB-2_poder.docx: could not be copied to {folder}: "), details
    not_a_folder = tmp_path / "archivo.txt"
    not_a_folder.write_text("x")
    outcome = run(not_a_folder)  # the folder cannot be made: every document says so, nothing is copied
    assert outcome.copied == [] and len(outcome.copy_errors) == 3
    details = [row["detail"] for row in batch.report_rows(outcome) if row["result"] == "Not copied"]
    assert all(
        d.startswith(f"OB-{n}_poder.docx: could not be copied to {not_a_folder}: ")
        for n, d in zip((1, 2, 3), details, strict=True)
    ), details
    _all_english(*(d.replace(str(not_a_folder), "") for d in details))
