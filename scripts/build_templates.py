"""Build the es_CO document templates (DOCX with docxtpl/Jinja tags) and their catalog.json.

Run: `.venv/bin/python scripts/build_templates.py` — rewrites document_templates/es_CO/*.docx.
Paragraphs may use `**bold**`; Jinja tags never cross a bold boundary. Loops over paragraphs use
`{%p ... %}` in a paragraph of their own, loops over table rows `{%tr ... %}` in a row of their own.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "document_templates" / "es_CO"
FONT = "Arial"

_BOLD = re.compile(r"(\*\*.+?\*\*)")
# A value that prints a long run no line can break: an amount in words ends in «M/CTE ($ 12.873.753,07)» (the
# figure glued to its sign), an e-mail address is one word of 30 or 40 letters. Justified, the line before it is
# stretched into gaps («El total abonado      asciende    a»); such a paragraph is set flush left.
_UNBREAKABLE = re.compile(r"{{[^}]*(_words|email)\b[^}]*}}")


class Builder:
    """A letter-size document with the house style: Arial 11 pt, justified, 2.5 cm margins."""

    def __init__(self) -> None:
        self.doc = Document()
        self._style()
        self._footer()

    def _style(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # carta
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.5))
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for name, size, align in (
            ("Title", 13, WD_ALIGN_PARAGRAPH.CENTER),
            ("Heading 1", 12, WD_ALIGN_PARAGRAPH.CENTER),
            ("Heading 2", 11, WD_ALIGN_PARAGRAPH.LEFT),
        ):
            st = self.doc.styles[name]
            st.font.name = FONT
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            rpr = st.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.append(fonts)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attr), FONT)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if fonts.get(qn(attr)) is not None:
                    del fonts.attrib[qn(attr)]
            st.paragraph_format.alignment = align
            st.paragraph_format.space_before = Pt(12)
            st.paragraph_format.space_after = Pt(6)
            st.paragraph_format.keep_with_next = True
        # The default Title style draws a coloured bottom border; drop it.
        ppr = self.doc.styles["Title"].element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)

    def _footer(self) -> None:
        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(p, "Página ", size=9)
        self._field(p, "PAGE")
        self._run(p, " de ", size=9)
        self._field(p, "NUMPAGES")

    @staticmethod
    def _run(p, text: str, *, bold: bool = False, size: int | None = None):
        run = p.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        return run

    @staticmethod
    def _field(p, code: str) -> None:
        """A Word field (PAGE, NUMPAGES) that LibreOffice and Word fill when laying out."""
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), f" {code} ")
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "18")
        rpr.append(sz)
        run.append(rpr)
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        fld.append(run)
        p._p.append(fld)

    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def h(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Heading 2")

    def p(self, text: str, *, align: str = "justify", space_after: int | None = None, indent: float = 0):
        """A paragraph; `**x**` is bold."""
        par = self.doc.add_paragraph()
        if align == "justify" and _UNBREAKABLE.search(text):
            align = "left"
        par.alignment = {
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
        }[align]
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        if indent:
            par.paragraph_format.left_indent = Cm(indent)
        for part in _BOLD.split(text):
            if not part:
                continue
            if "**" in part and not (part.startswith("**") and part.endswith("**")):
                # an unpaired `**` (one inside a Jinja branch) would print «**» and bold the wrong words
                raise ValueError(f"unpaired ** in paragraph: {text!r}")
            if part.startswith("**") and part.endswith("**"):
                self._run(par, part[2:-2], bold=True)
            else:
                self._run(par, part)
        return par

    def lines(self, lines: Iterable[str], *, align: str = "left", keep: bool = False) -> None:
        """A block of short lines (address, signature) without space between them; `keep`: on one page."""
        items = list(lines)
        for i, line in enumerate(items):
            par = self.p(line, align=align, space_after=0 if i < len(items) - 1 else 10)
            if keep and i < len(items) - 1:
                par.paragraph_format.keep_with_next = True

    def signature(self, closing: str, lines: Iterable[str]) -> None:
        """Closing words, room to sign and the signature lines, never split across two pages."""
        self.p(closing, align="left").paragraph_format.keep_with_next = True
        self.p("", space_after=24).paragraph_format.keep_with_next = True
        self.lines(lines, keep=True)

    def tag(self, tag: str) -> None:
        """A paragraph holding only a `{%p ... %}` tag (docxtpl removes the paragraph)."""
        self.doc.add_paragraph(tag)

    def table(self, headers: list[str], loop: str | None, cells: list[str],
              totals: list[list[str]] = (), widths: list[float] | None = None) -> None:
        """A grid table: header row, `{%tr for %}` row loop over `cells`, then total rows."""
        ncols = len(headers)
        intro = next((p for p in reversed(self.doc.paragraphs) if not p.text.startswith("{%p")), None)
        if intro is not None:  # «…en los siguientes términos:» / a heading stays on the table's page
            intro.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER

        def row(values: list[str], *, bold: bool = False) -> None:
            r = table.add_row()
            for cell, value in zip(r.cells, values, strict=True):
                par = cell.paragraphs[0]
                if bold:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif "_fmt" in value or "days" in value:  # figures line up on the right
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                par.paragraph_format.space_after = Pt(0)
                for part in _BOLD.split(value):
                    if part.startswith("**") and part.endswith("**"):
                        self._run(par, part[2:-2], bold=True, size=10)
                    elif part:
                        self._run(par, part, bold=bold, size=10)

        row(headers, bold=True)
        _repeat_header(table.rows[0])
        if loop:
            row([f"{{%tr for {loop} %}}"] + [""] * (ncols - 1))
            row(cells)
            row(["{%tr endfor %}"] + [""] * (ncols - 1))
        else:
            row(cells)
        for total in totals:
            row(total)
        for r in table.rows:  # a row is never split between two pages
            r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if not loop:  # a short summary table is kept on one page: each row kept with the next
            for r in table.rows[:-1]:
                for cell in r.cells:
                    for par in cell.paragraphs:
                        par.paragraph_format.keep_with_next = True
        if widths:
            table.autofit = False
            for col, w in zip(table.columns, widths, strict=True):
                col.width = Cm(w)
            for r in table.rows:
                for cell, w in zip(r.cells, widths, strict=True):
                    cell.width = Cm(w)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def save(self, path: Path) -> None:
        self.doc.core_properties.author = "legal_desk"
        self.doc.core_properties.title = path.stem
        fixed = dt.datetime(2024, 1, 1)
        self.doc.core_properties.created = fixed
        self.doc.core_properties.modified = fixed
        self.doc.core_properties.last_modified_by = "legal_desk"
        self.doc.core_properties.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        # Re-zip with fixed timestamps so rebuilding an unchanged template keeps its version hash.
        out = io.BytesIO()
        with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)),
                             src.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
        tmp = path.with_name(path.name + ".tmp")  # atomic: a reader never sees half a file
        tmp.write_bytes(out.getvalue())
        tmp.replace(path)


def _repeat_header(tr) -> None:
    """The table's first row is its header: Word and LibreOffice repeat it at the top of each page."""
    tr._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


# ---------------------------------------------------------------- shared blocks

# Joins names in a loop: "A, B y C".
AND = "{% if loop.revindex > 2 %}, {% elif loop.revindex == 2 %} y {% endif %}"

PARTIES_REF = "{{ creditor.name }} contra {% for d in defendants %}{{ d.name }}" + AND + "{% endfor %}"


# The rate the letters to the debtor name: the agreed one when the title has it, which is what the
# liquidation applies (never above the legal maximum, CCo art. 884), else the certified maximum.
RATE_TEXT = (
    "{% if debt.agreed_rate is not none %}pactada del {{ debt.agreed_rate_fmt }} efectivo anual, sin exceder "
    "la tasa máxima legal certificada por la Superintendencia Financiera de Colombia{% else %}máxima legal "
    "certificada por la Superintendencia Financiera de Colombia{% endif %}"
)


def court_header(b: Builder, subject: str) -> None:
    """Addressee (the judge), reference and subject of a court filing."""
    b.lines(["Señor(a)", "Juez", "**{{ court|upper }}**", "E. S. D."])
    b.lines([
        "**Referencia:** Proceso ejecutivo singular de " + PARTIES_REF,
        "**Radicado:** {% if radicado %}{{ radicado }}{% else %}(por asignar en reparto){% endif %}",
        f"**Asunto:** {subject}",
    ])


def lawyer_signature(b: Builder, closing: str = "Del señor(a) Juez, respetuosamente,") -> None:
    """Closing and the lawyer's signature block."""
    b.signature(closing, [
        "______________________________________",
        "**{{ lawyer.name|upper }}**",
        "{{ lawyer.id_fmt }}",
        "T. P. No. {{ lawyer.professional_card }}",
        "Apoderado(a) de {{ creditor.name }}",
        "{% if lawyer.email %}Correo electrónico: {{ lawyer.email }}{% endif %}",
    ])


def annex_list(b: Builder, heading: str = "ANEXOS", intro: str | None = None,
               kinds: tuple[str, ...] | None = None, hashes: bool = True) -> None:
    """The annexes, one paragraph each, taken from the case's evidence; `kinds`: only those evidence kinds.

    A letter to the debtor annexes a copy of the title, never the bank's certificate, the power of
    attorney or the delivery receipt of that same letter; the numbering follows the filtered list.
    `hashes`: each annex with the start of its SHA-256, for a court filing; a letter to the debtor
    names its annexes only (the hashes are the firm's integrity record, kept in the packets' manifests).
    """
    chosen = "annexes" if kinds is None else f"annexes|selectattr('kind', 'in', {list(kinds)!r})"
    b.tag(f"{{%p if {chosen}|list %}}")
    b.h(heading)
    if intro:
        b.p(intro)
    b.tag(f"{{%p for a in {chosen} %}}")
    b.p("{{ loop.index }}. {{ a.title }}{% if a.date_long %}, de fecha {{ a.date_long }}{% endif %}"
        + ("{% if a.sha256_short %} (SHA-256: {{ a.sha256_short }}…){% endif %}" if hashes else "")
        + ".", indent=0.6, space_after=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def addressee_debtor(b: Builder) -> None:
    """The debtor as addressee of a letter."""
    b.lines([
        "{% if debtor.is_company %}Señores{% else %}Señor(a){% endif %}",
        "**{{ debtor.name }}**",
        "{{ debtor.id_fmt }}",
        "{{ debtor.address }}",
        "{{ debtor.city }}",
        "{% if debtor.email %}{{ debtor.email }}{% endif %}",
    ])


# ---------------------------------------------------------------- the templates


def carta_requerimiento() -> Builder:
    """Pre-legal demand letter and notice of default (constitución en mora)."""
    b = Builder()
    b.p("{{ city }}, {{ today_long }}", align="left", space_after=14)
    addressee_debtor(b)
    b.p("**Asunto: Requerimiento de pago y constitución en mora — obligación No. {{ account_ref }}**",
        align="left", space_after=12)
    b.p("{% if debtor.is_company %}Respetados señores:{% else %}Respetado(a) señor(a):{% endif %}", align="left")
    b.p(
        "En mi calidad de apoderado(a) de **{{ creditor.name }}**, identificada con {{ creditor.id_fmt }}, "
        "me permito requerirle formalmente para que pague la obligación a su cargo, contenida en "
        "{{ debt.title_the }}{% if debt.title_number %} No. {{ debt.title_number }}{% endif %}"
        "{% if debt.issue_date_long %}, de fecha {{ debt.issue_date_long }}{% endif %}, cuyo plazo "
        "venció el {{ debt.due_date_long }} sin que a la fecha se haya verificado el pago."
    )
    b.p(
        "{% if liquidation and liquidation.capital_reduced %}Una vez imputados a capital los abonos "
        "recibidos, el saldo del capital original de {{ capital_fmt }} asciende a la suma de "
        "**{{ liquidation.capital_words }}**{% else %}El capital adeudado asciende a la suma de "
        "**{{ capital_words }}**{% endif %}, más los intereses de mora "
        "causados desde el {{ debt.interest_from_long }} y hasta la fecha del pago, liquidados a la tasa "
        + RATE_TEXT + "."
        "{% if liquidation %} Con corte al {{ liquidation.as_of_long }}, los intereses moratorios "
        "pendientes de pago suman {{ liquidation.interest_fmt }}, para un total adeudado de "
        "{{ liquidation.total_fmt }}.{% endif %}"
    )
    b.p(
        "La presente comunicación constituye requerimiento expreso de pago para los efectos del "
        "artículo 1608 del Código Civil. Le solicitamos pagar la totalidad de lo adeudado, o comunicarse "
        "con nosotros para convenir una fórmula de pago, dentro de los "
        "{{ extra.plazo_dias|default(10) }} días calendario siguientes al recibo de esta carta. El pago "
        "puede efectuarse directamente a {{ creditor.name }} citando como referencia la obligación "
        "No. {{ account_ref }}; con gusto le indicaremos los medios de pago disponibles."
    )
    b.h("Aviso previo de reporte negativo (Ley 1266 de 2008, artículo 12)")
    b.p(
        "De conformidad con el artículo 12 de la Ley 1266 de 2008, le informamos que, si dentro de los "
        "veinte (20) días calendario siguientes al envío de esta comunicación usted no ha pagado la "
        "obligación ni ha controvertido fundadamente su existencia o su monto, {{ creditor.name }} podrá "
        "reportar el incumplimiento a los operadores de información financiera y crediticia (centrales "
        "de riesgo). Dentro de ese término usted puede pagar, demostrar que ya pagó o presentar sus "
        "objeciones por los canales indicados al final de esta carta."
    )
    b.h("Canales y horarios de contacto (Ley 2300 de 2023)")
    b.p(
        "En cumplimiento de la Ley 2300 de 2023, las gestiones de cobranza se realizarán únicamente a "
        "través de los canales que usted haya autorizado, de lunes a viernes entre las 7:00 a. m. y las "
        "7:00 p. m. y los sábados entre las 8:00 a. m. y las 3:00 p. m., nunca en domingos ni festivos, y "
        "sin exceder la frecuencia que la ley permite. Usted puede indicarnos en cualquier momento el "
        "canal por el que prefiere ser contactado, o modificar los canales autorizados, escribiendo a "
        "{{ lawyer.email }}{% if lawyer.phone %} o llamando al {{ lawyer.phone }}{% endif %}."
    )
    b.p(
        "Si no recibimos el pago o una propuesta seria dentro del plazo indicado, procederemos a iniciar "
        "el proceso ejecutivo correspondiente y a solicitar las medidas cautelares de embargo y secuestro "
        "que autoriza la ley, con la consiguiente condena en costas y agencias en derecho a su cargo."
    )
    b.p("Si usted ya realizó el pago, le rogamos hacer caso omiso de esta comunicación y remitirnos el "
        "soporte correspondiente.")
    b.tag("{%p if guarantors %}")
    b.p("Con copia a: {% for g in guarantors %}{{ g.name }} ({{ g.id_fmt }}, {{ g.address }}, {{ g.city }})"
        "{% if not loop.last %}; {% endif %}{% endfor %}, en calidad de codeudor(es) solidario(s) de la "
        "obligación.")
    b.tag("{%p endif %}")
    lawyer_signature(b, closing="Atentamente,")
    annex_list(b, kinds=("title",), hashes=False)  # a copy of the title; nothing of the bank's file
    return b


def aviso_final() -> Builder:
    """Final notice before filing the lawsuit (último aviso)."""
    b = Builder()
    b.p("{{ city }}, {{ today_long }}", align="left", space_after=14)
    addressee_debtor(b)
    b.p("**Asunto: ÚLTIMO AVISO antes de iniciar proceso ejecutivo — obligación No. {{ account_ref }}**",
        align="left", space_after=12)
    b.p("{% if debtor.is_company %}Respetados señores:{% else %}Respetado(a) señor(a):{% endif %}", align="left")
    b.p(
        "Pese a los requerimientos que le hemos dirigido{% if extra.fecha_requerimiento is defined %}, "
        "el último de ellos el {{ extra.fecha_requerimiento }}{% endif %}, la obligación a su cargo a favor "
        "de **{{ creditor.name }}**, contenida en {{ debt.title_the }}"
        "{% if debt.title_number %} No. {{ debt.title_number }}{% endif %} y vencida desde el "
        "{{ debt.due_date_long }}, continúa sin pagar."
    )
    b.p(
        "A la fecha usted adeuda por capital {% if liquidation and liquidation.capital_reduced %}"
        "**{{ liquidation.capital_words }}** (saldo del capital original de {{ capital_fmt }}, una vez "
        "imputados los abonos){% else %}**{{ capital_words }}**{% endif %}, más los intereses moratorios a la "
        "tasa " + RATE_TEXT + " desde el {{ debt.interest_from_long }}."
        "{% if liquidation %} El saldo total con corte al {{ liquidation.as_of_long }} es de "
        "**{{ liquidation.total_words }}**.{% endif %}"
    )
    b.p(
        "Le informamos que, si dentro de los **{{ extra.plazo_dias|default(5) }} días hábiles** siguientes "
        "al recibo de este aviso no se ha efectuado el pago total o no se ha suscrito un acuerdo de pago, "
        "hemos recibido instrucciones de presentar, sin más aviso, **demanda ejecutiva** en su contra"
        "{% if guarantors %} y de sus codeudores{% endif %}, en la que se solicitará el embargo y secuestro "
        "de sus bienes (cuentas bancarias, salario en la proporción legal, vehículos e inmuebles) y la "
        "condena en costas y agencias en derecho."
    )
    b.p(
        "Si no lo hubiere recibido antes, este aviso vale además como comunicación previa al reporte "
        "negativo ante las centrales de riesgo (artículo 12 de la Ley 1266 de 2008), que podrá efectuarse "
        "transcurridos veinte (20) días calendario desde su envío."
    )
    b.p(
        "Para pagar o acordar el pago puede comunicarse con el suscrito en {{ lawyer.email }}"
        "{% if lawyer.phone %} o al {{ lawyer.phone }}{% endif %}, a través de los canales y en los horarios "
        "que usted autorizó, conforme a la Ley 2300 de 2023."
    )
    lawyer_signature(b, closing="Atentamente,")
    annex_list(b, kinds=("title",), hashes=False)
    return b


def demanda_ejecutiva() -> Builder:
    """Enforcement lawsuit (demanda ejecutiva singular) with the parts of CGP art. 82."""
    b = Builder()
    # Place and date of the filing, above the addressee (the city of the process, where the court sits).
    b.p("{% if city %}{{ city }}, {% endif %}{{ today_long }}", align="left", space_after=14)
    court_header(b, "Demanda ejecutiva singular{% if cuantia %} de {{ cuantia }} cuantía{% endif %}")
    b.p(
        "**{{ lawyer.name|upper }}**, mayor de edad, identificado(a) con {{ lawyer.id_fmt }}, abogado(a) en "
        "ejercicio con tarjeta profesional No. {{ lawyer.professional_card }}, obrando como apoderado(a) "
        "especial de **{{ creditor.name|upper }}**, conforme al poder que se anexa, respetuosamente "
        "presento DEMANDA EJECUTIVA SINGULAR en contra de "
        "{% for d in defendants %}**{{ d.name|upper }}**" + AND + "{% endfor %}, "
        "en los siguientes términos:"
    )
    b.h("I. PARTES")
    b.p(
        "**Demandante:** {{ creditor.name }}, identificada con {{ creditor.id_fmt }}, con domicilio en "
        "{{ creditor.city }}{% if creditor.legal_representative %}, representada legalmente por "
        "{{ creditor.legal_representative }}{% if creditor.legal_representative_id %}, identificado(a) con "
        "{{ creditor.legal_representative_id_fmt }}{% endif %}{% endif %}."
    )
    b.tag("{%p for d in defendants %}")
    # CGP art. 82 num. 2: a company does not appear by itself; the demanda names who represents it. The
    # case records no representative for a debtor company, so it is the one registered (art. 85), never
    # a guessed name, and the company is «domiciliada», not «domiciliado(a)».
    b.p(
        "**Demandad{% if d.is_company %}a{% else %}o(a){% endif %}{% if d.role == 'guarantor' %} "
        "(codeudor solidario){% endif %}:** {{ d.name }}, "
        "{% if d.is_company %}persona jurídica identificada con {{ d.id_fmt }}, con domicilio en "
        "{{ d.city }}, representada legalmente por quien haga sus veces según el certificado de "
        "existencia y representación legal expedido por la cámara de comercio"
        "{% else %}mayor de edad, identificado(a) con {{ d.id_fmt }}, domiciliado(a) en "
        "{{ d.city|trim('.') }}{% endif %}."
    )
    b.tag("{%p endfor %}")
    b.p(
        "**Apoderado(a) de la parte demandante:** {{ lawyer.name }}, {{ lawyer.id_fmt }}, T. P. "
        "No. {{ lawyer.professional_card|trim('.') }}."
    )
    b.h("II. PRETENSIONES")
    b.p(
        "Solicito al Despacho librar mandamiento de pago a favor de {{ creditor.name }} y en contra de "
        "{% for d in defendants %}{{ d.name }}" + AND + "{% endfor %}"
        "{% if guarantors %}, solidariamente,{% endif %} por las siguientes sumas:"
    )
    # Payments that reached the capital (CC art. 1653) make the claim the unpaid balance, not the
    # title's amount: claiming the full capital again would be asking for more than is owed.
    b.tag("{%p if liquidation and liquidation.capital_reduced %}")
    b.p(
        "**PRIMERA.** Por la suma de **{{ liquidation.capital_words }}**, por concepto del saldo insoluto "
        "del capital contenido en {{ debt.title_the }}{% if debt.title_number %} No. "
        "{{ debt.title_number }}{% endif %}, por valor original de {{ capital_fmt }}, exigible desde el "
        "{{ debt.due_date_long }}, una vez imputados los abonos recibidos conforme al artículo 1653 del "
        "Código Civil."
    )
    b.p(
        "**SEGUNDA.** Por los intereses moratorios causados y no pagados desde el "
        "{{ debt.interest_from_long }} hasta el {{ liquidation.as_of_long }}, que ascienden a "
        "{{ liquidation.interest_words }}, y por los que se causen sobre el saldo de capital indicado en la "
        "pretensión primera desde el {{ liquidation.after_as_of_long }} y hasta el pago total de la "
        "obligación, a la tasa máxima legal certificada por la Superintendencia Financiera de Colombia "
        "para cada período (una y media veces el interés bancario corriente, artículo 884 del Código de "
        "Comercio){% if debt.agreed_rate %}, o a la tasa pactada del {{ debt.agreed_rate_fmt }} efectivo "
        "anual si fuere inferior{% endif %}, según la liquidación que se anexa."
    )
    b.tag("{%p else %}")
    b.p(
        "**PRIMERA.** Por la suma de **{{ capital_words }}**, por concepto del capital contenido en "
        "{{ debt.title_the }}{% if debt.title_number %} No. {{ debt.title_number }}{% endif %}, "
        "exigible desde el {{ debt.due_date_long }}."
    )
    b.p(
        "**SEGUNDA.** Por los intereses moratorios sobre el capital indicado en la pretensión primera, "
        "a la tasa máxima legal certificada por la Superintendencia Financiera de Colombia para cada "
        "período (una y media veces el interés bancario corriente, artículo 884 del Código de Comercio)"
        "{% if debt.agreed_rate %}, o a la tasa pactada del {{ debt.agreed_rate_fmt }} efectivo anual si "
        "fuere inferior{% endif %}, desde el {{ debt.interest_from_long }} y hasta el pago total de la "
        "obligación.{% if liquidation %} Los intereses causados y no pagados hasta el "
        "{{ liquidation.as_of_long }} ascienden a {{ liquidation.interest_words }}, según la liquidación "
        "que se anexa.{% endif %}"
    )
    b.tag("{%p endif %}")
    b.p("**TERCERA.** Por las costas del proceso y las agencias en derecho (artículo 365 del Código "
        "General del Proceso).")
    b.h("III. HECHOS")
    b.p(
        "**1.** {% for d in defendants %}{{ d.name }}" + AND + "{% endfor %} "
        "{% if guarantors %}{{ debt.title_verb_plural }}{% else %}{{ debt.title_verb }}{% endif %} a favor "
        "de {{ creditor.name }} {{ debt.title_the }}{% if debt.title_number %} No. {{ debt.title_number }}"
        "{% endif %}{% if debt.issue_date_long %}, de fecha {{ debt.issue_date_long }}{% endif %}, por la "
        "suma de "
        "{{ capital_words }}."
    )
    b.p("**2.** En el título se estipuló como fecha de vencimiento el {{ debt.due_date_long }}.")
    b.p(
        "**3.** {% if guarantors %}Los deudores no pagaron{% else %}El deudor no pagó{% endif %} la "
        "obligación en la fecha de su vencimiento ni con posterioridad, por lo que se encuentra en mora "
        "desde el {{ debt.interest_from_long }}."
    )
    b.p(
        "**4.** Pese a los requerimientos de cobro efectuados por el acreedor, la obligación continúa "
        "insoluta.{% if payments %} Los abonos recibidos, que suman {{ payments_total_fmt }}, se imputan "
        "conforme al artículo 1653 del Código Civil y se reflejan en la liquidación.{% endif %}"
    )
    b.p(
        "**5.** El título contiene una obligación clara, expresa y actualmente exigible de pagar una suma "
        "líquida de dinero, {% if guarantors %}proviene de los deudores y constituye plena prueba contra "
        "ellos{% else %}proviene del deudor y constituye plena prueba contra él{% endif %}."
        "{% if debt.original_location %} El original reposa en {{ debt.original_location_text }}, a disposición "
        "del Despacho para cuando lo requiera.{% endif %}"
    )
    b.p("**6.** {{ creditor.name }} me confirió poder especial para promover el presente proceso.")
    b.h("IV. PRUEBAS")
    b.p("Solicito tener como pruebas documentales las siguientes:")
    b.tag("{%p for a in annexes %}")
    b.p("{{ a.number }}. {{ a.title }}{% if a.date_long %}, de fecha {{ a.date_long }}{% endif %}.",
        indent=0.6, space_after=2)
    b.tag("{%p endfor %}")
    b.h("V. FUNDAMENTOS DE DERECHO")
    b.p(
        "Invoco como fundamento los artículos 82, 422, 424, 430 y 431 del Código General del Proceso; los "
        "artículos 619, 621, "
        "{% if debt.title_type == 'pagare' %}709 a 711{% elif debt.title_type == 'letra' %}671 a 708"
        "{% elif debt.title_type == 'factura' %}772 a 774{% elif debt.title_type == 'cheque' %}712 a 745"
        "{% else %}822{% endif %} y 884 del Código de Comercio; los artículos 1608, 1617 y 1653 del Código "
        "Civil; y la Ley 2213 de 2022."
    )
    b.p(
        "Conforme al artículo 422 del Código General del Proceso, pueden demandarse ejecutivamente las "
        "obligaciones expresas, claras y exigibles que consten en documentos que provengan del deudor y "
        "constituyan plena prueba contra él. El título aportado reúne los requisitos generales de los "
        "títulos valores (artículo 621 del Código de Comercio: la mención del derecho que en él se "
        "incorpora y la firma de quien lo crea)"
        "{% if debt.title_type == 'pagare' %} y los particulares del pagaré (artículo 709: la promesa "
        "incondicional de pagar una suma determinada de dinero, el nombre de la persona a quien deba "
        "hacerse el pago, la indicación de ser pagadero a la orden o al portador y la forma de "
        "vencimiento){% endif %}. Según el artículo 430 del mismo código, presentada la demanda "
        "acompañada de documento que preste mérito ejecutivo, el juez librará mandamiento ordenando al "
        "demandado que cumpla la obligación en la forma pedida, si fuere procedente, o en la que "
        "considere legal; y, según el artículo 431, el pago de sumas de dinero deberá hacerse dentro de "
        "los cinco (5) días siguientes a la notificación del mandamiento. Los intereses moratorios se "
        "causan a la tasa prevista en el artículo 884 del Código de Comercio."
    )
    b.h("VI. CUANTÍA Y COMPETENCIA")
    b.p(
        "Estimo la cuantía en **{{ cuantia_base_words }}**, valor de las pretensiones al tiempo de la "
        "presentación de la demanda (artículo 26, numeral 1, del Código General del Proceso)."
        "{% if cuantia %} Equivale a {{ cuantia_smlmv }} salarios mínimos legales mensuales vigentes (SMLMV) "
        "de {{ cuantia_smlmv_year }} ({{ cuantia_smlmv_fmt }} cada uno) y, como {{ cuantia_rule }}, se trata "
        "de un asunto de **{{ cuantia|upper }} CUANTÍA** (artículo 25 del Código General del Proceso), "
        "cuyo conocimiento corresponde en {{ cuantia_instance }} instancia a los jueces {{ cuantia_judges }} "
        "(artículo {{ cuantia_articles }} del Código General del Proceso).{% endif %}"
    )
    b.p(
        "Es usted competente, señor(a) Juez, por la naturaleza del asunto, la cuantía y el domicilio "
        "de la parte demandada, {{ debtor.city }}, que es además el lugar de cumplimiento de la "
        "obligación (artículo 28, numerales 1 y 3, del Código General del Proceso)."
    )
    b.h("VII. PROCEDIMIENTO")
    b.p("Debe darse a esta demanda el trámite del proceso ejecutivo singular previsto en los artículos "
        "422 y siguientes del Código General del Proceso.")
    b.h("VIII. MEDIDAS CAUTELARES Y ENVÍO DE LA DEMANDA")
    b.tag("{%p if embargoes %}")
    b.p(
        "En escrito separado, que se presenta simultáneamente con esta demanda, solicito el decreto de "
        "medidas cautelares previas. Por esa razón, y conforme a la excepción "
        "prevista en el artículo 6 de la Ley 2213 de 2022, no se remite a la parte demandada copia de la "
        "demanda y sus anexos al momento de su presentación; la notificación se surtirá una vez "
        "practicadas las medidas."
    )
    b.tag("{%p else %}")
    b.p(
        "En cumplimiento del artículo 6 de la Ley 2213 de 2022, de manera simultánea con la presentación "
        "de esta demanda se remite copia de ella y de sus anexos "
        "{% if defendants|rejectattr('email')|list %}por medio electrónico a quienes tienen dirección "
        "electrónica conocida y en físico, a su dirección, a "
        "{% for d in defendants|rejectattr('email') %}{{ d.name }}" + AND + "{% endfor %}, cuya dirección "
        "electrónica se desconoce, según se indica{% else %}a la dirección electrónica de la parte "
        "demandada indicada{% endif %} en el acápite de notificaciones."
    )
    b.tag("{%p endif %}")
    # What the body says goes with the demanda is annexed: the evidence of how each e-mail address was
    # obtained (Ley 2213 art. 8, sworn to in X) and, when no measure is asked before service, the proof of
    # the simultaneous sending (art. 6 inc. 4: without it the demanda is inadmitted).
    annex_list(
        b, "IX. ANEXOS",
        "Además de los documentos relacionados como pruebas, acompaño el poder especial, el certificado de "
        "existencia y representación legal de la demandante"
        "{% if defendants|selectattr('email')|list or not embargoes %}, la liquidación del crédito"
        "{% if defendants|selectattr('email')|list %}{% if not embargoes %}, {% else %} y {% endif %}las "
        "evidencias de la forma en que se obtuvieron las direcciones electrónicas de la parte demandada "
        "(artículo 8 de la Ley 2213 de 2022){% endif %}{% if not embargoes %} y la constancia del envío "
        "simultáneo de la demanda y sus anexos a la parte demandada (artículo 6 de la Ley 2213 de 2022)"
        "{% endif %}{% else %} y la liquidación del crédito{% endif %}; la relación completa de anexos es "
        "la siguiente:",
    )
    b.h("X. NOTIFICACIONES")
    # The city keeps its own final dot ("Bogotá D.C.") unless it ends the sentence (no "D.C..").
    b.p("**Demandante:** {{ creditor.name }}, en {{ creditor.address }}, {{ creditor.city }}"
        "{% if creditor.email %}; correo electrónico {{ creditor.email }}.{% elif not creditor.city.endswith('.') %}."
        "{% endif %}")
    b.tag("{%p for d in defendants %}")
    b.p("**Demandado(a):** {{ d.name }}, en {{ d.address }}, {{ d.city }}"
        "{% if d.email %}; correo electrónico {{ d.email }}{% endif %}"
        "{% if d.phone %}; teléfono {{ d.phone }}{% endif %}"
        "{% if d.email or d.phone or not d.city.endswith('.') %}.{% endif %}")
    b.tag("{%p endfor %}")
    # The oath names, for each address, where it was obtained (the catalog refuses the demanda while a
    # defendant's e-mail has no recorded source: nothing invented is sworn to).
    b.tag("{%p if defendants|selectattr('email')|list %}")
    b.p(
        "Bajo la gravedad del juramento, y para los efectos del artículo 8 de la Ley 2213 de 2022, "
        "manifiesto que las direcciones electrónicas de la parte demandada indicadas en este acápite son "
        "las que utilizan las personas por notificar, y que las obtuve así: "
        "{% for d in defendants|selectattr('email') %}la de {{ d.name }} (origen: {{ d.email_source_text }})"
        + AND + "{% endfor %}. Las evidencias correspondientes se aportan con la demanda."
    )
    b.tag("{%p endif %}")
    b.tag("{%p for d in defendants|rejectattr('email') %}")
    b.p(
        "Desconozco la dirección electrónica de {{ d.name }}, que será notificado(a) en su dirección "
        "física, conforme a los artículos 291 y 292 del Código General del Proceso."
    )
    b.tag("{%p endfor %}")
    b.p("**Apoderado(a):** {{ lawyer.name }}, en {{ lawyer.address }}; correo electrónico "
        "{{ lawyer.email }}, inscrito en el Registro Nacional de Abogados"
        "{% if lawyer.phone %}; teléfono {{ lawyer.phone }}{% endif %}.")
    lawyer_signature(b)
    return b


def poder_especial() -> Builder:
    """Special power of attorney (poder especial, CGP arts. 74 and 77; Ley 2213 art. 5)."""
    b = Builder()
    b.lines(["Señor(a)", "Juez", "**{{ court|upper }}**", "E. S. D."])
    b.lines([
        "**Referencia:** Poder especial para proceso ejecutivo singular",
        "**Demandante:** {{ creditor.name }}",
        "**Demandado(s):** {% for d in defendants %}{{ d.name }}{% if not loop.last %}; {% endif %}"
        "{% endfor %}",
    ])
    b.p(
        "**{{ creditor.legal_representative|upper }}**, mayor de edad, identificado(a) con "
        "{{ creditor.legal_representative_id_fmt }}, obrando en calidad de representante legal de "
        "**{{ creditor.name }}**, identificada con {{ creditor.id_fmt }}, con domicilio en "
        "{{ creditor.city }}, según consta en el certificado de existencia y representación legal que se "
        "anexa, manifiesto que confiero **PODER ESPECIAL, AMPLIO Y SUFICIENTE** a "
        "**{{ lawyer.name|upper }}**, abogado(a) en ejercicio, identificado(a) con {{ lawyer.id_fmt }} y "
        "portador(a) de la tarjeta profesional No. {{ lawyer.professional_card }}, para que en nombre y "
        "representación de la sociedad que represento inicie y lleve hasta su terminación **PROCESO "
        "EJECUTIVO SINGULAR** en contra de "
        "{% for d in defendants %}{{ d.name }} ({{ d.id_fmt }})" + AND + ""
        "{% endfor %}, con el fin de obtener el pago de **{{ capital_words }}** por concepto del capital "
        "contenido en {{ debt.title_the }}{% if debt.title_number %} No. {{ debt.title_number }}"
        "{% endif %}, vencido el {{ debt.due_date_long }}, más los intereses moratorios desde el "
        "{{ debt.interest_from_long }} hasta el pago total, y las costas del proceso."
    )
    b.p(
        "Mi apoderado(a) queda facultado(a), en los términos del artículo 77 del Código General del "
        "Proceso, para presentar la demanda y solicitar medidas cautelares, notificar, recibir, cobrar, "
        "conciliar, transigir, desistir, sustituir y reasumir este poder, presentar y objetar la "
        "liquidación del crédito, solicitar la entrega de títulos de depósito judicial, hacer postura en "
        "remate por cuenta del crédito, interponer recursos y, en general, realizar todas las actuaciones "
        "necesarias para el cabal cumplimiento de este mandato."
    )
    # Ley 2213 de 2022 art. 5: a poder conferred by mensaje de datos is presumed authentic and needs no
    # presentación personal; it states the apoderado's e-mail, the one in the Registro Nacional de Abogados,
    # and a poderdante in the registro mercantil sends it from the address registered for judicial notices.
    b.p(
        "Confiero este poder mediante mensaje de datos, en los términos del artículo 5 de la Ley 2213 de "
        "2022, remitido desde la dirección de correo electrónico "
        "{% if creditor.email %}{{ creditor.email }}, {% endif %}inscrita por la sociedad que represento en "
        "el registro mercantil para recibir notificaciones judiciales; por ello se presume auténtico y no "
        "requiere presentación personal ni reconocimiento. Conforme a la misma norma, indico que la dirección "
        "de correo electrónico de mi apoderado(a), que coincide con la inscrita en el Registro Nacional de "
        "Abogados, es {{ lawyer.email }}.",
        align="left",  # two e-mail addresses: justified, the line before each stretched into gaps
    )
    b.p("Sírvase, señor(a) Juez, reconocer personería al apoderado(a) en los términos y para los fines "
        "aquí señalados.")
    b.signature("Atentamente,", [
        "______________________________________",
        "**{{ creditor.legal_representative|upper }}**",
        "{{ creditor.legal_representative_id_fmt }}",
        "Representante legal de {{ creditor.name }}",
        "{% if creditor.email %}Correo electrónico: {{ creditor.email }}{% endif %}",
    ])
    b.signature("Acepto,", [
        "______________________________________",
        "**{{ lawyer.name|upper }}**",
        "{{ lawyer.id_fmt }}",
        "T. P. No. {{ lawyer.professional_card }}",
        "Correo electrónico: {{ lawyer.email }}",
    ])
    annex_list(b, kinds=("creditor_certificate",))  # the certificate the poder says is annexed
    return b


def _balance_rows(total: str) -> list[list[str]]:
    """The liquidation's balance rows (capital, interest and costs, each less what the payments took), as the
    liquidación and the memorial de abonos both print them; `total` names the last row (TOTAL, SALDO)."""
    return [
        ["(−) Abonos imputados a capital", "{{ liquidation.paid_to_capital_fmt }}"],
        ["Capital insoluto", "{{ liquidation.capital_fmt }}"],
        ["Intereses moratorios causados", "{{ liquidation.interest_accrued_fmt }}"],
        ["(−) Abonos imputados a intereses", "{{ liquidation.paid_to_interest_fmt }}"],
        ["Intereses moratorios pendientes", "{{ liquidation.interest_fmt }}"],
        ["Costas", "{{ liquidation.costs_incurred_fmt }}"],
        ["(−) Abonos imputados a costas", "{{ liquidation.paid_to_costs_fmt }}"],
        ["Costas pendientes", "{{ liquidation.costs_fmt }}"],
        [f"**{total} (capital insoluto + intereses pendientes + costas)**", "**{{ liquidation.total_fmt }}**"],
    ]


def liquidacion_credito() -> Builder:
    """Statement of the debt (liquidación del crédito, CGP art. 446) with the table of stretches."""
    b = Builder()
    # Which liquidation (context.liquidation_kind): before filing, the one at the filing date that goes with
    # the demanda (DOMAIN.md §8); once the order to proceed is in the file, the art. 446 liquidation with its
    # three days' traslado; in between (payment order, service, defences) art. 446 num. 1 does not open the
    # liquidation yet, so an updated one is presented for information and asks for no traslado.
    court_header(b, "{% if liquidation_kind == 'art446' %}Liquidación del crédito (artículo 446 del Código General "
                    "del Proceso){% elif liquidation_kind == 'informative' %}Liquidación actualizada del crédito, "
                    "para información del Despacho{% else %}Liquidación del crédito a la fecha de presentación de "
                    "la demanda{% endif %}")
    b.p(
        "**{{ lawyer.name|upper }}**, apoderado(a) de la parte demandante, "
        "{% if liquidation_kind == 'art446' %}de conformidad con el artículo 446 del Código General del Proceso, "
        "presento la liquidación del crédito{% elif liquidation_kind == 'informative' %}presento, para "
        "información del Despacho, la liquidación actualizada del crédito{% else %}presento, como anexo de la "
        "demanda ejecutiva y soporte de sus pretensiones, la liquidación del crédito{% endif %} con corte al "
        "**{{ liquidation.as_of_long }}**, en los siguientes términos:"
    )
    b.h("1. Intereses moratorios por tramos")
    b.table(
        ["No.", "Desde", "Hasta", "Días", "Tasa E.A.", "Capital base", "Interés"],
        "row in liquidation.rows",
        ["{{ row.number }}", "{{ row.start_short }}", "{{ row.end_short }}", "{{ row.days }}",
         "{{ row.annual_rate_fmt }}", "{{ row.capital_base_fmt }}", "{{ row.interest_fmt }}"],
        totals=[["", "**Total**", "", "**{{ liquidation.days }}**", "", "",
                 "**{{ liquidation.interest_accrued_fmt }}**"]],
        widths=[1.0, 2.6, 2.6, 1.2, 2.0, 3.2, 3.0],
    )
    b.tag("{%p if liquidation.allocations %}")
    b.h("2. Abonos e imputación (artículo 1653 del Código Civil)")
    b.table(
        ["No.", "Fecha", "Valor", "A costas", "A intereses", "A capital"],
        "a in liquidation.allocations",
        ["{{ a.number }}", "{{ a.date_short }}", "{{ a.amount_fmt }}", "{{ a.to_costs_fmt }}",
         "{{ a.to_interest_fmt }}", "{{ a.to_capital_fmt }}"],
        totals=[["", "**Total**", "**{{ liquidation.payments_fmt }}**", "**{{ liquidation.paid_to_costs_fmt }}**",
                 "**{{ liquidation.paid_to_interest_fmt }}**", "**{{ liquidation.paid_to_capital_fmt }}**"]],
        widths=[1.0, 2.4, 3.3, 2.8, 3.0, 3.1],
    )
    b.tag("{%p endif %}")
    b.h("{% if liquidation.allocations %}3{% else %}2{% endif %}. Resumen")
    b.table(
        ["Concepto", "Valor"],
        None,
        ["Capital del título", "{{ debt.capital_fmt }}"],
        totals=_balance_rows("TOTAL"),
        widths=[10.0, 5.0],
    )
    b.p(
        "El total del crédito a la fecha de corte asciende a **{{ liquidation.total_words }}**."
    )
    b.h("{% if liquidation.allocations %}4{% else %}3{% endif %}. Forma de cálculo")
    b.p(
        "Los intereses moratorios se liquidaron día a día sobre el capital insoluto, sin capitalización, "
        "desde el {{ debt.interest_from_long }}, {% if debt.agreed_rate is not none %}a la tasa moratoria "
        "pactada del {{ debt.agreed_rate_fmt }} efectivo anual{% if liquidation.capped %}, limitada a la "
        "tasa máxima legal certificada en los períodos en que la superaba{% else %}, que en ningún período "
        "supera la tasa máxima legal certificada{% endif %} (una y media veces el interés bancario "
        "corriente certificado por la Superintendencia Financiera de Colombia, artículo 884 del Código de "
        "Comercio){% else %}a la tasa de interés moratorio certificada para cada período, equivalente a "
        "una y media veces el interés bancario corriente certificado por la Superintendencia Financiera de "
        "Colombia (artículo 884 del Código de Comercio){% endif %}. La tasa diaria equivale a (1 + tasa "
        "efectiva anual)^(1/{{ liquidation.day_basis }}) − 1. Cada tramo termina al cambiar la tasa o al "
        "aplicarse un abono; los abonos se imputaron primero a costas, luego a intereses y finalmente a "
        "capital (artículo 1653 del Código Civil)."
    )
    b.tag("{%p if liquidation_kind == 'art446' %}")
    b.p(
        "Solicito correr traslado de esta liquidación a la parte demandada por el término de tres (3) "
        "días (artículo 446, numeral 2, del Código General del Proceso) y, vencido este, impartirle "
        "aprobación (numeral 3 del mismo artículo)."
    )
    b.tag("{%p elif liquidation_kind == 'informative' %}")
    b.p(
        "Esta liquidación se presenta a título informativo. La liquidación del crédito del artículo 446 del "
        "Código General del Proceso, de la que se dará traslado a la parte demandada, se presentará una vez "
        "ejecutoriado el auto que ordene seguir adelante la ejecución o notificada la sentencia que resuelva "
        "sobre las excepciones (numeral 1 del mismo artículo)."
    )
    b.tag("{%p endif %}")
    lawyer_signature(b)
    return b


def medidas_cautelares() -> Builder:
    """Request for precautionary measures (embargo y secuestro), one item per asset."""
    b = Builder()
    court_header(b, "Solicitud de medidas cautelares — cuaderno de medidas")
    b.p(
        "**{{ lawyer.name|upper }}**, apoderado(a) de la parte demandante, con fundamento en los artículos "
        "593, 599 y concordantes del Código General del Proceso, solicito al Despacho decretar"
        "{% if not service.served %}, previo a la notificación del mandamiento de pago,{% endif %} las "
        "siguientes **MEDIDAS CAUTELARES** sobre bienes de propiedad de la parte demandada:"
    )
    b.tag("{%p for e in embargoes %}")
    # Money and wages are seized and withheld (art. 593 nums. 9 and 10), goods seized and then taken into
    # custody (art. 595): «embargo y secuestro» of a bank account is a measure no judge decrees.
    b.p(
        "**{{ e.number }}. {{ e.measure_es|capitalize }} — {{ e.asset_type_es }}:** "
        "{{ e.description|trim('.') }}."
        "{% if e.registry %} Entidad o registro: {{ e.registry|trim('.') }}.{% endif %}"
        "{% if e.asset_type == 'account' %} Solicito comunicar la medida a las entidades financieras "
        "mencionadas, para que los dineros embargados se consignen en la cuenta de depósitos judiciales "
        "del Despacho en el Banco Agrario de Colombia (artículo 593, numeral 10, del Código General del "
        "Proceso), respetando los límites de inembargabilidad legales.{% endif %}"
        "{% if e.asset_type == 'salary' %} La medida recae sobre la quinta parte de lo que exceda del "
        "salario mínimo legal (artículo 155 del Código Sustantivo del Trabajo y artículo 593, numeral 9, "
        "del Código General del Proceso); solicito oficiar al pagador.{% endif %}"
        "{% if e.asset_type in ('vehicle', 'real_estate') %} Solicito librar oficio a la entidad de "
        "registro para que inscriba el embargo y expida el certificado correspondiente (artículo 593, "
        "numeral 1, del Código General del Proceso); inscrito el embargo, solicito decretar su secuestro."
        "{% endif %}"
        "{% if e.limit %} Solicito limitar la medida a la suma de {{ e.limit_words }}"
        "{% if e.limit_is_legal %}, valor del crédito y las costas más un cincuenta por ciento (artículo 593, "
        "numeral 10, del Código General del Proceso){% endif %}.{% endif %}",
        indent=0.6,
    )
    b.tag("{%p endfor %}")
    b.p(
        "Manifiesto bajo la gravedad del juramento que los bienes denunciados son de propiedad de la parte "
        "demandada. Solicito que las medidas se limiten a lo necesario conforme al artículo 599 del Código "
        "General del Proceso, teniendo en cuenta que el crédito cobrado asciende a "
        "{% if liquidation %}{{ liquidation.total_words }} con corte al {{ liquidation.as_of_long }} "
        "(capital {{ liquidation.capital_fmt }} e intereses moratorios {{ liquidation.interest_fmt }}), "
        "más los intereses que se causen y las costas{% else %}{{ capital_words }}, más intereses y costas"
        "{% endif %}, y que los oficios se comuniquen por medios electrónicos (artículo 11 de la "
        "Ley 2213 de 2022)."
    )
    # Before service the measures are «previas»: the lawsuit was not sent to the debtor (Ley 2213 art. 6
    # inc. 4). Once the debtor is served they can still be asked for (CGP art. 599) and are carried out
    # before the debtor is told of the order that grants them (CGP art. 298).
    b.tag("{%p if service.served %}")
    b.p(
        "La parte demandada fue notificada del mandamiento de pago{% if service.date_long %} el "
        "{{ service.date_long }}{% endif %}. Conforme al artículo 599 del Código General del Proceso, el "
        "ejecutante puede pedir el embargo y secuestro de bienes del ejecutado desde la presentación de la "
        "demanda, sin que la notificación ya surtida lo impida, y las medidas cautelares se cumplen "
        "inmediatamente, antes de la notificación a la otra parte del auto que las decrete (artículo 298 "
        "del mismo código). Solicito que esta solicitud se tramite en el cuaderno de medidas cautelares y "
        "se mantenga en reserva hasta que las medidas se practiquen."
    )
    b.tag("{%p else %}")
    b.p(
        "Por tratarse de medidas cautelares previas a la notificación, la demanda y sus anexos no se han "
        "remitido a la parte demandada (artículo 6, inciso 4, de la Ley 2213 de 2022). Solicito que esta "
        "solicitud se tramite en cuaderno separado y se mantenga en reserva hasta que las medidas se "
        "practiquen."
    )
    b.tag("{%p endif %}")
    lawyer_signature(b)
    return b


def acuerdo_pago() -> Builder:
    """Payment agreement and settlement (acuerdo de pago / transacción) with the instalments."""
    b = Builder()
    b.title("ACUERDO DE PAGO Y TRANSACCIÓN")
    b.p("Obligación No. {{ account_ref }}{% if radicado %} — Proceso ejecutivo radicado {{ radicado }}"
        "{% endif %}", align="center")
    b.p(
        "Entre los suscritos, **{{ creditor.name }}**, identificada con {{ creditor.id_fmt }}, representada "
        "en este acto por su apoderado(a) **{{ lawyer.name }}** ({{ lawyer.id_fmt }}, T. P. "
        "No. {{ lawyer.professional_card }}), en adelante EL ACREEDOR, y "
        "{% for d in defendants %}**{{ d.name }}**, identificado(a) con {{ d.id_fmt }}, domiciliado(a) en "
        "{{ d.city }}" + AND + "{% endfor %}, en adelante EL DEUDOR, hemos "
        "celebrado el presente acuerdo de pago y transacción, que se rige por las siguientes cláusulas:"
    )
    # What the debtor owed the day it was signed (the liquidation then) and what the parties agree to pay: an
    # agreement for less is a discount the creditor grants only if every instalment is paid (CC arts. 1711 on
    # remisión and 2469 on transacción); it said the lower total «comprende el capital … y los intereses
    # causados», which was not true.
    b.p(
        "**PRIMERA. Reconocimiento de la obligación.** EL DEUDOR reconoce deber a EL ACREEDOR la obligación "
        "contenida en {{ debt.title_the }}{% if debt.title_number %} No. {{ debt.title_number }}{% endif %}"
        "{% if agreement.owed %}, que a la fecha de este acuerdo asciende a {{ agreement.owed.total_fmt }} "
        "(capital insoluto {{ agreement.owed.capital_fmt }} e intereses moratorios "
        "{{ agreement.owed.interest_fmt }}{% if agreement.owed.costs %}, más costas "
        "{{ agreement.owed.costs_fmt }}{% endif %}){% endif %}. Las partes convienen en que EL DEUDOR pagará la "
        "suma total de **{{ agreement.total_words }}**{% if agreement.discount %}, que EL ACREEDOR acepta en "
        "pago total de la obligación; la diferencia de {{ agreement.discount_fmt }} se entenderá condonada "
        "solo cuando EL DEUDOR haya pagado íntegra y oportunamente todas las cuotas{% endif %}."
    )
    b.p("**SEGUNDA. Forma de pago.** EL DEUDOR pagará la suma anterior en {{ agreement.count }} "
        "cuota(s), así:")
    b.table(
        ["Cuota", "Fecha de pago", "Valor"],
        "i in agreement.instalments",
        ["{{ i.number }}", "{{ i.due_long }}", "{{ i.amount_fmt }}"],
        totals=[["**Total**", "", "**{{ agreement.total_fmt }}**"]],
        widths=[2.0, 7.0, 5.0],
    )
    b.p(
        "**TERCERA. Lugar y medio de pago.** Los pagos se harán a favor de {{ creditor.name }}, citando la "
        "obligación No. {{ account_ref }}, en la cuenta o por el medio que EL ACREEDOR indique por escrito. "
        "EL DEUDOR remitirá el soporte de cada pago a {{ lawyer.email }}."
    )
    b.p(
        "**CUARTA. Incumplimiento y cláusula aceleratoria.** El no pago de cualquiera de las cuotas en la "
        "fecha pactada faculta a EL ACREEDOR para declarar vencido el plazo y exigir de inmediato el saldo "
        "insoluto{% if agreement.discount %} de la obligación, sin la condonación prevista en la cláusula "
        "primera y descontados los pagos recibidos{% endif %}, con intereses moratorios a la tasa máxima legal "
        "desde la fecha del incumplimiento, y "
        "para iniciar o continuar el proceso ejecutivo. Este documento contiene una obligación clara, "
        "expresa y exigible y presta mérito ejecutivo (artículo 422 del Código General del Proceso)."
    )
    b.p(
        "**QUINTA. Transacción y efectos sobre el proceso.** Con este acuerdo las partes precaven y "
        "terminan extrajudicialmente las diferencias sobre el monto de la obligación (artículo 2469 del "
        "Código Civil).{% if radicado %} Las partes solicitarán conjuntamente al juzgado la suspensión del "
        "proceso durante el plazo del acuerdo (artículo 161, numeral 2, del Código General del Proceso) y, "
        "pagada la última cuota, su terminación por pago total (artículo 461) y el levantamiento de las "
        "medidas cautelares.{% else %} Pagada la totalidad, EL ACREEDOR se abstendrá de iniciar acción "
        "judicial por esta obligación.{% endif %}"
    )
    b.p(
        "**SEXTA. Sin novación.** Este acuerdo no constituye novación de la obligación original (artículos "
        "1687 y siguientes del Código Civil); el título y sus garantías conservan su vigencia hasta el pago "
        "total."
    )
    b.p(
        "**SÉPTIMA. Información crediticia.** EL ACREEDOR actualizará ante los operadores de información la "
        "situación de la obligación conforme a la Ley 1266 de 2008, reflejando los pagos efectuados."
    )
    b.p(
        "**OCTAVA. Notificaciones.** EL ACREEDOR las recibirá en {{ lawyer.address }} y {{ lawyer.email }}; "
        "EL DEUDOR, en {{ debtor.address }}, {{ debtor.city }}"
        "{% if debtor.email %} y {{ debtor.email }}.{% elif not debtor.city.endswith('.') %}.{% endif %}"
    )
    b.signature("Para constancia se firma en {{ city }}, el {{ agreement.signed_long }}.", [
        "______________________________________",
        "**{{ lawyer.name|upper }}**",
        "{{ lawyer.id_fmt }} — T. P. No. {{ lawyer.professional_card }}",
        "Apoderado(a) de {{ creditor.name }} — EL ACREEDOR",
    ])
    b.tag("{%p for d in defendants %}")
    b.p("", space_after=24).paragraph_format.keep_with_next = True
    b.lines(keep=True, lines=[
        "______________________________________",
        "**{{ d.name|upper }}**",
        "{{ d.id_fmt }}",
        "EL DEUDOR{% if d.role == 'guarantor' %} (codeudor solidario){% endif %}",
    ])
    b.tag("{%p endfor %}")
    return b


def memorial_abonos() -> Builder:
    """Court filing that reports payments received (memorial de abonos), each with how it was applied.

    The judge and the other side need each abono's imputation (CC art. 1653: costs, then interest, then capital)
    and the balance left at the cut-off, the figures of the case's liquidation (CGP art. 446), to the cent.
    """
    b = Builder()
    court_header(b, "Memorial informando abonos recibidos")
    b.p(
        "**{{ lawyer.name|upper }}**, apoderado(a) de la parte demandante, respetuosamente informo al "
        "Despacho que la parte demandada ha efectuado los siguientes abonos a la obligación cobrada, que se "
        "imputaron conforme al artículo 1653 del Código Civil: primero a costas, luego a los intereses "
        "causados hasta la fecha de cada abono y el remanente a capital."
    )
    b.h("1. Abonos recibidos e imputación")
    b.table(
        ["No.", "Fecha", "Valor", "A costas", "A intereses", "A capital"],
        "a in liquidation.allocations",
        ["{{ a.number }}", "{{ a.date_short }}", "{{ a.amount_fmt }}", "{{ a.to_costs_fmt }}",
         "{{ a.to_interest_fmt }}", "{{ a.to_capital_fmt }}"],
        totals=[["", "**Total**", "**{{ liquidation.payments_fmt }}**", "**{{ liquidation.paid_to_costs_fmt }}**",
                 "**{{ liquidation.paid_to_interest_fmt }}**", "**{{ liquidation.paid_to_capital_fmt }}**"]],
        widths=[1.0, 2.4, 3.3, 2.8, 3.0, 3.1],
    )
    b.p("El total abonado asciende a **{{ liquidation.payments_words }}**.", align="left")
    b.tag("{%p if liquidation.allocations|selectattr('reference')|list %}")
    b.p("Soportes de los abonos:", align="left", space_after=2).paragraph_format.keep_with_next = True
    b.tag("{%p for a in liquidation.allocations if a.reference %}")
    b.p("{{ a.number }}. {{ a.date_long }}: {{ a.reference|trim('.') }}.", align="left", indent=0.6, space_after=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.h("2. Saldo de la obligación")
    b.p(
        "Aplicados los abonos, el saldo de la obligación con corte al **{{ liquidation.as_of_long }}**, según "
        "la liquidación del crédito a esa fecha, es el siguiente:"
    ).paragraph_format.keep_with_next = True
    b.table(
        ["Concepto", "Valor"],
        None,
        ["Capital del título", "{{ debt.capital_fmt }}"],
        totals=_balance_rows("SALDO"),
        widths=[10.0, 5.0],
    )
    b.p(
        "Solicito al Despacho tener en cuenta estos abonos, imputados en la forma indicada, en la liquidación "
        "del crédito (artículo 446 del Código General del Proceso), y continuar la ejecución por el capital "
        "insoluto de {{ liquidation.capital_fmt }}{% if liquidation.costs %}, los intereses moratorios "
        "pendientes de {{ liquidation.interest_fmt }} y las costas pendientes de {{ liquidation.costs_fmt }}"
        "{% else %} y los intereses moratorios pendientes de {{ liquidation.interest_fmt }}{% endif %}, más los "
        "intereses moratorios que se causen desde el "
        "{{ liquidation.after_as_of_long }} hasta el pago total.",
        align="left",  # three figures glued to their «$»
    )
    lawyer_signature(b)
    return b


COMMON = ["creditor.name", "creditor.id_number", "debtor.name", "debtor.id_number", "debt.capital",
          "debt.due_date", "debt.title_type", "lawyer.name", "lawyer.id_number", "lawyer.professional_card"]

CATALOG = [
    {
        "name": "carta_requerimiento", "builder": carta_requerimiento, "kind": "notice", "booklet": None,
        "title_es": "Carta de requerimiento prejudicial (constitución en mora)",
        "title_en": "Pre-legal demand letter (notice of default)",
        "for": "case before filing: debtor, debt, lawyer",
        "required": [*COMMON, "debtor.address", "debtor.city", "city", "lawyer.email"],
    },
    {
        "name": "aviso_final", "builder": aviso_final, "kind": "notice", "booklet": None,
        "title_es": "Aviso final antes de demanda",
        "title_en": "Final notice before filing",
        "for": "case before filing, after the demand letter",
        "required": [*COMMON, "debtor.address", "debtor.city", "city", "lawyer.email"],
    },
    {
        "name": "demanda_ejecutiva", "builder": demanda_ejecutiva, "kind": "lawsuit", "booklet": "principal",
        "title_es": "Demanda ejecutiva singular",
        "title_en": "Enforcement lawsuit",
        "for": "filing: parties, debt, liquidation at filing date, annexes, embargoes",
        "required": [*COMMON, "creditor.address", "creditor.city", "debtor.address", "debtor.city",
                     "debt.title_number", "lawyer.email", "lawyer.address", "annexes",
                     "defendants.email_source"],
    },
    {
        "name": "poder_especial", "builder": poder_especial, "kind": "power_of_attorney",
        "booklet": "principal",
        "title_es": "Poder especial",
        "title_en": "Special power of attorney",
        "for": "filing: creditor's legal representative and lawyer",
        "required": [*COMMON, "creditor.city", "creditor.legal_representative",
                     "creditor.legal_representative_id", "lawyer.email"],
    },
    {
        "name": "liquidacion_credito", "builder": liquidacion_credito, "kind": "liquidation",
        "booklet": "principal",
        "title_es": "Liquidación del crédito",
        "title_en": "Statement of the debt",
        "for": "liquidation (CGP art. 446)",
        "required": [*COMMON, "liquidation", "liquidation.rows"],
    },
    {
        "name": "medidas_cautelares", "builder": medidas_cautelares, "kind": "precautionary_measures",
        "booklet": "medidas",
        "title_es": "Solicitud de medidas cautelares (embargo y secuestro)",
        "title_en": "Request for precautionary measures",
        "for": "filing or execution: embargoes",
        "required": [*COMMON, "embargoes"],
    },
    {
        "name": "acuerdo_pago", "builder": acuerdo_pago, "kind": "agreement", "booklet": None,
        "title_es": "Acuerdo de pago y transacción",
        "title_en": "Payment agreement and settlement",
        "for": "agreement with instalments",
        "required": [*COMMON, "agreement", "agreement.instalments", "debtor.address", "debtor.city", "city",
                     "lawyer.email", "lawyer.address"],
    },
    {
        "name": "memorial_abonos", "builder": memorial_abonos, "kind": "memorial", "booklet": "principal",
        "title_es": "Memorial de abonos recibidos",
        "title_en": "Filing reporting payments received",
        "for": "filed case with payments: each one's imputation and the balance at the cut-off",
        "required": [*COMMON, "court", "radicado", "payments", "liquidation", "liquidation.allocations"],
    },
]


def main() -> None:
    """Write every template and catalog.json."""
    OUT.mkdir(parents=True, exist_ok=True)
    entries = []
    for item in CATALOG:
        builder = item["builder"]()
        path = OUT / f"{item['name']}.docx"
        builder.save(path)
        entries.append({k: v for k, v in item.items() if k != "builder"} | {"file": path.name})
        print(f"wrote {path}")
    catalog = {"locale": "es_CO", "templates": entries}
    (OUT / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    print(f"wrote {OUT / 'catalog.json'}")


if __name__ == "__main__":
    main()
