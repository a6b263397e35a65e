"""The owner's dashboard (PRODUCT.md F8): ten charts over a range of months and an advisor.

The main window imports this module only when the dashboard is first opened, so matplotlib
is never loaded at start-up. The numbers are computed off the interface thread; the charts
are drawn (app.presentation.charts) when they arrive.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.dashboard_records import DashboardData, DashboardQuery, month_end
from app.ui.messages import show_error
from app.ui.ops import Cancelled, Op
from app.ui.widgets.common import (
    advisor_filter,
    export_sheets,
    from_qdate,
    save_path,
    tell_saved,
    to_qdate,
)

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from app.desk.settings import Preferences
    from app.services.admin.book import Services

log = logging.getLogger(__name__)

CHART_HEIGHT = 330  # pixels: a chart stays readable however small the window
FILTER_DELAY_MS = 400  # a date typed digit by digit asks for the numbers once


def chart_text(text: str) -> str:
    """The `tr` the charts are drawn with: their texts live in the context "Charts"."""
    return QCoreApplication.translate("Charts", text)


charts = None  # the module app.presentation.charts (with matplotlib), imported by the first view


def _load_charts():
    """Import the charts, and with them matplotlib: slow, so only once the numbers are
    already being read on other threads."""
    global charts
    if charts is None:
        from app.presentation import charts as module

        charts = module
    return charts


class DashboardView(QWidget):
    open_customer = Signal(int)  # the main window connects every view's; charts open none
    drawn = Signal()  # every chart has been drawn from last_data
    # chart by chart while the numbers are read (queued from the op's thread)
    _chart_ready = Signal(int, str, object)  # generation, chart key, its numbers
    _progressed = Signal(int, int, int)  # generation, done, total

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._services = services
        self._preferences = preferences
        self._generation = 0
        self._request: Op | None = None  # the numbers being read
        self.last_data: DashboardData | None = None
        self.today = date.today()
        self._partial: DashboardData | None = None  # the charts of the running request so far
        self._early: list[str] = []  # fields whose numbers came before the canvases

        self.start = QDateEdit(to_qdate(DashboardQuery.last_months(self.today).start), self)
        self.start.setObjectName("dashboardFrom")
        self.end = QDateEdit(to_qdate(self.today), self)
        self.end.setObjectName("dashboardTo")
        for edit, name in ((self.start, self.tr("From month")), (self.end, self.tr("To month"))):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("dashboardAdvisor")
        self.advisor.setAccessibleName(self.tr("Advisor"))
        advisor_filter(self.advisor, services.staff, self.tr("All advisors"),
                       getattr(preferences, "desk_advisor_id", None))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("dashboardProgress")
        self.progress.setAccessibleName(self.tr("Computing the charts"))
        self.progress.setFormat(self.tr("Computing the charts… %p%"))
        self.progress.hide()

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.start.dateChanged.connect(self._filter_timer.start)
        self.end.dateChanged.connect(self._filter_timer.start)
        self.advisor.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("To")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self._chart_ready.connect(self._show_chart)
        self._progressed.connect(self._show_progress)
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self.save_buttons: dict[str, QPushButton] = {}
        self._drawn: set[str] = set()
        # the numbers are read on other threads while matplotlib loads and the charts are
        # laid out here: the slowest two parts of opening the dashboard overlap
        self.refresh()
        _load_charts()
        grid_widget = QWidget()
        grid_widget.setObjectName("dashboardCharts")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, (key, title, _draw) in enumerate(charts.CHARTS):
            frame = self._chart_frame(key, title)
            last_alone = index == len(charts.CHARTS) - 1 and index % 2 == 0
            grid.addWidget(frame, index // 2, index % 2, 1, 2 if last_alone else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(grid_widget)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll, 1)
        for key in self._early:
            for chart in charts.charts_of(key):
                self._draw_chart(chart)
        self._early.clear()

    def _chart_frame(self, key: str, title: str) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"chart_{key}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        canvas = FigureCanvasQTAgg(Figure(figsize=(6, 3.4)))
        canvas.setParent(frame)
        canvas.setObjectName(f"canvas_{key}")
        canvas.setAccessibleName(chart_text(title))
        canvas.setMinimumHeight(CHART_HEIGHT)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        save = QPushButton(self.tr("Save as PNG…"), frame)
        save.setObjectName(f"save_{key}")
        save.setAccessibleName(self.tr("Save %1 as PNG").replace("%1", chart_text(title)))
        save.setEnabled(False)
        save.clicked.connect(lambda _=False, k=key: self.save_png(k))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(canvas, 1)
        inner.addLayout(buttons)
        self.canvases[key] = canvas
        self.save_buttons[key] = save
        return frame

    # ------------------------------------------------------------ the numbers
    def query(self) -> DashboardQuery:
        """The filters as they stand: whole months, From and To swapped if need be."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if start > end:
            start, end = end, start
        return DashboardQuery(start.replace(day=1), month_end(end), self.advisor.currentData())

    def _options(self) -> dict:
        """The preferences the service reads; those not (yet) known keep its defaults."""
        options = {}
        for attribute, keyword in (("value_thresholds", "thresholds"),
                                   ("value_window_years", "window_years"),
                                   ("lapse_thresholds", "lapse")):
            value = getattr(self._preferences, attribute, None)
            if value is not None:
                options[keyword] = value
        return options


    def refresh(self) -> None:
        """Compute the numbers again for the current filters, off the interface thread;
        a request still running is abandoned."""
        self._filter_timer.stop()
        self._generation += 1
        generation = self._generation
        self.today = date.today()
        query, today, options = self.query(), self.today, self._options()
        service = self._services.dashboard
        self.progress.setRange(0, 0)  # busy until the first chart's numbers are in
        self.progress.show()
        self.status.clear()

        if self._request is not None:
            self._request.cancel()  # it stops at its next chart
        self._partial = DashboardData(query=query, today=today)
        self._drawn = set()

        def work(cancelled) -> DashboardData:
            def forward(signal):
                """A callback for the service that passes its arguments on to `signal`, or
                stops the request when a newer one was made or the view is gone."""
                def emit(*args) -> None:
                    if cancelled():
                        raise Cancelled()
                    try:
                        signal.emit(generation, *args)
                    except RuntimeError:  # the view was closed
                        raise Cancelled() from None
                return emit

            return service.build(query, today, progress=forward(self._progressed),
                                 ready=forward(self._chart_ready), **options)

        self._request = Op(self, work).success(
            lambda data: self._show_data(generation, data)).failure(
            lambda error: self._show_failure(generation, str(error))).run()

    def _show_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _show_failure(self, generation: int, detail: str) -> None:
        if generation != self._generation:
            return
        self.progress.hide()
        self.status.setText(self.tr("The charts could not be computed: %1").replace("%1", detail))

    def _show_chart(self, generation: int, key: str, value) -> None:
        """One chart's numbers are in: draw it now, while the others are still read."""
        if generation != self._generation:
            return
        self._partial = replace(self._partial, **{key: value})
        if not self.canvases:  # still being laid out: drawn when the canvases exist
            self._early.append(key)
            return
        for chart in charts.charts_of(key):  # (the conversion figures feed three charts)
            self._draw_chart(chart)

    def _draw_chart(self, key: str, data: DashboardData | None = None,
                    theme: charts.Theme | None = None) -> None:
        """Chart `key` from `data` (the running request's numbers so far by default)."""
        canvas = self.canvases[key]
        charts.chart(key)(canvas.figure, data or self._partial, theme or self.theme(),
                          chart_text)
        canvas.draw_idle()
        self.save_buttons[key].setEnabled(True)
        self._drawn.add(key)

    def _show_data(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:  # a newer request is on its way
            return
        self.progress.hide()
        self.last_data = data
        self.status.setText(self.tr("As of %1").replace("%1", data.today.isoformat()))
        if self._drawn >= {key for key, _title, _draw in charts.CHARTS}:
            self.drawn.emit()  # every chart was drawn as its numbers came
        else:
            self.redraw()

    # ------------------------------------------------------------ drawing
    def theme(self) -> charts.Theme:
        """Dark charts on a dark palette, light ones otherwise, on the palette's own base."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        return replace(charts.DARK if dark else charts.LIGHT,
                       background=palette.color(QPalette.ColorRole.Base).name(),
                       foreground=palette.color(QPalette.ColorRole.Text).name())

    def redraw(self) -> None:
        """Draw every chart from last_data with the current palette."""
        if self.last_data is None:
            return
        theme = self.theme()
        for key, _title, _draw in charts.CHARTS:
            self._draw_chart(key, self.last_data, theme)
        self.drawn.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()

    # ------------------------------------------------------------ saving
    def _file_stem(self) -> str:
        query = self.last_data.query if self.last_data else self.query()
        return f"{query.start:%Y-%m}_{query.end:%Y-%m}"

    def save_png(self, key: str) -> None:
        """Save one chart as it shows, as a PNG file the person chooses."""
        path = save_path(self, self.tr("Save chart as PNG"), f"{key}_{self._file_stem()}.png",
                         self.tr("PNG image (*.png)"))
        if path is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        figure = self.canvases[key].figure
        try:
            figure.savefig(path, format="png", facecolor=figure.get_facecolor())
        except OSError as exc:
            show_error(self, self.tr("Not saved"),
                       self.tr("The picture could not be written. Nothing was changed."),
                       str(exc))
            return
        tell_saved(self, path)

    # ------------------------------------------------------------ printing
    PRINT_DPI = 200  # the charts drawn again for paper: about half an A4 page wide each

    def print_lines(self) -> list[str]:
        """What the printed charts are of: months, advisor, the day they were computed."""
        data = self.last_data
        query = data.query
        advisor = self.tr("All advisors")
        if query.advisor_id is not None:  # the one the numbers are of, not the one now chosen
            index = self.advisor.findData(query.advisor_id)
            advisor = self.advisor.itemText(index) if index >= 0 else advisor
        return [self.tr("%1 to %2 · %3 · as of %4").replace("%1", f"{query.start:%Y-%m}")
                .replace("%2", f"{query.end:%Y-%m}").replace("%3", advisor)
                .replace("%4", data.today.isoformat())]

    def print_pictures(self) -> list[QImage]:
        """Every chart drawn again for paper: light whatever the palette, at PRINT_DPI, in
        the proportions it has on the screen."""
        pictures = []
        for key, _title, _draw in charts.CHARTS:
            figure = self.canvases[key].figure
            buffer = io.BytesIO()
            charts.render_png(key, self.last_data, buffer, chart_text, charts.LIGHT,
                              (figure.get_figwidth(), figure.get_figheight()), self.PRINT_DPI)
            pictures.append(QImage.fromData(buffer.getvalue(), "PNG"))
        return pictures

    def print_preview(self) -> None:
        """Ctrl+P: the charts on A4, two to a row, with what they are of."""
        if self.last_data is None:
            self.status.setText(self.tr("The charts are still being computed."))
            return
        from app.ui.printing import may_print, preview_pictures

        if may_print(self, self.tr("Owner's dashboard"), None, 0):
            preview_pictures(self, self.tr("Owner's dashboard"), self.print_lines(),
                             self.print_pictures())

    def export(self) -> None:
        """Every chart's numbers to an Excel workbook, one sheet per chart."""
        if self.last_data is None:
            return
        path = save_path(self, self.tr("Export dashboard"), f"dashboard_{self._file_stem()}.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        export_sheets(self, charts.dashboard_sheets(self.last_data, chart_text), path)
