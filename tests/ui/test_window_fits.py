"""The main window fits a 1280×800 screen, frame and status bar included."""

from __future__ import annotations


def test_the_window_fits_a_1280_by_800_screen_with_its_frame(qtbot, window):
    qtbot.waitUntil(lambda: window.customers_view.card is not None, timeout=5000)
    window.show_customer(window.services.customers.search_ids("张三")[0])
    # room left for a window frame (~8 px a side, ~30 px title) and a task bar (~40 px)
    assert window.width() <= 1280 - 16 and window.height() <= 800 - 30 - 40
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 - 16 and hint.height() <= 800 - 30 - 40
