"""Content-addressed file store for evidence and generated files."""

from legal_desk.store.filestore import FileStore, StoreCancelled, StoredFile, StoreError, human_size

__all__ = ["FileStore", "StoreCancelled", "StoreError", "StoredFile", "human_size"]
