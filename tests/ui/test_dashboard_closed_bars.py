"""The dashboard's closed cases: «Terminados» counts only the cases the process ended; a case returned to
collections or a rejected demand has its own bar (they were counted as «Terminados»)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries

from legal_desk.domain.lifecycle import CLOSED_STAGES, Stage
from legal_desk.services.desk import Desk
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.dashboard import ENDED_STAGES, RETURNED_OR_REJECTED, DashboardData, DashboardView
from tests.ui.helpers import make_ctx, settle

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

STAGES = {
    Stage.FILED.value: 7,
    Stage.EXECUTION.value: 4,
    Stage.CLOSED_PAID.value: 5,
    Stage.CLOSED_SETTLED.value: 2,
    Stage.CLOSED_JUDGMENT_EXECUTED.value: 1,
    Stage.RETURNED_TO_COLLECTIONS.value: 3,
    Stage.REJECTED.value: 1,
}


def bars(view: DashboardView) -> dict[str, int]:
    """The stage chart as {category label: number of cases}."""
    chart = view.stage_chart.chart()
    series = chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    bar = series.barSets()[0]
    # each bar's count is written beside it, in a colour that shows on the white chart (Qt's default is white)
    assert series.isLabelsVisible() and bar.labelColor().lightness() < 100
    return {label: int(bar.at(i)) for i, label in enumerate(axis.categories())}


def test_returned_and_rejected_cases_are_not_counted_as_terminated(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    assert ENDED_STAGES | RETURNED_OR_REJECTED == CLOSED_STAGES and not ENDED_STAGES & RETURNED_OR_REJECTED
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot)
    data = DashboardData(
        stages=dict(STAGES),
        ready_to_file=0,
        hearings_this_week=0,
        overdue_deadlines=0,
        near_limitation=0,
        money={"COP": (Decimal("950000000.00"), Decimal("120000000.00"))},
    )
    view.show_data(data)
    shown = bars(view)
    assert shown["Terminados"] == 5 + 2 + 1  # paid, settled, judgment executed: not the 12 it showed
    assert shown["Devueltos a cobranza o rechazados"] == 3 + 1
    assert sum(shown.values()) == sum(STAGES.values())  # every case is in exactly one bar
    settle(qtbot)  # the money charts are shown by the event loop
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "dashboard_closed_bars.png"))

    install_language("en")
    view.retranslate()
    shown = bars(view)
    assert shown["Concluded"] == 8 and shown["Returned to collections or rejected"] == 4
    settle(qtbot)
    view.grab().save(str(SHOTS / "dashboard_closed_bars_en.png"))

    # no returned or rejected case: no empty bar for them
    view.show_data(DashboardData({Stage.CLOSED_PAID.value: 2, Stage.FILED.value: 1}, 0, 0, 0, 0))
    assert "Returned to collections or rejected" not in bars(view)
