package vn.lienthong.kernel.office;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "DEPARTMENT (sở, ban, ngành), DISTRICT (quận, huyện, thị xã — before 7/2025), COMMUNE (xã), WARD (phường), SPECIAL_ZONE (đặc khu), OTHER")
public enum UnitKind {
    DEPARTMENT, DISTRICT, COMMUNE, WARD, SPECIAL_ZONE, OTHER
}
