package vn.lienthong.review;

import io.swagger.v3.oas.annotations.media.Schema;

/** The parts of a Vietnamese review report after the figures. */
@Schema(description = "RESULT (kết quả đạt được), SHORTCOMING (tồn tại, hạn chế, with its cause — nguyên nhân), LESSON (bài học kinh nghiệm), "
        + "PROPOSAL (phương hướng, đề xuất, kiến nghị; may become a tracked task)")
public enum FindingSection {
    RESULT, SHORTCOMING, LESSON, PROPOSAL
}
