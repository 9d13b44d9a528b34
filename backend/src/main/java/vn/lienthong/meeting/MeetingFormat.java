package vn.lienthong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** In person (trực tiếp), online (trực tuyến) or both (trực tiếp kết hợp trực tuyến); online and hybrid ones have bridge points. */
@Schema(description = "In person, online, or in person with online bridge points")
public enum MeetingFormat {
    IN_PERSON, ONLINE, HYBRID;

    boolean hasBridgePoints() {
        return this != IN_PERSON;
    }
}
