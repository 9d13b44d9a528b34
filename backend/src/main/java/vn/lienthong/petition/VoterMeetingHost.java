package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Who held the voter meeting (tiếp xúc cử tri): NA_DELEGATION (Đoàn đại biểu Quốc hội), PEOPLES_COUNCIL (đại biểu HĐND), "
        + "JOINT (Đoàn ĐBQH và đại biểu HĐND cùng tiếp xúc)")
public enum VoterMeetingHost {
    NA_DELEGATION, PEOPLES_COUNCIL, JOINT
}
