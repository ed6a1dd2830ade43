"""Errors shared by the document builders."""

from __future__ import annotations


class Cancelled(Exception):
    """The user cancelled a long document job; nothing half-built is left behind."""

    def __init__(self, message: str = "Operación cancelada por el usuario.") -> None:
        super().__init__(message)
