"""surname readings and phone forms in search keys: names starting with a surname read
otherwise than a dictionary reads it (曾 zeng, 单 shan, 尉迟 yuchi) get that reading as the
one they are sorted by and keep the other as a further reading; numbers other than mainland
mobiles are found as the card shows them (Beijing landlines with 010, +852 ... with 852)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

No schema change: customers.name_pinyin / name_initials and customer_search.keys are
worked out again, with the program's current rules (app.domain.search), for the customers
those rules read differently; the others' keys are already what the rules give. On SQLite
the triggers of customer_search keep the trigram index in step.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

BATCH = 500


def _affected(conn):
    """Customers whose keys the new rules may change: a name starting with a listed surname
    (persons), or a phone that is not a mainland mobile (+861..., 14 characters)."""
    from app.domain.surnames import COMPOUND, SINGLE

    rows = conn.execute(sa.text(
        "SELECT id, name, kind, phone, phone_alt, wechat, name_pinyin, name_initials "
        "FROM customers"
    ))
    for row in rows:
        name = (row.name or "").strip()
        surname = row.kind != "company" and (name[:1] in SINGLE or name[:2] in COMPOUND)
        odd_phone = any(p and not (len(p) == 14 and p.startswith("+861"))
                        for p in (row.phone, row.phone_alt))
        if surname or odd_phone:
            yield row


def upgrade():
    from app.domain.search import name_readings, search_keys

    conn = op.get_bind()
    affected = list(_affected(conn))
    for start in range(0, len(affected), BATCH):
        chunk = affected[start:start + BATCH]
        vehicles: dict[int, list] = {}
        for owner_id, plate, vin in conn.execute(
            sa.text("SELECT owner_id, plate, vin FROM vehicles "
                    "WHERE archived_at IS NULL AND owner_id IN :ids ORDER BY id")
            .bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": [r.id for r in chunk]},
        ):
            vehicles.setdefault(owner_id, []).append((plate or "", vin or ""))
        for row in chunk:
            person = row.kind != "company"
            readings = name_readings(row.name, person)
            full, initials = readings[0] if readings else ("", "")
            if (full, initials) != (row.name_pinyin, row.name_initials):
                conn.execute(
                    sa.text("UPDATE customers SET name_pinyin = :full, name_initials = :initials "
                            "WHERE id = :id"),
                    {"full": full, "initials": initials, "id": row.id},
                )
            own = vehicles.get(row.id, [])
            keys = search_keys(
                row.name,
                phones=(row.phone, row.phone_alt),
                plates=[plate for plate, _ in own],
                vins=[vin for _, vin in own],
                extra=(row.wechat,),
                person=person,
            )
            conn.execute(
                sa.text("UPDATE customer_search SET keys = :keys "
                        "WHERE customer_id = :id AND keys IS NOT :keys"
                        if conn.dialect.name == "sqlite" else
                        "UPDATE customer_search SET keys = :keys "
                        "WHERE customer_id = :id AND keys IS DISTINCT FROM :keys"),
                {"keys": keys, "id": row.id},
            )


def downgrade():
    pass  # the keys are derived: the older program reads these as well as its own
