"""Documents still in the office: drafts, one sent back, and some waiting at each review step.

`when` is the number of working days since the information was formed; several are past the 15-day warning
of 条例第二十六条 (20 working days) so the dashboard's due list has something to show.
"""

from gongkai.catalogue.choices import Genre

from ..specs import APPROVAL, DRAFT, FIRST, RETURNED, SECOND, DocSpec, InterpSpec
from ..texts import notice, plain
from .common import CIVIL, EDUCATION, FARMING, FINANCE, HEALTH, MARKET, doc, policy

# A personal mobile number left in a notice: the reviewers' pre-check must catch it.
STRAY_MOBILE = "13905391234"


def workflow(year: int) -> list[DocSpec]:
    return [
        doc(
            "edu-wip-winter",
            "edu",
            19,
            f"示范县教育局关于做好{year}年冬季学校安全工作的通知",
            notice(
                "入冬以来，气温持续下降，雨雪冰冻天气增多。为切实做好冬季学校安全工作，现通知如下：",
                "一、加强校舍和设施安全检查，重点排查取暖设施、用电线路和燃气设备。",
                "二、做好雨雪冰冻天气应对，及时清扫校园积雪，必要时调整作息时间或者停课。",
                "三、加强校车安全管理，严禁超员、超速行驶。",
            ),
            subject=EDUCATION,
            columns=("livelihood",),
            keywords="冬季 学校安全",
            state=DRAFT,
            summary="部署冬季学校校舍设施、雨雪冰冻天气应对和校车安全工作。",
        ),
        doc(
            "edu-wip-running",
            "edu",
            2,
            "示范县教育局关于开展中小学生冬季长跑活动的通知",
            notice(
                "为增强学生体质，决定在全县中小学开展冬季长跑活动。各学校要合理安排时间和运动量，确保活动安全。"
            ),
            subject=EDUCATION,
            columns=("livelihood",),
            keywords="冬季长跑 学生体质",
            state=DRAFT,
            summary="部署全县中小学生冬季长跑活动。",
        ),
        policy(
            "edu-wip-returned",
            "edu",
            8,
            "示范县教育局关于印发《示范县校外培训机构监督管理办法》的通知",
            "示范县校外培训机构监督管理办法",
            normative=True,
            measures=True,
            state=RETURNED,
            return_reason="请补充上位法依据的文号；第四条关于收费监管的表述与价格主管部门的规定不一致，请修改后重新提交。",
            basis="规范校外培训机构办学行为，减轻学生校外培训负担，根据国家关于规范校外培训的有关规定",
            scope="本县行政区域内面向中小学生的校外培训机构，适用本办法。",
            points=[
                (
                    "审批登记",
                    "举办面向中小学生的校外培训机构，应当经县教育局审批，依法登记后方可开展培训活动。",
                ),
                ("培训时间", "校外培训机构不得在国家法定节假日、休息日及寒暑假期组织学科类培训。"),
                ("收费监管", "校外培训机构收费实行政府指导价管理，预收费一律进入资金监管专用账户。"),
            ],
            subject=EDUCATION,
            columns=("regulations",),
            keywords="校外培训 监督管理",
            summary="规定校外培训机构的审批登记、培训时间和收费监管。",
        ),
        doc(
            "edu-wip-term",
            "edu",
            5,
            f"示范县教育局关于{year}—{year + 1}学年第一学期期末工作安排的通知",
            notice(
                "现就本学期期末工作安排通知如下：",
                f"一、全县中小学{year + 1}年1月下旬开始放寒假，具体时间由各学校根据教学进度确定并报县教育局备案。",
                "二、各学校要严格控制考试次数，义务教育阶段不得公布学生考试成绩和排名。",
                "三、放假前要开展一次安全教育，向家长发放假期安全告知书。",
            ),
            subject=EDUCATION,
            columns=("livelihood",),
            keywords="期末 寒假 安排",
            state=FIRST,
            summary="安排本学期期末考试、寒假放假和假期安全工作。",
        ),
        doc(
            "edu-wip-awards",
            "edu",
            9,
            f"示范县教育局关于公布{year}年度县级优秀教学成果奖评选结果的通知",
            notice(
                f"经学校推荐、专家评审和社会公示，评选出{year}年度县级优秀教学成果奖一等奖5项、二等奖12项、三等奖20项。"
                "希望获奖单位和个人再接再厉，进一步深化教育教学改革。"
            ),
            subject=EDUCATION,
            columns=("other-statutory",),
            keywords="教学成果奖",
            state=SECOND,
            summary=f"公布{year}年度县级优秀教学成果奖评选结果。",
        ),
        policy(
            "edu-wip-uniforms",
            "edu",
            23,
            "示范县教育局关于印发《示范县中小学生校服选用管理办法》的通知",
            "示范县中小学生校服选用管理办法",
            normative=True,
            measures=True,
            state=APPROVAL,
            basis="规范中小学生校服选用和采购，维护学生和家长合法权益，根据国家关于进一步加强中小学生校服管理工作的意见",
            scope="本县行政区域内中小学校学生校服的选用、采购和监督管理，适用本办法。",
            points=[
                ("自愿选购", "学生校服实行自愿选购原则，学校不得强制或者变相强制学生购买。"),
                ("家长参与", "学校应当成立有家长代表参加的校服选用委员会，家长代表人数不少于三分之二。"),
                ("质量监督", "校服质量应当符合国家标准，供货企业应当提供具有资质的检验机构出具的检验报告。"),
            ],
            interp=InterpSpec(
                "qa",
                qa=[
                    ("学生必须购买校服吗？", "不是。校服实行自愿选购，学校不得强制购买。"),
                    ("校服价格如何确定？", "由校服选用委员会通过公开采购确定，价格在校内公示。"),
                ],
            ),
            subject=EDUCATION,
            columns=("regulations", "livelihood"),
            keywords="校服 选用管理",
            summary="规定中小学生校服的自愿选购、家长参与和质量监督。",
        ),
        doc(
            "health-wip-patriotic",
            "health",
            4,
            f"示范县卫生健康局关于开展{year}年秋冬季爱国卫生运动的通知",
            notice(
                "为有效预防秋冬季传染病，决定在全县开展秋冬季爱国卫生运动，重点清理卫生死角，开展病媒生物防制，普及健康知识。"
            ),
            subject=HEALTH,
            columns=("livelihood",),
            keywords="爱国卫生运动",
            state=FIRST,
            summary="部署全县秋冬季爱国卫生运动。",
        ),
        doc(
            "health-wip-screening",
            "health",
            6,
            f"示范县卫生健康局关于开展{year}年适龄妇女两癌免费筛查工作的通知",
            notice(
                f"为提高妇女健康水平，{year}年继续为全县35至64岁农村适龄妇女免费开展宫颈癌和乳腺癌筛查，全年计划筛查6000人。",
                "筛查由县妇幼保健院和各乡镇卫生院承担，请各乡镇做好宣传动员，组织适龄妇女按时参加筛查。",
                f"联系人：县妇幼保健院赵医生，联系电话：{STRAY_MOBILE}。",
            ),
            subject=HEALTH,
            columns=("livelihood",),
            keywords="两癌筛查 妇女健康",
            first_opinion="正文末尾的联系电话疑似个人手机号码，请复审重点核实。",
            state=SECOND,
            summary=f"部署{year}年农村适龄妇女宫颈癌和乳腺癌免费筛查工作。",
        ),
        policy(
            "health-wip-performance",
            "health",
            12,
            "示范县卫生健康局 示范县财政局关于印发《示范县基层医疗卫生机构绩效考核办法》的通知",
            "示范县基层医疗卫生机构绩效考核办法",
            normative=True,
            measures=True,
            state=APPROVAL,
            issuing_authority="示范县卫生健康局 示范县财政局",
            involved=("finance",),
            confirmed=False,
            basis="建立科学的基层医疗卫生机构绩效考核机制，提高基本医疗和公共卫生服务质量",
            scope="本县乡镇卫生院和社区卫生服务中心的绩效考核，适用本办法。",
            points=[
                ("考核内容", "考核内容包括服务提供、综合管理、可持续发展和满意度评价四个方面。"),
                ("考核方式", "实行年度考核与日常监测相结合，考核结果分为优秀、良好、合格和不合格四个等次。"),
                ("结果运用", "考核结果与基本公共卫生服务补助资金分配和绩效工资总量核定挂钩。"),
            ],
            subject=HEALTH,
            columns=("regulations",),
            keywords="基层医疗卫生机构 绩效考核",
            summary="规定基层医疗卫生机构绩效考核的内容、方式和结果运用。",
        ),
        doc(
            "health-wip-inspection",
            "health",
            17,
            f"示范县卫生健康局关于{year}年第三季度公共场所卫生监督抽检结果的通告",
            plain(
                f"{year}年第三季度，县卫生健康局对全县公共场所开展了卫生监督抽检，抽检单位98家，合格95家。"
            ),
            genre=Genre.NOTICE_PUBLIC,
            series="",
            subject=HEALTH,
            columns=("inspection",),
            keywords="公共场所 抽检",
            state=DRAFT,
            summary=f"通告{year}年第三季度公共场所卫生监督抽检结果。",
        ),
        doc(
            "finance-wip-budget",
            "finance",
            3,
            f"示范县财政局关于编制{year + 1}年县级部门预算的通知",
            notice(
                f"现就{year + 1}年县级部门预算编制工作通知如下：坚持过紧日子，从严控制一般性支出，"
                "新增项目支出须事前开展绩效评估。各部门于12月10日前报送预算草案。",
                addressees="县直各预算单位",
            ),
            subject=FINANCE,
            columns=("budgets",),
            keywords="部门预算 编制",
            state=FIRST,
            summary=f"部署{year + 1}年县级部门预算编制工作。",
        ),
        doc(
            "market-wip-food",
            "market",
            7,
            f"示范县市场监督管理局关于{year}年第9期食品安全监督抽检信息的公告",
            plain("近期，县市场监督管理局组织抽检食品260批次，全部合格。"),
            genre=Genre.ANNOUNCEMENT,
            series="",
            subject=MARKET,
            columns=("inspection",),
            keywords="食品安全 抽检",
            state=APPROVAL,
            summary=f"公告{year}年第9期食品安全监督抽检信息，260批次全部合格。",
        ),
        doc(
            "civil-wip-funds",
            "civil",
            10,
            f"示范县{year}年第三季度城乡低保资金发放情况",
            plain(f"{year}年第三季度全县发放城乡低保资金1862.4万元，惠及低保对象8630人。"),
            genre=Genre.OTHER,
            series="",
            subject=CIVIL,
            columns=("social-assistance",),
            keywords="低保 资金发放",
            state=SECOND,
            summary=f"公布{year}年第三季度城乡低保资金发放情况。",
        ),
        doc(
            "hekou-wip-fire",
            "hekou",
            26,
            f"河口镇人民政府关于做好{year}年秋冬季森林防火工作的通知",
            notice(
                "秋冬季是森林火灾易发期。各村要落实防火责任，加强野外用火管控，严禁上坟烧纸、焚烧秸秆等野外用火行为。"
            ),
            subject=FARMING,
            columns=("township",),
            keywords="森林防火",
            state=DRAFT,
            summary="部署河口镇秋冬季森林防火工作。",
        ),
    ]
