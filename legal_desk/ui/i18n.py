"""Interface language: Spanish is the source text; English comes from resources/translations/*.qm."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from legal_desk.domain.lifecycle import STAGE_LABELS_EN, STAGE_LABELS_ES, Stage
from legal_desk.paths import resources_dir

LANGUAGES = {"es": "Español", "en": "English"}
_installed: list[QTranslator] = []
_current = "es"


class _Translator(QTranslator):
    """A .qm translator that also looks in the empty context.

    pyside6-lupdate files module-level `tr("…")` helpers (which translate in a fixed context at run
    time) under an empty context; falling back to it keeps those texts translated.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        return text or None  # None is a null QString: "no translation here", so Qt keeps the source text


def translations_dir() -> str:
    """Folder holding legal_desk_<lang>.ts/.qm."""
    return str(resources_dir() / "translations")


def current_language() -> str:
    """The language installed last ("es" or "en")."""
    return _current


def install_language(lang: str) -> bool:
    """Install the translators for `lang` on the running application; False if its .qm is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = "es"
    if lang not in LANGUAGES:
        lang = "es"
    ok = True
    if lang == "en":
        ours = _Translator(app)
        ok = ours.load("legal_desk_en", translations_dir())
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
            _current = "en"
    qt = QTranslator(app)  # Qt's own dialogs and buttons (QMessageBox "Yes"/"Sí", …)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def stage_label(stage: str) -> str:
    """A stage's name in the interface language."""
    try:
        s = Stage(stage)
    except ValueError:
        return stage
    labels = STAGE_LABELS_EN if _current == "en" else STAGE_LABELS_ES
    return labels.get(s, stage)


_ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrador"),
    "lawyer": QT_TRANSLATE_NOOP("Roles", "Abogado"),
    "paralegal": QT_TRANSLATE_NOOP("Roles", "Dependiente judicial"),
    "collections": QT_TRANSLATE_NOOP("Roles", "Cobranza"),
}


def role_label(role: str) -> str:
    """A role's name in the interface language."""
    label = _ROLE_LABELS.get(str(role))
    return QCoreApplication.translate("Roles", label) if label else str(role)
