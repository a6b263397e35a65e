"""`guanxi backup --db postgresql+psycopg://...`: the server's pg_dump writes the backup."""

import pytest

pytestmark = pytest.mark.postgresql_only


def test_the_command_line_backs_up_a_server_book(cli, tmp_path, capsys):
    from app.services.admin.book import open_book

    services = open_book(tmp_path / "book.db")
    url = services.book.url
    services.close()
    status, out, err = cli("backup", "--db", url, "--to", str(tmp_path / "b"),
                           capsys=capsys)
    assert status == 0, err
    assert "Backup written and checked" in out
    assert len(list((tmp_path / "b").glob("*.dump"))) == 1
