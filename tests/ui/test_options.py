"""Options declared once: read and written through their declarations, one `changed(key)`
signal, the Preferences dialog built from them, and the services handed frozen rules."""

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
)

from app.desk.settings import OPTIONS, SECTIONS, Preferences, translated
from app.domain.desk_rules import FollowUpRules, ReminderRules, Rules, ServiceLaneRules, ValueRules
from app.domain.enums import FollowUpReason, ReminderKind
from app.domain.records import CustomerInput, VehicleInput
from app.domain.segments import ValueThresholds
from app.domain.service_rules import LapseThresholds, MaintenanceInterval
from app.domain.visit_records import VisitInput
from app.services.admin.book import open_book
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_every_option_is_declared_once_with_its_words_and_section():
    assert len({o.key for o in OPTIONS}) == len(OPTIONS)
    assert len({o.name for o in OPTIONS}) == len(OPTIONS)
    sections = {s.name for s in SECTIONS}
    for option in OPTIONS:
        assert option.section in sections | {""}, option
        if option.section and option.editor != "reminder_table":  # that table says its kinds
            assert option.label, option
        if option.kind in ("int", "float"):
            assert option.minimum is not None and option.maximum is not None, option
            assert option.minimum <= option.default <= option.maximum, option


def test_settings_kept_by_an_earlier_release_are_read_as_they_were(settings):
    # the keys and the forms the hand-written Preferences of the last release stored
    for key, value in {
        "preferences/language": "zh_CN", "preferences/desk_advisor_id": 7,
        "reminders/lead_insurance": 45, "reminders/lookback_birthday": 10,
        "followups/no_answer_expiry_days": 20, "followups/escalation_days": 5,
        "service/post_service_days": 2, "service/at_risk_months": 9,
        "service/lost_months": 4,  # below "at risk": read as at risk
        "service/intervals": json.dumps({"大众": [24, 50000]}, ensure_ascii=False),
        "value/window_years": 5, "value/high_value_yuan": 300000, "value/high_loyalty": 2.5,
        "value/premium_makes": json.dumps(["奥迪", "蔚来"], ensure_ascii=False),
        "backups/folder": " /mnt/usb ", "backups/every_hours": 8, "backups/on_close": False,
        "state/first_start_done": True,
    }.items():
        settings.setValue(key, value)
    settings.sync()
    p = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert (p.language, p.desk_advisor_id, p.first_start_done) == ("zh_CN", 7, True)
    assert p.lead_days[ReminderKind.INSURANCE] == 45
    assert p.lead_days[ReminderKind.BIRTHDAY] == 3  # not stored: the default
    assert p.lookback_days[ReminderKind.BIRTHDAY] == 10
    assert p.follow_up_rules == FollowUpRules(20, 5)
    assert p.post_service_days == 2
    assert p.lapse_thresholds == LapseThresholds(9, 9)
    assert p.maintenance_intervals["大众"] == MaintenanceInterval(24, 50_000)
    assert p.maintenance_intervals["丰田"] == MaintenanceInterval(6, 5_000)  # a default kept
    assert p.value_window_years == 5
    assert p.value_thresholds == ValueThresholds(300_000, 2.5)
    assert p.premium_makes == frozenset({"奥迪", "蔚来"})
    assert (p.backup_folder, p.backup_every_hours, p.backup_on_close) == ("/mnt/usb", 8, False)


def test_numbers_out_of_range_are_kept_in_it(settings):
    p = Preferences(settings)
    p.backup_every_hours = 40
    assert p.backup_every_hours == 24
    settings.setValue("value/window_years", 0)
    assert p.value_window_years == 1
    settings.setValue("followups/escalation_days", "many")
    assert p.escalation_days == 3  # unreadable: the default


def test_changed_says_the_key_of_each_option_a_write_changed(settings):
    p = Preferences(settings)
    said = []
    p.changed.connect(said.append)

    p.escalation_days = 7
    p.escalation_days = 7  # the same again: nothing changed
    p.set_lead_days(ReminderKind.HOLIDAY, 2)
    p.backup_on_close = True  # the default already
    p.set_premium_makes(["奥迪"])

    assert said == ["followups/escalation_days", "reminders/lead_holiday", "value/premium_makes"]


def test_the_dialog_has_an_editor_made_from_each_declaration(qtbot, settings):
    dialog = PreferencesDialog(Preferences(settings))
    qtbot.addWidget(dialog)
    widgets = {"bool": QCheckBox, "int": QSpinBox, "float": QDoubleSpinBox,
               "choice": QComboBox, "staff": QComboBox, "folder": QLineEdit, "makes": QLineEdit,
               "intervals": QTableWidget, "server": QLabel, "levels": QTableWidget,
               "days": QLineEdit, "time": QTimeEdit, "targets": QTableWidget}
    for option in (o for o in OPTIONS if o.section):
        editor = dialog.findChild(widgets[option.kind], option.object_name)
        assert editor is not None, option
        if option.kind in ("int", "float"):
            assert (editor.minimum(), editor.maximum()) == (option.minimum, option.maximum)
            assert editor.suffix() == translated(option.suffix)
            assert editor.value() == option.default
    assert dialog.findChild(QSpinBox, "highValueYuan").suffix() == " yuan"
    assert dialog.findChild(QCheckBox, "backupOnClose").text() == (
        "Back up the book when Guanxi closes")


def test_ok_keeps_what_the_dialog_shows_and_leaves_untouched_options_unstored(qtbot, settings):
    p = Preferences(settings)
    dialog = PreferencesDialog(p)
    qtbot.addWidget(dialog)
    dialog.escalation.setValue(9)
    dialog.at_risk.setValue(10)
    dialog.lost.setValue(8)  # sooner than "at risk": kept as at risk
    dialog.premium.setText("奥迪，宝马、 蔚来")
    dialog.accept()

    assert p.escalation_days == 9
    assert (settings.value("service/at_risk_months"), settings.value("service/lost_months")) \
        == (10, 10)
    assert p.premium_makes == frozenset({"奥迪", "宝马", "蔚来"})
    assert not dialog.intervals_changed
    assert settings.value("service/intervals") is None  # later default intervals still apply
    assert settings.value("reminders/lead_birthday") is None


def test_open_book_builds_each_service_with_its_rules(tmp_path):
    rules = Rules(
        reminders=ReminderRules({ReminderKind.BIRTHDAY: 11}, {ReminderKind.BIRTHDAY: 12}),
        follow_ups=FollowUpRules(no_answer_expiry_days=21, escalation_days=4),
        service_lane=ServiceLaneRules(5, {"大众": MaintenanceInterval(24, 50_000)},
                                      LapseThresholds(3, 9)),
        value=ValueRules(2, ValueThresholds(1_000, 1.0), frozenset({"蔚来"})),
    )
    services = open_book(tmp_path / "book.db", rules=rules)
    try:
        assert services.rules is rules
        assert services.reminders.rules.lead_days[ReminderKind.BIRTHDAY] == 11
        assert services.reminders.rules.lead_days[ReminderKind.INSURANCE] == 30  # default
        assert services.followups.rules == FollowUpRules(21, 4)
        assert services.visits.post_service_days == 5
        assert services.visits.intervals["大众"] == MaintenanceInterval(24, 50_000)
        assert services.segments.rules.premium_makes == frozenset({"蔚来"})
        assert services.segments.lapse == LapseThresholds(3, 9)
        # a follow-up made without rules of its own expires by the store's
        c = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
        made = services.followups.create(c.id, FollowUpReason.WIN_BACK, TODAY)
        assert services.followups.get(made).expires_on == TODAY + timedelta(days=21)
    finally:
        services.close()


def test_a_changed_option_reaches_the_services_through_the_window(qtbot, tmp_path, settings):
    services = open_book(tmp_path / "book.db")
    preferences = Preferences(settings)
    win = MainWindow(services, preferences)
    qtbot.addWidget(win)
    c = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    car = services.vehicles.add(c.id, VehicleInput(make="大众", model="朗逸",
                                                   plate="京D12345"))

    preferences.post_service_days = 9  # as the dialog's OK does, or a second window's
    preferences.escalation_days = 6
    services.visits.add(VisitInput(car.id, TODAY))

    assert services.rules == preferences.rules
    assert services.followups.rules.escalation_days == 6
    calls = services.followups.list(customer_id=c.id)
    assert [f.due_date for f in calls if f.reason == FollowUpReason.POST_SERVICE] == [
        TODAY + timedelta(days=9)]
    services.close()


def test_no_service_has_its_attributes_set_from_outside():
    poke = re.compile(r"\bservices\.(?!book\.)\w+\.\w+\s*=[^=]")  # the book is no service
    sources = [*sorted((ROOT / "app" / "ui").rglob("*.py")), ROOT / "app" / "bootstrap.py",
               ROOT / "app" / "cli.py"]
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sources
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if poke.search(line)]
    assert found == []


# ---------------------------------------------------------------- leads (issue 16)
def test_the_lead_rules_are_kept_and_reach_the_lead_service(qtbot, tmp_path, settings):
    from datetime import time

    from app.domain.leads import DEFAULT_LEVELS, IntentLevel, LeadRules

    services = open_book(tmp_path / "book.db")
    seller = services.staff.add("王芳")
    p = Preferences(settings)
    assert p.lead_rules == LeadRules()
    win = MainWindow(services, p)
    qtbot.addWidget(win)
    dialog = PreferencesDialog(p, services.staff.list(active_only=False))
    qtbot.addWidget(dialog)
    levels = dialog.lead_levels
    assert levels.rowCount() == len(DEFAULT_LEVELS)
    assert [levels.item(r, 0).text() for r in range(levels.rowCount())] == ["O", "H", "A", "B", "C"]
    levels.item(4, 3).setText("10")  # C: follow up every 10 days
    levels.item(4, 1).setText("三个月内")
    dialog.care_days.setText("1，3、7 30 60")
    dialog.response_limit.setValue(4)
    dialog.opening_start.setTime(time(8, 30))
    dialog.target_spins[seller.id].setValue(12)
    dialog.accept()

    rules = p.lead_rules
    assert rules.level("C") == IntentLevel("C", 90, 10, 30, "三个月内")
    assert rules.delivery_care_days == (1, 3, 7, 30, 60)
    assert rules.response_limit_hours == 4
    assert rules.opening == (time(8, 30), time(18, 0))
    assert dict(rules.targets) == {seller.id: 12}
    assert services.leads.rules == rules  # through the window's apply_rules
    assert settings.value("leads/delivery_care_days") == "1, 3, 7, 30, 60"
    services.close()


def test_lead_rules_that_do_not_hold_together_are_not_kept(qtbot, settings, monkeypatch):
    from datetime import time

    p = Preferences(settings)
    dialog = PreferencesDialog(p)
    qtbot.addWidget(dialog)
    said = []
    monkeypatch.setattr("app.ui.messages.show_error",
                        lambda parent, title, text, detail="": said.append(text))
    dialog.lead_levels.item(1, 0).setText("O")  # two levels called O
    dialog.accept()
    assert said == ["Two intent levels have the same code: give each its own."]
    assert settings.value("leads/levels") is None
    dialog.lead_levels.item(1, 0).setText("H")
    dialog.opening_end.setTime(time(8, 0))
    dialog.accept()
    assert said[-1] == "The showroom must close after it opens."
    assert settings.value("leads/opening_end") is None


def test_unreadable_lead_settings_read_as_the_defaults(settings):
    from app.domain.leads import LeadRules

    settings.setValue("leads/levels", "not json")
    settings.setValue("leads/delivery_care_days", "none")
    settings.setValue("leads/opening_start", "late")
    settings.setValue("leads/targets", "[1, 2]")
    assert Preferences(settings).lead_rules == LeadRules()
