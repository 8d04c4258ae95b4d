"""The 公开目录 filter form: GET parameters that make stable, shareable URLs."""

from django import forms

from gongkai.catalogue.choices import Genre, Validity
from gongkai.catalogue.selectors import column_tree
from gongkai.core.params import int_param
from gongkai.core.web.forms import TextHygieneMixin

from .queries import column_get_active, issuer_list_public, publication_years, subject_list_top

ALL = ("", "全部")
# Years outside this range are typing errors, not filters.
YEAR_MIN, YEAR_MAX = 1949, 2100
Q_MAX_LENGTH = 100


class SearchInput(forms.TextInput):
    input_type = "search"


class CatalogueFilterForm(TextHygieneMixin, forms.Form):
    q = forms.CharField(
        label="关键词",
        required=False,
        max_length=Q_MAX_LENGTH,
        widget=SearchInput(attrs={"placeholder": "标题、发文字号或索引号"}),
    )
    year = forms.TypedChoiceField(label="发布年份", required=False, coerce=int, empty_value=None)
    issuer = forms.ModelChoiceField(label="发布机构", queryset=None, required=False, empty_label="全部")
    subject = forms.ModelChoiceField(label="主题分类", queryset=None, required=False, empty_label="全部")
    genre = forms.ChoiceField(label="体裁", required=False, choices=[ALL, *Genre.choices])
    validity = forms.ChoiceField(label="有效性", required=False, choices=[ALL, *Validity.choices])
    column = forms.ChoiceField(label="栏目", required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")  # labels sit above their controls
        super().__init__(*args, **kwargs)
        years = publication_years()
        asked = int_param(str(self.data.get("year", "")), low=YEAR_MIN, high=YEAR_MAX)
        # A well-formed year with no documents is still a valid (empty) filter, so keep it selectable.
        if asked is not None and asked not in years:
            years = sorted([*years, asked], reverse=True)
        self.fields["year"].choices = [ALL, *((y, f"{y}年") for y in years)]
        self.fields["issuer"].queryset = issuer_list_public()
        self.fields["subject"].queryset = subject_list_top()
        column_choices = [ALL]
        for root, children in column_tree():
            column_choices.append((root.slug, root.name))
            column_choices += [(child.slug, f"　{child.name}") for child in children]
        self.fields["column"].choices = column_choices

    def clean_column(self):
        slug = self.cleaned_data["column"]
        if not slug:
            return None
        column = column_get_active(slug=slug)
        if column is None:
            raise forms.ValidationError("栏目不存在。")
        return column

    def filters(self) -> dict:
        """The valid filters (arguments for document_filter_public)."""
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in self.fields if data.get(name) not in (None, "")}

    def query_params(self) -> dict[str, str]:
        """The valid filters as GET parameters, for pagination links and the reset form."""
        params = {}
        for name, value in self.filters().items():
            if name == "column":
                params[name] = value.slug
            elif hasattr(value, "pk"):
                params[name] = str(value.pk)
            else:
                params[name] = str(value)
        return params

    def ignored_labels(self) -> list[str]:
        return [str(self.fields[name].label) for name in self.errors]
