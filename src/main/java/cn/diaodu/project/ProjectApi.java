package cn.diaodu.project;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §5: the project ledger. */
@RestController
@RequestMapping("/api/projects")
class ProjectApi {
    private final ProjectService projects;

    ProjectApi(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    List<Project> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) Long leadUnitId,
            @RequestParam(required = false) Long leaderId, @RequestParam(required = false) Category category,
            @RequestParam(required = false) ProjectLevel level) {
        return projects.list(new ProjectFilter(year, regionCode, leadUnitId, leaderId, category, level),
                CurrentUsers.get());
    }

    @GetMapping("/{id}")
    Project get(@PathVariable long id) {
        return projects.get(id, CurrentUsers.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Project create(@RequestBody ProjectInput in) {
        return projects.create(in, CurrentUsers.get());
    }

    @PutMapping("/{id}")
    Project update(@PathVariable long id, @RequestBody ProjectInput in) {
        return projects.update(id, in, CurrentUsers.get());
    }
}
