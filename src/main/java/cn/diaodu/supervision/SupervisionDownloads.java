package cn.diaodu.supervision;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.diaodu.identity.CurrentUsers;

/**
 * The meeting papers for the pages, with the page session (the {@code /api} routes take only a bearer token): the
 * agenda with its briefs on the meeting page, the warning notice on the tasks page. The same checks and the same
 * files as {@link SupervisionApi}.
 */
@Controller
class SupervisionDownloads {
    private final SupervisionService supervision;
    private final SupervisionDocuments documents;

    SupervisionDownloads(SupervisionService supervision, SupervisionDocuments documents) {
        this.supervision = supervision;
        this.documents = documents;
    }

    @GetMapping("/meetings/{id}/agenda.docx")
    ResponseEntity<byte[]> agenda(@PathVariable long id) {
        var user = CurrentUsers.get();
        Meeting m = supervision.meeting(id, user);
        return SupervisionApi.file(documents.agenda(m, supervision.agenda(id, user), user), m.title() + "-议题材料.docx");
    }

    @GetMapping("/tasks/warning-notice/{unitId}.docx")
    ResponseEntity<byte[]> warningNotice(@PathVariable long unitId) {
        var user = CurrentUsers.get();
        SupervisionService.requireOrganiser(user);
        var overdue = supervision.tasks(true, unitId, null, user);
        return SupervisionApi.file(documents.warningNotice(unitId, overdue, user), "预警通知.docx");
    }
}
