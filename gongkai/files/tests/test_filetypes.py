import io
import zipfile

import docx
import openpyxl
import pytest
from pypdf import PdfWriter

from gongkai.core.textchecks import find_personal_data
from gongkai.files import filetypes
from gongkai.files.filetypes import (
    FileKind,
    UploadRejected,
    check_upload,
    detect_kind,
    extract_text,
    safe_download_name,
)

MB = 1024 * 1024


# --- builders --------------------------------------------------------------------------------------


def text_pdf(text: str) -> bytes:
    """A minimal, valid one-page PDF showing ``text`` in Helvetica, with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("关于公开征求意见的通知，联系人手机 13812345678。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "姓名"
    table.cell(0, 1).text = "身份证号"
    table.cell(1, 0).text = "张三"
    table.cell(1, 1).text = "11010519491231002X"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "身份证号", "电话"])
    sheet.append(["张三", "11010519491231002X", 13812345678])  # phone stored as a number
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def ole_bytes(*names: str, dir_sector: int = 0, junk: bytes = b"") -> bytes:
    """An OLE2 compound-file header plus a directory sector holding entries named ``names``."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x1A:0x1C] = (3).to_bytes(2, "little")  # minor/major version 3: 512-byte sectors
    header[0x1C:0x1E] = b"\xfe\xff"
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    header[0x30:0x34] = dir_sector.to_bytes(4, "little")
    directory = bytearray()
    for name in ("Root Entry", *names):
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        directory += entry
    directory += bytes(-len(directory) % 512)
    sectors = bytearray(512 * dir_sector)
    sectors[: len(junk)] = junk
    return bytes(header) + bytes(sectors) + bytes(directory)


def encrypted_zip() -> bytes:
    data = bytearray(zip_bytes({"secret.txt": b"hello"}))
    # zipfile cannot write encrypted members: set the "encrypted" flag bit in both headers by hand.
    data[6] |= 1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    return bytes(data)


def upload(data: bytes, name="附件.pdf", max_bytes=50 * MB) -> FileKind:
    return check_upload(io.BytesIO(data), original_name=name, max_bytes=max_bytes)


# --- accepted --------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)


@pytest.mark.parametrize(
    "data,kind",
    [
        (blank_pdf(), FileKind.PDF),
        (text_pdf("Tel 13812345678"), FileKind.PDF),
        (b"\r\n  junk before header %PDF-1.7\n...", FileKind.PDF),
        (docx_bytes(), FileKind.DOCX),
        (xlsx_bytes(), FileKind.XLSX),
        (PNG, FileKind.PNG),
        (JPEG, FileKind.JPG),
        (ole_bytes("1Table", "WordDocument"), FileKind.DOC),
        (ole_bytes("Workbook"), FileKind.XLS),
        (ole_bytes("Book"), FileKind.XLS),
        (ole_bytes("WordDocument", dir_sector=1200), FileKind.DOC),  # directory beyond the scan window
        (zip_bytes({"OFD.xml": b"<ofd:OFD/>", "Doc_0/Document.xml": b"<x/>"}), FileKind.OFD),
        (zip_bytes({"说明.txt": "附件".encode(), "表.csv": b"a,b"}), FileKind.ZIP),
        (zip_bytes({"word/document.xml": b"<w/>"}), FileKind.ZIP),  # no [Content_Types].xml
    ],
)
def test_accepted_kinds(data, kind):
    assert upload(data, name="whatever.bin") is kind
    assert detect_kind(io.BytesIO(data)) is kind


def test_kind_attributes():
    assert FileKind("docx") is FileKind.DOCX
    assert FileKind.DOCX.code == "docx"
    assert FileKind.DOCX.extension == ".docx"
    assert FileKind.XLS.content_type == "application/vnd.ms-excel"
    assert FileKind.OFD.content_type == "application/ofd"
    assert FileKind.JPG.label == "JPEG 图片"
    assert ("pdf", "PDF 文档") in FileKind.choices()


def test_detect_kind_from_path_and_restores_position(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(docx_bytes())
    assert detect_kind(path) is FileKind.DOCX
    assert detect_kind(str(path)) is FileKind.DOCX
    f = io.BytesIO(PNG)
    f.seek(5)
    assert detect_kind(f) is FileKind.PNG
    assert f.tell() == 5


def test_check_upload_leaves_file_at_start():
    f = io.BytesIO(xlsx_bytes())
    f.seek(10)
    check_upload(f, original_name="x.xlsx", max_bytes=MB)
    assert f.tell() == 0


# --- rejected --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><script>alert(1)</script></html>",
        b"  \n<html><body>%PDF-1.4 polyglot</body></html>",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100),
        b"\x7fELF\x02\x01\x01" + bytes(100),
        b"#!/bin/sh\nrm -rf /\n",
        b"PK\x05\x06" + bytes(18),  # empty zip
        b"%PD" + bytes(100),
        bytes(2048) + b"%PDF-1.4",  # header too far in
        ole_bytes("PowerPoint Document"),
        ole_bytes("Other", junk="see WordDocument\0 and Workbook\0".encode("utf-16-le")),  # not entries
    ],
)
def test_rejected_types(data):
    with pytest.raises(UploadRejected) as exc:
        upload(data, name="通知.pdf")
    assert exc.value.message == "文件类型不允许：仅支持 PDF、DOC/DOCX、XLS/XLSX、OFD、JPG/PNG、ZIP"
    assert exc.value.original_name == "通知.pdf"
    assert detect_kind(io.BytesIO(data)) is None


def test_empty_file_rejected():
    with pytest.raises(UploadRejected, match="^文件为空$"):
        upload(b"")
    assert detect_kind(io.BytesIO(b"")) is None


def test_oversize_rejected():
    with pytest.raises(UploadRejected, match=r"^文件超过大小限制（最大 50 MB）$"):
        upload(b"%PDF-1.4" + bytes(50 * MB), max_bytes=50 * MB)
    with pytest.raises(UploadRejected, match=r"（最大 1 KB）"):
        upload(PNG + bytes(1024), max_bytes=1024)
    assert upload(PNG, max_bytes=len(PNG)) is FileKind.PNG


def test_zip_bomb_ratio_rejected():
    bomb = zip_bytes({"zeros.bin": bytes(50 * MB)})
    assert len(bomb) < MB
    with pytest.raises(UploadRejected, match="压缩比异常"):
        upload(bomb, name="资料.zip")


def test_zip_total_size_limit(monkeypatch):
    monkeypatch.setattr(filetypes, "ZIP_MAX_TOTAL_UNCOMPRESSED", 1000)
    with pytest.raises(UploadRejected, match="解压后超过"):
        upload(zip_bytes({"a.txt": b"x" * 600, "b.txt": b"y" * 600}, zipfile.ZIP_STORED))


def test_small_repetitive_member_is_not_a_bomb():
    # Over 100:1 but tiny: blank sheets and style parts in real files look like this.
    assert upload(zip_bytes({"styles.xml": b" " * 200_000})) is FileKind.ZIP


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"PK\x03\x04" + b"\x00garbage" * 50, "已损坏"),
        (zip_bytes({"a.txt": b"hello" * 100})[:-30], "已损坏"),  # truncated central directory
        (encrypted_zip(), "已加密"),
    ],
    ids=["garbage", "truncated", "encrypted"],  # zip bytes carry the time: ids must not (pytest -n 2)
)
def test_corrupt_and_encrypted_zips_rejected(data, reason):
    with pytest.raises(UploadRejected, match=reason):
        upload(data, name="a.zip")


# --- download names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "original,kind,expected",
    [
        ("关于印发实施方案的通知.pdf", FileKind.PDF, "关于印发实施方案的通知.pdf"),
        ("关于印发实施方案的通知.PDF", FileKind.PDF, "关于印发实施方案的通知.pdf"),
        ("报告.html", FileKind.PDF, "报告.pdf"),
        ("照片.jpeg", FileKind.JPG, "照片.jpeg"),
        ("照片.png", FileKind.JPG, "照片.jpg"),
        ("关于2024.03的通知", FileKind.DOCX, "关于2024.03的通知.docx"),
        ("../../etc/passwd", FileKind.PDF, "passwd.pdf"),
        ("C:\\Users\\张三\\附件一.docx", FileKind.DOCX, "附件一.docx"),
        ("evil\u202egpj.exe", FileKind.PNG, "evilgpj.png"),
        ("a\r\nb\x00c.xls", FileKind.XLS, "abc.xls"),
        ('表<1>:"2"?.xlsx', FileKind.XLSX, "表_1___2__.xlsx"),
        ("", FileKind.OFD, "附件.ofd"),
        ("...", FileKind.ZIP, "附件.zip"),
    ],
)
def test_safe_download_name(original, kind, expected):
    assert safe_download_name(original, kind) == expected


def test_safe_download_name_truncates_long_stems():
    name = safe_download_name("长" * 300 + ".pdf", FileKind.PDF)
    assert name == "长" * 80 + ".pdf"
    assert len(name.encode()) < 255


# --- text extraction -------------------------------------------------------------------------------


def test_pdf_text_reaches_pii_scan(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(text_pdf("Contact 13812345678"))
    result = extract_text(path, FileKind.PDF)
    assert result.ok and not result.truncated
    assert [(f.kind, f.match) for f in find_personal_data(result.text)] == [("mobile", "13812345678")]


def test_docx_text_includes_paragraphs_and_tables(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(docx_bytes())
    result = extract_text(path, FileKind.DOCX)
    assert result.ok
    kinds = {f.kind for f in find_personal_data(result.text)}
    assert kinds == {"mobile", "id_card"}


def test_xlsx_text_includes_numeric_cells(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(xlsx_bytes())
    result = extract_text(path, FileKind.XLSX)
    assert result.ok
    assert "张三" in result.text
    assert {f.kind for f in find_personal_data(result.text)} == {"mobile", "id_card"}


def test_extract_text_truncates(tmp_path):
    path = tmp_path / "a.docx"
    document = docx.Document()
    for _ in range(100):
        document.add_paragraph("政务公开" * 50)
    document.save(path)
    result = extract_text(path, FileKind.DOCX, max_chars=1000)
    assert result.ok and result.truncated
    assert len(result.text) == 1000


@pytest.mark.parametrize("kind", [FileKind.PDF, FileKind.DOCX, FileKind.XLSX])
def test_extract_text_never_raises_on_corrupt_files(tmp_path, kind):
    path = tmp_path / "broken"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00\xff garbage" * 100 if kind is FileKind.PDF else b"PK\x03\x04junk")
    result = extract_text(path, kind)
    assert result == filetypes.ExtractedText("", ok=False, reason=result.reason)
    assert "人工核查" in result.reason
    missing = extract_text(tmp_path / "missing.pdf", kind)
    assert not missing.ok


@pytest.mark.parametrize(
    "kind", [FileKind.DOC, FileKind.XLS, FileKind.OFD, FileKind.JPG, FileKind.PNG, FileKind.ZIP]
)
def test_extract_text_unsupported_kinds(tmp_path, kind):
    path = tmp_path / "x"
    path.write_bytes(b"anything")
    result = extract_text(path, kind)
    assert result.text == "" and not result.ok and result.reason
