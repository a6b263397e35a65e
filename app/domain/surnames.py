"""How surnames are read: the characters whose reading as a surname differs from the
reading a pinyin dictionary gives them first (曾 zeng, not ceng; 单 shan, not dan), and the
compound surnames (欧阳, 尉迟 yuchi, 万俟 moqi, 长孙 zhangsun).

Readings are toneless pinyin, ü written v, as the search keys are. When a surname has
several readings in use (乐 yue / le, 盖 ge / gai), the commoner one comes first.
"""

from __future__ import annotations

# one character: its readings as a surname
SINGLE: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "区": ("ou",), "仇": ("qiu",), "解": ("xie",),
    "查": ("zha",), "乐": ("yue", "le"), "覃": ("qin", "tan"), "翟": ("zhai", "di"),
    "召": ("shao",), "秘": ("bi",), "缪": ("miao",), "朴": ("piao", "pu"),
    "盖": ("ge", "gai"), "种": ("chong",), "重": ("chong",), "尉": ("wei", "yu"),
    "宿": ("su",), "柏": ("bai",), "薄": ("bo",), "繁": ("po",), "句": ("gou",),
    "员": ("yun",), "贠": ("yun",), "貟": ("yun",), "贲": ("ben",), "隗": ("wei", "kui"),
    "阚": ("kan",), "藏": ("zang",), "燕": ("yan",), "纪": ("ji",), "过": ("guo",),
    "洗": ("xian",), "冼": ("xian",), "黑": ("he",), "郇": ("huan", "xun"), "蕃": ("pi",),
    "谌": ("chen", "shen"), "能": ("nai",), "那": ("na",), "褚": ("chu",), "车": ("che",),
    "殷": ("yin",), "厍": ("she",), "折": ("she",), "瞿": ("qu",), "都": ("du",),
    "莘": ("shen", "xin"), "逄": ("pang",), "訾": ("zi",), "粘": ("nian",), "相": ("xiang",),
    "和": ("he",), "强": ("qiang",), "万": ("wan",), "长": ("chang",), "华": ("hua",),
    "任": ("ren",), "沈": ("shen",), "佴": ("nai",), "乜": ("nie",), "卜": ("bu",),
    "六": ("lu",), "扎": ("za",), "哈": ("ha",), "不": ("fou",), "难": ("nan",),
    "居": ("ju",), "石": ("shi",), "冯": ("feng",), "贾": ("jia",), "叶": ("ye",),
    "陆": ("lu",), "盛": ("sheng",), "牟": ("mou",), "宓": ("mi", "fu"), "眭": ("sui",),
    "禚": ("zhuo",), "雍": ("yong",), "曲": ("qu",), "於": ("yu",), "余": ("yu",),
    "浣": ("wan", "huan"), "蔚": ("yu", "wei"), "幺": ("yao",), "塔": ("ta",),
    "阿": ("a",), "称": ("cheng",), "鸟": ("niao",), "么": ("yao",),
}

# two characters read as one surname, a syllable each
COMPOUND: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"), "司马": ("si", "ma"), "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"), "东方": ("dong", "fang"), "慕容": ("mu", "rong"),
    "皇甫": ("huang", "fu"), "令狐": ("ling", "hu"), "宇文": ("yu", "wen"),
    "公孙": ("gong", "sun"), "仲孙": ("zhong", "sun"), "轩辕": ("xuan", "yuan"),
    "澹台": ("tan", "tai"), "太叔": ("tai", "shu"), "申屠": ("shen", "tu"),
    "闻人": ("wen", "ren"), "赫连": ("he", "lian"), "夏侯": ("xia", "hou"),
    "濮阳": ("pu", "yang"), "淳于": ("chun", "yu"), "司徒": ("si", "tu"),
    "司空": ("si", "kong"), "司寇": ("si", "kou"), "钟离": ("zhong", "li"),
    "宗政": ("zong", "zheng"), "公冶": ("gong", "ye"), "公羊": ("gong", "yang"),
    "呼延": ("hu", "yan"), "羊舌": ("yang", "she"), "微生": ("wei", "sheng"),
    "梁丘": ("liang", "qiu"), "左丘": ("zuo", "qiu"), "东门": ("dong", "men"),
    "西门": ("xi", "men"), "南宫": ("nan", "gong"), "南门": ("nan", "men"),
    "第五": ("di", "wu"), "拓跋": ("tuo", "ba"), "乐正": ("yue", "zheng"),
    "亓官": ("qi", "guan"), "百里": ("bai", "li"), "东郭": ("dong", "guo"),
    "段干": ("duan", "gan"), "子车": ("zi", "ju"), "颛孙": ("zhuan", "sun"),
    "端木": ("duan", "mu"), "巫马": ("wu", "ma"), "公西": ("gong", "xi"),
    "漆雕": ("qi", "diao"), "壤驷": ("rang", "si"), "公良": ("gong", "liang"),
    "宰父": ("zai", "fu"), "谷梁": ("gu", "liang"), "榖梁": ("gu", "liang"),
    "闾丘": ("lv", "qiu"), "鲜于": ("xian", "yu"), "夹谷": ("jia", "gu"),
    "仉督": ("zhang", "du"), "单于": ("chan", "yu"),
}
# 单于 is kept as a further reading, not the first: a 单 whose given name starts with 于 is
# far commoner today than the old compound surname
COMPOUND_AFTER_SINGLE = frozenset({"单于"})


def surname_readings(name: str) -> list[tuple[int, tuple[str, ...]]]:
    """The ways the start of a name reads as a surname, likeliest first: (how many
    characters the surname takes, one syllable per character). Empty when the name does
    not start with a surname whose reading needs telling."""
    found: list[tuple[int, tuple[str, ...]]] = []
    compound = COMPOUND.get(name[:2])
    if compound and name[:2] not in COMPOUND_AFTER_SINGLE:
        found.append((2, compound))
    found.extend((1, (r,)) for r in SINGLE.get(name[:1], ()))
    if compound and name[:2] in COMPOUND_AFTER_SINGLE:
        found.append((2, compound))
    return found
