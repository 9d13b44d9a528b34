package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What the bridge-point endpoints (điểm cầu of an online or hybrid conference) read and write. */
public final class BridgePointDtos {
    private BridgePointDtos() {
    }

    static final String ID = MeetingDtos.ID;

    /** How an import treats the bridge points already there. */
    @Schema(description = "APPEND adds the file's bridge points after the existing ones (a name already there is an error); REPLACE removes the existing ones first")
    public enum ImportMode { APPEND, REPLACE }

    /** The file formats of the import template. */
    @Schema(description = "File format of the bridge-point template: CSV (UTF-8) or XLSX (Excel)")
    public enum TemplateFormat { CSV, XLSX }

    @Serdeable
    @Schema(name = "MeetingBridgePointUnit", description = "The unit (sở, ngành, huyện, xã …) a bridge point is located at",
            example = "{\"id\":\"" + ID + "\",\"code\":\"UBND_PHU_LUONG\",\"name\":\"UBND huyện Phú Lương\"}")
    public record UnitRef(@Schema(description = "Unit id") UUID id, @Schema(description = "Unit code") String code,
                          @Schema(description = "Unit name") String name) {
    }

    @Serdeable
    @Schema(name = "MeetingBridgePointRequest", description = "A bridge point (điểm cầu) of an online or hybrid conference, or its corrected details",
            example = "{\"name\":\"Điểm cầu UBND huyện Phú Lương\",\"unitId\":\"" + ID + "\",\"address\":\"Hội trường UBND huyện, thị trấn Đu\","
                    + "\"contactName\":\"Nguyễn Thị Mai\",\"contactPhone\":\"0912 345 678\",\"expectedDelegates\":45,\"actualDelegates\":null}")
    public record BridgePointRequest(@Schema(description = "Name, unique within the meeting (ignoring case and diacritics)") @NotBlank @Size(max = 300) String name,
                                     @Schema(description = "The unit of the jurisdiction hosting the point", nullable = true) @Nullable UUID unitId,
                                     @Schema(description = "Where (hall, address)", nullable = true) @Nullable @Size(max = 500) String address,
                                     @Schema(description = "Contact person at the point", nullable = true) @Nullable @Size(max = 200) String contactName,
                                     @Schema(description = "Contact phone", nullable = true) @Nullable @Size(max = 40) String contactPhone,
                                     @Schema(description = "Delegates expected at the point") @NotNull @Min(0) @Max(100_000) Integer expectedDelegates,
                                     @Schema(description = "Delegates present (recorded during or after the meeting)", nullable = true) @Nullable @Min(0) @Max(100_000) Integer actualDelegates) {
    }

    @Serdeable
    @Schema(name = "MeetingBridgePointResponse", description = "A bridge point of an online or hybrid conference",
            example = "{\"id\":\"" + ID + "\",\"meetingId\":\"" + ID + "\",\"position\":3,\"name\":\"Điểm cầu UBND huyện Phú Lương\","
                    + "\"unit\":{\"id\":\"" + ID + "\",\"code\":\"UBND_PHU_LUONG\",\"name\":\"UBND huyện Phú Lương\"},"
                    + "\"address\":\"Hội trường UBND huyện, thị trấn Đu\",\"contactName\":\"Nguyễn Thị Mai\",\"contactPhone\":\"0912 345 678\","
                    + "\"expectedDelegates\":45,\"actualDelegates\":42,\"version\":1}")
    public record BridgePointResponse(@Schema(description = "Bridge point id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                                      @Schema(description = "Order in the meeting's list (1, 2, …)") int position,
                                      @Schema(description = "Name") String name,
                                      @Schema(description = "The unit hosting the point", nullable = true) @Nullable UnitRef unit,
                                      @Schema(description = "Where", nullable = true) @Nullable String address,
                                      @Schema(description = "Contact person", nullable = true) @Nullable String contactName,
                                      @Schema(description = "Contact phone", nullable = true) @Nullable String contactPhone,
                                      @Schema(description = "Delegates expected") int expectedDelegates,
                                      @Schema(description = "Delegates present, once recorded", nullable = true) @Nullable Integer actualDelegates,
                                      @Schema(description = "Version (the ETag)") long version) {
    }

    @Serdeable
    @Schema(name = "MeetingBridgePointImportResult", description = "An accepted import: how many bridge points it added and the conference's totals after it",
            example = "{\"mode\":\"APPEND\",\"imported\":230,\"replaced\":0,\"bridgePoints\":230,\"expectedDelegates\":9200,\"actualDelegates\":8815}")
    public record ImportResult(@Schema(description = "How the import treated the existing bridge points") ImportMode mode,
                               @Schema(description = "Bridge points added from the file") int imported,
                               @Schema(description = "Bridge points removed first (REPLACE)") int replaced,
                               @Schema(description = "Bridge points of the conference now") long bridgePoints,
                               @Schema(description = "Delegates expected at all its bridge points") long expectedDelegates,
                               @Schema(description = "Delegates present at all its bridge points (as recorded)") long actualDelegates) {
    }
}
