package vn.lienthong.kernel.office;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "PROVINCE (tỉnh), CENTRAL_CITY (thành phố trực thuộc trung ương)")
public enum JurisdictionKind {
    PROVINCE, CENTRAL_CITY
}
