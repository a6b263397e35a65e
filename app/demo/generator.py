"""A realistic, deterministic demo book: staff, customers, vehicles and their history.

`generate_demo(path, customers=100_000)` fills an empty book with a Beijing-area
dealership's customers (Chinese names, mobile numbers, lunar birthdays, plates,
VINs with valid check digits, a contact timeline), their households (spouse,
children, parents and their birthdays), important dates (wedding anniversaries,
dated notes), a year of follow-up calls with their outcomes, the open follow-ups
of the fortnight around `today` and a few handled reminders. The same seed and
`today` give the same book, row for row. Rows go in through SQLAlchemy Core bulk
inserts, several thousand customers per write transaction.

The household, dates and follow-up rows draw from a second random stream, so
adding them left the customers, vehicles and timeline of a given seed as they were
(except what the follow-ups write back: their calls on the timeline, the last
contact, a wrong-number flag).

The service visits (maintenance at each make's interval, repairs, bodywork, warranty work,
inspections, washes, accessories, each with its lines of work) draw from a third stream in
the same way; what they write back is each card's mileage (its latest visit's), the next
maintenance forecast, the customers' last visit day and a recent low score's flag. About 15 %
of the customers with a car stopped coming 6-12 months (at risk) or over a year (lost) ago.
"""

from __future__ import annotations

import random
import time
from calendar import isleap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.db.models import (
    Customer,
    CustomerSearch,
    CustomerTag,
    FollowUp,
    HouseholdMember,
    ImportantDate,
    Interaction,
    ReminderMark,
    ServiceVisit,
    Staff,
    Tag,
    Vehicle,
    VehicleOwnership,
    VisitItem,
)
from app.domain import lunar as lunar_calendar
from app.domain.enums import (
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    FollowUpReason,
    FollowUpStatus,
    Gender,
    HouseholdRelation,
    InteractionKind,
    Outcome,
    PurchaseType,
    ReminderKind,
    ReminderState,
    StaffRole,
    VisitType,
)
from app.domain.errors import BookError
from app.domain.recurrence import (
    DEFAULT_LEAD_DAYS,
    lunar_keys_in_window,
    lunar_occurrences,
    solar_keys_in_window,
    solar_occurrences,
    solar_on,
)
from app.domain.search import SEPARATOR, name_keys, name_readings, search_keys
from app.domain.service_rules import interval_for, lapse_cutoffs
from app.domain.validation import phone_digits, phone_search_forms, vin_check_digit
from app.services.admin.book import open_book
from app.services.outreach.followups import NO_ANSWER_EXPIRY_DAYS
from app.services.service_lane.visits import store_predictions

BATCH = 5_000
INSERT_CHUNK = 20_000  # rows per executemany
# month*100+day of the purchase date, kept by VehicleService for the anniversary index
_PURCHASE_MD = "purchase_md" in Vehicle.__table__.c
YEARS_OF_HISTORY = 6
CONTACT_WINDOW_DAYS = 730


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    vehicles: int
    interactions: int
    staff: int
    tags: int
    seconds: float
    household_members: int = 0
    important_dates: int = 0
    follow_ups: int = 0
    reminder_marks: int = 0
    visits: int = 0
    visit_items: int = 0


# ---------------------------------------------------------------- people
STAFF = (
    ("周建国", StaffRole.OWNER, True),
    ("刘海涛", StaffRole.SERVICE_MANAGER, True),
    ("王磊", StaffRole.ADVISOR, True),
    ("李静", StaffRole.ADVISOR, True),
    ("张晓燕", StaffRole.ADVISOR, True),
    ("陈浩", StaffRole.ADVISOR, True),
    ("赵敏", StaffRole.ADVISOR, True),
    ("孙鹏飞", StaffRole.ADVISOR, True),
    ("杨帆", StaffRole.SERVICE_ADVISOR, True),
    ("黄丽娟", StaffRole.SERVICE_ADVISOR, True),
    ("吴志强", StaffRole.SERVICE_ADVISOR, True),
    ("郑凯", StaffRole.ADVISOR, False),  # has left; still on old records
)

TAGS = (
    "VIP",
    "车队",
    "老客户",
    "转介绍",
    "新能源车主",
    "二手车客户",
    "置换意向",
    "增购意向",
    "保险到期",
    "延保客户",
    "投诉处理中",
    "企业客户",
    "车主俱乐部",
    "试驾未成交",
    "生日关怀",
)

# Common surnames, weighted roughly by frequency; a few two-character ones.
SURNAMES = (
    ("王", 72), ("李", 70), ("张", 66), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 23),
    ("赵", 21), ("吴", 20), ("周", 19), ("徐", 14), ("孙", 13), ("马", 12), ("朱", 12),
    ("胡", 11), ("郭", 11), ("何", 10), ("高", 10), ("林", 10), ("罗", 9), ("郑", 9),
    ("梁", 8), ("谢", 7), ("宋", 7), ("唐", 6), ("许", 6), ("韩", 6), ("冯", 6),
    ("邓", 6), ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5),
    ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4),
    ("叶", 4), ("程", 4), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3),
    ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3),
    ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2),
    ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("侯", 2), ("龙", 1), ("史", 1), ("陶", 1), ("黎", 1),
    ("贺", 1), ("顾", 1), ("毛", 1), ("郝", 1), ("龚", 1), ("邵", 1), ("万", 1),
    ("钱", 1), ("严", 1), ("武", 1), ("戴", 1), ("孔", 1), ("汤", 1),
    ("欧阳", 0.6), ("司马", 0.3), ("诸葛", 0.2), ("上官", 0.2), ("东方", 0.2), ("慕容", 0.1),
)
MALE_GIVEN = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志海东文博晨"
    "子天嘉永振立成峰亮洋锋翔昊然睿轩哲泽坤瑞新宏伦铭鸿毅彬松斌德福"
)
FEMALE_GIVEN = (
    "芳娜敏静丽艳娟霞秀英玲桂燕萍红梅莉婷雪琳颖慧欣悦晶洁倩婧璐月佳怡丹琪蕾薇妍思"
    "雨涵萌晓美兰凤洁琴云璇瑶诗梦馨蓉"
)
COMMON_GIVEN = "子一嘉晓春秋小文永建海志宇欣思安"

COMPANY_CITIES = ("北京", "北京", "北京", "天津", "廊坊", "保定")
COMPANY_WORDS = (
    "顺达", "宏远", "恒通", "鑫源", "华信", "中联", "金桥", "天成", "博远", "瑞丰",
    "京通", "安泰", "联创", "盛世", "永华", "国邦", "嘉禾", "东方", "远洋", "润泽",
)
COMPANY_TRADES = (
    "物流", "商贸", "建设工程", "科技", "汽车租赁", "餐饮管理", "出租汽车", "房地产开发",
    "医药", "文化传媒", "电子商务", "环保工程",
)

OCCUPATIONS = (
    "教师", "医生", "工程师", "公务员", "销售经理", "个体户", "律师", "会计", "程序员",
    "司机", "护士", "企业主", "退休", "设计师", "自由职业", "银行职员", "警察", "项目经理",
    "大学教授", "餐厅老板", "人力资源", "产品经理", "外企白领", "军人",
)
EMPLOYERS = (
    "北京市第八中学", "北京协和医院", "中国银行北京分行", "京东集团", "百度在线网络技术有限公司",
    "中国移动北京公司", "北京市朝阳区人民政府", "北京首都国际机场", "中建一局", "联想集团",
    "小米科技有限责任公司", "北京大学", "清华大学", "中石化北京石油分公司", "国家电网北京公司",
    "天津港集团", "天津医科大学总医院", "河北银行", "廊坊开发区管委会", "美团",
    "字节跳动", "北京地铁运营公司", "中信证券", "北京同仁堂", "首钢集团", "自营",
)
HOBBIES = (
    "钓鱼", "自驾游", "摄影", "高尔夫", "羽毛球", "跑步", "登山", "书法", "喝茶",
    "打篮球", "游泳", "露营", "收藏", "烹饪", "看球", "骑行", "下棋", "滑雪", "唱歌",
)
FAMILY_NOTES = (
    "已婚，有一个女儿，上小学",
    "已婚，两个孩子",
    "孩子在读大学",
    "和父母同住",
    "爱人也是我店客户",
    "刚有了二宝，考虑换七座车",
    "单身，喜欢运动型车",
    "儿子明年高考",
    "",
)
NOTES = (
    "喜欢微信联系，不要在上班时间打电话",
    "对价格敏感，关注保养套餐",
    "每次保养都指定同一位服务顾问",
    "考虑明年置换新能源车",
    "有增购意向，给爱人买车",
    "曾经投诉过等待时间过长，已妥善处理",
    "老客户，介绍过多位朋友",
    "周末才有时间到店",
)

# region: (weight, plate prefixes, address builder parts)
BEIJING_DISTRICTS = (
    ("朝阳区", ("望京街道望京西园", "双井街道富力城", "酒仙桥街道驼房营", "亚运村街道安慧里", "三里屯街道幸福村")),
    ("海淀区", ("中关村街道科育社区", "学院路街道石油大院", "万柳地区万泉新新家园", "上地街道上地西里")),
    ("丰台区", ("方庄地区芳古园", "卢沟桥街道丽泽雅园", "马家堡街道角门东里")),
    ("东城区", ("和平里街道和平里", "东直门街道东环广场")),
    ("西城区", ("德胜街道德外大街", "金融街街道丰汇园")),
    ("通州区", ("梨园地区云景里", "永顺地区新华联家园", "潞城镇梨花园")),
    ("昌平区", ("回龙观地区龙泽苑", "天通苑北街道天通苑")),
    ("大兴区", ("亦庄地区荣华南路", "黄村镇兴政小区")),
    ("顺义区", ("后沙峪地区裕祥花园", "胜利街道建新北区")),
)
TIANJIN_DISTRICTS = (
    ("和平区", ("南营门街道南京路",)),
    ("南开区", ("水上公园街道水上小区", "华苑街道日华里")),
    ("河西区", ("友谊路街道友谊北路",)),
    ("滨海新区", ("塘沽街道新港二号路", "泰达街道第三大街")),
)
HEBEI_CITIES = (
    ("廊坊市", "燕郊镇", "冀R"),
    ("廊坊市", "广阳区", "冀R"),
    ("保定市", "竞秀区", "冀F"),
    ("石家庄市", "长安区", "冀A"),
    ("唐山市", "路北区", "冀B"),
    ("沧州市", "运河区", "冀J"),
)
HEBEI_STREETS = ("华夏第一城", "天洋城四代", "燕京航城", "福成五期", "阳光花园", "裕华小区")
BEIJING_PLATE_LETTERS = "ABCEFGHJKLMNPQ"
TIANJIN_PLATE_LETTERS = "ABCDEFGHJKLMN"

PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = dict(zip(range(2010, 2031), "ABCDEFGHJKLMNPRSTVWXY", strict=True))

# (make, model, trims, price range in 10k yuan, new-energy, WMI, weight)
CATALOGUE = (
    ("大众", "帕萨特", ("330TSI 精英版", "330TSI 豪华版", "380TSI 旗舰版"), (18, 26), False, "LSV", 8),
    ("大众", "途观L", ("330TSI 两驱智享版", "380TSI 四驱R-Line"), (21, 30), False, "LSV", 7),
    ("大众", "朗逸", ("1.5L 自动舒适版", "280TSI DSG 满逸版"), (10, 15), False, "LSV", 9),
    ("大众", "迈腾", ("330TSI 领先型", "380TSI 旗舰型"), (19, 27), False, "LFV", 5),
    ("丰田", "凯美瑞", ("2.0G 豪华版", "2.5HG 双擎豪华版"), (18, 27), False, "LVG", 7),
    ("丰田", "RAV4荣放", ("2.0L CVT 两驱都市版", "双擎 2.5L 四驱旗舰版"), (17, 26), False, "LFM", 6),
    ("丰田", "汉兰达", ("2.5L 双擎四驱豪华版",), (26, 35), False, "LVG", 3),
    ("丰田", "卡罗拉", ("1.2T 精英版", "双擎 1.8L 先锋版"), (11, 16), False, "LFM", 5),
    ("本田", "雅阁", ("260TURBO 精英版", "锐·混动 智享版"), (17, 26), False, "LHG", 6),
    ("本田", "CR-V", ("240TURBO 两驱舒适版", "锐·混动 四驱尊耀版"), (18, 26), False, "LVH", 6),
    ("别克", "GL8", ("陆上公务舱 652T", "ES陆尊 653T 豪华型"), (23, 45), False, "LSG", 4),
    ("别克", "君越", ("652T 精英型",), (20, 28), False, "LSG", 2),
    ("比亚迪", "汉", ("EV 冠军版 605KM", "DM-i 冠军版 242KM"), (17, 30), True, "LGX", 6),
    ("比亚迪", "宋PLUS", ("DM-i 冠军版 110KM", "EV 冠军版 520KM"), (15, 22), True, "LGX", 7),
    ("比亚迪", "秦PLUS", ("DM-i 荣耀版 55KM",), (10, 15), True, "LGX", 5),
    ("吉利", "星越L", ("2.0TD 旗舰型", "1.5TD 智尊型"), (14, 19), False, "L6T", 4),
    ("吉利", "帝豪", ("1.5L CVT 豪华型",), (7, 10), False, "L6T", 3),
    ("奥迪", "A4L", ("40 TFSI 时尚动感型", "45 TFSI quattro 臻选动感型"), (30, 40), False, "LFV", 4),
    ("奥迪", "Q5L", ("40 TFSI 荣享进取型", "45 TFSI 臻选动感型"), (40, 50), False, "LFV", 3),
    ("宝马", "3系", ("325Li M运动套装", "320Li 运动套装"), (30, 40), False, "LBV", 4),
    ("宝马", "X3", ("xDrive30i 领先型 M曜夜套装",), (40, 50), False, "LBV", 2),
    ("奔驰", "C级", ("C 260 L 皓夜运动版", "C 200 L 运动版"), (33, 42), False, "LE4", 4),
    ("奔驰", "GLC", ("GLC 300 L 4MATIC 豪华型",), (43, 55), False, "LE4", 2),
    ("理想", "L7", ("Pro", "Max"), (30, 38), True, "LW4", 3),
    ("特斯拉", "Model Y", ("后轮驱动版", "长续航全轮驱动版"), (26, 36), True, "LRW", 3),
)
COLOURS = (
    ("珍珠白", 20), ("极地白", 12), ("曜石黑", 18), ("星空灰", 12), ("钛金灰", 8),
    ("宝石蓝", 6), ("深海蓝", 5), ("中国红", 5), ("香槟金", 4), ("月光银", 8), ("墨绿", 2),
)

INTERACTION_TEXT = {
    InteractionKind.CALL: (
        "电话回访，客户满意",
        "电话提醒保养到期，约了下周六到店",
        "电话提醒车险即将到期，客户说再比较一下",
        "电话邀约参加周末试驾会",
        "客户来电咨询置换政策",
        "电话回访维修质量，客户表示没有问题",
        "未接通，稍后再打",
        "电话沟通年检代办事宜",
    ),
    InteractionKind.VISIT: (
        "到店保养，顺便看了新车",
        "到店试驾，意向较强",
        "到店维修，更换刹车片",
        "到店提车，交车仪式",
        "陪家人到店看车，关注七座车型",
        "到店办理续保",
        "首保到店，客户对服务很满意",
    ),
    InteractionKind.WECHAT: (
        "微信发送保养套餐介绍",
        "微信发送新车报价",
        "微信祝福节日快乐",
        "微信沟通理赔进度",
        "客户微信发来车辆故障灯照片，已安排预约",
        "微信发送试驾活动邀请",
    ),
    InteractionKind.SMS: (
        "短信提醒保养",
        "短信提醒年检",
        "生日祝福短信",
        "短信发送预约确认",
    ),
    InteractionKind.EMAIL: (
        "邮件发送报价单",
        "邮件发送车队保养合同",
        "邮件发送发票",
    ),
    InteractionKind.NOTE: (
        "客户说年底考虑换车",
        "客户对上次维修等待时间不满意，已向经理反映",
        "客户推荐了朋友来看车",
        "客户更换了单位",
        "记录：客户偏好周末到店",
    ),
}
INTERACTION_KINDS = (
    (InteractionKind.CALL, 40),
    (InteractionKind.WECHAT, 25),
    (InteractionKind.VISIT, 15),
    (InteractionKind.SMS, 10),
    (InteractionKind.NOTE, 7),
    (InteractionKind.EMAIL, 3),
)

SOURCES = (
    (CustomerSource.SHOWROOM, 30),
    (CustomerSource.REFERRAL, 15),
    (CustomerSource.SERVICE_WALK_IN, 14),
    (CustomerSource.PHONE, 10),
    (CustomerSource.WEBSITE, 10),
    (CustomerSource.SOCIAL_MEDIA, 9),
    (CustomerSource.AUTO_SHOW, 5),
    (CustomerSource.OTHER, 3),
    (CustomerSource.UNKNOWN, 4),
)
CONSENT_CHANNELS = (
    (ConsentChannel.IN_PERSON, 45),
    (ConsentChannel.WECHAT, 25),
    (ConsentChannel.PAPER, 15),
    (ConsentChannel.PHONE, 10),
    (ConsentChannel.WEBSITE, 5),
)
# Mobile prefixes in service (every number under them passes phonenumbers' check).
MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 196 198 199"
).split()
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "gmail.com")

# ---------------------------------------------------------------- households & dates
HOUSEHOLD_SHARE = 0.30  # of people: 1-3 household members on the card
WEDDING_SHARE = 0.20  # of married people: a wedding anniversary
CUSTOM_SHARE = 0.05  # of customers: one or two dated notes
NEAR_SHARE = 0.10  # of wedding anniversaries: in the coming month (each kind shows on a fresh demo)
COMPOUND_SURNAMES = frozenset(s for s, _ in SURNAMES if len(s) == 2)
SIBLINGS = (("哥哥", Gender.MALE), ("弟弟", Gender.MALE), ("姐姐", Gender.FEMALE), ("妹妹", Gender.FEMALE))
SPOUSE_NOTES = ("也是我店客户", "在银行工作", "喜欢SUV", "会开车，常用这辆车", "")
PARENT_NOTES = ("和客户同住", "身体不太好，客户常开车带去医院", "退休在家", "")

# Dated notes an advisor keeps on a card: (title, whose card, rule, days from today
# (first, last) for a one-off date); see _Generator.custom_date.
CUSTOM_DATES = (
    ("提车一周年回访", "recent_buyer", "purchase_plus_year", 0, 0),
    ("孩子高考", "person", "gaokao", 0, 0),
    ("公司周年庆", "company", "yearly", 0, 0),
    ("开业纪念日", "owner", "yearly", 0, 0),
    ("车贷结清，邀约置换", "any", "once", -20, 300),
    ("预产期，关注换七座车", "person", "once", 10, 200),
    ("乔迁新居，送上祝福", "person", "once", -15, 60),
    ("车主俱乐部自驾游报名", "any", "once", 5, 45),
    ("父亲七十大寿", "person", "once", 0, 120),
    ("延保到期前回访", "vehicle", "once", 0, 180),
)
# popular wedding days: May Day, 520, National Day week, 8/8, 9/9, 12/12, New Year, 2/14
WEDDING_DAYS = ((5, 1), (5, 2), (5, 20), (10, 1), (10, 2), (10, 3), (10, 6), (8, 8), (9, 9),
                (12, 12), (1, 1), (2, 14))
OWNER_OCCUPATIONS = frozenset(("个体户", "企业主", "餐厅老板"))

# ---------------------------------------------------------------- follow-ups
FOLLOW_UP_SHARE = 0.15  # of customers: 1-3 follow-ups in the past year
OPEN_FOLLOW_UP_SHARE = 0.011  # of customers with an advisor: one open, due within a week
MARK_SHARE = 0.35  # of birthdays in the past fortnight: marked done or dismissed
PAST_REASONS = (
    (FollowUpReason.POST_SERVICE, 24),
    (FollowUpReason.INSURANCE, 18),
    (FollowUpReason.BIRTHDAY, 10),
    (FollowUpReason.INSPECTION, 8),
    (FollowUpReason.LEAD, 8),
    (FollowUpReason.WIN_BACK, 6),
    (FollowUpReason.PURCHASE_ANNIVERSARY, 5),
    (FollowUpReason.OTHER, 5),
    (FollowUpReason.WARRANTY, 4),
    (FollowUpReason.COMPLAINT, 4),
    (FollowUpReason.HOLIDAY, 3),
    (FollowUpReason.HOUSEHOLD_BIRTHDAY, 2),
    (FollowUpReason.CUSTOM, 2),
    (FollowUpReason.WEDDING_ANNIVERSARY, 1),
)
OPEN_REASONS = (
    (FollowUpReason.POST_SERVICE, 25),
    (FollowUpReason.INSURANCE, 20),
    (FollowUpReason.LEAD, 12),
    (FollowUpReason.INSPECTION, 10),
    (FollowUpReason.BIRTHDAY, 8),
    (FollowUpReason.WIN_BACK, 8),
    (FollowUpReason.OTHER, 8),
    (FollowUpReason.COMPLAINT, 5),
    (FollowUpReason.WARRANTY, 4),
)
VEHICLE_REASONS = frozenset((
    FollowUpReason.POST_SERVICE,
    FollowUpReason.INSURANCE,
    FollowUpReason.INSPECTION,
    FollowUpReason.PURCHASE_ANNIVERSARY,
    FollowUpReason.WARRANTY,
))
# how a closed follow-up ended; no answer means it lapsed unanswered (cancelled)
FINAL_OUTCOMES = (
    (Outcome.REACHED, 40),
    (Outcome.APPOINTMENT, 22),
    (Outcome.NO_ANSWER, 15),
    (Outcome.NOT_INTERESTED, 13),
    (Outcome.WRONG_NUMBER, 3),
)
OUTCOME_TEXT = {
    Outcome.REACHED: (
        "回访完成，客户满意",
        "已电话沟通，客户表示车辆使用正常",
        "客户说考虑一下，下个月再联系",
        "已告知最新活动，客户表示感谢",
    ),
    Outcome.APPOINTMENT: (
        "约了周六上午到店",
        "约了下周二下午到店",
        "约好本周末到店试驾",
        "约了明天上午，客户要求快速通道",
    ),
    Outcome.NOT_INTERESTED: (
        "客户暂无需求",
        "客户表示不需要，近期不要再打",
        "客户说最近很忙，暂不考虑",
        "客户已在别家办理",
    ),
    Outcome.NO_ANSWER: (
        "未接通",
        "无人接听，明天再打",
        "关机",
        "占线，稍后再打",
        "响铃无人接听，已发短信",
    ),
    Outcome.WRONG_NUMBER: (
        "空号",
        "号码错误，对方不认识客户",
        "号码已停机",
        "接电话的是别人，说打错了",
    ),
}
# what a reached or booked call was about, by reason (else OUTCOME_TEXT)
REASON_TEXT = {
    FollowUpReason.POST_SERVICE: ("保养后回访，客户对服务满意", "维修后回访，车辆没有问题"),
    FollowUpReason.INSURANCE: ("已报续保价格，客户同意在我店续保", "续保报价已微信发送"),
    FollowUpReason.INSPECTION: ("提醒年检，客户自己去办", "年检代办已预约"),
    FollowUpReason.BIRTHDAY: ("电话送上生日祝福，客户很高兴", "生日祝福，顺便提醒保养"),
    FollowUpReason.HOUSEHOLD_BIRTHDAY: ("祝福家人生日快乐",),
    FollowUpReason.WEDDING_ANNIVERSARY: ("结婚纪念日祝福",),
    FollowUpReason.HOLIDAY: ("节日问候", "节日问候，邀请参加车主答谢会"),
    FollowUpReason.PURCHASE_ANNIVERSARY: ("购车周年回访，送保养券一张",),
    FollowUpReason.WARRANTY: ("质保快到期，介绍延保方案",),
    FollowUpReason.LEAD: ("回电报价，客户还在比较", "客户对新款感兴趣，邀约试驾"),
    FollowUpReason.WIN_BACK: ("邀约回厂保养，客户答应考虑",),
    FollowUpReason.COMPLAINT: ("投诉回访，客户对处理结果满意", "投诉回访，已道歉并送保养券"),
}
# why an open follow-up is on the list (its notes; the call sheet shows the last line)
OPEN_NOTES = {
    FollowUpReason.POST_SERVICE: ("保养后三天回访", "维修后回访，更换刹车片"),
    FollowUpReason.INSURANCE: ("车险下月到期，报续保价格", "客户要求再报一次续保价格"),
    FollowUpReason.LEAD: ("客户咨询新款车型，需回电报价", "展厅来访，意向较强，约试驾"),
    FollowUpReason.INSPECTION: ("年检到期，问是否需要代办",),
    FollowUpReason.BIRTHDAY: ("生日问候",),
    FollowUpReason.WIN_BACK: ("两年未到店，邀约回厂保养", "老客户流失，了解原因"),
    FollowUpReason.OTHER: ("客户来电要求回电", "确认发票邮寄地址"),
    FollowUpReason.COMPLAINT: ("客户投诉维修等待时间长，需回访", "投诉处理进度回访"),
    FollowUpReason.WARRANTY: ("质保即将到期，介绍延保",),
}


# ---------------------------------------------------------------- service visits
# (a third random stream: adding them left every other table of a seed as it was, except
# the cards' mileage, which follows the latest visit, and the customers' last visit day)
LAPSED_SHARE = 0.15  # of customers with a car: stopped coming (half at risk, half lost)
SKIP_SHARE = 0.05  # of due maintenances: done elsewhere (no visit)
VISIT_RATES = (  # visits a year besides maintenance; repairs grow with the car's age
    (VisitType.BODYWORK, 0.12),
    (VisitType.WASH, 0.7),
    (VisitType.ACCESSORY, 0.04),
)
WARRANTY_RATE = 0.18
INSPECTION_SHARE = 0.3  # of yearly inspections: done through us
PREMIUM_MAKES = frozenset(("奥迪", "宝马", "奔驰"))
SATISFACTION = ((5, 55), (4, 30), (3, 8), (2, 4), (1, 3))
RATED_SHARE = 0.6
# (description, lowest, highest yuan)
OIL = (("更换机油 5W-30 全合成 4L", 280, 600), ("更换机油 0W-20 全合成 4L", 300, 650))
PREMIUM_OIL = (("更换原厂机油 0W-40 全合成 5L", 550, 900), ("更换原厂机油 5W-30 长效 5L", 500, 850))
OIL_FILTER = ("更换机油滤清器", 40, 120)
MAINTENANCE_EXTRAS = (("更换空气滤清器", 60, 180), ("更换空调滤芯", 60, 160),
                      ("更换刹车油", 150, 300), ("清洗节气门", 100, 200))
MAINTENANCE_LABOUR = ("保养工时", 100, 300)
FIRST_SERVICE_LABOUR = ("首保工时（厂家免费）", 0, 0)
EV_MAINTENANCE = (("三电系统检测", 100, 300), ("更换空调滤芯", 80, 180), ("轮胎换位及动平衡", 80, 160),
                  ("更换刹车油", 200, 350), ("冷却液检测补充", 50, 150))
REPAIR_PARTS = (
    ("更换前刹车片", 400, 900), ("更换后刹车片", 350, 800), ("更换刹车盘", 800, 2000),
    ("更换蓄电池", 500, 1300), ("更换火花塞（4只）", 300, 900), ("更换轮胎（2条）", 1200, 3200),
    ("更换前减震器", 1500, 3800), ("空调系统检修加氟", 300, 800), ("更换空调压缩机", 2500, 5500),
    ("更换水泵", 900, 2200), ("更换节温器", 400, 900), ("四轮定位", 200, 400),
    ("更换正时皮带套件", 1800, 4000), ("发动机故障诊断", 200, 400), ("更换发电机", 2000, 4500),
    ("更换雨刮电机", 500, 1200), ("更换车窗升降器", 600, 1500),
)
REPAIR_LABOUR = ("维修工时", 150, 800)
BODY_PARTS = (
    ("前保险杠喷漆", 800, 1800), ("后保险杠喷漆", 800, 1800), ("左前门钣金喷漆", 1000, 2500),
    ("右前门钣金喷漆", 1000, 2500), ("左后叶子板钣金喷漆", 1200, 2800), ("右后门钣金喷漆", 1000, 2500),
    ("前机盖钣金喷漆", 1200, 3000), ("更换前保险杠总成", 1500, 4500), ("更换左大灯总成", 1500, 6000),
    ("更换右后视镜总成", 600, 2000), ("车顶钣金修复", 1500, 3500),
)
BODY_LABOUR = ("钣金工时", 300, 1200)
WARRANTY_WORK = (
    "质保更换车窗升降器", "质保更换水泵", "质保更换空调压缩机", "质保维修中控屏黑屏", "质保更换节温器",
    "质保更换雨刮电机", "召回：发动机控制软件升级", "质保更换悬挂衬套（异响）", "质保更换油底壳密封垫",
    "质保更换天窗电机",
)
WASHES = (("普通洗车", 30, 50), ("精致洗车", 50, 80))
ACCESSORIES = (
    ("全车隔热膜", 1500, 4500), ("全包围脚垫", 300, 900), ("行车记录仪（前后双录）", 500, 1500),
    ("真皮座套", 800, 2000), ("后备箱垫", 300, 600), ("隐形车衣（前杠）", 1200, 3000),
    ("车载冰箱", 600, 1500), ("倒车雷达", 400, 1000),
)
INSPECTION_WORK = (("年检代办服务费", 200, 400), ("六年免检领标代办", 50, 150))
INSPECTION_CHECK = ("年检前安全检查", 0, 100)
GOOD_COMMENTS = ("服务很好，速度快", "顾问讲解很清楚", "休息区很舒适", "洗车很干净，谢谢", "价格透明，满意",
                 "准时交车")
BAD_COMMENTS = ("等待时间太长", "价格偏高", "问题没有一次修好", "交车时车内不干净", "预约了还要排队",
                "没有提前告知额外费用")
ADVISOR_COMMENTS = ("客户自带机油", "建议下次更换刹车片", "客户要求保留旧件", "已提醒轮胎磨损较大",
                    "客户在休息区等待", "已安排代步车", "下次保养可用保养券")
FLAG_DAYS = 30  # a score of 3 or less this recent is still flagged on the card


def _weighted(pairs):
    values = [v for v, _ in pairs]
    cumulative = []
    total = 0.0
    for _, w in pairs:
        total += w
        cumulative.append(total)
    return values, cumulative


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:  # 29-31 in a shorter month
        return day.replace(year=year, month=month, day=28)


def _next_anniversary(start: date, today: date) -> date:
    """The first anniversary of `start` on or after today (a yearly renewal date)."""
    years = max(1, today.year - start.year)
    while True:
        candidate = _months_later(start, 12 * years)
        if candidate >= today:
            return candidate
        years += 1


class _Generator:
    """All the random choices; one instance per book, driven by one random.Random."""

    def __init__(self, seed: int, today: date):
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, datetime.min.time())
        self.surnames, self.surname_cum = _weighted(SURNAMES)
        self.sources, self.source_cum = _weighted(SOURCES)
        self.kinds, self.kind_cum = _weighted(INTERACTION_KINDS)
        self.channels, self.channel_cum = _weighted(CONSENT_CHANNELS)
        self.colours, self.colour_cum = _weighted(COLOURS)
        self.models, self.model_cum = _weighted([(m, m[6]) for m in CATALOGUE])
        self.ev_models, self.ev_cum = _weighted([(m, m[6]) for m in CATALOGUE if m[4]])
        # given-name characters: the first in each pool are the most popular (a Zipf-like curve)
        self.given = {
            gender: _weighted([(c, 1 / (rank + 2) ** 0.8) for rank, c in enumerate(pool)])
            for gender, pool in ((Gender.MALE, MALE_GIVEN), (Gender.FEMALE, FEMALE_GIVEN))
        }
        self.pinyin: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self.plates: set[str] = set()
        self.vins: set[str] = set()
        self.phones: set[str] = set()
        self.vds: dict[tuple[str, str], str] = {}
        self.plants: dict[str, str] = {}
        self.lunar_ok: dict[tuple[int, int, int, bool], bool] = {}
        # households, dated notes, follow-ups and marks: a stream of their own (module doc)
        self.extra = random.Random(f"guanxi-demo-extra-{seed}")
        self.past_reasons, self.past_reason_cum = _weighted(PAST_REASONS)
        self.open_reasons, self.open_reason_cum = _weighted(OPEN_REASONS)
        self.outcomes, self.outcome_cum = _weighted(FINAL_OUTCOMES)
        self.fortnight = (today - timedelta(days=14), today - timedelta(days=1))
        self.fortnight_solar = solar_keys_in_window(*self.fortnight)
        self.fortnight_lunar = lunar_keys_in_window(*self.fortnight)
        # service visits: a third stream (module doc)
        self.visits = random.Random(f"guanxi-demo-visits-{seed}")
        self.today_ord = today.toordinal()
        at_risk_before, lost_before = lapse_cutoffs(today)
        self.at_risk_window = (lost_before.toordinal() + 3, at_risk_before.toordinal() - 3)
        self.lost_window = (today.toordinal() - 365 * 3, lost_before.toordinal() - 3)
        self.intervals: dict[str, tuple[float, int]] = {}
        self.satisfaction, self.satisfaction_cum = _weighted(SATISFACTION)

    def pick(self, values, cumulative):
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def readings_of(self, name: str, person: bool) -> list[tuple[str, str]]:
        found = self.pinyin.get((name, person))
        if found is None:
            found = self.pinyin[name, person] = name_readings(name, person)
        return found

    # ------------------------------------------------------------ names & contacts
    def person_name(self) -> tuple[str, str]:
        rng = self.rng
        gender = Gender.MALE if rng.random() < 0.55 else Gender.FEMALE
        surname = self.pick(self.surnames, self.surname_cum)
        return surname + self.given_name(rng, gender), gender.value

    def given_name(self, rng: random.Random, gender: Gender) -> str:
        pool, cum = self.given[gender]
        if rng.random() < 0.22:
            return rng.choices(pool, cum_weights=cum)[0]
        first = rng.choice(COMMON_GIVEN) if rng.random() < 0.25 else rng.choices(pool, cum_weights=cum)[0]
        return first + rng.choices(pool, cum_weights=cum)[0]

    def company_name(self) -> str:
        rng = self.rng
        return (
            rng.choice(COMPANY_CITIES)
            + rng.choice(COMPANY_WORDS)
            + rng.choice(COMPANY_TRADES)
            + "有限公司"
        )

    def mobile(self, rng: random.Random | None = None) -> str:
        rng = rng or self.rng
        while True:
            number = "+86" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def birthday(self) -> tuple[str, int | None, int | None, int | None, bool]:
        """(calendar, year, month, day, leap) for ~85% of people, ~25% of them lunar."""
        rng = self.rng
        if rng.random() >= 0.85:
            return "solar", None, None, None, False
        year = rng.randint(1955, min(2003, self.today.year - 18))
        if rng.random() < 0.25:
            month = rng.randint(1, 12)
            leap = False
            leap_month = lunar_calendar.leap_month(year)
            if leap_month and rng.random() < 0.08:
                month, leap = leap_month, True
            day = rng.randint(1, 30)
            if day == 30 and not self._lunar_valid(year, month, day, leap):
                day = 29
            return "lunar", year, month, day, leap
        start = date(year, 1, 1).toordinal()
        day = date.fromordinal(start + rng.randrange(365))
        return "solar", year, day.month, day.day, False

    def _lunar_valid(self, year: int, month: int, day: int, leap: bool) -> bool:
        key = (year, month, day, leap)
        ok = self.lunar_ok.get(key)
        if ok is None:
            try:
                lunar_calendar.to_solar(year, month, day, leap)
                ok = True
            except ValueError:
                ok = False
            self.lunar_ok[key] = ok
        return ok

    def region(self) -> tuple[str, str]:
        """(address, plate prefix such as 京N)."""
        rng = self.rng
        roll = rng.random()
        building = f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}"
        if roll < 0.7:
            district, streets = rng.choice(BEIJING_DISTRICTS)
            return f"北京市{district}{rng.choice(streets)}{building}", "京" + rng.choice(
                BEIJING_PLATE_LETTERS
            )
        if roll < 0.8:
            district, streets = rng.choice(TIANJIN_DISTRICTS)
            return f"天津市{district}{rng.choice(streets)}{building}", "津" + rng.choice(
                TIANJIN_PLATE_LETTERS
            )
        city, district, prefix = rng.choice(HEBEI_CITIES)
        return f"河北省{city}{district}{rng.choice(HEBEI_STREETS)}{building}", prefix

    # ------------------------------------------------------------ vehicles
    def plate(self, prefix: str, new_energy: bool) -> str:
        rng = self.rng
        while True:
            if new_energy:
                body = rng.choice("DF") + rng.choice(PLATE_LETTERS + "0123456789")
                body += f"{rng.randrange(10_000):04d}"
            else:
                roll = rng.random()
                if roll < 0.4:
                    body = f"{rng.randrange(100_000):05d}"
                elif roll < 0.75:
                    body = rng.choice(PLATE_LETTERS) + f"{rng.randrange(10_000):04d}"
                else:
                    body = f"{rng.randrange(1000):03d}" + rng.choice(PLATE_LETTERS) + rng.choice(
                        PLATE_LETTERS
                    )
            plate = f"{prefix}·{body}"
            if plate not in self.plates:
                self.plates.add(plate)
                return plate

    def vin(self, wmi: str, model: str, trim: str, year: int) -> str:
        """WMI, a descriptor fixed per model and trim, check digit, year, plant, serial."""
        rng = self.rng
        vds = self.vds.get((model, trim))
        if vds is None:
            vds = self.vds[(model, trim)] = "".join(rng.choices(VIN_CHARS, k=5))
        plant = self.plants.setdefault(model, rng.choice("0123456789ABC"))
        while True:
            tail = VIN_YEAR.get(year, "L") + plant + f"{rng.randrange(1_000_000):06d}"
            draft = wmi + vds + "0" + tail
            vin = draft[:8] + vin_check_digit(draft) + draft[9:]
            if vin not in self.vins:
                self.vins.add(vin)
                return vin

    def vehicle(
        self, prefix: str, bought: date, new_energy_bias: bool, second_hand: bool
    ) -> tuple[dict, bool]:
        """(vehicles row without id/owner, is new energy) for a car bought on `bought`."""
        rng = self.rng
        if new_energy_bias and rng.random() < 0.5:
            model = self.pick(self.ev_models, self.ev_cum)
        else:
            model = self.pick(self.models, self.model_cum)
        make, name, trims, (low, high), new_energy, wmi, _ = model
        trim = rng.choice(trims)
        roll = rng.random()
        if second_hand:
            purchase_type, year = PurchaseType.USED_HERE, bought.year - rng.randint(1, 5)
        elif roll < 0.75:
            purchase_type, year = PurchaseType.NEW_HERE, bought.year
        elif roll < 0.85:
            purchase_type, year = PurchaseType.USED_HERE, bought.year - rng.randint(1, 6)
        else:
            purchase_type, year = PurchaseType.ELSEWHERE, bought.year - rng.randint(0, 4)
        year = max(year, 2010)
        price = rng.randint(low * 100, high * 100) * 100
        if purchase_type != PurchaseType.NEW_HERE:
            price = int(price * (0.85 ** (bought.year - year + 1)) // 100 * 100)
        age_days = (self.today - bought).days + 365 * (bought.year - year)
        mileage = max(0, int(age_days * rng.uniform(20, 60)))
        insurance = _next_anniversary(bought, self.today)
        if rng.random() < 0.08:  # not renewed (with us, at least)
            insurance = _months_later(insurance, -12)
        inspection = _next_anniversary(date(year, bought.month, min(bought.day, 28)), self.today)
        if rng.random() < 0.05:
            inspection = _months_later(inspection, -12)
        return {
            "make": make,
            "model": name,
            "trim": trim,
            "vin": self.vin(wmi, name, trim, year),
            "plate": self.plate(prefix, new_energy),
            "colour": self.pick(self.colours, self.colour_cum),
            "year": year,
            "purchase_date": bought,
            "purchase_type": purchase_type.value,
            "price_yuan": price,
            "mileage_km": mileage // 100 * 100,
            "insurance_expiry": insurance,
            "inspection_due": inspection,
            "warranty_end": _months_later(date(year, bought.month, min(bought.day, 28)), 36),
            "notes": "",
            "archived_at": None,
            "version": 1,
        }, new_energy

    def moment(self, day: date, rng: random.Random | None = None) -> datetime:
        """A time during opening hours on that day."""
        minutes = (rng or self.rng).randrange(8 * 60 + 30, 20 * 60)
        return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)

    # ------------------------------------------------------------ households & dates
    # (these draw from self.extra)
    def relative_birthday(
        self, year: int, known: float, year_known: float, lunar_share: float
    ) -> tuple[str, int | None, int | None, int | None, bool]:
        """(calendar, year, month, day, leap) of a relative born in `year` (before this year)."""
        rng = self.extra
        if rng.random() >= known:
            return "solar", None, None, None, False
        # lunar only up to two years back: a late lunar month of last year can fall after today
        if rng.random() < lunar_share and year <= self.today.year - 2:
            month, day = rng.randint(1, 12), rng.randint(1, 30)
            if day == 30 and not self._lunar_valid(year, month, day, False):
                day = 29
            calendar = "lunar"
        else:
            born = date.fromordinal(date(year, 1, 1).toordinal() + rng.randrange(365 + isleap(year)))
            month, day, calendar = born.month, born.day, "solar"
        return calendar, year if rng.random() < year_known else None, month, day, False

    def member(
        self, relation: HouseholdRelation, name: str, year: int, *, known: float,
        lunar_share: float, phone_share: float = 0.0, notes: str = "",
    ) -> dict:
        calendar, b_year, b_month, b_day, b_leap = self.relative_birthday(
            year, known, 0.8, lunar_share
        )
        phone = self.mobile(self.extra) if phone_share and self.extra.random() < phone_share else ""
        return {
            "relation": relation.value,
            "name": name,
            "birthday_calendar": calendar,
            "birth_year": b_year,
            "birth_month": b_month,
            "birth_day": b_day,
            "birth_leap": b_leap,
            "phone": phone,
            "notes": notes,
        }

    def married(self, birth_year: int | None, family: str) -> bool:
        if family.startswith("单身"):
            return False
        if family.startswith("已婚") or "爱人" in family or "二宝" in family:
            return True
        if birth_year is None:
            return self.extra.random() < 0.65
        age = self.today.year - birth_year
        return self.extra.random() < (0.85 if age >= 35 else 0.6 if age >= 28 else 0.25)

    def household(self, name: str, gender: str, birth_year: int | None, married: bool) -> list[dict]:
        """1-3 household members: a spouse, children (the father's surname), a parent."""
        rng = self.extra
        this_year = self.today.year
        surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
        own_year = birth_year or rng.randint(1965, 1995)
        children_surname = surname
        members = []
        if married and rng.random() < 0.85:
            spouse_gender = Gender.FEMALE if gender == Gender.MALE.value else Gender.MALE
            spouse_surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
            if spouse_gender == Gender.MALE:
                children_surname = spouse_surname
            year = min(max(own_year + rng.randint(-4, 4), 1930), this_year - 20)
            notes = rng.choice(SPOUSE_NOTES) if rng.random() < 0.3 else ""
            members.append(self.member(
                HouseholdRelation.SPOUSE, spouse_surname + self.given_name(rng, spouse_gender),
                year, known=0.9, lunar_share=0.2, phone_share=0.4, notes=notes,
            ))
        children = 0
        if married or own_year <= this_year - 30:
            children = rng.choices((0, 1, 2), cum_weights=(25, 70, 100))[0]
        for _ in range(children):
            year = min(own_year + rng.randint(23, 36), this_year - 1)
            child_gender = Gender.MALE if rng.random() < 0.52 else Gender.FEMALE
            age = this_year - year
            members.append(self.member(
                HouseholdRelation.CHILD, children_surname + self.given_name(rng, child_gender),
                year, known=0.95, lunar_share=0.1, phone_share=0.5 if age >= 18 else 0.0,
                notes=_school(age),
            ))
        if not members or rng.random() < 0.12:
            father = rng.random() < 0.5
            parent_name = (surname if father else rng.choices(self.surnames, cum_weights=self.surname_cum)[0])
            parent_name += self.given_name(rng, Gender.MALE if father else Gender.FEMALE)
            year = max(own_year - rng.randint(22, 32), 1925)
            notes = rng.choice(PARENT_NOTES) if rng.random() < 0.4 else ""
            members.append(self.member(
                HouseholdRelation.PARENT, parent_name, year, known=0.8, lunar_share=0.5, notes=notes,
            ))
        if len(members) < 3 and rng.random() < 0.04:  # a brother or sister
            sibling, sibling_gender = rng.choice(SIBLINGS)
            year = min(own_year + rng.randint(-8, 8), this_year - 16)
            members.append(self.member(
                HouseholdRelation.OTHER, surname + self.given_name(rng, sibling_gender), year,
                known=0.6, lunar_share=0.2, phone_share=0.5, notes=sibling,
            ))
        return members[:3]

    def wedding(self, birth_year: int | None) -> date | None:
        rng = self.extra
        first, last = max(1978, (birth_year or 1970) + 21), self.today.year - 1
        if first > last:
            return None
        year = rng.randint(first, last)
        roll = rng.random()
        if roll < NEAR_SHARE:  # in the coming month
            near = self.today + timedelta(days=rng.randint(0, 30))
            return solar_on(year, near.month, near.day)
        if roll < 0.35:
            month, day = rng.choice(WEDDING_DAYS)
            return date(year, month, day)
        return date.fromordinal(date(year, 1, 1).toordinal() + rng.randrange(365))

    def custom_date(
        self, is_company: bool, occupation: str, vehicles: list[dict]
    ) -> tuple[str, date, bool]:
        """(title, date, yearly) of a dated note that fits this customer."""
        rng = self.extra
        today = self.today
        recent = [v["purchase_date"] for v in vehicles
                  if today - timedelta(days=365) < v["purchase_date"] < today]
        fits = {
            "any": True,
            "person": not is_company,
            "company": is_company,
            "owner": occupation in OWNER_OCCUPATIONS,
            "vehicle": bool(vehicles),
            "recent_buyer": bool(recent),
        }
        options = [c for c in CUSTOM_DATES if fits[c[1]]]
        title, _, rule, first, last = rng.choice(options)
        if rule == "purchase_plus_year":
            bought = rng.choice(recent)
            return title, solar_on(bought.year + 1, bought.month, bought.day), False
        if rule == "gaokao":
            year = today.year if today < date(today.year, 6, 7) else today.year + 1
            return title, date(year, 6, 7), False
        if rule == "yearly":
            year = rng.randint(1995, today.year - 1)
            return title, date.fromordinal(date(year, 1, 1).toordinal() + rng.randrange(365)), True
        return title, today + timedelta(days=rng.randint(first, last)), False


def _phone_digits(phone: str) -> str:
    """phone_digits() without a parse for the generated mainland mobiles (+861xxxxxxxxxx)."""
    if len(phone) == 14 and phone.startswith("+861"):
        return phone[3:]
    return phone_digits(phone)


def _search_keys(
    name: str, readings: list[tuple[str, str]], phones: tuple[str, ...], **others
) -> str:
    """search_keys(name, phones, **others) with the name's readings at hand (the slow
    part); the tests hold it to search_keys."""
    head = name_keys(name, readings)
    for phone in phones:
        head += phone_search_forms(phone)
    head_text = SEPARATOR.join(p.replace(SEPARATOR, " ") for p in head if p)
    rest = search_keys("", **others)
    if not head_text:
        return rest
    return SEPARATOR + head_text + (rest if rest != SEPARATOR * 2 else SEPARATOR)


def _school(age: int) -> str:
    if age < 3:
        return ""
    if age < 6:
        return "上幼儿园"
    if age < 12:
        return "在读小学"
    if age < 15:
        return "在读初中"
    if age < 18:
        return "在读高中，明年高考" if age == 17 else "在读高中"
    if age < 22:
        return "在读大学"
    return ""


def _days_between(rng: random.Random, start: date, end: date) -> date:
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, max(span, 0)))


def generate_demo(
    path_or_url: str | Path,
    customers: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty book with `customers` demo customers and everything around them.

    Raises BookError("demo_not_empty") if the book already has customers.
    """
    started = time.perf_counter()
    today = today or date.today()
    services = open_book(path_or_url)
    book = services.book
    try:
        with book.reading() as session:
            if session.scalar(select(func.count(Customer.id))):
                raise BookError("demo_not_empty", str(path_or_url))
            next_vehicle = (session.scalar(select(func.max(Vehicle.id))) or 0) + 1
            next_ownership = (session.scalar(select(func.max(VehicleOwnership.id))) or 0) + 1
            next_interaction = (session.scalar(select(func.max(Interaction.id))) or 0) + 1
            next_ids = {
                name: (session.scalar(select(func.max(model.id))) or 0) + 1
                for name, model in (
                    ("next_member", HouseholdMember),
                    ("next_date", ImportantDate),
                    ("next_follow_up", FollowUp),
                    ("next_mark", ReminderMark),
                    ("next_visit", ServiceVisit),
                    ("next_item", VisitItem),
                )
            }
        gen = _Generator(seed, today)
        with book.writing() as session:
            staff = _insert_staff(session, gen)
            tags = _insert_tags(session)
        state = _State(
            staff=staff,
            tags=tags,
            next_vehicle=next_vehicle,
            next_ownership=next_ownership,
            next_interaction=next_interaction,
            **next_ids,
        )
        created = _creation_times(gen, customers)
        state.created = created
        done = 0
        if progress:
            progress(0, customers)
        while done < customers:
            count = min(BATCH, customers - done)
            rows = _batch(gen, state, first_id=done + 1, created=created[done : done + count])
            with book.writing() as session:
                for table, values in rows:
                    for start in range(0, len(values), INSERT_CHUNK):
                        session.execute(insert(table), values[start : start + INSERT_CHUNK])
            done += count
            if progress:
                progress(done, customers)
        # planner statistics: without them SQLite reads `archived_at IS NULL` as selective and
        # walks every customer for a month of reminders (PRAGMA optimize at close does not
        # analyze tables this connection only wrote to)
        with book.writing() as session:
            session.execute(text(
                "UPDATE customers SET last_visit_on = (SELECT max(v.date_in) FROM service_visits v"
                " WHERE v.customer_id = customers.id)"
                " WHERE id IN (SELECT customer_id FROM service_visits)"
            ))
        if state.visits:  # (store_predictions cannot take an empty list)
            store_predictions(book)
        with book.writing() as session:
            # the cars noted as changed while they were written: only the last is kept
            session.execute(text("DELETE FROM vehicle_changes"
                                 " WHERE seq < (SELECT max(seq) FROM vehicle_changes)"))
            session.execute(text("ANALYZE"))
        return DemoSummary(
            customers=customers,
            vehicles=state.vehicles,
            interactions=state.interactions,
            staff=len(staff),
            tags=len(tags),
            seconds=round(time.perf_counter() - started, 2),
            household_members=state.household_members,
            important_dates=state.important_dates,
            follow_ups=state.follow_ups,
            reminder_marks=state.reminder_marks,
            visits=state.visits,
            visit_items=state.visit_items,
        )
    finally:
        services.close()


@dataclass
class _State:
    staff: list[tuple[int, str]]  # (id, role)
    tags: dict[str, int]
    next_vehicle: int
    next_ownership: int
    next_interaction: int
    next_member: int = 1
    next_date: int = 1
    next_follow_up: int = 1
    next_mark: int = 1
    vehicles: int = 0
    interactions: int = 0
    household_members: int = 0
    important_dates: int = 0
    follow_ups: int = 0
    reminder_marks: int = 0
    next_visit: int = 1
    next_item: int = 1
    visits: int = 0
    visit_items: int = 0
    created: list[datetime] = field(default_factory=list)  # by customer id - 1
    lapse_stop: dict[int, int] = field(default_factory=dict)  # lapsed customer -> last visit ordinal


@dataclass
class _Rows:
    """One batch's rows for the tables the reminders feed on."""

    interactions: list[dict]
    follow_ups: list[dict]
    household: list[dict]
    dates: list[dict]
    marks: list[dict]


@dataclass
class _Card:
    """What the follow-ups of one customer need to know about the customer."""

    id: int
    created_at: datetime
    advisor_id: int | None
    vehicles: list[dict]
    birthday: tuple[str, int | None, int | None, int | None, bool]
    key_account: bool
    household: bool
    wedding: bool


def _insert_staff(session, gen: _Generator) -> list[tuple[int, str]]:
    joined = gen.now - timedelta(days=365 * YEARS_OF_HISTORY + 30)
    result = []
    for name, role, active in STAFF:
        row = Staff(name=name, role=role.value, active=active, created_at=joined)
        session.add(row)
        session.flush()
        result.append((row.id, role.value))
    return result


def _insert_tags(session) -> dict[str, int]:
    existing = {name: tag_id for name, tag_id in session.execute(select(Tag.name, Tag.id))}
    for name in TAGS:
        if name not in existing:
            row = Tag(name=name)
            session.add(row)
            session.flush()
            existing[name] = row.id
    return {name: existing[name] for name in TAGS}


def _creation_times(gen: _Generator, customers: int) -> list[datetime]:
    """When each customer was entered, oldest first (ids follow time)."""
    rng = gen.rng
    first = gen.today - timedelta(days=365 * YEARS_OF_HISTORY)
    span = (gen.today - first).days
    # a growing business: more new customers in later years
    days = sorted(int(span * (rng.random() ** 0.8)) for _ in range(customers))
    return [gen.moment(first + timedelta(days=d)) for d in days]


def _interaction(state: _State, card: _Card, follow_up: dict, when: datetime, outcome: Outcome,
                 summary: str) -> dict:
    row = {
        "id": state.next_interaction,
        "customer_id": card.id,
        "vehicle_id": follow_up["vehicle_id"],
        "staff_id": follow_up["advisor_id"],
        "kind": InteractionKind.CALL.value,
        "summary": summary,
        "occurred_at": when,
        "follow_up_id": follow_up["id"],
        "outcome": outcome.value,
        "created_at": when,
    }
    state.next_interaction += 1
    state.interactions += 1
    return row


def _follow_up_row(state: _State, card: _Card, reason: FollowUpReason, vehicle: dict | None,
                   advisor_id: int | None, due: date) -> dict:
    row = {
        "id": state.next_follow_up,
        "customer_id": card.id,
        "vehicle_id": vehicle["id"] if vehicle else None,
        "reason": reason.value,
        "due_date": due,
        "advisor_id": advisor_id,
        "status": FollowUpStatus.OPEN.value,
        "outcome": None,
        "notes": "",
        "attempts": 0,
        "expires_on": due + timedelta(days=NO_ANSWER_EXPIRY_DAYS),
        "snoozed_until": None,
        "reminder_kind": None,
        "occurs_on": None,
        "created_at": None,
        "updated_at": None,
        "closed_at": None,
        "version": 1,
    }
    state.next_follow_up += 1
    state.follow_ups += 1
    return row


def _mark(state: _State, card: _Card, key: tuple[str, int, date], reminder_state: ReminderState,
          staff_id: int | None, when: datetime, follow_up_id: int | None = None) -> dict:
    row = {
        "id": state.next_mark,
        "kind": key[0],
        "source_id": key[1],
        "occurs_on": key[2],
        "customer_id": card.id,
        "state": reminder_state.value,
        "snoozed_until": None,
        "follow_up_id": follow_up_id,
        "staff_id": staff_id,
        "created_at": when,
    }
    state.next_mark += 1
    state.reminder_marks += 1
    return row


def _birthdays_in(birthday, start: date, end: date) -> list[date]:
    calendar, _, month, day, leap = birthday
    if month is None or start > end:
        return []
    if calendar == "lunar":
        return lunar_occurrences(month, day, leap, start, end)
    return solar_occurrences(month, day, start, end)


def _past_follow_ups(gen: _Generator, state: _State, card: _Card, advisors: list[int],
                     service: list[int], used: set, rows: _Rows) -> bool:
    """1-3 closed follow-ups in the past year, each call on the timeline; True if one
    ended on a wrong number."""
    rng = gen.extra
    today = gen.today
    first = max(card.created_at.date() + timedelta(days=1), today - timedelta(days=365))
    wrong = False
    for _ in range(rng.choices((1, 2, 3), cum_weights=(60, 88, 100))[0]):
        reason = rng.choices(gen.past_reasons, cum_weights=gen.past_reason_cum)[0]
        outcome = rng.choices(gen.outcomes, cum_weights=gen.outcome_cum)[0]
        if outcome == Outcome.NO_ANSWER:  # tried a few times, then it lapsed
            attempts = rng.randint(2, 4)
            offsets = [0, *sorted(rng.sample(range(1, NO_ANSWER_EXPIRY_DAYS), attempts - 2)),
                       NO_ANSWER_EXPIRY_DAYS]
        else:
            attempts = rng.choices((1, 2, 3, 4), cum_weights=(70, 88, 96, 100))[0]
            offsets = [0, *sorted(rng.sample(range(1, 8), attempts - 1))]
        last_due = today - timedelta(days=1 + offsets[-1])
        if last_due < first:
            continue
        vehicle = rng.choice(card.vehicles) if card.vehicles and reason in VEHICLE_REASONS else None
        earliest = first
        if vehicle is not None:
            earliest = max(first, vehicle["purchase_date"] + timedelta(days=1))
        if (
            (reason in VEHICLE_REASONS and (vehicle is None or earliest > last_due))
            or (reason == FollowUpReason.BIRTHDAY and card.birthday[2] is None)
            or (reason == FollowUpReason.HOUSEHOLD_BIRTHDAY and not card.household)
            or (reason == FollowUpReason.WEDDING_ANNIVERSARY and not card.wedding)
            or (reason == FollowUpReason.HOLIDAY and not card.key_account)
        ):
            reason, vehicle, earliest = FollowUpReason.OTHER, None, first
        # a reminder acted on: the follow-up is due a few days before the date
        key = due = None
        if reason == FollowUpReason.BIRTHDAY:
            found = _birthdays_in(card.birthday, first, last_due + timedelta(days=3))
            if found:
                key = (ReminderKind.BIRTHDAY.value, card.id, found[-1])
        elif reason in (FollowUpReason.INSURANCE, FollowUpReason.INSPECTION):
            renewal = vehicle["insurance_expiry" if reason == FollowUpReason.INSURANCE else "inspection_due"]
            if renewal >= today:
                renewal = _months_later(renewal, -12)
            key = (reason.value, vehicle["id"], renewal)
        if key is not None:
            lead = DEFAULT_LEAD_DAYS[ReminderKind(key[0])]
            due = key[2] - timedelta(days=rng.randint(0, lead))
            if not earliest <= due <= last_due or key in used:
                key = due = None
        if due is None:
            if reason == FollowUpReason.BIRTHDAY:
                reason = FollowUpReason.OTHER
            due = _days_between(rng, earliest, last_due)
        if card.advisor_id is not None and not (reason == FollowUpReason.POST_SERVICE and rng.random() < 0.5):
            advisor_id = card.advisor_id
        else:
            advisor_id = rng.choice(service if reason == FollowUpReason.POST_SERVICE else advisors)
        row = _follow_up_row(state, card, reason, vehicle, advisor_id, due)
        notes = []
        when = None
        for number, offset in enumerate(offsets, 1):
            day = due + timedelta(days=offset)
            when = gen.moment(day, rng)
            said = outcome if number == attempts else Outcome.NO_ANSWER
            if said in (Outcome.REACHED, Outcome.APPOINTMENT) and reason in REASON_TEXT and rng.random() < 0.6:
                summary = rng.choice(REASON_TEXT[reason])
            else:
                summary = rng.choice(OUTCOME_TEXT[said])
            notes.append(summary)
            rows.interactions.append(_interaction(state, card, row, when, said, summary))
        created = gen.moment(due - timedelta(days=rng.randint(0, 7)), rng)
        first_call = rows.interactions[-attempts]["occurred_at"]
        row.update(
            due_date=due + timedelta(days=offsets[-2] + 1) if attempts > 1 else due,
            status=(FollowUpStatus.CANCELLED if outcome == Outcome.NO_ANSWER else FollowUpStatus.DONE).value,
            outcome=outcome.value,
            notes="\n".join(notes),
            attempts=attempts,
            reminder_kind=key[0] if key else None,
            occurs_on=key[2] if key else None,
            created_at=min(max(created, card.created_at), first_call),
            updated_at=when,
            closed_at=when,
            version=1 + attempts,
        )
        rows.follow_ups.append(row)
        if key is not None:
            used.add(key)
            rows.marks.append(_mark(state, card, key, ReminderState.FOLLOW_UP, None,
                                    row["created_at"], follow_up_id=row["id"]))
        wrong = wrong or outcome == Outcome.WRONG_NUMBER
    return wrong


def _open_follow_up(gen: _Generator, state: _State, card: _Card, rows: _Rows) -> None:
    """An open follow-up due within a week either way, on the customer's advisor's list."""
    rng = gen.extra
    today = gen.today
    reason = rng.choices(gen.open_reasons, cum_weights=gen.open_reason_cum)[0]
    vehicle = rng.choice(card.vehicles) if card.vehicles and reason in VEHICLE_REASONS else None
    if (reason in VEHICLE_REASONS and vehicle is None) or (
        reason == FollowUpReason.BIRTHDAY and card.birthday[2] is None
    ):
        reason = FollowUpReason.OTHER
    due = today + timedelta(days=rng.randint(-7, 7))
    created_day = min(due, today) - timedelta(days=rng.randint(0, 10))
    created = max(card.created_at, gen.moment(created_day, rng))
    row = _follow_up_row(state, card, reason, vehicle, card.advisor_id, due)
    notes = [rng.choice(OPEN_NOTES[reason])]
    updated = created
    version = 1
    tried = due - timedelta(days=1)
    if due <= today and rng.random() < 0.3 and tried >= created.date():
        # called once, no answer: it came back the next day
        when = max(created, gen.moment(tried, rng))
        summary = rng.choice(OUTCOME_TEXT[Outcome.NO_ANSWER])
        notes.append(summary)
        rows.interactions.append(_interaction(state, card, row, when, Outcome.NO_ANSWER, summary))
        row.update(attempts=1, outcome=Outcome.NO_ANSWER.value,
                   expires_on=tried + timedelta(days=NO_ANSWER_EXPIRY_DAYS))
        updated = when
        version += 1
    if rng.random() < 0.2:
        row.update(status=FollowUpStatus.SNOOZED.value,
                   snoozed_until=max(due + timedelta(days=1), today + timedelta(days=rng.randint(-2, 4))))
        version += 1
    row.update(notes="\n".join(notes), created_at=created, updated_at=updated, version=version)
    rows.follow_ups.append(row)


def _fortnight_marks(gen: _Generator, state: _State, card: _Card, used: set, rows: _Rows) -> None:
    """Birthdays of the past two weeks that the advisor marked done or dismissed."""
    calendar, _, month, day, _ = card.birthday
    if month is None:
        return
    keys = gen.fortnight_lunar if calendar == "lunar" else gen.fortnight_solar
    if (month, day) not in keys:
        return
    rng = gen.extra
    for when in _birthdays_in(card.birthday, *gen.fortnight):
        key = (ReminderKind.BIRTHDAY.value, card.id, when)
        if key in used or rng.random() >= MARK_SHARE:
            continue
        reminder_state = ReminderState.DONE if rng.random() < 0.75 else ReminderState.DISMISSED
        marked = _days_between(rng, when - timedelta(days=3), min(when + timedelta(days=1),
                                                                   gen.today - timedelta(days=1)))
        at = max(card.created_at, gen.moment(marked, rng))
        used.add(key)
        rows.marks.append(_mark(state, card, key, reminder_state, card.advisor_id, at))


def _extras(gen: _Generator, state: _State, card: _Card, advisors: list[int], service: list[int],
            rows: _Rows) -> bool:
    """Follow-ups and reminder marks of one customer; True if a call hit a wrong number."""
    rng = gen.extra
    used: set[tuple[str, int, date]] = set()
    wrong = False
    if rng.random() < FOLLOW_UP_SHARE:
        wrong = _past_follow_ups(gen, state, card, advisors, service, used, rows)
    if card.advisor_id is not None and rng.random() < OPEN_FOLLOW_UP_SHARE:
        _open_follow_up(gen, state, card, rows)
    _fortnight_marks(gen, state, card, used, rows)
    return wrong


def _batch(gen: _Generator, state: _State, first_id: int, created: list[datetime]):
    """Rows for customers first_id.. (one per creation time), as (table, dicts) in insert order."""
    rng = gen.rng
    today = gen.today
    advisors = [sid for sid, role in state.staff if role == StaffRole.ADVISOR.value]
    service = [sid for sid, role in state.staff if role == StaffRole.SERVICE_ADVISOR.value]
    everyone = [sid for sid, _ in state.staff]
    contact_start = today - timedelta(days=CONTACT_WINDOW_DAYS)
    customers: list[dict] = []
    vehicles: list[dict] = []
    ownerships: list[dict] = []
    interactions: list[dict] = []
    customer_tags: list[dict] = []
    search: list[dict] = []
    visits: list[dict] = []
    items: list[dict] = []
    previous: dict[int, tuple[int, date]] = {}  # second-hand vehicle -> (earlier owner, since)
    rows = _Rows(interactions=interactions, follow_ups=[], household=[], dates=[], marks=[])

    for offset, created_at in enumerate(created):
        cid = first_id + offset
        is_company = rng.random() < 0.03
        address, plate_prefix = gen.region()
        if is_company:
            name, gender = gen.company_name(), ""
            kind = CustomerKind.COMPANY.value
            calendar, b_year, b_month, b_day, b_leap = "solar", None, None, None, False
            occupation, employer, hobbies, family = "", "", "", ""
            source = CustomerSource.FLEET.value if rng.random() < 0.7 else CustomerSource.PHONE.value
        else:
            name, gender = gen.person_name()
            kind = CustomerKind.PERSON.value
            calendar, b_year, b_month, b_day, b_leap = gen.birthday()
            occupation = rng.choice(OCCUPATIONS) if rng.random() < 0.7 else ""
            employer = rng.choice(EMPLOYERS) if occupation and rng.random() < 0.6 else ""
            hobbies = "、".join(rng.sample(HOBBIES, rng.randint(1, 3))) if rng.random() < 0.5 else ""
            family = rng.choice(FAMILY_NOTES) if rng.random() < 0.3 else ""
            source = gen.pick(gen.sources, gen.source_cum).value
        readings = gen.readings_of(name, kind == CustomerKind.PERSON.value)
        full, initials = readings[0] if readings else ("", "")
        phone = gen.mobile()
        phone_alt = gen.mobile() if rng.random() < 0.1 else ""
        roll = rng.random()
        if roll < 0.35:
            wechat = f"wxid_{rng.randrange(36**10):010x}"[:15]
        elif roll < 0.55:
            wechat = f"{full[:12]}{rng.randint(1, 9999)}"
        else:
            wechat = ""
        email = (
            f"{full[:12] or 'user'}{rng.randint(1, 999)}@{rng.choice(EMAIL_DOMAINS)}"
            if rng.random() < 0.15
            else ""
        )
        referred_by = None
        if source == CustomerSource.REFERRAL.value and cid > 1 and rng.random() < 0.8:
            referred_by = rng.randint(max(1, cid - 20_000), cid - 1)
        consent = rng.random() < 0.6
        created_day = created_at.date()
        consent_date = _days_between(rng, created_day, today) if consent else None
        consent_channel = gen.pick(gen.channels, gen.channel_cum).value if consent else ""
        key_account = rng.random() < (0.3 if is_company else 0.015)

        # vehicles: ~1.5 per customer on average; fleets have several
        if is_company:
            owned = rng.randint(2, 9)
        else:
            owned = rng.choices((0, 1, 2, 3, 4), cum_weights=(8, 63, 90, 98, 100))[0]
        own_vehicles: list[dict] = []
        any_new_energy = False
        ev_bias = rng.random() < 0.15
        for _ in range(owned):
            if rng.random() < 0.7:  # bought after they became our customer
                bought = _days_between(rng, created_day, today - timedelta(days=1))
            else:
                bought = created_day - timedelta(days=rng.randint(0, 365 * 4))
            # ~2% came to them from an earlier customer of ours
            second_hand = cid > 1 and rng.random() < 0.02
            vehicle, new_energy = gen.vehicle(plate_prefix, bought, ev_bias, second_hand)
            any_new_energy = any_new_energy or new_energy
            vid = state.next_vehicle
            state.next_vehicle += 1
            entered = max(created_at, gen.moment(bought))
            vehicle.update(id=vid, owner_id=cid, created_at=entered, updated_at=entered)
            if _PURCHASE_MD:
                vehicle["purchase_md"] = bought.month * 100 + bought.day
            own_vehicles.append(vehicle)
            if second_hand:
                first_owned = date(vehicle["year"], rng.randint(1, 12), rng.randint(1, 28))
                first_owned = min(first_owned, bought - timedelta(days=90))
                ownerships.append(
                    {
                        "id": state.next_ownership,
                        "vehicle_id": vid,
                        "customer_id": rng.randint(max(1, cid - 50_000), cid - 1),
                        "start_date": first_owned,
                        "end_date": bought,
                    }
                )
                previous[vid] = (ownerships[-1]["customer_id"], first_owned)
                state.next_ownership += 1
            ownerships.append(
                {
                    "id": state.next_ownership,
                    "vehicle_id": vid,
                    "customer_id": cid,
                    "start_date": bought,
                    "end_date": None,
                }
            )
            state.next_ownership += 1

        # timeline: 2-5 entries on average, within the last two years
        entries = rng.choices(range(9), cum_weights=(4, 12, 28, 48, 66, 80, 90, 96, 100))[0]
        first_contact = max(created_day, contact_start)
        last_contact = None
        for _ in range(entries):
            kind_ = gen.pick(gen.kinds, gen.kind_cum)
            when = gen.moment(_days_between(rng, first_contact, today - timedelta(days=1)))
            vehicle_id = None
            if own_vehicles and kind_ in (InteractionKind.VISIT, InteractionKind.CALL) and rng.random() < 0.5:
                vehicle_id = rng.choice(own_vehicles)["id"]
                staff_id = rng.choice(service)
            else:
                staff_id = rng.choice(advisors) if rng.random() < 0.85 else rng.choice(everyone)
            interactions.append(
                {
                    "id": state.next_interaction,
                    "customer_id": cid,
                    "vehicle_id": vehicle_id,
                    "staff_id": staff_id,
                    "kind": kind_.value,
                    "summary": rng.choice(INTERACTION_TEXT[kind_]),
                    "occurred_at": when,
                    "follow_up_id": None,
                    "outcome": None,
                    "created_at": when,
                }
            )
            state.next_interaction += 1
            if last_contact is None or when > last_contact:
                last_contact = when
        state.interactions += entries

        # tags for ~40%
        chosen: set[str] = set()
        if is_company:
            chosen.update(("车队", "企业客户"))
        if any_new_energy and rng.random() < 0.5:
            chosen.add("新能源车主")
        if referred_by is not None and rng.random() < 0.5:
            chosen.add("转介绍")
        if key_account:
            chosen.add("VIP")
        if rng.random() < 0.22:
            chosen.update(rng.sample(TAGS, rng.randint(1, 2)))
        customer_tags.extend({"customer_id": cid, "tag_id": state.tags[t]} for t in sorted(chosen))

        row = {
            "id": cid,
            "kind": kind,
            "name": name,
            "name_pinyin": full,
            "name_initials": initials,
            "phone": phone,
            "phone_digits": _phone_digits(phone),
            "phone_alt": phone_alt,
            "phone_wrong": rng.random() < 0.01,
            "wechat": wechat,
            "email": email,
            "gender": gender,
            "birthday_calendar": calendar,
            "birth_year": b_year,
            "birth_month": b_month,
            "birth_day": b_day,
            "birth_leap": b_leap,
            "occupation": occupation,
            "employer": employer,
            "hobbies": hobbies,
            "family_notes": family,
            "address": address,
            "source": source,
            "referred_by_id": referred_by,
            "advisor_id": rng.choice(advisors) if rng.random() < 0.9 else None,
            "notes": rng.choice(NOTES) if rng.random() < 0.1 else "",
            "marketing_consent": consent,
            "marketing_consent_date": consent_date,
            "marketing_consent_channel": consent_channel,
            "key_account": key_account,
            "last_contact_at": last_contact,
            "created_at": created_at,
            "updated_at": max(created_at, last_contact or created_at),
            "archived_at": None,
            "version": 1,
        }
        customers.append(row)

        # household, important dates, follow-ups, marks: from the second stream
        x = gen.extra
        household: list[dict] = []
        married = False
        if not is_company:
            married = gen.married(b_year, family)
            if x.random() < HOUSEHOLD_SHARE:
                household = gen.household(name, gender, b_year, married)
        for member in household:
            member.update(id=state.next_member, customer_id=cid)
            state.next_member += 1
        rows.household.extend(household)
        dated = []
        if married and x.random() < WEDDING_SHARE:
            wedding = gen.wedding(b_year)
            if wedding is not None:
                dated.append((ReminderKind.WEDDING_ANNIVERSARY.value, "", wedding, True))
        if x.random() < CUSTOM_SHARE:
            for _ in range(x.choices((1, 2), cum_weights=(70, 100))[0]):
                title, on_date, yearly = gen.custom_date(is_company, occupation, own_vehicles)
                dated.append((ReminderKind.CUSTOM.value, title, on_date, yearly))
        for kind_value, title, on_date, yearly in dated:
            rows.dates.append({"id": state.next_date, "customer_id": cid, "kind": kind_value,
                               "title": title, "on_date": on_date, "yearly": yearly})
            state.next_date += 1
        state.household_members += len(household)
        state.important_dates += len(dated)
        card = _Card(
            id=cid, created_at=created_at, advisor_id=row["advisor_id"], vehicles=own_vehicles,
            birthday=(calendar, b_year, b_month, b_day, b_leap), key_account=key_account,
            household=bool(household), wedding=bool(dated and dated[0][0] != "custom"),
        )
        calls_from = len(interactions)
        if _extras(gen, state, card, advisors, service, rows):
            row["phone_wrong"] = True
        for entry in interactions[calls_from:]:
            if last_contact is None or entry["occurred_at"] > last_contact:
                last_contact = entry["occurred_at"]
        if last_contact is not None:
            row["last_contact_at"] = last_contact
            row["updated_at"] = max(row["updated_at"], last_contact)
        # service visits: from the third stream; they set the cards' mileage
        row["satisfaction_flag"] = _service_visits(
            gen, state, cid, created_day, own_vehicles, previous, service or everyone, visits, items
        )
        vehicles.extend(own_vehicles)
        state.vehicles += len(own_vehicles)
        search.append(
            {
                "customer_id": cid,
                "keys": _search_keys(
                    name,
                    readings,
                    phones=(phone, phone_alt),
                    plates=[v["plate"] for v in own_vehicles],
                    vins=[v["vin"] for v in own_vehicles],
                    extra=(wechat,),
                ),
            }
        )

    # Core tables, not the mapped classes: one executemany per table, whatever the NULLs.
    return (
        (Customer.__table__, customers),
        (Vehicle.__table__, vehicles),
        (VehicleOwnership.__table__, ownerships),
        (FollowUp.__table__, rows.follow_ups),
        (Interaction.__table__, interactions),
        (CustomerTag.__table__, customer_tags),
        (CustomerSearch.__table__, search),
        (HouseholdMember.__table__, rows.household),
        (ImportantDate.__table__, rows.dates),
        (ReminderMark.__table__, rows.marks),
        (ServiceVisit.__table__, visits),
        (VisitItem.__table__, items),
    )


# ---------------------------------------------------------------- service visits
def _service_visits(gen: _Generator, state: _State, cid: int, since: date, vehicles: list[dict],
                    previous: dict[int, tuple[int, date]], advisors: list[int], visits: list[dict],
                    items: list[dict]) -> bool:
    """The service visits of one customer's cars, from purchase (or the day they became our
    customer) to today; an earlier owner's visits on a second-hand car go to that owner. A
    lapsed customer stops coming 6-12 months (at risk) or over 12 months (lost) ago. Each car's
    card takes the mileage of its latest visit. True if a recent score of 3 or less flags the
    card."""
    if not vehicles:
        return False
    rng = gen.visits
    today = gen.today_ord
    since_o = since.toordinal()
    starts = [max(v["purchase_date"].toordinal(), since_o) for v in vehicles]
    stop = today
    lapse_from = None
    roll = rng.random()
    if roll < LAPSED_SHARE:
        windows = (gen.at_risk_window, gen.lost_window)
        if roll >= LAPSED_SHARE / 2:
            windows = windows[::-1]
        earliest = min(starts)
        for low, high in windows:
            if max(low, earliest) <= high:
                stop = rng.randint(max(low, earliest), high)
                lapse_from = low
                state.lapse_stop[cid] = stop
                break
    favourite = rng.choice(advisors)
    plans = []
    for vehicle, start in zip(vehicles, starts, strict=True):
        segments = [(cid, start, stop)]
        earlier = previous.get(vehicle["id"])
        if earlier is not None:
            owner, owned = earlier
            first = max(owned.toordinal(), state.created[owner - 1].toordinal())
            last = min(vehicle["purchase_date"].toordinal() - 1, state.lapse_stop.get(owner, today))
            if first <= last:
                segments.insert(0, (owner, first, last))
        plans.append(_vehicle_plan(gen, vehicle, segments, earlier))
    if lapse_from is not None:
        last_seen = max((day for plan in plans for day, _, owner in plan[3] if owner == cid), default=0)
        if last_seen < lapse_from:  # the visit they stayed away after
            candidates = [i for i, start in enumerate(starts) if start <= stop]
            chosen = max(candidates, key=lambda i: (plans[i][3][-1][0] if plans[i][3] else 0, -i))
            plans[chosen][3].append((stop, VisitType.MAINTENANCE, cid))
    flag = False
    flag_from = today - FLAG_DAYS
    service = VisitType.MAINTENANCE
    for vehicle, (daily, day_before, km, events) in zip(vehicles, plans, strict=True):
        if not events:
            continue
        make = vehicle["make"]
        premium = make in PREMIUM_MAKES
        electric = make == "特斯拉" or "EV" in vehicle["trim"]
        free_first = vehicle["purchase_type"] == PurchaseType.NEW_HERE.value
        origin = day_before
        back_on = 0
        for day, kind, owner in events:
            if day < back_on:  # still in the workshop
                continue
            km += int((day - day_before) * daily * rng.uniform(0.8, 1.2))
            day_before = day
            if kind is VisitType.REPAIR:
                out = day + (0 if rng.random() < 0.4 else rng.randint(1, 3))
            elif kind is VisitType.BODYWORK:
                out = day + rng.randint(1, 3)
            else:
                out = day
            back_on = out
            free = free_first and kind is service and owner == cid
            if kind is service:
                free_first = False
            work = _work(rng, kind, premium, electric, free, (day - origin) / 365)
            score = None
            if rng.random() < RATED_SHARE:
                score = rng.choices(gen.satisfaction, cum_weights=gen.satisfaction_cum)[0]
            comment = ""
            roll = rng.random()
            if score is not None and score <= 3:
                if roll < 0.7:
                    comment = rng.choice(BAD_COMMENTS)
                if owner == cid and day >= flag_from:
                    flag = True
            elif score is not None and roll < 0.2:
                comment = rng.choice(GOOD_COMMENTS)
            elif roll < 0.08:
                comment = rng.choice(ADVISOR_COMMENTS)
            vid = state.next_visit
            state.next_visit += 1
            total = 0
            for description, amount in work:
                items.append({"id": state.next_item, "visit_id": vid, "description": description,
                              "amount_fen": amount})
                state.next_item += 1
                total += amount
            state.visit_items += len(work)
            visits.append({
                "id": vid,
                "vehicle_id": vehicle["id"],
                "customer_id": owner,
                "date_in": date.fromordinal(day),
                "date_out": date.fromordinal(out) if out <= today else None,  # else still in
                "visit_type": kind.value,
                "mileage_km": km,
                "total_fen": total,
                "service_advisor_id": favourite if rng.random() < 0.7 else rng.choice(advisors),
                "satisfaction": score,
                "comments": comment,
                "created_at": datetime.fromordinal(day) + timedelta(minutes=rng.randrange(510, 1080)),
                "version": 1,
            })
            state.visits += 1
        vehicle["mileage_km"] = km
    return flag


def _vehicle_plan(gen: _Generator, vehicle: dict, segments: list[tuple[int, int, int]],
                  earlier: tuple[int, date] | None) -> tuple[float, int, int, list]:
    """(km a day, odometer origin day, km then, [(day, visit type, customer)] in date order)
    for one car; segments are (customer, first day, last day) ordinals of its owners with us."""
    rng = gen.visits
    daily = rng.uniform(20, 80)
    bought = vehicle["purchase_date"]
    bought_o = bought.toordinal()
    if vehicle["purchase_type"] == PurchaseType.NEW_HERE.value:
        origin = bought_o
    else:  # registered in its model year
        origin = date(vehicle["year"], bought.month, min(bought.day, 28)).toordinal()
        if earlier is not None:
            origin = min(origin, earlier[1].toordinal())
    origin = min(origin, bought_o)
    km0 = rng.randint(5, 50)
    first, last = segments[0][1], segments[-1][2]
    if first > last:
        return daily, origin, km0, []
    make = vehicle["make"]
    interval = gen.intervals.get(make)
    if interval is None:
        found = interval_for(make)
        interval = gen.intervals[make] = (found.months * 30.44, found.km)
    cycle = int(min(interval[0], interval[1] / daily))
    events: dict[int, VisitType] = {}
    # maintenance: every interval (months or km, whichever first), a little early or late
    t = first if first == bought_o else first - rng.randint(0, cycle)
    while True:
        t += max(30, cycle + rng.randint(-15, 30))
        if t > last:
            break
        if t >= first and rng.random() >= SKIP_SHARE:
            events[t] = VisitType.MAINTENANCE
    age = (first - origin) / 365
    _poisson_days(rng, events, VisitType.REPAIR, min(0.25 + 0.07 * age, 0.6), first, last)
    for kind, rate in VISIT_RATES:
        _poisson_days(rng, events, kind, rate, first, last)
    warranty_end = vehicle["warranty_end"].toordinal()
    _poisson_days(rng, events, VisitType.WARRANTY, WARRANTY_RATE, first, min(last, warranty_end - 1))
    due = vehicle["inspection_due"]
    for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 2):
        day = date(year, due.month, min(due.day, 28)).toordinal() - rng.randint(0, 30)
        if first <= day <= last and rng.random() < INSPECTION_SHARE:
            events.setdefault(day, VisitType.INSPECTION)
    if vehicle["purchase_type"] != PurchaseType.ELSEWHERE.value and rng.random() < 0.3:
        day = bought_o + rng.randint(1, 45)  # accessories soon after buying here
        if first <= day <= last:
            events.setdefault(day, VisitType.ACCESSORY)
    plan = []
    for day in sorted(events):
        for owner, low, high in segments:
            if low <= day <= high:
                plan.append((day, events[day], owner))
                break
    return daily, origin, km0, plan


def _poisson_days(rng: random.Random, events: dict, kind: VisitType, per_year: float,
                  first: int, last: int) -> None:
    """Days of a visit kind at random, per_year a year on average, between first and last."""
    if per_year <= 0 or first > last:
        return
    scale = 365.0 / per_year
    t = first + rng.expovariate(1.0) * scale
    while t <= last:
        events.setdefault(int(t), kind)
        t += rng.expovariate(1.0) * scale


def _price(rng: random.Random, item: tuple[str, int, int]) -> tuple[str, int]:
    """(description, fen): whole tens of yuan from 200 up, whole yuan below."""
    description, low, high = item
    if high >= 200:
        return description, rng.randint(low // 10, high // 10) * 1000
    return description, rng.randint(low, high) * 100


def _work(rng: random.Random, kind: VisitType, premium: bool, electric: bool, free_labour: bool,
          age_years: float) -> list[tuple[str, int]]:
    """1-4 lines of work for a visit, amounts in fen."""
    if kind is VisitType.MAINTENANCE:
        labour = _price(rng, FIRST_SERVICE_LABOUR if free_labour else MAINTENANCE_LABOUR)
        if electric:
            return [_price(rng, item) for item in rng.sample(EV_MAINTENANCE, rng.randint(1, 3))] + [labour]
        work = [_price(rng, rng.choice(PREMIUM_OIL if premium else OIL)), _price(rng, OIL_FILTER)]
        if rng.random() < 0.5:
            work.append(_price(rng, rng.choice(MAINTENANCE_EXTRAS)))
        return [*work, labour]
    if kind is VisitType.WASH:
        return [_price(rng, rng.choice(WASHES))]
    if kind is VisitType.WARRANTY:
        return [(what, 0) for what in rng.sample(WARRANTY_WORK, rng.choices((1, 2), cum_weights=(75, 100))[0])]
    if kind is VisitType.INSPECTION:
        work = [_price(rng, INSPECTION_WORK[0 if age_years >= 6 else 1])]
        if rng.random() < 0.4:
            work.append(_price(rng, INSPECTION_CHECK))
        return work
    if kind is VisitType.ACCESSORY:
        work = [_price(rng, item) for item in rng.sample(ACCESSORIES, rng.choices((1, 2), cum_weights=(65, 100))[0])]
        if sum(a for _, a in work) > 500_000:
            work.pop()
        return work
    repair = kind is VisitType.REPAIR
    parts, labour_item, low, high = (
        (REPAIR_PARTS, REPAIR_LABOUR, 500, 8000) if repair else (BODY_PARTS, BODY_LABOUR, 1500, 12_000)
    )
    work = [_price(rng, item) for item in rng.sample(parts, rng.choices((1, 2, 3), cum_weights=(55, 88, 100))[0])]
    description, labour = _price(rng, labour_item)
    while len(work) > 1 and sum(a for _, a in work) + labour > high * 100:
        work.pop()
    total = sum(a for _, a in work) + labour
    if total < low * 100:
        labour += low * 100 - total + rng.randint(0, 30) * 1000
    return [*work, (description, labour)]


__all__ = ["DemoSummary", "generate_demo"]
