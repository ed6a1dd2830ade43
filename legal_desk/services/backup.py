"""Backup and restore: one ZIP with every table (JSON lines) and every stored file; any backend to any backend.

The search index is not a model table (legal_desk.db.search), so it is left out; the restore
rebuilds it, and a `search_terms` file in an older backup is ignored.

The firm's own Word templates (setting `documents.templates_dir`) are files outside the store: the
backup carries them under `templates/<locale>/<file>` and the restore writes them into a folder of
the restoring desk's store (the path in the setting is usually another computer's) and points the
setting there. A backup made before templates travelled has no such entries and restores as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Date, DateTime, Numeric, delete, func, insert, select, text

from legal_desk.db import migrate, search
from legal_desk.db.models import Base, Case, FilingPacket, ValueTooLong, check_lengths
from legal_desk.db.session import APPLICATION_NAME
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Series, Text
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk, too_long_text
from legal_desk.services.errors import Cancelled, Conflict, ValidationFailed
from legal_desk.services.integrity import STORED_FILE_COLUMNS, packet_annex_files
from legal_desk.services.legal import get_setting, put_setting

FORMAT = "legal_desk-backup/1"
TEMPLATES_SETTING = "documents.templates_dir"
RESTORED_TEMPLATES = "plantillas"  # folder of the store that receives a backup's templates


def app_version() -> str:
    """This legal_desk's version (recorded in a backup's manifest)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("legal-desk")
    except PackageNotFoundError:
        return "0.1.0"


class _Hashing:
    """A write-only stream that passes bytes on and keeps their SHA-256 and size (a table file of the ZIP)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.sha.update(data)
        self.size += len(data)

    def record(self) -> dict[str, Any]:
        return {"sha256": self.sha.hexdigest(), "size": self.size}


def _file_record(path: Path) -> dict[str, Any]:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in _chunks(fh):
            sha.update(chunk)
            size += len(chunk)
    return {"sha256": sha.hexdigest(), "size": size}


def _template_files(folder: Path) -> list[tuple[str, Path]]:
    """The firm's templates in `folder`: each file of every locale folder with a catalog.json.

    Word's lock files (`~$…`) and hidden files are left out; they are not templates.
    """
    out: list[tuple[str, Path]] = []
    for locale_dir in sorted(p for p in folder.iterdir() if p.is_dir() and (p / "catalog.json").is_file()):
        for item in sorted(locale_dir.iterdir()):
            if item.is_file() and not item.name.startswith(("~$", ".")):
                out.append((f"{locale_dir.name}/{item.name}", item))
    return out


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def backup(
    desk: Desk,
    actor: Actor,
    target: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Write a consistent backup of the database (one read transaction) and the file store.

    The ZIP is written beside the target as `<name>.partial` and renamed only when complete, so a
    cancel (`cancelled` answers True; Cancelled is raised) or a failure leaves no half backup and
    never touches an earlier backup of the same name.
    """
    actor.require(Action.BACKUP)
    target = Path(target)
    if target.exists() and target.is_dir():
        raise ValidationFailed(Text(M.BACKUP_TARGET_IS_FOLDER, target=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationFailed(Text(M.CANNOT_WRITE_IN, folder=target.parent, reason=exc)) from None
    tmp = target.with_name(target.name + ".partial")
    counts: dict[str, int] = {}
    hashes: set[str] = set()
    checksums: dict[str, dict[str, Any]] = {}  # every entry of the ZIP but the manifest: SHA-256 and size
    file_columns: dict[str, list[str]] = {}
    for column in STORED_FILE_COLUMNS:
        file_columns.setdefault(column.table.name, []).append(column.name)
    try:
        with desk.uow(write=False) as uow, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            s = uow.session
            if desk.dialect == "postgresql":
                s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            actor.confirm(s)  # the isolation level must come first in the transaction
            for table in Base.metadata.sorted_tables:
                n = 0
                hash_columns = file_columns.get(table.name, [])
                entry = f"tables/{table.name}.jsonl"
                with zf.open(entry, "w") as raw:
                    fh = _Hashing(raw)
                    for row in s.execute(select(table)).mappings():
                        fh.write(
                            (json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False) + "\n").encode()
                        )
                        n += 1
                        if cancelled is not None and n % 500 == 0 and cancelled():
                            raise Cancelled("Copia de seguridad cancelada; no se escribió ningún archivo")
                        for col in hash_columns:
                            if row[col]:
                                hashes.add(row[col])
                        if table.name == FilingPacket.__tablename__:
                            hashes.update(sha for sha, _name in packet_annex_files(row["manifest"]))
                counts[table.name] = n
                checksums[entry] = fh.record()
            templates_folder = get_setting(s, TEMPLATES_SETTING).strip()
            template_names: list[str] = []
            templates_missing = ""
            if templates_folder:
                own = Path(templates_folder)
                if own.is_dir() and any(own.glob("*/catalog.json")):
                    for rel, path in _template_files(own):
                        zf.write(path, f"templates/{rel}")
                        checksums[f"templates/{rel}"] = _file_record(path)
                        template_names.append(rel)
                else:  # the backup still records the path; the admin is told the files are not in it
                    templates_missing = templates_folder
            missing: list[str] = []
            for i, digest in enumerate(sorted(hashes), 1):
                if cancelled is not None and cancelled():
                    raise Cancelled("Copia de seguridad cancelada; no se escribió ningún archivo")
                path = desk.store.path_for(digest)
                if path.is_file():
                    entry = f"store/{digest[:2]}/{digest[2:]}"
                    zf.write(path, entry)
                    # the store names a file by its SHA-256: no need to read it twice
                    checksums[entry] = {"sha256": digest, "size": zf.getinfo(entry).file_size}
                else:
                    missing.append(digest)
                if progress:
                    progress(i, len(hashes))
            manifest = {
                "format": FORMAT,
                "schema": migrate.head_revision(),
                "created": dt.datetime.now().isoformat(),
                "tables": counts,
                "files": len(hashes) - len(missing),
                "missing_files": missing,
                "templates": {"folder": templates_folder, "files": template_names} if template_names else None,
                "by": actor.username,
                "version": app_version(),
                "checksums": checksums,
            }
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    except OSError as exc:  # disk full, folder removed, no permission: say where, keep no half file
        tmp.unlink(missing_ok=True)
        where = f" ({exc.filename})" if exc.filename else ""
        raise ValidationFailed(Text(M.BACKUP_FAILED, target=target, reason=exc.strerror or exc, where=where)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
    return {
        "path": str(target),
        "tables": counts,
        "files": len(hashes) - len(missing),
        "missing_files": missing,
        "templates": {"folder": templates_folder, "files": len(template_names)} if template_names else None,
        "templates_missing": templates_missing or None,
    }


def _decode(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for col in table.columns:
        if col.name not in row:
            continue
        v = row[col.name]
        if v is not None:
            if isinstance(col.type, DateTime):
                v = dt.datetime.fromisoformat(v)
            elif isinstance(col.type, Date):
                v = dt.date.fromisoformat(v)
            elif isinstance(col.type, Numeric):
                v = Decimal(v)
        out[col.name] = v
    return out


def cases_held(desk: Desk) -> int:
    """How many cases (archived too) a restore would replace."""
    with desk.reading() as s:
        return int(s.execute(select(func.count(Case.id))).scalar_one())


def other_sessions(desk: Desk) -> list[dict[str, Any]]:
    """Who else is connected to this PostgreSQL database (other desks, a psql): one entry per origin.

    This program's own pooled connections name themselves APPLICATION_NAME and are left out. A user
    without the right to see other roles' sessions still sees them, with their user name only.
    """
    if desk.dialect != "postgresql":
        return []
    with desk.reading() as s:
        rows = s.execute(
            text(
                "SELECT COALESCE(application_name, '') AS app, COALESCE(host(client_addr), '') AS addr, "
                "COALESCE(client_hostname, '') AS host, COALESCE(usename, '') AS usr, count(*) AS n "
                "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND COALESCE(backend_type, 'client backend') = 'client backend' "
                "AND application_name IS DISTINCT FROM :mine GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
            ),
            {"mine": APPLICATION_NAME},
        ).mappings()
        return [dict(r) for r in rows]


def session_origin(session: dict[str, Any]) -> Text:
    """`legal_desk PC-ANA (pid 412) desde 192.168.1.20`, `psql en el propio servidor`, `usuario «x»`."""
    who: str | Text = session["app"] or (
        Text(M.SESSION_USER, user=session["usr"]) if session["usr"] else Text(M.SESSION_UNNAMED)
    )
    local = session["addr"].startswith("127.") or session["addr"] == "::1"
    where: str | Text = ""
    if session["addr"] and not local:
        where = Text(M.SESSION_FROM, host=session["host"] or session["addr"])
    elif session["app"] or local:
        where = Text(M.SESSION_ON_SERVER)
    count: str | Text = Text(M.SESSION_COUNT, n=session["n"]) if session["n"] > 1 else ""
    return Text(M.SESSION_ORIGIN, who=who, where=where, count=count)


def sessions_text(others: list[dict[str, Any]]) -> str:
    """The origins of other_sessions() in one phrase: `legal_desk PC-ANA (pid 412) desde 10.0.0.7; psql …`."""
    return str(session_origins(others))


def session_origins(others: list[dict[str, Any]]) -> Series:
    """The origins of other_sessions() as one `Series` (an interface words each in its language)."""
    return Series(tuple(session_origin(o) for o in others), "; ")


def _refuse_if_others_connected(desk: Desk) -> None:
    others = other_sessions(desk)
    if not others:
        return
    total = sum(int(o["n"]) for o in others)
    raise Conflict(Text(M.RESTORE_OTHERS_CONNECTED, total=total, sessions=session_origins(others)))


def _is_safe_template_name(rel: str) -> bool:
    parts = rel.split("/")
    return (
        len(parts) == 2
        and all(p and p not in (".", "..") and "\\" not in p and ":" not in p for p in parts)
        and not parts[1].startswith(("~$", "."))
    )


def _same_files(folder: Path, files: dict[str, bytes]) -> bool:
    """Whether `folder` already holds exactly these bytes under these names."""
    try:
        return all((folder / rel).is_file() and (folder / rel).read_bytes() == data for rel, data in files.items())
    except OSError:
        return False


def _place_templates(desk: Desk, files: dict[str, bytes], original: str) -> tuple[Path, bool]:
    """Where the backup's templates go on this desk, writing them if needed: (folder, written).

    The backup's own folder when this computer sees it with the same files (a restore on the same
    computer, or a shared drive both desks use); otherwise `plantillas` in the desk's store (then
    `plantillas-2`, … when a folder of that name holds other templates: nothing is overwritten).
    """
    if original and _same_files(Path(original), files):
        return Path(original), False
    base = desk.store.root / RESTORED_TEMPLATES
    n = 1
    while True:
        folder = base if n == 1 else base.with_name(f"{base.name}-{n}")
        if not folder.exists():
            break
        if _same_files(folder, files):
            return folder, False
        n += 1
    try:
        for rel, data in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
    except OSError as exc:
        raise ValidationFailed(
            Text(M.RESTORE_TEMPLATES_UNWRITABLE, folder=folder, reason=exc.strerror or exc)
        ) from None
    return folder, True


def _schema_problem(manifest: dict[str, Any]) -> Text | None:
    """Why this app cannot restore the backup's schema (None: it can)."""
    schema = manifest.get("schema")
    if migrate.backup_readable(schema):
        return None
    head = migrate.head_revision()
    if schema and not migrate.known_revision(schema):
        return Text(M.BACKUP_SCHEMA_NEWER, schema=schema, head=head)
    return Text(M.BACKUP_SCHEMA_OLDER, schema=schema, head=head)


def _check_schema(manifest: dict[str, Any]) -> None:
    problem = _schema_problem(manifest)
    if problem:
        raise ValidationFailed(problem)


def restore(
    desk: Desk,
    actor: Actor,
    source: Path | str,
    *,
    replace: bool = False,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Load a backup into this database (refused when it already has cases, unless `replace`).

    On PostgreSQL it is refused while other desks are connected to the database, unless `force`.
    The stored files are copied first (`progress(done, total)`; `cancelled()` stops there, before the
    database is touched: the files already copied are content-addressed and harmless); the tables
    are then replaced in one transaction, which ends whole or not at all.
    """
    actor.require(Action.BACKUP)
    source = Path(source)
    zf, manifest = _open_backup(source)
    with zf:
        _check_schema(manifest)
        with desk.reading() as s:
            actor.confirm(s)
            if s.execute(select(func.count(Case.id))).scalar_one() and not replace:
                raise Conflict(Text(M.RESTORE_NOT_EMPTY))
        if not force:
            _refuse_if_others_connected(desk)
        try:
            return _restore_from(desk, actor, source, zf, manifest, replace, progress, cancelled)
        except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValidationFailed(Text(M.BACKUP_DAMAGED, source=source, detail=exc)) from None


def _open_backup(source: Path) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    """A legal_desk backup ZIP, open, and its manifest; refused, saying why, when the file is not one."""
    if not source.is_file():
        raise ValidationFailed(Text(M.BACKUP_FILE_MISSING, source=source))
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ValidationFailed(Text(M.BACKUP_NOT_ZIP, source=source)) from None
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except KeyError:
        zf.close()
        raise ValidationFailed(Text(M.BACKUP_NO_MANIFEST, source=source)) from None
    if manifest.get("format") != FORMAT:
        zf.close()
        raise ValidationFailed(Text(M.BACKUP_FORMAT_UNKNOWN, format=manifest.get("format")))
    return zf, manifest


def _chunks(fh: IO[bytes]) -> Iterator[bytes]:
    while chunk := fh.read(1024 * 1024):
        yield chunk


def _restore_from(
    desk: Desk,
    actor: Actor,
    source: Path,
    zf: zipfile.ZipFile,
    manifest: dict[str, Any],
    replace: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> dict[str, Any]:
    names = zf.namelist()
    stored = [n for n in names if n.startswith("store/") and not n.endswith("/")]
    for i, name in enumerate(stored, 1):
        if cancelled is not None and cancelled():
            raise Cancelled(Text(M.RESTORE_CANCELLED))
        digest = name[6:].replace("/", "")
        if not desk.store.has(digest):
            with zf.open(name) as fh:
                added = desk.store.add_stream(_chunks(fh), restoring=True)
            if added.sha256 != digest:
                raise ValidationFailed(Text(M.BACKUP_ENTRY_DAMAGED, name=name))
        if progress:
            progress(i, len(stored))
    if cancelled is not None and cancelled():
        raise Cancelled(Text(M.RESTORE_CANCELLED))
    template_files: dict[str, bytes] = {}
    for name in names:
        if name.startswith("templates/") and not name.endswith("/"):
            rel = name[len("templates/") :]
            if not _is_safe_template_name(rel):
                raise ValidationFailed(Text(M.BACKUP_TEMPLATE_NAME, name=name))
            template_files[rel] = zf.read(name)
    with desk.uow() as uow:
        s = uow.session
        if s.execute(select(func.count(Case.id))).scalar_one() and not replace:
            raise Conflict(Text(M.RESTORE_NOT_EMPTY))
        search.clear(s)
        for table in reversed(Base.metadata.sorted_tables):
            s.execute(delete(table))
        # PostgreSQL refuses a text longer than its column; SQLite kept it. Every such value of
        # the backup is named (then nothing is restored) rather than failing on the first one
        # with the server's «value too long for type character varying(60)».
        enforced = desk.dialect == "postgresql"
        too_long: list[ValueTooLong] = []
        for table in Base.metadata.sorted_tables:
            name = f"tables/{table.name}.jsonl"
            if name not in names:
                continue
            batch: list[dict[str, Any]] = []
            with zf.open(name) as fh:
                for line in fh:
                    row = _decode(table, json.loads(line))
                    if enforced:
                        too_long.extend(check_lengths(table, row, row.get("id", row.get("key"))))
                    if too_long:
                        continue
                    batch.append(row)
                    if len(batch) >= 2000:
                        s.execute(insert(table), batch)
                        batch = []
            if batch and not too_long:
                s.execute(insert(table), batch)
        if too_long:
            shown = "; ".join(too_long_text(p) for p in too_long[:20])
            more = Text(M.RESTORE_TOO_LONG_MORE, n=len(too_long) - 20) if len(too_long) > 20 else ""
            refs = sorted(str(p.row_id) for p in too_long if (p.table, p.column) == ("cases", "account_ref"))
            how = Text(M.RESTORE_TOO_LONG_HOW, refs=", ".join(refs)) if refs else ""
            raise ValidationFailed(Text(M.RESTORE_TOO_LONG, n=len(too_long), shown=shown, more=more, how=how))
        if desk.dialect == "postgresql":
            for table in Base.metadata.sorted_tables:
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                    s.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                            f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                        )
                    )
        # a backup of an older schema gets the data steps of the migrations since, as an upgraded database did
        migrate.replay_data_steps(s.connection(), manifest.get("schema"))
        search.rebuild(s)
        # a backup from before the stored art. 317 terms gets them now, as an upgraded database does
        from legal_desk.services.actuaciones import store_missing_terms_once

        store_missing_terms_once(s)
        original = get_setting(s, TEMPLATES_SETTING).strip()
        templates: dict[str, Any] | None = None
        templates_missing: str | None = None
        if template_files:
            folder, written = _place_templates(desk, template_files, original)
            templates = {"folder": str(folder), "files": len(template_files), "from": original, "written": written}
            put_setting(s, TEMPLATES_SETTING, str(folder))
        elif original and not any(Path(original).glob("*/catalog.json")):
            # A backup from before templates travelled (or made where the folder was not found).
            templates_missing = original
        audit.record(
            s,
            actor.username,
            "db.restore",
            "database",
            None,
            summary=f"Restaurada la copia {source.name} ({manifest.get('created')})"
            + (f"; plantillas del despacho en {templates['folder']}" if templates else ""),
            after={"tables": manifest.get("tables"), "files": manifest.get("files"), "templates": templates},
        )
        uow.commit()
    return {
        "restored": str(source),
        "tables": manifest.get("tables"),
        "files": manifest.get("files"),
        "templates": templates,
        "templates_missing": templates_missing,
    }


# ------------------------------------------------------------------ checking a backup without restoring it


@dataclass
class BackupCheck:
    """What `verify_backup` found: what the backup holds and every problem, one sentence each."""

    path: str
    problems: list[str] = field(default_factory=list)
    #: the same problems, each a `Text` the desktop interface words in its language (`add` fills both)
    problem_texts: list[Text | str] = field(default_factory=list)
    created: str | None = None
    by: str | None = None
    version: str | None = None  # None: a backup made before the manifest recorded it
    schema: str | None = None
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0  # stored files (evidence, proofs, generated documents, packets) in the ZIP
    templates: int = 0  # the firm's own Word templates in the ZIP
    bytes_checked: int = 0
    checksums_recorded: bool = False  # False: an older backup; each stored file is checked by its name only

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: Text | str) -> None:
        """One more problem: its Spanish sentence in `problems`, its `Text` in `problem_texts`."""
        self.problems.append(str(problem))
        self.problem_texts.append(problem)

    @property
    def cases(self) -> int:
        return int(self.tables.get("cases", 0))

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "problems": self.problems,
            "created": self.created,
            "by": self.by,
            "version": self.version,
            "schema": self.schema,
            "cases": self.cases,
            "tables": self.tables,
            "files": self.files,
            "templates": self.templates,
            "bytes_checked": self.bytes_checked,
            "checksums_recorded": self.checksums_recorded,
        }


def verify_backup(
    source: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupCheck:
    """Check a backup ZIP without restoring it (no database is touched): the manifest, that this app can
    restore its schema, every entry's SHA-256 and size against the manifest (a stored file also against its
    name), the rows of every table against the manifest's counts, and the templates' names. `cancelled`
    is asked between entries (Cancelled is raised)."""
    source = Path(source)
    check = BackupCheck(str(source))
    add = check.add
    if not source.is_file():
        add(Text(M.BACKUP_FILE_MISSING, source=source))
        return check
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        add(Text(M.VERIFY_NOT_ZIP, source=source))
        return check
    with zf:
        try:
            manifest = json.loads(zf.read("manifest.json"))
            if not isinstance(manifest, dict):
                raise ValueError("no es un objeto JSON")
        except KeyError:
            add(Text(M.VERIFY_NO_MANIFEST, source=source))
            return check
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            add(Text(M.VERIFY_MANIFEST_DAMAGED, detail=exc))
            return check
        if manifest.get("format") != FORMAT:
            add(Text(M.VERIFY_FORMAT, format=repr(manifest.get("format")), known=FORMAT))
            return check
        check.created = manifest.get("created")
        check.by = manifest.get("by")
        check.version = manifest.get("version")
        check.schema = manifest.get("schema")
        check.tables = {str(k): int(v) for k, v in (manifest.get("tables") or {}).items()}
        schema_problem = _schema_problem(manifest)
        if schema_problem:
            add(schema_problem)
        recorded: dict[str, dict[str, Any]] = manifest.get("checksums") or {}
        check.checksums_recorded = bool(recorded)
        entries = [i for i in zf.infolist() if not i.is_dir() and i.filename != "manifest.json"]
        names = {i.filename for i in entries}
        for i, info in enumerate(entries, 1):
            if cancelled and cancelled():
                raise Cancelled("Comprobación de la copia cancelada")
            name = info.filename
            if name.startswith("store/"):
                check.files += 1
            elif name.startswith("templates/"):
                check.templates += 1
                if not _is_safe_template_name(name[len("templates/") :]):
                    add(Text(M.VERIFY_TEMPLATE_NAME, name=name))
            elif not name.startswith("tables/"):
                add(Text(M.VERIFY_FOREIGN_FILE, name=name))
            problem = _check_entry(zf, info, recorded.get(name), check)
            if problem:
                add(problem)
            if progress:
                progress(i, len(entries))
        for name in sorted(set(recorded) - names):
            add(Text(M.VERIFY_FILE_MISSING, name=name))
        for table, rows in check.tables.items():
            if rows and f"tables/{table}.jsonl" not in names:
                add(Text(M.VERIFY_TABLE_MISSING, table=table, rows=rows))
        expected_files = manifest.get("files")
        if isinstance(expected_files, int) and expected_files != check.files:
            add(Text(M.VERIFY_FILE_COUNT, files=check.files, expected=expected_files))
    return check


def _check_entry(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, recorded: dict[str, Any] | None, check: BackupCheck
) -> Text | None:
    """Read one entry of the ZIP to its end: the problem found in it, in one sentence (None: sound)."""
    name = info.filename
    sha = hashlib.sha256()
    size = 0
    lines = 0
    bad_line = 0
    tail = b""
    is_table = name.startswith("tables/")
    try:
        with zf.open(info) as fh:
            for chunk in _chunks(fh):
                sha.update(chunk)
                size += len(chunk)
                if is_table:
                    *whole, tail = (tail + chunk).split(b"\n")
                    for line in whole:
                        lines += 1
                        if not bad_line:
                            try:
                                json.loads(line)
                            except ValueError:
                                bad_line = lines
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        why = Text(M.VERIFY_CRC) if "CRC" in str(exc) else Text(M.VERIFY_CUT)
        return Text(M.VERIFY_UNREADABLE, name=name, why=why)
    finally:
        check.bytes_checked += size
    digest = sha.hexdigest()
    if recorded is not None:
        if recorded.get("size") != size:
            said = recorded.get("size")
            return Text(M.VERIFY_SIZE, name=name, size=size, said=said)
        if recorded.get("sha256") != digest:
            return Text(M.VERIFY_SHA_MANIFEST, name=name)
    if name.startswith("store/") and name[len("store/") :].replace("/", "") != digest:
        return Text(M.VERIFY_SHA_NAME, name=name)
    if is_table:
        if tail.strip():
            return Text(M.VERIFY_TABLE_CUT, name=name)
        if bad_line:
            return Text(M.VERIFY_TABLE_BAD_LINE, name=name, line=bad_line)
        table = name[len("tables/") : -len(".jsonl")]
        expected = check.tables.get(table)
        if expected is not None and expected != lines:
            return Text(M.VERIFY_TABLE_ROWS, name=name, lines=lines, expected=expected)
    return None


@dataclass
class RepairReport:
    """What `repair_from_backup` did: the stored files taken back from a backup, and those it did not have."""

    repaired: list[str] = field(default_factory=list)  # «pagare.pdf (expediente OB-7)», as verify names them
    not_in_backup: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)  # where each altered file was moved, kept for inspection

    def to_json(self) -> dict[str, Any]:
        return {"repaired": self.repaired, "not_in_backup": self.not_in_backup, "set_aside": self.set_aside}


def repair_from_backup(
    desk: Desk,
    actor: Actor,
    source: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RepairReport:
    """Put back, from a backup ZIP, the stored files `verify` finds missing or altered; the database is not touched.

    A file deleted or changed by hand in the store folder (or lost with a disk) was only reported: the way
    back was to restore the whole backup over the desk, losing every write since. Each file is taken from
    the backup by its SHA-256 and checked against it; an altered file is not deleted but moved to
    `<store>/.alterados/` for whoever investigates. Files the backup lacks are listed (an older backup).
    """
    from legal_desk.services.integrity import verify

    actor.require(Action.BACKUP)
    source = Path(source)
    if not source.is_file():
        raise ValidationFailed(Text(M.BACKUP_FILE_MISSING, source=source))
    with desk.reading() as s:
        actor.confirm(s)
    problems = verify(desk, cancelled=cancelled).file_problems
    report = RepairReport()
    if not problems:
        return report
    zf, _manifest = _open_backup(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    with zf:
        names = set(zf.namelist())
        for i, problem in enumerate(problems, 1):
            if cancelled is not None and cancelled():
                raise Cancelled(Text(M.REPAIR_CANCELLED, done=len(report.repaired)))
            digest, label = problem["sha256"], problem["file"]
            entry = f"store/{digest[:2]}/{digest[2:]}"
            if entry not in names:
                report.not_in_backup.append(label)
                continue
            desk.store.ensure_writable(label)  # an unplugged store is said so, not refilled on the local disk
            target = desk.store.path_for(digest)
            if target.exists():  # altered: kept aside for whoever investigates, never deleted
                aside = desk.store.root / ".alterados" / f"{digest}-{stamp}"
                aside.parent.mkdir(parents=True, exist_ok=True)
                target.replace(aside)
                report.set_aside.append(str(aside))
            try:
                with zf.open(entry) as fh:
                    added = desk.store.add_stream(_chunks(fh), label)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise ValidationFailed(Text(M.BACKUP_DAMAGED, source=source, detail=exc)) from None
            if added.sha256 != digest:
                raise ValidationFailed(Text(M.BACKUP_ENTRY_DAMAGED, name=entry))
            report.repaired.append(label)
            if progress:
                progress(i, len(problems))
    if report.repaired:
        with desk.uow() as uow:
            actor.confirm(uow.session)
            audit.record(
                uow.session,
                actor.username,
                "store.repair",
                "store",
                None,
                summary=f"Archivos recuperados de la copia {source.name}: {len(report.repaired)}",
                after={"backup": source.name, **report.to_json()},
            )
            uow.commit()
    return report

