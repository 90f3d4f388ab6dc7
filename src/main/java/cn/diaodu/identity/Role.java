package cn.diaodu.identity;

/**
 * ADMIN 系统管理员 (regions, units, leaders, users); DISPATCHER 项目办; LEADER 领导; REPORTER 填报员;
 * SUPERVISOR 督查室; AUDITOR 审计管理员.
 */
public enum Role {
    ADMIN, DISPATCHER, LEADER, REPORTER, SUPERVISOR, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
