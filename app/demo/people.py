"""People and cars of the demo book: names, phones, birthdays, addresses, plates, VINs and
the catalogue of makes, drawn from the generator's first stream (`rng`)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.db.bulk import readings_of
from app.demo.state import months_later, next_anniversary
from app.domain import lunar as lunar_calendar
from app.domain.enums import (
    ConsentChannel,
    CustomerSource,
    Gender,
    InteractionKind,
    PurchaseType,
    StaffRole,
)
from app.domain.validation import vin_check_digit

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
    # reviews the leads asked to be closed as lost (added with the leads, last: the staff
    # before keep their ids)
    ("马国栋", StaffRole.SALES_MANAGER, True),
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


class PeopleDraws:
    """The first stream's draws (mixed into the generator, which sets up its tables)."""

    def pick(self, values, cumulative):
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def readings_of(self, name: str, person: bool) -> tuple[tuple[str, str], ...]:
        """The name's readings, remembered where the bulk writer looks for them too."""
        return readings_of(name, person)

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
    def plate(self, prefix: str, new_energy: bool, rng: random.Random | None = None) -> str:
        rng = rng or self.rng
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

    def vin(self, wmi: str, model: str, trim: str, year: int,
            rng: random.Random | None = None) -> str:
        """WMI, a descriptor fixed per model and trim, check digit, year, plant, serial.
        `rng`: another stream's (the leads'), which only reads the descriptors and plants
        the first stream settled (what it draws first is its own: the first stream's draws
        stay as they were)."""
        own = rng is None or rng is self.rng
        rng = rng or self.rng
        vds = self.vds.get((model, trim))
        if vds is None:
            vds = "".join(rng.choices(VIN_CHARS, k=5))
            if own:
                self.vds[(model, trim)] = vds
        plant = self.plants.get(model)
        drawn = rng.choice("0123456789ABC")  # (drawn every time, as it always was)
        if plant is None:
            plant = drawn
            if own:
                self.plants[model] = plant
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
        insurance = next_anniversary(bought, self.today)
        if rng.random() < 0.08:  # not renewed (with us, at least)
            insurance = months_later(insurance, -12)
        inspection = next_anniversary(date(year, bought.month, min(bought.day, 28)), self.today)
        if rng.random() < 0.05:
            inspection = months_later(inspection, -12)
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
            "warranty_end": months_later(date(year, bought.month, min(bought.day, 28)), 36),
            "notes": "",
            "archived_at": None,
            "version": 1,
        }, new_energy

    def moment(self, day: date, rng: random.Random | None = None) -> datetime:
        """A time during opening hours on that day."""
        minutes = (rng or self.rng).randrange(8 * 60 + 30, 20 * 60)
        return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
