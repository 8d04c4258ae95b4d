"""Documents of the market regulation, justice and agriculture bureaus."""

import random

from gongkai.catalogue.choices import Genre

from ..specs import WITHDRAWN, DocSpec, FileSpec
from ..texts import announcement, notice, plain
from .common import BUSINESS, FARMING, JUSTICE, MARKET, RURAL, doc, policy

SHOPS = [
    "示范县城关镇万家福超市",
    "示范县青山镇惠民便利店",
    "示范县河口镇鲜丰农贸市场",
    "示范县城关镇老街面食店",
    "示范县城关镇绿源蔬菜批发部",
    "示范县青山镇旺旺食品商行",
]
FOODS = [
    ("韭菜", "腐霉利"),
    ("豆芽", "4-氯苯氧乙酸钠"),
    ("鸡蛋", "恩诺沙星"),
    ("油条", "铝的残留量"),
    ("芹菜", "毒死蜱"),
]


def _food(key: str, year: int, issue: int, when: tuple, with_file=False) -> DocSpec:
    rng = random.Random(key)
    total = rng.randint(180, 420)
    bad = rng.randint(2, 5)
    rows = [["被抽样单位", "样品名称", "不合格项目", "检验结论"]]
    for i in range(bad):
        food, item = FOODS[(issue + i) % len(FOODS)]
        rows.append([SHOPS[(issue * 2 + i) % len(SHOPS)], food, item, "不合格"])
    files = (
        (
            FileSpec(
                f"{year}年第{issue}期食品安全监督抽检合格产品信息.xlsx",
                "xlsx",
                title="合格产品信息",
                table=[
                    ["序号", "被抽样单位", "样品名称", "检验结论"],
                    *[
                        [i + 1, SHOPS[i % len(SHOPS)], ["大米", "面粉", "食用植物油", "酱油"][i % 4], "合格"]
                        for i in range(8)
                    ],
                ],
            ),
        )
        if with_file
        else ()
    )
    return doc(
        key,
        "market",
        when,
        f"示范县市场监督管理局关于{year}年第{issue}期食品安全监督抽检信息的公告",
        announcement(
            f"近期，县市场监督管理局组织抽检粮食加工品、食用油、蔬菜、蛋制品等食品{total}批次，其中合格{total - bad}批次、"
            f"不合格{bad}批次。不合格产品信息如下：",
            ("table", rows),
            "对抽检发现的不合格食品，县市场监督管理局已责令相关经营者立即采取下架、召回等措施，并依法立案调查。",
            "消费者如发现不合格食品，可拨打12315投诉举报电话。",
        ),
        genre=Genre.ANNOUNCEMENT,
        series="",
        subject=MARKET,
        columns=("inspection",),
        keywords="食品安全 监督抽检",
        summary=f"公告{year}年第{issue}期食品安全监督抽检情况，{total}批次中不合格{bad}批次。",
        files=files,
    )


def _penalty(key: str, year: int, issue: int, when: tuple, **kw) -> DocSpec:
    rows = [["决定书文号", "当事人", "违法行为", "处罚内容"]]
    cases = [
        ("销售过期食品", "没收违法所得，罚款5000元"),
        ("未明码标价", "警告，罚款1000元"),
        ("使用未经检验的特种设备", "责令停止使用，罚款30000元"),
        ("发布虚假广告", "罚款20000元"),
    ]
    for i, (act, result) in enumerate(cases[issue % 2 : issue % 2 + 3]):
        rows.append(
            [f"示市监罚〔{year}〕{12 + issue * 5 + i}号", SHOPS[(issue + i) % len(SHOPS)], act, result]
        )
    return doc(
        key,
        "market",
        when,
        f"示范县市场监督管理局行政处罚信息公示（{year}年第{issue}期）",
        plain(
            "根据《市场监督管理行政处罚信息公示规定》，现将本期行政处罚决定信息公示如下：", ("table", rows)
        ),
        genre=Genre.OTHER,
        series="",
        subject=MARKET,
        columns=("enforcement",),
        keywords="行政处罚 信息公示",
        summary=f"公示{year}年第{issue}期市场监管行政处罚决定信息。",
        **kw,
    )


def _rural_plan(i: int, year: int, when: tuple) -> DocSpec:
    return policy(
        f"agri-rural-{i}",
        "agri",
        when,
        f"示范县农业农村局关于印发《示范县{year}年乡村振兴重点工作实施方案》的通知",
        f"示范县{year}年乡村振兴重点工作实施方案",
        basis="全面贯彻落实中央和省、市关于“三农”工作的决策部署，巩固拓展脱贫攻坚成果，扎实推进乡村全面振兴",
        goal=f"{year}年全县粮食播种面积稳定在52万亩以上，新建高标准农田3万亩，农村居民人均可支配收入增长7%以上，"
        "守住不发生规模性返贫底线。",
        points=[
            ("确保粮食安全", "严格落实耕地保护和粮食安全党政同责，稳定粮食播种面积，推广良种良法。"),
            (
                "巩固拓展脱贫攻坚成果",
                "健全防止返贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶。",
            ),
            (
                "发展乡村特色产业",
                "做强优质小麦、设施蔬菜和林果三大特色产业，培育省级以上农业产业化龙头企业。",
            ),
            ("推进宜居宜业和美乡村建设", "深入开展农村人居环境整治提升，推进农村户厕改造和生活污水治理。"),
        ],
        subject=FARMING,
        columns=("plans",),
        topics=(RURAL,),
        keywords="乡村振兴 重点工作",
        summary=f"部署{year}年全县乡村振兴重点工作任务。",
    )


def regulation(y0: int) -> list[DocSpec]:
    y = [y0, y0 + 1, y0 + 2]
    return [
        _food("market-food-0a", y[0], 3, (0, 6, 20)),
        _food("market-food-0b", y[0], 7, (0, 12, 12)),
        _food("market-food-1", y[1], 4, (1, 6, 17), with_file=True),
        _food("market-food-2", y[2], 4, (2, 6, 16)),
        _penalty(
            "market-penalty-0",
            y[0],
            2,
            (0, 9, 10),
            state=WITHDRAWN,
            withdraw_after=38,
            withdraw_reason="本期公示中一项处罚决定已被行政复议决定撤销，依规停止公示，更正后另行公布。",
        ),
        _penalty("market-penalty-2", y[2], 3, (2, 9, 9)),
        policy(
            "market-discretion",
            "market",
            (1, 3, 13),
            "示范县市场监督管理局关于印发《示范县市场监督管理行政处罚裁量权适用规则》的通知",
            "示范县市场监督管理行政处罚裁量权适用规则",
            normative=True,
            measures=True,
            basis="规范市场监管行政处罚裁量权的行使，保障市场主体合法权益，根据《中华人民共和国行政处罚法》等法律法规",
            scope="县市场监督管理局实施行政处罚时行使裁量权，适用本规则。",
            points=[
                ("裁量原则", "行使行政处罚裁量权应当坚持合法、合理、过罚相当、处罚与教育相结合的原则。"),
                ("不予处罚", "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"),
                ("从轻减轻处罚", "主动消除或者减轻违法行为危害后果的，应当从轻或者减轻行政处罚。"),
                ("从重处罚", "在突发事件期间实施违法行为的，或者违法行为造成严重危害后果的，依法从重处罚。"),
                ("集体讨论", "对情节复杂或者重大违法行为给予行政处罚的，应当经局务会议集体讨论决定。"),
            ],
            subject=MARKET,
            columns=("regulations", "enforcement"),
            topics=(BUSINESS,),
            keywords="行政处罚 裁量权 包容审慎",
            summary="规定市场监管行政处罚裁量的原则以及不予处罚、从轻减轻和从重处罚的情形。",
        ),
        doc(
            "market-one-stop",
            "market",
            (1, 7, 7),
            "示范县企业开办“一网通办”服务指南",
            plain(
                ("b", "一、办理事项"),
                "企业设立登记、公章刻制、发票申领、员工参保登记、住房公积金企业缴存登记、银行预约开户。",
                ("b", "二、办理方式"),
                "申请人登录省政务服务网“企业开办一网通办”专区在线填报，也可以到县政务服务中心企业开办专区办理。",
                ("b", "三、办理时限"),
                "材料齐全、符合法定形式的，1个工作日内办结。",
                ("b", "四、收费标准"),
                "不收费。新开办企业首套印章由县财政免费刻制。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=MARKET,
            columns=("licensing",),
            topics=(BUSINESS,),
            keywords="企业开办 一网通办 办事指南",
            summary="说明企业开办“一网通办”的办理事项、方式、时限和收费标准。",
        ),
        doc(
            "market-random",
            "market",
            (2, 4, 1),
            f"示范县市场监督管理局关于开展{y[2]}年“双随机、一公开”抽查工作的通知",
            notice(
                f"根据{y[2]}年度抽查计划，县市场监督管理局将对企业公示信息、食品经营、特种设备等事项开展“双随机、一公开”抽查。",
                "抽查对象从市场主体名录库中随机抽取，执法检查人员从执法人员名录库中随机选派，抽查结果在抽查完成后20个工作日内公示。",
            ),
            subject=MARKET,
            columns=("inspection",),
            topics=(BUSINESS,),
            keywords="双随机 一公开 抽查",
            summary=f"部署{y[2]}年“双随机、一公开”抽查事项、抽取方式和结果公示要求。",
        ),
        *(
            doc(
                f"justice-stats-{i}",
                "justice",
                (i, 1, 26 - i),
                f"示范县{y[i] - 1}年度行政执法数据统计年报",
                plain(
                    f"现将{y[i] - 1}年度全县行政执法数据公布如下：",
                    (
                        "table",
                        [
                            ["执法类别", "办件数量"],
                            ["行政许可", 3120 + 211 * i],
                            ["行政处罚", 1486 + 97 * i],
                            ["行政强制", 58 + 9 * i],
                            ["行政检查", 4630 + 305 * i],
                        ],
                    ),
                    "全县行政执法机关全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。",
                ),
                genre=Genre.OTHER,
                series="",
                subject=JUSTICE,
                columns=("enforcement", "statistics"),
                keywords="行政执法 统计年报",
                summary=f"公布{y[i] - 1}年度全县行政许可、处罚、强制和检查数据。",
            )
            for i in range(2)
        ),
        doc(
            "justice-subjects",
            "justice",
            (1, 2, 19),
            "示范县司法局关于公布示范县县级行政执法主体名单的公告",
            announcement(
                "根据法律法规规章立改废和机构改革情况，县司法局对县级行政执法主体进行了清理确认，现将名单予以公布（详见附件）。"
            ),
            genre=Genre.ANNOUNCEMENT,
            series="",
            subject=JUSTICE,
            columns=("enforcement",),
            keywords="行政执法主体 名单",
            summary="公布经清理确认的县级行政执法主体名单。",
            files=(
                FileSpec(
                    "示范县县级行政执法主体名单.docx",
                    "docx",
                    title="示范县县级行政执法主体名单",
                    table=[
                        ["序号", "执法主体", "执法类别"],
                        ["1", "示范县教育局", "许可、处罚、检查"],
                        ["2", "示范县卫生健康局", "许可、处罚、强制、检查"],
                        ["3", "示范县市场监督管理局", "许可、处罚、强制、检查"],
                    ],
                ),
            ),
        ),
        policy(
            "justice-pufa",
            "justice",
            (2, 3, 12),
            f"示范县司法局关于印发《示范县{y[2]}年普法依法治理工作要点》的通知",
            f"示范县{y[2]}年普法依法治理工作要点",
            basis="深入实施“八五”普法规划，推进全民守法普法",
            goal="落实“谁执法谁普法”普法责任制，提升全社会法治意识和法治素养。",
            points=[
                ("突出学习宣传宪法", "组织开展“宪法宣传周”活动。"),
                ("深化民法典宣传", "推动民法典进社区、进农村、进企业。"),
                ("推进法治乡村建设", "培育农村“法律明白人”，开展民主法治示范村创建。"),
            ],
            subject=JUSTICE,
            columns=("other-statutory",),
            keywords="普法 依法治理",
            summary=f"部署{y[2]}年全县普法依法治理工作任务。",
        ),
        policy(
            "justice-publicity",
            "justice",
            (0, 7, 11),
            "示范县司法局关于印发《示范县行政执法公示制度实施办法》的通知",
            "示范县行政执法公示制度实施办法",
            normative=True,
            measures=True,
            basis="保障公民、法人和其他组织对行政执法的知情权、参与权和监督权，根据国家关于全面推行行政执法公示制度的规定",
            scope="本县行政执法机关实施行政许可、行政处罚、行政强制、行政检查等行政执法行为的信息公示，适用本办法。",
            points=[
                (
                    "事前公开",
                    "行政执法机关应当公开执法主体、人员、职责、权限、依据、程序、救济渠道和随机抽查事项清单。",
                ),
                (
                    "事中公示",
                    "执法人员在执法过程中应当主动出示执法证件，出具执法文书，告知当事人执法事由、依据和权利义务。",
                ),
                (
                    "事后公开",
                    "行政许可、行政处罚决定应当自作出决定之日起7个工作日内公开，法律法规另有规定的除外。",
                ),
                ("公示期限", "行政处罚信息公示期限一般为3年，期满后停止公示。"),
            ],
            subject=JUSTICE,
            columns=("regulations", "enforcement"),
            topics=(BUSINESS,),
            keywords="行政执法公示 法治政府",
            summary="规定行政执法事前公开、事中公示、事后公开的内容和公示期限。",
        ),
        _rural_plan(0, y[0], (0, 3, 22)),
        _rural_plan(2, y[2], (2, 3, 20)),
        doc(
            "agri-subsidy-list",
            "agri",
            (1, 9, 26),
            f"示范县{y[1]}年耕地地力保护补贴发放情况公示",
            plain(
                f"{y[1]}年全县耕地地力保护补贴标准为每亩112元，补贴资金已通过“一卡通”发放到农户账户。各乡镇发放情况如下：",
                (
                    "table",
                    [
                        ["乡镇", "补贴面积（亩）", "补贴资金（元）"],
                        ["城关镇", 86210, 9655520],
                        ["青山镇", 152380, 17066560],
                        ["河口镇", 121945, 13657840],
                    ],
                ),
                "各村补贴明细在村务公开栏公示。对补贴发放有异议的，可向所在乡镇人民政府或县农业农村局反映。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=FARMING,
            columns=("livelihood",),
            topics=(RURAL,),
            keywords="耕地地力保护补贴",
            summary=f"公示{y[1]}年各乡镇耕地地力保护补贴面积和资金发放情况。",
        ),
        doc(
            "agri-farmland",
            "agri",
            (1, 4, 2),
            f"示范县{y[1]}年高标准农田建设项目计划",
            plain(
                f"{y[1]}年全县计划新建高标准农田3万亩，总投资4500万元，项目区涉及青山镇、河口镇12个行政村。",
                "建设内容包括土地平整、灌溉排水、田间道路、农田防护与生态环境保持和农田输配电等工程。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=FARMING,
            columns=("projects",),
            topics=(RURAL,),
            keywords="高标准农田 项目",
            summary=f"公布{y[1]}年高标准农田建设项目的规模、投资和建设内容。",
            files=(
                FileSpec(
                    f"示范县{y[1]}年高标准农田建设项目表.xlsx",
                    "xlsx",
                    title="高标准农田建设项目表",
                    table=[
                        ["项目区", "建设面积（亩）", "投资（万元）"],
                        ["青山镇东片", 16000, 2400],
                        ["河口镇北片", 14000, 2100],
                    ],
                ),
            ),
        ),
        policy(
            "agri-machinery",
            "agri",
            (2, 2, 18),
            f"示范县农业农村局关于印发《示范县{y[2]}年农机购置与应用补贴实施方案》的通知",
            f"示范县{y[2]}年农机购置与应用补贴实施方案",
            basis="推进农业机械化全程全面高质高效发展，落实农机购置与应用补贴政策",
            goal=f"{y[2]}年全县主要农作物耕种收综合机械化率达到90%以上。",
            points=[
                ("补贴对象", "从事农业生产的个人和农业生产经营组织。"),
                ("补贴范围", "执行省农机购置与应用补贴机具种类范围。"),
                ("操作流程", "实行自主购机、定额补贴、先购后补、县级结算、直补到卡。"),
            ],
            subject=FARMING,
            columns=("livelihood",),
            topics=(RURAL,),
            keywords="农机购置补贴",
            summary=f"明确{y[2]}年农机购置与应用补贴的对象、范围和操作流程。",
        ),
    ]
