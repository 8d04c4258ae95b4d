"""Writers of every exported file: DOCX (eastAsia fonts), HTML→PDF, XLSX and CSV.

Spreadsheet cells are neutralised against formula injection (`cells.spreadsheet_value`), and every writer
removes the characters the text-hygiene rule refuses (core.texthygiene), so that text stored before the rule
can never make an export fail. Imports no domain app.
"""
