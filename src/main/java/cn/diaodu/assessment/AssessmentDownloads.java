package cn.diaodu.assessment;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.ListExport;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * A round's papers for the API and the pages alike: the ranking notice and the warning notice (DOCX), the result
 * table (XLSX); whoever reads the round downloads them.
 */
@RestController
class AssessmentDownloads {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AssessmentService rounds;
    private final AssessmentResults results;
    private final AssessmentDocuments documents;

    AssessmentDownloads(AssessmentService rounds, AssessmentResults results, AssessmentDocuments documents) {
        this.rounds = rounds;
        this.results = results;
        this.documents = documents;
    }

    @GetMapping({ "/api/assessments/{id}/notice.docx", "/assessments/{id}/notice.docx" })
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Assessment a = rounds.get(id, user);
        return docx(documents.rankingNotice(a, results.results(a), user), a.name() + "排名通报",
                "assessment-" + id + "-ranking");
    }

    @GetMapping({ "/api/assessments/{id}/warning.docx", "/assessments/{id}/warning.docx" })
    ResponseEntity<byte[]> warning(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Assessment a = rounds.get(id, user);
        return docx(documents.warningNotice(a, results.results(a), user), a.name() + "预警通知",
                "assessment-" + id + "-warning");
    }

    @GetMapping({ "/api/assessments/{id}/results.xlsx", "/assessments/{id}/results.xlsx" })
    ResponseEntity<byte[]> table(@PathVariable long id) {
        Assessment a = rounds.get(id, CurrentUsers.get());
        return documents.table(a, results.results(a));
    }

    private static ResponseEntity<byte[]> docx(byte[] body, String name, String ascii) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ListExport.attachment(name + ".docx", ascii + ".docx"))
                .contentType(MediaType.parseMediaType(DOCX)).body(body);
    }
}
