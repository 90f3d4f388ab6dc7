package cn.diaodu.problem;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Uploads;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §9: the problem ledger's API. */
@RestController
@RequestMapping("/api/problems")
class ProblemApi {
    private final ProblemService problems;

    private final org.springframework.context.ApplicationEventPublisher events;

    ProblemApi(ProblemService problems, org.springframework.context.ApplicationEventPublisher events) {
        this.problems = problems;
        this.events = events;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Problem create(@RequestBody ProblemInput in) {
        return problems.create(in, CurrentUsers.get());
    }

    /** {@code ?status=&overdue=true&assigneeUnitId=&projectId=} (also {@code category}, {@code level}). */
    @GetMapping
    List<Problem> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) Long assigneeUnitId,
            @RequestParam(required = false) Long projectId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String level) {
        return problems.list(filter(status, overdue, assigneeUnitId, projectId, category, level), CurrentUsers.get());
    }

    /** Parses the filters of the list (the API and the pages); 422 naming a bad one. */
    static ProblemFilter filter(String status, String overdue, Long assigneeUnitId, Long projectId, String category,
            String level) {
        List<FieldError> errors = new ArrayList<>();
        ProblemStatus s = Checks.blankToNull(status) == null ? null
                : Checks.parseEnum(ProblemStatus.class, status, "status", errors);
        ProblemCategory c = Checks.blankToNull(category) == null ? null
                : Checks.parseEnum(ProblemCategory.class, category, "category", errors);
        ProblemLevel l = Checks.blankToNull(level) == null ? null
                : Checks.parseEnum(ProblemLevel.class, level, "level", errors);
        Boolean o = null;
        if (Checks.blankToNull(overdue) != null) {
            if ("true".equalsIgnoreCase(overdue.strip())) {
                o = true;
            } else if ("false".equalsIgnoreCase(overdue.strip())) {
                o = false;
            } else {
                errors.add(new FieldError("overdue", "problem.error.must-true-false"));
            }
        }
        Checks.throwIfAny(errors);
        return new ProblemFilter(s, o, assigneeUnitId, projectId, c, l);
    }

    @GetMapping("/board")
    ProblemBoard board() {
        return problems.board(CurrentUsers.get());
    }

    @GetMapping("/{id}")
    Problem get(@PathVariable long id) {
        return problems.get(id, CurrentUsers.get());
    }

    private Problem act(long id, ProblemAction action, ActionInput in) {
        return problems.act(id, action, in, CurrentUsers.get());
    }

    /** 签收: a reporter of the assignee unit, ASSIGNED → ACCEPTED. */
    @PostMapping("/{id}/accept")
    Problem accept(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.ACCEPT, in);
    }

    /** 反馈: a note of the assignee unit on the timeline (note required), status unchanged. */
    @PostMapping("/{id}/feedback")
    Problem feedback(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.FEEDBACK, in);
    }

    /** 办结: a reporter of the assignee unit → RESOLVED. */
    @PostMapping("/{id}/resolve")
    Problem resolve(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.RESOLVE, in);
    }

    /** 验收销号: a dispatcher or supervisor, RESOLVED → CLOSED. */
    @PostMapping("/{id}/verify")
    Problem verify(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.VERIFY, in);
    }

    /** 退回重办: a dispatcher or supervisor, RESOLVED or CLOSED → ASSIGNED (note required; optional new deadline). */
    @PostMapping("/{id}/reopen")
    Problem reopen(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.REOPEN, in);
    }

    /** 提级: a dispatcher or supervisor, UNIT → LEADER → GOVERNMENT (note required). */
    @PostMapping("/{id}/escalate")
    Problem escalate(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.ESCALATE, in);
    }

    /** 转办: a dispatcher or supervisor gives an open problem to another unit with a new deadline. */
    @PostMapping("/{id}/assign")
    Problem assign(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.ASSIGN, in);
    }

    /** 催办: a dispatcher or supervisor reminds the assignee unit of an open problem. */
    @PostMapping("/{id}/remind")
    Problem remind(@PathVariable long id, @RequestBody(required = false) ActionInput in) {
        return act(id, ProblemAction.REMIND, in);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attachment attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return problems.attach(id, file, CurrentUsers.get());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        ProblemService.AttachmentContent a = problems.attachment(id, attachmentId, CurrentUsers.get());
        events.publishEvent(downloaded(id, a));
        return download(a);
    }

    /** The audit entry of a download: the attachment, named after its file, of which problem. */
    static cn.diaodu.common.AuditRecord downloaded(long problemId, ProblemService.AttachmentContent a) {
        return cn.diaodu.common.AuditRecord.of("EXPORT_ATTACHMENT", "PROBLEM_ATTACHMENT", a.attachment().id(),
                a.attachment().filename()).withNote("problem " + problemId);
    }

    /** The file, always saved rather than shown, under its cleaned name, not sniffed ({@link Uploads#download}). */
    static ResponseEntity<byte[]> download(ProblemService.AttachmentContent a) {
        return Uploads.download(a.attachment().filename(), a.attachment().contentType(), a.content());
    }
}
