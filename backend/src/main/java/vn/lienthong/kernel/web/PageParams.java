package vn.lienthong.kernel.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/**
 * The one paging scheme of the API: zero-based `page`, `size` up to {@link #MAX_SIZE}, `sort` as a comma list of
 * fields with `-` for descending, `q` for diacritic-insensitive search and `updatedSince` for incremental sync.
 */
@Introspected
public record PageParams(
        @Parameter(description = "Zero-based page number", example = "0", required = false)
        @QueryValue(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
        @Parameter(description = "Page size, at most 100", example = "20", required = false)
        @QueryValue(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size,
        @Parameter(description = "Comma-separated fields, `-` prefix for descending, e.g. `-updatedAt,name`", example = "name")
        @Nullable @QueryValue @Size(max = 200) String sort,
        @Parameter(description = "Full-text filter that ignores Vietnamese diacritics and case (\"ha noi\" finds \"Hà Nội\")", example = "ha noi")
        @Nullable @QueryValue @Size(max = 200) String q,
        @Parameter(description = "Only items changed at or after this instant (RFC 3339), for incremental sync", example = "2026-11-01T00:00:00+07:00")
        @Nullable @QueryValue OffsetDateTime updatedSince) {

    public static final int MAX_SIZE = 100;

    public long offset() {
        return (long) page * size;
    }
}
