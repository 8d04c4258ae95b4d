"""The fictional 示范县: its government, bureaus and townships, and the disclosure office's contact data."""

from dataclasses import dataclass

from gongkai.core.codes import org_code_check_char, uscc_check_char
from gongkai.core.models import Department, DepartmentKind, SensitiveWord, SiteProfile

COUNTY = "示范县"
GOVERNMENT_NAME = "示范县人民政府"
# A made-up 6-digit administrative division code for the county (GB/T 2260 shape, not a real county).
REGION_CODE = "370999"


@dataclass(frozen=True)
class DemoDepartment:
    key: str  # also the prefix of its staff's usernames
    name: str
    short_name: str
    kind: str
    prefix: str  # 发文字号 prefix: 示教发〔2025〕12号
    addressees: str  # 主送机关 of its notices
    phone: str  # office landline, printed in notices and interpretations
    parent: str | None = "gov"


_BUREAUS = "各乡镇人民政府，县政府各部门、各直属机构"
DEPARTMENTS = [
    DemoDepartment(
        "gov", GOVERNMENT_NAME, "县政府", DepartmentKind.GOVERNMENT, "示政", _BUREAUS, "0999-7120001", None
    ),
    DemoDepartment(
        "office",
        "示范县人民政府办公室",
        "县政府办公室",
        DepartmentKind.OFFICE,
        "示政办",
        _BUREAUS,
        "0999-7120010",
    ),
    DemoDepartment(
        "edu",
        "示范县教育局",
        "县教育局",
        DepartmentKind.BUREAU,
        "示教",
        "各乡镇中心学校，县直各学校，各民办学校",
        "0999-7121101",
    ),
    DemoDepartment(
        "health",
        "示范县卫生健康局",
        "县卫生健康局",
        DepartmentKind.BUREAU,
        "示卫健",
        "各乡镇卫生院，县直各医疗卫生单位",
        "0999-7121202",
    ),
    DemoDepartment(
        "finance",
        "示范县财政局",
        "县财政局",
        DepartmentKind.BUREAU,
        "示财",
        "县直各预算单位，各乡镇财政所",
        "0999-7121303",
    ),
    DemoDepartment(
        "hrss",
        "示范县人力资源和社会保障局",
        "县人社局",
        DepartmentKind.BUREAU,
        "示人社",
        "各乡镇人民政府，县直各有关单位",
        "0999-7121404",
    ),
    DemoDepartment(
        "nr",
        "示范县自然资源局",
        "县自然资源局",
        DepartmentKind.BUREAU,
        "示自然资",
        "各乡镇人民政府，局属各单位",
        "0999-7121505",
    ),
    DemoDepartment(
        "housing",
        "示范县住房和城乡建设局",
        "县住建局",
        DepartmentKind.BUREAU,
        "示住建",
        "各乡镇人民政府，各有关单位",
        "0999-7121606",
    ),
    DemoDepartment(
        "market",
        "示范县市场监督管理局",
        "县市场监管局",
        DepartmentKind.BUREAU,
        "示市监",
        "各市场监管所，局机关各科室",
        "0999-7121707",
    ),
    DemoDepartment(
        "justice",
        "示范县司法局",
        "县司法局",
        DepartmentKind.BUREAU,
        "示司",
        "各司法所，县直各行政执法单位",
        "0999-7121808",
    ),
    DemoDepartment(
        "agri",
        "示范县农业农村局",
        "县农业农村局",
        DepartmentKind.BUREAU,
        "示农",
        "各乡镇人民政府，局属各单位",
        "0999-7121909",
    ),
    DemoDepartment(
        "civil",
        "示范县民政局",
        "县民政局",
        DepartmentKind.BUREAU,
        "示民",
        "各乡镇人民政府，各社会福利机构",
        "0999-7122010",
    ),
    DemoDepartment(
        "chengguan",
        "示范县城关镇人民政府",
        "城关镇人民政府",
        DepartmentKind.TOWNSHIP,
        "城政",
        "各村（居）民委员会，镇直各单位",
        "0999-7123011",
    ),
    DemoDepartment(
        "qingshan",
        "示范县青山镇人民政府",
        "青山镇人民政府",
        DepartmentKind.TOWNSHIP,
        "青政",
        "各村民委员会，镇直各单位",
        "0999-7125012",
    ),
    DemoDepartment(
        "hekou",
        "示范县河口镇人民政府",
        "河口镇人民政府",
        DepartmentKind.TOWNSHIP,
        "河政",
        "各村（居）民委员会，镇直各单位",
        "0999-7127013",
    ),
]
BY_KEY = {d.key: d for d in DEPARTMENTS}

SITE_PROFILE = {
    "government_name": GOVERNMENT_NAME,
    "site_name": "示范县人民政府信息公开平台",
    "office_name": "示范县人民政府办公室",
    "office_address": "示范县城关镇人民路88号县政府办公楼二楼203室",
    "office_hours": "周一至周五 8:30-12:00，14:30-17:30（法定节假日除外）",
    "postal_code": "276999",
    "phone": "0999-7120010",
    "fax": "0999-7120011",
    "email": "zwgk@shifan.example.com",
    "online_url": "/apply/",
    "guide_extra": "申请人可通过网上申请、当面申请和信函申请三种方式提出政府信息公开申请。",
}

# Harmless examples for the pre-check; no demo document uses them.
SENSITIVE_WORDS = [
    ("内部资料", "内部资料不得上网公开"),
    ("绝密", "密级标志"),
    ("注意保存", "内部文件标识用语"),
]


def issuer_code(index: int) -> str:
    """A valid 统一社会信用代码 for a 机关 (登记管理部门 1, 机构类别 1) of the demo county.

    The nine characters after the region are an 组织机构代码 with its own GB 11714 check character, as in
    real codes; the last character is the GB 32100 check.
    """
    org_body = f"MB{370000 + index * 271:06d}"
    body = "11" + REGION_CODE + org_body + org_code_check_char(org_body)
    return body + uscc_check_char(body)


def departments_create() -> dict[str, Department]:
    created: dict[str, Department] = {}
    for order, spec in enumerate(DEPARTMENTS, start=1):
        created[spec.key] = Department.objects.create(
            name=spec.name,
            short_name=spec.short_name,
            kind=spec.kind,
            parent=created[spec.parent] if spec.parent else None,
            issuer_code=issuer_code(order),
            sort_order=order * 10,
        )
    return created


def site_profile_fill() -> None:
    profile = SiteProfile.current()
    for field, value in SITE_PROFILE.items():
        setattr(profile, field, value)
    profile.full_clean()
    profile.save()
    for word, note in SENSITIVE_WORDS:
        SensitiveWord.objects.get_or_create(word=word, defaults={"note": note})
