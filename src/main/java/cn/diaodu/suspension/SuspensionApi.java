package cn.diaodu.suspension;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §11: suspensions of projects (停缓建) and their resumption (复工). */
@RestController
class SuspensionApi {
    private final SuspensionService suspensions;

    SuspensionApi(SuspensionService suspensions) {
        this.suspensions = suspensions;
    }

    @PostMapping("/api/projects/{id}/suspensions")
    @ResponseStatus(HttpStatus.CREATED)
    Suspension request(@PathVariable long id, @RequestBody(required = false) SuspensionInput in) {
        return suspensions.request(id, in, CurrentUsers.get());
    }

    /** The project's suspensions, newest first. */
    @GetMapping("/api/projects/{id}/suspensions")
    List<Suspension> ofProject(@PathVariable long id) {
        return suspensions.ofProject(id, CurrentUsers.get());
    }

    /** {@code ?status=&regionCode=}: the suspensions in the caller's scope, those awaiting a decision first. */
    @GetMapping("/api/suspensions")
    List<Suspension> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String regionCode) {
        return suspensions.list(status(status), regionCode, CurrentUsers.get());
    }

    /** A status filter as typed: null when blank, 422 on {@code status} when not a status. */
    static SuspensionStatus status(String status) {
        if (Checks.blankToNull(status) == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        SuspensionStatus s = Checks.parseEnum(SuspensionStatus.class, status, "status", errors);
        Checks.throwIfAny(errors);
        return s;
    }

    @GetMapping("/api/suspensions/{id}")
    Suspension get(@PathVariable long id) {
        return suspensions.get(id, CurrentUsers.get());
    }

    @PostMapping("/api/suspensions/{id}/approve")
    Suspension approve(@PathVariable long id, @RequestBody(required = false) DecisionInput in) {
        return suspensions.approve(id, in, CurrentUsers.get());
    }

    @PostMapping("/api/suspensions/{id}/reject")
    Suspension reject(@PathVariable long id, @RequestBody(required = false) DecisionInput in) {
        return suspensions.reject(id, in, CurrentUsers.get());
    }

    @PostMapping("/api/suspensions/{id}/resume")
    Suspension resume(@PathVariable long id, @RequestBody(required = false) ResumeInput in) {
        return suspensions.resume(id, in, CurrentUsers.get());
    }
}
