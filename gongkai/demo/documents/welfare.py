"""Documents of the human resources and social security bureau and the civil affairs bureau."""

import random

from gongkai.catalogue.choices import Genre

from ..specs import DocSpec, FileSpec, InterpSpec
from ..texts import announcement, notice, plain
from .common import CIVIL, JOBS, LABOUR, doc, policy

TOWNSHIPS = ["城关镇", "青山镇", "河口镇", "柳林乡", "石桥乡"]


def _recruitment(i: int, year: int) -> DocSpec:
    rng = random.Random(year * 7)
    posts = rng.randint(40, 90)
    files = ()
    if i == 1:
        files = (
            FileSpec(
                f"示范县{year}年事业单位公开招聘岗位表.xlsx",
                "xlsx",
                title="招聘岗位表",
                table=[
                    ["招聘单位", "岗位名称", "招聘人数", "学历要求", "专业要求"],
                    ["县政务服务中心", "综合管理", 2, "本科及以上", "不限"],
                    ["县疾病预防控制中心", "公共卫生", 3, "本科及以上", "预防医学"],
                    ["县农业技术推广中心", "农技推广", 4, "大专及以上", "农学类"],
                ],
            ),
        )
    return doc(
        f"hrss-recruit-{i}",
        "hrss",
        (i, 4, 10 + i),
        f"示范县{year}年事业单位公开招聘工作人员公告",
        announcement(
            f"根据《事业单位人事管理条例》和《事业单位公开招聘人员暂行规定》，经研究，{year}年示范县事业单位公开招聘"
            f"工作人员{posts}名。现将有关事项公告如下：",
            ("b", "一、招聘原则"),
            "坚持德才兼备的用人标准，贯彻公开、平等、竞争、择优的原则。",
            ("b", "二、报考条件"),
            "具有中华人民共和国国籍，遵纪守法，品行端正，具有岗位所需的学历、专业和技能条件，"
            "年龄一般在35周岁以下。",
            ("b", "三、报名方式"),
            f"报名采取网上报名方式，报名时间为{year}年4月25日至4月29日。",
            ("b", "四、考试和聘用"),
            "考试采取笔试和面试相结合的方式，笔试、面试成绩及拟聘用人员名单在本平台公布。",
            "咨询电话：0999-7121404（工作日）。",
        ),
        genre=Genre.ANNOUNCEMENT,
        series="",
        subject=LABOUR,
        columns=("recruitment",),
        keywords="事业单位 公开招聘",
        summary=f"{year}年示范县事业单位公开招聘工作人员{posts}名的报考条件、报名方式和考试聘用安排。",
        files=files,
    )


def _dibao(key: str, year: int, when: tuple, old: tuple[int, int], new: tuple[int, int]) -> DocSpec:
    return doc(
        key,
        "civil",
        when,
        "示范县民政局 示范县财政局关于提高城乡最低生活保障标准的通知",
        notice(
            f"经县政府同意，自{year}年7月1日起，将城市最低生活保障标准由每人每月{old[0]}元提高到{new[0]}元，"
            f"农村最低生活保障标准由每人每年{old[1]}元提高到{new[1]}元。特困人员基本生活标准按照不低于当地低保标准的1.3倍同步调整。",
            "各乡镇要做好新旧标准衔接，确保提标资金按时足额发放到位。所需资金由县财政统筹上级补助资金和本级资金予以保障。",
        ),
        issuing_authority="示范县民政局 示范县财政局",
        subject=CIVIL,
        columns=("social-assistance",),
        topics=(JOBS,),
        keywords="最低生活保障 标准",
        summary=f"自{year}年7月1日起提高城乡最低生活保障标准和特困人员基本生活标准。",
    )


def _funds(key: str, year: int, quarter: int, when: tuple) -> DocSpec:
    rng = random.Random(key)
    rows = [["乡镇", "城市低保（人）", "农村低保（人）", "发放金额（元）"]]
    for town in TOWNSHIPS:
        city, village = rng.randint(30, 400), rng.randint(400, 1500)
        rows.append([town, city, village, city * 3 * 760 + village * 3 * 540])
    return doc(
        key,
        "civil",
        when,
        f"示范县{year}年第{'一二三四'[quarter - 1]}季度城乡低保资金发放情况",
        plain(
            f"现将{year}年第{'一二三四'[quarter - 1]}季度全县城乡最低生活保障资金发放情况公布如下：",
            ("table", rows),
            "如对发放情况有异议，可向所在乡镇人民政府或县民政局反映。",
        ),
        genre=Genre.OTHER,
        series="",
        subject=CIVIL,
        columns=("social-assistance",),
        keywords="低保 资金发放",
        summary=f"公布{year}年第{'一二三四'[quarter - 1]}季度各乡镇城乡低保人数和资金发放情况。",
    )


def welfare(y0: int) -> list[DocSpec]:
    y = [y0, y0 + 1, y0 + 2]
    return [
        *(_recruitment(i, y[i]) for i in range(3)),
        policy(
            "hrss-subsidy",
            "hrss",
            (0, 6, 14),
            "示范县人力资源和社会保障局关于印发《示范县就业创业补贴申领办法》的通知",
            "示范县就业创业补贴申领办法",
            normative=True,
            measures=True,
            basis="规范就业创业补贴申领和发放，提高就业补助资金使用效益，根据《就业补助资金管理办法》等规定",
            scope="在本县行政区域内申领就业创业补贴的单位和个人，适用本办法。",
            points=[
                (
                    "补贴种类",
                    "本办法所称就业创业补贴，包括一次性吸纳就业补贴、社会保险补贴、公益性岗位补贴、一次性创业补贴和职业培训补贴。",
                ),
                (
                    "一次性创业补贴",
                    "首次创办小微企业或者从事个体经营，正常经营1年以上的，给予5000元一次性创业补贴。",
                ),
                (
                    "社会保险补贴",
                    "对招用就业困难人员并缴纳社会保险费的单位，按其实际缴纳的社会保险费给予补贴，补贴期限最长不超过3年。",
                ),
                (
                    "申领程序",
                    "申请人通过网上经办系统或者政务服务中心窗口提交申请，经审核公示无异议后，补贴资金直接拨付至申请人账户。",
                ),
                ("资金监管", "骗取、冒领补贴资金的，由县人力资源和社会保障局追回资金，并依法追究责任。"),
            ],
            interp=InterpSpec(
                "qa",
                qa=[
                    (
                        "一次性创业补贴需要什么条件？",
                        "首次创办小微企业或者从事个体经营，取得营业执照并正常经营1年以上的，可以申领5000元。",
                    ),
                    (
                        "在哪里申请补贴？",
                        "可通过县人社局网上经办系统提交，也可以到县政务服务中心人社窗口办理。",
                    ),
                    ("补贴多久能到账？", "审核公示无异议后，一般在15个工作日内拨付到申请人账户。"),
                ],
            ),
            subject=LABOUR,
            columns=("regulations", "livelihood"),
            topics=(JOBS,),
            keywords="就业创业补贴 申领",
            summary="规定就业创业补贴的种类、标准、申领程序和资金监管。",
        ),
        doc(
            "hrss-pension",
            "hrss",
            (1, 7, 18),
            "示范县人力资源和社会保障局 示范县财政局关于提高城乡居民基本养老保险基础养老金标准的通知",
            notice(
                f"根据上级部署，经县政府同意，自{y[1]}年1月1日起，将全县城乡居民基本养老保险基础养老金最低标准每人每月提高20元。",
                "提高标准所需资金按规定由中央、省、市、县财政共同负担，已按原标准发放的，由县社会保险事业中心于本通知印发后一次性补发到位。",
            ),
            issuing_authority="示范县人力资源和社会保障局 示范县财政局",
            involved=("finance",),
            subject=LABOUR,
            columns=("livelihood",),
            topics=(JOBS,),
            keywords="城乡居民养老保险 基础养老金",
            summary="提高城乡居民基本养老保险基础养老金最低标准并补发差额。",
        ),
        doc(
            "hrss-wages",
            "hrss",
            (2, 1, 20),
            f"示范县人力资源和社会保障局关于{y[2] - 1}年度根治欠薪工作情况的通报",
            notice(
                f"{y[2] - 1}年，全县各级各部门深入开展根治欠薪行动，共受理欠薪投诉举报136件，为1284名劳动者追回工资待遇"
                "2168万元，案件结案率100%。",
                "工程建设领域农民工工资专用账户、实名制管理、工资保证金等制度全面落实，新开工项目制度覆盖率达到100%。",
                "各有关单位要持续保持治欠保支高压态势，对恶意欠薪违法行为依法严厉打击。",
            ),
            genre=Genre.CIRCULAR,
            subject=LABOUR,
            columns=("enforcement",),
            keywords="根治欠薪 农民工工资",
            summary=f"通报{y[2] - 1}年度全县根治欠薪工作情况，部署下一步工作。",
        ),
        doc(
            "hrss-internship",
            "hrss",
            (1, 5, 22),
            f"示范县{y[1]}年高校毕业生就业见习岗位公告",
            announcement(
                "为帮助离校未就业高校毕业生提升就业能力，现公布第一批就业见习岗位。见习期间由见习单位按不低于当地最低工资标准"
                "发放基本生活费，县财政按规定给予见习补贴。",
                "报名对象：离校2年内未就业高校毕业生和16至24岁失业青年。报名地点：县政务服务中心人社窗口。",
            ),
            genre=Genre.ANNOUNCEMENT,
            series="",
            subject=LABOUR,
            columns=("livelihood",),
            topics=(JOBS,),
            keywords="就业见习 高校毕业生",
            summary="公布高校毕业生就业见习岗位、报名对象和补贴政策。",
            files=(
                FileSpec(
                    "就业见习岗位表.xlsx",
                    "xlsx",
                    title="就业见习岗位表",
                    table=[
                        ["见习单位", "岗位", "人数", "见习期限"],
                        ["示范县农产品加工有限公司", "质量检测", 3, "6个月"],
                        ["示范县人民医院", "行政助理", 2, "6个月"],
                    ],
                ),
            ),
        ),
        _dibao("civil-dibao-0", y[0], (0, 7, 8), (720, 6600), (760, 7000)),
        _dibao("civil-dibao-2", y[2], (2, 7, 7), (800, 7400), (840, 7800)),
        policy(
            "civil-temp-aid",
            "civil",
            (1, 5, 12),
            "示范县民政局关于印发《示范县临时救助实施办法》的通知",
            "示范县临时救助实施办法",
            normative=True,
            measures=True,
            basis="发挥临时救助兜底线、救急难作用，解决城乡困难群众突发性、紧迫性、临时性基本生活困难，根据《社会救助暂行办法》等规定",
            scope="本县行政区域内临时救助的申请、审核审批和管理，适用本办法。",
            points=[
                (
                    "救助对象",
                    "因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或者个人，"
                    "可以申请临时救助。",
                ),
                (
                    "救助标准",
                    "临时救助金额一般不超过当地城市低保月标准的6倍；对情况特殊的，经县民政局审批可以适当提高。",
                ),
                (
                    "申请受理",
                    "申请人向户籍所在地乡镇人民政府提出申请，情况紧急的可以先行救助，事后补齐手续。",
                ),
                (
                    "急难型救助",
                    "对急难型临时救助，乡镇人民政府可以在小额救助额度内直接审批，审批结果按规定公示。",
                ),
                ("监督管理", "县民政局定期对临时救助工作进行检查，对弄虚作假骗取救助的，依法追回救助资金。"),
            ],
            interp=InterpSpec(
                "qa",
                qa=[
                    (
                        "临时救助向哪里申请？",
                        "向户籍所在地乡镇人民政府提出申请；非本县户籍的，可以向经常居住地乡镇人民政府提出申请。",
                    ),
                    ("情况紧急怎么办？", "对情况紧急的，乡镇人民政府可以先行救助，事后补齐申请和审核手续。"),
                    ("临时救助最多能救助多少？", "一般不超过当地城市低保月标准的6倍，特殊情况可以适当提高。"),
                ],
            ),
            subject=CIVIL,
            columns=("regulations", "social-assistance"),
            keywords="临时救助 社会救助",
            summary="规定临时救助的对象、标准、申请受理、急难型救助和监督管理。",
        ),
        _funds("civil-funds-1", y[1], 1, (1, 4, 15)),
        _funds("civil-funds-3", y[1], 3, (1, 10, 16)),
        _funds("civil-funds-5", y[2], 1, (2, 4, 14)),
    ]
