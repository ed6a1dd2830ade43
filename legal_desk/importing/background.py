"""Reading a big referral file in a second process while this one writes the rows it already has.

Reading and checking every field is pure Python and takes about half as long as writing the rows,
so a large import reads in a child process (`python -m legal_desk.importing.background`, a fresh
interpreter: nothing of the desktop app's threads or of the caller's main module is copied) that
sends each checked chunk through a pipe; the importing process writes chunk k while the child
checks chunk k+1. Rows (sent as `ChunkColumns`), errors and their order are exactly those of
`open_referrals` in-process; small files are read in-process, where starting an interpreter costs
more than it saves.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Final

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError, text_of
from legal_desk.importing.referrals import (
    ReferralChunk,
    ReferralFileError,
    ReferralFileInfo,
    chunk_columns,
    open_referrals,
)

BACKGROUND_MIN_BYTES: Final = 2_000_000  # about 10,000 rows of a bank export


class ReaderCrashed(TextError, RuntimeError):
    """The reading process ended without saying why (killed, out of memory…) or reported a bug."""


def _produce(out: IO[bytes], path: str, column_map: dict[str, str] | None) -> None:
    """Child side: ("info", info), then ("chunk", chunk)…, then ("end", None); or one error message."""

    def send(kind: str, payload: Any) -> None:
        pickle.dump((kind, payload), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    try:
        info, chunks = open_referrals(path, column_map)
        send("info", info)
        for chunk in chunks:
            # Column by column, with sort keys, search words and stored forms worked out here: the
            # writer does no per-row Python work, and plain strings unpickle fastest.
            chunk.columns = chunk_columns(chunk.rows)
            chunk.rows = []
            send("chunk", chunk)
        send("end", None)
    except ReferralFileError as exc:
        send("file_error", text_of(exc))  # a `Text`, worded by the interface
    except BrokenPipeError:  # the importing process stopped reading (cancel, error, kill): just stop
        # Point stdout at /dev/null so the interpreter's final flush does not complain about the pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    except Exception as exc:  # told to the importing process, which raises it there
        send("crash", f"{type(exc).__name__}: {exc}")


def _receive(stream: IO[bytes]) -> tuple[str, Any]:
    try:
        kind, payload = pickle.load(stream)
    except EOFError:
        raise ReaderCrashed(Text(M.READER_DIED)) from None
    if kind == "file_error":
        raise ReferralFileError(payload)
    if kind == "crash":
        raise ReaderCrashed(Text(M.READER_FAILED, detail=payload))
    return kind, payload


@contextmanager
def referral_chunks(
    path: str | Path, column_map: dict[str, str] | None = None, *, background: bool | None = None
) -> Iterator[tuple[ReferralFileInfo, Iterator[ReferralChunk]]]:
    """(file info, checked chunks) of a referral file, read in a child process when it is big.

    `background` forces the choice (None: by file size). Leaving the block stops the child.
    """
    path = Path(path)
    if background is None:
        try:
            background = path.stat().st_size >= BACKGROUND_MIN_BYTES
        except OSError:
            background = False  # open_referrals names the problem
    child = None
    if background:
        try:
            child = subprocess.Popen(
                [sys.executable, "-m", __name__, str(path), json.dumps(column_map)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                bufsize=1 << 20,
                # Its own process group: Ctrl-C in a terminal reaches the importing process only, which
                # rolls back, says so in one sentence and stops this reader (it printed a traceback).
                process_group=0 if os.name == "posix" else None,
            )
        except OSError:  # no interpreter to start (frozen app, sandbox): read here, only slower
            child = None
    if child is None:
        yield open_referrals(path, column_map)
        return
    assert child.stdout is not None
    stream = child.stdout

    finished = False

    def chunks() -> Iterator[ReferralChunk]:
        nonlocal finished
        while True:
            kind, payload = _receive(stream)
            if kind == "end":
                finished = True
                return
            yield payload

    try:
        kind, info = _receive(stream)
        if kind != "info":
            raise ReaderCrashed(f"mensaje inesperado del lector: {kind}")
        yield info, chunks()
    finally:
        if not finished and child.poll() is None:  # left early (cancel, error): the rest is not needed
            child.kill()
        stream.close()
        child.wait()


def main(argv: list[str]) -> int:
    """`python -m legal_desk.importing.background FILE COLUMN_MAP_JSON`: pickled messages on stdout."""
    path, column_map = argv[0], json.loads(argv[1])
    _produce(sys.stdout.buffer, path, column_map)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
