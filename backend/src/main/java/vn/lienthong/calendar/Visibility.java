package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "INTERNAL (for the offices only) or PUBLIC (published on the e-portal and in the iCalendar feeds once the programme is published)")
public enum Visibility {
    INTERNAL, PUBLIC
}
