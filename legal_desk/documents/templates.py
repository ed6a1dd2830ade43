"""The template catalogue and DOCX rendering with docxtpl (Jinja tags inside Word documents).

Templates live in `document_templates/<locale>/<name>.docx`, described by `catalog.json` (titles,
required fields, what data they are for). Rendering first checks the required fields, so no
half-filled document is ever produced, and reports template mistakes with the paragraph they are in.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import io
import json
import os
import re
import types
import typing
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta
from docxtpl import DocxTemplate
from lxml import etree

from legal_desk.documents.context import CaseDocumentData, build_context, field_label_en, field_label_es, missing_fields
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Series, Term, Text, TextError

DEFAULT_LOCALE = "es_CO"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCXTPL_TAG = re.compile(r"(\{%-?|\{\{-?)\s*(?:p|tr|tc|r)\s")
_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


#: Where in a template a mistake is, when it is not a paragraph (named in both languages)
PLACE_FILE = Term("en", "file", "archivo")
PLACE_DOCUMENT = Term("en", "document", "documento")
PLACE_CATALOGUE = Term("en", "catalogue", "catálogo")


class TemplateError(TextError):
    """A template that cannot be rendered: which template, where in it, and what is wrong.

    `place` and `message` may be catalogue `Text`s (the desktop interface words them in its language);
    the attributes keep their Spanish sentences, as `str()` does.
    """

    def __init__(self, template: str, place: str | Term | Text, message: str | Text) -> None:
        self.template = template
        self.place = str(place)
        self.message = str(message)
        super().__init__(Text(M.TEMPLATE_ERROR, name=template, place=place, message=message))

    def __reduce__(self) -> tuple[Any, ...]:
        text = self.text
        assert text is not None
        return type(self), (self.template, text.params["place"], text.params["message"])


class TemplateNotFound(TemplateError):
    """No template with that name for the locale."""


class TemplateNotInCatalogue(TemplateNotFound):
    """The catalogue has no template of that name (and no file of that name waits to be added to it)."""


class MissingFieldError(TextError):
    """The case lacks data a template requires; `fields` are dotted paths (`debtor.address`).

    The message is a catalogue `Text` whose template title, field names and places come in both
    languages (`Term("en", english, spanish)`), so the desktop interface can word it in English.
    """

    def __init__(self, template: str, fields: list[str], template_en: str = "") -> None:
        self.template = template
        self.fields = list(fields)
        self.labels = [field_label_es(f) for f in fields]
        # Court and radicado are both completed in the same dialog: name each place once.
        heads = dict.fromkeys(h for h in (f.partition(".")[0] for f in fields) if h in _WHERE_ES)
        places = list(dict.fromkeys((_WHERE_EN[h], _WHERE_ES[h]) for h in heads))
        where: str | Text = ""
        if places:
            where = Text(M.TEMPLATE_FIELDS_WHERE, places=Series(tuple(Term("en", en, es) for en, es in places), "; "))
        names = Series(tuple(Term("en", field_label_en(f), field_label_es(f)) for f in fields))
        title = Term("en", template_en or template, template)
        super().__init__(Text(M.TEMPLATE_FIELDS_MISSING, title=title, fields=names, where=where))


#: Where in the desktop app each group of template fields is completed (the refusal says it).
_WHERE_ES = {
    "creditor": "Partes → «Datos del acreedor…»",
    "debtor": "Partes → «Editar…» (deudor)",
    "defendants": "Partes → «Editar…» (deudor y codeudores: origen del correo)",
    "lawyer": "Archivo → «Mis datos…» del abogado (o Usuarios, el administrador)",
    "court": "Resumen → «Editar datos…»",
    "radicado": "Resumen → «Editar datos…»",
    "debt": "Deuda y liquidación → «Editar datos…»",
    "liquidation": "Términos y tasas → «Importar tabla de tasas…» (la liquidación necesita las tasas)",
}
_WHERE_EN = {
    "creditor": "Parties → «Creditor details…»",
    "debtor": "Parties → «Edit…» (debtor)",
    "defendants": "Parties → «Edit…» (debtor and co-debtors: source of the e-mail)",
    "lawyer": "File → «My details…» of the lawyer (or Users, the administrator)",
    "court": "Summary → «Edit details…»",
    "radicado": "Summary → «Edit details…»",
    "debt": "Debt and liquidation → «Edit details…»",
    "liquidation": "Deadlines and rates → «Import rate table…» (the liquidation needs the rates)",
}


@dataclass(frozen=True)
class TemplateInfo:
    """One catalogued template; `version` is the first 12 hex digits of the file's SHA-256."""

    name: str
    title_es: str
    title_en: str
    locale: str
    path: Path
    version: str
    required: list[str] = field(default_factory=list)
    kind: str = ""
    for_data: str = ""
    booklet: str | None = None


def templates_root() -> Path:
    """The folder holding `<locale>/catalog.json`: `LEGAL_DESK_TEMPLATES`, the package or the repo."""
    env = os.environ.get("LEGAL_DESK_TEMPLATES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "document_templates", here.parent / "document_templates"):
        if candidate.is_dir():
            return candidate
    return here.parent / "document_templates"


def file_version(path: Path) -> str:
    """First 12 hex digits of the SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def list_templates(locale: str = DEFAULT_LOCALE, root: Path | None = None) -> list[TemplateInfo]:
    """Every template in the locale's catalog, in catalog order."""
    folder = (root or templates_root()) / locale
    catalog_path = folder / "catalog.json"
    if not catalog_path.is_file():
        raise TemplateNotFound("catálogo", str(catalog_path), Text(M.TEMPLATE_NO_CATALOGUE, locale=locale))
    infos = []
    for entry in _catalog_entries(catalog_path):
        name = entry["name"].strip()
        path = folder / entry.get("file", f"{name}.docx")
        title_es = str(entry.get("title_es") or name)
        infos.append(
            TemplateInfo(
                name=name,
                title_es=title_es,
                title_en=str(entry.get("title_en") or title_es),
                locale=locale,
                path=path,
                version=file_version(path) if path.is_file() else "",
                required=list(entry.get("required", [])),
                kind=entry.get("kind", ""),
                for_data=entry.get("for", ""),
                booklet=entry.get("booklet"),
            )
        )
    return infos


def _catalog_entries(catalog_path: Path) -> list[dict[str, Any]]:
    """The entries of a catalog.json a person edited by hand, or a TemplateError saying where it is wrong.

    A JSON mistake is named by its line and column; an entry needs only its `name` (the titles default
    to it, the file to `<name>.docx`), and `required`, when given, is a list of field paths.
    """
    catalog_name = catalog_path.name
    try:
        catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        place = Text(M.TEMPLATE_CATALOGUE_AT, path=catalog_path, line=exc.lineno, column=exc.colno)
        raise TemplateError(catalog_name, place, Text(M.TEMPLATE_CATALOGUE_JSON, detail=exc.msg)) from None
    except (OSError, UnicodeDecodeError) as exc:
        unreadable = Text(M.TEMPLATE_CATALOGUE_UNREADABLE, detail=exc)
        raise TemplateError(catalog_name, str(catalog_path), unreadable) from None
    entries = catalog.get("templates") if isinstance(catalog, dict) else None
    if not isinstance(entries, list):
        raise TemplateError(catalog_name, str(catalog_path), Text(M.TEMPLATE_CATALOGUE_NO_LIST))
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise TemplateError(catalog_name, str(catalog_path), Text(M.TEMPLATE_CATALOGUE_NO_NAME, n=n))
        required = entry.get("required", [])
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise TemplateError(catalog_name, str(catalog_path), Text(M.TEMPLATE_CATALOGUE_REQUIRED, name=name))
        if name.strip() in seen:
            raise TemplateError(catalog_name, str(catalog_path), Text(M.TEMPLATE_CATALOGUE_TWICE, name=name))
        seen.add(name.strip())
    return entries


def get_template(name: str, locale: str = DEFAULT_LOCALE, root: Path | None = None) -> TemplateInfo:
    """The catalogued template `name`, or TemplateNotFound naming the ones that exist."""
    infos = list_templates(locale, root)
    for info in infos:
        if info.name == name:
            if not info.path.is_file():
                raise TemplateNotFound(name, str(info.path), Text(M.TEMPLATE_FILE_MISSING, file=info.path.name))
            return info
    stray = next((f for f in uncatalogued_files(locale, root) if f.stem.casefold() == name.strip().casefold()), None)
    if stray is not None:  # a new letter saved in the folder but not yet described in catalog.json
        catalog = stray.parent / "catalog.json"
        raise TemplateNotFound(name, str(catalog), Text(M.TEMPLATE_NOT_CATALOGUED, file=stray.name, name=stray.stem))
    known = ", ".join(i.name for i in infos)
    raise TemplateNotInCatalogue(name, PLACE_CATALOGUE, Text(M.TEMPLATE_NOT_IN_CATALOGUE, locale=locale, names=known))


#: Files a person may save in the templates folder meaning a template (Word, Word 97, OpenDocument).
_TEMPLATE_SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf")


def uncatalogued_files(locale: str = DEFAULT_LOCALE, root: Path | None = None) -> list[Path]:
    """Documents in the locale's folder that no catalogue entry names: letters added but not catalogued.

    Word's lock files (`~$carta.docx`) and hidden files are not documents and are left out.
    """
    folder = (root or templates_root()) / locale
    try:
        named = {i.path.name for i in list_templates(locale, root)}
        files = sorted(folder.iterdir())
    except (TemplateError, OSError):
        return []
    return [
        f
        for f in files
        if f.is_file()
        and f.suffix.lower() in _TEMPLATE_SUFFIXES
        and not f.name.startswith(("~$", ".", ".~lock"))
        and f.name not in named
    ]


# Glue a currency sign or an ID label to its figure so a line never breaks between them.
_NO_BREAK = (("$ ", "$\u00a0"), ("C.C. ", "C.C.\u00a0"), ("C.E. ", "C.E.\u00a0"), ("NIT ", "NIT\u00a0"))


def _finalize(value: Any) -> Any:
    """Applied to every `{{ }}` output: non-breaking spaces after `$` and ID labels."""
    if isinstance(value, str):
        for plain, glued in _NO_BREAK:
            value = value.replace(plain, glued)
    return value


def _jinja_env() -> jinja2.Environment:
    """Strict Jinja: an unknown name is an error, never a blank in a court filing."""
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, finalize=_finalize)


# ------------------------------------------------------------------ locating errors in a template


@dataclass(frozen=True)
class _Line:
    part: str
    number: int
    text: str


def _paragraph_lines(docx_bytes: bytes) -> list[_Line]:
    """Every paragraph's text (tables included, in order) of the document, headers and footers."""
    lines: list[_Line] = []
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as zf:
        names = sorted((n for n in zf.namelist() if _PART.match(n)), key=lambda n: (n != "word/document.xml", n))
        for name in names:
            part = _PART.match(name).group(1)  # type: ignore[union-attr]
            root = etree.fromstring(zf.read(name))
            for number, p in enumerate(root.iter(f"{_W}p"), start=1):
                text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
                lines.append(_Line(part, number, text))
    return lines


def _place(line: _Line) -> Text:
    """`párrafo 12 del documento («Estimo la cuantía…»)`."""
    if line.part == "document":
        where = Text(M.TEMPLATE_IN_DOCUMENT)
    else:
        where = Text(M.TEMPLATE_IN_HEADER) if "header" in line.part else Text(M.TEMPLATE_IN_FOOTER)
    snippet = line.text.strip()
    if len(snippet) > 70:
        snippet = snippet[:70] + "…"
    return Text(M.TEMPLATE_PLACE_PARAGRAPH, n=line.number, where=where, text=snippet)


#: Inside a tag docxtpl reads Word's typographic quotes as straight ones (autocorrect curls them).
_TAG_BODY = re.compile(r"(?<=\{[\{%])(.*?)(?=[\}%]\})")
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _text_source(lines: list[_Line]) -> str:
    """The template as plain text, one paragraph a line, read as docxtpl reads it: its p/tr/tc/r markers
    removed and typographic quotes inside tags straightened."""
    text = "\n".join(_DOCXTPL_TAG.sub(r"\1 ", line.text) for line in lines)
    return _TAG_BODY.sub(lambda m: m.group(0).translate(_STRAIGHT), text)


def _unbalanced(text: str) -> bool:
    """Whether a paragraph opens a Jinja tag it does not close (or the reverse)."""
    return text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}")


def _syntax_line(lines: list[_Line], lineno: int) -> _Line:
    """The paragraph to blame: Jinja reports where it noticed, often the line after an unclosed tag."""
    lineno = min(max(lineno, 1), len(lines))
    for line in reversed(lines[:lineno]):
        if _unbalanced(line.text):
            return line
    return lines[lineno - 1]


def _template_lineno(tb: types.TracebackType | None) -> int | None:
    """The template line where a Jinja runtime error happened (from Jinja's rewritten traceback)."""
    lineno = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


#: Jinja tags that open a block closed by `end<tag>` (docxtpl's p/tr/tc/r markers are removed before).
_BLOCK_TAGS = frozenset({"if", "for", "macro", "call", "filter", "block", "with", "autoescape"})


def _unclosed_block(env: jinja2.Environment, source: str) -> tuple[int, str] | None:
    """The line and tag of the innermost block left open (`{% if %}` without `{% endif %}`), by Jinja's lexer.

    Jinja reports a missing `endif` at the end of the template; the person needs the `if` they forgot to close.
    """
    stack: list[tuple[int, str]] = []
    after_begin = False
    try:
        for lineno, token, value in env.lex(source):
            if token == "block_begin":
                after_begin = True
                continue
            if token == "whitespace":
                continue
            if after_begin and token == "name":
                if value in _BLOCK_TAGS:
                    stack.append((lineno, value))
                elif value.startswith("end") and value[3:] in _BLOCK_TAGS and stack:
                    stack.pop()
            after_begin = False
    except jinja2.TemplateSyntaxError:
        return None
    return stack[-1] if stack else None


def _recording_env(asked: list[tuple[Any, str | None]]) -> jinja2.Environment:
    """`_jinja_env` whose undefined values record what was asked of what, to name a misspelt field."""

    class Recording(jinja2.StrictUndefined):
        def __init__(
            self,
            hint: str | None = None,
            obj: Any = jinja2.utils.missing,
            name: str | None = None,
            exc: type[jinja2.TemplateRuntimeError] = jinja2.UndefinedError,
        ) -> None:
            super().__init__(hint, obj, name, exc)
            asked.append((obj, name))

    env = _jinja_env()
    env.undefined = Recording
    return env


def _written(node: jinja2.nodes.Node) -> str | None:
    """`debtor.name` for the expression `debtor.name` (names and attributes only), else None."""
    if isinstance(node, jinja2.nodes.Name):
        return node.name
    if isinstance(node, jinja2.nodes.Getattr):
        owner = _written(node.node)
        return f"{owner}.{node.attr}" if owner else None
    return None


def _asked_owner(ast: jinja2.nodes.Template, lineno: int | None, name: str) -> str | None:
    """How the template writes what it asked `name` of, on that line (`debtor` for `{{ debtor.nmae }}`)."""
    for node in ast.find_all(jinja2.nodes.Getattr):
        if node.attr == name and (lineno is None or node.lineno == lineno):
            written = _written(node.node)
            if written:
                return written
    return None


def _unknown_field(context: dict[str, Any], owner: Any, name: str | None, written: str | None) -> Text | None:
    """«the field debtor.nmae does not exist; did you mean debtor.name?» for the value Jinja found undefined.

    `written` is the owner as the template writes it (`debtor`, or `g` inside a loop).
    """
    if name is None:
        return None
    if owner is jinja2.utils.missing:
        prefix, keys = "", list(context)
    elif isinstance(owner, dict) and written:
        prefix, keys = f"{written}.", [str(k) for k in owner]
    elif written:  # `{{ court.name }}` where `court` is a text: it has no fields
        return Text(M.TEMPLATE_NOT_A_RECORD, field=f"{written}.{name}", owner=written)
    else:
        return None
    close = difflib.get_close_matches(name, keys, n=3, cutoff=0.6)
    if close:
        hint = Text(M.TEMPLATE_DID_YOU_MEAN, names=", ".join(f"«{prefix}{c}»" for c in close))
    elif prefix:
        hint = Text(M.TEMPLATE_FIELDS_OF, owner=prefix[:-1], names=", ".join(sorted(keys)))
    else:
        hint = Text(M.TEMPLATE_SEE_FIELDS)
    return Text(M.TEMPLATE_UNKNOWN_FIELD, field=f"{prefix}{name}", hint=hint)


def _diagnose(name: str, docx_bytes: bytes, context: dict[str, Any] | None) -> TemplateError | None:
    """Re-run the template as text to find the paragraph of a syntax or undefined-name error."""
    lines = _paragraph_lines(docx_bytes)
    asked: list[tuple[Any, str | None]] = []
    env = _recording_env(asked)
    source = _text_source(lines)
    try:
        compiled = env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        unclosed = _unclosed_block(env, source) if exc.message and "end of template" in exc.message else None
        if unclosed is not None:
            opened, tag = unclosed
            return TemplateError(name, _place(lines[opened - 1]), Text(M.TEMPLATE_UNCLOSED, tag=tag))
        return TemplateError(name, _place(_syntax_line(lines, exc.lineno)), Text(M.TEMPLATE_SYNTAX, detail=exc.message))
    if context is None:
        return None
    try:
        compiled.render(context)
    except jinja2.UndefinedError as exc:
        lineno = _template_lineno(exc.__traceback__)
        place = _place(lines[lineno - 1]) if lineno and lineno <= len(lines) else PLACE_DOCUMENT
        owner, attr = asked[-1] if asked else (None, None)
        written = _asked_owner(env.parse(source), lineno, attr) if attr else None
        message = _unknown_field(context, owner, attr, written) or Text(M.TEMPLATE_UNDEFINED, detail=exc.message)
        return TemplateError(name, place, message)
    except Exception as exc:  # a filter or test failing on the data
        lineno = _template_lineno(exc.__traceback__)
        place = _place(lines[lineno - 1]) if lineno and lineno <= len(lines) else PLACE_DOCUMENT
        return TemplateError(name, place, f"{type(exc).__name__}: {exc}")
    return None


# ------------------------------------------------------------------ rendering


def _not_docx(content: bytes, exc: BaseException) -> Text:
    """Why a template file is not a .docx: a Word 97 .doc or an OpenDocument .odt is named, with what to do."""
    kind = None
    if content.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE container of Word 97-2003
        kind = Term("en", "Word 97-2003 (.doc)", "Word 97-2003 (.doc)")
    elif content.startswith(b"{\\rtf"):
        kind = Term("en", "RTF (.rtf)", "RTF (.rtf)")
    elif content[30:38] == b"mimetype" and b"opendocument" in content[38:120]:
        kind = Term("en", "OpenDocument (.odt)", "OpenDocument (.odt)")
    if kind is not None:
        return Text(M.TEMPLATE_OTHER_FORMAT, kind=kind)
    return Text(M.TEMPLATE_NOT_DOCX, detail=exc)


#: Tracked-change records that only describe an earlier formatting: accepting a change drops them.
_FORMAT_CHANGES = (
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "tblPrExChange",
    "numberingChange",
)
_MOVE_RANGES = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")


def _accept_changes(root: etree._Element) -> bool:
    """Accept every tracked change of one part, as Word's «Aceptar todos los cambios»; whether there were any.

    Deleted text (and table rows) goes, inserted and moved text stays without its mark, formatting
    changes keep the new formatting. A paragraph mark's own insert/delete mark is dropped (the
    paragraphs stay as they are).
    """
    found = False
    for tag in ("del", "moveFrom", "ins", "moveTo", "cellDel", "cellIns", *_FORMAT_CHANGES, *_MOVE_RANGES):
        for el in list(root.iter(f"{_W}{tag}")):
            parent = el.getparent()
            if parent is None:
                continue
            found = True
            if parent.tag == f"{_W}trPr" and tag == "del":  # a deleted table row
                row = parent.getparent()
                if row is not None and row.getparent() is not None:
                    row.getparent().remove(row)
                continue
            if tag in ("ins", "moveTo") and parent.tag not in (f"{_W}rPr", f"{_W}trPr", f"{_W}tcPr"):
                index = parent.index(el)
                for offset, child in enumerate(list(el)):
                    parent.insert(index + offset, child)
            parent.remove(el)
    return found


#: Parts that hold the template's review comments and the names of those who commented or changed it.
_REVIEW_PARTS = re.compile(r"^word/(comments\w*|people)\.xml$")
_COMMENT_MARKS = ("commentRangeStart", "commentRangeEnd")


def _drop_comments(root: etree._Element) -> bool:
    """Remove the review comments' anchors from one part (their text lives in word/comments.xml)."""
    found = False
    for tag in _COMMENT_MARKS:
        for el in list(root.iter(f"{_W}{tag}")):
            el.getparent().remove(el)  # type: ignore[union-attr]
            found = True
    for ref in list(root.iter(f"{_W}commentReference")):
        run = ref.getparent()
        found = True
        if run is None:
            continue
        run.remove(ref)
        if run.tag == f"{_W}r" and all(child.tag == f"{_W}rPr" for child in run) and run.getparent() is not None:
            run.getparent().remove(run)  # the run held only the comment's mark
    return found


def _accept_revisions(docx_bytes: bytes) -> bytes:
    """The template with its tracked changes accepted, change tracking off and its review comments removed.

    A firm that edits its templates with «Control de cambios» on saves them with the old and new wording
    both marked: rendered as they are, a letter to a debtor or a filing would show the struck-out text and
    the editor's name, and a deleted Jinja tag would still act. Comments («Revisar con el socio…») went into
    every generated Word file, for the debtor or the court to read, with their authors' names.
    """
    try:
        zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    except zipfile.BadZipFile:
        return docx_bytes  # not a package: rendering says what it is
    with zin:
        changed: dict[str, bytes] = {}
        dropped = {n for n in zin.namelist() if _REVIEW_PARTS.match(n)}
        for name in zin.namelist():
            if not (_PART.match(name) or name == "word/settings.xml"):
                continue
            raw = zin.read(name)
            if (
                b"w:ins " not in raw
                and b"w:del " not in raw
                and b"Change" not in raw
                and b"w:move" not in raw
                and b"trackRevisions" not in raw
                and b"w:comment" not in raw
            ):
                continue
            try:
                root = etree.fromstring(raw)
            except etree.XMLSyntaxError:
                return docx_bytes
            tracking = list(root.iter(f"{_W}trackRevisions"))
            for el in tracking:
                el.getparent().remove(el)  # type: ignore[union-attr]
            if _accept_changes(root) | _drop_comments(root) or tracking:
                changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if dropped:
            for name in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                try:
                    root = etree.fromstring(zin.read(name))
                except (KeyError, etree.XMLSyntaxError):
                    continue
                for el in list(root):
                    # a relationship's Target is relative to word/ unless absolute; a PartName is absolute
                    target = el.get("Target") or el.get("PartName") or ""
                    part = target.lstrip("/") if target.startswith("/") else f"word/{target}"
                    if part in dropped:
                        root.remove(el)
                changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if not changed and not dropped:
            return docx_bytes
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                if item.filename not in dropped:
                    zout.writestr(item, changed.get(item.filename) or zin.read(item.filename))
        return out.getvalue()


def _render_bytes(name: str, docx_bytes: bytes, context: dict[str, Any]) -> bytes:
    """Render a template held in memory; any template mistake becomes a TemplateError with its place.

    Tracked changes left in the template are accepted first (the wording the firm last saved).
    """
    docx_bytes = _accept_revisions(docx_bytes)
    tpl = DocxTemplate(io.BytesIO(docx_bytes))
    try:
        tpl.render_init()  # opens the package: a broken file fails here
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise TemplateError(name, PLACE_FILE, _not_docx(docx_bytes, exc)) from exc
    try:
        tpl.render(context, jinja_env=_jinja_env(), autoescape=True)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError) as exc:
        found = _diagnose(name, docx_bytes, context)
        if found is not None:
            raise found from exc
        message = getattr(exc, "message", None) or str(exc)
        raise TemplateError(name, PLACE_DOCUMENT, message) from exc
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def _unknown_required(path: str) -> list[str] | None:
    """None when `path` names data of a case (`debtor.address`); else the paths it could have meant.

    Checked on the types of CaseDocumentData, so a field that is empty in every case still counts.
    """
    if path == "defendants.email_source":  # checked on the debtor and every co-debtor (missing_fields)
        return None
    kind: Any = CaseDocumentData
    walked = ""
    for part in path.split("."):
        if kind is dict or typing.get_origin(kind) is dict:
            return None  # `extra.<anything>`: the firm's own data
        if not dataclasses.is_dataclass(kind):
            return []
        hints = typing.get_type_hints(kind)
        if part not in hints:
            return [walked + c for c in difflib.get_close_matches(part, list(hints), n=3, cutoff=0.6)]
        kind = hints[part]
        walked += f"{part}."
        if typing.get_origin(kind) in (types.UnionType, typing.Union):  # `LiquidationData | None`
            kind = next(a for a in typing.get_args(kind) if a is not type(None))
    return None


def _check_required(info: TemplateInfo) -> None:
    """Refuse a catalogue entry whose `required` names a path no case has."""
    for path in info.required:
        close = _unknown_required(path)
        if close is not None:
            names = ", ".join(f"«{c}»" for c in close)
            hint: str | Text = Text(M.TEMPLATE_DID_YOU_MEAN, names=names) if close else ""
            raise TemplateError(
                info.name,
                str(info.path.parent / "catalog.json"),
                Text(M.TEMPLATE_REQUIRED_UNKNOWN, field=path, hint=hint),
            )


def render_docx(info: TemplateInfo, data: CaseDocumentData) -> bytes:
    """Render a template for a case: MissingFieldError before anything, TemplateError on mistakes.

    A `required` path of the catalogue that names no data of a case is a mistake of the catalogue,
    said as such: the case could never be completed to satisfy it.
    """
    _check_required(info)
    missing = missing_fields(data, info.required)
    if missing:
        raise MissingFieldError(info.title_es, missing, info.title_en)
    return _render_bytes(info.name, info.path.read_bytes(), build_context(data))


def render_docx_to(info: TemplateInfo, data: CaseDocumentData, out_path: Path) -> Path:
    """Render and write the DOCX atomically (temp file + rename) to `out_path`."""
    content = render_docx(info, data)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    tmp.write_bytes(content)
    tmp.replace(out_path)
    return out_path


def template_fields(context: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    """Every field a template can write, as `(path, example)`: `debtor.name`, `guarantors[].id_fmt`…

    The examples come from the sample case (or `context`); `[]` marks a list a template walks with
    `{% for g in guarantors %}` (then `{{ g.name }}`). This is the list `legal-desk document fields` prints.
    """
    from legal_desk.documents.samples import sample_case  # sample data only needed here

    found: list[tuple[str, str]] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            if not value and path:
                found.append((path, "{}"))
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else str(key))
        elif isinstance(value, (list, tuple)) and not (value and isinstance(value[0], (str, int, float))):
            found.append((f"{path}[]", str(len(value))))
            if value:
                walk(value[0], f"{path}[]")
        else:
            text = "" if value is None else str(value)
            found.append((path, text if len(text) <= 60 else text[:59] + "…"))

    walk(build_context(sample_case()) if context is None else context, "")
    return found


def check_template(info: TemplateInfo) -> list[str]:
    """Check a catalogued template without a real case: its `required`, its tags and a render of the
    sample case shaped for it (which has co-debtors, payments, a liquidation… so loops and branches run).

    Returns the top-level names it uses; raises TemplateError (or TemplateNotFound) saying where and what.
    """
    from legal_desk.documents.samples import sample_for  # sample data only needed here

    if not info.path.is_file():
        raise TemplateNotFound(info.name, str(info.path), Text(M.TEMPLATE_FILE_MISSING, file=info.path.name))
    _check_required(info)
    return validate_template(info.path, sample_for(info.name), name=info.name)


def validate_template(path: Path, data: CaseDocumentData | None = None, *, name: str | None = None) -> list[str]:
    """Check a user-edited template; return the top-level names it uses or raise TemplateError.

    It must be a .docx, parse as Jinja, use only names the context provides and render with the
    sample case (or `data`) without undefined variables.
    """
    from legal_desk.documents.samples import sample_case  # sample data only needed here

    name = name or Path(path).stem
    docx_bytes = b""
    try:
        docx_bytes = Path(path).read_bytes()
        zipfile.ZipFile(io.BytesIO(docx_bytes)).getinfo("word/document.xml")
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise TemplateError(name, PLACE_FILE, _not_docx(docx_bytes, exc)) from exc
    context = build_context(data or sample_case())
    docx_bytes = _accept_revisions(docx_bytes)
    lines = _paragraph_lines(docx_bytes)
    env = _jinja_env()
    try:
        ast = env.parse(_text_source(lines))
        used = sorted(jinja2.meta.find_undeclared_variables(ast))  # compiles: an unknown filter fails here
    except jinja2.TemplateSyntaxError:
        error = _diagnose(name, docx_bytes, None)
        assert error is not None
        raise error from None
    unknown = [u for u in used if u not in context]
    if unknown:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, unknown)) + r")\b")
        line = next((ln for ln in lines if pattern.search(ln.text)), None)
        place = _place(line) if line else PLACE_DOCUMENT
        message = _unknown_field(context, jinja2.utils.missing, unknown[0], None) if len(unknown) == 1 else None
        raise TemplateError(name, place, message or Text(M.TEMPLATE_UNKNOWN_NAMES, names=", ".join(unknown)))
    _render_bytes(name, docx_bytes, context)
    return used
