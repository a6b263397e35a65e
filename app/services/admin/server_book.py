"""A shared book on a PostgreSQL server: its address (kept without the password), a look at
the server before using it, and the password in the system keyring when there is one.

No Qt: the Preferences dialog and the program's start use it. The password never goes
into the address that is kept (settings, logs): only into the URL a connection is made
with, and into the keyring."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.db.engine import connection_failure, make_engine, without_password
from app.db.migrate import GUANXI_TABLES, head_revision, known_revisions
from app.domain.errors import BookError

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "guanxi"
# the keyring's name for Guanxi's passwords; each is filed under the kept address
KEYRING_SERVICE = "Guanxi"
# a test of the connection gives up after this long (a server that does not answer)
CONNECT_TIMEOUT_S = 8


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared book is: the server (a host name, an IP address, or the folder of a
    local server's socket), its port, the database and the user name. No password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""

    def url(self, password: str | None = None) -> str:
        """The connection URL; with `password` only for connecting (never to be kept)."""
        host, query = self.host.strip(), {}
        if host.startswith("/"):  # a local server's socket folder goes in the query
            host, query = "", {"host": self.host.strip()}
            if self.port != DEFAULT_PORT:
                query["port"] = str(self.port)
        built = URL.create(DRIVER, username=self.user.strip() or None,
                           password=password or None, host=host or None,
                           port=self.port if host and self.port != DEFAULT_PORT else None,
                           database=self.database.strip() or None, query=query)
        return built.render_as_string(hide_password=False)

    @property
    def kept(self) -> str:
        """The address as settings keep it (and the keyring files its password under)."""
        return self.url(None)

    @property
    def shown(self) -> str:
        """The address as a person reads it: user@server:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def missing(self) -> tuple[str, ...]:
        """The fields still empty among server, database and user ("host", "database", "user")."""
        return tuple(name for name in ("host", "database", "user")
                     if not str(getattr(self, name)).strip())


def address_from_url(url: str) -> tuple[ServerAddress, str | None]:
    """The address and the password (None without one) of a postgresql:// URL, as pasted;
    BookError("bad_url") when it is not one (the detail without its password)."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise BookError("bad_url", without_password(url)) from None
    if parsed.get_backend_name() != "postgresql":
        raise BookError("bad_url", parsed.render_as_string(hide_password=True))
    query_host = parsed.query.get("host")
    if isinstance(query_host, tuple):
        query_host = query_host[0] if query_host else None
    try:
        port = int(parsed.port or parsed.query.get("port") or DEFAULT_PORT)
    except (TypeError, ValueError):
        raise BookError("bad_url", parsed.render_as_string(hide_password=True)) from None
    address = ServerAddress(host=parsed.host or query_host or "", port=port,
                            database=parsed.database or "", user=parsed.username or "")
    return address, parsed.password


@dataclass(frozen=True)
class ServerFound:
    """What a look at the server found: its version, and what the database holds: "empty"
    (Guanxi makes its book there), "guanxi" (a Guanxi book), "newer" (a book of a newer
    Guanxi) or "other" (another program's tables, named in `tables`)."""

    version: str
    holds: str
    tables: tuple[str, ...] = ()


def look_at_server(address: ServerAddress, password: str | None) -> ServerFound:
    """Connect to the server and look at the database, changing nothing; a BookError
    ("unreachable", "wrong_password", "no_database", "driver_missing", "bad_url",
    "server_incomplete") when it cannot be reached."""
    if address.missing():
        raise BookError("server_incomplete", ", ".join(address.missing()))
    url = make_url(address.url(password)).update_query_dict(
        {"connect_timeout": str(CONNECT_TIMEOUT_S)})
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            version = str(conn.exec_driver_sql("SHOW server_version").scalar() or "")
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise connection_failure(exc.orig) from None
    finally:
        engine.dispose()
    return ServerFound(version.split(" ", 1)[0], *_what_it_holds(tables, revision))


def _what_it_holds(tables: set[str], revision: str | None) -> tuple[str, tuple[str, ...]]:
    if not tables:
        return "empty", ()
    if revision is not None and GUANXI_TABLES <= tables:
        if revision == head_revision() or revision in known_revisions():
            return "guanxi", ()
        return "newer", ()
    return "other", tuple(sorted(tables))[:8]


# ------------------------------------------------------------ the password's keeping
def keyring_available() -> bool:
    """True when this computer has a keyring to keep passwords in (not keyring's "fail"
    or "null" stand-ins, as on a computer without a desktop keyring)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a keyring that cannot even be found is none
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def stored_password(address: ServerAddress) -> str | None:
    """The password the keyring keeps for this address, or None (none kept, no keyring,
    or a keyring that refused: the password is then asked)."""
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, address.kept)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask the person
        log.warning("the keyring gave no password", exc_info=False)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False when there is none or it refused."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, address.kept, password)
    except Exception:  # noqa: BLE001 - then it is asked at each start
        log.warning("the keyring did not keep the password", exc_info=False)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Remove the keyring's password for this address (nothing when none is kept)."""
    if not keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, address.kept)
    except Exception:  # noqa: BLE001 - none was kept, or the keyring refused: nothing to undo
        pass
