"""A damaged book: what happened, and the three ways on (restore, read-only, close)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout


class DamagedBookDialog(QDialog):
    """`choice` is RESTORE, READ_ONLY or CLOSE once the dialog is finished."""

    RESTORE, READ_ONLY, CLOSE = "restore", "read_only", "close"

    def __init__(self, location: str, problems: tuple[str, ...] = (), *,
                 read_only_possible: bool = True, note: str = "", unreadable: bool = False,
                 parent=None):
        """unreadable: SQLite cannot read the file at all (emptied, its first page
        overwritten): restore or close, no read-only choice."""
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.setWindowTitle(self.tr("The book is damaged"))
        self.choice = self.CLOSE
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                       .pixmap(48, 48))
        text = QLabel(self.tr(
            "The book is damaged: SQLite's check of the file found errors (this happens after a "
            "power cut, a failing disk or a full network drive). Nothing more will be written "
            "to it.\n\nRestore the newest good backup: the damaged file is kept aside, renamed, "
            "never deleted. Or open the damaged book read-only to save what can still be read "
            "(export lists, print), then restore a backup."))
        if unreadable:
            text.setText(self.tr(
                "The book file cannot be read: it is empty, or its beginning was overwritten "
                "(this happens after a power cut, a failing disk, or another program writing to "
                "it). Guanxi has written nothing to it.\n\nRestore the newest good backup: the "
                "file as it is now is kept aside, renamed, never deleted. Or close Guanxi."))
        text.setObjectName("damagedText")
        text.setWordWrap(True)
        where = QLabel(self.tr("Book: %1").replace("%1", location))
        where.setObjectName("damagedLocation")
        where.setWordWrap(True)
        if problems:
            where.setToolTip("\n".join(problems[:10]))
        self.note = QLabel(note, self)  # what went wrong with the last choice, if anything
        self.note.setObjectName("damagedNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel#damagedNote { color: #a50e0e; }")
        self.note.setVisible(bool(note))
        self.restore_button = QPushButton(self.tr("Restore the newest good backup"), self)
        self.restore_button.setObjectName("restoreNewest")
        self.read_only_button = QPushButton(self.tr("Open it read-only to save what can be read"),
                                            self)
        self.read_only_button.setObjectName("openReadOnly")
        self.read_only_button.setEnabled(read_only_possible)
        self.read_only_button.setVisible(not unreadable)  # SQLite cannot read it at all
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeDamaged")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.choose(self.RESTORE))
        self.read_only_button.clicked.connect(lambda: self.choose(self.READ_ONLY))
        self.close_button.clicked.connect(lambda: self.choose(self.CLOSE))

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        words = QVBoxLayout()
        words.addWidget(text)
        words.addWidget(where)
        words.addWidget(self.note)
        top.addLayout(words, 1)
        buttons = QVBoxLayout()
        for button in (self.restore_button, self.read_only_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        # wrapped labels need their width fixed before the dialog's height is worked out
        for label in (text, where, self.note):
            label.setMinimumWidth(460)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.adjustSize()

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc or the title bar's close: the safe way, close
        self.choice = self.CLOSE
        super().reject()
