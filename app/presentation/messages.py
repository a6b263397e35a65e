"""Every message a person reads about a problem: what happened, what was kept, what to do.

Words only (no Qt): the window shows them through app.ui.messages, the command line prints
them."""

from __future__ import annotations

import re

from app.domain.errors import BookError, FieldError
from app.presentation.i18n import translate


def field_error(error: FieldError) -> str:
    """One invalid field, in words."""
    texts = {
        "required": translate("Messages", "This field is required."),
        "phone_invalid": translate("Messages", "Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988)."),
        "email_invalid": translate("Messages", "Not a valid e-mail address."),
        # shown after the field's name ("VIN: …"), so they do not name it again
        "vin_length": translate("Messages", "Must be exactly 17 characters long."),
        "vin_chars": translate("Messages", "Only digits and capital letters, except I, O and Q."),
        "vin_check_digit": translate("Messages", "The check digit (9th character) does not match: please check for a typo."),
        "vin_duplicate": translate("Messages", "Another vehicle in the book already has this one."),
        "plate_invalid": translate("Messages", "Not a valid plate (e.g. 京A·12345 or 京A·D12345)."),
        "date_invalid": translate("Messages", "Not a valid date (use YYYY-MM-DD)."),
        "date_nonexistent": translate("Messages", "This day does not exist: check the month and the day (that month may have fewer days)."),
        "date_future": translate("Messages", "This date is in the future."),
        "birthday_incomplete": translate("Messages", "A birthday needs both month and day."),
        "birthday_invalid": translate("Messages", "This day does not exist in that calendar."),
        "birthday_year": translate("Messages", "The birth year is not plausible."),
        "birthday_future": translate("Messages", "The birthday is in the future."),
        "birthday_leap_needs_year": translate("Messages", "A leap-month birthday needs the year."),
        "lunar_out_of_range": translate("Messages", "Guanxi's lunar calendar covers lunar years 1900 to 2100 only. Nothing was saved: enter a date in those years, or use the solar calendar."),
        "consent_date_required": translate("Messages", "Give the date the customer agreed to marketing."),
        "consent_before_last": translate("Messages", "The last change of this consent was recorded on %1: date this one that day or later."),
        "referrer_invalid": translate("Messages", "Choose another customer as the referrer."),
        "year_invalid": translate("Messages", "The model year is not plausible."),
        "negative": translate("Messages", "This number cannot be negative."),
        "owner_invalid": translate("Messages", "Choose an existing customer as the new owner."),
        "owner_same": translate("Messages", "The vehicle already belongs to this customer."),
        "mileage_lower": translate("Messages", "This mileage is lower than the vehicle's last known mileage. Check it, or confirm that the odometer was replaced."),
        "date_out_before_in": translate("Messages", "The car cannot leave before it came in."),
        "satisfaction_range": translate("Messages", "Satisfaction is a score from 1 to 5."),
        "visit_type_invalid": translate("Messages", "Choose the kind of visit."),
        "staff_invalid": translate("Messages", "Choose a staff member who is in the book."),
        "vehicle_invalid": translate("Messages", "Choose one of the customer's vehicles."),
        "text_invalid": translate("Messages", "This text contains a character that cannot be stored (often left by copying and pasting). Nothing was saved: please retype it."),
        "login_taken": translate("Messages", "Another staff member already signs in with this login: choose another."),
        "login_invalid": translate("Messages", "A login is one word of at most %1 letters, digits and . _ - @ (no spaces)."),
        "password_short": translate("Messages", "A password needs at least %1 characters."),
        "password_long": translate("Messages", "A password can have at most %1 characters."),
        "too_long": translate("Messages", "This text is too long: at most %1 characters."),
        "password_mismatch": translate("Messages", "The two passwords are not the same."),
        "handover_receivers": translate("Messages", "Choose one or more active staff members to take over, other than the one who leaves."),
        "same_customer": translate("Messages", "A customer cannot be merged with themselves: choose two different customers."),
        "already_undone": translate("Messages", "This merge has been undone already."),
        "merge_erased": translate("Messages", "One of these customers has been erased since: the merge cannot be undone."),
        "field_invalid": translate("Messages", "This field cannot be chosen here."),
        # an import's cells (app.domain.import_fields)
        "phone_scientific": translate("Messages", "Excel shows this number as %1 and has lost its last digits: format the column as text in the original sheet, type the numbers again, and import once more."),
        "phone_too_many": translate("Messages", "More than two phone numbers: a customer keeps two (%1)."),
        "number_invalid": translate("Messages", "Not a whole number (%1)."),
        "choice_invalid": translate("Messages", "Not one of the choices this field offers (%1)."),
        "advisor_unknown": translate("Messages", "No staff member is called %1: add them on the staff screen first, or leave this column out of the import."),
        "key_conflict": translate("Messages", "Its phone number and its VIN belong to two different customers (%1): merge them first, or correct the row."),
        "last_owner": translate("Messages", "The book must keep at least one active owner who can sign in: make another staff member an owner (with a login and a password) first."),
    }
    text = texts.get(error.code, translate("Messages", "This value is not accepted."))
    return text.replace("%1", error.detail) if "%1" in text else text


def sign_in_refused(code: str, wait_seconds: int = 0) -> str:
    """A refused sign-in (app.domain.errors.SignInRefused), in words."""
    if code == "wait":
        return translate("Messages", "Too many wrong tries: wait %1 s, then try again.").replace(
            "%1", str(wait_seconds))
    if code == "inactive":
        return translate("Messages", "This account has been deactivated. Ask the owner to reactivate it.")
    if code == "owner_exists":
        return translate("Messages", "This book already has an owner's account: sign in, and add staff on the staff screen.")
    return translate("Messages", "The login or the password is not right.")


def not_allowed(roles: tuple[str, ...] | list[str]) -> str:
    """An action the signed-in person's role may not do (app.domain.errors.NotAllowed):
    which roles may."""
    from app.domain.enums import StaffRole
    from app.presentation.labels import staff_role

    names = [staff_role(StaffRole(r)) for r in roles if r in {x.value for x in StaffRole}]
    if not names:
        return translate("Messages", "Your role may not do this. Nothing was changed.")
    return translate("Messages", "Your role may not do this; only these roles may: %1. Nothing was changed. "
                     "Ask one of them, or ask the owner to change your role.").replace(
        "%1", translate("Messages", ", ", "between role names").join(names))


def book_error(error: BookError) -> str:
    texts = {
        "schema_newer": translate("Messages", "This book was written by a newer version of Guanxi. It has not been opened "
            "or changed. Please update Guanxi to open it."
        ),
        "not_a_book": translate("Messages", "This file is not a Guanxi book (or it is damaged). It has not been changed."
        ),
        "not_a_guanxi_book": translate("Messages", "This database belongs to another program. Guanxi has not changed it."
        ),
        "upgrade_failed": translate("Messages", "The book could not be upgraded. It has been left exactly as it was, and a "
            "backup copy is next to it."
        ),
        "missing": translate("Messages", "The book file does not exist."),
        "cannot_create": translate("Messages", "The book could not be created in that folder."),
        "demo_not_empty": translate("Messages", "A demo can only be written into an empty book."),
        "reason_needed": translate("Messages", "Nothing was erased: say why the person's data is "
                                   "erased (the reason is kept in the audit log)."),
        "unknown_user": translate("Messages", "No staff member has the login or number %1."),
        # where the book is (app.db.engine.make_engine)
        "driver_missing": translate("Messages", "This book is on a database server, and the program for talking to that "
            "server (%1) is not installed on this computer. Nothing was opened or changed. Ask whoever set up the "
            "server to install %1 here, or open a book file instead."),
        "bad_url": translate("Messages", "This is not the address of a book Guanxi can open: %1. Nothing was opened or "
            "changed. Give a book file, or a server address such as postgresql+psycopg://user@server/book."),
        "unreachable": translate("Messages", "The database server holding this book could not be reached, or it refused "
            "to let Guanxi in. Nothing was changed. Check the address, the user name and password, and that the "
            "server is running, then try again."),
        "wrong_password": translate("Messages", "The database server did not accept this user name and "
            "password. Nothing was opened or changed. Check the user name and the password (capital letters "
            "count), then try again."),
        "no_database": translate("Messages", "The database server was reached, but it has no database of "
            "that name. Nothing was opened or changed. Check the database's name, or ask whoever manages the "
            "server to create it (an empty database is enough: Guanxi sets up its book there)."),
        "server_incomplete": translate("Messages", "Give the server's address, the database and the user "
            "name."),
        # met while working (app.services.errors.classify)
        "busy": translate("Messages", "The book is busy: another desk or program kept it locked for too long. What "
            "was being saved was not saved; everything saved before is safe. Try again in a moment; if this keeps "
            "happening, close Guanxi on the other computers and try again."),
        "disk_full": translate("Messages", "The disk holding the book is full. What was being saved was not saved; "
            "everything saved before is safe. Free some space on that disk, then try again."),
        "damaged": translate("Messages", "The book file is damaged. Nothing more was written to it. Stop working in "
            "it: keep a copy of the file for support, and go back to the latest backup of the book."),
        "read_only": translate("Messages", "The book cannot be written to: the file or its folder is read-only, or this "
            "user may not change it. What was being saved was not saved; everything saved before is safe. Check "
            "the file's permissions, or copy the book to a folder you can write to."),
        "disk_error": translate("Messages", "The disk holding the book reported an error. What was being saved was not "
            "saved; everything saved before is safe. Check the disk (or the network folder), then try again."),
        # taking a backup (app.services.admin.backups.take_backup)
        "backup_failed": translate("Messages", "The backup could not be written. The book and the "
            "earlier backups are as they were. Try again; if it fails again, choose another backups folder in "
            "Preferences."),
        "backup_disk_full": translate("Messages", "The disk holding the backups is full, so this backup "
            "was not written. The book and the earlier backups are as they were. Free some space on that disk, or "
            "choose another backups folder in Preferences."),
        "backup_folder": translate("Messages", "The backups folder cannot be written to: it is "
            "read-only, or this user may not change it. The book and the earlier backups are as they were. Choose "
            "another backups folder in Preferences."),
        "backup_check_failed": translate("Messages", "The new backup did not pass its check, so it was "
            "not kept; the earlier backups are as they were. The book itself may be damaged, or the disk holding "
            "the backups may be failing. Try File → Back up now once more; if it fails again, keep a copy of the "
            "book file for support."),
        # a book on a server (app.services.admin.server_backup)
        "pg_dump_missing": translate("Messages", "This book is on a database server, and its backups are "
            "written by the server's own program %1, which is not installed on this computer (or not on the "
            "PATH). Nothing was written. Install the PostgreSQL client programs here, or back up on the server."),
        "server_backup_failed": translate("Messages", "The database server's backup program (pg_dump) could not "
            "write a backup of this book; its own words are below. Nothing was kept, and the book is as it was."),
        # opening a book file (app.services.admin.book.open_book)
        "empty_file": translate("Messages", "This file is empty (0 bytes): it holds no book. Guanxi "
            "has not written anything to it. If it should hold your customers, it was emptied outside Guanxi: "
            "restore the latest backup (File → Restore from a backup…), or choose another book file."),
        "unreadable": translate("Messages", "Guanxi may not read this book file (its permissions do "
            "not allow this user). Nothing was opened or changed. Ask whoever manages this computer for read and "
            "write access to the file, or copy the book to a folder of your own."),
        "read_only_place": translate("Messages", "This book is in a folder Guanxi cannot write to (or "
            "the file itself is read-only), and a book must be written to as it is used. Nothing was opened or "
            "changed. Copy the book to a folder you can write to and open the copy, or ask for write access to "
            "the folder."),
        "read_only_open": translate("Messages", "The book is open read-only, to save what can be read: "
            "nothing is written to it. What you were saving was not saved. Export what you need, then restore a "
            "backup (File → Restore from a backup…)."),
        "already_open": translate("Messages", "This book is already open in another copy of Guanxi. "
            "Nothing was opened or changed here, and the other copy goes on working. Switch to that window (or "
            "close it and start again)."),
        # restoring a backup (app.services.admin.backups.restore_backup)
        "backup_missing": translate("Messages", "This backup file is no longer there (it was moved or "
            "deleted)."),
        "backup_damaged": translate("Messages", "This backup is damaged: it did not pass its check, so "
            "it was not used. Choose an older backup."),
        "backup_not_a_book": translate("Messages", "This file is not a backup of a Guanxi book, so it was "
            "not used. Choose another backup."),
        "backup_none": translate("Messages", "No good backup of this book was found (each one was "
            "missing, damaged or written by a newer Guanxi). The book was not changed. Open it read-only to save "
            "what can be read, and keep a copy of the book file for support."),
        # copying a whole book (app.services.admin.copy.copy_book)
        "copy_source_empty": translate("Messages", "There is no Guanxi book to copy at %1: the "
            "database holds none yet. Nothing was copied."),
        "copy_source_old": translate("Messages", "This book is from an earlier Guanxi (schema %1), "
            "and a copy is only made of a book that is up to date. Nothing was copied or changed. "
            "Open the book once with this Guanxi (it is upgraded, after a backup), then copy it."),
        "copy_target_not_empty": translate("Messages", "There is something at the place to copy "
            "to already (%1): a book is only copied to a file that does not exist yet, or to an "
            "empty database. Nothing was copied, and what is there was not changed."),
        "copy_failed": translate("Messages", "The copy was stopped: the place copied to refused "
            "a record, or it could not be written. Nothing was left there, and the book copied "
            "from is unchanged. What went wrong (table: reason):"),
        "copy_check_failed": translate("Messages", "The copy did not hold exactly what the book "
            "holds (table %1), so it was not kept: nothing was left at the place copied to, and "
            "the book copied from is unchanged. Try again; if it happens again, keep the book "
            "for support."),
    }
    text = texts.get(error.code, translate("Messages", "The book could not be opened."))
    if "%1" in text:  # the detail is part of the sentence
        return text.replace("%1", error.detail)
    if error.code in DETAIL_APART:
        return text
    return f"{text}\n\n{error.detail}" if error.detail else text


# codes whose detail is SQLite's own (English) words: shown apart, never in the sentence
DETAIL_APART = frozenset({"damaged", "busy", "disk_full", "disk_error", "read_only",
                          "read_only_open"})


def book_error_detail(error: BookError) -> str:
    """What book_error() leaves out of its sentence, for a message box's details."""
    return error.detail if error.code in DETAIL_APART else ""


def restore_failed(error: BookError, reopened: bool = True) -> str:
    """A restore that did not happen: why, and that the book is exactly as it was."""
    reasons = {
        "backup_disk_full": translate("Messages", "The disk holding the book is full, so the "
            "backup could not be copied beside it. Free some space on that disk, then try again."),
        "backup_failed": translate("Messages", "The backup could not be copied beside the book."),
        "backup_folder": translate("Messages", "The book's folder cannot be written to, so the "
            "backup could not be copied beside it."),
        "schema_newer": translate("Messages", "This backup was written by a newer version of "
            "Guanxi. Update Guanxi, or choose an older backup."),
    }
    reason = reasons.get(error.code) or book_error(BookError(error.code))
    kept = (translate("Messages", "The backup was not restored. The book is exactly as it was, "
                                       "and it is open again.") if reopened else
            translate("Messages", "The backup was not restored. The book is exactly as it was."))
    text = f"{kept}\n\n{reason}"
    return f"{text}\n\n{error.detail}" if error.detail else text


def restored_text(taken_at: str, set_aside: str) -> str:
    """A restore that happened: from which backup, and where the book as it was is kept."""
    text = translate("Messages", "The book was restored from the backup of %1. What was written "
        "after that backup is not in the book.").replace("%1", taken_at)
    if set_aside:
        text += "\n\n" + translate("Messages", "The book as it was before is kept (renamed, "
            "not deleted) at:\n%1").replace("%1", set_aside)
    return text


def audit_chain_text(detail: str) -> str:
    """A break `guanxi check` found in the audit log's chain (app.services.admin.audit:
    "entry N was changed", "entry N does not follow entry M" / "... the start")."""
    found = re.fullmatch(r"entry (\d+) was changed", detail)
    if found:
        return translate("Messages", "The audit log was tampered with: entry %1 was changed "
            "after it was written.").replace("%1", found.group(1))
    found = re.fullmatch(r"entry (\d+) does not follow (?:entry (\d+)|the start)", detail)
    if found and found.group(2):
        return translate("Messages", "The audit log was tampered with: entry %1 does not "
            "follow entry %2 (entries between them were removed, or one of them was put in "
            "by hand).").replace("%1", found.group(1)).replace("%2", found.group(2))
    if found:
        return translate("Messages", "The audit log was tampered with: entry %1 should be "
            "the first, but entries before it were removed, or it was put in by hand."
            ).replace("%1", found.group(1))
    found = re.fullmatch(r"entries after (?:entry (\d+)|the start) were removed", detail)
    if found:
        return translate("Messages", "The audit log was tampered with: its newest entries, "
            "after entry %1, were removed.").replace("%1", found.group(1) or "0")
    return translate("Messages", "The audit log was tampered with: %1").replace("%1", detail)


def conflict_text() -> str:
    return translate("Messages", "Another desk saved this customer after you opened the card, so your changes were "
        "not saved. They are still on the card: note them, then reload (F5) to see the "
        "latest version."
    )


def server_found(version: str, holds: str, tables: tuple[str, ...] = ()) -> str:
    """What a test of a shared book's server found (app.services.admin.server_book)."""
    reached = translate("Messages", "Connected: PostgreSQL %1.").replace("%1", version)
    texts = {
        "empty": translate("Messages", "The database is empty: Guanxi will set up a new book in it."),
        "guanxi": translate("Messages", "The database holds a Guanxi book."),
        "newer": translate("Messages", "The database holds a book of a newer Guanxi: update Guanxi "
            "on this computer before using it."),
        "other": translate("Messages", "The database holds another program's tables (%1): Guanxi "
            "will not use it. Choose an empty database, or one holding a Guanxi book."),
    }
    return f"{reached} {texts[holds].replace('%1', ', '.join(tables))}"


def import_file_error(code: str, detail: str = "") -> str:
    """Why a file to import could not be read (app.services.exchange.import_read.ImportFileError)."""
    texts = {
        "file_missing": translate("Messages", "The file %1 is not there any more: choose it again."),
        "file_unreadable": translate("Messages", "The file could not be opened (%1). Close it in the other program, or copy it somewhere you can read, and try again."),
        "file_format": translate("Messages", "This file is not an Excel workbook (.xlsx) or a text file (.csv, .txt) that Guanxi can read. An older .xls workbook: open it in Excel or WPS and save it as .xlsx."),
        "file_password": translate("Messages", "This workbook is protected by a password, or is an older .xls workbook renamed: open it in Excel or WPS, remove the password, save it as .xlsx, and import again."),
        "sheet_missing": translate("Messages", "The workbook has no sheet named %1: choose one of its sheets."),
        "file_encoding": translate("Messages", "The text of this file could not be read in any known encoding: choose the encoding by hand, or save the file as UTF-8."),
    }
    text = texts.get(code, translate("Messages", "The file could not be read."))
    return text.replace("%1", detail) if "%1" in text else text


def import_row_skipped(kind: str) -> str:
    """Why a row of an imported sheet was passed over without being rejected."""
    texts = {
        "blank": translate("Messages", "Empty row"),
        "total": translate("Messages", "Total row"),
    }
    return texts.get(kind, kind)


def import_reason(row) -> str:
    """Why an imported row is rejected or skipped, or what an update changes, in words
    (app.services.exchange.import_plan.RowPlan)."""
    from app.domain.errors import FieldError
    from app.presentation.labels import import_field

    if row.disposition == "rejected":
        return "; ".join(
            translate("Messages", "%1: %2").replace("%1", import_field(key)).replace(
                "%2", field_error(FieldError(key, rejection.code, rejection.detail)))
            for key, rejection in row.rejections.items())
    if row.disposition == "duplicate":
        if row.same_as_row is not None:
            return translate("Messages", "Same customer as row %1 of the sheet").replace(
                "%1", str(row.same_as_row))
        return translate("Messages", "Customer #%1 is in the book already").replace(
            "%1", str(row.customer_id))
    if row.disposition in ("update", "unchanged"):
        parts = [translate("Messages", "%1: %2 → %3").replace("%1", import_field(key))
                 .replace("%2", _shown(old) or translate("Messages", "(empty)"))
                 .replace("%3", _shown(new))
                 for key, (old, new) in {**row.changes, **row.vehicle_changes}.items()]
        if row.new_vehicle:
            parts.append(translate("Messages", "vehicle added"))
        if row.new_tags:
            parts.append(translate("Messages", "tags added: %1").replace(
                "%1", ", ".join(row.new_tags)))
        head = translate("Messages", "Customer #%1").replace("%1", str(row.customer_id))
        return head + (": " + "; ".join(parts) if parts else "")
    return ""


def _shown(value) -> str:
    from datetime import date

    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
