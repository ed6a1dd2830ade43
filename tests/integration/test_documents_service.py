"""Documents and filing packets through the services, on SQLite and PostgreSQL (LibreOffice where marked)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from legal_desk.cli import main
from legal_desk.domain.messages import Text
from legal_desk.services import cases, documents, packets
from legal_desk.services.demo import load_demo
from legal_desk.services.errors import NotFound, ValidationFailed
from legal_desk.services.users import actor_for
from tests.conftest import DEMO_TODAY

soffice = pytest.mark.skipif(shutil.which("soffice") is None and not __import__("os").environ.get("CI"),
                             reason="LibreOffice no instalado")


def _filed_case(desk) -> tuple[object, int]:
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 60, seed=5, today=DEMO_TODAY)
    law = actor_for(desk, "lrestrepo")
    rows = cases.list_cases(desk, admin, cases.CaseQuery(stage="EXECUTION", limit=1))
    return law, rows[0].case_id


def test_missing_fields_are_named_and_versions_kept(desk):
    law, cid = _filed_case(desk)
    with pytest.raises(ValidationFailed, match="abonos recibidos") if not cases.get_case_file(
            desk, law, cid).payments else pytest.raises(ValidationFailed, match="acuerdo de pago"):
        documents.generate_document(desk, law, cid, "memorial_abonos" if not cases.get_case_file(
            desk, law, cid).payments else "acuerdo_pago", pdf=False)
    with pytest.raises(NotFound, match="demanda_ejecutiva"):
        documents.generate_document(desk, law, cid, "no_existe", pdf=False)
    d1 = documents.generate_document(desk, law, cid, "demanda_ejecutiva", pdf=False)
    d2 = documents.generate_document(desk, law, cid, "demanda_ejecutiva", pdf=False)
    assert (d1.version, d2.version) == (1, 2)
    assert [d.version for d in documents.list_documents(desk, law, cid) if d.template == "demanda_ejecutiva"] == [2, 1]
    docx = documents.document_path(desk, law, d2.document_id, pdf=False)
    assert docx.read_bytes()[:2] == b"PK"
    cf = cases.get_case_file(desk, law, cid)
    assert {d["template"] for d in cf.documents} == {"demanda_ejecutiva"}


def test_packet_from_evidence_and_contact_log(desk, tmp_path):
    law, cid = _filed_case(desk)
    choices = packets.default_annexes(desk, law, cid)
    assert any(c.source == "contact_log" for c in choices)
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", today=dt.date(2026, 1, 15))
    reader = PdfReader(str(tmp_path / "p.pdf"))
    assert len(reader.pages) == r.pages
    for i, page in enumerate(reader.pages, 1):
        assert f"Folio {i}" in page.extract_text()
    assert len(reader.outline) == len(r.annexes) + 3  # cover, index and manifest besides the annexes
    assert r.annexes[0]["first_page"] >= 2 and r.annexes[-1]["last_page"] <= r.pages
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    assert manifest["annexes"]
    listed = packets.list_packets(desk, law, cid)
    assert listed[0]["pages"] == r.pages and desk.store.has(listed[0]["sha256"])
    # No demanda or liquidación generated here (the liquidation annex is a scanned one, to its own date): the
    # cover and the manifest do not claim a cut-off the packet does not carry (they said «con corte al» today).
    assert r.regenerated == [] and r.liquidation_cut_off is None and manifest["liquidation_cut_off"] is None
    assert "corte" not in reader.pages[0].extract_text() and "corte" not in reader.pages[-1].extract_text()
    assert listed[0]["liquidation_cut_off"] is None


def test_packet_refuses_encrypted_annex_by_name(desk, tmp_path):
    from pypdf import PdfWriter

    from legal_desk.services.evidence import add_evidence

    law, cid = _filed_case(desk)
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("clave-secreta")
    enc = tmp_path / "extracto_cifrado.pdf"
    with open(enc, "wb") as fh:
        w.write(fh)
    add_evidence(desk, law, cid, enc, "other", description="Extracto bancario cifrado")
    with pytest.raises(ValidationFailed, match="Extracto bancario cifrado"):
        packets.build_filing_packet(desk, law, cid, out=tmp_path / "x.pdf")
    choices = packets.default_annexes(desk, law, cid)
    key = next(c.key for c in choices if "cifrado" in c.title)
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "y.pdf", passwords={key: "clave-secreta"})
    assert any("cifrado" in a["title"] for a in r.annexes)


@soffice
def test_generate_pdf_with_libreoffice_and_cli(sqlite_desk, tmp_path, capsys):
    desk = sqlite_desk
    law, cid = _filed_case(desk)
    d = documents.generate_document(desk, law, cid, "poder_especial", out=tmp_path / "poder.pdf")
    assert d.pdf_sha256 and (tmp_path / "poder.pdf").read_bytes()[:5] == b"%PDF-"
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "poder.pdf")).pages)
    assert "PODER" in text.upper()
    db = desk.config.db_url
    rc = main(["--db", db, "--store", str(desk.config.store_root), "--user", "lrestrepo", "packet", "build", str(cid),
               "--out", str(tmp_path / "cli.pdf"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and set(out) >= {"path", "pages", "sha256", "annexes"}
    assert out["annexes"][0]["title"] == "Poder especial"
    rep = documents.generate_batch(desk, law, "carta_requerimiento", [cid, "NO-EXISTE"])
    assert len(rep.generated) == 1 and rep.generated[0].pdf_sha256
    assert rep.failed[0]["case"] == "NO-EXISTE"
    assert Path(documents.document_path(desk, law, rep.generated[0].document_id)).read_bytes()[:5] == b"%PDF-"


def test_case_ready_to_file_gets_its_lawsuit_and_filing_liquidation_before_reparto(desk):
    from docx import Document

    from legal_desk.paths import resources_dir
    from legal_desk.services.payments import add_payment
    from legal_desk.services.rates import import_rates

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 60, seed=5, today=DEMO_TODAY)
    import_rates(desk, admin, resources_dir() / "rates" / "sample_rates_co.csv")
    law = actor_for(desk, "lrestrepo")
    row = cases.list_cases(desk, admin, cases.CaseQuery(stage="READY_TO_FILE", limit=1))[0]
    cf = cases.get_case_file(desk, law, row.case_id)
    assert not cf.court and not cf.radicado  # the court comes with reparto, after filing
    add_payment(desk, law, row.case_id, min(cf.due_date + dt.timedelta(days=40), DEMO_TODAY), "1000000")

    def text(template: str) -> str:
        d = documents.generate_document(desk, law, row.case_id, template, pdf=False, today=DEMO_TODAY)
        doc = Document(str(documents.document_path(desk, law, d.document_id, pdf=False)))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)

    for template in ("demanda_ejecutiva", "poder_especial", "liquidacion_credito"):
        assert "(REPARTO)" in text(template)
    demanda = text("demanda_ejecutiva")
    lines = demanda.split("\n")
    assert lines[0].endswith(" de 2026") and lines[1] == "Señor(a)"  # place and date of the filing
    assert "cuantía" in lines[7] and lines[7].startswith("Asunto:") and "(por asignar en reparto)" in demanda
    liq = text("liquidacion_credito")
    assert "Abonos e imputación" in liq and "$\u00a01.000.000,00" in liq and "traslado" not in liq


def test_packet_manifest_names_real_files_whose_hashes_are_all_in_the_store(desk, tmp_path):
    import hashlib

    from legal_desk.services.evidence import add_evidence

    law, cid = _filed_case(desk)
    scan = tmp_path / "pagare_escaneado_cara_a.png"
    __import__("PIL.Image", fromlist=["Image"]).new("RGB", (300, 200), "white").save(scan)
    add_evidence(desk, law, cid, scan, "other", description="Pagaré, cara A")
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", today=dt.date(2026, 1, 15))
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    names = [a["filename"] for a in manifest["annexes"]]
    assert "pagare_escaneado_cara_a.png" in names  # the name the lawyer knows, not a working copy's "003.png"
    assert not any(n[:3].isdigit() and n[3] == "." for n in names)
    log = next(a for a in manifest["annexes"] if "Bitácora" in a["title"])
    assert log["filename"].endswith("_bitacora_20260115.pdf")
    # Every SHA-256 the manifest (and the printed index) lists belongs to a file that can be checked:
    for annex in manifest["annexes"]:
        assert desk.store.has(annex["sha256"]), annex["title"]
        assert hashlib.sha256(desk.store.read_bytes(annex["sha256"])).hexdigest() == annex["sha256"]
    assert manifest["sha256"] == r.sha256 == hashlib.sha256((tmp_path / "p.pdf").read_bytes()).hexdigest()


def test_packet_cover_before_reparto_names_the_judge_of_the_cuantia(desk, tmp_path):
    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 60, seed=5, today=DEMO_TODAY)
    law = actor_for(desk, "lrestrepo")
    row = cases.list_cases(desk, admin, cases.CaseQuery(stage="READY_TO_FILE", limit=1))[0]
    cf = cases.get_case_file(desk, law, row.case_id)
    packets.build_filing_packet(desk, law, row.case_id, out=tmp_path / "p.pdf", today=DEMO_TODAY)
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    city = cf.city or cf.debtor.city
    assert manifest["court"] in (f"Juzgado Civil Municipal de {city} (reparto)",
                                 f"Juzgado de Pequeñas Causas y Competencia Múltiple de {city} (reparto)",
                                 f"Juzgado Civil del Circuito de {city} (reparto)")
    cover = " ".join(PdfReader(str(tmp_path / "p.pdf")).pages[0].extract_text().split())  # a long name wraps
    assert manifest["court"] in cover and "Por asignar en reparto" in cover


def test_the_packets_contact_log_is_verified_and_backed_up(desk, tmp_path):
    """The bitácora made for a packet has no row of its own: verify and backup find it through the manifest."""
    from legal_desk.services import integrity
    from legal_desk.services.backup import backup

    law, cid = _filed_case(desk)
    admin = actor_for(desk, "admin")
    before = integrity.verify(desk).files_checked
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", today=dt.date(2026, 1, 15))
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    log = next(a for a in manifest["annexes"] if "Bitácora" in a["title"])
    report = integrity.verify(desk)
    assert report.ok and report.files_checked == before + 2  # the packet and its bitácora
    assert backup(desk, admin, tmp_path / "copia.zip")["files"] == before + 2
    path = desk.store.path_for(log["sha256"])
    path.chmod(0o644)
    path.write_bytes(b"otra cosa")
    problems = integrity.verify(desk).file_problems
    assert [p["file"] for p in problems] == [f"{log['filename']}, anexo del paquete {r.packet_id} (expediente {cid})"]


def test_the_desk_generates_from_its_own_edited_templates(desk, tmp_path, monkeypatch):
    """An admin gives the desk its own copies; a lawyer's edit in Word shows in the next document."""
    import io

    from docx import Document

    from legal_desk.documents import templates as tpl
    from legal_desk.services.errors import PermissionDenied

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    law, cid = _filed_case(desk)
    admin = actor_for(desk, "admin")
    assert documents.templates_root_for(desk) == tpl.templates_root()
    with pytest.raises(PermissionDenied):
        documents.customize_templates(desk, law, tmp_path / "plantillas")
    target = documents.customize_templates(desk, admin, tmp_path / "plantillas")
    assert (target / "catalog.json").is_file() and (target / "carta_requerimiento.docx").is_file()
    assert documents.templates_root_for(desk) == tmp_path / "plantillas"
    # the firm adds its own closing line to the demand letter, in Word
    letter = Document(str(target / "carta_requerimiento.docx"))
    letter.add_paragraph("Texto propio del despacho: atención de lunes a viernes.")
    letter.save(str(target / "carta_requerimiento.docx"))
    info, docx = documents.render(desk, law, cid, "carta_requerimiento")
    assert info.path == target / "carta_requerimiento.docx"
    text = "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert "Texto propio del despacho" in text
    # customising again keeps the firm's edits; going back uses the program's templates
    documents.customize_templates(desk, admin, tmp_path / "plantillas")
    assert "Texto propio" in "\n".join(p.text for p in Document(str(target / "carta_requerimiento.docx")).paragraphs)
    # The folder is the team's setting: a desk that cannot reach it (a path on another computer, a
    # shared drive not connected) is told so; it does not generate from the program's templates instead.
    target.rename(tmp_path / "movida")
    for attempt in (
        lambda: documents.render(desk, law, cid, "carta_requerimiento"),
        lambda: documents.desk_templates(desk),
    ):
        with pytest.raises(ValidationFailed, match=r"plantillas del despacho están en .*plantillas.*no encuentra"):
            attempt()
    documents.use_program_templates(desk, admin)
    assert documents.templates_root_for(desk) == tpl.templates_root()


def test_a_batch_by_stage_takes_every_case_of_a_large_stage(desk, tmp_path):
    """A batch by stage used to stop silently at the first 10,000 cases."""
    from legal_desk.services.intake import import_referrals

    f = tmp_path / "entregas.csv"
    rows = [f"BIG-{i:05d};Deudor {i};CC;{60000000 + i};1000;2024-01-01" for i in range(10_005)]
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"
        + "\n".join(rows)
        + "\n",
        "utf-8",
    )
    assert import_referrals(desk, actor_for(desk, "cobranza"), f).accepted == 10_005
    ids = documents.cases_in_stage(desk, actor_for(desk, "abogada"), "INTAKE")
    assert len(ids) == 10_005 and ids == sorted(ids)


def test_embargo_request_is_worded_for_a_debtor_served_or_not(desk, tmp_path):
    from docx import Document

    from legal_desk.documents.templates import get_template, render_docx
    from legal_desk.services.notices import add_notice, register_notice_receipt

    admin = actor_for(desk, "admin")
    load_demo(desk, admin, 60, seed=5, today=DEMO_TODAY)
    law = actor_for(desk, "lrestrepo")

    def medidas(data) -> str:
        from legal_desk.documents.samples import sample_for

        data = __import__("dataclasses").replace(data, embargoes=sample_for("medidas_cautelares").embargoes)
        doc = Document(__import__("io").BytesIO(render_docx(get_template("medidas_cautelares"), data)))
        return "\n".join(p.text for p in doc.paragraphs)

    # Payment order issued, debtor not served yet: the measures are «previas».
    cid = cases.list_cases(desk, admin, cases.CaseQuery(stage="PAYMENT_ORDER_ISSUED", limit=1))[0].case_id
    data = documents.case_document_data(desk, law, cid, today=DEMO_TODAY)
    assert (data.served, data.served_on) == (False, None)
    assert "previo a la notificación del mandamiento de pago" in medidas(data)
    # An art. 292 notice delivered on Tuesday 2026-03-10 serves the debtor at the end of the next day.
    notice = add_notice(desk, law, cid, channel="mail", sent=dt.date(2026, 3, 6), kind="notice_292",
                        carrier="4-72", tracking="RN123456789CO")
    proof = tmp_path / "certificado_472.pdf"
    proof.write_bytes(b"%PDF-1.4 certificado de entrega")
    register_notice_receipt(desk, law, notice.notice_id, delivered=dt.date(2026, 3, 10), proof=proof)
    data = documents.case_document_data(desk, law, cid, today=DEMO_TODAY)
    assert (data.served, data.served_on) == (True, dt.date(2026, 3, 11))
    text = medidas(data)
    assert "La parte demandada fue notificada del mandamiento de pago el 11 de marzo de 2026." in text
    assert "previo a la notificación" not in text and "no se han remitido" not in text
    # Judged on the day a document is dated: before the aviso took effect the debtor was not served.
    assert not documents.case_document_data(desk, law, cid, today=dt.date(2026, 3, 10)).served
    # A case in execution was served whether or not the day was recorded.
    cid = cases.list_cases(desk, admin, cases.CaseQuery(stage="EXECUTION", limit=1))[0].case_id
    assert documents.case_document_data(desk, law, cid, today=DEMO_TODAY).served


def _liquidation_text(desk, actor, document_id) -> str:
    from docx import Document

    doc = Document(str(documents.document_path(desk, actor, document_id, pdf=False)))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _worked_liquidation_case(desk, tmp_path) -> None:
    """OB-1 of the legal services' tests with its creditor and lawyer, and the March–April 2024 rates."""
    from sqlalchemy import select, update

    from legal_desk.db.models import Case, Client, User
    from legal_desk.services import rates
    from tests.integration.test_services_legal import assign, handover, rates_file

    rates.import_rates(desk, actor_for(desk, "admin"), rates_file(tmp_path))
    handover(desk)
    assign(desk, "OB-1")
    with desk.uow() as uow:
        s = uow.session
        client = Client(name="Banco Andino S.A.", id_number="900123456-8")
        s.add(client)
        s.flush()
        s.execute(update(Case).where(Case.account_ref == "OB-1").values(client_id=client.id))
        lawyer = s.execute(select(User).where(User.username == "abogada")).scalar_one()
        lawyer.id_number, lawyer.professional_card = "52987654", "187654"
        uow.commit()


def test_the_liquidation_document_runs_to_the_cut_off_the_user_chooses(desk, tmp_path):
    """12.500.000 due Thu 29/02/2024; moratory rate 30 % E.A. in March, 32 % in April (365-day basis,
    d = 1.30^(1/365) − 1 = 0,000719064607…, 1.32^(1/365) − 1 = 0,000760924250…).

    - to Mon 15/04/2024, the day the filing will be presented (the document dated Fri 05/04/2024):
      31 days × 30 % = 278.637,54 + 15 days × 32 % = 142.673,30 → interest 421.310,84, total 12.921.310,84;
    - to Wed 20/03/2024, a past cut-off a court ordered: 20 days × 30 % = 179.766,15 → 12.679.766,15;
    - to Wed 28/02/2024, before the due date: refused, naming both dates.

    The document used to liquidate to the computer's date only.
    """
    _worked_liquidation_case(desk, tmp_path)
    law = actor_for(desk, "abogada")
    today = dt.date(2024, 4, 5)
    filing = documents.generate_document(
        desk, law, "OB-1", "liquidacion_credito", pdf=False, today=today, liquidate_to=dt.date(2024, 4, 15)
    )
    text = _liquidation_text(desk, law, filing.document_id)
    assert "con corte al 15 de abril de 2024" in text
    for figure in ("278.637,54", "142.673,30", "421.310,84", "12.921.310,84"):
        assert f"$\u00a0{figure}" in text, figure
    court = documents.generate_document(
        desk, law, "OB-1", "liquidacion_credito", pdf=False, today=today, liquidate_to=dt.date(2024, 3, 20)
    )
    text = _liquidation_text(desk, law, court.document_id)
    assert "con corte al 20 de marzo de 2024" in text
    assert "$\u00a0179.766,15" in text and "$\u00a012.679.766,15" in text and "142.673,30" not in text
    with pytest.raises(ValidationFailed, match=r"corte de la liquidación \(28/02/2024\) es anterior al vencimiento "
                                               r"de la obligación OB-1 \(29/02/2024\)"):
        documents.generate_document(
            desk, law, "OB-1", "liquidacion_credito", pdf=False, today=today, liquidate_to=dt.date(2024, 2, 28)
        )
    # a cut-off the rate table does not reach says so, instead of «falta: liquidación del crédito»
    with pytest.raises(ValidationFailed, match=r"No se puede liquidar al 15/05/2024: .*tasas"):
        documents.generate_document(
            desk, law, "OB-1", "liquidacion_credito", pdf=False, today=today, liquidate_to=dt.date(2024, 5, 15)
        )


def test_cli_document_generate_takes_the_liquidation_cut_off(sqlite_desk, tmp_path, capsys):
    """`document generate … --as-of` (or `--until`) writes the liquidation to that date; before the due date exit 1."""
    _worked_liquidation_case(sqlite_desk, tmp_path)
    base = ["--db", sqlite_desk.config.db_url, "--store", str(sqlite_desk.config.store_root), "--user", "abogada"]
    out = tmp_path / "liq.docx"
    rc = main([*base, "--json", "document", "generate", "OB-1", "liquidacion_credito", "--out", str(out),
               "--until", "2024-03-20"])
    assert rc == 0, capsys.readouterr()
    doc = json.loads(capsys.readouterr().out)
    law = actor_for(sqlite_desk, "abogada")
    text = _liquidation_text(sqlite_desk, law, doc["document_id"])
    assert "con corte al 20 de marzo de 2024" in text and "$\u00a012.679.766,15" in text
    rc = main([*base, "document", "generate", "OB-1", "liquidacion_credito", "--out", str(out),
               "--as-of", "2024-02-28"])
    err = capsys.readouterr().err
    assert rc == 1 and "(28/02/2024) es anterior al vencimiento de la obligación OB-1 (29/02/2024)" in err


@soffice
def test_the_packet_liquidates_its_demanda_and_liquidacion_to_its_cut_off(desk, tmp_path):
    """A packet to be filed on Mon 15/04/2024 (built on Fri 05/04/2024) carries the liquidación to that day,
    generated again even though the case holds one to 20/03/2024; the cover and the manifest say the cut-off.
    Before the due date it is refused with the documents' own words, and nothing is saved."""
    _worked_liquidation_case(desk, tmp_path)
    law = actor_for(desk, "abogada")
    today = dt.date(2024, 4, 5)
    old = documents.generate_document(
        desk, law, "OB-1", "liquidacion_credito", pdf=True, today=today, liquidate_to=dt.date(2024, 3, 20)
    )
    assert old.pdf_sha256
    choices = packets.default_annexes(desk, law, "OB-1")
    assert [c.key for c in choices if c.include] == [f"doc:{old.document_id}"]

    with pytest.raises(ValidationFailed, match=r"corte de la liquidación \(28/02/2024\) es anterior al vencimiento "
                                               r"de la obligación OB-1 \(29/02/2024\)"):
        packets.build_filing_packet(desk, law, "OB-1", today=today, liquidate_to=dt.date(2024, 2, 28))
    assert packets.list_packets(desk, law, "OB-1") == []
    assert len(documents.list_documents(desk, law, "OB-1")) == 1

    r = packets.build_filing_packet(desk, law, "OB-1", out=tmp_path / "p.pdf", today=today,
                                    liquidate_to=dt.date(2024, 4, 15))
    assert r.liquidation_cut_off == dt.date(2024, 4, 15)
    assert r.regenerated == ["Liquidación del crédito (versión 2)"]
    newest = documents.list_documents(desk, law, "OB-1")[0]
    assert newest.version == 2 and r.annexes[0]["sha256"] == newest.pdf_sha256 != old.pdf_sha256
    text = _liquidation_text(desk, law, newest.document_id)
    assert "con corte al 15 de abril de 2024" in text and "$\u00a012.921.310,84" in text
    reader = PdfReader(str(tmp_path / "p.pdf"))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert "Liquidación con corte al 15 de abril de 2024" in pages[0] and "Fecha 5 de abril de 2024" in pages[0]
    annex = " ".join(pages[r.annexes[0]["first_page"] - 1: r.annexes[0]["last_page"]])
    assert "15 de abril de 2024" in annex and "12.921.310,84" in annex and "12.679.766,15" not in annex
    assert "liquidación con corte al 15 de abril de 2024" in pages[-1]
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    assert manifest["liquidation_cut_off"] == "2024-04-15" and manifest["date"] == "2024-04-05"
    assert packets.list_packets(desk, law, "OB-1")[0]["liquidation_cut_off"] == "2024-04-15"


@soffice
def test_cli_packet_build_and_liquidation_take_the_cut_off(sqlite_desk, tmp_path, capsys):
    """`packet build --until` (or `--as-of`) and `liquidation --until`, like `document generate`."""
    _worked_liquidation_case(sqlite_desk, tmp_path)
    base = ["--db", sqlite_desk.config.db_url, "--store", str(sqlite_desk.config.store_root), "--user", "abogada"]
    law = actor_for(sqlite_desk, "abogada")
    documents.generate_document(sqlite_desk, law, "OB-1", "liquidacion_credito", pdf=True,
                                liquidate_to=dt.date(2024, 4, 15))
    rc = main([*base, "--json", "liquidation", "OB-1", "--until", "2024-03-20"])
    assert rc == 0
    liq = json.loads(capsys.readouterr().out)
    assert liq["as_of"] == "2024-03-20" and liq["total"] in ("12679766.15", 12679766.15)
    rc = main([*base, "--json", "packet", "build", "OB-1", "--out", str(tmp_path / "p.pdf"), "--until", "2024-03-20"])
    assert rc == 0, capsys.readouterr()
    out = json.loads(capsys.readouterr().out)
    assert out["liquidation_cut_off"] == "2024-03-20" and out["regenerated"] == ["Liquidación del crédito (versión 2)"]
    text = " ".join(PdfReader(str(tmp_path / "p.pdf")).pages[0].extract_text().split())
    assert "Liquidación con corte al 20 de marzo de 2024" in text
    rc = main([*base, "packet", "build", "OB-1", "--out", str(tmp_path / "q.pdf"), "--as-of", "2024-02-28"])
    err = capsys.readouterr().err
    assert rc == 1 and "(28/02/2024) es anterior al vencimiento de la obligación OB-1 (29/02/2024)" in err
    assert not (tmp_path / "q.pdf").exists()


def _store_files(desk) -> set[str]:
    root = desk.config.store_root
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")}


def _saved(desk, actor, ref) -> tuple[list, list, list]:
    """What the case lists: document versions, packets, and the audit trail's document and packet events."""
    from sqlalchemy import select

    from legal_desk.db.models import AuditEvent

    with desk.reading() as s:
        events = s.execute(
            select(AuditEvent.action).where(AuditEvent.action.in_(["document.generate", "packet.build"]))
        ).scalars().all()
    docs = [(d.template, d.version, d.pdf_sha256) for d in documents.list_documents(desk, actor, ref)]
    return docs, packets.list_packets(desk, actor, ref), sorted(events)


@soffice
def test_a_packet_that_fails_leaves_the_case_as_it_was(desk, tmp_path, monkeypatch):
    """A packet to a cut-off generates the liquidación again; when the build then fails — an unusable annex,
    or the database refusing the packet at the end — the case lists no new version and no packet, the
    audit trail says nothing happened, and every file the database names is intact. It used to keep the
    new version (and its audit event) of every build that failed."""
    from legal_desk.services import audit as audit_service
    from legal_desk.services import integrity
    from legal_desk.services.evidence import add_evidence

    _worked_liquidation_case(desk, tmp_path)
    law = actor_for(desk, "abogada")
    today = dt.date(2024, 4, 5)
    documents.generate_document(desk, law, "OB-1", "liquidacion_credito", pdf=True, today=today,
                                liquidate_to=dt.date(2024, 3, 20))
    broken = tmp_path / "extracto.pdf"
    broken.write_bytes(b"%PDF-1.4\nesto no es un PDF completo")
    bad = add_evidence(desk, law, "OB-1", broken, "other", description="Extracto bancario dañado")
    before, files = _saved(desk, law, "OB-1"), _store_files(desk)
    assert len(before[0]) == 1 and before[1] == []

    with pytest.raises(ValidationFailed, match="Extracto bancario dañado"):
        packets.build_filing_packet(desk, law, "OB-1", today=today, liquidate_to=dt.date(2024, 4, 15))
    assert _saved(desk, law, "OB-1") == before
    assert _store_files(desk) == files  # the regenerated liquidación was not even stored

    # The database refuses at the very end (here: the packet's audit event): nothing of it is kept either.
    record = audit_service.record

    def failing(s, user, action, *args, **kwargs):
        if action == "packet.build":
            raise RuntimeError("la base de datos se cayó")
        return record(s, user, action, *args, **kwargs)

    monkeypatch.setattr(audit_service, "record", failing)
    choices = [c for c in packets.default_annexes(desk, law, "OB-1") if c.key != f"ev:{bad.evidence_id}"]
    with pytest.raises(RuntimeError, match="se cayó"):
        packets.build_filing_packet(desk, law, "OB-1", annexes=choices, today=today,
                                    liquidate_to=dt.date(2024, 4, 15))
    monkeypatch.setattr(audit_service, "record", record)
    assert _saved(desk, law, "OB-1") == before
    report = integrity.verify(desk)
    assert report.ok and report.files_checked == len(files)  # files stored but listed nowhere are not checked

    r = packets.build_filing_packet(desk, law, "OB-1", annexes=choices, today=today,
                                    liquidate_to=dt.date(2024, 4, 15))
    assert r.regenerated == ["Liquidación del crédito (versión 2)"]  # not 3 or 4: the failed builds left no version
    docs, listed, events = _saved(desk, law, "OB-1")
    assert [d[1] for d in docs] == [2, 1] and len(listed) == 1
    assert events == ["document.generate", "document.generate", "packet.build"]
    assert integrity.verify(desk).ok


@soffice
def test_a_cancelled_packet_leaves_the_case_as_it_was(desk, tmp_path):
    """Cancel while the packet is being put together (after the demanda and the liquidación were generated
    again): no new version, no packet, no file stored."""
    from legal_desk.services.errors import Cancelled

    _worked_liquidation_case(desk, tmp_path)
    law = actor_for(desk, "abogada")
    today = dt.date(2024, 4, 5)
    documents.generate_document(desk, law, "OB-1", "liquidacion_credito", pdf=True, today=today)
    before, files = _saved(desk, law, "OB-1"), _store_files(desk)
    seen: list[str] = []

    def progress(*args) -> None:
        seen.append(next((str(a) for a in args if isinstance(a, (str, Text))), "step"))  # a label may be a Text

    def cancelled() -> bool:  # the user clicks Cancel once the packet's own steps have begun
        return any(s == "step" for s in seen)

    with pytest.raises(Cancelled):
        packets.build_filing_packet(desk, law, "OB-1", today=today, liquidate_to=dt.date(2024, 4, 15),
                                    progress=progress, cancelled=cancelled)
    assert any(s.startswith("Generando «Liquidación del crédito»") for s in seen)  # it was regenerated first
    assert _saved(desk, law, "OB-1") == before
    assert _store_files(desk) == files


@soffice
def test_documents_saved_only_as_word_are_offered_and_converted_for_the_packet(desk, tmp_path):
    """A demanda and a poder generated without PDF (Word only) are offered, ticked, for the packet: the
    demanda is generated again to the cut-off with its PDF, the poder converted to PDF and kept with it.
    They used to be left out silently: a «demanda con anexos» without the demanda."""
    from legal_desk.services import integrity

    law, cid = _filed_case(desk)
    ref = cases.get_case_file(desk, law, cid).account_ref
    today = DEMO_TODAY
    demanda = documents.generate_document(desk, law, cid, "demanda_ejecutiva", pdf=False, today=today)
    poder = documents.generate_document(desk, law, cid, "poder_especial", pdf=False, today=today)
    assert demanda.pdf_sha256 is None and poder.pdf_sha256 is None
    choices = {c.key: c for c in packets.default_annexes(desk, law, cid)}
    for d in (demanda, poder):
        c = choices[f"doc:{d.document_id}"]
        assert c.include and c.docx_only, c
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", today=today)
    assert [a["title"] for a in r.annexes[:2]] == ["Demanda ejecutiva singular", "Poder especial"]
    assert r.regenerated == ["Demanda ejecutiva singular (versión 2)"]
    listed = {(d.template, d.version): d for d in documents.list_documents(desk, law, cid)}
    assert listed[("poder_especial", 1)].pdf_sha256 == r.annexes[1]["sha256"]  # the Word poder keeps its PDF
    assert listed[("demanda_ejecutiva", 2)].pdf_sha256 == r.annexes[0]["sha256"]
    reader = PdfReader(str(tmp_path / "p.pdf"))
    poder_text = " ".join(p.extract_text() for p in reader.pages[r.annexes[1]["first_page"] - 1:
                                                                 r.annexes[1]["last_page"]])
    assert "PODER" in poder_text.upper() and "Folio" in poder_text
    manifest = json.loads((tmp_path / "p.manifest.json").read_text())
    assert [a["filename"] for a in manifest["annexes"][:2]] == [f"{ref}_demanda_ejecutiva_v2.pdf",
                                                               f"{ref}_poder_especial_v1.pdf"]
    assert integrity.verify(desk).ok


def test_a_word_document_without_libreoffice_is_refused_by_name_saying_what_to_do(desk, tmp_path, monkeypatch):
    """Without LibreOffice a Word-only document is offered unticked; ticked anyway, the build says which
    document, why and what to do, and saves nothing."""
    from legal_desk.documents import pdf as pdf_module

    law, cid = _filed_case(desk)
    poder = documents.generate_document(desk, law, cid, "poder_especial", pdf=False, today=DEMO_TODAY)
    monkeypatch.setenv("PATH", str(tmp_path / "sin_programas"))
    monkeypatch.delenv("LEGAL_DESK_SOFFICE", raising=False)
    assert not pdf_module.converter_available()
    choices = packets.default_annexes(desk, law, cid)
    (choice,) = [c for c in choices if c.key == f"doc:{poder.document_id}"]
    assert choice.docx_only and not choice.include
    with pytest.raises(ValidationFailed) as info:
        packets.build_filing_packet(desk, law, cid, annexes=[replace(choice, include=True)], today=DEMO_TODAY)
    assert str(info.value) == (
        "«Poder especial» está guardado solo en Word (DOCX) y no se pudo convertir a PDF para el paquete: no se "
        "encontró LibreOffice en este equipo. Instale LibreOffice (o revise el documento) y arme de nuevo, o "
        "déjelo fuera del paquete"
    )
    assert packets.list_packets(desk, law, cid) == []
    assert [(d.document_id, d.pdf_sha256) for d in documents.list_documents(desk, law, cid)] == [
        (poder.document_id, None)
    ]


def test_evidence_without_description_is_told_apart_and_files_a_packet_cannot_take_are_said(sqlite_desk, tmp_path):
    """Ten pieces of evidence added without a description all read «Otro documento» in the annex list, the
    packet's index and the refusal of an encrypted one, which then did not say which file it was; an e-mail or
    a Word file ticked in was refused only after the demanda was generated again, with «use PDF o imagen»."""
    import unicodedata
    from email.message import EmailMessage

    from PIL import Image
    from pypdf import PdfWriter

    from legal_desk.services.evidence import add_evidence

    desk = sqlite_desk
    law, cid = _filed_case(desk)
    plain = PdfWriter()
    plain.add_blank_page(200, 200)
    plain.write(tmp_path / "acta_entrega.pdf")
    locked = PdfWriter()
    locked.add_blank_page(200, 200)
    locked.encrypt("clave")
    locked.write(tmp_path / "extracto.pdf")
    nfd = unicodedata.normalize("NFD", "notificación.pdf")  # as a Mac names it
    other = PdfWriter()
    other.add_blank_page(300, 300)
    other.write(tmp_path / nfd)
    Image.new("RGB", (60, 40), "green").save(tmp_path / "animacion.gif")
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "abogada@firma.co", "deudor@correo.co", "Notificación"
    mail.set_content("Se le notifica.")
    (tmp_path / "aviso.eml").write_bytes(bytes(mail))
    for name in ["acta_entrega.pdf", "extracto.pdf", nfd, "animacion.gif", "aviso.eml"]:
        add_evidence(desk, law, cid, tmp_path / name, "other", description=None)
    choices = {c.title: c for c in packets.default_annexes(desk, law, cid) if c.source == "evidence"}
    for name in ["acta_entrega.pdf", "extracto.pdf", "notificación.pdf", "animacion.gif", "aviso.eml"]:
        assert f"Otro documento ({name})" in choices, sorted(choices)
    assert choices["Otro documento (animacion.gif)"].include  # an image the packet turns into a page
    mail_choice = choices["Otro documento (aviso.eml)"]
    assert not mail_choice.include and mail_choice.unsupported and "imprímalo a PDF" in mail_choice.unsupported

    with pytest.raises(ValidationFailed, match=r"«Otro documento \(extracto\.pdf\)»: cifrado"):
        packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf")
    ticked = [replace(c, include=True) for c in packets.default_annexes(desk, law, cid)]
    made = len(documents.list_documents(desk, law, cid))
    refusal = r"«Otro documento \(aviso\.eml\)»: es un archivo EML .* imprímalo a PDF"
    with pytest.raises(ValidationFailed, match=refusal):
        packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", annexes=ticked)
    assert len(documents.list_documents(desk, law, cid)) == made  # refused before generating anything
    key = choices["Otro documento (extracto.pdf)"].key
    r = packets.build_filing_packet(desk, law, cid, out=tmp_path / "p.pdf", passwords={key: "clave"})
    titles = [a["title"] for a in r.annexes]
    assert "Otro documento (notificación.pdf)" in titles and "Otro documento (animacion.gif)" in titles
    index = " ".join(PdfReader(tmp_path / "p.pdf").pages[1].extract_text().split())
    assert "Otro documento (acta_entrega.pdf)" in index and "Otro documento (extracto.pdf)" in index


def test_readiness_asks_for_a_liquidation_cut_in_the_current_rate_period(desk, tmp_path):
    """«Liquidación del crédito a la fecha de radicación» was ticked by any generated liquidation, whatever its
    cut-off. The moratory rate changes monthly: a cut-off in today's month (or later) counts, an older one
    does not, and the gap names the last cut-off."""
    from sqlalchemy import select as select_

    from legal_desk.db.models import GeneratedDocument

    _worked_liquidation_case(desk, tmp_path)
    law = actor_for(desk, "abogada")
    documents.generate_document(
        desk, law, "OB-1", "liquidacion_credito", pdf=False, today=dt.date(2024, 4, 5),
        liquidate_to=dt.date(2024, 3, 20),
    )
    with desk.reading() as s:
        assert s.execute(select_(GeneratedDocument.cut_off)).scalars().all() == [dt.date(2024, 3, 20)]

    def item(today):
        cf = cases.get_case_file(desk, law, "OB-1", today=today)
        (line,) = [c for c in cf.readiness if c.code == "liquidation"]
        return line.ok, line.detail

    assert item(dt.date(2024, 3, 31)) == (True, "")  # same rate period
    assert item(dt.date(2024, 4, 5)) == (False, "falta liquidación con corte reciente (la última es al 20/03/2024)")
    documents.generate_document(
        desk, law, "OB-1", "liquidacion_credito", pdf=False, today=dt.date(2024, 4, 5),
        liquidate_to=dt.date(2024, 4, 15),
    )
    assert item(dt.date(2024, 4, 5)) == (True, "")  # cut to the filing day, later this month
    assert item(dt.date(2024, 5, 2)) == (False, "falta liquidación con corte reciente (la última es al 15/04/2024)")
