"""English interface, fifth round: texts a foreign team member still met in Spanish (the copy of a file saved
with «Save as…», the rate table's own refusals and the columns of the rate-import errors, the packet's annex
refusals and what to do about them). The CLI, str() and the audit keep the Spanish."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services.errors import ValidationFailed
from legal_desk.ui.widgets import file_actions
from tests.ui.test_english_service_refusals import _all_english, _english

pytestmark = pytest.mark.usefixtures("spanish")


# ------------------------------------------------------------------ «Save as…» copies


def test_a_copy_that_fails_says_why_and_what_to_do_in_english(qapp: Any, tmp_path: Path) -> None:
    source = tmp_path / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.4 escaneo")
    blocked = tmp_path / "no_es_carpeta"
    blocked.write_text("un archivo")
    target = blocked / "sub" / "escaneo.pdf"
    with pytest.raises(ValidationFailed) as refused:
        file_actions.copy_file(source, target)
    assert str(refused.value) == (
        f"No se pudo copiar a {target}: una parte de la ruta es un archivo, no una carpeta; elija otra carpeta"
    )
    english = _english(refused.value)
    assert english == f"Could not copy to {target}: part of the path is a file, not a folder; choose another folder"
    _all_english(english.replace(str(tmp_path), ""))


@pytest.mark.parametrize(
    ("number", "spanish", "english"),
    [
        (errno.ENOSPC, "no queda espacio en ese disco", "there is no space left on that disk"),
        (errno.EROFS, "el disco es de solo lectura", "the disk is read-only"),
        (errno.EACCES, "no tiene permiso para escribir", "you do not have permission to write"),
    ],
)
def test_a_full_read_only_or_forbidden_disk_is_named_in_both_languages(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, spanish: str, english: str
) -> None:
    source = tmp_path / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.4 escaneo")
    real_open = open

    def failing_open(path: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
        if "w" in mode:
            raise OSError(number, "system words")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(ValidationFailed) as refused:
        file_actions.copy_file(source, tmp_path / "copia" / "escaneo.pdf")
    monkeypatch.undo()
    assert spanish in str(refused.value)
    worded = _english(refused.value)
    assert worded.startswith("Could not copy to ") and english in worded
    _all_english(worded.replace(str(tmp_path / "copia"), ""))
    assert not (tmp_path / "copia" / ".escaneo.pdf.partial").exists()


# ------------------------------------------------------------------ rate tables


def test_a_rate_table_whose_periods_break_the_rules_reads_in_english(qapp: Any) -> None:
    """RateTableError (periods given in code: overlap, inverted, negative) was a plain Spanish string."""
    import datetime as dt
    from decimal import Decimal

    from legal_desk.domain.interest import RatePeriod, RateTable, RateTableError

    with pytest.raises(RateTableError) as refused:
        RateTable(
            [
                RatePeriod(dt.date(2024, 1, 1), dt.date(2024, 1, 31), Decimal("27.9")),
                RatePeriod(dt.date(2024, 1, 15), dt.date(2024, 2, 28), Decimal("-1")),
                RatePeriod(dt.date(2024, 4, 30), dt.date(2024, 4, 1), Decimal("28")),
            ]
        )
    assert str(refused.value) == (  # the CLI's Spanish, as before
        "Tabla de tasas inválida: la tasa del período que empieza el 15/01/2024 es negativa; el período "
        "30/04/2024–01/04/2024 termina antes de empezar; el período 15/01/2024–28/02/2024 se superpone con "
        "01/01/2024–31/01/2024."
    )
    english = _english(refused.value)
    assert english == (
        "Invalid rate table: the rate of the period starting on 15/01/2024 is negative; the period "
        "30/04/2024–01/04/2024 ends before it starts; the period 15/01/2024–28/02/2024 overlaps 01/01/2024–31/01/2024."
    )
    _all_english(english)


def test_a_rate_file_without_its_columns_names_them_in_english(qapp: Any, tmp_path: Path) -> None:
    from legal_desk.importing.rates import RateFileError, read_rate_table

    bad = tmp_path / "tasas.csv"
    bad.write_text("inicio;valor\n2024-01-01;27,9\n", encoding="utf-8")
    with pytest.raises(RateFileError) as refused:
        read_rate_table(bad)
    assert [col for _line, col, _msg in refused.value.errors] == ["hasta", "tasa_efectiva_anual"]  # CLI, JSON
    english = _english(refused.value)
    assert english.startswith("The rate table has 2 error(s): line 1, to: the column is missing"), english
    assert "line 1, annual_rate: the column is missing" in english
