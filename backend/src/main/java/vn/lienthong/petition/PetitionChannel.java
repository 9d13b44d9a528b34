package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "POST (qua bưu điện), IN_PERSON (trực tiếp, tại buổi tiếp công dân), VOTER_MEETING (tiếp xúc cử tri), E_PORTAL (cổng thông tin điện tử — "
        + "only through the portal endpoint), TRANSFERRED (cơ quan khác chuyển đến)")
public enum PetitionChannel {
    POST, IN_PERSON, VOTER_MEETING, E_PORTAL, TRANSFERRED
}
