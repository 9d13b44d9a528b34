package vn.lienthong.kernel.office;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reference data as the rest of the system reads it: always within one jurisdiction. */
@Singleton
public class OfficeDirectory {
    private final JurisdictionRepository jurisdictions;
    private final OfficeRepository offices;
    private final UnitRepository units;

    OfficeDirectory(JurisdictionRepository jurisdictions, OfficeRepository offices, UnitRepository units) {
        this.jurisdictions = jurisdictions;
        this.offices = offices;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Optional<JurisdictionRef> jurisdiction(UUID id) {
        return jurisdictions.findById(id).map(JurisdictionRef::of);
    }

    @Transactional(readOnly = true)
    public Optional<OfficeRef> office(UUID jurisdictionId, UUID officeId) {
        return offices.findById(officeId).filter(o -> o.jurisdictionId().equals(jurisdictionId)).map(OfficeRef::of);
    }

    @Transactional(readOnly = true)
    public List<OfficeRef> offices(UUID jurisdictionId) {
        return offices.findByJurisdictionIdOrderByCode(jurisdictionId).stream().map(OfficeRef::of).toList();
    }

    /** The consolidating office (Văn phòng Thành ủy / Tỉnh ủy) of a jurisdiction. */
    @Transactional(readOnly = true)
    public Optional<OfficeRef> partyCommitteeOffice(UUID jurisdictionId) {
        return offices.findByJurisdictionIdAndKind(jurisdictionId, OfficeKind.PARTY_COMMITTEE_OFFICE).map(OfficeRef::of);
    }

    @Transactional(readOnly = true)
    public Optional<UnitRef> unit(UUID jurisdictionId, UUID unitId) {
        return units.findById(unitId).filter(u -> u.jurisdictionId().equals(jurisdictionId)).map(UnitRef::of);
    }
}
