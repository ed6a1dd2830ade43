"""Light and dark palettes, and the few colours the screens choose themselves, readable in both.

The application used to force its light palette on every desktop, and the screens coloured their notices,
errors, tiles and highlighted rows with fixed light-theme colours. A lawyer whose Windows or Linux desktop
is in dark mode (or who needs it: glare, migraine, low vision) got a white window, or, with a dark
palette, black text on dark grey and white text on pale yellow rows. Now `make_application` follows the
desktop's colour scheme, and every colour chosen here has a light and a dark variant picked from the
palette in use, with a WCAG contrast of at least 4.5:1 against what it is drawn on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole


def light_palette() -> QPalette:
    """A calm light palette: white surfaces, slate text, a navy accent."""
    p = QPalette()
    window, base, alt = QColor("#f4f6f9"), QColor("#ffffff"), QColor("#eef2f7")
    text, accent = QColor("#1e293b"), QColor("#1f4e79")
    p.setColor(Role.Window, window)
    p.setColor(Role.WindowText, text)
    p.setColor(Role.Base, base)
    p.setColor(Role.AlternateBase, alt)
    p.setColor(Role.ToolTipBase, QColor("#fffbe6"))
    p.setColor(Role.ToolTipText, text)
    p.setColor(Role.PlaceholderText, QColor("#64748b"))
    p.setColor(Role.Text, text)
    p.setColor(Role.Button, QColor("#e8edf3"))
    p.setColor(Role.ButtonText, text)
    p.setColor(Role.BrightText, QColor("#b91c1c"))
    p.setColor(Role.Link, accent)
    p.setColor(Role.Highlight, accent)
    p.setColor(Role.HighlightedText, QColor("#ffffff"))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b4"))
    return p


def dark_palette() -> QPalette:
    """The same palette for a dark desktop: slate surfaces, light text, a brighter blue accent."""
    p = QPalette()
    window, base, alt = QColor("#1e232b"), QColor("#171b21"), QColor("#222831")
    text = QColor("#e2e8f0")
    p.setColor(Role.Window, window)
    p.setColor(Role.WindowText, text)
    p.setColor(Role.Base, base)
    p.setColor(Role.AlternateBase, alt)
    p.setColor(Role.ToolTipBase, QColor("#2a313c"))
    p.setColor(Role.ToolTipText, text)
    p.setColor(Role.PlaceholderText, QColor("#8b97a8"))
    p.setColor(Role.Text, text)
    p.setColor(Role.Button, QColor("#2a313c"))
    p.setColor(Role.ButtonText, text)
    p.setColor(Role.BrightText, QColor("#fca5a5"))
    p.setColor(Role.Link, QColor("#8ab8ff"))
    p.setColor(Role.LinkVisited, QColor("#c4a7ff"))
    p.setColor(Role.Highlight, QColor("#2f6db0"))
    p.setColor(Role.HighlightedText, QColor("#ffffff"))
    p.setColor(Role.Light, QColor("#3a4452"))
    p.setColor(Role.Midlight, QColor("#323a46"))
    p.setColor(Role.Mid, QColor("#2a313c"))
    p.setColor(Role.Dark, QColor("#12151a"))
    p.setColor(Role.Shadow, QColor("#000000"))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c8796"))
    p.setColor(QPalette.ColorGroup.Disabled, Role.Button, QColor("#252b34"))
    p.setColor(QPalette.ColorGroup.Disabled, Role.Base, QColor("#1b1f26"))
    return p


def desktop_prefers_dark() -> bool:
    """The desktop's colour scheme is dark (Windows, macOS, GNOME and KDE tell Qt 6.5+)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette (the application's by default) draws light text on dark windows."""
    p = palette if palette is not None else QGuiApplication.palette()
    return p.color(Role.Window).lightness() < 128


# Colour names the screens use, each with its light and dark variant (CSS hex). The light variants are
# the colours the screens have always had; a .ui form's style sheet that names one is translated by
# `adapt_style_sheets`.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b91c1c", "#fca5a5"),  # an error message on the window
    "warning": ("#5c4400", "#fcd34d"),  # a warning line on the window
    "reminder": ("#7a4a00", "#fcd34d"),  # the status bar's reminder
    "muted": ("#555555", "#a9b4c2"),  # a secondary line (version, empty list)
    "label": ("#444444", "#c0c9d6"),  # a field's caption beside its value
    "subtle": ("#475569", "#aab4c3"),
    "faint": ("#5a6578", "#98a4b5"),
    "caption": ("#334155", "#cbd5e1"),
    "notice_bg": ("#fff1c2", "#4a3b0f"),  # a yellow notice box
    "notice_fg": ("#5c4400", "#fde68a"),
    "notice_text": ("#1f1f1f", "#f1f5f9"),
    "notice_border": ("#d4a017", "#a17c2a"),
    "attention_bg": ("#fff7e0", "#4a3b0f"),
    "attention_border": ("#f0c36d", "#a17c2a"),
    "attention_fg": ("#5c3d00", "#fde68a"),
    "info_bg": ("#eef4fb", "#1f2d3d"),  # a blue hint box
    "info_fg": ("#1e293b", "#dbe7f5"),
    "info_border": ("#b6cbe3", "#3d5a7a"),
    "policy_bg": ("#e8f0fe", "#1f2d45"),
    "policy_fg": ("#1e3a8a", "#c7d8ff"),
    "drop_border": ("#888888", "#8b97a8"),
    "drop_fg": ("#444444", "#c0c9d6"),
    "tile_bg": ("#ffffff", "#232a33"),
    "tile_hover": ("#f3f7fc", "#2a3340"),
    "tile_border": ("#d0d7e2", "#3a4452"),
    "green": ("#15803d", "#4ade80"),  # a tile's number, a chart's «recovered» bar
    "navy": ("#1f4e79", "#8ab8ff"),
    "red": ("#b91c1c", "#fca5a5"),
    "amber": ("#b45309", "#fbbf24"),
    "bar": ("#1f4e79", "#3874b5"),  # a chart's bar (the label is drawn beside it, not on it)
    "chart_text": ("#1f2937", "#e2e8f0"),
    # the navigation: a navy column (a deeper one beside dark pages); its current item has the page's colour
    "nav_bg": ("#1f3a5f", "#16283f"),
    "nav_fg": ("#e8eef6", "#dbe4ef"),
    "nav_hover": ("#2c4f7c", "#24405f"),
    "nav_current_bg": ("#f4f6f9", "#1e232b"),  # the palette's Window, light and dark
    "nav_current_fg": ("#1f3a5f", "#8ab8ff"),
    "page_desk": ("#6b6b6b", "#0f1216"),  # behind a preview's white pages
}

#: Text drawn on a light tint (a highlighted table row), and on its dark counterpart.
TINT_TEXT = ("#1f1f1f", "#f1f5f9")


def tone(name: str, palette: QPalette | None = None) -> str:
    """The CSS colour of a named tone for the palette in use."""
    light, dark = TONES[name]
    return dark if is_dark(palette) else light


def colour(name: str, palette: QPalette | None = None) -> QColor:
    return QColor(tone(name, palette))


#: Each style sheet handed out for a dark palette (or rendered from a template), and what it was made from:
#: (True, the `{tone}` template) or (False, the light sheet). A switch of the desktop's scheme while the
#: program runs gives every widget the sheet for the new palette from it (`restyle`).
_SOURCES: dict[str, tuple[bool, str]] = {}
_MAX_SOURCES = 10_000  # style sheets are a few dozen fixed strings; this only bounds a runaway caller


def _remember(shown: str, is_template: bool, source: str) -> None:
    if shown != source and len(_SOURCES) < _MAX_SOURCES:
        _SOURCES[shown] = (is_template, source)


def style(template: str, palette: QPalette | None = None) -> str:
    """A style sheet whose `{tone}` placeholders become the palette's colours: "color:{error};"."""
    dark = is_dark(palette)
    shown = template.format(**{k: v[1] if dark else v[0] for k, v in TONES.items()})
    _remember(shown, True, template)
    return shown


def tint(light: QColor, palette: QPalette | None = None) -> QColor:
    """A row's highlight: the light tint itself, or on a dark palette a deep colour of the same hue."""
    if not is_dark(palette):
        return light
    hue, sat, _lightness, _alpha = light.getHslF()
    return QColor.fromHslF(max(hue, 0.0), min(sat, 0.6), 0.22)


def tint_text(palette: QPalette | None = None) -> QColor:
    """The text colour readable on `tint`'s colours."""
    return QColor(TINT_TEXT[1] if is_dark(palette) else TINT_TEXT[0])


def _expand(hex_colour: str) -> str:
    h = hex_colour.lower()
    return "#" + "".join(c * 2 for c in h[1:]) if len(h) == 4 else h


_LIGHT_TO_DARK = dict(TONES.values())
_LIGHT_TO_DARK["#1f1f1f"] = TINT_TEXT[1]
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def adapted(sheet: str, palette: QPalette | None = None) -> str:
    """A style sheet written with the light theme's colours, for the palette in use: on a dark palette
    each colour of `TONES` becomes its dark variant ("color:#b91c1c;" → "color:#fca5a5;")."""
    if not is_dark(palette) or "#" not in sheet:
        return sheet
    shown = _HEX.sub(lambda m: _LIGHT_TO_DARK.get(_expand(m.group(0)), m.group(0)), sheet)
    _remember(shown, False, sheet)
    return shown


def restyled(sheet: str, palette: QPalette | None = None) -> str:
    """A style sheet made by `style` or `adapted` (or a .ui form's light one), for `palette` instead."""
    is_template, source = _SOURCES.get(sheet, (False, sheet))
    return style(source, palette) if is_template else adapted(source, palette)


def restyle(widgets: Iterable[QWidget], palette: QPalette | None = None) -> None:
    """Give each widget's style sheet the colours of `palette` (a light/dark switch while it is shown)."""
    for widget in widgets:
        sheet = widget.styleSheet()
        if sheet and "#" in sheet:
            new = restyled(sheet, palette)
            if new != sheet:
                widget.setStyleSheet(new)


def palette_for(dark: bool) -> QPalette:
    return dark_palette() if dark else light_palette()


def apply_scheme(dark: bool) -> None:
    """Switch the running program to the light or dark palette: the application's palette, every style sheet
    chosen here, and (through their QEvent.PaletteChange) the screens that keep colours of their own: the
    dashboard's charts, the agenda's calendar, the users' list. Tables pick their tints when they paint."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or is_dark(app.palette()) == dark:
        return
    palette = palette_for(dark)
    app.setPalette(palette)
    restyle(app.allWidgets(), palette)


def follow_desktop_scheme(app: QApplication) -> None:
    """Follow the desktop's light/dark switch while the program runs (it was read once, at start-up: a lawyer
    who turned on dark mode in the evening kept a white window until the next start)."""
    if app.property(_FOLLOWING):  # make_application again (tests, a second window): connected once
        return
    app.setProperty(_FOLLOWING, True)
    app.styleHints().colorSchemeChanged.connect(_on_scheme_changed)


_FOLLOWING = "legal_desk_follows_scheme"


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    apply_scheme(scheme == Qt.ColorScheme.Dark)


def adapt_style_sheets(root: QWidget, palette: QPalette | None = None) -> None:
    """`adapted` applied to the style sheets of a form built from a .ui file (which names the light colours)."""
    if not is_dark(palette):
        return
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if sheet and "#" in sheet:
            widget.setStyleSheet(adapted(sheet, palette))


def at_least(base: QFont, points: float, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """`base` at `points`, or at `factor` × its own size when that is larger: a heading fixed at 15 px came
    out smaller than the body text of a user whose desktop font is 14–16 pt (low vision, a 4K screen)."""
    font = QFont(base)
    size = base.pointSizeF()
    font.setPointSizeF(max(points, size * factor) if size > 0 else points)
    font.setBold(bold or base.bold())
    return font


def relative_luminance(c: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21) between two colours; 4.5 is the minimum for body text."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
