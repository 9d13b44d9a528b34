package vn.lienthong.kernel.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

@Controller("/api/v1/notifications")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications", description = "The in-app inbox: messages to the caller, their office or their unit")
public class NotificationController {
    /** Notifications visible to a person: addressed to them, their office or their unit, in their jurisdiction. */
    private static final String VISIBLE = "n.jurisdiction_id = ? AND (n.recipient_user_id = ? OR n.recipient_office_id = ? OR n.recipient_unit_id = ?)";

    private final SqlPages pages;
    private final Sql sql;
    private final Clock clock;

    NotificationController(SqlPages pages, Sql sql, Clock clock) {
        this.pages = pages;
        this.sql = sql;
        this.clock = clock;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listNotifications", summary = "List my inbox", description = "Newest first by default; `unread=true` keeps unread ones only.")
    @ApiErrors.Read
    public PageResponse<NotificationResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                   @Parameter(description = "true: unread only; false: read only; absent: all") @Nullable @QueryValue Boolean unread) {
        Caller caller = Caller.of(authentication);
        SqlPages.Query query = new SqlPages.Query("n.*, r.read_at",
                "notification n LEFT JOIN notification_receipt r ON r.notification_id = n.id AND r.user_id = ?", caller.id())
                .tieBreaker("n.id")
                .sortable("createdAt", "n.created_at")
                .defaultSort("-createdAt");
        query.where(VISIBLE, caller.jurisdictionId(), caller.id(), caller.officeId(), caller.unitId());
        if (unread != null) {
            query.where(unread ? "r.read_at IS NULL" : "r.read_at IS NOT NULL");
        }
        query.updatedSince("n.created_at", page.updatedSince());
        return pages.page(query, page, NotificationController::map);
    }

    @Get("/unread-count")
    @Transactional(readOnly = true)
    @Operation(operationId = "countUnreadNotifications", summary = "Count my unread notifications", description = "For the badge in the header: unread messages to the caller, their office or their unit.")
    @ApiErrors.Read
    public UnreadCount unreadCount(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return new UnreadCount(sql.scalar("SELECT count(*) FROM notification n WHERE " + VISIBLE
                        + " AND NOT EXISTS (SELECT 1 FROM notification_receipt r WHERE r.notification_id = n.id AND r.user_id = ?)", Long.class,
                caller.jurisdictionId(), caller.id(), caller.officeId(), caller.unitId(), caller.id()));
    }

    @Post("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification as read", description = "Read state is per person, also for messages sent to a whole office. Marking twice is harmless.")
    @ApiErrors.Action
    public HttpResponse<Void> markRead(Authentication authentication, @Parameter(description = "Notification id") @PathVariable UUID id) {
        Caller caller = Caller.of(authentication);
        int marked = sql.exec("INSERT INTO notification_receipt (notification_id, user_id, read_at) "
                        + "SELECT n.id, ?, ? FROM notification n WHERE n.id = ? AND " + VISIBLE + " ON CONFLICT DO NOTHING",
                caller.id(), clock.instant(), id, caller.jurisdictionId(), caller.id(), caller.officeId(), caller.unitId());
        boolean alreadyRead = sql.scalar("SELECT count(*) FROM notification_receipt WHERE notification_id = ? AND user_id = ?", Long.class, id, caller.id()) > 0;
        if (marked == 0 && !alreadyRead) {
            throw ProblemException.notFound("Notification");
        }
        return HttpResponse.noContent();
    }

    @Post("/read-all")
    @Status(HttpStatus.NO_CONTENT)
    @Transactional
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification in my inbox as read", description = "Marks every message currently in the caller's inbox as read for the caller only.")
    @ApiErrors.Read
    public HttpResponse<Void> markAllRead(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        sql.exec("INSERT INTO notification_receipt (notification_id, user_id, read_at) "
                        + "SELECT n.id, ?, ? FROM notification n WHERE " + VISIBLE + " ON CONFLICT DO NOTHING",
                caller.id(), clock.instant(), caller.jurisdictionId(), caller.id(), caller.officeId(), caller.unitId());
        return HttpResponse.noContent();
    }

    private static NotificationResponse map(ResultSet rs) throws java.sql.SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationResponse(
                SqlPages.uuid(rs, "id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                SqlPages.instant(rs, "created_at").atZone(Zones.VIETNAM).toOffsetDateTime(),
                readAt != null);
    }
}
