"""The audit log (owner only): who did what to which record when, newest first, a page at a
time; filters by person, record, action and days; the filtered entries exported to Excel;
whether the chain of entries is intact, checked in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import ValidationError
from app.presentation import labels
from app.presentation.audit_words import detail_words
from app.ui.ops import Op, failure_text
from app.ui.widgets.common import read_only_table
from app.ui.widgets.fields import DateField, ErrorBanner, fill_combo

if TYPE_CHECKING:
    from app.services.admin.audit import AuditRow
    from app.services.admin.book import Services

PAGE = 200  # entries read at a time ("Show more" reads the next ones)


class AuditDialog(QDialog):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.services = services
        self.audit = services.audit
        self._oldest: int | None = None  # the oldest entry shown (the next page is older)
        self._shown = 0
        self._reading = None

        everyone = self.tr("Everyone")
        self.person = QComboBox(self)
        self.person.setObjectName("auditPerson")
        fill_combo(self.person, [(None, everyone), *[
            (m.id, m.name) for m in services.staff.list(active_only=False)]])
        self.kind = QComboBox(self)
        self.kind.setObjectName("auditRecordKind")
        fill_combo(self.kind, [(None, self.tr("Any record")), *[
            (k, labels.record_kind(k)) for k in self.audit.record_kinds()]])
        self.record = QLineEdit(self)
        self.record.setObjectName("auditRecordId")
        self.record.setPlaceholderText(self.tr("number"))
        self.record.setValidator(QIntValidator(1, 2**31 - 1, self))
        self.record.setMaximumWidth(90)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        fill_combo(self.action, [(None, self.tr("Any action")), *[
            (a, labels.audit_action(a)) for a in self.audit.actions()]])
        self.since = DateField("since", self)
        self.since.setObjectName("auditSince")
        self.until = DateField("until", self)
        self.until.setObjectName("auditUntil")
        for field in (self.since, self.until):
            field.setMaximumWidth(110)
            field.editingFinished.connect(self.reload)
        self.record.editingFinished.connect(self.reload)
        for combo in (self.person, self.kind, self.action):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Person")), 0, 0)
        filters.addWidget(self.person, 0, 1)
        filters.addWidget(QLabel(self.tr("Record")), 0, 2)
        record = QHBoxLayout()
        record.addWidget(self.kind, 1)
        record.addWidget(self.record)
        filters.addLayout(record, 0, 3)
        filters.addWidget(QLabel(self.tr("Action")), 1, 0)
        filters.addWidget(self.action, 1, 1)
        filters.addWidget(QLabel(self.tr("Days")), 1, 2)
        days = QHBoxLayout()
        days.addWidget(self.since)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.until)
        days.addStretch(1)
        filters.addLayout(days, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.banner = ErrorBanner(self)
        self.table = read_only_table([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                      self.tr("Record"), self.tr("Detail")], "auditTable", self)
        self.table.setWordWrap(False)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.more = QPushButton(self.tr("Show &more"), self)
        self.more.setObjectName("auditMore")
        self.more.clicked.connect(lambda _=False: self.load_more())
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(lambda _=False: self.export())
        self.chain = QLabel(self.tr("Checking that no entry was changed or removed…"), self)
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(self.count)
        below.addWidget(self.more)
        below.addStretch(1)
        below.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.chain)
        layout.addWidget(close)
        self.resize(1000, 600)
        self.reload()
        self.check_chain()

    # ------------------------------------------------------------------ the filters
    def filters(self) -> dict:
        """The service's filter arguments; ValidationError for a day that is not one."""
        errors = []
        days = {}
        for field in (self.since, self.until):
            try:
                days[field.field] = field.value()
            except ValidationError as exc:
                errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        text = self.record.text().strip()
        return {"since": days["since"], "until": days["until"],
                "staff_id": self.person.currentData(), "action": self.action.currentData(),
                "record_kind": self.kind.currentData(),
                "record_id": int(text) if text.isdigit() else None}

    # ------------------------------------------------------------------ the pages
    def reload(self) -> None:
        self.table.setRowCount(0)
        self._oldest, self._shown = None, 0
        self.load_more()

    def load_more(self) -> None:
        try:
            filters = self.filters()
        except ValidationError as exc:
            self.banner.show_errors([failure_text(exc)[0]])
            return
        self.banner.show_errors([])
        audit, before = self.audit, self._oldest
        if self._reading is not None and self._reading.running:
            self._reading.cancel()
        self.more.setEnabled(False)
        self._reading = Op(self, lambda: audit.page(**filters, before_id=before, limit=PAGE)) \
            .success(self._add).failure(lambda e: self.banner.show_errors([failure_text(e)[0]])) \
            .run()

    def _who(self, e: AuditRow) -> str:
        """The person, or the program itself, or a desk where nobody had signed in."""
        if e.staff_id is None and e.actor == "desk":
            return self.tr("(a desk, nobody signed in)")
        if not e.actor or (e.staff_id is None and e.actor == "system"):
            return self.tr("(the program)")
        return e.actor

    def _add(self, page: tuple[list[AuditRow], bool]) -> None:
        rows, more = page
        start = self.table.rowCount()
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(start + len(rows))
        locale = QLocale()
        for r, e in enumerate(rows, start):
            record = labels.record_kind(e.record_kind) if e.record_kind else ""
            if e.record_id is not None:
                record = f"{record} #{e.record_id}".strip()
            cells = (e.at.strftime("%Y-%m-%d %H:%M:%S"),
                     self._who(e), labels.audit_action(e.action), record,
                     detail_words(e.detail))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if c == 4 and e.detail:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setUpdatesEnabled(True)
        if rows:
            self._oldest = rows[-1].id
        self._shown = self.table.rowCount()
        self.more.setEnabled(more)
        self.count.setText(
            (self.tr("%1 entries shown, newest first; more are older") if more
             else self.tr("%1 entries, newest first")).replace("%1", locale.toString(self._shown)))

    # ------------------------------------------------------------------ the chain
    def check_chain(self) -> None:
        from app.presentation.messages import audit_chain_text

        def told(problems: list[str]) -> None:
            if not problems:
                self.chain.setText(self.tr("The chain of entries is intact: no entry was "
                                           "changed or removed."))
                self.chain.setStyleSheet("color: #137333;")
                return
            words = [audit_chain_text(p.removeprefix("audit_chain: ")) for p in problems]
            self.chain.setText("\n".join(words))
            self.chain.setStyleSheet("color: #a50e0e; font-weight: bold;")

        audit = self.audit
        Op(self, audit.chain_problems).success(told) \
            .failure(lambda e: self.chain.setText(failure_text(e)[0])).run()

    # ------------------------------------------------------------------ the export
    def export(self) -> None:
        from app.ui.widgets.common import save_path

        path = save_path(self, self.tr("Export the audit log"), "audit-log.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """The filtered entries (every one, not only those shown) to a workbook."""
        from app.presentation import exports
        from app.ui.widgets.common import export_sheets

        try:
            filters = self.filters()
        except ValidationError as exc:
            self.banner.show_errors([failure_text(exc)[0]])
            return False
        sheet = exports.audit_sheet(self.audit.entries(**filters))
        return export_sheets(self, [sheet], path)
