"""The creditor's legal representative outside Colombia is asked for, and missed, by that country's document."""

from __future__ import annotations

from typing import Any

import pytest

from legal_desk.ui.dialogs.case_edit import CreditorDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_tabs.lists import representative_id_name


@pytest.mark.parametrize(
    ("jurisdiction", "label", "missing", "label_en"),
    [
        ("CO", "Cédula del re&presentante:", "cédula del representante", "&Representative's ID:"),
        ("AR", "DNI del re&presentante:", "DNI del representante", "&Representative's DNI:"),
        ("MX", "CURP o RFC del re&presentante:", "CURP o RFC del representante", "&Representative's CURP or RFC:"),
        ("ES", "DNI o NIE del re&presentante:", "DNI o NIE del representante", "&Representative's DNI or NIE:"),
    ],
)
def test_the_creditor_dialog_asks_for_the_representatives_document_of_the_case_country(
    qtbot: Any, spanish: None, jurisdiction: str, label: str, missing: str, label_en: str
) -> None:
    """«Cédula del representante» (a Colombian card) was asked for an Argentine, Mexican or Spanish bank."""
    dialog = CreditorDialog(None, {"name": "Banco", "id_number": ""}, jurisdiction)
    qtbot.addWidget(dialog)
    assert dialog.representativeIdEditLabel.text() == label
    assert representative_id_name(jurisdiction) == missing
    install_language("en")
    dialog = CreditorDialog(None, {"name": "Banco", "id_number": ""}, jurisdiction)
    qtbot.addWidget(dialog)
    assert dialog.representativeIdEditLabel.text() == label_en
