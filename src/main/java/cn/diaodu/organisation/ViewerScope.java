package cn.diaodu.organisation;

/**
 * What the signed-in user may see of the organisation: implemented by the identity module, which knows the user,
 * so that this module need not depend on it.
 */
public interface ViewerScope {
    /** False for a user who reads nothing here (an auditor reads the audit log only). */
    boolean readsOrganisation();

    /** The region that bounds the user's view, or null for the whole tree. */
    String region();
}
