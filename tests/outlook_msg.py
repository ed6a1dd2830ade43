"""Real Outlook .msg files for the tests, written per [MS-OXMSG] with extract-msg's compound-file writer.

Outlook cannot run here, so the tests build the message the way Outlook stores it: MAPI properties in
`__properties_version1.0` streams and `__substg1.0_<tag>` streams, one storage per recipient and per
attachment, in an OLE2 compound file (written by extract_msg.OleWriter, a test-only dependency; the
product reads it back with olefile).
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

from compressed_rtf import compress
from extract_msg import OleWriter

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_BINARY = 0x0102
READ_WRITE = 0x00000006
STORE_UNICODE_OK = 0x00040000


def _filetime(when: dt.datetime) -> int:
    """100-ns ticks since 1601-01-01 UTC (Windows FILETIME)."""
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


class _Properties:
    """One object's properties: fixed-size values go in its property stream, the others in streams."""

    def __init__(self, writer: OleWriter, storage: list[str], ansi: bool = False) -> None:
        self.writer, self.storage, self.ansi = writer, storage, ansi
        self.entries: list[bytes] = []

    def _entry(self, prop_id: int, prop_type: int, value: bytes) -> None:
        self.entries.append(struct.pack("<II", (prop_id << 16) | prop_type, READ_WRITE) + value.ljust(8, b"\0"))

    def long(self, prop_id: int, value: int) -> None:
        self._entry(prop_id, PT_LONG, struct.pack("<i", value))

    def time(self, prop_id: int, value: dt.datetime) -> None:
        self._entry(prop_id, PT_SYSTIME, struct.pack("<Q", _filetime(value)))

    def text(self, prop_id: int, value: str) -> None:
        """A Unicode string (UTF-16LE), or in an ANSI message an 8-bit string in Windows-1252."""
        kind, data = (PT_STRING8, value.encode("cp1252")) if self.ansi else (PT_UNICODE, value.encode("utf-16-le"))
        self.writer.addEntry([*self.storage, f"__substg1.0_{prop_id:04X}{kind:04X}"], data)
        # the stream has no terminator; the size counts one
        self._entry(prop_id, kind, struct.pack("<II", len(data) + (1 if self.ansi else 2), 0))

    def binary(self, prop_id: int, value: bytes) -> None:
        self.writer.addEntry([*self.storage, f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}"], value)
        self._entry(prop_id, PT_BINARY, struct.pack("<II", len(value), 0))

    def write(self, header: bytes) -> None:
        self.writer.addEntry([*self.storage, "__properties_version1.0"], header + b"".join(self.entries))


def write_msg(
    path: Path,
    *,
    sender: tuple[str, str],
    to: list[tuple[str, str]],
    subject: str,
    body: str,
    sent: dt.datetime,
    cc: list[tuple[str, str]] | None = None,
    attachments: list[tuple[str, bytes]] | None = None,
    html_body: str | None = None,
    message_class: str = "IPM.Note",
    ansi: bool = False,
    hidden: list[tuple[str, bytes]] | None = None,
    rtf_body: bytes | None = None,
) -> Path:
    """Write an Outlook e-mail (.msg) with its recipients and attachments; returns `path`.

    `ansi` writes an old-style message whose strings are 8-bit Windows-1252 (code page 1252) instead of
    Unicode; `hidden` adds attachments Outlook hides (PR_ATTACHMENT_HIDDEN, e.g. a signature's logo);
    `rtf_body` is stored compressed ([MS-OXRTFCP]) as PR_RTF_COMPRESSED. An empty `body` writes no PR_BODY
    (an RTF- or HTML-only message, as Outlook keeps a «Texto enriquecido» e-mail).
    """
    cc = cc or []
    attachments = attachments or []
    ole = OleWriter()
    ole.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):  # the (empty) named-property map Outlook writes
        ole.addEntry(["__nameid_version1.0", f"__substg1.0_{stream}"], b"")
    top = _Properties(ole, [], ansi)
    top.text(0x001A, message_class)
    top.text(0x0037, subject)
    top.text(0x0C1A, sender[0])
    top.text(0x0C1F, sender[1])
    top.text(0x0C1E, "SMTP")
    top.text(0x0042, sender[0])
    top.text(0x0065, sender[1])
    top.text(0x5D01, sender[1])  # PR_SENDER_SMTP_ADDRESS
    top.text(0x0E04, "; ".join(name for name, _a in to))
    top.text(0x0E03, "; ".join(name for name, _a in cc))
    if body:
        top.text(0x1000, body)
    if rtf_body is not None:
        top.binary(0x1009, compress(rtf_body))  # PR_RTF_COMPRESSED
    if html_body is not None:
        top.binary(0x1013, html_body.encode("utf-8"))
        top.long(0x3FDE, 65001)  # the HTML body's code page: UTF-8
    top.time(0x0039, sent)  # PR_CLIENT_SUBMIT_TIME
    top.time(0x0E06, sent)  # PR_MESSAGE_DELIVERY_TIME
    top.long(0x340D, 0 if ansi else STORE_UNICODE_OK)
    if ansi:
        top.long(0x3FFD, 1252)  # PR_MESSAGE_CODEPAGE
    top.long(0x0E07, 0x1 | (0x10 if attachments else 0))  # read; has attachments
    recipients = [(name, address, 1) for name, address in to] + [(name, address, 2) for name, address in cc]
    for i, (name, address, kind) in enumerate(recipients):
        storage = f"__recip_version1.0_#{i:08X}"
        ole.addEntry(storage, storage=True)
        props = _Properties(ole, [storage], ansi)
        props.long(0x0C15, kind)  # PR_RECIPIENT_TYPE: 1 To, 2 CC
        props.long(0x3000, i)  # PR_ROWID
        props.text(0x3001, name)
        props.text(0x3002, "SMTP")
        props.text(0x3003, address)
        props.text(0x39FE, address)
        props.write(b"\0" * 8)
    listed = [(filename, data, False) for filename, data in attachments]
    listed += [(filename, data, True) for filename, data in hidden or []]
    for i, (filename, data, is_hidden) in enumerate(listed):
        storage = f"__attach_version1.0_#{i:08X}"
        ole.addEntry(storage, storage=True)
        props = _Properties(ole, [storage], ansi)
        props.long(0x3705, 1)  # PR_ATTACH_METHOD: by value
        props.long(0x0E21, i)  # PR_ATTACH_NUM
        props.long(0x0E20, len(data))
        props.text(0x3707, filename)
        props.text(0x3704, filename[:12])
        props.text(0x3001, filename)
        props.binary(0x3701, data)
        if is_hidden:
            props._entry(0x7FFE, 0x000B, struct.pack("<H", 1))  # PR_ATTACHMENT_HIDDEN
        props.write(b"\0" * 8)
    header = b"\0" * 8 + struct.pack("<IIII", len(recipients), len(listed), len(recipients), len(listed))
    top.write(header + b"\0" * 8)
    ole.write(str(path))
    return path
