package cn.diaodu.assessment;

import java.util.List;

/** {@code GET /api/assessments/{id}/results}: whether the round is published (frozen) and its lines by rank. */
public record Results(boolean published, List<ResultLine> results) {
}
