"""A customer's consents in words: a purpose's state now ("✓ Marketing 2026-03-01 WeChat",
"✗ Sharing with the maker withdrawn 2026-09-12 By phone") and the rule of each purpose."""

from __future__ import annotations

from app.domain.consent import ConsentState
from app.domain.enums import ConsentChannel, ConsentPurpose
from app.presentation import labels
from app.presentation.i18n import translate


def state_text(state: ConsentState) -> str:
    words = [("✓ " if state.granted else "✗ ") + labels.consent_purpose(state.purpose)]
    if state.recorded and not state.granted:
        words.append(translate("ConsentWords", "withdrawn"))
    if state.on_day is not None:
        words.append(labels.date_text(state.on_day))
    if state.channel != ConsentChannel.NONE:
        words.append(labels.consent_channel(state.channel))
    return " ".join(words)


def state_tip(state: ConsentState) -> str:
    """The state, who recorded it, the note, and the purpose's rule."""
    lines = [state_text(state)]
    if state.recorded and state.staff_name:
        lines.append(translate("ConsentWords", "Recorded by %1").replace("%1", state.staff_name))
    if state.note:
        lines.append(state.note)
    lines.append(labels.consent_rule(state.purpose))
    return "\n".join(lines)


def rules_text() -> str:
    """What holds for each purpose when nothing was recorded."""
    return "\n".join(f"{labels.consent_purpose(p)}: {labels.consent_rule(p)}"
                     for p in ConsentPurpose)
