"""Packaging glue: the top-level data folders ship inside the package (see legal_desk/paths.py)."""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
DATA_DIRS = {"migrations": "legal_desk.migrations", "resources": "legal_desk.resources",
             "document_templates": "legal_desk.document_templates", "forms": "legal_desk.forms"}

package_dir: dict[str, str] = {}
for folder, package in DATA_DIRS.items():
    for sub in [ROOT / folder, *sorted(p for p in (ROOT / folder).rglob("*") if p.is_dir())]:
        if "__pycache__" in sub.parts:
            continue
        rel = sub.relative_to(ROOT / folder)
        name = package if not rel.parts else package + "." + ".".join(rel.parts)
        package_dir[name] = str(sub.relative_to(ROOT))

setup(
    packages=find_packages(include=["legal_desk", "legal_desk.*"]) + list(package_dir),
    package_dir=package_dir,
    package_data={name: ["*"] for name in package_dir},
)
