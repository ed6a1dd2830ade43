"""Templates a firm edits by hand (Word, LibreOffice, a text editor for catalog.json): every mistake is
refused naming the file, where it is and what to write instead, never a traceback nor a blank."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import (
    TemplateError,
    TemplateInfo,
    TemplateNotFound,
    TemplateNotInCatalogue,
    get_template,
    list_templates,
    render_docx,
    template_fields,
    templates_root,
    uncatalogued_files,
)

# The salutation of the letters to the debtor, one run of the template (a company is «Respetados señores»).
SALUTATION = "{% if debtor.is_company %}Respetados señores:{% else %}Respetado(a) señor(a):{% endif %}"


def _edited(tmp_path: Path, edit, name: str = "carta_requerimiento") -> TemplateInfo:
    """A copy of a shipped template whose document.xml went through `edit` (what Word saves)."""
    src = get_template(name)
    out = io.BytesIO()
    with zipfile.ZipFile(src.path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    path = tmp_path / f"{name}.docx"
    path.write_bytes(out.getvalue())
    return dataclasses.replace(src, path=path)


def _refusal(info: TemplateInfo) -> TemplateError:
    with pytest.raises(TemplateError) as exc:
        render_docx(info, sample_for("carta_requerimiento"))
    return exc.value


def test_a_misspelt_field_is_named_with_the_field_it_resembles(tmp_path: Path) -> None:
    """It was «'dict object' has no attribute 'nmae'»: Jinja's English, without the field's name."""
    info = _edited(tmp_path, lambda x: x.replace("{{ debtor.name }}", "{{ debtor.nmae }}", 1))
    error = _refusal(info)
    assert "{{ debtor.nmae }}" in error.place
    assert error.message == "el campo «debtor.nmae» no existe; ¿quiso decir «debtor.name»?"


def test_a_misspelt_name_in_a_condition_or_a_loop_is_named_as_written(tmp_path: Path) -> None:
    info = _edited(tmp_path, lambda x: x.replace("{% if debtor.email %}", "{% if debtor.emial %}", 1))
    assert _refusal(info).message == "el campo «debtor.emial» no existe; ¿quiso decir «debtor.email»?"
    info = _edited(tmp_path, lambda x: x.replace("{{ g.name }}", "{{ g.nombre }}", 1))
    error = _refusal(info)  # the sample case has a co-debtor: the loop runs
    assert error.message.startswith("el campo «g.nombre» no existe; ¿quiso decir «g.name»")
    info = _edited(tmp_path, lambda x: x.replace("{{ account_ref }}", "{{ acount_ref }}", 1))
    assert _refusal(info).message.startswith("el campo «acount_ref» no existe; ¿quiso decir «account_ref»")


def test_a_field_asked_of_a_text_and_an_unlike_name_say_what_there_is(tmp_path: Path) -> None:
    info = _edited(tmp_path, lambda x: x.replace(SALUTATION, "Ref. {{ court.name }}:", 1))
    assert (
        _refusal(info).message
        == "el campo «court.name» no existe: «court» es un texto, sin campos; escriba «{{ court }}»"
    )
    info = _edited(tmp_path, lambda x: x.replace("{{ debtor.name }}", "{{ debtor.zzz }}", 1))
    message = _refusal(info).message
    assert message.startswith("el campo «debtor.zzz» no existe; los campos de «debtor» son: ")
    assert "address" in message and "id_fmt" in message


def test_an_if_without_endif_is_blamed_on_the_if_not_the_end_of_the_document(tmp_path: Path) -> None:
    """Jinja notices at the last paragraph; the person needs the paragraph of the `if` they left open."""
    info = _edited(
        tmp_path,
        lambda x: x.replace(f"<w:t>{SALUTATION}</w:t>", "<w:t>{% if debtor.email %}Respetado:</w:t>", 1),
    )
    error = _refusal(info)
    assert "{% if debtor.email %}Respetado:" in error.place
    assert error.message.startswith("este «{% if %}» no se cierra: falta su «{% endif %}»")


def test_a_tag_word_split_across_runs_and_smart_quotes_still_render(tmp_path: Path) -> None:
    """Spell-check splits `{{ debtor.name }}` into runs; autocorrect curls the quotes inside a tag."""
    split = (
        '<w:r><w:rPr><w:b/></w:rPr><w:t>{{ </w:t></w:r><w:proofErr w:type="spellStart"/>'
        '<w:r w:rsidR="00B2"><w:rPr><w:b/></w:rPr><w:t>debtor</w:t></w:r><w:proofErr w:type="spellEnd"/>'
        "<w:r><w:rPr><w:b/></w:rPr><w:t>.name }}</w:t></w:r>"
    )
    info = _edited(
        tmp_path,
        lambda x: x.replace("<w:r><w:rPr><w:b/></w:rPr><w:t>{{ debtor.name }}</w:t></w:r>", split, 1).replace(
            f"<w:t>{SALUTATION}</w:t>",
            "<w:t>Respetado{% if debtor.city == “Bogotá D.C.” %} capitalino{% endif %}:</w:t>",
            1,
        ),
    )
    text = "\n".join(
        p.text for p in Document(io.BytesIO(render_docx(info, sample_for("carta_requerimiento")))).paragraphs
    )
    assert "Carlos Alberto Gómez Restrepo" in text and "Respetado capitalino:" in text
    assert "{{" not in text and "{%" not in text


def test_a_template_saved_as_odt_or_doc_says_so_and_how_to_save_it(tmp_path: Path) -> None:
    src = get_template("carta_requerimiento")
    odt = tmp_path / "carta.odt"
    with zipfile.ZipFile(odt, "w") as z:  # an OpenDocument package starts with its stored mimetype
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>")
    doc = tmp_path / "carta.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for path, kind in ((odt, "OpenDocument (.odt)"), (doc, "Word 97-2003 (.doc)")):
        error = _refusal(dataclasses.replace(src, path=path))
        assert error.message.startswith(f"es un documento {kind}, no un .docx: ábralo en Word o LibreOffice")
        assert "«Documento de Word (.docx)»" in error.message


# ------------------------------------------------------------------ catalog.json edited by hand


def _folder(tmp_path: Path) -> Path:
    """A copy of the program's templates, as «Personalizar…» makes it."""
    shutil.copytree(templates_root() / "es_CO", tmp_path / "es_CO")
    return tmp_path / "es_CO"


def test_a_catalogue_with_a_json_mistake_names_its_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    text = (folder / "catalog.json").read_text("utf-8")
    broken = text.rstrip().removesuffix("}").rstrip().removesuffix("]").rstrip() + ",\n  ]\n}\n"
    (folder / "catalog.json").write_text(broken, "utf-8")
    with pytest.raises(TemplateError) as exc:
        list_templates(root=tmp_path)
    line = len(broken.rstrip().splitlines()) - 1
    assert exc.value.place == f"{folder / 'catalog.json'}, línea {line}, columna 3"
    assert exc.value.message.startswith("el catálogo no es JSON válido (")
    assert "una de más antes de «]» o «}»" in exc.value.message


def test_a_catalogue_entry_needs_only_its_name_and_a_bad_entry_is_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    catalog = json.loads((folder / "catalog.json").read_text("utf-8"))
    shutil.copy(folder / "carta_requerimiento.docx", folder / "carta_amable.docx")
    catalog["templates"].append({"name": "carta_amable"})
    (folder / "catalog.json").write_text(json.dumps(catalog), "utf-8")
    info = get_template("carta_amable", root=tmp_path)
    assert (info.title_es, info.title_en, info.path.name, info.required) == (
        "carta_amable",
        "carta_amable",
        "carta_amable.docx",
        [],
    )
    for bad, said in (
        ({"nombre": "x"}, f"la entrada {len(catalog['templates']) + 1} de «templates» no tiene «name»"),
        ({"name": "x", "required": "debtor.name"}, "en la entrada «x», «required» debe ser una lista"),
        ({"name": "carta_amable"}, "la plantilla «carta_amable» está dos veces en el catálogo"),
    ):
        (folder / "catalog.json").write_text(json.dumps({"templates": [*catalog["templates"], bad]}), "utf-8")
        with pytest.raises(TemplateError, match=said):
            list_templates(root=tmp_path)


def test_a_new_letter_not_yet_catalogued_and_a_catalogued_file_not_there_are_told_apart(tmp_path: Path) -> None:
    """Both used to read «no existe la plantilla», the second while listing that very template as available."""
    folder = _folder(tmp_path)
    shutil.copy(folder / "carta_requerimiento.docx", folder / "Carta_Cobro_Amable.docx")
    (folder / "~$rta_Cobro_Amable.docx").write_bytes(b"Word's lock file")
    assert [f.name for f in uncatalogued_files(root=tmp_path)] == ["Carta_Cobro_Amable.docx"]
    with pytest.raises(TemplateNotFound) as exc:
        get_template("carta_cobro_amable", root=tmp_path)
    assert not isinstance(exc.value, TemplateNotInCatalogue)
    assert exc.value.message.startswith("«Carta_Cobro_Amable.docx» está en la carpeta pero no en el catálogo")
    assert '{"name": "Carta_Cobro_Amable", "file": "Carta_Cobro_Amable.docx"' in exc.value.message
    (folder / "poder_especial.docx").unlink()
    with pytest.raises(TemplateNotFound) as exc:
        get_template("poder_especial", root=tmp_path)
    assert exc.value.message.startswith(
        "el archivo «poder_especial.docx» que nombra catalog.json no está en la carpeta"
    )
    with pytest.raises(TemplateNotInCatalogue, match="carta_requerimiento"):
        get_template("no_existe", root=tmp_path)


def test_the_fields_a_template_can_write_are_listed_with_an_example() -> None:
    fields = dict(template_fields())
    assert fields["debtor.name"] == "Carlos Alberto Gómez Restrepo"
    assert fields["capital_fmt"] == "$ 12.500.000,00"
    assert "guarantors[]" in fields and "guarantors[].id_fmt" in fields
    assert "liquidation.rows[].days" in fields
    # every field a shipped catalogue entry requires is in the list
    required = {r for info in list_templates() for r in info.required}
    parts = [f.replace("[]", "").split(".") for f in fields]
    listed = {".".join(p[:n]) for p in parts for n in range(1, len(p) + 1)}
    assert required <= listed


def test_changes_tracked_in_the_template_are_accepted_not_sent_to_the_debtor(tmp_path: Path) -> None:
    """Edited with «Control de cambios» on, the letter showed the struck-out line, the new one in colour
    and the editor's name; a deleted tag still acted."""
    stamp = 'w:author="Laura Restrepo" w:date="2026-11-20T10:00:00Z"'
    old = "<w:r><w:rPr/><w:t>{% if debtor.email %}{{ debtor.email }}{% endif %}</w:t></w:r>"
    new = (
        f'<w:del w:id="1" {stamp}><w:r><w:rPr/><w:delText>{{% if debtor.email %}}{{{{ debtor.email }}}}'
        f"{{% endif %}}</w:delText></w:r></w:del>"
        f'<w:ins w:id="2" {stamp}><w:r><w:rPr/><w:t>Correo: {{{{ debtor.email }}}}</w:t></w:r></w:ins>'
        # a whole tag deleted on its own: it must not act any more
        f'<w:del w:id="3" {stamp}><w:r><w:rPr/><w:delText>{{% if false %}}</w:delText></w:r></w:del>'
    )
    info = _edited(
        tmp_path,
        lambda x: x.replace(old, new, 1).replace(
            "<w:rPr><w:b/></w:rPr>", f'<w:rPr><w:b/><w:rPrChange w:id="4" {stamp}><w:rPr/></w:rPrChange></w:rPr>', 1
        ),
    )
    # Word also keeps tracking on in the saved settings: the generated document must not record edits
    out = io.BytesIO()
    with zipfile.ZipFile(info.path) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/settings.xml":
                data = data.replace(b"</w:settings>", b"<w:trackRevisions/></w:settings>")
            zout.writestr(item, data)
    info.path.write_bytes(out.getvalue())
    docx = render_docx(info, sample_for("carta_requerimiento"))
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    assert "trackRevisions" not in settings
    assert "Laura Restrepo" not in xml and "<w:del " not in xml and "<w:ins " not in xml and "rPrChange" not in xml
    text = "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert "Correo: carlos.gomez@example.com" in text
    assert "\ncarlos.gomez@example.com\n" not in text  # the deleted line is gone
    assert "Carlos Alberto Gómez Restrepo" in text  # and the letter after the deleted `{% if false %}` is there


def test_a_table_row_deleted_with_tracked_changes_is_gone(tmp_path: Path) -> None:
    from legal_desk.documents.templates import _accept_revisions

    doc = Document(str(get_template("carta_requerimiento").path))
    table = doc.add_table(rows=2, cols=1)
    table.rows[0].cells[0].text = "Fila que queda"
    table.rows[1].cells[0].text = "Fila borrada"
    tr_pr = table.rows[1]._tr.get_or_add_trPr()
    from docx.oxml import parse_xml

    tr_pr.append(
        parse_xml(
            '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="9" w:author="L"/>'
        )
    )
    out = io.BytesIO()
    doc.save(out)
    accepted = Document(io.BytesIO(_accept_revisions(out.getvalue())))
    assert [r.cells[0].text for r in accepted.tables[-1].rows] == ["Fila que queda"]


def test_a_misspelt_required_field_is_the_catalogues_mistake_not_the_cases(tmp_path: Path) -> None:
    """It read «faltan estos datos del caso: nmae del deudor. Complételos en Partes → «Editar…»»: a field
    no case has, so no edit could ever satisfy it."""
    info = dataclasses.replace(get_template("carta_requerimiento"), required=["debtor.name", "debtor.nmae"])
    with pytest.raises(TemplateError) as exc:
        render_docx(info, sample_for("carta_requerimiento"))
    assert exc.value.place == str(info.path.parent / "catalog.json")
    assert exc.value.message == (
        "su «required» nombra «debtor.nmae», que no es un dato de los expedientes; ¿quiso decir «debtor.name»?"
    )
    info = dataclasses.replace(info, required=["deudor.direccion"])
    with pytest.raises(
        TemplateError,
        match=r"nombra «deudor.direccion», que no es un dato de los expedientes; ¿quiso decir «debtor»\?$",
    ):
        render_docx(info, sample_for("carta_requerimiento"))
    # what the shipped catalogue and a firm's own data require is all known
    info = dataclasses.replace(
        info, required=["liquidation.rows", "agreement", "extra.sucursal", "defendants.email_source"]
    )
    with pytest.raises(Exception) as exc2:
        render_docx(info, sample_for("carta_requerimiento"))
    assert "no es un dato" not in str(exc2.value)
    for shipped in list_templates():
        render_docx(shipped, sample_for(shipped.name))


def test_check_template_reads_quotes_curled_by_autocorrect_as_rendering_does(tmp_path: Path) -> None:
    """The check (and the paragraph finder) read the text themselves: Word's “ ” ‘ ’ inside a tag were a
    syntax error there while the document itself generated fine."""
    from legal_desk.documents.templates import check_template

    info = _edited(
        tmp_path, lambda x: x.replace("selectattr('kind', 'in', ['title'])", "selectattr(‘kind’, ‘in’, [‘title’])")
    )
    assert "selectattr(‘kind’" in Document(str(info.path)).paragraphs[29].text
    assert {"debtor", "annexes"} <= set(check_template(info))
    info = _edited(tmp_path, lambda x: x.replace("{{ account_ref }}", "{{ acount_ref }}", 1))
    with pytest.raises(TemplateError, match="el campo «acount_ref» no existe; ¿quiso decir «account_ref»"):
        check_template(info)


def test_review_comments_in_the_template_are_not_sent_to_the_debtor(tmp_path: Path) -> None:
    """A comment left on the template in Word («Revisar con el socio…») went into every generated Word file,
    with its author's name, for the debtor or the court to open. The comments and their anchors are removed;
    the commented text stays."""
    src = get_template("carta_requerimiento")
    doc = Document(str(src.path))
    target = next(p for p in doc.paragraphs if "{{ debtor.name }}" in p.text and p.runs)
    doc.add_comment(target.runs, text="Revisar con el socio antes de enviar", author="Laura Restrepo", initials="LR")
    path = tmp_path / "carta_requerimiento.docx"
    doc.save(str(path))
    with zipfile.ZipFile(path) as z:
        assert "word/comments.xml" in z.namelist()  # Word's own part, as saved
    docx = render_docx(dataclasses.replace(src, path=path), sample_for("carta_requerimiento"))
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        names = z.namelist()
        xml = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
    assert not [n for n in names if "comments" in n]
    assert "comment" not in xml and "comments" not in rels and "comments" not in types
    assert "Revisar con el socio" not in docx.decode("latin-1") and "Laura Restrepo" not in xml
    text = "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert "Carlos Alberto Gómez Restrepo" in text  # the commented text itself is still rendered
