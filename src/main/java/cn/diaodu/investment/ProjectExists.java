package cn.diaodu.investment;

import cn.diaodu.common.ConflictException;

/** 409: the lead is already linked to a key project, whose id the answer names (no duplicate is created). */
class ProjectExists extends ConflictException {
    private final long projectId;

    ProjectExists(long projectId) {
        super("investment.error.project-exists", String.valueOf(projectId));
        this.projectId = projectId;
    }

    long projectId() {
        return projectId;
    }
}
