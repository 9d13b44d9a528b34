package vn.lienthong.kernel.office;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "PARTY_COMMITTEE_OFFICE (Văn phòng Thành ủy/Tỉnh ủy), NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE (Văn phòng Đoàn ĐBQH và HĐND), PEOPLES_COMMITTEE_OFFICE (Văn phòng UBND), FATHERLAND_FRONT_OFFICE (Văn phòng Ủy ban MTTQ), OTHER")
public enum OfficeKind {
    PARTY_COMMITTEE_OFFICE, NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE, PEOPLES_COMMITTEE_OFFICE, FATHERLAND_FRONT_OFFICE, OTHER
}
