"""A workbook formatted far below its data: the import's progress moves while it reads the blank rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

_HEADER = [
    "Número de obligación",
    "Nombre del deudor",
    "Tipo de documento",
    "Número de documento",
    "Capital",
    "Fecha de vencimiento",
]


@pytest.mark.parametrize("background", [False, True], ids=["in_process", "reader_process"])
def test_progress_counts_the_blank_formatted_rows_it_reads(sqlite_desk, tmp_path: Path, background: bool) -> None:
    """Someone formatted column A down to row 60,002: the sheet says 60,001 rows, 3 hold data. Progress
    counted only rows with data, so the bar stood at 0 until the very end (16 s for a whole-column format
    of 1,048,576 rows); it now counts every row read against that estimate, and nothing else changes."""
    wb = Workbook()
    ws = wb.active
    ws.append(_HEADER)
    for k in range(3):
        ws.append([f"OB-{k}", f"Deudor {k}", "CC", 52987654 + k, 1_000_000, dt.datetime(2024, 3, 15)])
    for row in range(5, 60_003):
        ws.cell(row=row, column=1).number_format = "@"  # a formatted, empty cell: the row exists in the file
    path = tmp_path / "formatted.xlsx"
    wb.save(path)
    seen: list[tuple[int, int]] = []
    report = import_referrals(
        sqlite_desk,
        actor_for(sqlite_desk, "admin"),
        path,
        progress=lambda _stage, done, total: seen.append((done, total)),
        background=background,
    )
    assert (report.accepted, report.rejected, report.total_lines) == (3, 0, 3)
    totals = {total for _done, total in seen[:-1]}
    assert totals == {60_001}, totals  # the estimate from the sheet's size: rows 2 to 60,002
    moving = [done for done, _total in seen[:-1] if 0 < done < 60_001]
    assert len(moving) >= 2 and moving == sorted(moving), seen  # steps on the way, not one jump at the end
    assert seen[-1] == (3, 3)
