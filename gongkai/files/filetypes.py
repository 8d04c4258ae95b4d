"""Attachment content checks. Pure Python, no Django.

Uploads are classified by their CONTENT only: the extension and the browser's content type are chosen by
the uploader and are never trusted. Whatever is served back uses the detected kind's content type and
extension, so an HTML page renamed .pdf can neither be stored nor be served as something a browser runs.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from enum import Enum
from typing import BinaryIO

MB = 1024 * 1024
# Zip-bomb limits. The total keeps a 50 MB upload from expanding past what extract_text and python-docx/
# openpyxl should ever hold; the ratio catches single-member bombs (zeros compress ~1000:1, real office
# XML and PDFs rarely beyond 20:1). zipfile never yields more than the declared file_size of a member,
# so checking the declared sizes is enough.
ZIP_MAX_TOTAL_UNCOMPRESSED = 200 * MB
ZIP_MAX_RATIO = 100
# Tiny, highly repetitive XML parts (empty styles, blank sheets) can exceed 100:1 legitimately and
# cannot bomb anything; the ratio only applies from this size up.
ZIP_RATIO_MIN_SIZE = 1 * MB
ZIP_MAX_MEMBERS = 10_000  # millions of empty members are a bomb of their own
# Readers accept %PDF- a little way into the file (some generators prepend junk); 1024 is what Acrobat allows.
PDF_HEADER_WINDOW = 1024
# OLE2 directory entries normally sit in the first few hundred KB; also the header's first directory sector.
OLE_SCAN_BYTES = 512 * 1024

REJECT_TYPE = "文件类型不允许：仅支持 PDF、DOC/DOCX、XLS/XLSX、OFD、JPG/PNG、ZIP"
REJECT_EMPTY = "文件为空"


class FileKind(Enum):
    """Allowed attachment kinds. ``FileKind("pdf")`` looks up by code (the value stored in the database)."""

    PDF = ("pdf", "PDF 文档", "application/pdf", ".pdf")
    DOC = ("doc", "Word 文档（DOC）", "application/msword", ".doc")
    DOCX = (
        "docx",
        "Word 文档（DOCX）",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
    )
    XLS = ("xls", "Excel 表格（XLS）", "application/vnd.ms-excel", ".xls")
    XLSX = (
        "xlsx",
        "Excel 表格（XLSX）",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".xlsx",
    )
    OFD = ("ofd", "OFD 版式文档", "application/ofd", ".ofd")
    JPG = ("jpg", "JPEG 图片", "image/jpeg", ".jpg")
    PNG = ("png", "PNG 图片", "image/png", ".png")
    ZIP = ("zip", "ZIP 压缩包", "application/zip", ".zip")

    def __new__(cls, code: str, label: str, content_type: str, extension: str):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        obj.content_type = content_type
        obj.extension = extension  # canonical, with the leading dot
        return obj

    @property
    def code(self) -> str:
        return self.value

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(k.code, k.label) for k in cls]


# Extensions a user may legitimately have for each kind (kept as-is by safe_download_name).
_EXTENSION_ALIASES = {FileKind.JPG: {".jpg", ".jpeg"}}


class UploadRejected(ValueError):
    """The upload is not acceptable; ``message`` is Chinese and can be shown to the uploader as-is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
        self.original_name = ""  # set by check_upload, for logs


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_ZIP_MAGIC = b"PK\x03\x04"


def _ole_has_stream(data: bytes, name: str) -> bool:
    """True if ``data`` holds an OLE2 directory entry called ``name``.

    Directory entries are 128 bytes, aligned to 128 in the file (sectors are 512 or 4096 bytes, plus the
    512-byte header), start with the UTF-16LE name and carry its byte length incl. the NUL at offset 64.
    Checking alignment and length makes a stray "Book" inside document text not count.
    """
    needle = (name + "\0").encode("utf-16-le")
    length = len(needle).to_bytes(2, "little")
    pos = data.find(needle)
    while pos != -1:
        if pos % 128 == 0 and data[pos + 64 : pos + 66] == length:
            return True
        pos = data.find(needle, pos + 1)
    return False


def _sniff_ole(f: BinaryIO) -> FileKind:
    f.seek(0)
    data = f.read(OLE_SCAN_BYTES)
    # Also read the first directory sector named in the header, wherever it is in the file.
    sector_shift = int.from_bytes(data[0x1E:0x20], "little")
    first_dir = int.from_bytes(data[0x30:0x34], "little")
    if sector_shift in (9, 12) and first_dir < 0xFFFFFFFA:
        sector_size = 1 << sector_shift
        offset = (first_dir + 1) * sector_size
        if offset >= len(data):
            f.seek(offset)
            # Pad so that entries keep their 128-byte alignment inside `data`.
            data += b"\0" * (-len(data) % 128) + f.read(sector_size)
    if _ole_has_stream(data, "WordDocument"):
        return FileKind.DOC
    if _ole_has_stream(data, "Workbook") or _ole_has_stream(data, "Book"):
        return FileKind.XLS
    raise UploadRejected(REJECT_TYPE)  # other OLE2 files: .msi installers, .ppt, Outlook .msg …


def _sniff_zip(f: BinaryIO) -> FileKind:
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UploadRejected("压缩文件已损坏，无法读取") from exc
    if len(infos) > ZIP_MAX_MEMBERS:
        raise UploadRejected("压缩文件内文件数量过多")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UploadRejected("压缩文件已加密，请上传未加密的文件")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= ZIP_RATIO_MIN_SIZE and ratio > ZIP_MAX_RATIO:
            raise UploadRejected("压缩文件压缩比异常，疑似压缩炸弹")
    if total > ZIP_MAX_TOTAL_UNCOMPRESSED:
        raise UploadRejected(f"压缩文件解压后超过 {ZIP_MAX_TOTAL_UNCOMPRESSED // MB} MB")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return FileKind.DOCX
        if "xl/workbook.xml" in names:
            return FileKind.XLSX
    if "OFD.xml" in names:  # GB/T 33190: the package entry file sits at the root
        return FileKind.OFD
    return FileKind.ZIP


def _sniff(f: BinaryIO) -> FileKind:
    f.seek(0)
    head = f.read(PDF_HEADER_WINDOW)
    if not head:
        raise UploadRejected(REJECT_EMPTY)
    if head.startswith(_PNG_MAGIC):
        return FileKind.PNG
    if head.startswith(_JPEG_MAGIC):
        return FileKind.JPG
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(f)
    if head.startswith(_ZIP_MAGIC):
        return _sniff_zip(f)
    pdf_at = head.find(b"%PDF-")
    # Leading junk is tolerated, markup is not: "<html>…%PDF-" is a polyglot a browser would render.
    if pdf_at != -1 and b"<" not in head[:pdf_at]:
        return FileKind.PDF
    raise UploadRejected(REJECT_TYPE)


def detect_kind(source: str | os.PathLike | BinaryIO) -> FileKind | None:
    """The kind of a path or seekable binary file (position restored), or None if not allowed."""
    try:
        if isinstance(source, (str, os.PathLike)):
            with open(source, "rb") as f:
                return _sniff(f)
        pos = source.tell()
        try:
            return _sniff(source)
        finally:
            source.seek(pos)
    except UploadRejected:
        return None


def format_size(n: int) -> str:
    if n < MB:
        return f"{-(-n // 1024)} KB"
    return f"{n / MB:.1f}".removesuffix(".0") + " MB"


def check_upload(fileobj: BinaryIO, *, original_name: str, max_bytes: int) -> FileKind:
    """Validate an uploaded (seekable) file and return its kind, or raise UploadRejected.

    ``original_name`` never influences the decision (the name is the uploader's claim); it is carried
    in the error for logging. Store/serve with ``kind.content_type`` and ``safe_download_name()``.
    The file position is left at 0 so the caller can save it.
    """
    fileobj.seek(0, io.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(0)
    try:
        if size == 0:
            raise UploadRejected(REJECT_EMPTY)
        if size > max_bytes:
            raise UploadRejected(f"文件超过大小限制（最大 {format_size(max_bytes)}）")
        return _sniff(fileobj)
    except UploadRejected as exc:
        exc.original_name = original_name
        raise
    finally:
        fileobj.seek(0)


# Characters Windows forbids in names; they also confuse Content-Disposition and shells.
_UNSAFE_NAME_CHARS = re.compile(r'[<>:"|?*]')
_EXTENSION = re.compile(r"\.[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$")  # ".03" in "2024.03" is not an extension
_MAX_STEM = 80  # 80 CJK characters = 240 UTF-8 bytes, under the usual 255-byte file-name limit


def safe_download_name(original_name: str, kind: FileKind) -> str:
    """A file name for serving: the original stem, with an extension matching ``kind``.

    Strips directories and control/format characters (incl. U+202E, which makes "gpj.exe" display as
    "exe.jpg"). A wrong extension is replaced ("报告.html" -> "报告.pdf"); a right one is kept (".jpeg").
    """
    name = re.split(r"[\\/]", original_name or "")[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = _UNSAFE_NAME_CHARS.sub("_", name).strip(" .")
    stem, ext = name, ""
    if m := _EXTENSION.search(name):
        stem, ext = name[: m.start()], m.group().lower()
    stem = stem.strip(" .")[:_MAX_STEM].strip(" .") or "附件"
    allowed = _EXTENSION_ALIASES.get(kind, {kind.extension})
    return stem + (ext if ext in allowed else kind.extension)


@dataclass(frozen=True)
class ExtractedText:
    """Result of extract_text.

    ``ok`` is False when the automated scan did not see the content: either the kind has no text
    extractor (images, DOC, XLS, OFD, ZIP) or the file could not be parsed (corrupt, encrypted). ``reason``
    then says so in Chinese, for the reviewer to check the attachment by hand.
    """

    text: str
    ok: bool
    truncated: bool = False
    reason: str = ""


_UNSUPPORTED = "该类型附件不支持自动提取文字，请人工核查"
_UNREADABLE = "附件文字无法读取（文件可能已损坏或加密），请人工核查"


def _pdf_chunks(path):
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):  # permissions-only encryption opens with ""
        raise ValueError("encrypted")
    for page in reader.pages:
        yield page.extract_text() or ""


def _docx_chunks(path):
    import docx

    document = docx.Document(path)
    for paragraph in document.paragraphs:
        yield paragraph.text

    def tables(tables_):
        for table in tables_:
            # Merged cells come back once per grid position. The set holds the elements, which keeps
            # lxml's proxies (and so their identity) stable.
            seen = set()
            for row in table.rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        yield cell.text
                        yield from tables(cell.tables)

    yield from tables(document.tables)


def _xlsx_chunks(path):
    import openpyxl

    # A file object, not the path: stored blobs have no extension and openpyxl refuses such paths.
    handle = open(path, "rb")  # closed below, with the workbook
    workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells = []
                for value in row:
                    if value is None:
                        continue
                    if isinstance(value, float) and value.is_integer():
                        value = int(value)  # 13812345678.0 -> "13812345678"
                    cells.append(str(value))
                if cells:
                    yield "\t".join(cells)
    finally:
        workbook.close()  # read-only mode keeps the file open otherwise
        handle.close()


_EXTRACTORS = {FileKind.PDF: _pdf_chunks, FileKind.DOCX: _docx_chunks, FileKind.XLSX: _xlsx_chunks}


def extract_text(path: str | os.PathLike, kind: FileKind, *, max_chars: int = 200_000) -> ExtractedText:
    """Plain text of a PDF/DOCX/XLSX for PII scanning, at most ``max_chars`` characters. Never raises."""
    extractor = _EXTRACTORS.get(kind)
    if extractor is None:
        return ExtractedText("", ok=False, reason=_UNSUPPORTED)
    parts: list[str] = []
    length = 0
    try:
        # closing(): stopping early must still run the extractor's cleanup (openpyxl keeps the file open).
        with contextlib.closing(extractor(path)) as chunks:
            for chunk in chunks:
                parts.append(chunk)
                length += len(chunk) + 1
                if length > max_chars:
                    return ExtractedText("\n".join(parts)[:max_chars], ok=True, truncated=True)
    except Exception:  # parsers raise anything on hostile input; the caller records ok=False
        return ExtractedText("", ok=False, reason=_UNREADABLE)
    return ExtractedText("\n".join(parts), ok=True)
