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


def test_evidence_kinds_name_the_creditors_papers_as_each_country_does() -> None:
    """The evidence kind «Certificado de existencia y representación del acreedor» (a Colombian chamber of
    commerce certificate) was offered and printed for Argentine, Mexican and Spanish cases. Outside
    Colombia the kind, and the power of attorney, read as that country's checklist asks for them, so
    «falta: …» and the evidence that satisfies it use the same words. The codes do not change."""
    from legal_desk.domain.readiness import EVIDENCE_KINDS, evidence_kind_label, evidence_kinds

    assert evidence_kinds("CO") == EVIDENCE_KINDS and evidence_kinds(None) == EVIDENCE_KINDS
    assert evidence_kind_label("creditor_certificate", "CO").startswith("Certificado de existencia y representación")
    expected = {
        "AR": "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades",
        "MX": "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio",
        "ES": "Escritura de constitución del acreedor y nota simple del Registro Mercantil",
    }
    for jurisdiction, label in expected.items():
        kinds = evidence_kinds(jurisdiction)
        assert list(kinds) == list(EVIDENCE_KINDS)
        assert kinds["creditor_certificate"] == label == dict(DEFAULT_CHECKLIST[jurisdiction])["creditor_certificate"]
        assert kinds["power_of_attorney"] == dict(DEFAULT_CHECKLIST[jurisdiction])["power_of_attorney"]
        assert "existencia y representación" not in " ".join(kinds.values())
        assert kinds["title"] == EVIDENCE_KINDS["title"]
    assert evidence_kind_label("creditor_certificate", "es") == expected["ES"]  # any case of the code
    assert evidence_kind_label("unknown_kind", "MX") == "unknown_kind"
