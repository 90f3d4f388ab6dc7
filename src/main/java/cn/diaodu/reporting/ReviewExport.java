package cn.diaodu.reporting;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Period;

/** The columns of the review queue's XLSX export, declared once. */
final class ReviewExport {
    private ReviewExport() {
    }

    static ListExport<ReviewQueue.Item> columns(Period p) {
        return ListExport.<ReviewQueue.Item>titled("review.export.title", String.valueOf(p.year()), p.month())
                .column("project.code", 14, i -> i.project().code())
                .column("project.name", 36, i -> i.project().name())
                .column("project.leadUnit", 24, ReviewQueue.Item::unitName)
                .column("report.investment", 14, i -> i.report() == null ? null : i.report().investment())
                .column("report.progress", 40, i -> i.report() == null ? null : i.report().progress())
                .column("report.workers", 10, i -> i.report() == null ? null : i.report().workersOnSite())
                .column("report.status", 10, i -> Messages.text("reportStatus." + i.status()))
                .column("review.flags", 30, i -> i.report() == null ? null
                        : String.join("；", i.report().flags().stream().map(QualityFlag::message).toList()))
                .column("review.export.reason", 30, i -> i.report() == null ? null : i.report().reason())
                .column("review.export.updatedAt", 16, i -> i.report() == null || i.report().updatedAt() == null ? null
                        : i.report().updatedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                                .toLocalDateTime())
                .column("grid.card.problems", 30, i -> i.report() == null ? null : i.report().problems())
                .column("grid.nextPlan", 30, i -> i.report() == null ? null : i.report().nextPlan());
    }
}
