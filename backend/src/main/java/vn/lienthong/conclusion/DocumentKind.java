package vn.lienthong.conclusion;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "CONCLUDING_NOTICE (thông báo kết luận), RESOLUTION (nghị quyết), DIRECTIVE (chỉ thị), PLAN (kế hoạch), OFFICIAL_LETTER (công văn), OTHER")
public enum DocumentKind {
    CONCLUDING_NOTICE, RESOLUTION, DIRECTIVE, PLAN, OFFICIAL_LETTER, OTHER
}
