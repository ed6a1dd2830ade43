"""The readable body of an RTF e-mail body: Outlook's compressed RTF ([MS-OXRTFCP]) made text or HTML.

Many .msg files (Outlook set to «Texto enriquecido», and some Exchange servers for any message) keep their
body only as PR_RTF_COMPRESSED. The stream is decompressed with `compressed_rtf` (MIT); its RTF is then
either

- RTF that encapsulates an HTML e-mail (``\\fromhtml1``, [MS-OXRTFEX]): the HTML is rebuilt from the
  ``{\\*\\htmltag…}`` groups and the text outside ``\\htmlrtf`` regions;
- RTF that encapsulates a plain-text e-mail (``\\fromtext``): the text outside ``\\htmlrtf`` regions;
- an ordinary RTF document: its text, paragraphs as line breaks.

Characters are decoded per RTF: ``\\'hh`` bytes in the code page of the current font (its ``\\fcharset``)
or of the document (``\\ansicpg``), ``\\uN`` as Unicode with its ``\\ucN`` fallback skipped. Only text is
taken: tables come out as tab-separated cells, pictures and objects are dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

MAX_RTF_BYTES = 20 * 1024 * 1024  # a body bigger than this is a picture-laden message: not decompressed


class RtfError(Exception):
    """The compressed RTF stream is damaged (bad header or checksum)."""


@dataclass(frozen=True)
class RtfBody:
    """What an RTF body holds: its text, or the HTML it encapsulates (then `text` is empty)."""

    text: str
    html: str = ""


def decompress_rtf(data: bytes) -> bytes:
    """The RTF inside a PR_RTF_COMPRESSED stream (compressed «LZFu» or stored «MELA»); RtfError if damaged."""
    from compressed_rtf import decompress

    if len(data) < 16 or data[8:12] not in (b"LZFu", b"MELA"):
        raise RtfError("not a compressed RTF stream")
    if int.from_bytes(data[4:8], "little") > MAX_RTF_BYTES:
        raise RtfError("compressed RTF body too big to preview")
    try:
        return bytes(decompress(data))
    except Exception as exc:  # the library raises a bare Exception for a bad checksum, struct.error when cut short
        raise RtfError(str(exc)) from exc


# \fcharset N (font table) -> Windows code page ([MSFT-RTF], «Font table»)
CHARSET_CODE_PAGES = {
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
}

# Destinations whose text is not part of the body (font/colour tables, document info, pictures, fields'
# instructions, headers and footers...). A group that starts with \* is skipped too, except an HTMLTAG.
SKIPPED_DESTINATIONS = frozenset(
    {
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "fldinst",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "footnote",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "revtbl",
        "filetbl",
        "xmlnstbl",
        "latentstyles",
        "themedata",
        "colorschememapping",
        "datastore",
        "generator",
        "pgdsctbl",
        "mmathPr",
        "nonshppict",
        "shppict",
        "bkmkstart",
        "bkmkend",
    }
)

SYMBOLS = {
    "par": "\n",
    "line": "\n",
    "sect": "\n",
    "page": "\n",
    "row": "\n",
    "tab": "\t",
    "cell": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
}
CONTROL_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "\\": "\\", "{": "{", "}": "}", "\n": "\n", "\r": "\n", "\t": "\t"}

TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with its parameter; one space delimiter is eaten
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the current code page
    rb"|\\(.)"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line breaks in the RTF source are not text
    rb"|([^\\{}\r\n]+)",
    re.S,
)


@dataclass(frozen=True)
class _State:
    """Group-scoped reader state: restored at each closing brace."""

    skip: bool = False  # inside a destination that is not body text
    suppressed: bool = False  # inside an \htmlrtf region (RTF added when the HTML/text was encapsulated)
    in_htmltag: bool = False
    in_fonttbl: bool = False
    uc: int = 1  # fallback characters after a \uN
    font: int | None = None
    star: bool = False  # the group started with \*: an unknown destination is skipped


def _codec(code_page: int) -> str:
    try:
        return codecs.lookup(f"cp{code_page}").name
    except LookupError:
        return "cp1252"


def rtf_body(rtf: bytes) -> RtfBody:
    """The text of an RTF body, or the HTML it encapsulates. Never raises on malformed RTF."""
    head = rtf[:1024]
    from_html = b"\\fromhtml" in head
    document_cp = 1252
    found = re.search(rb"\\ansicpg(\d{1,5})", head)
    if found:
        document_cp = int(found.group(1))
    fonts: dict[int, int] = {}  # font number -> code page
    defining_font: int | None = None
    out: list[str] = []
    pending = bytearray()  # \'hh bytes waiting to be decoded together (double-byte code pages)
    pending_cp = document_cp
    state = _State()
    stack: list[_State] = []
    skip_fallback = 0
    pos = 0
    size = len(rtf)

    def flush() -> None:
        nonlocal pending
        if pending:
            out.append(bytes(pending).decode(_codec(pending_cp), errors="replace"))
            pending = bytearray()

    def emitting() -> bool:
        if state.skip or state.in_fonttbl:
            return False
        if state.in_htmltag:
            return True
        return not state.suppressed

    while pos < size:
        match = TOKEN.match(rtf, pos)
        if match is None:  # a lone backslash at the very end
            break
        pos = match.end()
        word, param, hexbyte, symbol, brace, text = match.groups()
        if hexbyte is None and pending:
            flush()
        if brace is not None:
            skip_fallback = 0
            if brace == b"{":
                stack.append(state)
                state = replace(state, star=False)
            elif stack:
                state = stack.pop()
            continue
        if hexbyte is not None:
            if skip_fallback:
                skip_fallback -= 1
                continue
            if emitting():
                code_page = fonts.get(state.font, document_cp) if state.font is not None else document_cp
                if pending and code_page != pending_cp:
                    flush()
                pending_cp = code_page
                pending.append(int(hexbyte, 16))
            continue
        if text is not None:
            chunk = text
            if skip_fallback:
                dropped = min(skip_fallback, len(chunk))
                chunk = chunk[dropped:]
                skip_fallback -= dropped
            if emitting() and chunk:
                out.append(chunk.decode("latin-1"))
            continue
        if word is None and symbol is None:  # a line break in the RTF source
            continue
        skip_fallback = 0
        if symbol is not None:
            char = symbol.decode("latin-1")
            if char == "*":
                state = replace(state, star=True)
            elif emitting() and char in CONTROL_SYMBOLS:
                out.append(CONTROL_SYMBOLS[char])
            continue
        name = word.decode("ascii")
        value = int(param) if param is not None else None
        if name == "bin":  # binary data inside a picture or object: skipped unread
            pos += max(value or 0, 0)
            continue
        if name == "htmltag" and state.star:
            state = replace(state, star=False, in_htmltag=from_html, skip=state.skip or not from_html)
            continue
        if name == "fonttbl":
            state = replace(state, in_fonttbl=True)
            continue
        if state.star or name in SKIPPED_DESTINATIONS or name == "mhtmltag":
            state = replace(state, star=False, skip=True)
            continue
        if name == "htmlrtf":
            state = replace(state, suppressed=value != 0)
        elif name == "uc":
            state = replace(state, uc=max(value or 0, 0))
        elif name == "f" and value is not None:
            if state.in_fonttbl:
                defining_font = value
            state = replace(state, font=value)
        elif name == "fcharset" and state.in_fonttbl and defining_font is not None and value is not None:
            charset_cp = CHARSET_CODE_PAGES.get(value)
            if charset_cp is not None:
                fonts[defining_font] = charset_cp
        elif name == "cpg" and state.in_fonttbl and defining_font is not None and value:
            fonts[defining_font] = value
        elif name == "u" and value is not None:
            if emitting():
                out.append(chr(value + 0x10000 if value < 0 else value))
            skip_fallback = state.uc
        elif emitting() and name in SYMBOLS:
            out.append("\r\n" if from_html and name in ("par", "line") else SYMBOLS[name])
    flush()
    joined = "".join(out)
    # \uN pairs that are UTF-16 surrogates (an emoji, a rare ideograph) become one character
    joined = joined.encode("utf-16-le", "surrogatepass").decode("utf-16-le", errors="replace")
    if from_html:
        return RtfBody("", joined.strip())
    lines = [line.rstrip() for line in joined.replace("\r\n", "\n").split("\n")]
    return RtfBody("\n".join(lines).strip())
