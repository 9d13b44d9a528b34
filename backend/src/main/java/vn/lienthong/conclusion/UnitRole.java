package vn.lienthong.conclusion;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "LEAD (đơn vị chủ trì, exactly one per task) or COORDINATING (đơn vị phối hợp)")
public enum UnitRole {
    LEAD, COORDINATING
}
