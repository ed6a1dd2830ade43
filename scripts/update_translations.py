"""Refresh resources/translations/legal_desk_en.ts with pyside6-lupdate, fill English, compile the .qm.

The .ts file is the source of truth: an existing translation there is never overwritten. Messages
still without a translation are filled from the reviewed dictionary in scripts/translations_en.py;
any message left empty is listed so a person can add it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "legal_desk_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter."""
    return str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    """Every UI module (not the generated ui_*.py; their .ui files are read instead) and every form."""
    py = [p for p in sorted((ROOT / "legal_desk" / "ui").rglob("*.py")) if not p.name.startswith("ui_")]
    return py + sorted((ROOT / "forms").glob("*.ui")) + [ROOT / "legal_desk" / "app.py"]


def run_lupdate() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-target-language", "en_US",
         "-ts", str(TS.relative_to(ROOT))],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def fill(dictionary: dict[str, str]) -> list[str]:
    """Fill empty translations from the dictionary; returns source texts still untranslated."""
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            continue
        if tr.text and tr.get("type") != "unfinished":
            continue
        english = dictionary.get(source)
        if english is None:
            missing.append(source)
            continue
        tr.text = english
        tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def run_lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main() -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations_en import EN

    run_lupdate()
    missing = fill(EN)
    run_lrelease()
    for text in missing:
        print(f"sin traducción: {text!r}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} mensajes sin traducir")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
