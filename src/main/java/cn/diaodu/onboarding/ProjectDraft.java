package cn.diaodu.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.diaodu.project.ProjectContact;
import cn.diaodu.project.ProjectInput;

/** One row of the project list, read and resolved (names to ids), ready for {@code ProjectService.create}. */
record ProjectDraft(int row, String code, String name, String category, String level, String regionCode,
        Long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan, LocalDate plannedStart,
        LocalDate actualStart, LocalDate plannedCompletion, LocalDate actualCompletion, String ownerName, String content, String contactName,
        String contactPhone, List<Long> cooperatingUnitIds, BigDecimal completedBefore, List<BigDecimal> monthlyPlan,
        List<cn.diaodu.project.FundingLine> funding) {

    ProjectInput input(int year) {
        return new ProjectInput(code, name, year, category, level, regionCode, leadUnitId, leaderId, totalInvestment,
                annualPlan, plannedStart, actualStart, plannedCompletion, monthlyPlan, null, ownerName,
                contactName == null && contactPhone == null ? null : new ProjectContact(contactName, contactPhone),
                cooperatingUnitIds, content, actualCompletion, completedBefore, null, funding);
    }
}
