"""Documents of the three townships (乡镇人民政府主动公开内容)."""

from gongkai.catalogue.choices import Genre

from ..specs import DocSpec
from ..texts import notice, plain
from .common import CIVIL, FARMING, FINANCE, GENERAL, HEALTH, RURAL, doc, policy


def _flood(key: str, year: int, when: tuple) -> DocSpec:
    return policy(
        key,
        "qingshan",
        when,
        f"青山镇人民政府关于印发《青山镇{year}年防汛工作方案》的通知",
        f"青山镇{year}年防汛工作方案",
        basis="切实做好汛期防汛工作，确保人民群众生命财产安全",
        goal="坚持人民至上、生命至上，落实“防大汛、抗大洪、抢大险、救大灾”各项准备，确保安全度汛。",
        points=[
            (
                "压实防汛责任",
                "实行镇领导包村、村干部包组、党员包户的防汛责任制，明确山洪灾害危险区转移责任人。",
            ),
            (
                "开展隐患排查",
                "汛前对全镇12座小型水库、山塘和河道堤防开展拉网式排查，建立隐患台账，限时整改销号。",
            ),
            ("做好转移避险", "提前确定避险场所和转移路线，遇强降雨预警时，及时组织危险区群众转移。"),
            ("储备防汛物资", "镇级储备编织袋、救生衣、冲锋舟等防汛物资，各村建立不少于20人的应急抢险队伍。"),
        ],
        subject=FARMING,
        columns=("township", "emergency"),
        keywords="防汛 方案 乡镇",
        summary=f"部署青山镇{year}年防汛责任落实、隐患排查、转移避险和物资储备工作。",
    )


def townships(y0: int) -> list[DocSpec]:
    y = [y0, y0 + 1, y0 + 2]
    return [
        doc(
            "chengguan-insurance",
            "chengguan",
            (1, 9, 17),
            f"城关镇人民政府关于做好{y[1] + 1}年度城乡居民医疗保险征缴工作的通知",
            notice(
                f"{y[1] + 1}年度城乡居民基本医疗保险集中征缴期为{y[1]}年9月至12月，个人缴费标准按照上级规定执行。",
                "各村（居）要做好政策宣传，重点做好脱贫人口、低保对象、特困人员等群体的参保工作，确保应保尽保。",
                "参保群众可通过手机缴费平台、银行网点或村（居）便民服务站缴费。",
            ),
            subject=HEALTH,
            columns=("township",),
            keywords="城乡居民医保 征缴",
            summary=f"部署城关镇{y[1] + 1}年度城乡居民医疗保险集中征缴工作。",
        ),
        doc(
            "chengguan-subsidy",
            "chengguan",
            (2, 5, 15),
            f"城关镇{y[2]}年度耕地地力保护补贴面积公示",
            plain(
                f"经农户申报、村级核实，城关镇{y[2]}年度耕地地力保护补贴面积共86210亩，涉及18个行政村。"
                "各村补贴面积明细已在村务公开栏张贴。",
                "公示期为7天。如有异议，请在公示期内向城关镇农业综合服务中心反映。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=FARMING,
            columns=("township", "livelihood"),
            topics=(RURAL,),
            keywords="耕地地力保护补贴 公示",
            summary=f"公示城关镇{y[2]}年度耕地地力保护补贴面积。",
        ),
        _flood("qingshan-flood-0", y[0], (0, 5, 23)),
        _flood("qingshan-flood-2", y[2], (2, 5, 22)),
        policy(
            "qingshan-environment",
            "qingshan",
            (1, 4, 11),
            f"青山镇人民政府关于印发《青山镇{y[1]}年农村人居环境整治提升工作方案》的通知",
            f"青山镇{y[1]}年农村人居环境整治提升工作方案",
            basis="持续改善农村人居环境，建设宜居宜业和美乡村",
            goal=f"{y[1]}年底前，全镇农村卫生厕所普及率达到90%以上，生活垃圾收运处置体系覆盖所有自然村。",
            points=[
                ("推进农村厕所革命", "完成户厕改造600户，建立管护长效机制。"),
                ("治理农村生活垃圾", "推行“户分类、村收集、镇转运、县处理”模式。"),
                ("整治村容村貌", "开展“清垃圾、清杂物、清残垣断壁”专项行动。"),
            ],
            subject=FARMING,
            columns=("township",),
            topics=(RURAL,),
            keywords="人居环境 乡村振兴",
            summary=f"部署青山镇{y[1]}年农村人居环境整治提升工作。",
        ),
        policy(
            "hekou-environment",
            "hekou",
            (1, 3, 19),
            f"河口镇人民政府关于印发《河口镇{y[1]}年美丽乡村建设工作方案》的通知",
            f"河口镇{y[1]}年美丽乡村建设工作方案",
            basis="扎实推进乡村建设行动，打造沿河美丽乡村示范带",
            goal=f"{y[1]}年创建市级美丽乡村示范村2个、县级示范村5个。",
            points=[
                ("完善基础设施", "实施村内道路硬化和路灯亮化工程。"),
                ("提升公共服务", "改造提升村级综合服务中心3处。"),
                ("培育文明乡风", "开展“最美家庭”“好媳妇好婆婆”评选活动。"),
            ],
            subject=FARMING,
            columns=("township",),
            topics=(RURAL,),
            keywords="美丽乡村 乡村振兴",
            summary=f"部署河口镇{y[1]}年美丽乡村建设工作。",
        ),
        doc(
            "hekou-projects",
            "hekou",
            (2, 8, 12),
            f"河口镇{y[2]}年重点项目建设进展情况",
            plain(
                f"截至{y[2]}年7月底，全镇列入县级重点项目的6个项目均已开工，累计完成投资1.86亿元，占年度计划的62%。",
                (
                    "table",
                    [
                        ["项目名称", "年度计划投资（万元）", "完成投资（万元）"],
                        ["河口镇污水处理厂提标改造", 3200, 2150],
                        ["滨河路改造工程", 5600, 3300],
                        ["农产品产地冷藏保鲜设施", 1800, 1200],
                    ],
                ),
            ),
            genre=Genre.OTHER,
            series="",
            subject=GENERAL,
            columns=("township", "projects"),
            keywords="重点项目 进展",
            summary=f"公布河口镇{y[2]}年重点项目建设进展情况。",
        ),
        doc(
            "hekou-village-finance",
            "hekou",
            (1, 11, 6),
            f"河口镇人民政府关于{y[1]}年前三季度村级财务公开情况的通报",
            notice(
                f"{y[1]}年前三季度，全镇16个村全部按季度在村务公开栏公开了财务收支情况，公开及时率100%。",
                "个别村存在公开内容不够细化、票据说明不规范等问题，镇农村经营管理站已督促整改。",
            ),
            genre=Genre.CIRCULAR,
            subject=FINANCE,
            columns=("township",),
            keywords="村务公开 村级财务",
            summary=f"通报{y[1]}年前三季度全镇村级财务公开情况。",
        ),
        doc(
            "chengguan-relief",
            "chengguan",
            (1, 12, 9),
            f"城关镇{y[1]}年冬春困难群众救助工作安排",
            notice(
                "为切实保障困难群众冬春期间基本生活，现就有关工作安排如下：",
                "一、全面排查摸底。各村（居）对低保对象、特困人员、临时遇困家庭开展入户走访，做到不漏一户、不落一人。",
                "二、及时发放救助物资。冬春救助资金和物资在春节前发放到位，发放情况在村务公开栏公示。",
            ),
            subject=CIVIL,
            columns=("township", "social-assistance"),
            keywords="冬春救助 困难群众",
            summary=f"部署城关镇{y[1]}年冬春困难群众救助工作。",
        ),
    ]
