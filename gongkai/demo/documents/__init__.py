"""The demo catalogue: about two hundred documents of the county, its bureaus and townships."""

from ..specs import DocSpec
from .county import county
from .county_notices import county_notices
from .economy import economy
from .education import education
from .health import health
from .office import office
from .recurring import recurring
from .regulation import regulation
from .townships import townships
from .welfare import welfare
from .workflow import workflow


def all_specs(first_year: int, this_year: int) -> list[DocSpec]:
    """Every demo document; published ones fall in first_year .. first_year + 2, unfinished ones in this_year."""
    specs = [
        *county(first_year),
        *county_notices(first_year),
        *office(first_year),
        *education(first_year),
        *health(first_year),
        *welfare(first_year),
        *economy(first_year),
        *regulation(first_year),
        *townships(first_year),
        *recurring(first_year),
        *workflow(this_year),
    ]
    keys = [spec.key for spec in specs]
    assert len(keys) == len(set(keys)), "demo document keys must be unique"
    return specs
