package vn.lienthong.kernel.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

@Serdeable
@Schema(description = "One page of a list", example = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}")
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Number of items matching the filters", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long total) {
        return new PageResponse<>(items, params.page(), params.size(), total, (total + params.size() - 1) / params.size());
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
