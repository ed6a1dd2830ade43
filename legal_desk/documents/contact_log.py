"""The contact log (*bitácora de gestión de cobro*) as a PDF annex for the filing packet."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from legal_desk.domain.dates import format_date_long_es


@dataclass(frozen=True)
class ContactLine:
    """One contact attempt as printed."""

    at: dt.datetime
    channel: str
    outcome: str
    notes: str
    by: str


def contact_log_pdf(
    account_ref: str, debtor: str, creditor: str, lines: Sequence[ContactLine], today: dt.date
) -> bytes:
    """A letter-size table of every contact attempt, oldest first."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=LETTER,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"Bitácora de gestión {account_ref}",
        invariant=True,
    )
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph("BITÁCORA DE GESTIÓN DE COBRO PREJURÍDICO", styles["Title"]),
        Paragraph(f"Obligación {account_ref} — Deudor: {debtor} — Acreedor: {creditor}", styles["BodyText"]),
        Paragraph(f"Expedida el {format_date_long_es(today)}. {len(lines)} gestiones registradas.", styles["BodyText"]),
        Spacer(1, 0.4 * cm),
    ]
    data = [["Fecha y hora", "Canal", "Resultado", "Observaciones", "Gestor"]]
    for ln in lines:
        data.append(
            [
                ln.at.strftime("%d/%m/%Y %H:%M"),
                ln.channel,
                Paragraph(ln.outcome, small),
                Paragraph(ln.notes or "", small),
                ln.by,
            ]
        )
    table = Table(data, colWidths=[3 * cm, 2.4 * cm, 3.6 * cm, 6 * cm, 2.4 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a5f")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5f9")]),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buf.getvalue()
