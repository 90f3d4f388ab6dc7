package cn.diaodu.assessment;

import java.util.List;

/**
 * Vetoes that follow from a fact the system holds (一票否决, proposed for the organiser to confirm): every bean adds
 * its proposals for a round. {@link OverdueTaskVetoes} proposes a subject with supervision tasks overdue past N days;
 * the investment module adds "no signed investment this year" by providing its own bean.
 */
public interface VetoProposals {
    List<Proposal> propose(RoundScope scope);

    /** A proposed veto: the subject's key and the reason (in the request's language). */
    record Proposal(String subject, String reason) {
    }
}
