package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "COMPLAINT (khiếu nại), DENUNCIATION (tố cáo), RECOMMENDATION (kiến nghị), REFLECTION (phản ánh)")
public enum PetitionKind {
    COMPLAINT, DENUNCIATION, RECOMMENDATION, REFLECTION
}
