package cn.diaodu.document;

/**
 * The kinds of documents, each numbered on its own per year; the infix follows the prefix in the number
 * ("青重项办〔2026〕11号" for the bulletin, "青重项办督〔2026〕3号" for a warning notice).
 */
public enum DocumentKind {
    BULLETIN(""), AGENDA("会"), BRIEF("简"), MINUTES("纪"), WARNING_NOTICE("督");

    private final String infix;

    DocumentKind(String infix) {
        this.infix = infix;
    }

    public String infix() {
        return infix;
    }
}
