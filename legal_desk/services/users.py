"""Users and roles: add, authenticate (argon2), list; a fresh database has one `admin`."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, and_, func, or_, select, update

from legal_desk.db.models import Case, Deadline, Hearing, User, utcnow
from legal_desk.domain import messages as M
from legal_desk.domain.dates import local_time
from legal_desk.domain.lifecycle import ACTIVE_STAGES
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import ROLE_LABELS_ES, Action, Role
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

_hasher = PasswordHasher()

#: Acting as this before any user exists (first start, migrations, CLI bootstrap).
SYSTEM = Actor(None, "system", Role.ADMIN, "Sistema")


MIN_PASSWORD = 8  # characters; the same rule for a new user and a changed password
MAX_FAILED_LOGINS = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 15


@dataclass(frozen=True)
class UserInfo:
    """A user as the UI and CLI see it (never the password hash)."""

    user_id: int
    username: str
    full_name: str
    role: str
    role_label: str
    email: str | None
    active: bool
    has_password: bool
    # what the documents print for a lawyer (poder, demanda): cédula, tarjeta profesional, notices address
    id_number: str | None = None
    professional_card: str | None = None
    address: str | None = None
    phone: str | None = None
    locked_until: dt.datetime | None = None  # UTC; set while a log-in lock holds (see authenticate)


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id,
        u.username,
        u.full_name,
        u.role,
        ROLE_LABELS_ES[Role(u.role)],
        u.email,
        u.active,
        bool(u.password_hash),
        u.id_number,
        u.professional_card,
        u.address,
        u.phone,
        u.locked_until if u.locked_until is not None and u.locked_until > utcnow() else None,
    )


def _clean(value: str | None) -> str | None:
    """A typed-in optional field: surrounding spaces dropped, an empty one stored as nothing."""
    return (value or "").strip() or None


def ensure_admin(desk: Desk) -> None:
    """Create the `admin` user on a database that has no users yet.

    Looked for with a read first: every CLI run and desktop start calls this, and a write
    transaction (SQLite BEGIN IMMEDIATE) made a read-only `cases list` or `verify` wait for, then
    fail on, another desk's long write (an import, a restore) although it had nothing to write.
    """
    with desk.reading() as s:
        if s.execute(select(User.id).limit(1)).first() is not None:
            return
    try:
        _create_first_admin(desk)
    except Conflict:
        # Another desk starting at the same moment created it first (PostgreSQL: both saw no users).
        with desk.reading() as s:
            if s.execute(select(User.id).where(User.username == "admin")).first() is None:
                raise


def _create_first_admin(desk: Desk) -> None:
    with desk.uow() as uow:
        if uow.session.execute(select(User.id).limit(1)).first() is None:
            user = User(username="admin", full_name="Administrador", role=Role.ADMIN.value)
            uow.session.add(user)
            uow.session.flush()
            audit.record(
                uow.session,
                SYSTEM.username,
                "user.add",
                "user",
                user.id,
                summary="admin inicial",
                after={"username": "admin", "role": "admin"},
            )
            uow.commit()


def add_user(
    desk: Desk,
    actor: Actor,
    username: str,
    role: str,
    *,
    full_name: str = "",
    password: str | None = None,
    email: str | None = None,
    professional_card: str | None = None,
    id_number: str | None = None,
    address: str | None = None,
    phone: str | None = None,
) -> UserInfo:
    """Add a user with a role; the password (optional) is stored as an argon2 hash."""
    actor.require(Action.MANAGE_USERS)
    username = username.strip()
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise ValidationFailed(Text(M.USERNAME_INVALID))
    if password and len(password) < MIN_PASSWORD:
        raise ValidationFailed(Text(M.PASSWORD_TOO_SHORT, n=MIN_PASSWORD))
    try:
        role_v = Role(role)
    except ValueError:
        raise ValidationFailed(Text(M.ROLE_UNKNOWN, role=role, roles=", ".join(r.value for r in Role))) from None
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        if s.execute(select(User.id).where(User.username == username)).first():
            raise Conflict(Text(M.USER_EXISTS, user=username))
        user = User(
            username=username,
            full_name=full_name or username,
            role=role_v.value,
            email=_clean(email),
            professional_card=_clean(professional_card),
            id_number=_clean(id_number),
            address=_clean(address),
            phone=_clean(phone),
            password_hash=_hasher.hash(password) if password else None,
        )
        s.add(user)
        s.flush()
        audit.record(
            s,
            actor.username,
            "user.add",
            "user",
            user.id,
            summary=f"usuario {username}",
            after={"username": username, "role": role_v.value, "full_name": user.full_name},
        )
        info = _info(user)
        uow.commit()
    return info


#: What `update_user` may change, with the Spanish name the audit summary uses.
_PROFILE_FIELDS = {
    "full_name": "nombre",
    "email": "correo",
    "id_number": "cédula",
    "professional_card": "tarjeta profesional",
    "address": "dirección de notificaciones",
    "phone": "teléfono",
}
_UNSET: Any = object()


def get_user(desk: Desk, username: str) -> UserInfo:
    """One user by user name (NotFound naming it)."""
    with desk.reading() as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if user is None:
            raise NotFound(Text(M.USER_NOT_FOUND, user=username))
        return _info(user)


def update_user(
    desk: Desk,
    actor: Actor,
    username: str,
    *,
    role: str | None = None,
    active: bool | None = None,
    full_name: str | None = _UNSET,
    email: str | None = _UNSET,
    id_number: str | None = _UNSET,
    professional_card: str | None = _UNSET,
    address: str | None = _UNSET,
    phone: str | None = _UNSET,
) -> UserInfo:
    """Change a user's role, activation or the personal data the documents print; audited.

    An admin may change anyone. Anyone may correct their own name and professional data (a lawyer's
    cédula and tarjeta profesional go into every poder and demanda), but not their own role or
    activation. The desk always keeps one active admin: the last one can be neither deactivated nor
    given another role, and nobody deactivates themself.
    """
    username = username.strip()
    if actor.username != username or role is not None or active is not None:
        actor.require(Action.MANAGE_USERS)
    role_v: Role | None = None
    if role is not None:
        try:
            role_v = Role(role)
        except ValueError:
            raise ValidationFailed(Text(M.ROLE_UNKNOWN, role=role, roles=", ".join(r.value for r in Role))) from None
    given = {
        "full_name": full_name,
        "email": email,
        "id_number": id_number,
        "professional_card": professional_card,
        "address": address,
        "phone": phone,
    }
    profile = {k: _clean(v) for k, v in given.items() if v is not _UNSET}
    if "full_name" in profile and profile["full_name"] is None:
        raise ValidationFailed(Text(M.FULL_NAME_EMPTY))
    if active is False and actor.username == username:
        raise ValidationFailed(Text(M.DEACTIVATE_SELF))
    with desk.uow() as uow:
        s = uow.session
        if role is not None or active is not None:
            # Hold the active admins' rows (in id order) until commit: two admins removing each other at
            # the same moment on PostgreSQL each saw the other still admin, and the desk was left with none.
            # The second now waits here and then sees the first one's change (SQLite: BEGIN IMMEDIATE).
            s.execute(
                select(User.id)
                .where(User.role == Role.ADMIN.value, User.active.is_(True))
                .order_by(User.id)
                .with_for_update()
            ).all()
        actor.confirm(s)
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(Text(M.USER_NOT_FOUND, user=username))
        loses_admin = (
            user.role == Role.ADMIN.value
            and user.active
            and (active is False or (role_v is not None and role_v is not Role.ADMIN))
        )
        if loses_admin:
            other_admins = s.execute(
                select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
            ).first()
            if other_admins is None:
                raise ValidationFailed(Text(M.LAST_ADMIN, user=username))
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        changed: list[str] = []
        if role_v is not None and role_v.value != user.role:
            before["role"], after["role"] = user.role, role_v.value
            changed.append(f"rol {ROLE_LABELS_ES[Role(user.role)]} → {ROLE_LABELS_ES[role_v]}")
            user.role = role_v.value
        if active is not None and active != user.active:
            before["active"], after["active"] = user.active, active
            changed.append("activado" if active else "desactivado")
            user.active = active
        for key, value in profile.items():
            if getattr(user, key) != value:
                before[key], after[key] = getattr(user, key), value
                changed.append(_PROFILE_FIELDS[key])
                setattr(user, key, value)
        if changed:
            audit.record(
                s,
                actor.username,
                "user.update",
                "user",
                user.id,
                summary=f"usuario {username}: " + ", ".join(changed),
                before=before,
                after=after,
            )
        info = _info(user)
        uow.commit()
    return info


def set_password(desk: Desk, actor: Actor, username: str, password: str, *, first: bool = False) -> None:
    """Set a user's password (the user themself or an admin).

    `first`: the first log-in of a user without a password. The password is set only if the user
    still has none, in one conditional UPDATE, so two people claiming the same account at once
    cannot overwrite each other: the second gets a Conflict and logs in with the first one's.
    """
    if actor.username != username:
        actor.require(Action.MANAGE_USERS)
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed(Text(M.PASSWORD_TOO_SHORT, n=MIN_PASSWORD))
    hashed = _hasher.hash(password)
    with desk.uow() as uow:
        actor.confirm(uow.session)
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(Text(M.USER_NOT_FOUND, user=username))
        if first:
            done = uow.session.execute(
                update(User)
                .where(User.id == user.id, User.password_hash.is_(None))
                .values(password_hash=hashed)
                .execution_options(synchronize_session=False)
            )
            if cast(CursorResult[Any], done).rowcount != 1:
                raise Conflict(Text(M.PASSWORD_ALREADY_CHOSEN, user=username))
        else:
            user.password_hash = hashed
            user.failed_logins, user.locked_until = 0, None  # a new password also lifts a lock
        audit.record(uow.session, actor.username, "user.password", "user", user.id, summary="contraseña cambiada")
        uow.commit()


def actor_for(desk: Desk, username: str) -> Actor:
    """The actor for a known, active user (CLI `--user`, trusted local use)."""
    with desk.reading() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(Text(M.USER_NOT_FOUND_ADD, user=username))
        if not user.active:
            raise PermissionDenied(Text(M.USER_INACTIVE, user=username))
        return Actor(user.id, user.username, Role(user.role), user.full_name)


_DUMMY_HASH: str | None = None


def _burn_verify(password: str) -> None:
    """Spend the time a real check takes, so a refusal does not tell whether the user exists."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("legal-desk: no such user")
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY_HASH, password)


def _verifies(password_hash: str, password: str) -> bool:
    """Whether `password` matches the stored argon2 hash (one verification)."""
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def authenticate(desk: Desk, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a password; a user without a password yet may log in with an empty one and must set it.

    Every refusal costs one argon2 verification, whether the user is unknown, deactivated, has no
    password yet or typed a wrong one: the answer time does not reveal which user names exist.
    A deactivated user who types their right password is told the account is deactivated (not
    «wrong password», which sent them to retype it); a wrong one gets the same answer as anyone's.
    MAX_FAILED_LOGINS wrong passwords in a row lock the account for LOCK_MINUTES (audited); while
    locked even the right password is refused, with the time the lock ends; an admin can unlock it.
    """
    refused = PermissionDenied(Text(M.LOGIN_REFUSED))
    now = now or utcnow()
    with desk.reading() as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if user is None:
            _burn_verify(password)
            raise refused
        if not user.active:
            if user.password_hash is not None and _verifies(user.password_hash, password):
                raise PermissionDenied(Text(M.LOGIN_INACTIVE, user=user.username))
            if user.password_hash is None:
                _burn_verify(password)
            raise refused
        if user.locked_until is not None and user.locked_until > now:
            _burn_verify(password)
            until = local_time(user.locked_until, "%H:%M")
            raise PermissionDenied(Text(M.ACCOUNT_LOCKED, n=MAX_FAILED_LOGINS, until=until))
        if user.password_hash is None:
            if password:
                _burn_verify(password)
                raise refused
        else:
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                _count_failure(desk, user.id, now)
                raise refused from None
        actor = Actor(user.id, user.username, Role(user.role), user.full_name)
        had_failures = bool(user.failed_logins or user.locked_until)
    if had_failures:  # a good log-in starts the count again
        with desk.uow() as uow:
            uow.session.execute(update(User).where(User.id == actor.user_id).values(failed_logins=0, locked_until=None))
            uow.commit()
    return actor


def _count_failure(desk: Desk, user_id: int, now: dt.datetime) -> None:
    """One more wrong password; the MAX_FAILED_LOGINS-th in a row locks the account (audited)."""
    with desk.uow() as uow:
        s = uow.session
        user = s.get(User, user_id, with_for_update=True)
        if user is None:
            return
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.failed_logins = 0
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            audit.record(
                s,
                "system",
                "user.locked",
                "user",
                user.id,
                summary=f"Cuenta «{user.username}» bloqueada {LOCK_MINUTES} minutos tras "
                f"{MAX_FAILED_LOGINS} contraseñas erradas seguidas",
                after={"locked_until": user.locked_until},
            )
        uow.commit()


def unlock_user(desk: Desk, actor: Actor, username: str) -> None:
    """An admin lifts a log-in lock before it expires (audited)."""
    actor.require(Action.MANAGE_USERS)
    with desk.uow() as uow:
        actor.confirm(uow.session)
        user = uow.session.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if user is None:
            raise NotFound(Text(M.USER_NOT_FOUND, user=username))
        user.failed_logins, user.locked_until = 0, None
        summary = f"Cuenta «{user.username}» desbloqueada"
        audit.record(uow.session, actor.username, "user.unlock", "user", user.id, summary=summary)
        uow.commit()


def list_users(desk: Desk, *, role: str | None = None) -> list[UserInfo]:
    """Every user, by name; optionally one role (e.g. lawyers for assignment)."""
    with desk.reading() as s:
        q = select(User).order_by(User.full_name)
        if role:
            q = q.where(User.role == role)
        return [_info(u) for u in s.execute(q).scalars()]


@dataclass(frozen=True)
class Workload:
    """What a user has in hand on cases still in progress: shown before they are deactivated or change role.

    Deactivating a lawyer left their cases assigned to someone who cannot log in, and their hearings and
    terms out of every other lawyer's agenda (a lawyer's agenda shows their own): the admin must know.
    """

    cases_as_lawyer: int = 0
    cases_as_paralegal: int = 0
    open_deadlines: int = 0
    upcoming_hearings: int = 0

    def __bool__(self) -> bool:
        return bool(self.cases_as_lawyer or self.cases_as_paralegal or self.open_deadlines or self.upcoming_hearings)


def workload(desk: Desk, username: str, *, today: dt.date | None = None) -> Workload:
    """The cases in progress a user is the lawyer or paralegal of, their open terms and hearings from `today`."""
    since = dt.datetime.combine(today or dt.date.today(), dt.time.min)  # hearings are stored in the court's time
    active = and_(Case.stage.in_([s.value for s in ACTIVE_STAGES]), Case.archived.is_(False))
    with desk.reading() as s:
        uid = s.execute(select(User.id).where(User.username == username.strip())).scalar_one_or_none()
        if uid is None:
            raise NotFound(Text(M.USER_NOT_FOUND, user=username))

        def count(q: Any) -> int:
            return int(s.execute(q).scalar_one())

        as_lawyer = count(select(func.count(Case.id)).where(active, Case.lawyer_id == uid))
        as_paralegal = count(select(func.count(Case.id)).where(active, Case.paralegal_id == uid))
        deadlines = count(
            select(func.count(Deadline.id))
            .join(Case, Case.id == Deadline.case_id)
            .where(
                active,
                Deadline.status == "open",
                or_(Deadline.assigned_to_id == uid, and_(Deadline.assigned_to_id.is_(None), Case.lawyer_id == uid)),
            )
        )
        hearings = count(
            select(func.count(Hearing.id))
            .join(Case, Case.id == Hearing.case_id)
            .where(
                active,
                Hearing.at >= since,
                Hearing.status.in_(("scheduled", "postponed")),
                or_(Hearing.lawyer_id == uid, and_(Hearing.lawyer_id.is_(None), Case.lawyer_id == uid)),
            )
        )
    return Workload(as_lawyer, as_paralegal, deadlines, hearings)
