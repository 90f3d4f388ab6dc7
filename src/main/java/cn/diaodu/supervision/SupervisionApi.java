package cn.diaodu.supervision;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §10: meetings, their agenda and decisions, and supervision tasks. */
@RestController
class SupervisionApi {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SupervisionService supervision;
    private final SupervisionDocuments documents;

    SupervisionApi(SupervisionService supervision, SupervisionDocuments documents) {
        this.supervision = supervision;
        this.documents = documents;
    }

    /** The body of task actions. */
    record Note(String note) {
    }

    private static String note(Note n) {
        return n == null ? null : n.note();
    }

    @PostMapping("/api/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    Meeting create(@RequestBody SupervisionService.MeetingInput in) {
        return supervision.create(in, CurrentUsers.get());
    }

    @GetMapping("/api/meetings")
    List<Meeting> meetings() {
        return supervision.meetings(CurrentUsers.get());
    }

    @GetMapping("/api/meetings/{id}")
    Meeting meeting(@PathVariable long id) {
        return supervision.meeting(id, CurrentUsers.get());
    }

    @GetMapping("/api/meetings/{id}/agenda")
    List<AgendaItem> agenda(@PathVariable long id) {
        return supervision.agenda(id, CurrentUsers.get());
    }

    @GetMapping("/api/meetings/{id}/agenda.docx")
    ResponseEntity<byte[]> agendaDocx(@PathVariable long id) {
        var user = CurrentUsers.get();
        Meeting m = supervision.meeting(id, user);
        byte[] doc = documents.agenda(m, supervision.agenda(id, user), user);
        return file(doc, m.title() + "-议题材料.docx");
    }

    @PostMapping("/api/meetings/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionTask decide(@PathVariable long id, @RequestBody SupervisionService.DecisionInput in) {
        return supervision.decide(id, in, CurrentUsers.get());
    }

    @GetMapping("/api/tasks")
    List<SupervisionTask> tasks(@RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long responsibleUnitId, @RequestParam(required = false) Long meetingId) {
        return supervision.tasks(overdue, responsibleUnitId, meetingId, CurrentUsers.get());
    }

    @GetMapping("/api/tasks/ranking")
    List<SupervisionService.UnitOverdue> ranking() {
        return supervision.ranking(CurrentUsers.get());
    }

    @GetMapping("/api/tasks/{id}")
    SupervisionTask task(@PathVariable long id) {
        return supervision.task(id, CurrentUsers.get());
    }

    @PostMapping("/api/tasks/{id}/feedback")
    SupervisionTask feedback(@PathVariable long id, @RequestBody(required = false) Note body) {
        return supervision.feedback(id, note(body), CurrentUsers.get());
    }

    @PostMapping("/api/tasks/{id}/complete")
    SupervisionTask complete(@PathVariable long id, @RequestBody(required = false) Note body) {
        return supervision.complete(id, note(body), CurrentUsers.get());
    }

    @PostMapping("/api/tasks/{id}/verify")
    SupervisionTask verify(@PathVariable long id, @RequestBody(required = false) Note body) {
        return supervision.verify(id, note(body), CurrentUsers.get());
    }

    @PostMapping("/api/tasks/{id}/reopen")
    SupervisionTask reopen(@PathVariable long id, @RequestBody(required = false) Note body) {
        return supervision.reopen(id, note(body), CurrentUsers.get());
    }

    @PostMapping("/api/tasks/{id}/remind")
    SupervisionTask remind(@PathVariable long id, @RequestBody(required = false) Note body) {
        return supervision.remind(id, note(body), CurrentUsers.get());
    }

    /** 预警通知: the warning notice to a unit with overdue tasks. */
    @GetMapping("/api/units/{unitId}/warning-notice.docx")
    ResponseEntity<byte[]> warningNotice(@PathVariable long unitId) {
        var user = CurrentUsers.get();
        SupervisionService.requireOrganiser(user);
        var overdue = supervision.tasks(true, unitId, null, user);
        return file(documents.warningNotice(unitId, overdue, user), "预警通知.docx");
    }

    static ResponseEntity<byte[]> file(byte[] body, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX).body(body);
    }
}
