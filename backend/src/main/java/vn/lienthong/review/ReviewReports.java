package vn.lienthong.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.office.OfficeKind;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.ReviewResponse;

import java.util.Map;
import java.util.UUID;

/** The review's report (DOCX) and figures (XLSX) as files to download; every download is in the audit trail. */
@Singleton
class ReviewReports {
    private final Reviews reviews;
    private final ReviewReport report;
    private final OfficeDirectory directory;
    private final AuditTrail audit;

    ReviewReports(Reviews reviews, ReviewReport report, OfficeDirectory directory, AuditTrail audit) {
        this.reviews = reviews;
        this.report = report;
        this.directory = directory;
        this.audit = audit;
    }

    record Download(byte[] bytes, String fileName) {
    }

    @Transactional
    Download docx(Caller caller, UUID id) {
        ReviewResponse review = reviews.get(caller, id);
        Figures figures = reviews.figures(caller, id);
        var office = directory.office(caller.jurisdictionId(), review.hostOffice().id()).orElseThrow();
        String jurisdiction = directory.jurisdiction(caller.jurisdictionId()).map(j -> j.name()).orElse("");
        byte[] bytes = report.docx(review, figures, new ReviewReport.Header(jurisdiction, office.nameVi(), office.kind() == OfficeKind.PARTY_COMMITTEE_OFFICE),
                reviews.today());
        audit.recordAccess(caller, "DOWNLOAD", "review", id, Map.of("file", "report.docx", "status", review.status().name()));
        return new Download(bytes, "bao-cao-danh-gia-" + review.number().replace('/', '-') + ".docx");
    }

    @Transactional
    Download xlsx(Caller caller, UUID id) {
        ReviewResponse review = reviews.get(caller, id);
        byte[] bytes = report.xlsx(review, reviews.figures(caller, id));
        audit.recordAccess(caller, "DOWNLOAD", "review", id, Map.of("file", "figures.xlsx", "status", review.status().name()));
        return new Download(bytes, "so-lieu-danh-gia-" + review.number().replace('/', '-') + ".xlsx");
    }
}
