"""Query and path parameter types shared by the endpoints: every value is bounded, so nothing a client types
can reach the database as an overflowing id or a NUL character (both are 500s on PostgreSQL)."""

from typing import Annotated

from ninja import Path, Query

# The largest id a 64-bit primary key can hold.
MAX_ID = 2**63 - 1
# The same page size as the portal lists; a client may ask for up to MAX_PER_PAGE.
PER_PAGE = 20
MAX_PER_PAGE = 100
MAX_PAGE = 10_000
# Years outside this range are typing errors, not filters (as on the 公开目录).
YEAR_MIN, YEAR_MAX = 1949, 2100
# The 公开目录 keyword box takes this many characters.
Q_MAX_LENGTH = 100
# Any text but NUL, which no stored text can contain.
NO_NUL = r"^[^\x00]*$"

# Use with a default in the signature: `page: PageParam = 1`.
PathId = Annotated[int, Path(ge=1, le=MAX_ID, description="id")]
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description="页码，从1开始")]
PerPageParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"每页条数，最多{MAX_PER_PAGE}")]


def id_param(description: str):
    return Annotated[int, Query(ge=1, le=MAX_ID, description=description)]


def pages_of(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))
