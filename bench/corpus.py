"""Deterministic synthetic corpora of Chinese government documents, for the search benchmark.

Pure Python (no Django), so the Xapian runner (system python3) reads the same file. Texts are built from
government word lists and sentence templates, plus real titles, document numbers and sentences from
../shared/data/corpus when that directory exists (it is optional: the synthetic part stands alone).
Output: one JSON object per line: id, title, doc_no, body (HTML paragraphs), published (YYYY-MM-DD),
issuer (0..29), subject (0..21), genre, validity, public (bool).
"""

import json
import random
import re
from pathlib import Path

REAL_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus"
VERSION = 3

PLACES = "示范县 东城区 西湖镇 青山乡 临江市 白云街道 河口镇 新城区 南岭乡 北湖区".split()
DEPARTMENTS = (
    "县人民政府 县人民政府办公室 县发展和改革局 县教育局 县科学技术局 县工业和信息化局 县公安局 县民政局 "
    "县司法局 县财政局 县人力资源和社会保障局 县自然资源局 县生态环境局 县住房和城乡建设局 县交通运输局 "
    "县水利局 县农业农村局 县商务局 县文化和旅游局 县卫生健康委员会 县应急管理局 县审计局 "
    "县市场监督管理局 县统计局 县医疗保障局 县林业局 县数据资源局 县信访局 县退役军人事务局 县乡村振兴局"
).split()
ABBREV = (
    "示政 示政办 示发改 示教 示科 示工信 示公 示民 示司 示财 示人社 示自然 示环 示建 示交 示水 示农 示商 示文旅 "
    "示卫健 示应急 示审 示市监 示统 示医保 示林 示数据 示信访 示退役 示振兴".split()
)
TOPICS = (
    "疫情防控 安全生产 营商环境 乡村振兴 义务教育 医疗保障 养老服务 生态环境保护 政府信息公开 政务服务 "
    "防汛抗旱 森林防火 食品安全 农村人居环境 数字政府 5G基站建设 IPv6规模部署 城乡低保 就业创业 "
    "财政预算 审计整改 招商引资 老旧小区改造 河长制 耕地保护 消防安全 文明城市创建 重点项目建设 "
    "中小企业发展 科技创新 人才引进 住房公积金 交通运输 水资源管理 统计调查 退役军人服务"
).split()
VERBS = "加强 推进 落实 做好 深化 规范 完善 健全 优化 提升 强化 开展 组织 实施 印发 调整 公布".split()
NOUNS = (
    "工作 管理 服务 制度 机制 体系 方案 措施 办法 规定 意见 通知 标准 监督 检查 考核 保障 宣传 培训 "
    "应急预案 实施细则 工作要点 年度报告 专项行动 资金管理 信息报送 责任清单"
).split()
CONNECT = "为 根据 按照 围绕 结合 经研究 现就 坚持 进一步 切实 认真 全面 积极 稳妥 及时 依法".split()
TEMPLATES = [
    "{c}{t}{n}，{v}{t}{n}，确保各项{n}落到实处。",
    "各{d}要{v}{t}{n}，{c}{v}{n}，{v}{t}水平。",
    "{c}《{place}{t}{n}》的要求，现将有关{n}通知如下。",
    "{year}年{place}共完成{t}{n}{num}项，同比增长{pct}%。",
    "{d}负责{t}的{n}，联系电话：0{tel}。",
    "{v}{t}{n}，{year}年{month}月{day}日前报送{d}。",
    "本{n}自{year}年{month}月{day}日起施行，有效期{num2}年。",
    "对{place}{rare}等{num}个{t}{n}点位开展{n}，发现问题{num}个，已整改{num}个。",
]
GENRES = [
    "notice",
    "notice",
    "notice",
    "opinion",
    "decision",
    "announcement",
    "public_notice",
    "report",
    "reply",
    "letter",
    "circular",
    "other",
]
_RARE_POOL = "鑫淼犇骉羴猋麤灥厵兲龘靐齉爨馫瀚滢濠琨珑璇瑾晟昊旻暄曦煜炜焱岚峥嵘崧巍翊翀翮鹏鹍鸾鹭"


class _Real:
    def __init__(self):
        self.titles, self.numbers, self.sentences = [], [], []
        if not REAL_CORPUS.is_dir():
            return
        for path in sorted(REAL_CORPUS.glob("*.jsonl")):
            for line in path.open(encoding="utf-8"):
                row = json.loads(line)
                title = row.get("title") or row.get("Title")
                if title:
                    self.titles.append(title.strip())
                if row.get("doc_number"):
                    self.numbers.append(row["doc_number"].strip())
                text = row.get("full_text_markdown") or row.get("Body") or ""
                for sentence in re.split(r"(?<=[。；！？])", text):
                    sentence = re.sub(r"[#*<>\[\]!`|]|\s+", "", sentence)
                    if 8 <= len(sentence) <= 160:
                        self.sentences.append(sentence)
        # A bounded, deterministic sample keeps memory flat at a million documents.
        self.sentences = self.sentences[:: max(1, len(self.sentences) // 20000)]


def _sentence(rng: random.Random, real: _Real) -> str:
    if real.sentences and rng.random() < 0.35:
        return rng.choice(real.sentences)
    return rng.choice(TEMPLATES).format(
        c=rng.choice(CONNECT),
        t=rng.choice(TOPICS),
        n=rng.choice(NOUNS),
        v=rng.choice(VERBS),
        d=rng.choice(DEPARTMENTS),
        place=rng.choice(PLACES),
        year=rng.randint(2015, 2026),
        month=rng.randint(1, 12),
        day=rng.randint(1, 28),
        num=rng.randint(1, 300),
        num2=rng.randint(1, 5),
        pct=round(rng.uniform(0.5, 30), 1),
        tel=rng.randint(100000000, 999999999),
        rare="".join(rng.choice(_RARE_POOL) for _ in range(rng.randint(2, 3))),
    )


def document(i: int, rng: random.Random, real: _Real) -> dict:
    issuer = rng.randrange(len(DEPARTMENTS))
    year = rng.randint(2015, 2026)
    if real.titles and rng.random() < 0.2:
        title = rng.choice(real.titles)
    else:
        title = (
            f"{rng.choice(['关于', '关于', ''])}{rng.choice(VERBS)}{rng.choice(PLACES)}{rng.choice(TOPICS)}"
            f"{rng.choice(NOUNS)}的{rng.choice(['通知', '意见', '决定', '公告', '批复', '报告'])}"
        )
    if real.numbers and rng.random() < 0.1:
        doc_no = rng.choice(real.numbers)
    else:
        doc_no = f"{ABBREV[issuer]}{rng.choice(['发', '函', '办发', '字'])}〔{year}〕{rng.randint(1, 300)}号"
    # Lengths of real notices: most a few hundred characters, some several thousand.
    target = min(6000, int(rng.lognormvariate(6.1, 0.7)))
    paragraphs, size = [], 0
    while size < target:
        paragraph = "".join(_sentence(rng, real) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph)
    return {
        "id": i,
        "title": title,
        "doc_no": doc_no,
        "body": "".join(f"<p>{p}</p>" for p in paragraphs),
        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "issuer": issuer,
        "subject": rng.randrange(22),
        "genre": rng.choice(GENRES),
        "validity": rng.choice(["valid"] * 8 + ["expired", "repealed"]),
        "public": rng.random() < 0.9,
    }


def build(size: int, directory: Path) -> Path:
    """Write (once) and return the corpus file of `size` documents."""
    path = directory / f"corpus-v{VERSION}-{size}.jsonl"
    if path.exists():
        return path
    real, rng = _Real(), random.Random(size)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for i in range(1, size + 1):
            out.write(json.dumps(document(i, rng, real), ensure_ascii=False) + "\n")
    tmp.rename(path)
    return path


def read(path: Path):
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)
