"""How long the morning call sheet takes to become a PDF (not part of the test suite).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pdf_bench.py [--lines 500] [--out FILE]

Builds a call sheet of realistic Chinese data (3 advisors, 1-3 reasons a line), then
times call_sheet_html + write_pdf (--repeat runs) and prints the seconds and the page
count. Target: 500 lines in 3 s or less (the median run).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.domain.enums import FollowUpReason, ReminderKind  # noqa: E402
from app.domain.reminder_records import CallLine, CallReason, CallSheet  # noqa: E402

TARGET_SECONDS = 3.0

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文斌慧婷浩宇欣怡子涵"
PROVINCES = "京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青"
MODELS = (
    "大众 帕萨特", "大众 迈腾", "丰田 凯美瑞", "本田 雅阁", "别克 君威", "日产 轩逸",
    "比亚迪 汉", "吉利 星越L", "长安 CS75 PLUS", "奥迪 A4L", "宝马 3系", "哈弗 H6",
)
DETAILS = {  # as the reminder engine codes them (see app.presentation.labels.reminder_detail)
    ReminderKind.HOUSEHOLD_BIRTHDAY: ("spouse:刘敏", "child:张子涵", "parent:陈桂兰"),
    ReminderKind.BIRTHDAY: ("lunar:8:15:0", "lunar:1:8:0", ""),
    ReminderKind.INSURANCE: ("人保 商业险", "平安 交强险", "太平洋 续保"),
    ReminderKind.CUSTOM: ("公司成立纪念日", "乔迁之喜"),
    ReminderKind.HOLIDAY: ("mid_autumn", "spring_festival", "dragon_boat"),
    FollowUpReason.POST_SERVICE: ("保养后回访", "钣喷后回访"),
    FollowUpReason.COMPLAINT: ("等候时间过长，需主管回电",),
    FollowUpReason.LEAD: ("意向 比亚迪 汉，周末到店",),
}
KINDS = [*ReminderKind, FollowUpReason.POST_SERVICE, FollowUpReason.LEAD,
         FollowUpReason.COMPLAINT, FollowUpReason.WIN_BACK]


def demo_sheet(lines: int, day: date, seed: int = 7) -> CallSheet:
    rng = random.Random(seed)
    advisors = ((1, "王芳"), (2, "刘洋"), (3, "陈建国"))
    built = []
    for number in range(lines):
        advisor_id, advisor_name = advisors[number * len(advisors) // lines]
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        plate = f"{rng.choice(PROVINCES)}{rng.choice('ABCDEFG')}·{rng.randrange(10000, 99999)}"
        vehicle = rng.choice(MODELS)
        reasons = []
        for kind in rng.sample(KINDS, rng.randint(1, 3)):
            overdue = rng.random() < 0.15
            due = day - timedelta(days=rng.randint(1, 20)) if overdue else day + timedelta(
                days=rng.randint(0, 30)
            )
            reasons.append(CallReason(
                kind=kind.value,
                due=due,
                detail=rng.choice(DETAILS.get(kind, ("",))),
                plate=plate if kind in (ReminderKind.INSURANCE, ReminderKind.INSPECTION,
                                        ReminderKind.WARRANTY, FollowUpReason.POST_SERVICE) else "",
                vehicle=vehicle,
                overdue=overdue,
            ))
        built.append(CallLine(
            customer_id=number + 1,
            customer_name=name,
            phone=f"1{rng.choice('35789')}{rng.randrange(10**8, 10**9)}",
            advisor_id=advisor_id,
            advisor_name=advisor_name,
            key_account=rng.random() < 0.1,
            reasons=tuple(reasons),
            overdue=any(r.overdue for r in reasons),
            phone_wrong=rng.random() < 0.02,
        ))
    return CallSheet(day=day, lines=tuple(built))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is judged")
    parser.add_argument("--out", type=Path, default=None, help="keep the PDF here")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from pypdf import PdfReader  # only to count the pages

    from app.presentation.printing import call_sheet_html
    from app.render.fonts import apply_cjk_font
    from app.render.pdf import write_pdf

    apply_cjk_font(app)
    sheet = demo_sheet(args.lines, date(2024, 9, 16))
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = args.out or Path(folder) / "call-sheet.pdf"
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            html_text = call_sheet_html(sheet)
            write_pdf(html_text, out, "Call sheet 2024-09-16")
            times.append(time.perf_counter() - start)
        pages = len(PdfReader(out).pages)
        size = out.stat().st_size
    median = statistics.median(times)
    print(f"call sheet: {args.lines} lines, {pages} pages, {size / 1024:.0f} KiB")
    print(f"  seconds: median {median:.2f}, best {min(times):.2f}, worst {max(times):.2f} "
          f"over {len(times)} runs (target <= {TARGET_SECONDS:.1f} s): "
          f"{'ok' if median <= TARGET_SECONDS else 'SLOW'}")
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
