"""Saving a vehicle keeps the numbers the person did not touch, even ones above the boxes' usual range."""

from datetime import date

from sqlalchemy import text

from app.domain.enums import PurchaseType
from app.domain.records import CustomerInput, VehicleInput
from app.ui.dialogs.vehicle_dialog import VehicleDialog
from tests.ui.conftest import type_text


def _row(services, vehicle_id: int) -> dict:
    with services.book.reading() as session:
        return dict(session.execute(
            text("SELECT * FROM vehicles WHERE id = :id"), {"id": vehicle_id}
        ).mappings().one())


def test_saving_a_vehicle_keeps_a_large_mileage_and_price_not_touched(qtbot, services, sync_ops):
    owner = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    # The book takes any non-negative mileage and price (a fleet truck, a coach); the dialog's
    # boxes stop at 5,000,000 km and 100,000,000 yuan.
    vehicle = services.vehicles.add(owner.id, VehicleInput(
        make="宇通", model="客车", trim="ZK6122", vin="LSVAU218XN2183294", plate="京A12345",
        colour="白", year=2020, purchase_date=date(2020, 6, 1), purchase_type=PurchaseType.USED_HERE,
        price_yuan=120_000_000, mileage_km=6_000_000, insurance_expiry=date(2026, 6, 1),
        inspection_due=date(2026, 7, 1), warranty_end=date(2027, 6, 1), notes="车队\n第二行",
    ))
    before = _row(services, vehicle.id)

    dialog = VehicleDialog(services.vehicles, owner.id, services.vehicles.get(vehicle.id))
    qtbot.addWidget(dialog)
    dialog.colour.clear()
    type_text(qtbot, dialog.colour, "银")
    dialog.accept()
    assert dialog.saved is not None

    after = _row(services, vehicle.id)
    changed = {k for k in after if after[k] != before[k]}
    assert changed - {"version", "updated_at"} == {"colour"}
    assert after["mileage_km"] == 6_000_000
    assert after["price_yuan"] == 120_000_000
