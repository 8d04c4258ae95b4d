"""Shorthands for writing demo documents: subjects, topics, and constructors with sensible defaults."""

from gongkai.catalogue.choices import DisclosureAttr, Genre, NormativeKind

from ..specs import DocSpec, InterpSpec
from ..texts import issuing_notice, measures_notice

# Top-level 主题分类 names as seeded by the catalogue migration.
GENERAL = "综合政务"
ECONOMY = "国民经济管理、国有资产监管"
FINANCE = "财政、金融、审计"
LAND = "国土资源、能源"
FARMING = "农业、林业、水利"
MARKET = "市场监管、安全生产监管"
URBAN = "城乡建设、环境保护"
EDUCATION = "科技、教育"
HEALTH = "卫生、体育"
LABOUR = "劳动、人事、监察"
JUSTICE = "公安、安全、司法"
CIVIL = "民政、扶贫、救灾"

# Topics (专题): slug -> (name, description).
TOPICS = {
    "liuwen-liubao": (
        "六稳六保",
        "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，保居民就业、保基本民生、保市场主体、"
        "保粮食能源安全、保产业链供应链稳定、保基层运转相关政策措施。",
    ),
    "business-environment": (
        "优化营商环境",
        "深化“放管服”改革、优化营商环境的政策文件、办事指南和监管信息。",
    ),
    "rural-revitalisation": ("乡村振兴", "巩固拓展脱贫攻坚成果、全面推进乡村振兴的规划、政策和项目信息。"),
}
JOBS, BUSINESS, RURAL = "liuwen-liubao", "business-environment", "rural-revitalisation"

ON_REQUEST = DisclosureAttr.ON_REQUEST
WITHHELD = DisclosureAttr.WITHHELD


def policy(key, dept, when, title, plan, *, normative: bool | str = False, measures=False, **kw) -> DocSpec:
    """A 印发 notice of a plan or measures; normative ones are numbered in the 规 series and interpreted.

    `normative` is True for a 行政规范性文件, or a NormativeKind value.
    """
    if not isinstance(normative, str):
        normative = NormativeKind.NORMATIVE if normative else NormativeKind.OTHER
    defaults = {
        "genre": Genre.NOTICE,
        "series": "规" if normative == NormativeKind.NORMATIVE else "发",
        "normative": normative,
        "body": measures_notice if measures else issuing_notice,
    }
    if normative == NormativeKind.NORMATIVE and "interp" not in kw:
        kw["interp"] = InterpSpec("text")
    return DocSpec(key=key, dept=dept, when=when, title=title, plan=plan, **{**defaults, **kw})


def doc(key, dept, when, title, body, **kw) -> DocSpec:
    kw.setdefault("genre", Genre.NOTICE)
    return DocSpec(key=key, dept=dept, when=when, title=title, body=body, **kw)


def on_request(reason: str) -> dict:
    return {"disclosure": DisclosureAttr.ON_REQUEST, "disclosure_reason": reason, "columns": ()}
