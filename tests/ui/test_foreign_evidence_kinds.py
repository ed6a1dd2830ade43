"""The creditor's papers of a case outside Colombia are named as that country names them, in the evidence
kind dialog and the evidence list, in Spanish and in English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.records import EvidenceKindDialog, EvidenceKindValues
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import evidence as evidence_tab
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import SHOTS, ctx_for, drop_files, make_pdf

ACTA = "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio"
ACTA_EN = "Creditor's articles of incorporation (acta constitutiva) registered in the Public Registry of Commerce"


def _kinds(dialog: EvidenceKindDialog) -> dict[str, str]:
    combo = dialog.kindCombo
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_kind_dialog_offers_each_countrys_creditor_papers(qtbot: Any, spanish: None) -> None:
    """«Certificado de existencia y representación del acreedor» (Colombian) was the only choice for a
    Mexican, Argentine or Spanish creditor; a Colombian case keeps it."""
    expected = {
        "CO": "Certificado de existencia y representación del acreedor",
        "AR": "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades",
        "MX": ACTA,
        "ES": "Escritura de constitución del acreedor y nota simple del Registro Mercantil",
    }
    for jurisdiction, label in expected.items():
        dialog = EvidenceKindDialog(None, ["acta.pdf"], jurisdiction)
        qtbot.addWidget(dialog)
        assert _kinds(dialog)["creditor_certificate"] == label
    assert _kinds(EvidenceKindDialog(None, ["a.pdf"]))["creditor_certificate"] == expected["CO"]
    install_language("en")
    dialog = EvidenceKindDialog(None, ["acta.pdf"], "MX")
    qtbot.addWidget(dialog)
    kinds = _kinds(dialog)
    assert kinds["creditor_certificate"] == ACTA_EN
    assert kinds["power_of_attorney"] == "Notarial power of attorney for lawsuits and collections"
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("creditor_certificate"))
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "evidence_kind_mx_en.png"))


def test_a_mexican_case_lists_its_creditors_acta_constitutiva(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    row = cases.hand_over_case(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        HandoverInput(
            account_ref="MX-77",
            debtor=PartyInput("Comercializadora del Bajío S.A. de C.V.", "RFC", "CBA050301AB1"),
            debt=DebtInput(Decimal("250000"), dt.date(2025, 3, 1)),
            jurisdiction="MX",
            client_name="Banco Mercantil del Norte S.A.",
            client_id_number="BMN930209927",
        ),
    )
    asked: list[str | None] = []

    def pick(_parent: Any, _names: list[str], jurisdiction: str | None = None) -> EvidenceKindValues:
        asked.append(jurisdiction)
        return EvidenceKindValues("creditor_certificate", dt.date(2024, 1, 15), None)

    monkeypatch.setattr(evidence_tab, "pick_evidence_kind", pick)
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), row.case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.tabs.setCurrentWidget(view.evidence_tab)
    tab = view.evidence_tab
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [make_pdf(tmp_path / "acta.pdf", "ACTA CONSTITUTIVA")])
    assert asked == ["MX"]  # the dialog was asked for Mexico's words
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.model.index(0, 0).data() == ACTA
    # the case's history words the addition the same way, in Spanish (stored) and in English (rendered)
    wait_loaded(qtbot, view)
    history = [view.timeline_tab.model.index(r, 3).data() for r in range(view.timeline_tab.model.rowCount())]
    assert f"{ACTA}: acta.pdf" in history
    install_language("en")
    view.timeline_tab.show_case(view.case)
    history = [view.timeline_tab.model.index(r, 3).data() for r in range(view.timeline_tab.model.rowCount())]
    assert f"{ACTA_EN}: acta.pdf" in history


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("jurisdiction", ["CO", "AR", "MX", "ES"])
def test_the_kind_dialog_keeps_its_width_with_long_foreign_names(qtbot: Any, lang: str, jurisdiction: str) -> None:
    """The box was as wide as its longest name: the dialog grew to 700 px (AR) and 753 px (MX in English). It
    keeps its size now; the open list shows every name whole, the chosen one is in the tooltip."""
    install_language(lang)
    dlg = EvidenceKindDialog(None, ["contrato_firmado.pdf", "pagare.pdf"], jurisdiction)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(SHOTS / f"evidence_kind_{jurisdiction}_{lang}.png"))
    assert dlg.width() <= 520
    combo = dlg.kindCombo
    fm = combo.view().fontMetrics()
    widest = max(fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.view().minimumWidth() > widest  # the list, opened, names each kind whole
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.toolTip() == combo.currentText()
    assert all(combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == combo.itemText(i) for i in range(combo.count()))
