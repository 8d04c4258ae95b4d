"""Demo staff: a drafter and three reviewers in every department, the 公开办 and the system administrator."""

import unicodedata
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password

from gongkai.core.models import Department, Role, RoleAssignment, User

from .departments import BY_KEY, DEPARTMENTS

PASSWORD = "Gongkai-demo-2026"
# Departments whose four accounts are printed one by one; the others follow the same username pattern.
FEATURED = ("edu", "health", "gov")
# Username suffix for each department role; 初审、复审、批准 must be three different people (一事一审).
ROLE_SUFFIXES = [
    ("drafter", Role.DRAFTER),
    ("first", Role.FIRST_REVIEWER),
    ("second", Role.SECOND_REVIEWER),
    ("approver", Role.APPROVER),
]
# The government's own documents are prepared by its office: the same four people act in both.
SHARED = {"gov": ("gov", "office")}

_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
_GIVEN = (
    "建国 秀英 志强 晓燕 海涛 丽娟 文博 春梅 振华 雅琴 国栋 玉兰 明辉 慧敏 立新 红霞 德胜 静怡 永刚 淑珍 宏伟 晓琳 建军 美玲 卫东 佳怡 浩然 "
    "雨桐 俊杰 思远 学文 桂芳 长青 亚楠 新民 欣然 光明 婷婷 保国 秋菊 正阳 梦瑶 会林 凤霞 庆丰 晨曦 少华 蕾 勇 敏 磊 洁 军"
).split()


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    roles: tuple[tuple[str, str], ...]  # (department key, role)


def _name(i: int) -> str:
    return _SURNAMES[(i * 7) % len(_SURNAMES)] + _GIVEN[(i * 5) % len(_GIVEN)]


def accounts() -> list[DemoAccount]:
    result = []
    i = 0
    for dept in DEPARTMENTS:
        if dept.key == "office":
            continue
        for suffix, role in ROLE_SUFFIXES:
            keys = SHARED.get(dept.key, (dept.key,))
            result.append(DemoAccount(f"{dept.key}_{suffix}", _name(i), tuple((k, role) for k in keys)))
            i += 1
    result.append(DemoAccount("office", "周文静", (("office", Role.OFFICE),)))
    result.append(DemoAccount("admin", "陆明远", (("office", Role.SYSADMIN),)))
    return result


def users_create(departments: dict[str, Department]) -> dict[str, User]:
    validate_password(PASSWORD)
    # One hash for every account: hashing is deliberately slow and the demo shares one password.
    hashed = make_password(PASSWORD)
    users = {}
    for account in accounts():
        is_admin = any(role == Role.SYSADMIN for _, role in account.roles)
        users[account.username] = User.objects.create(
            username=account.username,
            full_name=account.full_name,
            password=hashed,
            is_staff=is_admin,
        )
        for key, role in account.roles:
            RoleAssignment.objects.create(
                user=users[account.username], department=departments[key], role=role
            )
    return users


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def accounts_table() -> list[str]:
    """The demo accounts as they are in the database: featured departments in full, the others by pattern."""
    users = {
        u.username: u
        for u in User.objects.filter(username__in=[a.username for a in accounts()]).prefetch_related(
            "roles__department"
        )
    }
    rows = [("用户名", "姓名", "部门", "角色")]
    for account in accounts():
        user = users.get(account.username)
        key = account.username.rsplit("_", 1)[0] if "_" in account.username else None
        if user is None or (key in BY_KEY and key not in FEATURED):
            continue
        departments = "、".join(dict.fromkeys(r.department.display_name for r in user.roles.all()))
        roles = "、".join(dict.fromkeys(r.get_role_display() for r in user.roles.all()))
        rows.append((user.username, user.full_name, departments, roles))
    widths = [max(_width(row[i]) for row in rows) + 2 for i in range(4)]
    lines = ["".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    others = [d for d in DEPARTMENTS if d.key not in FEATURED and d.key != "office"]
    lines.append("")
    lines.append(
        "其他部门各有信息员、初审人、复审人、批准人四个账号，用户名为“部门代码_drafter / _first / _second / _approver”："
    )
    lines += [f"  {d.key:<10} {d.name}" for d in others if f"{d.key}_drafter" in users]
    return lines
