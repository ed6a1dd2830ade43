"""Packaging glue: the top-level data folders ship inside the package (see legal_desk/paths.py)."""

from setuptools import find_packages, setup

DATA_PACKAGES = {
    "legal_desk.migrations": "migrations",
    "legal_desk.migrations.versions": "migrations/versions",
    "legal_desk.resources": "resources",
    "legal_desk.document_templates": "document_templates",
    "legal_desk.forms": "forms",
}

setup(
    packages=find_packages(include=["legal_desk", "legal_desk.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
)
