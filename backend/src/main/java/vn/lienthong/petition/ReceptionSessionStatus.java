package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "PLANNED (dự kiến), HELD (đã tiếp), CANCELLED (hủy)")
public enum ReceptionSessionStatus {
    PLANNED, HELD, CANCELLED
}
