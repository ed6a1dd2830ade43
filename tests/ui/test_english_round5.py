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
