"""Outlook .msg e-mails read for the preview: headers, body, attachments; broken files said in Spanish."""

from __future__ import annotations

import datetime as dt
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
