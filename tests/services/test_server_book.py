"""A shared book on a server: the address built from fields (the password never in what is
kept), the look at the server before using it, and refused logins told apart."""

import socket

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db.engine import connection_failure
from app.domain.errors import BookError
from app.services.admin.server_book import (
    ServerAddress,
    address_from_url,
    look_at_server,
)
from tests.postgres.books import server_url


def nothing_listens() -> int:
    """A port of this computer where no server listens (just given up by the system)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_special_characters_in_user_and_password_are_quoted_and_read_back():
    address = ServerAddress("db.example.cn", 6543, "门店 book", "desk@1")
    password = "p@ss:w/rd%?#ä 1"
    url = address.url(password)
    parsed = make_url(url)
    assert (parsed.username, parsed.password, parsed.host, parsed.port, parsed.database) == (
        "desk@1", password, "db.example.cn", 6543, "门店 book")
    assert address_from_url(url) == (address, password)


def test_the_kept_address_has_no_password():
    address = ServerAddress("192.168.1.20", 5432, "guanxi", "desk1")
    assert make_url(address.kept).password is None
    assert "secret" not in address.kept
    assert address.kept == "postgresql+psycopg://desk1@192.168.1.20/guanxi"


def test_a_local_servers_socket_folder_goes_in_the_query():
    address = ServerAddress("/tmp/pgdev", 5432, "postgres", "postgres")
    assert make_url(address.kept).query == {"host": "/tmp/pgdev"}
    assert address_from_url(address.kept)[0] == address
    assert address_from_url("postgresql+psycopg://postgres@/postgres?host=/tmp/pgdev") == (
        address, None)


@pytest.mark.parametrize("url", ["mysql://u@h/d", "postgresql://u@h:port/d", "no address"])
def test_an_address_that_is_not_a_servers_is_refused_without_its_password(url):
    with pytest.raises(BookError) as refused:
        address_from_url(url.replace("u@", "u:hush@"))
    assert refused.value.code == "bad_url"
    assert "hush" not in refused.value.detail


def test_fields_left_empty_are_named():
    with pytest.raises(BookError) as refused:
        look_at_server(ServerAddress("", 5432, "guanxi", ""), None)
    assert refused.value.code == "server_incomplete"
    assert refused.value.detail == "host, user"


def test_a_port_where_nothing_listens_is_unreachable():
    with pytest.raises(BookError) as refused:
        look_at_server(ServerAddress("127.0.0.1", nothing_listens(), "guanxi", "desk"), "pw")
    assert refused.value.code == "unreachable"
    assert "pw" not in refused.value.detail.split()


# what libpq said (a PostgreSQL 15 server with scram-sha-256 logins): no SQLSTATE comes with
# a failed connection, so the words are read
@pytest.mark.parametrize(("said", "code"), [
    ('connection failed: connection to server at "127.0.0.1", port 55439 failed: FATAL:  '
     'password authentication failed for user "postgres"', "wrong_password"),
    ('connection failed: connection to server at "127.0.0.1", port 55439 failed: '
     'fe_sendauth: no password supplied', "wrong_password"),
    ('connection failed: connection to server on socket "/tmp/pgdev/.s.PGSQL.5432" failed: '
     'FATAL:  role "nosuchrole" does not exist', "wrong_password"),
    ('connection failed: connection to server at "127.0.0.1", port 55439 failed: FATAL:  '
     'database "nosuch" does not exist', "no_database"),
    ('connection failed: connection to server at "127.0.0.1", port 55438 failed: Connection '
     'refused\n\tIs the server running on that host and accepting TCP/IP connections?',
     "unreachable"),
])
def test_a_refused_connection_is_told_by_what_the_server_said(said, code):
    failure = connection_failure(Exception(said))
    assert failure.code == code
    assert "connection to server" not in failure.detail  # the server's words, not libpq's preamble


class _WithState(Exception):
    sqlstate = "28P01"


def test_a_sqlstate_decides_when_the_driver_gives_one():
    assert connection_failure(_WithState("anything")).code == "wrong_password"


# ------------------------------------------------------------ on the real server
def _on_server(database: str) -> ServerAddress:
    address, _password = address_from_url(server_url())
    return ServerAddress(address.host, address.port, database, address.user)


@pytest.mark.postgresql_only
def test_an_empty_database_a_guanxi_book_and_another_programs_are_told_apart(server_books):
    empty = server_books.new_database(empty=True)
    book = server_books.new_database()
    other = server_books.new_database(empty=True)
    try:
        engine = create_engine(server_books.url_of(other))
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE orders (id integer)"))
        engine.dispose()
        found = look_at_server(_on_server(empty), None)
        assert found.holds == "empty"
        assert found.version[:2].isdigit()
        assert look_at_server(_on_server(book), None).holds == "guanxi"
        assert look_at_server(_on_server(other), None) == type(found)(found.version, "other",
                                                                       ("orders",))
    finally:
        for name in (empty, book, other):
            server_books.drop(name)


@pytest.mark.postgresql_only
def test_a_database_that_is_not_there_and_a_user_that_is_not_are_told_apart():
    with pytest.raises(BookError) as missing:
        look_at_server(_on_server("h_prefs_no_such_database"), None)
    assert missing.value.code == "no_database"
    assert "h_prefs_no_such_database" in missing.value.detail
    nobody = _on_server("postgres")
    nobody = ServerAddress(nobody.host, nobody.port, "postgres", "h_prefs_nobody")
    with pytest.raises(BookError) as refused:
        look_at_server(nobody, "pw")
    assert refused.value.code == "wrong_password"
