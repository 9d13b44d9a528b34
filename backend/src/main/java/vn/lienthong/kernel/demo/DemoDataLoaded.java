package vn.lienthong.kernel.demo;

import java.util.UUID;

/** Published once the demo reference data exists, so that each feature can add its own demo records. */
public record DemoDataLoaded(UUID jurisdictionId) {
}
