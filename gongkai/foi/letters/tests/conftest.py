import pytest

from gongkai.foi.letters.services import templates_ensure
from gongkai.foi.tests.conftest import published_document, register  # noqa: F401 - shared fixtures


@pytest.fixture(autouse=True)
def _letter_templates(request):
    """Put back the migration-seeded templates a transaction=True test's flush removed (like reference_data)."""
    if request.node.get_closest_marker("django_db"):
        templates_ensure()
