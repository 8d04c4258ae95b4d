"""Column (栏目) and topic (专题) forms for the 公开办."""

from django import forms

from gongkai.core.web.forms import TextHygieneMixin

from .. import selectors
from ..models import Column, Topic
from ..services.columns import COLUMN_FIELDS, TOPIC_FIELDS
from .common import tree_label


class ColumnForm(TextHygieneMixin, forms.ModelForm):
    class Meta:
        model = Column
        fields = list(COLUMN_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"slug": "用于网址，只能包含英文字母、数字、连字符和下划线，例如 budgets。"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tree = selectors.column_list_staff()
        # A column cannot move under itself or its own descendants.
        excluded: set[int] = set()
        if self.instance.pk:
            inside, depth_of_self = False, 0
            for column, depth in tree:
                if column.pk == self.instance.pk:
                    inside, depth_of_self = True, depth
                    excluded.add(column.pk)
                elif inside and depth > depth_of_self:
                    excluded.add(column.pk)
                else:
                    inside = False
        self.fields["parent"].empty_label = "（无，作为一级栏目）"
        self.fields["parent"].choices = [("", "（无，作为一级栏目）")] + [
            (c.pk, tree_label(c.name, depth)) for c, depth in tree if c.pk not in excluded
        ]

    def service_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in COLUMN_FIELDS}


class TopicForm(TextHygieneMixin, forms.ModelForm):
    class Meta:
        model = Topic
        fields = list(TOPIC_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"slug": "用于网址，只能包含英文字母、数字、连字符和下划线，例如 liuwen-liubao。"}

    def service_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in TOPIC_FIELDS}
