package vn.lienthong.review;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the caller may do with a review now: EDIT (details and findings), FINALISE, CONVERT_PROPOSAL (turn a proposal into a task)")
public enum ReviewAction {
    EDIT, FINALISE, CONVERT_PROPOSAL
}
