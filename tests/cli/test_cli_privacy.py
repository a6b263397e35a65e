"""`guanxi privacy export --customer N --out DIR`: a person's data to a JSON file and a
workbook; a customer who is not there is told in words."""

import json

from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from tests.postgres.books import address


def test_a_persons_data_is_written_and_an_unknown_customer_is_told(cli, capsys, tmp_path):
    services = open_book(tmp_path / "book.db")
    made = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    services.customers.create(CustomerInput(name="李四", phone="13900139000"))
    services.close()
    db = address(tmp_path / "book.db")
    status, out, err = cli("privacy", "export", "--db", db, "--customer", str(made.id),
                           "--out", str(tmp_path / "out"), capsys=capsys)
    assert status == 0, err
    written = json.loads((tmp_path / "out" / f"customer-{made.id}.json").read_text("utf-8"))
    assert written["tables"]["customers"][0]["name"] == "张三"
    assert "李四" not in json.dumps(written, ensure_ascii=False)
    assert (tmp_path / "out" / f"customer-{made.id}.xlsx").exists()
    assert f"customer {made.id}" in out
    status, _, err = cli("privacy", "export", "--db", db, "--customer", "999",
                         "--out", str(tmp_path / "none"), capsys=capsys)
    assert status == 1
    assert "no customer number 999" in err
    assert not (tmp_path / "none").exists()
