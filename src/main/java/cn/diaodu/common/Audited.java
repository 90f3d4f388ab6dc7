package cn.diaodu.common;

/**
 * A domain event that is also an entry of the audit log: the audit module listens to every published
 * {@code Audited} (and every bare {@link AuditRecord}) in the publisher's transaction, so that no change commits
 * without its entry.
 */
public interface Audited {
    AuditRecord audit();
}
