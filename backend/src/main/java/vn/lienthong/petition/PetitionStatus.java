package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "RECEIVED (tiếp nhận, chờ phân loại), ACCEPTED (thụ lý), FORWARDED (chuyển đơn), GUIDED (hướng dẫn), FILED (lưu đơn), RESOLVED (đã giải quyết)")
public enum PetitionStatus {
    RECEIVED, ACCEPTED, FORWARDED, GUIDED, FILED, RESOLVED
}
