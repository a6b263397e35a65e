"""Qt's own texts (the file dialog's labels, standard buttons) speak the interface's
language: Qt's catalogue (qtbase_zh_CN.qm, shipped with PySide6) is installed beside ours
and replaced when the language changes."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from app.bootstrap import setup_language


def chinese(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) == "W" for ch in text)


@pytest.fixture
def chinese_session(qapp):
    setup_language(qapp, "zh_CN")
    yield qapp
    setup_language(qapp, "en")


def test_qts_own_texts_are_chinese_in_a_chinese_session(chinese_session):
    for context, text in (("QFileDialog", "Look in:"), ("QFileDialog", "Files of type:"),
                          ("QPlatformTheme", "Cancel"), ("QFileDialog", "Detail View")):
        translated = QCoreApplication.translate(context, text)
        assert translated != text and chinese(translated), (context, text, translated)


def test_the_file_dialog_shows_chinese_labels(qtbot, chinese_session, tmp_path):
    dialog = QFileDialog(None, "导出", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert chinese(labels[name]), (name, labels[name])
    assert "Look in" not in " ".join(labels.values())


def test_qts_catalogue_is_replaced_when_the_language_changes(qapp):
    setup_language(qapp, "zh_CN")
    assert chinese(QCoreApplication.translate("QFileDialog", "Look in:"))
    setup_language(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    setup_language(qapp, "zh_CN")
    setup_language(qapp, "zh_CN")  # asked twice: still one of each catalogue installed
    try:
        assert len(QApplication.instance()._guanxi_translators) == 2
        assert chinese(QCoreApplication.translate("QFileDialog", "Look in:"))
    finally:
        setup_language(qapp, "en")
