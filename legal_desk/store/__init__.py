"""Content-addressed file store for evidence and generated files."""

from legal_desk.store.filestore import FileStore, StoreError, StoredFile

__all__ = ["FileStore", "StoreError", "StoredFile"]
