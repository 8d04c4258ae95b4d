"""Bodies of demo 公文, in the usual shape: 主送机关, 正文, 落款 and date, the 公开 mark, then the issued text.

Each builder returns a function of (spec, registry) so that 发文字号 and dates, worked out later in date
order, can be quoted in the text.
"""

from datetime import timedelta

from gongkai.catalogue.choices import DisclosureAttr, NormativeKind, ValidityChangeKind

from .specs import DocSpec, cn_date, cn_index

DISCLOSURE_MARK = {
    DisclosureAttr.PROACTIVE: "（此件公开发布）",
    DisclosureAttr.ON_REQUEST: "（此件依申请公开）",
    DisclosureAttr.WITHHELD: "（此件不予公开）",
}


def sign(spec: DocSpec) -> list[str]:
    return [spec.authority, cn_date(spec.written_on)]


def mark(spec: DocSpec) -> str:
    return DISCLOSURE_MARK[spec.disclosure]


def _kind_word(plan: str) -> str:
    """What an issued text calls itself: 办法, 方案, 要点 … (ignoring a trailing （试行）)."""
    name = plan.split("（")[0]
    for word in ("细则", "办法", "规定", "规则", "方案", "措施", "要点", "预案", "规程", "指南", "纲要"):
        if name.endswith(word):
            return word
    return "文件"


def _lead(spec: DocSpec) -> str:
    if spec.dept == "gov":
        return f"《{spec.plan}》已经县人民政府研究同意，现印发给你们，请认真贯彻执行。"
    if spec.dept == "office":
        return f"《{spec.plan}》已经县政府同意，现印发给你们，请结合实际认真组织实施。"
    return f"现将《{spec.plan}》印发给你们，请结合实际认真贯彻落实。"


def safeguards(spec: DocSpec) -> list[str]:
    short = spec.department.short_name
    return [
        "（一）加强组织领导。各单位要高度重视，明确分管负责人和具体承办人员，细化工作措施，确保各项任务落到实处。",
        f"（二）强化督促检查。{short}将对任务落实情况进行跟踪督办，定期通报工作进展，对工作推进不力的及时督促整改。",
        "（三）做好宣传解读。按照“谁起草、谁解读”的原则，同步做好政策解读和宣传引导工作，及时回应社会关切。",
    ]


def issuing_notice(spec: DocSpec, registry: dict) -> list:
    """印发 notice of a plan, measures or 工作要点: spec.plan, basis, goal and points (tasks)."""
    word = _kind_word(spec.plan)
    items = [f"{spec.department.addressees}：", _lead(spec), *sign(spec), mark(spec), ("h", spec.plan)]
    here = "我镇" if spec.department.kind == "township" else "我县"
    items.append(f"为{spec.basis}，结合{here}实际，制定本{word}。")
    items += [("b", "一、总体要求"), spec.goal, ("b", "二、主要任务")]
    items += [f"（{cn_index(i)}）{title}。{text}" for i, (title, text) in enumerate(spec.points, start=1)]
    items += [("b", "三、保障措施"), *safeguards(spec)]
    if spec.normative == NormativeKind.NORMATIVE:
        items.append(f"本{word}自{cn_date(spec.effective_on)}起施行，有效期{spec.valid_years}年。")
    return items


def _articles(spec: DocSpec) -> list[str]:
    word = _kind_word(spec.plan)
    articles = [f"为了{spec.basis}，结合本县实际，制定本{word}。", spec.scope]
    articles += [text for _title, text in spec.points]
    articles.append(f"本{word}由{spec.department.short_name}负责解释。")
    articles.append(f"本{word}自{cn_date(spec.effective_on)}起施行，有效期{spec.valid_years}年。")
    return [f"第{cn_index(i)}条　{text}" for i, text in enumerate(articles, start=1)]


def measures_notice(spec: DocSpec, registry: dict) -> list:
    """印发 notice of a normative 办法 or 规定, written in articles."""
    items = [f"{spec.department.addressees}：", _lead(spec), *sign(spec), mark(spec), ("h", spec.plan)]
    return items + _articles(spec)


def rule_order(spec: DocSpec, registry: dict) -> list:
    """A government order (令) promulgating rules."""
    meeting = spec.written_on - timedelta(days=6)
    return [
        spec.doc_no,
        f"《{spec.plan}》已经{cn_date(meeting)}县人民政府第{10 + spec.seed % 30}次常务会议审议通过，现予公布，"
        f"自{cn_date(spec.effective_on)}起施行。",
        "县长　王德明",
        cn_date(spec.written_on),
        ("h", spec.plan),
        *_articles(spec),
    ]


def notice(*paragraphs: str, addressees: str = ""):
    """A plain 通知/通报/批复: 主送机关, paragraphs, 落款."""

    def build(spec: DocSpec, registry: dict) -> list:
        head = [f"{addressees or spec.department.addressees}："]
        return [*head, *paragraphs, *sign(spec), mark(spec)]

    return build


def announcement(*paragraphs, closing: str = "特此公告。"):
    """A 公告/通告/公示: no 主送机关; items may be strings, ("b", …) headings or ("table", rows)."""

    def build(spec: DocSpec, registry: dict) -> list:
        return [*paragraphs, *([closing] if closing else []), *sign(spec)]

    return build


def plain(*paragraphs):
    """Information that is not a 公文 (guides, reports, lists): just its text."""

    def build(spec: DocSpec, registry: dict) -> list:
        return list(paragraphs)

    return build


def validity_decision(amendments: list[str] | None = None):
    """A decision repealing or amending earlier normative documents (spec.changes)."""

    def build(spec: DocSpec, registry: dict) -> list:
        targets = [registry[key] for key, _kind in spec.changes]
        cited = [f"《{t.plan or t.title}》（{t.doc_no}）" for t in targets]
        kinds = {kind for _key, kind in spec.changes}
        items = [f"{spec.department.addressees}："]
        if kinds == {ValidityChangeKind.REPEAL}:
            items.append(
                "为维护法制统一，根据《优化营商环境条例》和行政规范性文件定期清理的有关规定，"
                f"{spec.department.short_name}对现行有效的行政规范性文件进行了全面清理。经研究，决定废止以下文件："
            )
            items += [f"{i}.{text}" for i, text in enumerate(cited, start=1)]
            items.append("本决定自公布之日起施行。已依据上述文件作出的具体行政行为继续有效。")
        else:
            items.append(f"经研究，决定对{'、'.join(cited)}作如下修改：")
            items += [f"{i}.{text}" for i, text in enumerate(amendments or [], start=1)]
            items.append(f"本决定自公布之日起施行。{'、'.join(cited)}根据本决定作相应修改，重新公布。")
        return [*items, *sign(spec), mark(spec)]

    return build


def interpretation_fields(spec: DocSpec, registry: dict) -> dict:
    """The seven sections of a 文字解读, drawn from what the policy says."""
    word = _kind_word(spec.plan)
    points = "；".join(f"{cn_index(i)}是{title}" for i, (title, _text) in enumerate(spec.points, start=1))
    first_change = registry.get(spec.changes[0][0]) if spec.changes else None
    differences = spec.interp.differences or (
        f"与原《{first_change.plan or first_change.title}》相比，本{word}调整了适用范围和执行标准。"
        if first_change
        else f"本{word}为首次制定，不涉及新旧政策衔接。"
    )
    return {
        "background": f"为{spec.basis}，{spec.department.short_name}在深入调研、广泛征求意见的基础上起草了"
        f"《{spec.plan}》，经合法性审核和集体审议后，于{cn_date(spec.written_on)}印发。",
        "objectives": spec.goal or f"通过制定本{word}，进一步规范相关工作，保障群众和市场主体合法权益。",
        "main_content": f"《{spec.plan}》的主要内容：{points}。",
        "scope": spec.scope or "本县行政区域内的有关单位和个人。",
        "standards": f"本{word}自{cn_date(spec.effective_on)}起施行，有效期{spec.valid_years}年。"
        if not spec.changes
        else "本决定自公布之日起施行。",
        "notes": f"执行过程中遇到的问题，请及时向{spec.department.short_name}反映。"
        f"政策咨询电话：{spec.department.phone}（工作日8:30-12:00，14:30-17:30）。",
        "differences": differences,
    }
