"""A table as rows of cells with spans: the one shape the HTML, DOCX, PDF and XLSX exports all draw."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    header: bool = False
    value: int | float | None = None  # a figure; text is its display

    @classmethod
    def number(cls, value, colspan: int = 1) -> "Cell":
        if value is None:
            return cls("—", colspan=colspan)
        shown = f"{value:,.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
        return cls(shown, colspan=colspan, value=value)

    @property
    def numeric(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Grid:
    caption: str
    width: int  # columns
    header: list[list[Cell]]
    body: list[list[Cell]]
    note: str = ""
    key: str = ""
    col_widths: list[float] = field(default_factory=list)  # relative, for DOCX/XLSX/PDF

    def positioned(self):
        """Yield (row, col, cell, is_header) with absolute positions, resolving rowspans like a browser."""
        taken: set[tuple[int, int]] = set()
        for r, (row, is_header) in enumerate(
            [(row, True) for row in self.header] + [(row, False) for row in self.body]
        ):
            c = 0
            for cell in row:
                while (r, c) in taken:
                    c += 1
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        taken.add((r + dr, c + dc))
                yield r, c, cell, is_header or cell.header
                c += cell.colspan

    @property
    def col_percents(self) -> list[str]:
        widths = self.col_widths or [1] * self.width
        total = sum(widths)
        return [f"{100 * w / total:.1f}%" for w in widths]

    @property
    def row_count(self) -> int:
        return len(self.header) + len(self.body)
