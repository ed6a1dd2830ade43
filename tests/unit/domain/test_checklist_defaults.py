"""Each country's default filing checklist: the same requirements, in that country's documents."""

from __future__ import annotations

import pytest

from legal_desk.domain.readiness import DEFAULT_CHECKLIST


@pytest.mark.parametrize(
    ("jurisdiction", "certificate", "power", "demand"),
    [
        ("AR", "Estatuto", "Poder general o especial para juicios", "carta documento"),
        ("MX", "Acta constitutiva", "Poder notarial para pleitos y cobranzas", "Requerimiento extrajudicial"),
        ("ES", "Escritura de constitución", "Poder para pleitos", "burofax"),
    ],
)
def test_foreign_checklists_name_their_own_documents(
    jurisdiction: str, certificate: str, power: str, demand: str
) -> None:
    """Argentina, Mexico and Spain were copies of Colombia's list: «Certificado de existencia y
    representación» (a Colombian chamber of commerce certificate), «Poder especial», «Carta de
    requerimiento». Each now asks for its own: estatuto / acta constitutiva / escritura, the poder for
    litigation as that country grants it, the carta documento (AR) or burofax (ES)."""
    colombia = dict(DEFAULT_CHECKLIST["CO"])
    labels = dict(DEFAULT_CHECKLIST[jurisdiction])
    assert list(labels) == list(colombia)  # the same requirements, checked by the same rules
    assert labels["creditor_certificate"].startswith(certificate)
    assert labels["power_of_attorney"].startswith(power)
    assert demand in labels["demand_letter"]
    for code in ("creditor_certificate", "power_of_attorney", "demand_letter", "debtor_identified"):
        assert labels[code] != colombia[code], code
