"""Outlook e-mails saved as .msg (an OLE2 compound file of MAPI properties), read with extract-msg.

Only what a person reads is taken: sender, recipients, date, subject, body and the attachments' names
and sizes. The attachments themselves are not extracted.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class OutlookError(Exception):
    """The file is not an Outlook message that can be read; the message says why, in Spanish."""


@dataclass(frozen=True)
class MsgAttachment:
    """An attached file (or an attached e-mail) as listed in the message."""

    name: str
    size: int | None = None


@dataclass(frozen=True)
class OutlookMessage:
    """The readable parts of a .msg: headers, body (plain text, or HTML when that is all it has)."""

    sender: str
    to: str
    cc: str
    date: dt.datetime | None
    subject: str
    body: str
    html: str = ""
    attachments: list[MsgAttachment] = field(default_factory=list)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return str(value).replace("\x00", "").strip()


def _attachment(att: Any) -> MsgAttachment | None:
    """Name and size of one attachment; None for what Outlook hides (images inside a signature)."""
    if getattr(att, "hidden", False):
        return None
    name = ""
    for attr in ("longFilename", "shortFilename", "displayName", "name"):
        try:
            name = _text(getattr(att, attr, None))
        except Exception:  # a damaged attachment entry: try the next name
            continue
        if name:
            break
    data: Any = None
    try:
        data = att.data
    except Exception:  # unreadable data: the name is still worth showing
        data = None
    if not name and data is not None and hasattr(data, "subject"):  # an attached e-mail
        name = _text(data.subject) + ".msg"
    size = len(data) if isinstance(data, bytes | bytearray) else None
    return MsgAttachment(name or "(adjunto sin nombre)", size)


def read_msg(path: Path) -> OutlookMessage:
    """The message in an Outlook .msg file; OutlookError when it is not one or is damaged."""
    try:
        import extract_msg
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise OutlookError("falta el componente extract-msg para leer correos de Outlook (.msg)") from exc
    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it logs every odd property as a warning
    try:
        msg: Any = extract_msg.openMsg(str(path), strict=False)
    except Exception as exc:  # olefile and extract_msg raise many kinds for a broken file
        raise OutlookError("el archivo .msg está dañado o no es un correo de Outlook") from exc
    try:
        if not hasattr(msg, "subject") or not hasattr(msg, "to"):
            raise OutlookError("el archivo .msg no es un correo de Outlook (puede ser una cita o un contacto)")
        html = ""
        body = _text(getattr(msg, "body", None))
        if not body:
            try:
                html = _text(msg.htmlBody)
            except Exception:  # an RTF body that cannot be turned into HTML: no body shown
                html = ""
        date = getattr(msg, "date", None)
        attachments = []
        for att in getattr(msg, "attachments", []) or []:
            item = _attachment(att)
            if item is not None:
                attachments.append(item)
        return OutlookMessage(
            sender=_text(msg.sender),
            to=_text(msg.to),
            cc=_text(getattr(msg, "cc", None)),
            date=date if isinstance(date, dt.datetime) else None,
            subject=_text(msg.subject),
            body=body,
            html=html,
            attachments=attachments,
        )
    except OutlookError:
        raise
    except Exception as exc:
        raise OutlookError("el archivo .msg está dañado o no es un correo de Outlook") from exc
    finally:
        msg.close()
