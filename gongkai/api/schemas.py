"""What the API answers, field by field (the OpenAPI schema is generated from these)."""

from datetime import date

from ninja import Field, Schema


class ErrorOut(Schema):
    detail: str = Field(description="说明（中文）")


class ParamErrorOut(Schema):
    location: str = Field(description="参数位置：query 或 path")
    param: str = Field(description="参数名")
    message: str = Field(description="错误说明（中文）")
    type: str = Field(description="错误类型代码")


class ValidationErrorOut(Schema):
    detail: str = Field(description="错误摘要（中文）")
    errors: list[ParamErrorOut]


class IssuerOut(Schema):
    id: int
    name: str = Field(description="发布机构名称")


class SubjectOut(Schema):
    id: int
    name: str = Field(description="主题分类（二级分类含上级名称）")


class ChoiceOut(Schema):
    value: str = Field(description="代码")
    label: str = Field(description="中文名称")


class DocumentRef(Schema):
    id: int
    title: str
    doc_no: str = Field(description="发文字号")
    url: str = Field(description="门户页面地址")


class DocumentItem(Schema):
    id: int
    url: str = Field(description="门户页面地址")
    index_no: str = Field(description="索引号")
    doc_no: str = Field(description="发文字号")
    title: str
    issuer: IssuerOut
    published_at: date = Field(description="发布日期")
    written_on: date | None = Field(description="成文日期")
    subject: SubjectOut | None
    genre: ChoiceOut | None = Field(description="体裁")
    validity: ChoiceOut = Field(description="有效性")


class DocumentPage(Schema):
    total: int = Field(description="符合条件的信息条数")
    page: int
    pages: int
    per_page: int
    items: list[DocumentItem]


class AttachmentOut(Schema):
    id: int
    name: str = Field(description="文件名")
    size: int = Field(description="字节数")
    kind: str = Field(description="文件类型")
    url: str = Field(description="公开下载地址")


class InterpretationRef(Schema):
    id: int
    title: str
    form: ChoiceOut = Field(description="解读形式")
    url: str = Field(description="门户页面地址")


class ColumnRef(Schema):
    id: int
    slug: str
    name: str


class TopicRef(Schema):
    id: int
    slug: str
    name: str


class ValidityChangeOut(Schema):
    kind: ChoiceOut = Field(description="修改或废止")
    document: DocumentRef


class DocumentDetail(DocumentItem):
    issuing_authority: str = Field(description="发文机关")
    keywords: str = Field(description="主题词")
    summary: str = Field(description="内容概述")
    body_html: str = Field(description="正文（已净化的 HTML）")
    columns: list[ColumnRef] = Field(description="所属栏目")
    topics: list[TopicRef] = Field(description="所属专题")
    attachments: list[AttachmentOut]
    interpretations: list[InterpretationRef] = Field(description="政策解读")
    changed_by: list[ValidityChangeOut] = Field(description="修改或废止本文件的文件")
    changes: list[ValidityChangeOut] = Field(description="本文件修改或废止的文件")


class ColumnChild(Schema):
    id: int
    slug: str
    name: str
    description: str
    document_count: int = Field(description="本栏目及下级栏目的公开信息数")
    url: str


class ColumnNode(ColumnChild):
    children: list[ColumnChild]


class TopicOut(Schema):
    id: int
    slug: str
    name: str
    description: str
    document_count: int
    url: str


class InterpretationItem(Schema):
    id: int
    url: str
    title: str
    form: ChoiceOut = Field(description="解读形式")
    author: str = Field(description="解读人/解读机构")
    published_at: date = Field(description="发布日期（与所解读文件同步）")
    document: DocumentRef = Field(description="所解读的文件")


class InterpretationPage(Schema):
    total: int
    page: int
    pages: int
    per_page: int
    items: list[InterpretationItem]


class SectionOut(Schema):
    label: str
    text: str


class InterpretationDetail(InterpretationItem):
    sections: list[SectionOut] = Field(description="背景依据、主要内容等分节文字")
    body_html: str = Field(description="正文/问答（已净化的 HTML）")
    media_url: str = Field(description="音视频链接")
    attachments: list[AttachmentOut]


class SearchHitOut(Schema):
    id: int = Field(description="对象在其类型中的编号")
    kind: str = Field(description="类型代码，如 document、interpretation")
    kind_label: str = Field(description="类型名称，如 政府信息、政策解读")
    url: str
    index_no: str
    doc_no: str
    title: str
    title_html: str = Field(description="标题，命中处以 <mark> 标出（已转义的 HTML）")
    snippet_html: str = Field(description="摘要，命中处以 <mark> 标出（已转义的 HTML）")
    issuer: str
    published_at: date | None
    pinned: bool = Field(description="按索引号或发文字号精确命中，排在最前")


class FacetOptionOut(Schema):
    value: str
    label: str
    count: int


class SearchOut(Schema):
    query: str = Field(description="实际搜索的文字")
    terms: list[str]
    excluded: list[str]
    notices: list[str] = Field(description="提示（如搜索词过长已截断）")
    total: int
    total_capped: bool = Field(description="命中数超过上限，total 为上限")
    facets_sampled: bool = Field(description="分面计数只统计了最新的一部分命中")
    page: int
    pages: int
    results: list[SearchHitOut]
    facets: dict[str, list[FacetOptionOut]] = Field(
        description="分面：column、issuer、year、subject、genre、validity"
    )
