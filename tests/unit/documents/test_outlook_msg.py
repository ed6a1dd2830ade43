"""Outlook .msg e-mails read for the preview: headers, body, attachments; broken files said in Spanish."""

from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from extract_msg import OleWriter

from legal_desk.documents.outlook import MsgAttachment, OutlookError, read_msg
from legal_desk.ui.widgets.preview import msg_text
from tests.outlook_msg import write_msg

SENT = dt.datetime(2025, 3, 14, 15, 30, tzinfo=dt.UTC)


def reply(path: Path, **extra: object) -> Path:
    values: dict = {
        "sender": ("Carlos Pérez Gómez", "carlos.perez@example.com"),
        "to": [("Cobranza Banco Andino", "cobranza@bancoandino.co")],
        "cc": [("Abogada Ruiz", "ruiz@firma.co")],
        "subject": "Re: Cobro pagaré PG-77 — acuerdo de pago",
        "body": "Buenos días,\r\nPagaré $1.250.000 el viernes 21.\r\nCarlos",
        "sent": SENT,
        "attachments": [("comprobante_consignación.pdf", b"%PDF-1.4 " + b"x" * 3000), ("cédula.jpg", b"\xff\xd8\xff")],
    }
    values.update(extra)
    return write_msg(path, **values)


def test_reads_headers_body_and_attachments(tmp_path: Path) -> None:
    msg = read_msg(reply(tmp_path / "respuesta.msg"))
    assert msg.sender == "Carlos Pérez Gómez <carlos.perez@example.com>"
    assert msg.to == "Cobranza Banco Andino <cobranza@bancoandino.co>"
    assert msg.cc == "Abogada Ruiz <ruiz@firma.co>"
    assert msg.subject == "Re: Cobro pagaré PG-77 — acuerdo de pago"
    assert msg.date == SENT
    assert msg.body == "Buenos días,\r\nPagaré $1.250.000 el viernes 21.\r\nCarlos"
    assert msg.attachments == [MsgAttachment("comprobante_consignación.pdf", 3009), MsgAttachment("cédula.jpg", 3)]


def test_preview_text_lists_what_a_lawyer_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Bogota")
    import time

    time.tzset()
    try:
        text = msg_text(read_msg(reply(tmp_path / "respuesta.msg")))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert text == (
        "De: Carlos Pérez Gómez <carlos.perez@example.com>\n"
        "Para: Cobranza Banco Andino <cobranza@bancoandino.co>\n"
        "CC: Abogada Ruiz <ruiz@firma.co>\n"
        "Fecha: 14/03/2025 10:30 (UTC-05:00)\n"  # 15:30 UTC shown in Bogotá time
        "Asunto: Re: Cobro pagaré PG-77 — acuerdo de pago\n"
        "Adjuntos: comprobante_consignación.pdf (3 KB), cédula.jpg (3 B)\n"
        "\n"
        "Buenos días,\nPagaré $1.250.000 el viernes 21.\nCarlos"
    )


def test_html_only_body_is_shown_as_text(tmp_path: Path) -> None:
    path = reply(
        tmp_path / "certificado.msg",
        body="",
        attachments=[],
        html_body="<html><head><style>p{color:red}</style></head><body><p>Env&iacute;o <b>RA123CO</b> "
        "entregado.</p><p>Recibi&oacute;: porter&iacute;a</p></body></html>",
    )
    msg = read_msg(path)
    assert msg.body == "" and msg.attachments == []
    text = msg_text(msg)
    assert text.endswith("\n\nEnvío RA123CO entregado.\n\nRecibió: portería")
    assert "Adjuntos" not in text and "<" not in text.split("\n\n", 1)[1]


def test_damaged_or_foreign_files_say_why(tmp_path: Path) -> None:
    good = reply(tmp_path / "respuesta.msg").read_bytes()
    cut = tmp_path / "cortado.msg"
    cut.write_bytes(good[:1500])
    with pytest.raises(OutlookError, match=r"^el archivo \.msg está dañado o no es un correo de Outlook$"):
        read_msg(cut)
    other = OleWriter()  # a compound file (like a .doc) that carries no message
    other.addEntry("WordDocument", b"\x00" * 600)
    foreign = tmp_path / "documento.msg"
    other.write(str(foreign))
    with pytest.raises(OutlookError, match="no es un correo de Outlook"):
        read_msg(foreign)


def test_ansi_message_strings_are_read_in_its_code_page(tmp_path: Path) -> None:
    """Outlook 97-2002 .msg files store 8-bit strings (type 001E) in the message's code page, not UTF-16."""
    msg = read_msg(reply(tmp_path / "antiguo.msg", ansi=True))
    assert msg.sender == "Carlos Pérez Gómez <carlos.perez@example.com>"
    assert msg.subject == "Re: Cobro pagaré PG-77 — acuerdo de pago"
    assert msg.body == "Buenos días,\r\nPagaré $1.250.000 el viernes 21.\r\nCarlos"
    assert msg.cc == "Abogada Ruiz <ruiz@firma.co>"
    assert msg.attachments == [MsgAttachment("comprobante_consignación.pdf", 3009), MsgAttachment("cédula.jpg", 3)]
    assert msg.date == SENT


def test_hidden_attachments_are_not_listed(tmp_path: Path) -> None:
    msg = read_msg(reply(tmp_path / "firma.msg", hidden=[("image001.png", b"\x89PNG" + b"\0" * 40)]))
    assert [a.name for a in msg.attachments] == ["comprobante_consignación.pdf", "cédula.jpg"]


def test_contacts_and_tasks_are_not_shown_as_mail_but_meetings_are(tmp_path: Path) -> None:
    for message_class in ("IPM.Contact", "IPM.Task", "IPM.DistList"):
        with pytest.raises(OutlookError, match=r"^el archivo \.msg no es un correo de Outlook \(puede ser"):
            read_msg(reply(tmp_path / f"{message_class}.msg", message_class=message_class))
    invite = read_msg(reply(tmp_path / "audiencia.msg", message_class="IPM.Schedule.Meeting.Request"))
    assert invite.subject == "Re: Cobro pagaré PG-77 — acuerdo de pago" and invite.date == SENT


def test_reading_a_msg_does_not_load_extract_msg(tmp_path: Path) -> None:
    """extract-msg is GPL-3.0: only the tests may use it (to write fixtures); the product reads with olefile."""
    path = reply(tmp_path / "respuesta.msg")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from legal_desk.documents.outlook import read_msg\n"
        "import legal_desk.ui.widgets.preview\n"
        f"msg = read_msg(Path({str(path)!r}))\n"
        "print(msg.subject)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('extract_msg', 'RTFDE', 'compressed_rtf')))\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Re: Cobro pagaré PG-77 — acuerdo de pago", "[]"]


def test_no_product_module_imports_extract_msg() -> None:
    root = Path(__file__).resolve().parents[3] / "legal_desk"
    offenders = []
    for source in root.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.relative_to(root)}: {n}" for n in names if n.split(".")[0] == "extract_msg"]
    assert offenders == []
