package cn.diaodu.audit;

/** The chain's state: how many entries, whether every one holds, and the id of the first that does not. */
public record AuditVerdict(long entries, boolean valid, Long firstBroken) {
}
