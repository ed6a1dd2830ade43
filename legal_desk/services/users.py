"""Users and roles: add, authenticate (argon2), list; a fresh database has one `admin`."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, select, update

from legal_desk.db.models import User
from legal_desk.domain.permissions import ROLE_LABELS_ES, Action, Role
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

_hasher = PasswordHasher()

#: Acting as this before any user exists (first start, migrations, CLI bootstrap).
SYSTEM = Actor(None, "system", Role.ADMIN, "Sistema")


MIN_PASSWORD = 8  # characters; the same rule for a new user and a changed password


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


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id, u.username, u.full_name, u.role, ROLE_LABELS_ES[Role(u.role)], u.email, u.active, bool(u.password_hash)
    )


def ensure_admin(desk: Desk) -> None:
    """Create the `admin` user on a database that has no users yet."""
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
        raise ValidationFailed("El nombre de usuario no puede estar vacío ni tener espacios")
    if password and len(password) < MIN_PASSWORD:
        raise ValidationFailed(f"La contraseña debe tener al menos {MIN_PASSWORD} caracteres")
    try:
        role_v = Role(role)
    except ValueError:
        raise ValidationFailed(f"Rol «{role}» desconocido; use uno de: {', '.join(r.value for r in Role)}") from None
    with desk.uow() as uow:
        s = uow.session
        if s.execute(select(User.id).where(User.username == username)).first():
            raise Conflict(f"Ya existe el usuario «{username}»")
        user = User(
            username=username,
            full_name=full_name or username,
            role=role_v.value,
            email=email,
            professional_card=(professional_card or "").strip() or None,
            id_number=(id_number or "").strip() or None,
            address=(address or "").strip() or None,
            phone=(phone or "").strip() or None,
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


def set_password(desk: Desk, actor: Actor, username: str, password: str, *, first: bool = False) -> None:
    """Set a user's password (the user themself or an admin).

    `first`: the first log-in of a user without a password. The password is set only if the user
    still has none, in one conditional UPDATE, so two people claiming the same account at once
    cannot overwrite each other: the second gets a Conflict and logs in with the first one's.
    """
    if actor.username != username:
        actor.require(Action.MANAGE_USERS)
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed(f"La contraseña debe tener al menos {MIN_PASSWORD} caracteres")
    hashed = _hasher.hash(password)
    with desk.uow() as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(f"No existe el usuario «{username}»")
        if first:
            done = uow.session.execute(
                update(User)
                .where(User.id == user.id, User.password_hash.is_(None))
                .values(password_hash=hashed)
                .execution_options(synchronize_session=False)
            )
            if cast(CursorResult[Any], done).rowcount != 1:
                raise Conflict(
                    f"La contraseña de «{username}» ya fue elegida (quizá desde otro equipo): ingrese con ella"
                )
        else:
            user.password_hash = hashed
        audit.record(uow.session, actor.username, "user.password", "user", user.id, summary="contraseña cambiada")
        uow.commit()


def actor_for(desk: Desk, username: str) -> Actor:
    """The actor for a known, active user (CLI `--user`, trusted local use)."""
    with desk.reading() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(f"No existe el usuario «{username}» (créelo con `legal-desk user add`)")
        if not user.active:
            raise PermissionDenied(f"El usuario «{username}» está desactivado")
        return Actor(user.id, user.username, Role(user.role), user.full_name)


_DUMMY_HASH: str | None = None


def _burn_verify(password: str) -> None:
    """Spend the time a real check takes, so a refusal does not tell whether the user exists."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("legal-desk: no such user")
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY_HASH, password)


def authenticate(desk: Desk, username: str, password: str) -> Actor:
    """Check a password; a user without a password yet may log in with an empty one and must set it.

    Every refusal costs one argon2 verification, whether the user is unknown, deactivated, has no
    password yet or typed a wrong one: the answer time does not reveal which user names exist.
    """
    refused = PermissionDenied("Usuario o contraseña incorrectos")
    with desk.reading() as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if user is None or not user.active:
            _burn_verify(password)
            raise refused
        if user.password_hash is None:
            if password:
                _burn_verify(password)
                raise refused
        else:
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise refused from None
        return Actor(user.id, user.username, Role(user.role), user.full_name)


def list_users(desk: Desk, *, role: str | None = None) -> list[UserInfo]:
    """Every user, by name; optionally one role (e.g. lawyers for assignment)."""
    with desk.reading() as s:
        q = select(User).order_by(User.full_name)
        if role:
            q = q.where(User.role == role)
        return [_info(u) for u in s.execute(q).scalars()]
