"""Seeds the 22 national subject classes and the 主动公开基本目录 columns (条例第二十条、第二十一条)."""

from django.db import migrations

SUBJECTS = [
    "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源",
    "农业、林业、水利", "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护",
    "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察",
    "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
]

# (slug, name, children)
COLUMNS = [
    ("guide", "政府信息公开指南", []),
    ("rules", "政府信息公开制度", []),
    ("statutory", "法定主动公开内容", [
        ("regulations", "行政法规、规章和规范性文件"),
        ("organisation", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人"),
        ("plans", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
        ("statistics", "国民经济和社会发展统计信息"),
        ("licensing", "行政许可和其他对外管理服务事项"),
        ("enforcement", "行政处罚、行政强制的依据、条件、程序及决定"),
        ("budgets", "财政预算、决算信息"),
        ("fees", "行政事业性收费项目及其依据、标准"),
        ("procurement", "政府集中采购项目的目录、标准及实施情况"),
        ("projects", "重大建设项目的批准和实施情况"),
        ("livelihood", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
        ("emergency", "突发公共事件的应急预案、预警信息及应对情况"),
        ("inspection", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
        ("recruitment", "公务员招考的职位、名额、报考条件等事项以及录用结果"),
        ("other-statutory", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
        ("municipal", "市政建设"),
        ("public-services", "公共服务"),
        ("public-welfare", "公益事业"),
        ("land-acquisition", "土地征收"),
        ("housing-expropriation", "房屋征收"),
        ("public-security", "治安管理"),
        ("social-assistance", "社会救助"),
        ("township", "乡（镇）人民政府主动公开内容"),
    ]),
    ("annual-reports", "政府信息公开年度报告", []),
]


def seed(apps, schema_editor):
    Subject = apps.get_model("catalogue", "Subject")
    Column = apps.get_model("catalogue", "Column")
    for order, name in enumerate(SUBJECTS, start=1):
        Subject.objects.get_or_create(parent=None, name=name, defaults={"sort_order": order})
    for order, (slug, name, children) in enumerate(COLUMNS, start=1):
        parent, _ = Column.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})
        for child_order, (child_slug, child_name) in enumerate(children, start=1):
            Column.objects.get_or_create(
                slug=child_slug, defaults={"name": child_name, "parent": parent, "sort_order": child_order}
            )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
