"""«Generar documento» says which liquidation the case's stage allows (CGP art. 446 num. 1)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from legal_desk.db.models import Case
from legal_desk.services import documents
from legal_desk.services.demo import load_demo
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.generate_document import GenerateDocumentDialog, template_rows
from tests.conftest import DEMO_TODAY
from tests.ui.test_documents_ui import SHOTS, lawyer_ctx


def test_the_dialog_says_a_liquidation_before_the_order_to_proceed_is_informative(qtbot, sqlite_desk):
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    ctx = lawyer_ctx(sqlite_desk)
    law = actor_for(sqlite_desk, "lrestrepo")
    served = documents.cases_in_stage(sqlite_desk, law, "DEBTOR_SERVED")[0]
    rows = {r.info.name: r for r in template_rows(ctx, served)}
    assert rows["liquidacion_credito"].note.startswith(
        "El auto que ordena seguir adelante la ejecución no está en el expediente: la liquidación se genera como "
        "informativa, sin pedir el traslado del artículo 446 del CGP")
    assert rows["memorial_abonos"].note == "" and rows["medidas_cautelares"].note == ""
    # the demand, the power of attorney and the pre-legal letters of a filed case are said to be past
    for name in ("demanda_ejecutiva", "poder_especial", "carta_requerimiento", "aviso_final"):
        assert rows[name].note.startswith("El expediente ya está radicado: este documento es de antes de la demanda")
    dialog = GenerateDocumentDialog(list(rows.values()))
    qtbot.addWidget(dialog)
    dialog.select_template("liquidacion_credito")
    assert "se genera como informativa" in dialog.ui.detailLabel.text()
    dialog.resize(900, 440)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(Path(SHOTS) / "generate_document_liquidation_stage.png"))
    dialog.select_template("demanda_ejecutiva")
    assert "informativa" not in dialog.ui.detailLabel.text() and "ya está radicado" in dialog.ui.detailLabel.text()

    execution = documents.cases_in_stage(sqlite_desk, law, "EXECUTION")[0]
    note = {r.info.name: r for r in template_rows(ctx, execution)}["liquidacion_credito"].note
    assert note == "Liquidación del artículo 446 del CGP: pide correr traslado a la parte demandada por tres días."
    with sqlite_desk.uow() as uow:  # not filed yet: the liquidation that goes with the demanda
        c = uow.session.execute(select(Case).where(Case.id == execution)).scalar_one()
        c.radicado = None
        uow.commit()
    rows = {r.info.name: r for r in template_rows(ctx, execution)}
    assert rows["liquidacion_credito"].note.startswith(
        "El caso aún no tiene radicado: la liquidación se genera como anexo de la demanda"
    )
    assert rows["demanda_ejecutiva"].note == ""  # not filed: the demand is what comes next
