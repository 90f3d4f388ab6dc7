package cn.diaodu.identity;

/**
 * ADMIN 系统管理员 (regions, units, leaders, users); DISPATCHER 项目办; LEADER 领导; REPORTER 填报员;
 * SUPERVISOR 督查室; AUDITOR 审计管理员; SECURITY_ADMIN 安全管理员 (roles of users, locks, password policy);
 * ATTRACTION 招商局 / 招商办 (the investment-attraction pipeline, CONTRACT §12).
 * ADMIN, SECURITY_ADMIN and AUDITOR are the three administrators: nobody holds two of them ({@link RoleRules}).
 */
public enum Role {
    ADMIN, DISPATCHER, LEADER, REPORTER, SUPERVISOR, AUDITOR, SECURITY_ADMIN, ATTRACTION;

    public String authority() {
        return "ROLE_" + name();
    }
}
