"""Evidence and generated files kept by SHA-256 (`ab/cdef…`), written atomically, never modified."""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

CHUNK = 1024 * 1024


class StoreError(TextError, OSError):
    """The store cannot be used or a file in it is missing or altered; the message (a catalogue `Text`) names it."""


class StoreCancelled(Exception):
    """The caller's `cancelled()` said stop while a file was being copied in; nothing was kept."""


def human_size(size: int) -> str:
    """Bytes as people read them, Spanish style: «850 B», «12 KB», «7,6 MB», «1,2 GB»."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    if size < 1024**3:
        return f"{size / 1024**2:.1f} MB".replace(".", ",")
    return f"{size / 1024**3:.1f} GB".replace(".", ",")


def _write_problem(root: Path, exc: OSError, what: str = "") -> StoreError:
    """A failed write into the store, said in Spanish with the folder (and the file) it concerns."""
    lost: str | Text = Text(M.STORE_NOT_SAVED, what=what) if what else ""
    if exc.errno == errno.ENOSPC:
        message = Text(M.STORE_DISK_FULL, root=root, lost=lost)
    elif exc.errno == errno.EROFS:
        message = Text(M.STORE_READ_ONLY, root=root, lost=lost)
    elif exc.errno in (errno.EACCES, errno.EPERM):
        message = Text(M.STORE_NO_PERMISSION, root=root, lost=lost)
    elif exc.errno == errno.EDQUOT:
        message = Text(M.STORE_QUOTA, root=root, lost=lost)
    else:
        message = Text(M.STORE_CANNOT_WRITE, root=root, lost=lost, reason=exc.strerror or exc)
    return StoreError(message)


@dataclass(frozen=True)
class StoredFile:
    """A file now in the store: its hash, size and guessed media type."""

    sha256: str
    size: int
    media_type: str
    path: Path


def sniff_media_type(head: bytes, filename: str) -> str:
    """Media type from the first bytes (magic numbers), falling back to the file name."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"PK\x03\x04"):
        guess = mimetypes.guess_type(filename)[0]
        return guess or "application/zip"
    guess = mimetypes.guess_type(filename)[0]
    if filename.lower().endswith(".eml"):
        return "message/rfc822"
    return guess or "application/octet-stream"


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class FileStore:
    """A folder of files named by their SHA-256; adding the same content twice stores it once."""

    def __init__(self, root: Path, in_use: Callable[[], bool] | None = None) -> None:
        """`in_use()` says whether the database cites files kept here: then a missing or empty root is not
        made anew (a disk or network share unplugged), see `ensure_writable`."""
        self.root = Path(root)
        self._in_use = in_use

    def _looks_unplugged(self) -> bool:
        """The root is missing, or empty (an unmounted share's mount point), while the database cites files in it."""
        try:
            with os.scandir(self.root) as entries:
                if next(entries, None) is not None:
                    return False
        except FileNotFoundError:
            pass
        except OSError:
            return False  # not a folder, no permission: the write below says why
        return self._in_use is not None and self._in_use()

    def ensure_writable(self, what: str = "") -> None:
        """Create the root if needed and prove that it can be written, or say why not.

        A root that is gone or empty while the database cites files in it is refused, not created again:
        a new file written there would be hidden, and so lost, once the disk or share is back.
        """
        if self._looks_unplugged():
            lost: str | Text = Text(M.STORE_NOT_SAVED, what=what) if what else ""
            raise StoreError(Text(M.STORE_UNPLUGGED, root=self.root, lost=lost))
        self.create_root()

    def create_root(self) -> None:
        """Create the root if needed (a new desk, a restore) and prove that it can be written, or say why not."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".probe-"):
                pass
        except OSError as exc:
            raise _write_problem(self.root, exc) from exc

    def path_for(self, sha256: str) -> Path:
        """Where a file with this hash lives."""
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add_file(
        self,
        source: Path,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> StoredFile:
        """Copy a file into the store (hashing while copying); no-op when the content is already there.

        `progress(bytes_done)` is called after every chunk; `cancelled()` returning True stops the copy
        (StoreCancelled, the partial copy removed).
        """
        source = Path(source)
        if not source.exists():
            raise StoreError(Text(M.FILE_DOES_NOT_EXIST, path=source))
        if not source.is_file():
            raise StoreError(Text(M.FILE_NOT_A_FILE, path=source))
        try:
            fh = open(source, "rb")  # noqa: SIM115 - closed by the `with fh` below, after the chunks are read
        except PermissionError as exc:
            raise StoreError(Text(M.STORE_CANNOT_READ, source=source, reason=Text(M.STORE_PERMISSION_DENIED))) from exc
        except OSError as exc:
            raise StoreError(Text(M.STORE_CANNOT_READ, source=source, reason=exc.strerror or exc)) from exc

        def chunks() -> Iterator[bytes]:
            done = 0
            while True:
                if cancelled is not None and cancelled():
                    raise StoreCancelled(str(source))
                try:
                    chunk = fh.read(CHUNK)
                except OSError as exc:  # a USB stick pulled out, a network share gone
                    raise StoreError(Text(M.STORE_READ_CUT, source=source, reason=exc.strerror or exc)) from exc
                if not chunk:
                    return
                done += len(chunk)
                yield chunk
                if progress is not None:
                    progress(done)

        with fh:
            return self._add_stream(chunks(), source.name)

    def add_bytes(self, data: bytes, filename: str = "") -> StoredFile:
        """Store bytes (a generated document, a demo file)."""
        return self._add_stream(iter([data]), filename)

    def add_stream(self, chunks: Iterator[bytes], filename: str = "", *, restoring: bool = False) -> StoredFile:
        """Store what `chunks` yields (a file of a backup ZIP) without holding it whole in memory.

        `restoring`: a restore fills a new or empty root on purpose (the database it replaces may cite files).
        """
        return self._add_stream(chunks, filename, restoring=restoring)

    def _add_stream(self, chunks: Iterator[bytes], filename: str, *, restoring: bool = False) -> StoredFile:
        if restoring:
            self.create_root()
        else:
            self.ensure_writable(filename)
        try:
            return self._write_stream(chunks, filename)
        except StoreError:
            raise
        except OSError as exc:
            raise _write_problem(self.root, exc, filename) from exc

    def _write_stream(self, chunks: Iterator[bytes], filename: str) -> StoredFile:
        h = hashlib.sha256()
        size = 0
        head = b""
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    if len(head) < 16:
                        head += chunk[:16]
                    h.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = h.hexdigest()
            target = self.path_for(digest)
            if target.exists():
                os.unlink(tmp_name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(tmp_name, 0o444)
                os.replace(tmp_name, target)
                dir_fd = os.open(target.parent, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return StoredFile(digest, size, sniff_media_type(head, filename), target)

    def bulk_writer(self) -> BulkWriter:
        """A writer for many small generated files (a demo portfolio's evidence): one disk flush at the end."""
        self.ensure_writable()
        return BulkWriter(self)

    def open_path(self, sha256: str) -> Path:
        """The stored file's path, for preview or export; raises if it is missing."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise StoreError(Text(M.STORE_FILE_MISSING, sha256=sha256))
        return path

    def read_bytes(self, sha256: str) -> bytes:
        return self.open_path(sha256).read_bytes()

    def verify(self, sha256: str) -> str | None:
        """Re-hash one stored file: None when intact, else what is wrong."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "falta el archivo"
        actual = sha256_file(path)
        if actual != sha256:
            return f"el contenido cambió (SHA-256 actual {actual})"
        return None

    def verify_many(
        self,
        hashes: list[str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, str]:
        """Re-hash every listed file; returns {sha256: problem} for those that fail.

        Stops early (returning what it found so far) once `cancelled` answers True; the caller decides.
        """
        problems: dict[str, str] = {}
        for i, digest in enumerate(hashes, 1):
            if cancelled is not None and cancelled():
                break
            problem = self.verify(digest)
            if problem:
                problems[digest] = problem
            if progress:
                progress(i, len(hashes))
        return problems


class BulkWriter:
    """Adds many small files without flushing the disk after each one; `flush()` makes them all durable.

    A file is created under its hash in one write (exclusive create). One found there already is kept
    when its size is right; a wrong size (a crash cut it short) is replaced through a temporary name.
    The caller flushes before it commits the rows that cite the files.
    """

    def __init__(self, store: FileStore) -> None:
        self.store = store
        self._seen: set[str] = set()
        self._folders: set[str] = set()
        self._sync_each = not hasattr(os, "sync")  # Windows: no global flush, so flush file by file

    def add(self, data: bytes, filename: str = "") -> StoredFile:
        """Store `data` (no-op when the same content is already there) and say where it is."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.store.path_for(digest)
        if digest not in self._seen:
            try:
                self._write(digest, target, data)
            except OSError as exc:
                raise _write_problem(self.store.root, exc, filename) from exc
            self._seen.add(digest)
        return StoredFile(digest, len(data), sniff_media_type(data[:16], filename), target)

    def _write(self, digest: str, target: Path, data: bytes) -> None:
        if digest[:2] not in self._folders:
            target.parent.mkdir(exist_ok=True)
            self._folders.add(digest[:2])
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(target, flags, 0o444)
        except FileExistsError:
            if os.path.getsize(target) == len(data):
                return
            tmp = f"{target}.incoming"
            fd = os.open(tmp, flags & ~os.O_EXCL | os.O_TRUNC, 0o444)
            self._fill(fd, data)
            os.replace(tmp, target)
            return
        try:
            self._fill(fd, data)
        except OSError:
            os.unlink(target)  # never leave a short file under a hash
            raise

    def _fill(self, fd: int, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if self._sync_each:
                os.fsync(fd)
        finally:
            os.close(fd)

    def flush(self) -> None:
        """Make every file written so far durable (one flush of the disk)."""
        if not self._sync_each:
            try:
                os.sync()
            except OSError as exc:
                raise _write_problem(self.store.root, exc) from exc
