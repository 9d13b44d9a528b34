package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "GATHERED (đã tổng hợp), ASSIGNED (đã chuyển cơ quan có thẩm quyền, chờ trả lời), ANSWERED (đã trả lời)")
public enum VoterRecommendationStatus {
    GATHERED, ASSIGNED, ANSWERED
}
