"""The drafter's form for a catalogue document, and the staff list filters."""

from django import forms
from django.db.models import Q

from gongkai.core.models import Department
from gongkai.core.web.forms import Fieldsets, TextHygieneMixin

from .. import selectors
from ..choices import DocumentState
from ..models import Column, Document, Topic
from .common import DATE_WIDGET, rich_text, tree_label

DOCUMENT_FIELDS = [
    "title",
    "issuing_authority",
    "doc_no",
    "written_on",
    "formed_on",
    "subject",
    "genre",
    "normative_kind",
    "keywords",
    "summary",
    "body",
    "disclosure_attr",
    "disclosure_reason",
    "columns",
    "topics",
    "involved_departments",
]


def _column_choices(columns: list[tuple[Column, int]]) -> list:
    """Checkbox choices grouped under each top-level column (the top-level column is itself choosable)."""
    choices: list = []
    group: list | None = None
    for column, depth in columns:
        label = column.name if column.is_active else f"{column.name}（已停用）"
        if depth == 0:
            group = [(column.pk, f"{label}（本栏目）")]
            choices.append((label, group))
        elif group is not None:
            group.append((column.pk, tree_label(label, depth - 1)))
    # A top-level column without children is a plain choice, not a group of one.
    return [(g[0][0], label) if len(g) == 1 else (label, g) for label, g in choices]


class DocumentForm(TextHygieneMixin, Fieldsets, forms.ModelForm):
    FIELDSETS = [
        ("基本信息", ["issuer", "title", "issuing_authority", "doc_no", "written_on", "formed_on"]),
        ("分类", ["subject", "genre", "normative_kind", "keywords"]),
        ("内容", ["summary", "body"]),
        ("公开属性", ["disclosure_attr", "disclosure_reason"]),
        ("栏目与专题", ["columns", "topics"]),
        ("涉及部门（会签）", ["involved_departments"]),
        ("公开办", ["needs_interpretation"]),
    ]

    class Meta:
        model = Document
        fields = DOCUMENT_FIELDS
        widgets = {
            "written_on": DATE_WIDGET,
            "formed_on": DATE_WIDGET,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "body": forms.Textarea(attrs={"rows": 16}),
            "disclosure_reason": forms.Textarea(attrs={"rows": 3}),
            "columns": forms.CheckboxSelectMultiple,
            "topics": forms.CheckboxSelectMultiple,
            "involved_departments": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "body": "可粘贴带格式的正文（HTML，保存时自动清理不安全内容）；纯文本按行自动分段。",
            "disclosure_reason": "公开属性为依申请公开或不予公开时必须说明理由，否则不能提交审查。",
            "keywords": "多个主题词用空格分隔。",
        }

    def __init__(self, *args, issuers=None, show_interpretation_flag: bool = False, **kwargs):
        """`issuers`: on creation, the departments the drafter may choose from (a choice only if several)."""
        super().__init__(*args, **kwargs)
        self.issuers = list(issuers) if issuers is not None else None
        if self.issuers is not None and len(self.issuers) > 1:
            self.fields["issuer"] = forms.ModelChoiceField(
                label="发布机构",
                queryset=Department.objects.filter(pk__in=[d.pk for d in self.issuers]),
                empty_label="请选择起草部门",
                help_text="您在多个部门担任信息员，请选择本条信息所属部门。",
            )
        self.fields["title"].widget.attrs["maxlength"] = 300
        self.fields["subject"].choices = [("", "请选择主题分类")] + [
            (s.pk, tree_label(s.name, depth)) for s, depth in selectors.subject_list_tree()
        ]
        chosen_columns = (
            set(self.instance.columns.values_list("pk", flat=True)) if self.instance.pk else set()
        )
        columns = [(c, d) for c, d in selectors.column_list_staff() if c.is_active or c.pk in chosen_columns]
        self.fields["columns"].queryset = Column.objects.filter(pk__in=[c.pk for c, _ in columns])
        self.fields["columns"].choices = _column_choices(columns)
        chosen_topics = set(self.instance.topics.values_list("pk", flat=True)) if self.instance.pk else set()
        self.fields["topics"].queryset = Topic.objects.filter(Q(is_active=True) | Q(pk__in=chosen_topics))
        if not self.fields["topics"].queryset.exists():
            self.fields["topics"].help_text = "暂无专题；公开办可在“栏目与专题”中添加。"
        chosen_departments = (
            set(self.instance.involved_departments.values_list("pk", flat=True))
            if self.instance.pk
            else set()
        )
        departments = Department.objects.filter(Q(is_active=True) | Q(pk__in=chosen_departments))
        if self.instance.issuer_id:
            departments = departments.exclude(pk=self.instance.issuer_id)
        self.fields["involved_departments"].queryset = departments
        self.fields["involved_departments"].help_text = "涉及其他部门的信息，发布前须经这些部门确认。"
        if show_interpretation_flag:
            self.fields["needs_interpretation"] = forms.BooleanField(
                label="须同步解读",
                required=False,
                initial=self.instance.needs_interpretation,
                help_text="公开办可要求非规范性文件同步发布政策解读。",
            )

    def clean_body(self) -> str:
        return rich_text(self.cleaned_data.get("body", ""))

    def chosen_issuer(self) -> Department | None:
        if self.instance.issuer_id:
            return self.instance.issuer
        if "issuer" in self.fields:
            return self.cleaned_data.get("issuer")
        return self.issuers[0] if self.issuers else None

    def clean(self):
        cleaned = super().clean()
        issuer = self.chosen_issuer()
        involved = cleaned.get("involved_departments")
        if issuer is not None and involved is not None and issuer in involved:
            self.add_error("involved_departments", "涉及部门不能包含发布机构本身。")
        return cleaned

    def service_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in DOCUMENT_FIELDS}


class DocumentFilterForm(TextHygieneMixin, forms.Form):
    state = forms.ChoiceField(
        label="状态", required=False, choices=[("", "全部状态"), *DocumentState.choices]
    )
    issuer = forms.ModelChoiceField(
        label="部门", required=False, queryset=Department.objects.none(), empty_label="全部部门"
    )
    year = forms.IntegerField(
        label="年度", required=False, min_value=1990, max_value=2100, help_text="索引号中的年度"
    )
    q = forms.CharField(label="关键词", required=False, max_length=100, help_text="标题、发文字号或索引号")

    def __init__(self, *args, departments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = departments
