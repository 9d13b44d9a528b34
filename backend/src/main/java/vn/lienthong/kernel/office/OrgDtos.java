package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the organisation's administration: jurisdictions, offices, bodies, leaders, unit mergers. */
public final class OrgDtos {
    private OrgDtos() {
    }

    static final String CODE_RULE = "must be 2 to 30 capitals, digits, - or _";

    @Serdeable
    @Schema(name = "JurisdictionResponse", description = "A province or centrally-run city, as its administrators see it",
            example = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"code\":\"HN\",\"name\":\"Thành phố Hà Nội\",\"kind\":\"CENTRAL_CITY\",\"active\":true,"
                    + "\"version\":0,\"updatedAt\":\"2026-11-23T09:15:00+07:00\"}")
    public record JurisdictionResponse(@Schema(description = "Jurisdiction id") UUID id,
                                       @Schema(description = "Short code, unique nationally", example = "HN") String code,
                                       @Schema(description = "Name", example = "Thành phố Hà Nội") String name,
                                       @Schema(description = "Kind") JurisdictionKind kind,
                                       @Schema(description = "False once deactivated") boolean active,
                                       @Schema(description = "Version for optimistic concurrency; also the ETag") long version,
                                       @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "JurisdictionRequest", description = "Create or replace a jurisdiction (national administrators only)",
            example = "{\"code\":\"HP\",\"name\":\"Thành phố Hải Phòng\",\"kind\":\"CENTRAL_CITY\",\"active\":true}")
    public record JurisdictionRequest(
            @Schema(description = "Code: 2 to 20 capitals, digits, - or _", example = "HP") @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,20}", message = "must be 2 to 20 capitals, digits, - or _") String code,
            @Schema(description = "Name", example = "Thành phố Hải Phòng") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Kind") @NotNull JurisdictionKind kind,
            @Schema(description = "Active; omitted: unchanged (true for a new one)", nullable = true) @Nullable Boolean active) {
    }

    @Serdeable
    @Schema(name = "OfficeRequest", description = "Create or replace an office of the caller's jurisdiction; one Party Committee Office per jurisdiction",
            example = "{\"code\":\"VPUBND\",\"kind\":\"PEOPLES_COMMITTEE_OFFICE\",\"nameVi\":\"Văn phòng UBND tỉnh\",\"nameEn\":\"Provincial People's Committee Office\","
                    + "\"shortName\":\"VPUBND\",\"active\":true}")
    public record OfficeRequest(
            @Schema(description = "Code: capitals, digits, - and _", example = "VPUBND") @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,30}", message = CODE_RULE) String code,
            @Schema(description = "Kind of office") @NotNull OfficeKind kind,
            @Schema(description = "Vietnamese name", example = "Văn phòng UBND tỉnh") @NotBlank @Size(max = 300) String nameVi,
            @Schema(description = "English name", example = "Provincial People's Committee Office") @NotBlank @Size(max = 300) String nameEn,
            @Schema(description = "Abbreviation", example = "VPUBND") @NotBlank @Size(max = 40) String shortName,
            @Schema(description = "E-mail address, the ORGANIZER (mailto:) of the calendar invitations of the meetings it hosts; null or blank for none", nullable = true,
                    example = "vanphong@ubnd.example.vn")
            @Nullable @Size(max = 300) @Pattern(regexp = "^$|^[^@\\s:;,\"<>]+@[^@\\s:;,\"<>]+\\.[^@\\s:;,\"<>]+$", message = "must be an e-mail address (name@domain)") String email,
            @Schema(description = "Active; omitted: unchanged (true for a new one)", nullable = true) @Nullable Boolean active) {
    }

    @Serdeable
    @Schema(name = "LeadershipBodyRequest", description = "Create or replace a leadership body; its office is chosen at creation and kept (its calendar and programmes belong to that office)",
            example = "{\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"code\":\"TTTU\",\"nameVi\":\"Thường trực Tỉnh ủy\",\"nameEn\":\"Standing Board of the Provincial Party Committee\",\"active\":true}")
    public record BodyRequest(
            @Schema(description = "The office that serves it (GET /offices)") @NotNull UUID officeId,
            @Schema(description = "Code: capitals, digits, - and _", example = "TTTU") @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,30}", message = CODE_RULE) String code,
            @Schema(description = "Vietnamese name", example = "Thường trực Tỉnh ủy") @NotBlank @Size(max = 300) String nameVi,
            @Schema(description = "English name", example = "Standing Board of the Provincial Party Committee") @NotBlank @Size(max = 300) String nameEn,
            @Schema(description = "Active; omitted: unchanged (true for a new one)", nullable = true) @Nullable Boolean active) {
    }

    @Serdeable
    @Schema(name = "LeaderCreateRequest", description = "A new leader with the position they hold from validFrom",
            example = "{\"fullName\":\"Nguyễn Văn An\",\"titleVi\":\"Bí thư Tỉnh ủy\",\"titleEn\":\"Provincial Party Secretary\",\"bodyId\":null,\"protocolOrder\":1,"
                    + "\"validFrom\":\"2025-10-01\"}")
    public record LeaderCreateRequest(
            @Schema(description = "Full name", example = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "Title in Vietnamese", example = "Bí thư Tỉnh ủy") @NotBlank @Size(max = 300) String titleVi,
            @Schema(description = "Title in English", example = "Provincial Party Secretary") @NotBlank @Size(max = 300) String titleEn,
            @Schema(description = "The leadership body of the position (GET /bodies)", nullable = true) @Nullable UUID bodyId,
            @Schema(description = "Protocol order (smaller first); omitted: 0", nullable = true) @Nullable @Min(0) @Max(10_000) Integer protocolOrder,
            @Schema(description = "First day in the position") @NotNull LocalDate validFrom) {
    }

    @Serdeable
    @Schema(name = "LeaderUpdateRequest", description = "Replace a leader's name, protocol order and active flag; a change of post is POST /leaders/{id}/positions",
            example = "{\"fullName\":\"Nguyễn Văn An\",\"protocolOrder\":1,\"active\":true}")
    public record LeaderUpdateRequest(
            @Schema(description = "Full name", example = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "Protocol order (smaller first)") @NotNull @Min(0) @Max(10_000) Integer protocolOrder,
            @Schema(description = "Active; omitted: unchanged", nullable = true) @Nullable Boolean active) {
    }

    @Serdeable
    @Schema(name = "LeaderPositionRequest", description = "The leader moves post: the new position from validFrom; the current one ends the day before "
            + "(the same validFrom as the current position corrects it instead)",
            example = "{\"titleVi\":\"Chủ tịch UBND tỉnh\",\"titleEn\":\"Chairman of the Provincial People's Committee\",\"bodyId\":null,\"validFrom\":\"2026-03-01\"}")
    public record LeaderPositionRequest(
            @Schema(description = "Title in Vietnamese", example = "Chủ tịch UBND tỉnh") @NotBlank @Size(max = 300) String titleVi,
            @Schema(description = "Title in English", example = "Chairman of the Provincial People's Committee") @NotBlank @Size(max = 300) String titleEn,
            @Schema(description = "The leadership body of the position (GET /bodies)", nullable = true) @Nullable UUID bodyId,
            @Schema(description = "First day in the new position") @NotNull LocalDate validFrom) {
    }

    @Serdeable
    @Schema(name = "LeaderPositionResponse", description = "A position a leader held or holds (chức vụ), with its validity",
            example = "{\"id\":\"6f1c2a4e-8d3b-4b7a-9c1e-2f3a4b5c6d7e\",\"titleVi\":\"Bí thư Tỉnh ủy\",\"titleEn\":\"Provincial Party Secretary\",\"bodyId\":null,"
                    + "\"bodyName\":null,\"validFrom\":\"2025-10-01\",\"validTo\":null}")
    public record LeaderPositionResponse(@Schema(description = "Position id") UUID id,
                                         @Schema(description = "Title in Vietnamese") String titleVi,
                                         @Schema(description = "Title in English") String titleEn,
                                         @Schema(description = "The leadership body", nullable = true) @Nullable UUID bodyId,
                                         @Schema(description = "That body's Vietnamese name", nullable = true) @Nullable String bodyName,
                                         @Schema(description = "First day") LocalDate validFrom,
                                         @Schema(description = "Last day; empty for the current position") @Nullable LocalDate validTo) {
    }

    @Serdeable
    @Schema(name = "UnitMergeRequest", description = "Merge the unit into its successor (sáp nhập) from effectiveOn",
            example = "{\"successorUnitId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"effectiveOn\":\"2025-07-01\"}")
    public record UnitMergeRequest(@Schema(description = "The unit that takes over (GET /units)") @NotNull UUID successorUnitId,
                                   @Schema(description = "First day the successor is responsible; the merged unit ends the day before") @NotNull LocalDate effectiveOn) {
    }

    @Serdeable
    @Schema(name = "MovedWork", description = "How many open items of one kind moved to the successor", example = "{\"kind\":\"CONCLUSION_TASK\",\"count\":3}")
    public record MovedWork(@Schema(description = "CONCLUSION_TASK (lead unit), CONCLUSION_TASK_COORDINATION, PETITION_VERIFICATION, PETITION_FORWARDING, "
            + "VOTER_RECOMMENDATION, MEETING_TASK, MEETING_INVITATION") String kind,
                            @Schema(description = "Items moved") int count) {
    }

    @Serdeable
    @Schema(name = "UnitMergeResponse", description = "The merged unit, its successor and the open work moved to it",
            example = "{\"unit\":{\"id\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"code\":\"XA\",\"name\":\"Xã A\",\"kind\":\"COMMUNE\",\"validFrom\":\"2020-01-01\","
                    + "\"validTo\":\"2025-06-30\",\"active\":true,\"successorUnitId\":\"5b3c8d2e-2222-4f3a-9bac-333344445555\",\"version\":1,\"updatedAt\":\"2026-11-23T09:15:00+07:00\"},"
                    + "\"successor\":{\"id\":\"5b3c8d2e-2222-4f3a-9bac-333344445555\",\"code\":\"XB\",\"name\":\"Xã B\"},\"moved\":[{\"kind\":\"CONCLUSION_TASK\",\"count\":3}]}")
    public record UnitMergeResponse(@Schema(description = "The merged unit, now ended") UnitResponse unit,
                                    @Schema(description = "The successor") UnitRef successor,
                                    @Schema(description = "Open work moved, per kind") List<MovedWork> moved) {
    }
}
