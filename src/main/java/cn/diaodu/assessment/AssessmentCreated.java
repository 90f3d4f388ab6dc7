package cn.diaodu.assessment;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A round of assessment was created (or copied from {@code copiedFrom}). */
public record AssessmentCreated(long id, String name, int year, int month, String subject, int indicators,
        Long copiedFrom) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of(copiedFrom == null ? "ASSESSMENT_CREATE" : "ASSESSMENT_COPY", "ASSESSMENT", id, name)
                .withChanges(List.of(new AuditRecord.Change("period", null, year + "-" + String.format("%02d", month)),
                        new AuditRecord.Change("subject", null, subject),
                        new AuditRecord.Change("indicators", null, String.valueOf(indicators))))
                .withNote(copiedFrom == null ? null : "copied from " + copiedFrom);
    }
}
