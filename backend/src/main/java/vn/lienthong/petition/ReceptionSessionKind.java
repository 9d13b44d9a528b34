package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "REGULAR (tiếp công dân định kỳ của lãnh đạo — Luật Tiếp công dân 2013, Điều 12, 15, 18), JOINT (tiếp công dân phối hợp của các "
        + "văn phòng dịp đại hội, bầu cử, kỳ họp HĐND, lễ, tết)")
public enum ReceptionSessionKind {
    REGULAR, JOINT
}
