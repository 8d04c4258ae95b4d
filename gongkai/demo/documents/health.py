"""Documents of the health bureau (示范县卫生健康局)."""

import random

from gongkai.catalogue.choices import Genre

from ..specs import RECORDED, DocSpec, FileSpec, InterpSpec
from ..texts import announcement, notice, plain
from .common import HEALTH, doc, on_request, policy


def _inspection(key: str, year: int, period: str, when: tuple) -> DocSpec:
    rng = random.Random(key)
    rows = [["场所类别", "抽检单位数", "合格单位数", "合格率"]]
    for kind in ("住宿场所", "沐浴场所", "美容美发场所", "游泳场所"):
        total = rng.randint(8, 40)
        ok = total - rng.randint(0, 2)
        rows.append([kind, total, ok, f"{ok * 100 / total:.1f}%"])
    return doc(
        key,
        "health",
        when,
        f"示范县卫生健康局关于{year}年{period}公共场所卫生监督抽检结果的通告",
        announcement(
            f"为加强公共场所卫生管理，保障公众健康，{year}年{period}，县卫生健康局对全县住宿、沐浴、美容美发和游泳等"
            "公共场所开展了卫生监督抽检。现将抽检结果通告如下：",
            ("table", rows),
            "对抽检不合格的单位，县卫生健康局已依法责令限期整改，并将跟踪复查整改情况。",
            closing="特此通告。",
        ),
        genre=Genre.NOTICE_PUBLIC,
        series="",
        subject=HEALTH,
        columns=("inspection",),
        keywords="公共场所 卫生监督 抽检",
        summary=f"通告{year}年{period}全县公共场所卫生监督抽检结果。",
    )


def _penalties(key: str, year: int, issue: int, when: tuple) -> DocSpec:
    rng = random.Random(key)
    clinics = [
        "示范县城关镇康宁口腔诊所",
        "示范县青山镇仁和堂中医诊所",
        "示范县河口镇惠民药店",
        "示范县城关镇美丽时光美容店",
    ]
    facts = [
        ("未取得医疗机构执业许可证擅自执业", "《医疗机构管理条例》第四十三条", "警告，罚款3000元"),
        ("使用非卫生技术人员从事医疗卫生技术工作", "《医疗机构管理条例》第四十七条", "罚款5000元"),
        ("未按规定对医疗废物进行登记", "《医疗废物管理条例》第四十六条", "警告，罚款2000元"),
        (
            "未取得有效健康合格证明从事直接为顾客服务的工作",
            "《公共场所卫生管理条例实施细则》第三十八条",
            "警告，罚款1000元",
        ),
    ]
    rows = [["决定书文号", "违法主体", "违法事实", "处罚依据", "处罚内容"]]
    for i in range(3):
        fact = facts[(issue + i) % len(facts)]
        rows.append(
            [f"示卫健罚〔{year}〕{rng.randint(10, 90)}号", clinics[(issue + i) % len(clinics)], *fact]
        )
    return doc(
        key,
        "health",
        when,
        f"示范县卫生健康局行政处罚决定信息公示（{year}年第{issue}期）",
        plain(
            "根据行政执法公示制度的有关规定，现将本期作出的行政处罚决定信息公示如下：",
            ("table", rows),
            "当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。",
        ),
        genre=Genre.OTHER,
        series="",
        subject=HEALTH,
        columns=("enforcement",),
        keywords="行政处罚 公示",
        summary=f"公示{year}年第{issue}期卫生健康行政处罚决定信息。",
    )


def health(y0: int) -> list[DocSpec]:
    y = [y0, y0 + 1, y0 + 2]
    return [
        policy(
            "health-family-doctor",
            "health",
            (0, 4, 9),
            "示范县卫生健康局关于印发《示范县家庭医生签约服务实施方案》的通知",
            "示范县家庭医生签约服务实施方案",
            basis="推进家庭医生签约服务提质增效，为群众提供综合、连续、协同的基本医疗卫生服务",
            goal=f"{y[0]}年全县家庭医生签约服务覆盖率达到45%以上，重点人群签约服务覆盖率达到75%以上。",
            points=[
                (
                    "明确签约服务对象",
                    "优先覆盖老年人、孕产妇、儿童、残疾人以及高血压、糖尿病等慢性病患者和脱贫人口等重点人群。",
                ),
                (
                    "组建签约服务团队",
                    "以乡镇卫生院和村卫生室为主体，由全科医生、乡村医生、护士和公共卫生人员组成家庭医生团队。",
                ),
                (
                    "丰富服务内容",
                    "为签约居民提供基本医疗、公共卫生和健康管理服务，落实预约就诊、慢性病长期处方和转诊绿色通道等措施。",
                ),
                (
                    "完善激励机制",
                    "签约服务费由医保基金、基本公共卫生服务经费和签约居民付费等分担，主要用于家庭医生团队的激励。",
                ),
            ],
            subject=HEALTH,
            columns=("livelihood",),
            keywords="家庭医生 签约服务",
            summary="明确家庭医生签约服务的对象、团队、服务内容和激励机制。",
        ),
        policy(
            "health-waste",
            "health",
            (0, 8, 13),
            "示范县卫生健康局关于印发《示范县医疗废物管理办法》的通知",
            "示范县医疗废物管理办法",
            normative=True,
            measures=True,
            basis="加强医疗废物安全管理，防止疾病传播，保护环境，根据《医疗废物管理条例》等法规",
            scope="本县行政区域内医疗卫生机构医疗废物的收集、运送、贮存、处置及监督管理，适用本办法。",
            points=[
                (
                    "分类收集",
                    "医疗卫生机构应当按照《医疗废物分类目录》对医疗废物实施分类收集，使用专用包装物和容器。",
                ),
                ("暂存管理", "医疗卫生机构应当设置医疗废物暂时贮存设施，暂时贮存时间不得超过2天。"),
                (
                    "集中处置",
                    "医疗废物由具有经营许可证的集中处置单位统一收运处置，基层医疗卫生机构可采取“小箱进大箱”方式集中转运。",
                ),
                ("台账管理", "医疗卫生机构应当对医疗废物进行登记，登记资料至少保存3年。"),
                (
                    "监督检查",
                    "县卫生健康局会同生态环境部门定期开展医疗废物管理监督检查，依法查处违法违规行为。",
                ),
            ],
            subject=HEALTH,
            columns=("regulations", "inspection"),
            keywords="医疗废物 管理",
            summary="规定医疗废物分类收集、暂存、集中处置、台账管理和监督检查要求。",
        ),
        policy(
            "health-phs",
            "health",
            (1, 3, 20),
            "示范县卫生健康局关于印发《示范县基本公共卫生服务项目实施方案》的通知",
            "示范县基本公共卫生服务项目实施方案",
            normative=True,
            basis="落实国家基本公共卫生服务项目，促进基本公共卫生服务逐步均等化",
            goal=f"{y[1]}年全县基本公共卫生服务项目覆盖全体常住居民，重点人群健康管理率稳步提高。",
            points=[
                (
                    "建立居民健康档案",
                    "为辖区常住居民建立统一、规范的居民健康档案，电子健康档案建档率保持在90%以上。",
                ),
                (
                    "重点人群健康管理",
                    "为65岁及以上老年人每年提供1次免费健康体检，对高血压、糖尿病患者每年提供不少于4次面对面随访。",
                ),
                (
                    "预防接种",
                    "为适龄儿童免费接种国家免疫规划疫苗，适龄儿童疫苗接种率以乡镇为单位保持在90%以上。",
                ),
                ("经费保障", "基本公共卫生服务经费人均财政补助标准按照国家规定执行，县财政足额配套。"),
            ],
            interp=InterpSpec("graphic"),
            subject=HEALTH,
            columns=("regulations", "livelihood"),
            keywords="基本公共卫生服务 健康档案",
            summary="明确基本公共卫生服务项目的主要内容、服务标准和经费保障。",
        ),
        _inspection("health-inspect-0", y[0], "第三季度", (0, 10, 17)),
        _inspection("health-inspect-1", y[1], "上半年", (1, 6, 19)),
        _inspection("health-inspect-2", y[2], "第二季度", (2, 7, 15)),
        _penalties("health-penalty-1", y[1], 2, (1, 4, 22)),
        _penalties("health-penalty-2", y[2], 5, (2, 8, 26)),
        policy(
            "health-emergency",
            "health",
            (1, 7, 9),
            "示范县卫生健康局关于印发示范县突发公共卫生事件应急预案的通知",
            "示范县突发公共卫生事件应急预案",
            basis="有效预防、及时控制和妥善处置突发公共卫生事件，保障公众身体健康和生命安全，根据《突发公共卫生事件应急条例》等法规",
            goal="建立健全统一领导、分级负责、反应及时、措施果断的突发公共卫生事件应急处置机制。",
            points=[
                (
                    "事件分级",
                    "根据性质、危害程度和涉及范围，突发公共卫生事件分为特别重大、重大、较大和一般四级。",
                ),
                (
                    "监测与报告",
                    "各医疗卫生机构发现突发公共卫生事件相关信息，应当在2小时内向县卫生健康局报告。",
                ),
                (
                    "应急响应",
                    "县突发公共卫生事件应急指挥部根据事件级别启动相应响应，组织开展医疗救治和流行病学调查。",
                ),
                (
                    "物资保障",
                    "县卫生健康局会同有关部门建立应急物资储备制度，保障药品、疫苗、防护用品等物资供应。",
                ),
            ],
            subject=HEALTH,
            columns=("emergency",),
            keywords="突发公共卫生事件 应急预案",
            summary="明确突发公共卫生事件的分级、监测报告、应急响应和物资保障。",
            files=(
                FileSpec(
                    "示范县突发公共卫生事件应急预案.pdf",
                    "pdf",
                    lines=[
                        "示范县突发公共卫生事件应急预案",
                        "1 总则",
                        "2 组织体系",
                        "3 监测、预警与报告",
                        "4 应急响应",
                        "5 保障措施",
                    ],
                ),
            ),
        ),
        doc(
            "health-institutions",
            "health",
            (2, 2, 27),
            "示范县卫生健康局关于公布示范县医疗机构名录的公告",
            announcement(
                "为方便群众就医，现将全县依法执业的医疗机构名录予以公布（详见附件）。"
                "名录实行动态更新，群众可通过本平台查询医疗机构执业信息。"
            ),
            genre=Genre.ANNOUNCEMENT,
            series="",
            subject=HEALTH,
            columns=("public-services",),
            keywords="医疗机构 名录",
            summary="公布全县依法执业的医疗机构名录。",
            files=(
                FileSpec(
                    "示范县医疗机构名录.xlsx",
                    "xlsx",
                    title="示范县医疗机构名录",
                    table=[
                        ["医疗机构名称", "类别", "地址", "诊疗科目"],
                        ["示范县人民医院", "二级综合医院", "城关镇健康路1号", "内科、外科、妇产科、儿科等"],
                        [
                            "示范县中医医院",
                            "二级中医医院",
                            "城关镇文化路16号",
                            "中医科、针灸科、康复医学科等",
                        ],
                        ["示范县青山镇卫生院", "乡镇卫生院", "青山镇政府街8号", "全科医疗科、预防保健科"],
                        ["示范县河口镇卫生院", "乡镇卫生院", "河口镇滨河路21号", "全科医疗科、中医科"],
                    ],
                ),
            ),
        ),
        doc(
            "health-reply-equipment",
            "health",
            (1, 11, 3),
            "示范县卫生健康局关于县人民医院新院区医用设备购置计划的批复",
            notice(
                "你院《关于新院区医用设备购置计划的请示》收悉。经研究，原则同意购置计划，请严格按照政府采购程序实施。",
                "此复。",
                addressees="示范县人民医院",
            ),
            genre=Genre.REPLY,
            series="字",
            subject=HEALTH,
            keywords="医用设备 购置 批复",
            state=RECORDED,
            summary="原则同意县人民医院新院区医用设备购置计划。",
            **on_request("批复涉及医院采购预算和设备配置等内部管理事项，依申请公开。"),
        ),
    ]
