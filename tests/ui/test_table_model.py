"""The one list model: ids up front, rows a page at a time, changed rows re-read alone."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.ui.models.table_model import RIGHT, IdRole, ListColumn, ListModel, SortRole


@dataclass(frozen=True)
class Car:
    id: int
    plate: str
    km: int


class CarColumn(ListColumn):
    __translation_context__ = "TestCars"
    PLATE = (QT_TRANSLATE_NOOP("TestCars", "Plate"), lambda c: c.plate)
    KM = (QT_TRANSLATE_NOOP("TestCars", "Mileage"), lambda c: f"{c.km:,}", RIGHT, lambda c: c.km)


class Garage:
    """A stand-in book of cars: records every fetch it is asked for."""

    def __init__(self, count: int):
        self.cars = {i: Car(i, f"京A{i:05d}", i * 1000) for i in range(1, count + 1)}
        self.asked: list[list[int]] = []

    def fetch(self, ids):
        self.asked.append(list(ids))
        return [self.cars[i] for i in ids if i in self.cars]


def test_column_enum_is_numbered_in_order_with_its_parts():
    assert [int(c) for c in CarColumn] == [0, 1]
    assert CarColumn(1) is CarColumn.KM
    assert CarColumn.KM.label() == "Mileage" and CarColumn.KM.align == RIGHT
    assert CarColumn.PLATE.sort_key is None


def test_the_model_passes_qts_model_tester(qtmodeltester):
    garage = Garage(450)
    model = ListModel(CarColumn, garage.fetch, page_size=100)
    model.set_ids(range(450, 0, -1))
    qtmodeltester.check(model)
    model.refresh_ids([3, 400])
    qtmodeltester.check(model)


def test_rows_are_read_one_page_at_a_time_and_no_row_is_capped():
    garage = Garage(10_000)
    model = ListModel(CarColumn, garage.fetch, page_size=200, cached_pages=3)
    model.set_ids(sorted(garage.cars, reverse=True))
    assert model.rowCount() == 10_000 and garage.asked == []  # nothing read before shown
    assert model.index(0, 0).data() == "京A10000"
    assert model.index(9_999, 1).data() == "1,000"
    assert model.index(9_999, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(9_999, 1).data(SortRole) == 1000
    assert model.index(9_999, 0).data(SortRole) == "京A00001"
    assert model.index(5, 0).data(IdRole) == 9_995
    assert [len(ids) for ids in garage.asked] == [200, 200]
    for row in range(10_000):  # scrolled end to end
        model.index(row, 0).data()
    assert max(len(ids) for ids in garage.asked) == 200
    assert len(model._pages) == 3  # noqa: SLF001 - the cache stays small


def test_refresh_ids_rereads_only_the_changed_rows_and_drops_vanished_ones(qtbot):
    garage = Garage(1_000)
    model = ListModel(CarColumn, garage.fetch)
    model.set_ids(range(1, 1_001))
    assert model.index(10, 0).data() == "京A00011"
    garage.cars[11] = Car(11, "京B99999", 5)
    del garage.cars[12]
    garage.asked.clear()
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_ids([11, 12, 5_000])  # 5,000 is not in the list
    assert garage.asked == [[11, 12]]
    assert model.index(10, 0).data() == "京B99999"
    assert model.rowCount() == 999 and model.row_of(12) == -1
    assert model.index(11, 0).data() == "京A00013"


def test_the_same_ids_again_keep_the_rows_and_reread_what_is_shown(qtbot):
    garage = Garage(50)
    model = ListModel(CarColumn, garage.fetch)
    model.set_ids(range(1, 51))
    model.index(0, 0).data()
    garage.cars[1] = Car(1, "京C00001", 1)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_ids(range(1, 51))
    assert resets == [] and model.index(0, 0).data() == "京C00001"
    model.set_ids(range(2, 51))
    assert resets == [True] and model.rowCount() == 49


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_asks_for_the_ids_in_the_columns_order(order):
    garage = Garage(5)
    asked = []

    def sorter(column, descending):
        asked.append((column, descending))
        return sorted(garage.cars, key=lambda i: garage.cars[i].km, reverse=descending)

    model = ListModel(CarColumn, garage.fetch, sorter=sorter)
    model.set_ids([3, 1, 5, 2, 4])
    model.sort(CarColumn.KM, order)
    descending = order == Qt.SortOrder.DescendingOrder
    assert asked == [(CarColumn.KM, descending)]
    assert model.ids() == ([5, 4, 3, 2, 1] if descending else [1, 2, 3, 4, 5])


def test_the_same_ids_with_the_changed_ones_reread_only_those():
    garage = Garage(1_000)
    model = ListModel(CarColumn, garage.fetch)
    model.set_ids(range(1, 1_001))
    model.index(0, 0).data()
    model.index(900, 0).data()
    garage.cars[901] = Car(901, "京D00901", 1)
    garage.asked.clear()
    model.set_ids(range(1, 1_001), changed=[901])
    assert garage.asked == [[901]]
    assert model.index(900, 0).data() == "京D00901" and model.index(0, 0).data() == "京A00001"
    assert garage.asked == [[901]]  # the other pages stayed cached
