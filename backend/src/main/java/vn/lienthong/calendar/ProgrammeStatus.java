package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Where a programme stands: DRAFT (dự thảo), SUBMITTED (đã gửi Văn phòng Thành ủy), RETURNED (trả lại để chỉnh sửa), "
        + "CONSOLIDATED (đã tổng hợp), APPROVED (Thường trực đã quyết định), PUBLISHED (đã ban hành; changes are amendments)")
public enum ProgrammeStatus {
    DRAFT, SUBMITTED, RETURNED, CONSOLIDATED, APPROVED, PUBLISHED;

    /** Other offices see a programme once it has been sent to the Party Committee Office. */
    public boolean sharedWithOtherOffices() {
        return this != DRAFT && this != RETURNED;
    }
}
