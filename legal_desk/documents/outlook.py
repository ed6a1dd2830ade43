"""Outlook e-mails saved as .msg, read with olefile (BSD) per Microsoft's [MS-OXMSG] format.

A .msg is an OLE2 compound file of MAPI properties: variable-size values (text, binary) each in a
`__substg1.0_<tag>` stream, fixed-size values (numbers, dates) in the `__properties_version1.0` stream,
one `__recip_version1.0_#XXXXXXXX` storage per recipient and one `__attach_version1.0_#XXXXXXXX` storage
per attachment. Only what a person reads is taken: sender, recipients, date, subject, body and the
attachments' names and sizes. The attachments themselves are not extracted. The body is the plain-text
property, else the HTML one, else the compressed RTF one (legal_desk.documents.rtf), whichever the
sender's Outlook kept.
"""

from __future__ import annotations

import codecs
import datetime as dt
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import olefile

from legal_desk.documents.rtf import RtfBody, RtfError, decompress_rtf, rtf_body

DAMAGED = "el archivo .msg está dañado o no es un correo de Outlook"
NOT_MAIL = "el archivo .msg no es un correo de Outlook (puede ser una cita o un contacto)"

# MAPI property types ([MS-OXCDATA] 2.11.1)
PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_OBJECT = 0x000D
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_BINARY = 0x0102

# MAPI property ids ([MS-OXPROPS])
PR_MESSAGE_CLASS = 0x001A
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SENT_REPRESENTING_NAME = 0x0042
PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065
PR_SENDER_NAME = 0x0C1A
PR_SENDER_ADDRTYPE = 0x0C1E
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_RECIPIENT_TYPE = 0x0C15
PR_DISPLAY_CC = 0x0E03
PR_DISPLAY_TO = 0x0E04
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_BODY = 0x1000
PR_RTF_COMPRESSED = 0x1009
PR_HTML = 0x1013
PR_DISPLAY_NAME = 0x3001
PR_ADDRTYPE = 0x3002
PR_EMAIL_ADDRESS = 0x3003
PR_ATTACH_DATA = 0x3701
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
PR_SMTP_ADDRESS = 0x39FE
PR_INTERNET_CPID = 0x3FDE
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_SENDER_SMTP_ADDRESS = 0x5D01
PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02
PR_ATTACHMENT_HIDDEN = 0x7FFE

PROPERTIES = "__properties_version1.0"
TOP_HEADER = 32  # the message's own property stream: 32-byte header, then 16-byte entries
CHILD_HEADER = 8  # a recipient's or attachment's property stream: 8-byte header
EMBEDDED_HEADER = 24  # an attached e-mail's property stream

# Outlook items with no sender, recipients or body to show (contacts, contact groups, notes, tasks, journal
# entries). E-mails (IPM.Note*), meeting requests, delivery reports and appointments (organizer,
# attendees, subject, body) are shown.
NOT_MAIL_CLASSES = ("ipm.contact", "ipm.distlist", "ipm.stickynote", "ipm.task", "ipm.activity")
MAX_ITEMS = 10_000  # recipients/attachments looked for: a damaged count must not loop for ever


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


def _codec(code_page: int | None) -> str:
    """The Python codec for a Windows code page; Windows-1252 (Outlook's western default) when unknown."""
    special = {65001: "utf-8", 20127: "ascii", 28591: "latin-1", 1200: "utf-16-le", 50220: "iso2022_jp"}
    if code_page:
        name = special.get(code_page)
        if name is None and 28592 <= code_page <= 28605:
            name = f"iso8859-{code_page - 28590}"
        for candidate in (name, f"cp{code_page}"):
            if candidate is None:
                continue
            try:
                return codecs.lookup(candidate).name
            except LookupError:
                continue
    return "cp1252"


def _clean(text: str) -> str:
    return text.replace("\x00", "").strip()


class _Object:
    """One MAPI object of the file (the message, a recipient, an attachment): its property streams."""

    def __init__(self, ole: Any, storage: list[str], header: int, code_page: int | None = None) -> None:
        self.ole, self.storage = ole, storage
        self.fixed: dict[int, tuple[int, bytes]] = {}  # property id -> (type, 8-byte value)
        path = [*storage, PROPERTIES]
        if ole.exists("/".join(path)):
            data = ole.openstream(path).read()
            for start in range(header, len(data) - 15, 16):
                tag, _flags = struct.unpack_from("<II", data, start)
                self.fixed.setdefault(tag >> 16, (tag & 0xFFFF, data[start + 8 : start + 16]))
        self.code_page = code_page

    def has_properties(self) -> bool:
        return bool(self.fixed) or any(name.lower().startswith("__substg1.0_") for name in self._children())

    def _children(self) -> list[str]:
        depth = len(self.storage)
        names = []
        for entry in self.ole.listdir(streams=True, storages=True):
            if len(entry) == depth + 1 and [p.lower() for p in entry[:depth]] == [p.lower() for p in self.storage]:
                names.append(entry[depth])
        return names

    def _stream_path(self, prop_id: int, prop_type: int) -> list[str] | None:
        path = [*self.storage, f"__substg1.0_{prop_id:04X}{prop_type:04X}"]
        return path if self.ole.exists("/".join(path)) else None

    def _bytes(self, prop_id: int, prop_type: int) -> bytes | None:
        path = self._stream_path(prop_id, prop_type)
        return None if path is None else bytes(self.ole.openstream(path).read())

    def text(self, prop_id: int) -> str:
        """A string property: Unicode (UTF-16LE) stream, else 8-bit stream in the message's code page."""
        data = self._bytes(prop_id, PT_UNICODE)
        if data is not None:
            return _clean(data.decode("utf-16-le", errors="replace"))
        data = self._bytes(prop_id, PT_STRING8)
        if data is not None:
            return _clean(data.decode(_codec(self.code_page), errors="replace"))
        return ""

    def long(self, prop_id: int) -> int | None:
        found = self.fixed.get(prop_id)
        if found is None or found[0] not in (PT_LONG, PT_BOOLEAN):
            return None
        return int(struct.unpack_from("<i", found[1])[0])

    def time(self, prop_id: int) -> dt.datetime | None:
        """A PT_SYSTIME (Windows FILETIME: 100-ns ticks since 1601-01-01 UTC) as an aware UTC datetime."""
        found = self.fixed.get(prop_id)
        if found is None or found[0] != PT_SYSTIME:
            return None
        ticks = struct.unpack_from("<Q", found[1])[0]
        if ticks == 0:
            return None
        try:
            return dt.datetime(1601, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:  # the "never" value (0x7FFFFFFF...) or garbage
            return None

    def size(self, prop_id: int, prop_type: int) -> int | None:
        path = self._stream_path(prop_id, prop_type)
        return None if path is None else int(self.ole.get_size("/".join(path)))

    def substorages(self, prefix: str) -> list[list[str]]:
        """The child storages named prefix#XXXXXXXX, in file order."""
        found = []
        for name in self._children():
            if name.lower().startswith(prefix.lower()) and self.ole.get_type("/".join([*self.storage, name])) == 1:
                found.append([*self.storage, name])
        return sorted(found, key=lambda p: p[-1].lower())[:MAX_ITEMS]


def _address(name: str, email: str) -> str:
    """The address as Outlook shows it, "Name <e-mail>"; just one of them when the other is missing or the same."""
    if name and email and name.lower() != email.lower():
        return f"{name} <{email}>"
    return name or email


def _smtp(obj: _Object, smtp_id: int, email_id: int, addrtype_id: int) -> str:
    """The SMTP address; an Exchange (EX) distinguished name is no use to a reader and is dropped."""
    smtp = obj.text(smtp_id)
    if smtp:
        return smtp
    email = obj.text(email_id)
    if obj.text(addrtype_id).upper() == "EX" or email.startswith("/"):
        return ""
    return email


def _sender(msg: _Object) -> str:
    name = msg.text(PR_SENDER_NAME)
    email = _smtp(msg, PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_ADDRTYPE)
    if not name and not email:  # sent on behalf of someone: only the represented sender is stored
        name = msg.text(PR_SENT_REPRESENTING_NAME)
        email = _smtp(msg, PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS, 0x0064)
    return _address(name, email)


def _recipients(ole: Any, msg: _Object) -> tuple[str, str]:
    """To and CC as "Name <e-mail>; ..." from the recipient table; the display strings when it is empty."""
    to: list[str] = []
    cc: list[str] = []
    for storage in msg.substorages("__recip_version1.0_#"):
        recip = _Object(ole, storage, CHILD_HEADER, msg.code_page)
        shown = _address(recip.text(PR_DISPLAY_NAME), _smtp(recip, PR_SMTP_ADDRESS, PR_EMAIL_ADDRESS, PR_ADDRTYPE))
        kind = recip.long(PR_RECIPIENT_TYPE)
        if shown and kind is not None and kind & 0x0F == 1:
            to.append(shown)
        elif shown and kind is not None and kind & 0x0F == 2:
            cc.append(shown)
    return (
        "; ".join(to) if to else msg.text(PR_DISPLAY_TO),
        "; ".join(cc) if cc else msg.text(PR_DISPLAY_CC),
    )


def _attachment(ole: Any, storage: list[str], code_page: int | None) -> MsgAttachment | None:
    """Name and size of one attachment; None for what Outlook hides (images inside a signature)."""
    att = _Object(ole, storage, CHILD_HEADER, code_page)
    if att.long(PR_ATTACHMENT_HIDDEN):
        return None
    name = att.text(PR_ATTACH_LONG_FILENAME) or att.text(PR_ATTACH_FILENAME) or att.text(PR_DISPLAY_NAME)
    size = att.size(PR_ATTACH_DATA, PT_BINARY)
    embedded = [*storage, f"__substg1.0_{PR_ATTACH_DATA:04X}{PT_OBJECT:04X}"]
    if not name and ole.exists("/".join(embedded)):  # an attached e-mail: named after its subject
        subject = _Object(ole, embedded, EMBEDDED_HEADER, code_page).text(PR_SUBJECT)
        name = subject + ".msg" if subject else ""
    return MsgAttachment(name or "(adjunto sin nombre)", size)


def _html(msg: _Object) -> str:
    """The HTML body (binary, in PR_INTERNET_CPID's code page, or a string property)."""
    data = msg._bytes(PR_HTML, PT_BINARY)
    if data is None:
        return msg.text(PR_HTML)
    code_page = msg.long(PR_INTERNET_CPID)
    if code_page:
        return _clean(data.decode(_codec(code_page), errors="replace"))
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _clean(data.decode("cp1252", errors="replace"))


def _rtf(msg: _Object) -> RtfBody:
    """The body kept only as compressed RTF, as text or encapsulated HTML; empty when damaged."""
    data = msg._bytes(PR_RTF_COMPRESSED, PT_BINARY)
    if not data:
        return RtfBody("")
    try:
        return rtf_body(decompress_rtf(data))
    except RtfError:  # the headers and attachments are still worth showing
        return RtfBody("")


def _read(ole: Any) -> OutlookMessage:
    msg = _Object(ole, [], TOP_HEADER)
    if not msg.has_properties():  # another compound file (a Word .doc, an Excel .xls...)
        raise OutlookError(DAMAGED)
    msg.code_page = msg.long(PR_MESSAGE_CODEPAGE) or msg.long(PR_INTERNET_CPID)
    message_class = msg.text(PR_MESSAGE_CLASS).lower()
    if any(message_class == cls or message_class.startswith(cls + ".") for cls in NOT_MAIL_CLASSES):
        raise OutlookError(NOT_MAIL)
    body = msg.text(PR_BODY)
    html = "" if body else _html(msg)
    if not body and not html:
        rtf = _rtf(msg)
        body, html = rtf.text, rtf.html
    to, cc = _recipients(ole, msg)
    attachments = []
    for storage in msg.substorages("__attach_version1.0_#"):
        item = _attachment(ole, storage, msg.code_page)
        if item is not None:
            attachments.append(item)
    return OutlookMessage(
        sender=_sender(msg),
        to=to,
        cc=cc,
        date=msg.time(PR_CLIENT_SUBMIT_TIME) or msg.time(PR_MESSAGE_DELIVERY_TIME),
        subject=msg.text(PR_SUBJECT),
        body=body,
        html=html,
        attachments=attachments,
    )


def read_msg(path: Path) -> OutlookMessage:
    """The message in an Outlook .msg file; OutlookError when it is not one or is damaged."""
    try:
        ole = olefile.OleFileIO(str(path))
    except Exception as exc:  # olefile raises OSError, struct.error, ... for a broken file
        raise OutlookError(DAMAGED) from exc
    try:
        return _read(ole)
    except OutlookError:
        raise
    except Exception as exc:  # a stream cut short or a sector chain that loops
        raise OutlookError(DAMAGED) from exc
    finally:
        ole.close()
