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
    """extract-msg is GPL-3.0 and RTFDE LGPL-3.0: only the tests may use extract-msg (to write fixtures); the
    product reads with olefile (BSD) and decompresses an RTF body with compressed_rtf (MIT)."""
    path = reply(tmp_path / "respuesta.msg", body="", rtf_body=RICH_TEXT)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from legal_desk.documents.outlook import read_msg\n"
        "import legal_desk.ui.widgets.preview\n"
        f"msg = read_msg(Path({str(path)!r}))\n"
        "print(msg.subject)\n"
        "print(msg.body.splitlines()[0])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('extract_msg', 'RTFDE', 'striprtf')))\n"
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
    assert done.stdout.splitlines() == ["Re: Cobro pagaré PG-77 — acuerdo de pago", "Doctora Ruiz:", "[]"]


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


# How Outlook keeps an HTML e-mail as RTF ([MS-OXRTFEX]): the HTML's tags in {\*\htmltag} groups, its text
# as RTF text, and RTF added for Word-like display between \htmlrtf and \htmlrtf0 (to be left out).
ENCAPSULATED_HTML = (
    rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis \deff0{\fonttbl"
    rb"{\f0\fswiss\fcharset0 Arial;}{\f1\fmodern Courier New;}{\f2\fnil\fcharset2 Symbol;}"
    rb"{\f3\fswiss\fcharset204 Calibri Cyr;}}"
    rb"{\colortbl\red0\green0\blue0;\red5\green99\blue193;}"
    b"\r\n"
    rb"{\*\generator Microsoft Exchange Server;}"
    rb"\uc1\pard\plain\deftab360 \f0\fs24 "
    rb"{\*\htmltag19 <html>}{\*\htmltag34 <head>}{\*\htmltag241 <style>}"
    rb"{\*\htmltag241 p \{margin:0\}}{\*\htmltag249 </style>}{\*\htmltag41 </head>}"
    b"\r\n"
    rb"{\*\htmltag50 <body lang=ES-CO>}"
    rb"{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 Se\'f1or Jos\'e9, recib\'ed la gu\'eda RA123CO"
    rb"\htmlrtf\par\htmlrtf0}"
    b"\r\n"
    rb"{\*\htmltag72 </p>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Saldo: $1.250.000 \'96 pagar\'e9 "
    rb"{\*\htmltag84 &lt;}\htmlrtf <\htmlrtf0 PG-77 {\*\htmltag116 <br>}\htmlrtf\line\htmlrtf0 "
    rb"Cuota \u8364?5 {\f3 \'c4\'e0}\htmlrtf\par\htmlrtf0}"
    rb"{\*\htmltag72 </p>}{\*\htmltag58 </body>}{\*\htmltag27 </html>}}"
)

# A message written in Outlook's «Texto enriquecido» format: ordinary RTF, no HTML inside.
RICH_TEXT = (
    rb"{\rtf1\ansi\ansicpg1252\deff0\deflang9226{\fonttbl{\f0\fswiss\fcharset0 Calibri;}}"
    rb"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 \pard\sa200\sl276\slmult1\f0\fs22 "
    rb"Doctora Ruiz:\par "
    rb"Adjunto la \b gu\'eda de entrega\b0  de la notificaci\'f3n personal (art. 291 C.G.P.).\par "
    rb"{\pict\wmetafile8\picw100\pich100 0100090000}"
    rb"\trowd\cellx2000\cellx4000 Radicado\cell 2025-00123\cell\row "
    rb"Emoji \u-10179?\u-8704? fin.\par }"
)


def test_body_kept_only_as_compressed_rtf_with_html_inside_is_shown(tmp_path: Path) -> None:
    """Outlook shows the body; the preview showed the headers over an empty page."""
    path = reply(tmp_path / "rtf_html.msg", body="", attachments=[], rtf_body=ENCAPSULATED_HTML)
    msg = read_msg(path)
    assert msg.body == ""
    assert msg.html.startswith("<html>") and "<p class=MsoNormal>Señor José" in msg.html
    assert "{" not in msg.html.replace("p {margin:0}", "")  # no RTF leaks into the HTML
    assert msg_text(msg).endswith(
        "Asunto: Re: Cobro pagaré PG-77 — acuerdo de pago\n\n"
        "Señor José, recibí la guía RA123CO\n\n"
        "Saldo: $1.250.000 – pagaré <PG-77\nCuota €5 Да"
    )


def test_body_kept_only_as_rich_text_is_shown(tmp_path: Path) -> None:
    path = reply(tmp_path / "rtf.msg", body="", attachments=[], rtf_body=RICH_TEXT)
    msg = read_msg(path)
    assert msg.body == (
        "Doctora Ruiz:\n"
        "Adjunto la guía de entrega de la notificación personal (art. 291 C.G.P.).\n"
        "Radicado\t2025-00123\n"
        "Emoji 😀 fin."
    )
    assert msg.html == ""


def test_encapsulated_plain_text_and_damaged_rtf(tmp_path: Path) -> None:
    """\\fromtext: the text outside \\htmlrtf; a damaged stream leaves the headers readable."""
    from_text = (
        rb"{\rtf1\ansi\ansicpg1252\fromtext \deff0{\fonttbl{\f0\fmodern Courier New;}}\f0 Acuerdo: 3 cuotas\par"
        rb"\htmlrtf{\b}\htmlrtf0 de $400.000\par}"
    )
    assert read_msg(reply(tmp_path / "t.msg", body="", attachments=[], rtf_body=from_text)).body == (
        "Acuerdo: 3 cuotas\nde $400.000"
    )
    path = reply(tmp_path / "roto.msg", body="", attachments=[], rtf_body=RICH_TEXT)
    from compressed_rtf import compress

    good = compress(RICH_TEXT)
    bad = good[:16] + bytes(b ^ 0x55 for b in good[16:40]) + good[40:]
    data = path.read_bytes()
    assert data.count(good) == 1
    path.write_bytes(data.replace(good, bad))
    msg = read_msg(path)
    assert msg.subject == "Re: Cobro pagaré PG-77 — acuerdo de pago" and msg.body == "" and msg.html == ""


def test_plain_body_wins_over_rtf(tmp_path: Path) -> None:
    msg = read_msg(reply(tmp_path / "ambos.msg", rtf_body=RICH_TEXT))
    assert msg.body == "Buenos días,\r\nPagaré $1.250.000 el viernes 21.\r\nCarlos"
