"""The duplicate finder: each reason on planted pairs; archived and erased customers are
left out; unrelated customers make no pair."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from app.db.models import Customer, VehicleOwnership
from app.domain.records import CustomerInput, VehicleInput
from app.services.customers.duplicates import Reason, find_pairs


def _add(services, name, phone="", address="", phone_alt=""):
    return services.customers.create(CustomerInput(name=name, phone=phone, address=address,
                                                   phone_alt=phone_alt)).id


def _reasons(services):
    return {(p.a, p.b): set(p.reasons) for p in find_pairs(services.book)}


def test_each_reason_on_planted_pairs(services):
    a = _add(services, "张三", "13800138000")
    b = _add(services, "张叁", "13800138000")  # same phone
    c = _add(services, "李四", "13900139001")
    d = _add(services, "李四", "13900139002")  # same name, one digit apart
    e = _add(services, "王五", "13700137000", address="北京市朝阳区 建国路1号")
    f = _add(services, "王五", "15000150000", address="北京市朝阳区建国路1号")  # same address
    g = _add(services, "刘伟", "13600136001")
    h = _add(services, "刘炜", "13600136011")  # pinyin alike, one digit apart
    i = _add(services, "赵六", "13500135000")
    j = _add(services, "钱七", "18800188000", phone_alt="13500135000")  # alternate number
    k = _add(services, "孙八", "13300133000")
    m = _add(services, "周九", "13200132000")
    # one car held by both (an imported book's two open ownerships of one VIN)
    car = services.vehicles.add(k, VehicleInput(make="比亚迪", model="汉"))
    with services.book.writing() as session:
        session.add(VehicleOwnership(vehicle_id=car.id, customer_id=m))
    _add(services, "无关", "18900189000")
    found = _reasons(services)
    assert Reason.SAME_PHONE in found[(a, b)]
    assert found[(c, d)] == {Reason.SAME_NAME_SIMILAR_PHONE}
    assert found[(e, f)] == {Reason.SAME_NAME_SAME_ADDRESS}
    assert found[(g, h)] == {Reason.PINYIN_SIMILAR_PHONE}
    assert found[(i, j)] == {Reason.SAME_PHONE}
    assert found[(k, m)] == {Reason.SAME_VIN}
    assert set(found) == {(a, b), (c, d), (e, f), (g, h), (i, j), (k, m)}
    pairs = find_pairs(services.book)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert len(find_pairs(services.book, limit=2)) == 2


def test_archived_and_erased_customers_are_left_out(services):
    a = _add(services, "张三", "13800138000")
    b = _add(services, "张三", "13800138000")
    c = _add(services, "张三", "13800138000")
    assert len(find_pairs(services.book)) == 3
    with services.book.writing() as session:
        session.execute(update(Customer).where(Customer.id == b)
                        .values(archived_at=datetime(2026, 1, 1)))
        session.execute(update(Customer).where(Customer.id == c)
                        .values(erased_at=datetime(2026, 1, 1)))
    assert find_pairs(services.book) == []
    assert a
