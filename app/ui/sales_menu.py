"""The window's Sales menu (issue 16): the showroom log (Ctrl+Shift+W), the day's test
drives, "Pass this customer to sales…" (the card's), and for the sales manager the lost
leads to review with the untouched new leads.
A count of untouched new leads is said in the status bar to whoever reviews leads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt

from app.domain.roles import Right

log = logging.getLogger(__name__)

class SalesMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.showroom_action = window._action(
            self.tr("&Showroom log…"), self.showroom_log, "Ctrl+Shift+W", "showroomLogAction")
        self.test_drives_action = window._action(self.tr("&Test drives…"), self.test_drives,
                                                 None, "testDrivesAction")
        self.refer_action = window._action(self.tr("&Pass this customer to sales…"), self.refer,
                                           None, "passToSalesAction")
        self.review_action = window._action(self.tr("&Lost leads to review…"), self.lost_review,
                                            None, "lostReviewAction")
        self.menu = window.menuBar().addMenu(self.tr("Sa&les"))
        self.menu.setObjectName("salesMenu")
        for action in (self.showroom_action, self.test_drives_action, self.refer_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.review_action)
        self.menu.aboutToShow.connect(self.looked_at)
        # (not looked at before the menu shows: the book opens after the window, and a
        # shortcut of a disabled action does nothing)

    def _services(self):
        return self.window.services

    def _working(self) -> bool:
        return self._services() is not None and not self.window.read_only

    def _may_review(self) -> bool:
        services = self._services()
        return services is not None and services.book.actor.may(Right.REVIEW_LEADS)

    def looked_at(self) -> None:
        self.showroom_action.setEnabled(self._working())
        self.test_drives_action.setEnabled(self._services() is not None)
        leads = self._card_leads()
        if leads is not None:
            leads._card_shown()
        self.refer_action.setEnabled(leads is not None and leads.refer_button.isEnabled())
        self.review_action.setVisible(self._may_review())
        self.review_action.setEnabled(self._may_review() and self._working())

    def _card_leads(self):
        card = self.window.customers_view.card
        return getattr(card, "leads", None)

    def refer(self) -> None:
        """"Pass to sales…" for the customer on the card."""
        leads = self._card_leads()
        if leads is not None:
            leads._card_shown()
            leads.refer()

    def _open_customer(self, customer_id: int) -> None:
        window = self.window
        window.tabs.setCurrentIndex(0)
        window.customers_view.open_customer(customer_id)

    def _show(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def showroom_log(self) -> None:
        if not self._working():
            return
        from app.ui.dialogs.showroom_dialog import ShowroomLogDialog

        self.showroom_dialog = ShowroomLogDialog(
            self._services(), self.window.preferences.desk_advisor_id, self.window,
            open_customer=self._open_customer)
        self._show(self.showroom_dialog)

    def test_drives(self) -> None:
        if self._services() is None:
            return
        from app.ui.dialogs.sales_lists import TestDrivesDialog

        self.test_drives_dialog = TestDrivesDialog(
            self._services(), self.window.preferences.desk_advisor_id, self.window,
            open_customer=self._open_customer)
        self._show(self.test_drives_dialog)

    def lost_review(self) -> None:
        if not (self._working() and self._may_review()):
            return
        from app.ui.dialogs.sales_lists import LostReviewDialog

        self.review_dialog = LostReviewDialog(self._services(), self.window,
                                              open_customer=self._open_customer)
        self._show(self.review_dialog)

    def tell_untouched(self) -> None:
        """To whoever reviews leads: how many new leads nobody has called in time (the
        status bar, read off the interface thread)."""
        services = self._services()
        if services is None or not services.book.actor.may(Right.REVIEW_LEADS):
            return
        from app.ui.ops import Op

        leads = services.leads
        # (a word in the status bar: a read that fails, a book closed meanwhile, says nothing)
        Op(self, lambda: len(leads.untouched())).success(self._told) \
            .failure(lambda error: log.info("untouched leads not counted: %s", error)).run()

    def _told(self, count: int) -> None:
        if count:
            self.window.statusBar().showMessage(self.tr(
                "%n new lead(s) not called in time: Sales > Lost leads to review…", "",
                count), 60_000)
