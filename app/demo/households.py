"""Households and dated notes of the demo book: spouses, children and parents with their
birthdays, wedding anniversaries and an advisor's dated notes, drawn from the second stream
(`extra`)."""

from __future__ import annotations

from calendar import isleap
from datetime import date, timedelta

from app.demo.people import SURNAMES
from app.domain.enums import Gender, HouseholdRelation
from app.domain.recurrence import solar_on

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
# (first, last) for a one-off date); see Generator.custom_date.
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


class HouseholdDraws:
    """The second stream's draws for households and dates (mixed into the generator)."""

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
