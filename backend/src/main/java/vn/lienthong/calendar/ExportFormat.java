package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Document format of an export: DOCX (Word) or XLSX (Excel)")
public enum ExportFormat {
    DOCX, XLSX
}
