"""DOCX → PDF through LibreOffice headless: one `soffice` process converts a whole batch.

LibreOffice runs with a private user profile (`-env:UserInstallation`) so it never clashes with a
LibreOffice the user has open; the profile is kept for the life of the process because creating one
costs seconds. If LibreOffice is missing, `ConverterUnavailable` says so and the caller keeps the DOCX.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from legal_desk.documents.errors import Cancelled
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text

# Keep each command line well under ARG_MAX (and Windows' 32 K limit), and restart LibreOffice every
# few hundred documents: a long-running headless instance can die mid-batch.
MAX_ARGS_CHARS = 24_000
MAX_FILES_PER_PROCESS = 200
# Files a dead LibreOffice left unconverted are retried this many times in a fresh process.
RETRIES = 2
# A LibreOffice process that has not finished in TIMEOUT_S + TIMEOUT_PER_FILE_S per file is hung: it is killed
# and its files are not retried (a hung LibreOffice hangs again).
TIMEOUT_S = 120
TIMEOUT_PER_FILE_S = 10
_NOISE = ("javaldx", "java may not function")
_CONVERTED = re.compile(r"^convert (.+?) -> (.+?) using filter", re.MULTILINE)
_lock = threading.Lock()
_profile_dir: Path | None = None


class ConverterUnavailable(RuntimeError):
    """LibreOffice is not installed (or not on PATH): PDFs cannot be produced here."""

    def __init__(self) -> None:
        self.text = Text(M.LIBREOFFICE_MISSING)  # worded by an interface (domain.messages.text_of)
        super().__init__(str(self.text))


class ConversionError(RuntimeError):
    """Some files did not convert; `failed` maps each to the reason, `converted` lists the PDFs made."""

    def __init__(self, failed: dict[Path, str], converted: list[Path]) -> None:
        self.failed = failed
        self.converted = converted
        names = "; ".join(f"{p.name}: {reason}" for p, reason in failed.items())
        self.text = Text(M.PDF_CONVERSION_FAILED, count=len(failed), names=names)
        super().__init__(str(self.text))


def find_soffice() -> Path:
    """The LibreOffice program: `LEGAL_DESK_SOFFICE`, else `soffice` or `libreoffice` on PATH."""
    override = os.environ.get("LEGAL_DESK_SOFFICE")
    if override and Path(override).is_file():
        return Path(override)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    raise ConverterUnavailable()


def calc_available() -> bool:
    """Whether LibreOffice has its spreadsheet module (Calc): some installs carry Writer only.

    True when it cannot tell (an unusual layout): the conversion itself will then say what failed.
    """
    try:
        program = find_soffice().resolve().parent
    except ConverterUnavailable:
        return False
    folders = [program, program.parent / "Frameworks"]  # macOS keeps the libraries beside MacOS/
    names = {lib.name.split(".")[0] for folder in folders if folder.is_dir() for lib in folder.iterdir()}
    if not names & {"libswlo", "swlo"}:  # Writer's library not found either: not a layout we know,
        return True  # so do not claim Calc is missing
    return bool(names & {"libsclo", "sclo"})


def converter_available() -> bool:
    """Whether LibreOffice can be found."""
    try:
        find_soffice()
    except ConverterUnavailable:
        return False
    return True


def _profile() -> Path:
    """This process's private LibreOffice profile directory (created once, reused)."""
    global _profile_dir
    if _profile_dir is None:
        _profile_dir = Path(tempfile.mkdtemp(prefix=f"legal_desk_lo_{os.getpid()}_"))
    return _profile_dir


def _chunks(paths: list[Path]) -> list[list[Path]]:
    """Split into batches whose command line stays short and whose file names are unique."""
    chunks: list[list[Path]] = []
    current: list[Path] = []
    stems: set[str] = set()
    size = 0
    for path in paths:
        length = len(str(path)) + 1
        full = size + length > MAX_ARGS_CHARS or len(current) >= MAX_FILES_PER_PROCESS
        if current and (full or path.stem in stems):
            chunks.append(current)
            current, stems, size = [], set(), 0
        current.append(path)
        stems.add(path.stem)
        size += length
    if current:
        chunks.append(current)
    return chunks


def _run_chunk(
    soffice: Path,
    chunk: list[Path],
    out_dir: Path,
    on_file: Callable[[], None],
    cancelled: Callable[[], bool] | None,
    export: str = "pdf:writer_pdf_Export",
) -> str:
    """Run one soffice process over a chunk; return its meaningful error output and exit status."""
    cmd = [
        str(soffice),
        f"-env:UserInstallation={_profile().as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        "--nologo",
        "--convert-to",
        export,
        "--outdir",
        str(out_dir),
        *(str(p) for p in chunk),
    ]
    timeout = TIMEOUT_S + TIMEOUT_PER_FILE_S * len(chunk)
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=os.name == "posix",  # its own process group: a kill reaches soffice.bin too
    )
    stderr_lines: list[str] = []
    reader = threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    # stdout is read in a thread too: a hung LibreOffice prints nothing, and a loop over its lines would
    # wait for the next one for ever, past the timeout and deaf to Cancel.
    out_lines: queue.Queue[str | None] = queue.Queue()

    def read_out() -> None:
        assert proc.stdout is not None
        for out_line in proc.stdout:
            out_lines.put(out_line)
        out_lines.put(None)

    threading.Thread(target=read_out, daemon=True).start()
    try:
        while True:
            try:
                line = out_lines.get(timeout=0.1)
            except queue.Empty:
                line = ""
            if line is None:
                break
            if line and _CONVERTED.match(line):
                on_file()
            if cancelled is not None and cancelled():
                raise Cancelled()
            if time.monotonic() - started > timeout:
                raise subprocess.TimeoutExpired(cmd, timeout)
        proc.wait(timeout=max(1.0, timeout - (time.monotonic() - started)))
    except BaseException:
        _kill(proc)
        raise
    reader.join(timeout=5)
    errors = [ln.strip() for ln in stderr_lines if ln.strip() and not any(n in ln for n in _NOISE)]
    if proc.returncode:
        errors.append(f"LibreOffice terminó con código {proc.returncode}")
    return "\n".join(errors)


def _kill(proc: subprocess.Popen[str]) -> None:
    """End a LibreOffice run and everything it started (its process group on POSIX)."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()
    proc.wait()


def convert_many(
    docx_paths: Sequence[Path],
    out_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    export: str = "pdf:writer_pdf_Export",
    retries: int = RETRIES,
) -> list[Path]:
    """Convert documents to PDF in `out_dir` (`<stem>.pdf`) with one soffice process per batch.

    `export` is LibreOffice's `--convert-to` target: the Writer filter for the generated DOCX, plain
    "pdf" to let LibreOffice pick the filter of each file's kind (Calc for a spreadsheet). Files left
    unconverted are tried again in a fresh process `retries` times.
    Returns the PDFs in input order. Raises ConversionError naming every file that failed (its
    `converted` lists the ones that worked), Cancelled if `cancelled()` turns true.
    """
    soffice = find_soffice()
    paths = [Path(p).resolve() for p in docx_paths]
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    missing = {p: "el archivo no existe" for p in paths if not p.is_file()}
    todo = [p for p in paths if p not in missing]
    total, done = len(paths), 0

    def on_file() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    failed: dict[Path, str] = dict(missing)
    results: dict[Path, Path] = {}
    with _lock:
        pending = todo
        hung = False
        for attempt in range(retries + 1):
            errors_by_file: dict[Path, str] = {}
            for chunk in _chunks(pending):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                for p in chunk:  # a stale PDF must not pass for a fresh one
                    (out_dir / f"{p.stem}.pdf").unlink(missing_ok=True)
                try:
                    errors = _run_chunk(soffice, chunk, out_dir, on_file, cancelled, export)
                except subprocess.TimeoutExpired as exc:
                    errors = f"LibreOffice no respondió en {exc.timeout:.0f} s"
                    hung = True
                for p in chunk:
                    pdf = out_dir / f"{p.stem}.pdf"
                    if pdf.is_file() and pdf.stat().st_size > 0:
                        results[p] = pdf
                    else:
                        lines = errors.strip().splitlines()
                        errors_by_file[p] = lines[-1] if lines else "LibreOffice no produjo el PDF"
            pending = [p for p in pending if p not in results]
            if not pending or attempt == retries or hung:
                failed.update(errors_by_file)
                break
    converted = [results[p] for p in paths if p in results]
    if failed:
        raise ConversionError(failed, converted)
    return converted


def convert_one(
    docx: Path,
    out_pdf: Path,
    *,
    export: str = "pdf:writer_pdf_Export",
    cancelled: Callable[[], bool] | None = None,
    retries: int = RETRIES,
) -> Path:
    """Convert one document to exactly `out_pdf` (written atomically; see convert_many for `export`)."""
    out_pdf = Path(out_pdf)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="legal_desk_pdf_") as tmp:
        (pdf,) = convert_many([Path(docx)], Path(tmp), cancelled=cancelled, export=export, retries=retries)
        fd, staging_name = tempfile.mkstemp(dir=out_pdf.parent, prefix=f".{out_pdf.name}.", suffix=".tmp")
        os.close(fd)
        staging = Path(staging_name)  # unique: two threads converting the same file do not collide
        try:
            shutil.move(str(pdf), staging)
            staging.replace(out_pdf)
        finally:
            staging.unlink(missing_ok=True)
    return out_pdf


class PipelinedConverter:
    """Converts DOCX files while the caller is still producing them: rendering and LibreOffice overlap.

    `add(path)` queues a file; a background thread hands LibreOffice a small first chunk (so it starts
    at once) and then larger chunks; `finish()` waits and returns {docx: pdf} for those converted,
    raising ConversionError (with `converted`) when any failed.
    """

    def __init__(
        self,
        out_dir: Path,
        first_chunk: int = 40,
        chunk: int = MAX_FILES_PER_PROCESS,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        find_soffice()  # fail early, before any rendering, when LibreOffice is absent
        self.out_dir = Path(out_dir)
        self._sizes = (first_chunk, chunk)
        self._cancelled = cancelled
        self._progress = progress
        self._pending: list[Path] = []
        self._closed = False
        self._cond = threading.Condition()
        self._done: dict[Path, Path] = {}
        self._failed: dict[Path, str] = {}
        self._error: BaseException | None = None
        self._count = 0
        self._thread = threading.Thread(target=self._run, name="legal_desk-pdf", daemon=True)
        self._thread.start()

    def add(self, path: Path) -> None:
        with self._cond:
            self._pending.append(Path(path))
            self._count += 1
            self._cond.notify()

    def _next_chunk(self, first: bool) -> list[Path]:
        want = self._sizes[0] if first else self._sizes[1]
        with self._cond:
            while not self._closed and len(self._pending) < want:
                self._cond.wait(timeout=0.5)
                if self._pending and not first and len(self._pending) >= self._sizes[0]:
                    break  # LibreOffice is idle: give it what is there rather than wait for a full chunk
            chunk, self._pending = self._pending[:want], self._pending[want:]
            return chunk

    def _run(self) -> None:
        first = True
        try:
            while True:
                chunk = self._next_chunk(first)
                if not chunk:
                    if self._closed:
                        return
                    continue
                first = False
                try:
                    made = convert_many(chunk, self.out_dir, cancelled=self._cancelled)
                    self._done.update({p.resolve(): pdf for p, pdf in zip(chunk, made, strict=False)})
                    by_stem = {pdf.stem: pdf for pdf in made}
                    self._done.update({p.resolve(): by_stem[p.stem] for p in chunk if p.stem in by_stem})
                except ConversionError as exc:
                    by_stem = {pdf.stem: pdf for pdf in exc.converted}
                    self._done.update({p.resolve(): by_stem[p.stem] for p in chunk if p.stem in by_stem})
                    self._failed.update(exc.failed)
                if self._progress is not None:
                    self._progress(len(self._done) + len(self._failed), self._count)
        except BaseException as exc:  # Cancelled or an unexpected failure: reported by finish()
            self._error = exc

    def finish(self) -> dict[Path, Path]:
        """Wait for every queued file; {docx (resolved): pdf}."""
        with self._cond:
            self._closed = True
            self._cond.notify()
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._failed:
            raise ConversionError(self._failed, list(self._done.values()))
        return dict(self._done)
