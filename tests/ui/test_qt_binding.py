"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did,
and the program aborted after a few thousand calls)."""

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_keep_none_alive():
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(2000):
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 50
