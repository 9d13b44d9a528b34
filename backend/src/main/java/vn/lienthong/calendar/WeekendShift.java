package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What happens when a deadline falls on a Saturday or Sunday: NONE (it stays), PREVIOUS_WORKING_DAY (the Friday before), "
        + "NEXT_WORKING_DAY (the Monday after, as the Civil Code 2015 art. 148(5) reads the end of a period)")
public enum WeekendShift {
    NONE, PREVIOUS_WORKING_DAY, NEXT_WORKING_DAY
}
