"""Words for the book's coded values, in the person's language."""

from __future__ import annotations

from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    ConsentPurpose,
    CustomerKind,
    CustomerSource,
    Gender,
    InteractionKind,
    PurchaseType,
    StaffRole,
)
from app.presentation.i18n import translate

_TABLES: dict[tuple, dict[str, str]] = {}


def _per_language(build) -> dict[str, str]:
    """The words of `build`, worked out once per language (a list of 90,000 reminders
    asks for them 90,000 times): keyed by what a probe word translates to now."""
    key = (build, translate("Labels", "Other"))
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = build()
    return table


def customer_kind(value: CustomerKind) -> str:
    return {
        CustomerKind.PERSON: translate("Labels", "Person"),
        CustomerKind.COMPANY: translate("Labels", "Company"),
    }[CustomerKind(value)]


def gender(value: Gender) -> str:
    return {
        Gender.UNKNOWN: translate("Labels", "Not given"),
        Gender.MALE: translate("Labels", "Male"),
        Gender.FEMALE: translate("Labels", "Female"),
    }[Gender(value)]


def source(value: CustomerSource) -> str:
    return {
        CustomerSource.UNKNOWN: translate("Labels", "Not given"),
        CustomerSource.SHOWROOM: translate("Labels", "Showroom"),
        CustomerSource.WEBSITE: translate("Labels", "Website"),
        CustomerSource.PHONE: translate("Labels", "Phone enquiry"),
        CustomerSource.AUTO_SHOW: translate("Labels", "Auto show"),
        CustomerSource.REFERRAL: translate("Labels", "Referral"),
        CustomerSource.SERVICE_WALK_IN: translate("Labels", "Service walk-in"),
        CustomerSource.SOCIAL_MEDIA: translate("Labels", "Social media"),
        CustomerSource.FLEET: translate("Labels", "Fleet sales"),
        CustomerSource.OTHER: translate("Labels", "Other"),
    }[CustomerSource(value)]


def calendar(value: CalendarKind) -> str:
    return {
        CalendarKind.SOLAR: translate("Labels", "Solar"),
        CalendarKind.LUNAR: translate("Labels", "Lunar"),
    }[CalendarKind(value)]


def staff_role(value: StaffRole) -> str:
    return {
        StaffRole.ADVISOR: translate("Labels", "Sales advisor"),
        StaffRole.SERVICE_ADVISOR: translate("Labels", "Service advisor"),
        StaffRole.SERVICE_MANAGER: translate("Labels", "Service manager"),
        StaffRole.SALES_MANAGER: translate("Labels", "Sales manager"),
        StaffRole.OWNER: translate("Labels", "Owner", "staff role: the owner of the shop"),
    }[StaffRole(value)]


def interaction_kind(value: InteractionKind) -> str:
    return {
        InteractionKind.CALL: translate("Labels", "Call"),
        InteractionKind.VISIT: translate("Labels", "Visit"),
        InteractionKind.WECHAT: translate("Labels", "WeChat"),
        InteractionKind.SMS: translate("Labels", "SMS"),
        InteractionKind.EMAIL: translate("Labels", "E-mail"),
        InteractionKind.NOTE: translate("Labels", "Note"),
    }[InteractionKind(value)]


def purchase_type(value: PurchaseType) -> str:
    return {
        PurchaseType.NEW_HERE: translate("Labels", "New, bought here"),
        PurchaseType.USED_HERE: translate("Labels", "Used, bought here"),
        PurchaseType.ELSEWHERE: translate("Labels", "Bought elsewhere"),
    }[PurchaseType(value)]


def consent_channel(value: ConsentChannel) -> str:
    return {
        ConsentChannel.NONE: translate("Labels", "Not given"),
        ConsentChannel.IN_PERSON: translate("Labels", "In person"),
        ConsentChannel.PHONE: translate("Labels", "By phone"),
        ConsentChannel.WECHAT: translate("Labels", "WeChat"),
        ConsentChannel.WEBSITE: translate("Labels", "Website"),
        ConsentChannel.PAPER: translate("Labels", "Signed form"),
    }[ConsentChannel(value)]


def consent_purpose(value: ConsentPurpose) -> str:
    return {
        ConsentPurpose.SERVICE_REMINDERS: translate("Labels", "Service reminders"),
        ConsentPurpose.MARKETING: translate("Labels", "Marketing"),
        ConsentPurpose.SHARE_MAKER: translate("Labels", "Sharing with the maker"),
        ConsentPurpose.SHARE_INSURER: translate("Labels", "Sharing with insurers"),
    }[ConsentPurpose(value)]


def consent_rule(value: ConsentPurpose) -> str:
    """What holds for a purpose when nothing was recorded (app.domain.consent)."""
    if ConsentPurpose(value) == ConsentPurpose.SERVICE_REMINDERS:
        return translate("Labels", "On unless the customer withdrew it: service reminders "
                                   "serve the service contract.")
    return translate("Labels", "Needs the customer's explicit agreement: without one, "
                               "not granted (PIPL).")


def date_text(value) -> str:
    return value.isoformat() if value else ""


def datetime_text(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _reason_texts() -> dict[str, str]:
    return {
        "birthday": translate("Labels", "Birthday"),
        "household_birthday": translate("Labels", "Family birthday"),
        "purchase_anniversary": translate("Labels", "Purchase anniversary"),
        "wedding_anniversary": translate("Labels", "Wedding anniversary"),
        "insurance": translate("Labels", "Insurance expiry"),
        "inspection": translate("Labels", "Annual inspection"),
        "warranty": translate("Labels", "Warranty end"),
        "maintenance": translate("Labels", "Maintenance due"),
        "custom": translate("Labels", "Dated item"),
        "holiday": translate("Labels", "Holiday greeting"),
        "post_service": translate("Labels", "Post-service call"),
        "lead": translate("Labels", "Lead follow-up"),
        "test_drive": translate("Labels", "Test drive"),
        "delivery_care": translate("Labels", "Delivery care call"),
        "referral": translate("Labels", "Referral"),
        "dormant_lead": translate("Labels", "Dormant lead"),
        "complaint": translate("Labels", "Complaint"),
        "win_back": translate("Labels", "Win-back"),
        "campaign": translate("Labels", "Campaign call"),
        "other": translate("Labels", "Other"),
    }


def reason(value: str) -> str:
    """A reminder kind or follow-up reason, in words."""
    return _per_language(_reason_texts).get(value, value)


def _outcome_texts() -> dict[str, str]:
    return {
        "reached": translate("Labels", "Reached"),
        "no_answer": translate("Labels", "No answer"),
        "appointment": translate("Labels", "Appointment booked"),
        "not_interested": translate("Labels", "Not interested"),
        "wrong_number": translate("Labels", "Wrong number"),
    }


def outcome(value: str | None) -> str:
    if not value:
        return ""
    return _per_language(_outcome_texts).get(value, value)


def _follow_up_status_texts() -> dict[str, str]:
    return {
        "open": translate("Labels", "Open"),
        "done": translate("Labels", "Done"),
        "snoozed": translate("Labels", "Snoozed"),
        "cancelled": translate("Labels", "Cancelled"),
    }


def follow_up_status(value: str) -> str:
    return _per_language(_follow_up_status_texts).get(value, value)


def _reminder_state_texts() -> dict[str, str]:
    return {
        "done": translate("Labels", "Done"),
        "snoozed": translate("Labels", "Snoozed"),
        "dismissed": translate("Labels", "Dismissed"),
        "follow_up": translate("Labels", "Made a follow-up"),
    }


def reminder_state(value: str | None) -> str:
    if not value:
        return ""
    return _per_language(_reminder_state_texts).get(value, value)


def _relation_texts() -> dict[str, str]:
    return {
        "spouse": translate("Labels", "Spouse"),
        "child": translate("Labels", "Child"),
        "parent": translate("Labels", "Parent"),
        "other": translate("Labels", "Family"),
    }


def relation(value: str) -> str:
    return _per_language(_relation_texts).get(value, value)


def _holiday_texts() -> dict[str, str]:
    return {
        "new_year": translate("Labels", "New Year's Day"),
        "spring_festival": translate("Labels", "Spring Festival"),
        "lantern": translate("Labels", "Lantern Festival"),
        "dragon_boat": translate("Labels", "Dragon Boat Festival"),
        "mid_autumn": translate("Labels", "Mid-Autumn Festival"),
        "national_day": translate("Labels", "National Day"),
    }


def holiday(value: str) -> str:
    return _per_language(_holiday_texts).get(value, value)


def reminder_detail(kind: str, detail: str) -> str:
    """The detail an occurrence carries (lunar date, family member, holiday), in words."""
    if not detail:
        return ""
    if kind == "holiday":
        return holiday(detail)
    if kind == "dormant_lead" and detail.isdigit():
        from app.presentation.call_words import quiet_words  # (not before the first paint)

        return quiet_words(int(detail))
    if kind == "household_birthday" and ":" in detail:
        rel, name = detail.split(":", 1)
        return f"{relation(rel)} {name}"
    if kind == "birthday" and detail.startswith("lunar:"):
        _, month, day, leap = detail.split(":")
        text = translate("Labels", "lunar %1/%2").replace("%1", month).replace("%2", day)
        if leap == "1":
            text += translate("Labels", " (leap month)")
        return text
    return detail


def _audit_action_texts() -> dict[str, str]:
    return {
        "create": translate("Labels", "Created"),
        "change": translate("Labels", "Changed"),
        "delete": translate("Labels", "Deleted"),
        "write": translate("Labels", "Written"),
        "archive": translate("Labels", "Archived"),
        "restore": translate("Labels", "Restored"),
        "transfer": translate("Labels", "Changed owner"),
        "outcome": translate("Labels", "Call outcome"),
        "export": translate("Labels", "Exported"),
        "demo": translate("Labels", "Demo book written"),
        "sign_in": translate("Labels", "Signed in"),
        "sign_in_failed": translate("Labels", "Sign-in refused"),
        "hand_over": translate("Labels", "Customers handed over"),
        "consent": translate("Labels", "Consent changed"),
        "reveal": translate("Labels", "Full contact details shown"),
        "print": translate("Labels", "Printed"),
        "erase": translate("Labels", "Person erased"),
        "merge": translate("Labels", "Customers merged"),
        "unmerge": translate("Labels", "Merge undone"),
        "import": translate("Labels", "Customers imported"),
    }


def audit_action(value: str) -> str:
    """An audit log entry's action as a person reads it (an unknown one as stored)."""
    return _per_language(_audit_action_texts).get(value, value)


def _record_kind_texts() -> dict[str, str]:
    return {
        "customer": translate("Labels", "Customer"),
        "vehicle": translate("Labels", "Vehicle"),
        "visit": translate("Labels", "Service visit"),
        "follow_up": translate("Labels", "Follow-up"),
        "interaction": translate("Labels", "Timeline entry"),
        "household": translate("Labels", "Household member"),
        "important_date": translate("Labels", "Important date"),
        "reminder_mark": translate("Labels", "Reminder"),
        "staff": translate("Labels", "Staff member"),
        "tag": translate("Labels", "Tag"),
        "list": translate("Labels", "List"),
        "book": translate("Labels", "Book"),
        "book_settings": translate("Labels", "Book settings"),
    }


def record_kind(value: str) -> str:
    """An audit log entry's record kind as a person reads it."""
    return _per_language(_record_kind_texts).get(value, value)


def _import_field_texts() -> dict[str, str]:
    """An import's fields: the card's words for the customer's, and the car's."""
    texts = dict(_customer_field_texts())
    texts["advisor"] = texts["advisor_id"]
    texts.update({
        "tags": translate("Labels", "Tags"),
        "plate": translate("Labels", "Plate"),
        "vin": translate("Labels", "VIN"),
        "make": translate("Labels", "Make"),
        "model": translate("Labels", "Model"),
        "trim": translate("Labels", "Trim"),
        "colour": translate("Labels", "Colour"),
        "year": translate("Labels", "Model year"),
        "purchase_date": translate("Labels", "Purchase date"),
        "price_yuan": translate("Labels", "Price (yuan)"),
        "mileage_km": translate("Labels", "Mileage (km)"),
        "insurance_expiry": translate("Labels", "Insurance expiry"),
        "inspection_due": translate("Labels", "Inspection due"),
        "warranty_end": translate("Labels", "Warranty end"),
        "vehicle_notes": translate("Labels", "Vehicle notes"),
    })
    return texts


def import_field(key: str | None) -> str:
    """A field a column of an imported sheet can fill (app.domain.import_fields.FIELDS);
    None: the column is left out."""
    if key is None:
        return translate("Labels", "(leave out)")
    return _per_language(_import_field_texts).get(key, key)


def _disposition_texts() -> dict[str, str]:
    return {
        "new": translate("Labels", "New customer"),
        "update": translate("Labels", "Update"),
        "unchanged": translate("Labels", "Unchanged"),
        "duplicate": translate("Labels", "Skipped as duplicate"),
        "rejected": translate("Labels", "Rejected"),
    }


def import_disposition(value: str) -> str:
    """What an import does with a row (app.services.exchange.import_plan.DISPOSITIONS)."""
    return _per_language(_disposition_texts).get(value, value)


def _customer_field_texts() -> dict[str, str]:
    return {
        "name": translate("Labels", "Name"),
        "kind": translate("Labels", "Type"),
        "phone": translate("Labels", "Mobile"),
        "phone_alt": translate("Labels", "Other phone"),
        "wechat": translate("Labels", "WeChat"),
        "email": translate("Labels", "E-mail"),
        "gender": translate("Labels", "Gender"),
        "birthday": translate("Labels", "Birthday"),
        "occupation": translate("Labels", "Occupation"),
        "employer": translate("Labels", "Employer"),
        "hobbies": translate("Labels", "Hobbies"),
        "family_notes": translate("Labels", "Family"),
        "address": translate("Labels", "Address"),
        "source": translate("Labels", "Source"),
        "referred_by_id": translate("Labels", "Referred by"),
        "advisor_id": translate("Labels", "Advisor"),
        "notes": translate("Labels", "Notes"),
        "key_account": translate("Labels", "Key account"),
        "satisfaction_flag": translate("Labels", "Low-score flag"),
    }


def customer_field(name: str) -> str:
    """A customer card's field as the card names it (one not worded here: as stored)."""
    return _per_language(_customer_field_texts).get(name, name)


def _duplicate_reason_texts() -> dict[str, str]:
    return {
        "same_phone": translate("Labels", "Same phone"),
        "same_vin": translate("Labels", "Same VIN"),
        "same_name_similar_phone": translate("Labels", "Same name, phone one digit apart"),
        "same_name_same_address": translate("Labels", "Same name and address"),
        "pinyin_similar_phone": translate("Labels",
                                          "Names read alike, phone one digit apart"),
    }


def duplicate_reason(value: str) -> str:
    """Why the duplicate finder thinks two customers are one person, in words."""
    return _per_language(_duplicate_reason_texts).get(value, value)


# ---------------------------------------------------------------- leads (issue 16)

def _lead_stage_texts() -> dict[str, str]:
    return {
        "new": translate("Labels", "New", "lead stage"),
        "contacted": translate("Labels", "Contacted", "lead stage"),
        "showroom": translate("Labels", "Showroom visit", "lead stage"),
        "test_drive": translate("Labels", "Test drive", "lead stage"),
        "negotiation": translate("Labels", "Negotiation", "lead stage"),
        "ordered": translate("Labels", "Ordered", "lead stage"),
        "delivered": translate("Labels", "Delivered", "lead stage"),
        "lost": translate("Labels", "Lost", "lead stage"),
    }


def lead_stage(value: str) -> str:
    """A lead's stage (app.domain.leads.LeadStage), in words."""
    return _per_language(_lead_stage_texts).get(str(value), str(value))


def _lead_source_texts() -> dict[str, str]:
    return {
        "walk_in": translate("Labels", "Showroom walk-in"),
        "phone": translate("Labels", "Phone enquiry"),
        "website": translate("Labels", "Website"),
        "car_portal": translate("Labels", "Car portal", "car websites such as Autohome"),
        "auto_show": translate("Labels", "Auto show"),
        "referral": translate("Labels", "Referral"),
        "existing_customer": translate("Labels", "Existing customer"),
        "service_lane": translate("Labels", "Service lane"),
    }


def lead_source(value: str) -> str:
    """Where a lead came from (app.domain.leads.LeadSource), in words."""
    return _per_language(_lead_source_texts).get(str(value), str(value))


def _payment_texts() -> dict[str, str]:
    return {
        "": translate("Labels", "Not given"),
        "cash": translate("Labels", "Cash", "paying for a car"),
        "loan": translate("Labels", "Loan", "paying for a car"),
        "lease": translate("Labels", "Lease", "paying for a car"),
    }


def payment(value: str) -> str:
    """How a prospect means to pay (app.domain.leads.Payment), in words."""
    return _per_language(_payment_texts).get(str(value or ""), str(value))


def _lost_reason_texts() -> dict[str, str]:
    return {
        "price": translate("Labels", "Price"),
        "competitor": translate("Labels", "Bought a competitor's brand"),
        "financing": translate("Labels", "Financing refused"),
        "stock": translate("Labels", "No stock or long wait"),
        "used": translate("Labels", "Chose a used car"),
        "postponed": translate("Labels", "Postponed"),
        "unreachable": translate("Labels", "Unreachable"),
        "erased": translate("Labels", "Erased on request", "lost lead"),
    }


def lost_reason(value: str | None) -> str:
    """Why a lead was lost (app.domain.leads.LostReason), in words."""
    if not value:
        return ""
    return _per_language(_lost_reason_texts).get(str(value), str(value))


def _referral_kind_texts() -> dict[str, str]:
    return {
        "trade_in": translate("Labels", "Trade-in"),
        "used_car": translate("Labels", "Used car"),
        "finance": translate("Labels", "Finance"),
        "insurance": translate("Labels", "Insurance"),
        "accessories": translate("Labels", "Accessories"),
        "new_car": translate("Labels", "New car"),
    }


def referral_kind(value: str | None) -> str:
    """What a referral between departments is for (app.domain.leads.ReferralKind)."""
    if not value:
        return ""
    return _per_language(_referral_kind_texts).get(str(value), str(value))


def _department_texts() -> dict[str, str]:
    return {
        "service": translate("Labels", "Service", "department"),
        "front_desk": translate("Labels", "Front desk", "department"),
        "sales": translate("Labels", "Sales", "department"),
        "finance": translate("Labels", "Finance", "department"),
        "other": translate("Labels", "Other"),
    }


def department(value: str | None) -> str:
    """A department of the store (app.domain.leads.Department), in words."""
    if not value:
        return ""
    return _per_language(_department_texts).get(str(value), str(value))


def _test_drive_kind_texts() -> dict[str, str]:
    return {
        "showroom": translate("Labels", "At the showroom", "test drive"),
        "home": translate("Labels", "At the customer's", "test drive"),
        "weekend": translate("Labels", "Weekend loan", "test drive"),
    }


def test_drive_kind(value: str) -> str:
    """Where and how a test drive is made (app.domain.leads.TestDriveKind), in words."""
    return _per_language(_test_drive_kind_texts).get(str(value), str(value))
