"""Revision 0007: a book written by the previous release gets the new search keys (surnames
read as surnames, landlines with their area code) when it is opened, and its trigram index
stays in step."""

import sqlite3

import pytest

from app.db.models import Customer, CustomerSearch
from app.domain.enums import CustomerKind
from app.domain.records import CustomerInput, VehicleInput
from app.domain.search import search_keys
from app.services.admin.book import open_book

# a SQLite book file of the previous release
pytestmark = pytest.mark.sqlite_only

# what the previous release stored (name_pinyin, name_initials, keys)
OLD = {
    "曾小贤": ("cengxiaoxian", "cxx", "|曾小贤|cengxiaoxian|cxx|1065529988|京a12345|"),
    "单田芳": ("dantianfang", "dtf", "|单田芳|dantianfang|dtf|13912345678|"),
    "张三": ("zhangsan", "zs", "|张三|zhangsan|zs|13800138000|"),
    "解放汽车": ("jiefangqiche", "jfqc", "|解放汽车|jiefangqiche|jfqc|4008108888|"),
}


def previous_release_book(path):
    services = open_book(path)
    c = services.customers
    zeng = c.create(CustomerInput(name="曾小贤", phone="010 6552 9988"))
    services.vehicles.add(zeng.id, VehicleInput(make="BYD", model="汉", plate="京A12345"))
    c.create(CustomerInput(name="单田芳", phone="139 1234 5678"))
    c.create(CustomerInput(name="张三", phone="138 0013 8000"))
    c.create(CustomerInput(name="解放汽车", kind=CustomerKind.COMPANY, phone="400 810 8888"))
    services.close()
    conn = sqlite3.connect(path)
    with conn:
        for name, (full, initials, keys) in OLD.items():
            conn.execute(
                "UPDATE customers SET name_pinyin = ?, name_initials = ? WHERE name = ?",
                (full, initials, name),
            )
            conn.execute(
                "UPDATE customer_search SET keys = ? WHERE customer_id = "
                "(SELECT id FROM customers WHERE name = ?)",
                (keys, name),
            )
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
        # and its indexes (revision 0008 widened the name and initials ones)
        conn.execute("DROP INDEX ix_customers_name_search")
        conn.execute("DROP INDEX ix_customers_initials_search")
        conn.execute("DROP INDEX ix_customers_search_sort")
        conn.execute("CREATE INDEX ix_customers_name ON customers (name)")
        conn.execute("CREATE INDEX ix_customers_name_initials ON customers (name_initials)")
        # and what revision 0010 added (staff accounts, the audit log)
        conn.execute("DROP INDEX ix_staff_login")
        for column in ("login", "password_hash", "phone", "failed_sign_ins", "wait_until"):
            conn.execute(f"ALTER TABLE staff DROP COLUMN {column}")
        conn.execute("DROP TABLE audit_log")
        # and what revision 0015 changed (the follow-ups' index by advisor and status)
        conn.execute("DROP INDEX ix_follow_ups_advisor_status_due")
        conn.execute("CREATE INDEX ix_follow_ups_advisor_status ON follow_ups (advisor_id, status)")
        # and what revision 0014 added (the marketing consent's index)
        conn.execute("DROP INDEX ix_customers_marketing_consent")
        # and what revision 0013 added (leads, the showroom log, test drives)
        conn.execute("DROP TABLE test_drives")
        conn.execute("DROP TABLE showroom_visits")
        _drop_column_with_its_key(conn, "follow_ups", "lead_id")
        conn.execute("DROP TABLE leads")
        # and what revision 0012 added (customer merges)
        conn.execute("DROP TABLE customer_merges")
        # and what revision 0011 added (consents, the book's settings, the erased mark)
        conn.execute("DROP TABLE consents")
        conn.execute("DROP TABLE book_settings")
        conn.execute("ALTER TABLE customers DROP COLUMN erased_at")
    conn.close()


def _drop_column_with_its_key(conn, table: str, column: str) -> None:
    """SQLite drops no column a foreign key names: the table is made again without it."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()[0]
    lines = [line for line in sql.splitlines() if column not in line]
    lines[-2] = lines[-2].rstrip().rstrip(",")
    indexes = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,)) if column not in row[0]]
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != column]
    conn.execute("\n".join(lines).replace(f'"{table}"', f'"{table}_old"', 1))
    conn.execute(f"INSERT INTO {table}_old SELECT {', '.join(columns)} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
    for index in indexes:
        conn.execute(index)


def test_a_previous_release_book_gets_the_new_keys_on_opening(tmp_path):
    path = tmp_path / "book.db"
    previous_release_book(path)
    services = open_book(path)
    try:
        assert services.upgraded_from == "0006"
        search = services.customers.search_ids
        ids = {r.name: r.id for r in services.customers.rows(search(""))}
        assert search("zxx") == [ids["曾小贤"]]
        assert search("cxx") == [ids["曾小贤"]]
        assert search("010 6552 9988") == [ids["曾小贤"]]
        assert search("shantianfang") == [ids["单田芳"]]
        assert search("dantianfang") == [ids["单田芳"]]
        assert search("zs") == [ids["张三"]]
        with services.book.reading() as session:
            rows = session.query(Customer, CustomerSearch.keys).join(
                CustomerSearch, CustomerSearch.customer_id == Customer.id
            ).all()
            for customer, keys in rows:
                assert keys == search_keys(
                    customer.name,
                    phones=(customer.phone, customer.phone_alt),
                    plates=["京A·12345"] if customer.name == "曾小贤" else [],
                    extra=(customer.wechat,),
                    person=customer.kind != "company",
                ), customer.name
            pinyin = {c.name: (c.name_pinyin, c.name_initials) for c, _ in rows}
        assert pinyin["曾小贤"] == ("zengxiaoxian", "zxx")
        assert pinyin["单田芳"] == ("shantianfang", "stf")
        assert pinyin["解放汽车"] == ("jiefangqiche", "jfqc")  # a company: read as written
    finally:
        services.close()
    conn = sqlite3.connect(path)
    try:
        # the trigram index agrees with the rewritten keys
        conn.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
        unchanged = conn.execute(
            "SELECT keys FROM customer_search s JOIN customers c ON c.id = s.customer_id "
            "WHERE c.name = '张三'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert unchanged == OLD["张三"][2]  # a customer the new rules read alike is left alone
