package vn.lienthong.review;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "ANNUAL (đánh giá công tác phối hợp hằng năm), INTERIM (sơ kết), FINAL (tổng kết)")
public enum ReviewKind {
    ANNUAL, INTERIM, FINAL
}
