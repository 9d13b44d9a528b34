package vn.lienthong.review;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "DRAFT (figures computed afresh on every read, findings editable), FINALISED (figures frozen in a snapshot, findings final)")
public enum ReviewStatus {
    DRAFT, FINALISED
}
