"""Cuantía and the judge of a Colombian lawsuit (CGP arts. 17, 18, 20, 25 and 26), worked examples.

2024: SMLMV $ 1.300.000 (decreto 2292 de 2023), so mínima ≤ $ 52.000.000 < menor ≤ $ 195.000.000 < mayor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from docx import Document

from legal_desk.documents.context import build_context, cuantia_co, has_small_claims_courts, smlmv_co
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, render_docx
from legal_desk.paths import resources_dir


def _demanda(capital: str, *, city: str = "Bogotá D.C.", court: str | None = None) -> str:
    case = sample_for("demanda_ejecutiva")
    case = dataclasses.replace(case, city=city, court=court, liquidation=None, today=dt.date(2024, 4, 10),
                               debt=dataclasses.replace(case.debt, capital=Decimal(capital)))
    doc = Document(io.BytesIO(render_docx(get_template("demanda_ejecutiva"), case)))
    return "\n".join(p.text for p in doc.paragraphs).replace("\u00a0", " ")


def test_the_minimum_wage_is_data_of_the_jurisdiction() -> None:
    data = json.loads((resources_dir() / "jurisdictions" / "CO.json").read_text(encoding="utf-8"))
    table = data["minimum_wage"]["by_year"]
    assert smlmv_co(2024) == Decimal(table["2024"]) == Decimal("1300000")
    assert smlmv_co(2022) == Decimal("1000000") and smlmv_co(2026) == Decimal("1750905")
    assert smlmv_co(1999) is None  # a year not in the table: no cuantía is guessed


@pytest.mark.parametrize(
    ("amount", "kind", "judge", "articles"),
    [
        ("52000000.00", "mínima", "de pequeñas causas y competencia múltiple", "17, numeral 1 y parágrafo,"),
        ("52000000.01", "menor", "civil municipal", "18, numeral 1,"),
        ("195000000.00", "menor", "civil municipal", "18, numeral 1,"),
        ("195000000.01", "mayor", "civil del circuito", "20, numeral 1,"),
    ],
)
def test_cuantia_limits_at_40_and_150_smlmv(amount: str, kind: str, judge: str, articles: str) -> None:
    result = cuantia_co(Decimal(amount), 2024, city="Bogotá D.C.")
    assert (result["cuantia"], result["cuantia_judge"], result["cuantia_articles"]) == (kind, judge, articles)


def test_minima_goes_to_pequenas_causas_only_where_the_city_has_them() -> None:
    assert has_small_claims_courts("Medellín") and has_small_claims_courts("bogota, d.c.")
    assert not has_small_claims_courts("Chiquinquirá") and not has_small_claims_courts(None)
    assert cuantia_co(Decimal("30000000"), 2024, city="Chiquinquirá")["cuantia_office"] == "Juzgado Civil Municipal"
    # The court typed on the case wins over the city list, either way.
    typed = cuantia_co(Decimal("30000000"), 2024, city="Bogotá D.C.", court="Juzgado 5 Civil Municipal de Bogotá")
    assert typed["cuantia_judge"] == "civil municipal"
    typed = cuantia_co(Decimal("30000000"), 2024, city="Tunja",
                       court="Juzgado 2 de Pequeñas Causas y Competencia Múltiple de Tunja")
    assert typed["cuantia_judge"] == "de pequeñas causas y competencia múltiple"


def test_demanda_states_the_cuantia_in_smlmv_and_the_judge_it_goes_to() -> None:
    # $ 30.000.000 / $ 1.300.000 = 23,08 SMLMV: mínima, Bogotá → Pequeñas Causas, única instancia.
    text = _demanda("30000000.00")
    assert "JUZGADO DE PEQUEÑAS CAUSAS Y COMPETENCIA MÚLTIPLE DE BOGOTÁ D.C. (REPARTO)" in text
    assert "Asunto: Demanda ejecutiva singular de mínima cuantía" in text
    assert "Equivale a 23,08 salarios mínimos legales mensuales vigentes (SMLMV) de 2024 ($ 1.300.000,00 cada " \
        "uno) y, como no excede de 40 SMLMV, se trata de un asunto de MÍNIMA CUANTÍA (artículo 25 del Código " \
        "General del Proceso), cuyo conocimiento corresponde en única instancia a los jueces de pequeñas " \
        "causas y competencia múltiple (artículo 17, numeral 1 y parágrafo, del Código General del Proceso)." \
        in text
    # The same claim in a city without them: the Juzgado Civil Municipal (art. 17 num. 1).
    text = _demanda("30000000.00", city="Chiquinquirá")
    assert "JUZGADO CIVIL MUNICIPAL DE CHIQUINQUIRÁ (REPARTO)" in text
    assert "en única instancia a los jueces civiles municipales (artículo 17, numeral 1, del" in text
    # $ 100.000.000 = 76,92 SMLMV: menor; $ 200.000.000 = 153,85 SMLMV: mayor.
    text = _demanda("100000000.00")
    assert "Equivale a 76,92 salarios" in text and "como excede de 40 SMLMV sin pasar de 150, se trata de un " \
        "asunto de MENOR CUANTÍA" in text and "JUZGADO CIVIL MUNICIPAL DE BOGOTÁ D.C. (REPARTO)" in text
    text = _demanda("200000000.00")
    assert "Equivale a 153,85 salarios" in text and "MAYOR CUANTÍA" in text
    assert "en primera instancia a los jueces civiles del circuito (artículo 20, numeral 1," in text
    # An assigned court is the addressee whatever the list says.
    text = _demanda("30000000.00", court="Juzgado 5 Civil Municipal de Bogotá D.C.")
    assert "JUZGADO 5 CIVIL MUNICIPAL DE BOGOTÁ D.C.\n" in text and "REPARTO" not in text


def test_another_jurisdiction_has_no_colombian_cuantia() -> None:
    ctx = build_context(dataclasses.replace(sample_for("demanda_ejecutiva"), jurisdiction="AR"))
    assert ctx["cuantia"] == ctx["cuantia_judge"] == ctx["cuantia_smlmv"] == ""
