"""An audit entry's detail (JSON as stored) as a person reads it, on one line.

A field changed reads "phone: 138… → 139…"; a write unit's generic entry reads
"Customer: 3 (created)"; anything else "key: value; key: value", nested parts in brackets.
Text that is not JSON is shown as it is."""

from __future__ import annotations

import json

from app.presentation import labels
from app.presentation.i18n import translate

# the longest line the view shows (the export keeps the whole JSON)
LONGEST = 400


def detail_words(detail: str) -> str:
    if not detail:
        return ""
    try:
        value = json.loads(detail)
    except ValueError:
        return detail
    text = _words(value)
    return text if len(text) <= LONGEST else text[:LONGEST - 1] + "…"


def _words(value) -> str:
    if isinstance(value, dict):
        if "field" in value and ("old" in value or "new" in value):
            rest = {k: v for k, v in value.items() if k not in ("field", "old", "new")}
            text = f"{value['field']}: {_plain(value.get('old'))} → {_plain(value.get('new'))}"
            return text + ("; " + _words(rest) if rest else "")
        if value and all(isinstance(v, dict) and "ops" in v for v in value.values()):
            return "; ".join(_generic(kind, part) for kind, part in value.items())
        return "; ".join(f"{_key(k)}: {_nested(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_key(v) if isinstance(v, str) else _nested(v) for v in value)
    return _plain(value)


def _key_texts() -> dict[str, str]:
    return {
        "fields": translate("AuditWords", "fields"),
        "reason": translate("AuditWords", "reason"),
        "list": translate("AuditWords", "list"),
        "rows": translate("AuditWords", "rows"),
        "login": translate("AuditWords", "login"),
        "failures": translate("AuditWords", "failures in a row"),
        "purpose": translate("AuditWords", "purpose"),
        "customer": translate("AuditWords", "customer"),
        "customers": translate("AuditWords", "customers"),
        "status": translate("AuditWords", "status"),
        "outcome": translate("AuditWords", "outcome"),
        "owner": translate("AuditWords", "owner"),
        "backup": translate("AuditWords", "backup"),
        "advisor": translate("AuditWords", "advisor"),
        "phone": translate("AuditWords", "mobile"),
        "phone_alt": translate("AuditWords", "other phone"),
        "address": translate("AuditWords", "address"),
        "for_marketing": translate("AuditWords", "for marketing"),
    }


def _key(key: str) -> str:
    """A detail's key as a person reads it (one the program does not word: as stored)."""
    return _key_texts().get(key, key)


def _nested(value) -> str:
    if isinstance(value, dict | list) and value:
        inner = _words(value)
        return f"({inner})" if isinstance(value, dict) else inner
    return _plain(value)


def _generic(kind: str, part: dict) -> str:
    ops = ", ".join(labels.audit_action(op) for op in part.get("ops", ()))
    n = part.get("n")
    count = translate("AuditWords", "some") if n is None else str(n)
    text = f"{labels.record_kind(kind)}: {count}"
    if ops:
        text += f" ({ops})"
    ids = part.get("ids")
    if ids and n and n <= 5:
        text += " #" + ", #".join(str(i) for i in ids)
    return text


def _plain(value) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return translate("AuditWords", "yes")
    if value is False:
        return translate("AuditWords", "no")
    if isinstance(value, dict | list):
        return _words(value)
    return str(value)
