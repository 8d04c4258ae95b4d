"""Recurring disclosures every department publishes: 部门预算, 部门决算 and the 政府信息公开工作年度报告.

Figures are made up but consistent within a document (totals add up) and stable between runs.
"""

import random

from gongkai.catalogue.choices import DisclosureAttr, NormativeKind, ValidityChangeKind

from .departments import SITE_PROFILE
from .specs import PUBLISHED, DocSpec

DUTIES = {
    "gov": "执行县人民代表大会及其常务委员会的决议，领导所属各工作部门和乡镇人民政府的工作，管理本县经济、教育、"
    "科学、文化、卫生、民政、财政等行政工作。",
    "edu": "贯彻执行国家和省、市教育方针政策，统筹规划全县各级各类教育发展，负责义务教育均衡发展、学前教育、"
    "普通高中教育和职业教育管理，指导学校安全和教师队伍建设。",
    "health": "贯彻执行卫生健康法律法规和政策，统筹规划全县卫生健康资源配置，组织实施基本公共卫生服务项目，"
    "负责疾病预防控制、医疗机构监管和突发公共卫生事件应急处置。",
    "finance": "贯彻执行财税法律法规和政策，编制县级年度预决算草案并组织执行，管理县级财政收支、政府债务、"
    "政府采购和国有资产，负责财政监督。",
    "hrss": "贯彻执行人力资源和社会保障政策，统筹城乡就业和社会保障工作，负责事业单位人事管理、劳动关系协调"
    "和劳动保障监察。",
    "nr": "履行全民所有土地、矿产等自然资源资产所有者职责，负责国土空间规划、用途管制、耕地保护和不动产登记。",
    "housing": "贯彻执行住房和城乡建设法律法规，负责城乡规划建设管理、住房保障、建筑市场和建设工程质量安全监管。",
    "market": "负责市场综合监督管理，组织实施市场主体登记注册，承担食品、药品、特种设备和产品质量安全监管。",
    "justice": "负责全面依法治县的统筹协调，承担行政规范性文件合法性审核、行政执法监督、普法和人民调解工作。",
    "agri": "贯彻执行“三农”工作方针政策，统筹推进乡村振兴，负责粮食和重要农产品生产、农田建设和农村改革。",
    "civil": "贯彻执行民政法律法规和政策，负责社会救助、养老服务、社会组织登记管理、婚姻登记和殡葬管理。",
    "chengguan": "执行本级人民代表大会的决议，管理本镇经济、社会事务，组织实施乡村振兴、基层治理和民生保障工作。",
}


def _money(rng: random.Random, low: int, high: int) -> float:
    return round(rng.uniform(low, high), 2)


def budget(kind: str, year: int):
    """部门预算 or 部门决算 (kind "预算" / "决算") of spec.dept for one year."""

    def build(spec: DocSpec, registry: dict) -> list:
        rng = random.Random(spec.seed)
        name = spec.department.name
        scale = {"finance": 4, "edu": 12, "health": 6, "gov": 20}.get(spec.dept, 2)
        general = _money(rng, 800 * scale, 1400 * scale)
        fund = _money(rng, 0, 60 * scale)
        business = _money(rng, 0, 80 * scale)
        total = round(general + fund + business, 2)
        basic = round(total * rng.uniform(0.55, 0.8), 2)
        project = round(total - basic, 2)
        car, reception = _money(rng, 3, 18), _money(rng, 0.5, 4)
        three = round(car + reception, 2)
        purchase = _money(rng, 20, 400)
        goods = round(purchase * rng.uniform(0.3, 0.7), 2)
        units = 1 + rng.randint(0, 6)
        verb = "收入预算" if kind == "预算" else "收入决算"
        change = rng.choice(["增加", "减少"])
        reason = (
            "主要原因是落实民生政策增加项目支出"
            if change == "增加"
            else "主要原因是压减一般性支出和非急需非刚性支出"
        )
        items = [
            ("b", "第一部分　部门概况"),
            "一、部门主要职责",
            DUTIES.get(spec.dept, DUTIES["chengguan"]),
            "二、部门预算单位构成",
            f"纳入{name}{year}年部门{kind}编制范围的单位共{units}个，包括本级和所属{units - 1}个事业单位。",
            ("b", f"第二部分　{year}年部门{kind}情况说明"),
            f"一、收支{kind}总体情况。{year}年{verb}{total:.2f}万元，其中：一般公共预算拨款收入{general:.2f}万元，"
            f"政府性基金预算拨款收入{fund:.2f}万元，事业收入{business:.2f}万元。支出{kind}{total:.2f}万元，其中："
            f"基本支出{basic:.2f}万元，项目支出{project:.2f}万元。",
            f"二、财政拨款收支情况。财政拨款收支总{kind}{general + fund:.2f}万元，比上年{change}"
            f"{_money(rng, 20, 300):.2f}万元，{reason}。",
            f"三、“三公”经费情况。{year}年“三公”经费{kind}{three:.2f}万元，其中：因公出国（境）费0万元，"
            f"公务用车购置及运行维护费{car:.2f}万元，公务接待费{reception:.2f}万元。",
            f"四、机关运行经费。{year}年机关运行经费{kind}{_money(rng, 30, 160):.2f}万元，主要用于办公费、印刷费、"
            "水电费、物业管理费等日常公用经费支出。",
            f"五、政府采购情况。{year}年政府采购{kind}{purchase:.2f}万元，其中：货物类{goods:.2f}万元，"
            f"服务类{purchase - goods:.2f}万元。",
            f"六、绩效目标设置情况。{year}年实行绩效目标管理的项目{rng.randint(3, 18)}个，涉及财政拨款"
            f"{project * 0.8:.2f}万元，已全部编制绩效目标并随同{kind}公开。",
            (
                "table",
                [
                    ["项目", f"{kind}数（万元）"],
                    *(
                        [label, f"{value:.2f}"]
                        for label, value in [
                            ("一般公共预算拨款收入", general),
                            ("政府性基金预算拨款收入", fund),
                            ("事业收入", business),
                            ("基本支出", basic),
                            ("项目支出", project),
                            ("收支总计", total),
                        ]
                    ),
                ],
            ),
            ("b", "第三部分　名词解释"),
            "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
            "机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
        ]
        return items

    return build


def _issued_counts(registry: dict, dept: str, year: int) -> tuple[int, int, int]:
    """Rules issued, normative documents issued and normative documents repealed in a year.

    A department counts its own documents; the county government's report counts everyone's.
    """
    mine = [
        s
        for s in registry.values()
        if s.state == PUBLISHED and s.day and s.day.year == year and (dept == "gov" or s.dept == dept)
    ]
    rules = sum(1 for s in mine if s.normative == NormativeKind.RULE)
    issued = sum(1 for s in mine if s.normative == NormativeKind.NORMATIVE)
    repealed = sum(1 for s in mine for _key, kind in s.changes if kind == ValidityChangeKind.REPEAL)
    return rules, issued, repealed


def annual_report(spec: DocSpec, registry: dict) -> list:
    """政府信息公开工作年度报告 in the national format (国办公开办函〔2021〕30号)."""
    rng = random.Random(spec.seed)
    year = spec.written_on.year - 1
    dept = spec.department
    rules, issued, repealed = _issued_counts(registry, spec.dept, year)
    proactive = sum(
        1
        for s in registry.values()
        if s.day
        and s.day.year == year
        and s.disclosure == DisclosureAttr.PROACTIVE
        and (spec.dept == "gov" or s.dept == spec.dept)
    ) + rng.randint(40, 260) * (6 if spec.dept == "gov" else 1)
    received = rng.randint(0, 6) * (8 if spec.dept == "gov" else 1)
    granted = received * 2 // 3
    partly = (received - granted) // 2
    other = received - granted - partly
    address = SITE_PROFILE["office_address"] if spec.dept == "gov" else f"{dept.name}办公室"
    return [
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度"
        "报告格式》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开"
        "行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自"
        f"{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与{dept.name}联系（地址：{address}；"
        f"电话：{dept.phone}）。",
        ("b", "一、总体情况"),
        f"（一）主动公开。{year}年，{dept.short_name}坚持以公开为常态、不公开为例外，通过政府信息公开平台主动公开"
        f"政府信息{proactive}条，其中行政规范性文件{issued}件，政策解读材料与文件同步审签、同步发布。",
        f"（二）依申请公开。全年共收到政府信息公开申请{received}件，均在法定期限内答复，未发生逾期答复情况。",
        "（三）政府信息管理。严格落实公文公开属性源头认定和“先审查、后公开”“一事一审”的保密审查制度，"
        "对已公开的行政规范性文件及时标注有效性，清理失效、废止文件。",
        "（四）平台建设。依托县政府信息公开平台统一发布政府信息，按照主动公开基本目录规范栏目设置，"
        "做好适老化和无障碍改造。",
        "（五）监督保障。将政务公开工作纳入年度绩效考核，定期开展自查和培训，全年组织业务培训"
        f"{rng.randint(1, 4)}次。",
        ("b", "二、主动公开政府信息情况"),
        (
            "table",
            [
                ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                ["规章", rules, 0, rules],
                ["行政规范性文件", issued, repealed, issued + rng.randint(3, 20)],
            ],
        ),
        ("b", "三、收到和处理政府信息公开申请情况"),
        (
            "table",
            [
                ["申请情况", "件数"],
                ["本年新收政府信息公开申请数量", received],
                ["予以公开", granted],
                ["部分公开", partly],
                ["不予公开、无法提供等其他处理", other],
                ["总计", received],
                ["结转下年度继续办理", 0],
            ],
        ),
        ("b", "四、政府信息公开行政复议、行政诉讼情况"),
        f"本年度因政府信息公开引起的行政复议{rng.randint(0, 1)}件、行政诉讼0件，未发生被纠错情况。",
        ("b", "五、存在的主要问题及改进情况"),
        "一是政策解读形式还不够丰富，图解、音视频解读比例偏低；二是个别栏目信息更新不够及时。"
        f"下一步，{dept.short_name}将一方面丰富解读形式，另一方面建立栏目更新台账，确保法定主动公开内容及时公开到位。",
        ("b", "六、其他需要报告的事项"),
        "本年度未收取政府信息公开信息处理费。",
    ]
