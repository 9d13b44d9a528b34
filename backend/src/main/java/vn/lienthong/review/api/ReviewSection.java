package vn.lienthong.review.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The parts of a review's figures, each supplied by the feature that owns the data. */
@Schema(description = "Part of a review's figures: MEETINGS (hội nghị, cuộc họp), CALENDARS (chương trình, lịch công tác), "
        + "CONCLUSIONS (thực hiện kết luận), PETITIONS (đơn thư, tiếp công dân, kiến nghị cử tri)")
public enum ReviewSection {
    MEETINGS, CALENDARS, CONCLUSIONS, PETITIONS
}
