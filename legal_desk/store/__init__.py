"""Content-addressed file store for evidence and generated files."""

from legal_desk.store.filestore import FileStore, StoredFile, StoreError

__all__ = ["FileStore", "StoreError", "StoredFile"]
