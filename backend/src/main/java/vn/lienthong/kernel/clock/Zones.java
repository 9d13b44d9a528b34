package vn.lienthong.kernel.clock;

import java.time.ZoneId;

public final class Zones {
    /** The zone of "today", deadlines and working days everywhere in the system. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Zones() {
    }
}
