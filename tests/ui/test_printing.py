"""The printed call sheet and follow-up list: real PDFs, read back as text."""

import os
import re
import unicodedata
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.enums import FollowUpReason, FollowUpStatus, ReminderKind
from app.domain.reminder_records import CallLine, CallReason, CallSheet, FollowUpRecord
from app.presentation import labels
from app.presentation.call_words import CallSheetWords
from app.presentation.printing import call_sheet_html, follow_up_list_html, reason_label
from app.render import pdf
from app.render.fonts import cjk_family
from app.render.pdf import write_pdf
from app.ui import printing
from app.ui.printing import print_preview

pypdf = pytest.importorskip("pypdf")

DAY = date(2024, 9, 16)
OUTCOME_WORDS = ("reached", "no answer", "appointment", "not interested", "wrong number")


def _line(customer_id, name, advisor_id, advisor, reasons, *, key=False, phone="13800138000"):
    return CallLine(
        customer_id=customer_id,
        customer_name=name,
        phone=phone,
        advisor_id=advisor_id,
        advisor_name=advisor,
        key_account=key,
        reasons=tuple(reasons),
        overdue=any(r.overdue for r in reasons),
    )


def _sheet() -> CallSheet:
    return CallSheet(
        day=DAY,
        lines=(
            _line(1, "张三", 1, "王芳", [
                CallReason(ReminderKind.INSURANCE.value, DAY + timedelta(days=12), "人保 商业险",
                           plate="京A·12345", vehicle="大众 帕萨特"),
                CallReason(ReminderKind.BIRTHDAY.value, DAY + timedelta(days=2), "lunar:8:15:0"),
                CallReason(FollowUpReason.POST_SERVICE.value, DAY - timedelta(days=3),
                           "保养后回访", plate="京A·12345", vehicle="大众 帕萨特",
                           follow_up_id=7, overdue=True),
            ], key=True),
            _line(2, "李四", 2, "刘洋", [
                CallReason(ReminderKind.INSPECTION.value, DAY + timedelta(days=20),
                           plate="沪B·67890", vehicle="丰田 凯美瑞"),
            ], phone="13912345678"),
            _line(3, "赵六", 1, "王芳", [
                CallReason(ReminderKind.HOLIDAY.value, DAY + timedelta(days=1), "mid_autumn"),
                CallReason(ReminderKind.HOUSEHOLD_BIRTHDAY.value, DAY + timedelta(days=4),
                           "spouse:刘敏"),
            ]),
        ),
    )


def _follow_ups() -> list[FollowUpRecord]:
    return [
        FollowUpRecord(
            id=1, customer_id=1, reason=FollowUpReason.COMPLAINT, due_date=DAY - timedelta(days=2),
            status=FollowUpStatus.OPEN, customer_name="张三", phone="13800138000",
            plate="京A·12345", vehicle="大众 帕萨特", advisor_id=1, advisor_name="王芳",
            attempts=2, notes="等候时间过长", key_account=True,
        ),
        FollowUpRecord(
            id=2, customer_id=2, reason=FollowUpReason.LEAD, due_date=DAY,
            status=FollowUpStatus.OPEN, customer_name="李四", phone="13912345678",
            advisor_id=2, advisor_name="刘洋",
        ),
    ]


# Qt's PDFs map a few ideographs back to the radical drawn with the same glyph (大 reads
# as the Kangxi radical ⼤, 长 as ⻓): what a PDF reader extracts is normalised back
_RADICALS = {"\u2ed3": "长"}


def _compact(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", "".join(_RADICALS.get(c, c) for c in text))


def _pages(path) -> list[str]:
    """Each page's text without any white space: where a PDF reader puts spaces between
    the glyphs it finds is its own guess ("wrong numbe r"), so words are compared bare."""
    reader = pypdf.PdfReader(str(path))
    return [_compact(page.extract_text() or "") for page in reader.pages]


def _has(text: str, *words: str) -> bool:
    missing = [w for w in words if _compact(w) not in text]
    assert not missing, f"{missing} not in {text[:400]}"
    return True


def test_call_sheet_pdf_has_the_names_plates_headings_and_tick_boxes(qapp, tmp_path):
    out = write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf", "Call sheet")

    assert out == tmp_path / "calls.pdf" and out.stat().st_size > 0
    text = "".join(_pages(out))
    _has(text, "张三", "李四", "赵六", "人保", "刘敏", "12345", "67890", "13912345678")
    _has(text, "Advisor: 王芳 (2)", "Advisor: 刘洋 (1)", *OUTCOME_WORDS)
    _has(text, "Call sheet", "2024-09-16", "all advisors", "Customers to call: 3")
    _has(text, reason_label("insurance"), reason_label("post_service"), "2024-09-28")


def test_the_first_page_is_a4_portrait(qapp, tmp_path):
    out = write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf")

    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert float(box.width) == pytest.approx(595.3, abs=1.5)
    assert float(box.height) == pytest.approx(841.9, abs=1.5)


def test_advisor_groups_come_in_the_order_of_the_sheet(qapp, tmp_path):
    out = write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf")

    text = "".join(_pages(out))
    first, second = text.index("王芳"), text.index("刘洋")
    assert first < text.index("张三") < text.index("赵六") < second < text.index("李四")


def test_each_advisor_starts_a_new_page(qapp, tmp_path):
    pages = _pages(write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf"))

    assert len(pages) == 2
    assert "张三" in pages[0] and "赵六" in pages[0] and "李四" not in pages[0]
    assert "李四" in pages[1] and "张三" not in pages[1]


def test_key_accounts_are_bold_and_overdue_calls_marked(qapp):
    html = call_sheet_html(_sheet())

    assert "<b>张三</b>" in html
    assert "<b>赵六</b>" not in html
    zhang = html[html.index("张三"):html.index("赵六")]
    late = CallSheetWords().late(3)
    assert "overdue" in zhang and f"!&nbsp;{late}" in zhang  # how late, not the date
    zhao = html[html.index("赵六"):]
    assert "overdue" not in zhao.split("</tr>")[0]


def test_several_reasons_stand_on_their_own_lines_with_their_words(qapp):
    html = call_sheet_html(_sheet())

    row = next(row for row in html.split("<tr>") if "张三" in row)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert len(cells) == 9  # #, customer and phone, reasons, five outcomes, notes
    assert "13800138000" in cells[1]
    reasons = re.findall(r"<p class=reason>(.*?)</p>", cells[2])
    assert len(reasons) == 3
    assert reason_label("insurance") in reasons[0] and "2024-09-28" in reasons[0]
    assert reason_label("birthday") in reasons[1]
    assert labels.reminder_detail("birthday", "lunar:8:15:0") in reasons[1]
    assert reason_label("post_service") in reasons[2]
    # each reason about a car names it; the birthday is about no car
    assert "京A·12345" in reasons[0] and "京A·12345" in reasons[2]
    assert "京A·12345" not in reasons[1]
    assert [cell for cell in cells[3:8]] == ["☐"] * 5 and cells[8] == "&nbsp;"


def test_coded_details_are_put_in_words(qapp):
    html = call_sheet_html(_sheet())

    zhao = next(row for row in html.split("<tr>") if "赵六" in row)
    assert labels.holiday("mid_autumn") in zhao and "mid_autumn" not in zhao
    assert labels.relation("spouse") in zhao and "spouse:" not in zhao
    assert "lunar:" not in html


def test_reason_words_can_come_from_the_caller(qapp):
    html = call_sheet_html(_sheet(), reason_text=lambda kind: f"<{kind.upper()}>")

    assert "&lt;INSURANCE&gt;" in html and "&lt;HOLIDAY&gt;" in html
    assert reason_label("insurance") not in html


def test_every_reason_kind_has_words():
    for kind in [*ReminderKind, *FollowUpReason]:
        words = reason_label(kind.value)
        assert words and words != kind.value
    assert reason_label("something_new") == "something_new"


def test_text_from_the_book_is_escaped(qapp):
    sheet = CallSheet(day=DAY, lines=(
        _line(1, "<b>A&B</b>", 1, "<i>X</i>", [CallReason("custom", DAY, "1 < 2 & \"q\"")]),
    ))

    html = call_sheet_html(sheet)

    assert "&lt;b&gt;A&amp;B&lt;/b&gt;" in html and "<b>A&B</b>" not in html
    assert "&lt;i&gt;X&lt;/i&gt;" in html
    assert "1 &lt; 2 &amp; &quot;q&quot;" in html


def test_one_advisor_sheet_names_the_advisor(qapp, tmp_path):
    sheet = CallSheet(day=DAY, lines=_sheet().lines[:1], advisor_name="王芳")

    text = "".join(_pages(write_pdf(call_sheet_html(sheet), tmp_path / "one.pdf")))

    assert _compact("all advisors") not in text and "王芳" in text


def test_an_empty_sheet_says_there_is_nobody_to_call(qapp, tmp_path):
    out = write_pdf(call_sheet_html(CallSheet(day=DAY)), tmp_path / "empty.pdf")

    pages = _pages(out)
    assert len(pages) == 1
    nobody = QCoreApplication.translate("Printing", "Nobody to call on this day.")
    _has(pages[0], nobody)


def _long_sheet(lines: int) -> CallSheet:
    kinds = [ReminderKind.INSURANCE, ReminderKind.BIRTHDAY, FollowUpReason.POST_SERVICE]
    built = []
    for n in range(lines):
        reasons = [
            CallReason(kinds[(n + k) % 3].value, DAY + timedelta(days=k), f"细节{n}-{k}",
                       plate=f"京A·{10000 + n}", vehicle="大众 帕萨特")
            for k in range(1 + n % 3)
        ]
        built.append(_line(n + 1, f"张{n:03d}", 1, "王芳", reasons))
    return CallSheet(day=DAY, lines=tuple(built))


def test_long_sheets_repeat_the_header_and_never_split_a_customer(qapp, tmp_path):
    pages = _pages(write_pdf(call_sheet_html(_long_sheet(60)), tmp_path / "long.pdf"))

    assert len(pages) > 2
    seen = []
    for page in pages:
        # the header row, with the outcome tick boxes' words, on every page
        _has(page, "#CustomerReasons" + "".join(OUTCOME_WORDS) + "Notes")
        customers = re.findall(r"张(\d{3})", page)
        seen += customers
        # every customer on the page has all five tick boxes on the same page
        assert page.count("☐") == 5 * len(customers)
    assert seen == [f"{n:03d}" for n in range(60)]


def test_follow_up_list_pdf(qapp, tmp_path):
    out = write_pdf(follow_up_list_html(DAY, _follow_ups()), tmp_path / "follow-ups.pdf")

    text = "".join(_pages(out))
    _has(text, "张三", "李四", "12345", "Follow-ups: 2", "Advisor: 王芳 (1)", "Advisor: 刘洋 (1)")
    _has(text, *OUTCOME_WORDS, reason_label("complaint"), reason_label("lead"), "attempts: 2")
    _has(text, "CustomerPhoneReasonDueStatusVehicleOutcomeNotes", "等候时间过长")
    assert text.index("王芳") < text.index("张三") < text.index("刘洋") < text.index("李四")
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert float(box.width) < float(box.height)


def test_follow_up_list_marks_overdue_and_key_accounts(qapp):
    html = follow_up_list_html(DAY, _follow_ups())

    assert "<b>张三</b>" in html and "<b>李四</b>" not in html
    assert "2024-09-14&nbsp;!" in html


def test_an_empty_follow_up_list_says_so(qapp, tmp_path):
    out = write_pdf(follow_up_list_html(DAY, []), tmp_path / "none.pdf")

    _has("".join(_pages(out)), QCoreApplication.translate("Printing", "No follow-ups are due."))


def test_chinese_is_drawn_with_a_cjk_font(qapp, tmp_path):
    if cjk_family() is None:
        pytest.skip("no CJK font on this system")
    out = write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf")

    fonts = pypdf.PdfReader(str(out)).pages[0]["/Resources"]["/Font"]
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    family = cjk_family().replace(" ", "").lower()
    assert any(family in name.lower() for name in names), names


def test_writing_over_an_old_pdf_replaces_it(qapp, tmp_path):
    target = tmp_path / "calls.pdf"
    target.write_bytes(b"old")

    write_pdf(call_sheet_html(_sheet()), target)

    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(tmp_path) == ["calls.pdf"]


def test_a_missing_folder_raises_and_leaves_nothing(qapp, tmp_path):
    with pytest.raises(OSError):
        write_pdf(call_sheet_html(_sheet()), tmp_path / "missing" / "calls.pdf")

    assert os.listdir(tmp_path) == []


def test_a_file_in_place_of_the_folder_raises(qapp, tmp_path):
    (tmp_path / "file").write_text("x")

    with pytest.raises(OSError):
        write_pdf(call_sheet_html(_sheet()), tmp_path / "file" / "calls.pdf")

    assert os.listdir(tmp_path) == ["file"]


def test_a_read_only_folder_raises_and_leaves_nothing(qapp, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user can write anywhere (root)")
        with pytest.raises(OSError):
            write_pdf(call_sheet_html(_sheet()), folder / "calls.pdf")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_folder_that_refuses_new_files_raises_and_leaves_nothing(qapp, tmp_path, monkeypatch):
    """The read-only case for users (root) whom chmod does not stop."""

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(pdf.tempfile, "mkstemp", refused)
    with pytest.raises(OSError):
        write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf")

    assert os.listdir(tmp_path) == []


def test_a_folder_in_place_of_the_pdf_raises_and_leaves_no_part_file(qapp, tmp_path):
    (tmp_path / "calls.pdf").mkdir()

    with pytest.raises(OSError):
        write_pdf(call_sheet_html(_sheet()), tmp_path / "calls.pdf")

    assert os.listdir(tmp_path) == ["calls.pdf"] and (tmp_path / "calls.pdf").is_dir()


def test_a_failure_while_drawing_leaves_no_part_file(qapp, tmp_path, monkeypatch):
    target = tmp_path / "calls.pdf"
    target.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(pdf, "render", broken)
    with pytest.raises(RuntimeError):
        write_pdf(call_sheet_html(_sheet()), target)

    assert os.listdir(tmp_path) == ["calls.pdf"]
    assert target.read_bytes() == b"old"


def test_print_preview_draws_the_same_document(qapp, monkeypatch):
    drawn = []
    real_render = printing.render

    def recording(html, device, title=""):
        pages = real_render(html, device, title)
        drawn.append((html, pages, device.pageLayout()))
        return pages

    monkeypatch.setattr(printing, "render", recording)

    def close_the_preview():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_the_preview)
            return
        dialog.reject()

    QTimer.singleShot(0, close_the_preview)
    html = call_sheet_html(_sheet())
    print_preview(None, html, "Call sheet")

    assert drawn and drawn[0][0] == html and drawn[0][1] == 2
    layout = drawn[0][2]
    assert layout.orientation() == layout.Orientation.Portrait
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.A4
