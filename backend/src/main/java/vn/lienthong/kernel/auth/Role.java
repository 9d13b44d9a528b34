package vn.lienthong.kernel.auth;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A person's role: SPECIALIST (chuyên viên), OFFICE_LEADER (lãnh đạo văn phòng), CHIEF_OF_OFFICE (chánh văn phòng), UNIT_OFFICER (cán bộ đơn vị), SYSTEM_ADMIN (quản trị hệ thống: the administrator of one jurisdiction), NATIONAL_ADMIN (quản trị quốc gia: national data — statutory deadline rules, the national holiday calendar, scheduled jobs)")
public enum Role {
    SPECIALIST, OFFICE_LEADER, CHIEF_OF_OFFICE, UNIT_OFFICER, SYSTEM_ADMIN, NATIONAL_ADMIN;

    public boolean isOfficeRole() {
        return this == SPECIALIST || this == OFFICE_LEADER || this == CHIEF_OF_OFFICE;
    }
}
