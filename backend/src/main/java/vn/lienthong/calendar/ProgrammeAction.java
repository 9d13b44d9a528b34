package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "An action the caller may take on a programme now: EDIT_ITEMS, AMEND (change a published programme with a reason), "
        + "SUBMIT, RETURN, CONSOLIDATE, APPROVE, PUBLISH")
public enum ProgrammeAction {
    EDIT_ITEMS, AMEND, SUBMIT, RETURN, CONSOLIDATE, APPROVE, PUBLISH
}
