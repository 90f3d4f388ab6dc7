package cn.diaodu.document;

import org.springframework.stereotype.Service;

import cn.diaodu.common.DocumentHeader;

/**
 * The {@link DocumentHeader} of a document for {@link cn.diaodu.common.OfficialDocument}: the installation's
 * letterhead with the document's number from the register, printed on the day the number was first issued.
 */
@Service
public class DocumentHeaders {
    private final DocumentSettingsService settings;
    private final DocumentNumbers numbers;

    DocumentHeaders(DocumentSettingsService settings, DocumentNumbers numbers) {
        this.settings = settings;
        this.numbers = numbers;
    }

    /** The header of the document {@code key} of {@code kind}, numbering it when it is new. */
    public DocumentHeader of(DocumentKind kind, String key, String actor) {
        DocumentSettings s = settings.current();
        DocumentNumbers.Issued n = numbers.numberOf(kind, key, actor);
        return new DocumentHeader(s.authorityMark(), n.number(), s.addressee(), s.copyTo(), s.printedBy(),
                n.issuedOn());
    }
}
