"""Documents of the finance, natural resources and housing bureaus."""

import random

from gongkai.catalogue.choices import Genre

from ..specs import RECORDED, DocSpec, FileSpec, InterpSpec
from ..texts import announcement, notice, plain
from .common import BUSINESS, FINANCE, LAND, RURAL, URBAN, doc, on_request, policy


def _fees(key: str, year: int, when: tuple) -> DocSpec:
    return doc(
        key,
        "finance",
        when,
        f"示范县财政局关于公布{year}年示范县行政事业性收费目录清单的公告",
        announcement(
            "为进一步规范行政事业性收费管理，减轻企业和群众负担，根据国家和省有关规定，现将"
            f"{year}年示范县行政事业性收费目录清单予以公布（详见附件）。",
            "目录清单之外的行政事业性收费项目，一律不得执行。公民、法人和其他组织有权拒绝缴纳目录清单之外的收费，"
            "并可向县财政局、县发展和改革局举报。",
        ),
        genre=Genre.ANNOUNCEMENT,
        subject=FINANCE,
        columns=("fees",),
        topics=(BUSINESS,),
        keywords="行政事业性收费 目录清单",
        summary=f"公布{year}年示范县行政事业性收费目录清单，清单之外一律不得收费。",
        files=(
            FileSpec(
                f"{year}年示范县行政事业性收费目录清单.xlsx",
                "xlsx",
                title="行政事业性收费目录清单",
                table=[
                    ["序号", "执收部门", "收费项目", "资金管理方式", "政策依据"],
                    [1, "县公安局", "居民身份证工本费", "缴入国库", "价费字〔1992〕240号"],
                    [2, "县自然资源局", "不动产登记费", "缴入国库", "发改价格规〔2016〕2559号"],
                    [3, "县住建局", "城市道路占用、挖掘修复费", "缴入国库", "《城市道路管理条例》"],
                ],
            ),
        ),
    )


def _procurement(key: str, year: int, when: tuple, **kw) -> DocSpec:
    return doc(
        key,
        "finance",
        when,
        f"示范县财政局关于印发示范县{year}年政府集中采购目录及标准的通知",
        notice(
            f"现将《示范县{year}年政府集中采购目录及标准》印发给你们（详见附件），请遵照执行。",
            "一、集中采购目录以内的项目，应当委托县公共资源交易中心代理采购。",
            "二、集中采购目录以外、分散采购限额标准以上的项目，采购人可以自行组织采购，也可以委托采购代理机构采购。",
            "三、政府采购货物和服务项目公开招标数额标准为400万元，工程项目按照招标投标法律法规执行。",
        ),
        subject=FINANCE,
        columns=("procurement",),
        keywords="政府采购 集中采购目录",
        summary=f"公布示范县{year}年政府集中采购目录、分散采购限额标准和公开招标数额标准。",
        files=(
            FileSpec(
                f"示范县{year}年政府集中采购目录及标准.pdf",
                "pdf",
                lines=[
                    f"示范县{year}年政府集中采购目录及标准",
                    "一、集中采购机构采购项目：台式计算机、便携式计算机、打印设备、复印纸、车辆维修保养",
                    "二、分散采购限额标准：货物、服务项目100万元，工程项目120万元",
                    "三、公开招标数额标准：货物、服务项目400万元",
                ],
            ),
        ),
        **kw,
    )


def _land_sale(key: str, year: int, when: tuple) -> DocSpec:
    rng = random.Random(key)
    area, price = rng.randint(8000, 40000), rng.randint(300, 900)
    return doc(
        key,
        "nr",
        when,
        "示范县自然资源局国有建设用地使用权挂牌出让公告",
        announcement(
            "经示范县人民政府批准，示范县自然资源局决定以挂牌方式出让1宗国有建设用地使用权。现将有关事项公告如下：",
            (
                "table",
                [
                    ["地块编号", "位置", "面积（平方米）", "用途", "出让年限", "起始价（万元）"],
                    [
                        f"SF{year}-{rng.randint(1, 20):02d}",
                        "城关镇工业园区纬三路北侧",
                        area,
                        "工业用地",
                        "50年",
                        price,
                    ],
                ],
            ),
            "中华人民共和国境内外的法人、非法人组织和自然人，除法律另有规定外，均可申请参加竞买。",
            "本次挂牌出让在示范县公共资源交易中心网上交易系统进行，竞买人须按规定缴纳竞买保证金。",
        ),
        genre=Genre.ANNOUNCEMENT,
        series="告字",
        subject=LAND,
        columns=("other-statutory",),
        keywords="国有建设用地 挂牌出让",
        summary=f"挂牌出让城关镇工业园区1宗工业用地，面积{area}平方米，起始价{price}万元。",
    )


def economy(y0: int) -> list[DocSpec]:
    y = [y0, y0 + 1, y0 + 2]
    return [
        _fees("fin-fees-0", y[0], (0, 3, 6)),
        _fees("fin-fees-2", y[2], (2, 3, 5)),
        _procurement(
            "fin-procure-0", y[0], (0, 1, 12), expire_reason="目录适用年度已届满，新年度目录另行公布。"
        ),
        _procurement("fin-procure-2", y[2], (1, 12, 10)),
        doc(
            "fin-intent",
            "finance",
            (2, 5, 20),
            f"示范县{y[2]}年县级政府采购意向公开（第二批）",
            plain(
                "为便于供应商及时了解政府采购信息，根据财政部关于开展政府采购意向公开工作的有关规定，现将县级预算单位"
                f"{y[2]}年6月至8月政府采购意向公开如下：",
                (
                    "table",
                    [
                        ["采购单位", "采购项目名称", "预算金额（万元）", "预计采购时间"],
                        ["县教育局", "中小学教室照明改造", 186, "6月"],
                        ["县卫生健康局", "乡镇卫生院医疗设备", 240, "7月"],
                        ["县住建局", "城区道路养护服务", 150, "8月"],
                    ],
                ),
                "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=FINANCE,
            columns=("procurement",),
            topics=(BUSINESS,),
            keywords="政府采购 采购意向",
            summary="公开县级预算单位第二批政府采购意向。",
        ),
        policy(
            "fin-special-funds",
            "finance",
            (1, 6, 11),
            "示范县财政局关于印发《示范县县级财政专项资金管理办法》的通知",
            "示范县县级财政专项资金管理办法",
            normative=True,
            measures=True,
            basis="加强县级财政专项资金管理，提高资金使用效益，根据《中华人民共和国预算法》及其实施条例等规定",
            scope="县级财政预算安排的、具有专门用途和绩效目标的专项资金的设立、分配、使用和监督管理，适用本办法。",
            points=[
                (
                    "设立和调整",
                    "设立专项资金应当有明确的政策依据、绩效目标和实施期限，原则上实施期限不超过5年。",
                ),
                ("资金分配", "专项资金采取项目法或者因素法分配，分配结果按规定向社会公开。"),
                ("预算执行", "专项资金应当在县人民代表大会批准预算后60日内下达，不得擅自改变资金用途。"),
                (
                    "绩效管理",
                    "主管部门应当对专项资金开展绩效自评，县财政局组织重点绩效评价，评价结果作为预算安排的重要依据。",
                ),
                (
                    "监督检查",
                    "县财政局、审计部门依法对专项资金的管理和使用情况实施监督，对违规使用资金的依法追究责任。",
                ),
            ],
            subject=FINANCE,
            columns=("regulations", "budgets"),
            keywords="专项资金 管理办法",
            summary="规定县级财政专项资金的设立调整、分配、预算执行、绩效管理和监督检查。",
        ),
        doc(
            "fin-rural-funds",
            "finance",
            (1, 5, 9),
            f"示范县财政局 示范县农业农村局关于下达{y[1]}年第一批财政衔接推进乡村振兴补助资金的通知",
            notice(
                f"现下达{y[1]}年第一批财政衔接推进乡村振兴补助资金3680万元，用于产业发展、农村基础设施和就业帮扶项目。",
                (
                    "table",
                    [
                        ["乡镇", "资金（万元）", "主要用途"],
                        ["城关镇", 920, "特色种植基地"],
                        ["青山镇", 1460, "冷链物流园配套"],
                        ["河口镇", 1300, "农村道路和饮水工程"],
                    ],
                ),
                "各乡镇要严格按照项目库安排使用资金，加快项目实施进度，资金使用情况按规定在村务公开栏公示。",
            ),
            issuing_authority="示范县财政局 示范县农业农村局",
            involved=("agri",),
            subject=FINANCE,
            columns=("projects", "livelihood"),
            topics=(RURAL,),
            keywords="乡村振兴 衔接资金",
            summary=f"下达{y[1]}年第一批财政衔接推进乡村振兴补助资金3680万元。",
        ),
        doc(
            "fin-letter-review",
            "finance",
            (0, 10, 24),
            "示范县财政局关于县城市政道路改造项目预算评审结果的函",
            notice(
                "经评审，县城市政道路改造项目预算审定金额为2436.52万元，请据此组织实施。",
                addressees="县住房和城乡建设局",
            ),
            genre=Genre.LETTER,
            series="函",
            subject=FINANCE,
            keywords="预算评审",
            state=RECORDED,
            summary="函告县城市政道路改造项目预算评审结果。",
            **on_request("评审结果包含尚未完成采购的项目控制价，提前公开可能影响公平竞争，依申请公开。"),
        ),
        _land_sale("nr-land-sale-0", y[0], (0, 5, 17)),
        _land_sale("nr-land-sale-1", y[1], (1, 8, 21)),
        _land_sale("nr-land-sale-2", y[2], (2, 10, 16)),
        doc(
            "nr-spatial-plan",
            "nr",
            (1, 11, 12),
            "关于《示范县国土空间总体规划（2021—2035年）》获批的公告",
            announcement(
                "《示范县国土空间总体规划（2021—2035年）》已经省人民政府批准。规划明确了全县国土空间开发保护格局，"
                "划定耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线。",
                "规划文本、图件在本平台和县自然资源局政务服务窗口同步公开，欢迎社会各界查阅和监督。",
            ),
            genre=Genre.ANNOUNCEMENT,
            series="告字",
            subject=LAND,
            columns=("plans",),
            keywords="国土空间规划 公告",
            summary="公告示范县国土空间总体规划获批情况，公开规划文本和图件。",
        ),
        doc(
            "nr-farmland",
            "nr",
            (2, 6, 24),
            f"示范县自然资源局关于{y[2] - 1}年度耕地保护目标责任考核情况的通报",
            notice(
                f"{y[2] - 1}年度，全县耕地保有量和永久基本农田保护面积均完成上级下达的目标任务，新增耕地1260亩，"
                "耕地占补平衡实现数量、质量双到位。",
                "考核中发现个别乡镇存在耕地“非粮化”整改不及时等问题，请有关乡镇于三个月内整改到位。",
            ),
            genre=Genre.CIRCULAR,
            subject=LAND,
            columns=("other-statutory",),
            topics=(RURAL,),
            keywords="耕地保护 考核",
            summary=f"通报{y[2] - 1}年度各乡镇耕地保护目标责任考核结果。",
        ),
        doc(
            "housing-old-estates-0",
            "housing",
            (0, 4, 19),
            f"示范县住房和城乡建设局关于{y[0]}年城镇老旧小区改造计划的公示",
            announcement(
                f"根据省、市关于城镇老旧小区改造的部署，经摸底调查和居民意愿征集，拟将以下小区纳入{y[0]}年改造计划：",
                (
                    "table",
                    [
                        ["小区名称", "建成年代", "楼栋数", "户数", "主要改造内容"],
                        ["人民路粮食局宿舍", "1992年", 6, 168, "屋面防水、管网更新、加装充电设施"],
                        ["解放路供销社家属院", "1995年", 4, 96, "外墙保温、道路硬化、增设照明"],
                        ["河滨路纺织厂小区", "1998年", 9, 324, "雨污分流、绿化提升、增设养老托育设施"],
                    ],
                ),
                "公示期为5个工作日。如有异议，请在公示期内向县住房和城乡建设局反映。",
                closing="特此公示。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=URBAN,
            columns=("municipal",),
            keywords="老旧小区改造",
            summary=f"公示{y[0]}年城镇老旧小区改造计划小区名单和改造内容。",
        ),
        doc(
            "housing-old-estates-2",
            "housing",
            (2, 3, 24),
            f"示范县住房和城乡建设局关于{y[2]}年城镇老旧小区改造计划的公示",
            announcement(
                f"经摸底调查和居民意愿征集，拟将城关镇东关社区片区等5个小区纳入{y[2]}年改造计划，涉及居民1026户。",
                "公示期为5个工作日。如有异议，请在公示期内向县住房和城乡建设局反映。",
                closing="特此公示。",
            ),
            genre=Genre.OTHER,
            series="",
            subject=URBAN,
            columns=("municipal",),
            keywords="老旧小区改造",
            summary=f"公示{y[2]}年城镇老旧小区改造计划。",
        ),
        policy(
            "housing-garbage",
            "housing",
            (1, 4, 8),
            "示范县住房和城乡建设局关于印发《示范县城市生活垃圾分类管理实施办法》的通知",
            "示范县城市生活垃圾分类管理实施办法",
            normative=True,
            measures=True,
            basis="推进城市生活垃圾分类，改善人居环境，促进资源循环利用，根据《中华人民共和国固体废物污染环境防治法》等法律法规",
            scope="本县城市建成区内生活垃圾的分类投放、收集、运输、处理及监督管理，适用本办法。",
            points=[
                ("分类标准", "城市生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。"),
                (
                    "投放管理",
                    "单位和个人应当按照分类标准，将生活垃圾分别投放至相应的收集容器，不得随意混投。",
                ),
                ("收集运输", "生活垃圾收集运输单位应当分类收集、分类运输，不得将已分类的生活垃圾混合收运。"),
                ("处理设施", "县住房和城乡建设局统筹规划建设厨余垃圾处理、有害垃圾暂存等设施。"),
                (
                    "激励与监督",
                    "对生活垃圾分类成效突出的小区和单位给予表扬，对违反分类投放规定的，依法予以处理。",
                ),
            ],
            interp=InterpSpec("media", media_url="https://media.example.com/shifan/jiedu/lajifenlei.mp4"),
            subject=URBAN,
            columns=("regulations", "municipal"),
            keywords="垃圾分类 人居环境",
            summary="规定城市生活垃圾的分类标准、投放、收集运输、处理设施和激励监督。",
        ),
        doc(
            "housing-site-safety",
            "housing",
            (1, 10, 13),
            f"示范县住房和城乡建设局关于{y[1]}年第三季度建筑施工安全生产检查情况的通报",
            notice(
                f"{y[1]}年第三季度，县住建局对全县在建房屋建筑和市政工程项目42个开展了安全生产检查，下发整改通知书17份，"
                "排查整改安全隐患126处。",
                "检查发现，部分项目存在高处作业防护不到位、塔吊维保记录不全、施工现场扬尘治理措施落实不力等问题。",
                "各建设、施工、监理单位要落实安全生产主体责任，于10日内完成整改并书面报送整改情况。",
            ),
            genre=Genre.CIRCULAR,
            subject=URBAN,
            columns=("inspection",),
            keywords="建筑施工 安全检查",
            summary=f"通报{y[1]}年第三季度建筑施工安全生产检查发现的问题和整改要求。",
        ),
        doc(
            "housing-expropriation-consult",
            "housing",
            (1, 3, 25),
            "关于城关镇老街片区棚户区改造项目房屋征收补偿方案征求意见的公告",
            announcement(
                "根据《国有土地上房屋征收与补偿条例》第十条的规定，现将《城关镇老街片区棚户区改造项目房屋征收补偿方案"
                "（征求意见稿）》予以公布，征求公众意见。征求意见期限为30日。",
                "被征收人和公众可以通过书面方式向县房屋征收服务中心提出意见，也可以在本平台留言。",
            ),
            genre=Genre.ANNOUNCEMENT,
            series="",
            subject=URBAN,
            columns=("housing-expropriation",),
            keywords="房屋征收 补偿方案 征求意见",
            summary="公布老街片区棚户区改造项目房屋征收补偿方案征求意见稿，征求意见30日。",
        ),
        doc(
            "housing-rental",
            "housing",
            (2, 5, 13),
            f"示范县{y[2]}年保障性租赁住房筹集计划",
            plain(
                f"{y[2]}年，全县计划筹集保障性租赁住房600套，主要面向新市民、青年人和在县城稳定就业的外来务工人员。",
                (
                    "table",
                    [
                        ["项目", "筹集方式", "套数"],
                        ["产业园区配套宿舍", "新建", 320],
                        ["城关镇存量商品房", "改建", 180],
                        ["闲置公租房", "盘活", 100],
                    ],
                ),
            ),
            genre=Genre.OTHER,
            series="",
            subject=URBAN,
            columns=("public-services",),
            keywords="保障性租赁住房",
            summary=f"公布{y[2]}年保障性租赁住房筹集计划600套。",
        ),
    ]
