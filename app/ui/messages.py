"""Every message a person reads about a problem: what happened, what was kept, what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import BookError, FieldError


def field_error(error: FieldError) -> str:
    """One invalid field, in words."""
    texts = {
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "phone_invalid": QCoreApplication.translate("Messages", "Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988)."),
        "email_invalid": QCoreApplication.translate("Messages", "Not a valid e-mail address."),
        "vin_length": QCoreApplication.translate("Messages", "A VIN has exactly 17 characters."),
        "vin_chars": QCoreApplication.translate("Messages", "A VIN uses digits and capital letters except I, O and Q."),
        "vin_check_digit": QCoreApplication.translate("Messages", "The VIN's check digit (9th character) does not match: please check for a typo."),
        "vin_duplicate": QCoreApplication.translate("Messages", "Another vehicle in the book already has this VIN."),
        "plate_invalid": QCoreApplication.translate("Messages", "Not a valid plate (e.g. 京A·12345 or 京A·D12345)."),
        "date_invalid": QCoreApplication.translate("Messages", "Not a valid date (use YYYY-MM-DD)."),
        "date_future": QCoreApplication.translate("Messages", "This date is in the future."),
        "birthday_incomplete": QCoreApplication.translate("Messages", "A birthday needs both month and day."),
        "birthday_invalid": QCoreApplication.translate("Messages", "This day does not exist in that calendar."),
        "birthday_year": QCoreApplication.translate("Messages", "The birth year is not plausible."),
        "birthday_future": QCoreApplication.translate("Messages", "The birthday is in the future."),
        "birthday_leap_needs_year": QCoreApplication.translate("Messages", "A leap-month birthday needs the year."),
        "consent_date_required": QCoreApplication.translate("Messages", "Give the date the customer agreed to marketing."),
        "referrer_invalid": QCoreApplication.translate("Messages", "Choose another customer as the referrer."),
        "year_invalid": QCoreApplication.translate("Messages", "The model year is not plausible."),
        "negative": QCoreApplication.translate("Messages", "This number cannot be negative."),
        "owner_invalid": QCoreApplication.translate("Messages", "Choose an existing customer as the new owner."),
        "owner_same": QCoreApplication.translate("Messages", "The vehicle already belongs to this customer."),
        "mileage_lower": QCoreApplication.translate("Messages", "This mileage is lower than the vehicle's last known mileage. Check it, or confirm that the odometer was replaced."),
        "date_out_before_in": QCoreApplication.translate("Messages", "The car cannot leave before it came in."),
        "satisfaction_range": QCoreApplication.translate("Messages", "Satisfaction is a score from 1 to 5."),
        "visit_type_invalid": QCoreApplication.translate("Messages", "Choose the kind of visit."),
        "staff_invalid": QCoreApplication.translate("Messages", "Choose a staff member who is in the book."),
        "vehicle_invalid": QCoreApplication.translate("Messages", "Choose one of the customer's vehicles."),
        "text_invalid": QCoreApplication.translate("Messages", "This text contains a character that cannot be stored (often left by copying and pasting). Nothing was saved: please retype it."),
    }
    return texts.get(error.code, QCoreApplication.translate("Messages", "This value is not accepted."))


def book_error(error: BookError) -> str:
    texts = {
        "schema_newer": QCoreApplication.translate("Messages", "This book was written by a newer version of Guanxi. It has not been opened "
            "or changed. Please update Guanxi to open it."
        ),
        "not_a_book": QCoreApplication.translate("Messages", "This file is not a Guanxi book (or it is damaged). It has not been changed."
        ),
        "not_a_guanxi_book": QCoreApplication.translate("Messages", "This database belongs to another program. Guanxi has not changed it."
        ),
        "upgrade_failed": QCoreApplication.translate("Messages", "The book could not be upgraded. It has been left exactly as it was, and a "
            "backup copy is next to it."
        ),
        "missing": QCoreApplication.translate("Messages", "The book file does not exist."),
        "cannot_create": QCoreApplication.translate("Messages", "The book could not be created in that folder."),
        "demo_not_empty": QCoreApplication.translate("Messages", "A demo can only be written into an empty book."),
        # taking a backup (app.services.backups.take_backup)
        "backup_failed": QCoreApplication.translate("Messages", "The backup could not be written. The book and the "
            "earlier backups are as they were. Try again; if it fails again, choose another backups folder in "
            "Preferences."),
        "backup_disk_full": QCoreApplication.translate("Messages", "The disk holding the backups is full, so this backup "
            "was not written. The book and the earlier backups are as they were. Free some space on that disk, or "
            "choose another backups folder in Preferences."),
        "backup_folder": QCoreApplication.translate("Messages", "The backups folder cannot be written to: it is "
            "read-only, or this user may not change it. The book and the earlier backups are as they were. Choose "
            "another backups folder in Preferences."),
        "backup_check_failed": QCoreApplication.translate("Messages", "The new backup did not pass its check, so it was "
            "not kept; the earlier backups are as they were. The book itself may be damaged, or the disk holding "
            "the backups may be failing. Try File → Back up now once more; if it fails again, keep a copy of the "
            "book file for support."),
    }
    text = texts.get(error.code, QCoreApplication.translate("Messages", "The book could not be opened."))
    return f"{text}\n\n{error.detail}" if error.detail else text


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def ask_unsaved(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a card with changes."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        QCoreApplication.translate("Messages", "This card has changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def conflict_text() -> str:
    return QCoreApplication.translate("Messages", "Another desk saved this customer after you opened the card, so your changes were "
        "not saved. They are still on the card: note them, then reload (F5) to see the "
        "latest version."
    )
