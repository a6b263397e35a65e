"""How much write_xlsx costs over bare openpyxl (a script, not part of the test suite).

    .venv/bin/python benchmarks/excel_bench.py [--rows 100000] [--repeat 3] [--out DIR]

Generates realistic customer rows in memory (12 columns: Chinese name, phone, plates,
advisor, source, created, birthday, last contact, key account, tags, email, address)
and times, in the same run and alternating so both see the same machine state:

(a) app.services.exchange.excel_export.write_xlsx of those rows (styled header, frozen pane,
    auto-filter, widths, typed and formatted cells, text safety, atomic write);
(b) plain openpyxl write-only: the same values appended as they are, no styles.

Prints the median of --repeat runs for each (wall clock, and CPU time of this process,
which is steadier on a busy machine) and the ratio (a)/(b); target <= 1.3 (wall).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec, write_xlsx  # noqa: E402

TARGET_RATIO = 1.3

COLUMNS = [
    ColumnSpec("姓名"),
    ColumnSpec("电话", CellKind.PHONE),
    ColumnSpec("车牌"),
    ColumnSpec("顾问"),
    ColumnSpec("来源"),
    ColumnSpec("建档时间", CellKind.DATETIME),
    ColumnSpec("生日", CellKind.DATE),
    ColumnSpec("最近联系", CellKind.DATETIME),
    ColumnSpec("重点客户", CellKind.BOOL),
    ColumnSpec("标签"),
    ColumnSpec("邮箱"),
    ColumnSpec("地址"),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕晓东文博子涵雨轩浩然思远"
ADVISORS = ["王经理", "李顾问", "张顾问", "陈主管", "刘顾问", "赵顾问", "孙顾问", "周经理"]
SOURCES = ["到店", "电话", "转介绍", "网络", "车展", "老客户", "抖音", "汽车之家"]
TAGS = ["VIP", "置换", "二胎", "保险到期", "首保", "贷款", "意向SUV", "新能源", "老客户", "投诉"]
PROVINCES = "京沪粤苏浙鲁川鄂湘豫"
CITIES = [
    "北京市朝阳区",
    "上海市浦东新区",
    "广州市天河区",
    "深圳市南山区",
    "杭州市西湖区",
    "成都市武侯区",
]
ROADS = ["建国路", "人民路", "解放大道", "中山路", "长江路", "学院路", "滨江大道"]
PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou"]
DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com"]


def make_rows(count: int, seed: int = 20240501) -> list[tuple]:
    rnd = random.Random(seed)
    start = datetime(2015, 1, 1, 9, 0)
    rows = []
    for i in range(count):
        name = rnd.choice(SURNAMES) + "".join(rnd.choices(GIVEN, k=rnd.choice((1, 2))))
        phone = "+86 1" + rnd.choice("3456789") + "".join(rnd.choices("0123456789", k=9))
        plate_count = rnd.choice((0, 1, 1, 1, 2))
        plates = ", ".join(
            rnd.choice(PROVINCES)
            + rnd.choice("ABCDEFG")
            + "".join(rnd.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=5))
            for _ in range(plate_count)
        )
        created = start + timedelta(minutes=rnd.randrange(60 * 24 * 365 * 9))
        birthday = (
            date(1950, 1, 1) + timedelta(days=rnd.randrange(365 * 55))
            if rnd.random() < 0.7
            else None
        )
        last_contact = (
            created + timedelta(minutes=rnd.randrange(60 * 24 * 400))
            if rnd.random() < 0.85
            else None
        )
        tags = " ".join(rnd.sample(TAGS, rnd.choice((0, 1, 1, 2, 3))))
        email = (
            f"{rnd.choice(PINYIN)}{rnd.choice(PINYIN)}{i}@{rnd.choice(DOMAINS)}"
            if rnd.random() < 0.4
            else ""
        )
        address = (
            f"{rnd.choice(CITIES)}{rnd.choice(ROADS)}{rnd.randrange(1, 999)}号"
            f"{rnd.randrange(1, 30)}栋{rnd.randrange(101, 2999)}室"
        )
        rows.append(
            (
                name,
                phone,
                plates,
                rnd.choice(ADVISORS),
                rnd.choice(SOURCES),
                created,
                birthday,
                last_contact,
                rnd.random() < 0.1,
                tags,
                email,
                address,
            )
        )
    return rows


def run_write_xlsx(rows: list[tuple], path: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)"""
    wall, cpu = time.perf_counter(), time.process_time()
    written = write_xlsx(path, [SheetSpec("客户", COLUMNS, rows)])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert written == len(rows)
    return wall, cpu


def run_plain_openpyxl(rows: list[tuple], path: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)"""
    wall, cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append([column.header for column in COLUMNS])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return time.perf_counter() - wall, time.process_time() - cpu


def run_plain_xlsxwriter(rows: list[tuple], path: Path) -> tuple[float, float]:
    """XlsxWriter's constant_memory mode writing the same cells as they are, no styles
    (issue 15's yardstick: the export within 1.2 times this); (wall, CPU seconds)."""
    import xlsxwriter

    wall, cpu = time.perf_counter(), time.process_time()
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                         "default_date_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet("客户")
    ws.write_row(0, 0, [column.header for column in COLUMNS])
    for number, row in enumerate(rows, 1):
        ws.write_row(number, 0, row)
    wb.close()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="folder for the files")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    rows = make_rows(args.rows)
    print(
        f"generated {len(rows):,} rows x {len(COLUMNS)} columns in {time.perf_counter() - began:.2f} s"
    )

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        ours: list[tuple[float, float]] = []
        plain: list[tuple[float, float]] = []
        bare: list[tuple[float, float]] = []
        for i in range(args.repeat):
            bare.append(run_plain_xlsxwriter(rows, folder / "bare.xlsx"))
            plain.append(run_plain_openpyxl(rows, folder / "plain.xlsx"))
            ours.append(run_write_xlsx(rows, folder / "write_xlsx.xlsx"))
            print(
                f"  run {i + 1}: write_xlsx {ours[-1][0]:.2f} s (CPU {ours[-1][1]:.2f} s)"
                f"   plain openpyxl {plain[-1][0]:.2f} s (CPU {plain[-1][1]:.2f} s)"
                f"   bare XlsxWriter {bare[-1][0]:.2f} s (CPU {bare[-1][1]:.2f} s)"
            )
        sizes = (
            (folder / "write_xlsx.xlsx").stat().st_size,
            (folder / "plain.xlsx").stat().st_size,
        )

    a, b = (statistics.median(t[0] for t in ours), statistics.median(t[0] for t in plain))
    a_cpu, b_cpu = (statistics.median(t[1] for t in ours), statistics.median(t[1] for t in plain))
    ratio = a / b
    print(f"(a) write_xlsx      median {a:.2f} s, CPU {a_cpu:.2f} s  ({sizes[0] / 1e6:.1f} MB)")
    print(f"(b) plain openpyxl  median {b:.2f} s, CPU {b_cpu:.2f} s  ({sizes[1] / 1e6:.1f} MB)")
    c = statistics.median(t[0] for t in bare)
    c_cpu = statistics.median(t[1] for t in bare)
    print(f"(c) bare XlsxWriter median {c:.2f} s, CPU {c_cpu:.2f} s")
    print(f"ratio (a)/(c) = {a / c:.2f} wall, {a_cpu / c_cpu:.2f} CPU  (issue 15's target <= 1.2)")
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(
        f"ratio (a)/(b) = {ratio:.2f} wall, {a_cpu / b_cpu:.2f} CPU"
        f"  (target <= {TARGET_RATIO}: {verdict})"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
