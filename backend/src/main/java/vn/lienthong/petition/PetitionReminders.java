package vn.lienthong.petition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reminders of statutory due dates: to the handlers before the date, to the handlers and the office once it has passed. */
@Singleton
class PetitionReminders {
    static final int DAYS_AHEAD = 2;
    private final Sql sql;
    private final Notifier notifier;
    private final Petitions petitions;

    PetitionReminders(Sql sql, Notifier notifier, Petitions petitions) {
        this.sql = sql;
        this.notifier = notifier;
        this.petitions = petitions;
    }

    @Transactional
    int remind() {
        LocalDate today = petitions.today();
        List<Object[]> due = sql.rows("""
                UPDATE petition p SET reminded_on = ?
                WHERE\s""" + Petitions.OPEN + " AND (p.reminded_on IS NULL OR p.reminded_on < ?) AND " + Petitions.DUE + """
                 <= ?
                RETURNING p.id, p.jurisdiction_id, p.office_id, p.number, """ + Petitions.DUE, today, today, today.plusDays(DAYS_AHEAD));
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        for (Object[] p : due) {
            UUID id = (UUID) p[0];
            LocalDate dueOn = (LocalDate) p[4];
            boolean overdue = dueOn.isBefore(today);
            Notifier.Message message = new Notifier.Message(overdue ? "PETITION_OVERDUE" : "PETITION_DUE_SOON",
                    overdue ? "Đơn quá hạn xử lý" : "Đơn sắp đến hạn xử lý",
                    "Đơn số " + p[3] + (overdue ? " đã quá hạn từ ngày " : " đến hạn ngày ") + VietnameseDates.format(dueOn) + " theo quy định.",
                    "/petitions/" + id, "petition", id.toString());
            for (Object[] h : sql.rows("SELECT user_id FROM petition_handler WHERE petition_id = ?", id)) {
                deliveries.add(new Notifier.Delivery((UUID) p[1], Notifier.Recipient.USER, (UUID) h[0], message));
            }
            if (overdue) {
                deliveries.add(new Notifier.Delivery((UUID) p[1], Notifier.Recipient.OFFICE, (UUID) p[2], message));
            }
        }
        notifier.sendAll(deliveries);
        return deliveries.size();
    }
}
