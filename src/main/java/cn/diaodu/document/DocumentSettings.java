package cn.diaodu.document;

/**
 * The letterhead of the installation: the issuing authority's mark (发文机关标志), the prefix of document numbers
 * ("青重项办"), the addressee (主送机关), 抄送 and the printing office (印发机关).
 */
public record DocumentSettings(String authorityMark, String numberPrefix, String addressee, String copyTo,
        String printedBy) {
}
