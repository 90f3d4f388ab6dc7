package cn.diaodu.common;

import java.time.LocalDate;

/**
 * The parts of an official document around its body (GB/T 9704-2012): the 版头 — the issuing authority's mark in red
 * (发文机关标志), the document number (发文字号) and the red separator line (反线) — the addressee (主送机关), and
 * the 版记 at the end: 抄送, the printing office (印发机关) and the printing date (印发日期). Every text is optional:
 * a blank mark leaves out the 版头, a blank 抄送 its line, a blank printing office the 版记.
 */
public record DocumentHeader(String authorityMark, String number, String addressee, String copyTo,
        String printedBy, LocalDate printedOn) {

    /** No 版头 and no 版记: the document starts with its title. */
    public static final DocumentHeader NONE = new DocumentHeader(null, null, null, null, null, null);

    public boolean hasMark() {
        return present(authorityMark);
    }

    public boolean hasAddressee() {
        return present(addressee);
    }

    public boolean hasImprint() {
        return present(printedBy) || present(copyTo);
    }

    /** The same parts with another addressee (the warning notice is addressed to its unit). */
    public DocumentHeader addressedTo(String to) {
        return new DocumentHeader(authorityMark, number, to, copyTo, printedBy, printedOn);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
