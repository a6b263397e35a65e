"""Merging two customers who are one person (issue 15, item 7): the two side by side, one row
per detail where they differ with a choice of which value the kept customer has, a swap of
which customer is kept; Merge moves everything of the other to the kept one and archives it
(app.services.customers.merge), undone later from Tools > Undo a merge… or the card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CalendarKind, CustomerKind, CustomerSource, Gender
from app.domain.validation import format_phone
from app.presentation import labels
from app.ui.ops import Op, failure_text
from app.ui.widgets.fields import ErrorBanner

if TYPE_CHECKING:
    from app.domain.records import CustomerRecord
    from app.services.admin.book import Services

BIRTHDAY = ("birthday_calendar", "birth_year", "birth_month", "birth_day", "birth_leap")
# the rows offered, in the card's order: a row's fields are chosen together
ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("name",)), ("kind", ("kind",)), ("phone", ("phone",)),
    ("phone_alt", ("phone_alt",)), ("wechat", ("wechat",)), ("email", ("email",)),
    ("gender", ("gender",)), ("birthday", BIRTHDAY), ("occupation", ("occupation",)),
    ("employer", ("employer",)), ("hobbies", ("hobbies",)), ("address", ("address",)),
    ("family_notes", ("family_notes",)), ("notes", ("notes",)), ("source", ("source",)),
    ("referred_by_id", ("referred_by_id",)), ("advisor_id", ("advisor_id",)),
    ("key_account", ("key_account",)), ("satisfaction_flag", ("satisfaction_flag",)),
)
SHOWN_CHARACTERS = 60  # of a long value on its choice (the whole in its tooltip)


def choice_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """ROWS, and any field the merge lets one choose that they do not name (its own row)."""
    from app.services.customers.merge import CHOOSABLE

    named = {f for _row, fields in ROWS for f in fields}
    return ROWS + tuple((f, (f,)) for f in CHOOSABLE if f not in named)


def values_of(record: CustomerRecord, fields: tuple[str, ...]) -> tuple:
    return tuple(getattr(record, f, None) for f in fields)


def is_empty(record: CustomerRecord, row: str, fields: tuple[str, ...]) -> bool:
    if row == "birthday":
        return not record.birth_month and not record.birth_year
    if row == "kind":
        return False
    return all(not v for v in values_of(record, fields))


class MergeDialog(QDialog):
    merged = Signal(int, int)  # kept customer, merged customer (after the merge is written)

    def __init__(self, services: Services, keep_id: int, merged_id: int,
                 parent: QWidget | None = None, origin: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.services = services
        self.keep_id, self.merged_id = keep_id, merged_id
        self._origin = origin
        self.records: dict[int, CustomerRecord] = {}
        self.counts: dict[int, tuple[int, int, int, int]] = {}  # what each customer has
        self.choices: dict[str, QButtonGroup] = {}  # row -> its two buttons (0 kept, 1 merged)
        self.record = None  # the MergeRecord once merged

        self.explain = QLabel(self.tr("Reading the two customers…"), self)
        self.explain.setObjectName("mergeExplain")
        self.explain.setWordWrap(True)
        self.kept_heading = QLabel(self)
        self.kept_heading.setObjectName("mergeKeptHeading")
        self.merged_heading = QLabel(self)
        self.merged_heading.setObjectName("mergeMergedHeading")
        for heading in (self.kept_heading, self.merged_heading):
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.swap_button = QPushButton(self.tr("&Swap: keep the other"), self)
        self.swap_button.setObjectName("mergeSwap")
        self.swap_button.setToolTip(self.tr("Keep the other customer and merge this one "
                                            "into it"))
        self.swap_button.clicked.connect(lambda _=False: self.swap())
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea(self)
        scroll.setObjectName("mergeFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.same_note = QLabel(self)
        self.same_note.setObjectName("mergeSameNote")
        self.same_note.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(lambda _=False: self.merge())
        self.buttons.rejected.connect(self.reject)
        headings = QHBoxLayout()
        headings.addWidget(self.swap_button)
        headings.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(headings)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.same_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._read()

    # ------------------------------------------------------------------ reading
    def _read(self) -> None:
        services, ids = self.services, (self.keep_id, self.merged_id)

        def read():
            records = {i: services.customers.get(i) for i in ids}
            try:
                counts = {i: _what_moves(services, i) for i in ids}
            except Exception:  # noqa: BLE001 - the counts are a help, never a refusal
                counts = {}
            return records, counts

        Op(self, read).success(self._arrived) \
            .failure(lambda e: self.banner.show_errors([failure_text(e)[0]])).run()

    def _arrived(self, result) -> None:
        self.records, self.counts = result
        self._fill()
        self.merge_button.setEnabled(self.services.writable)

    # ------------------------------------------------------------------ the rows
    def _fill(self) -> None:
        for index in reversed(range(self.grid.count())):
            widget = self.grid.itemAt(index).widget()
            if widget is not None and widget not in (self.kept_heading, self.merged_heading):
                self.grid.takeAt(index)
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices.clear()
        kept, gone = self.records[self.keep_id], self.records[self.merged_id]
        self.kept_heading.setText(self.tr("Kept: #%1 %2").replace("%1", str(kept.id))
                                  .replace("%2", kept.name))
        self.merged_heading.setText(self.tr("Merged into it, then archived: #%1 %2")
                                    .replace("%1", str(gone.id)).replace("%2", gone.name))
        self.explain.setText(self.tr(
            "Everything recorded for #%2 %3 (vehicles, service visits, follow-ups, the "
            "timeline, family and dates, tags, consents) moves to #%1 %4, and #%2 is archived. "
            "Where the two differ, choose the value the kept customer has. A merge can be "
            "undone later (Tools > Undo a merge…).")
            .replace("%1", str(kept.id)).replace("%2", str(gone.id))
            .replace("%3", gone.name).replace("%4", kept.name))
        counts = self.counts.get(gone.id)
        if counts is not None:
            self.explain.setText(self.explain.text() + "\n" + self.tr(
                "What moves: vehicles %1, service visits %2, follow-ups %3, timeline "
                "entries %4.").replace("%1", str(counts[0])).replace("%2", str(counts[1]))
                .replace("%3", str(counts[2])).replace("%4", str(counts[3])))
        self.grid.addWidget(self.kept_heading, 0, 1)
        self.grid.addWidget(self.merged_heading, 0, 2)
        row_at = 1
        for row, fields in choice_rows():
            if values_of(kept, fields) == values_of(gone, fields) or (
                    is_empty(kept, row, fields) and is_empty(gone, row, fields)):
                continue  # (e.g. a calendar chosen with no birthday given)
            group = QButtonGroup(self.grid_host)
            group.setObjectName(f"mergeChoice_{row}")
            label = QLabel(labels.customer_field(row), self.grid_host)
            self.grid.addWidget(label, row_at, 0, Qt.AlignmentFlag.AlignVCenter)
            for side, record in enumerate((kept, gone)):
                text = self.value_text(record, row, fields)
                button = QRadioButton(_shortened(text), self.grid_host)
                button.setObjectName(f"mergeChoice_{row}_{'merged' if side else 'kept'}")
                button.setAccessibleName(f"{labels.customer_field(row)}: {text}")
                if len(text) > SHOWN_CHARACTERS or "\n" in text:
                    button.setToolTip(text)
                group.addButton(button, side)
                self.grid.addWidget(button, row_at, 1 + side, Qt.AlignmentFlag.AlignVCenter)
            merged_default = is_empty(kept, row, fields) and not is_empty(gone, row, fields)
            group.button(1 if merged_default else 0).setChecked(True)
            self.choices[row] = group
            row_at += 1
        self.grid.setRowStretch(row_at, 1)
        self.same_note.setText(
            self.tr("The two customers hold the same details; only their records are moved.")
            if not self.choices else "")
        self.same_note.setVisible(not self.choices)

    def value_text(self, record: CustomerRecord, row: str, fields: tuple[str, ...]) -> str:
        """A detail of a customer as the card shows it; "—" when empty."""
        if is_empty(record, row, fields):
            return "—"
        value = getattr(record, fields[0], None)
        if row in ("phone", "phone_alt"):
            return value if record.masked else format_phone(value)
        if row == "kind":
            return labels.customer_kind(CustomerKind(value))
        if row == "gender":
            return labels.gender(Gender(value))
        if row == "source":
            return labels.source(CustomerSource(value))
        if row == "referred_by_id":
            return f"#{value} {record.referred_by_name}".strip()
        if row == "advisor_id":
            return record.advisor_name or f"#{value}"
        if row == "birthday":
            return self._birthday(record)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def _birthday(self, r: CustomerRecord) -> str:
        year = str(r.birth_year) if r.birth_year else "????"
        text = f"{year}-{r.birth_month or 0:02d}-{r.birth_day or 0:02d}"
        if CalendarKind(r.birthday_calendar) == CalendarKind.LUNAR:
            text = f"{labels.calendar(CalendarKind.LUNAR)} {text}"
            if r.birth_leap:
                text += " " + self.tr("(leap month)")
        return text

    def chosen(self) -> dict[str, str]:
        """The choices for the merge: field -> "keep" or "merged" (every differing field)."""
        rows = dict(choice_rows())
        out: dict[str, str] = {}
        for row, group in self.choices.items():
            pick = "merged" if group.checkedId() == 1 else "keep"
            for field in rows[row]:
                out[field] = pick
        return out

    def swap(self) -> None:
        """Keep the other customer (the choices start again from their defaults)."""
        self.keep_id, self.merged_id = self.merged_id, self.keep_id
        if self.records:
            self._fill()

    # ------------------------------------------------------------------ merging
    def merge(self) -> None:
        if not self.records or not self.merge_button.isEnabled():
            return
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        self.banner.show_errors([])
        merges, keep, gone, choices = (self.services.merges, self.keep_id, self.merged_id,
                                       self.chosen())
        note = self.tr("Merged with customer #%1 (%2)")  # (the service puts in id and name)
        Op(self, lambda: merges.merge(keep, gone, choices, note=note), writes=True,
           origin=self._origin).success(self._done).failure(self._failed).run()

    def _done(self, record) -> None:
        self.record = record
        self.merged.emit(record.kept_id, record.merged_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.banner.show_errors([failure_text(error)[0]])
        self.merge_button.setEnabled(True)
        self.swap_button.setEnabled(True)


def _what_moves(services: Services, customer_id: int) -> tuple[int, int, int, int]:
    """The customer's vehicles, service visits, follow-ups and timeline entries."""
    card = services.customers.card(customer_id)
    visits = services.visits.history_of_customer(customer_id)
    follow_ups = services.followups.list(statuses=None, customer_id=customer_id)
    return len(card.vehicles), len(visits), len(follow_ups), len(card.timeline)


def _shortened(text: str) -> str:
    line = text.splitlines()[0] if text else text
    if len(line) > SHOWN_CHARACTERS:
        return line[:SHOWN_CHARACTERS - 1] + "…"
    return line + (" …" if "\n" in text else "")
