package cn.diaodu.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.NotFoundException;

/** CONTRACT §4: regions, units and leaders. Everyone signed in reads them; administrators write them. */
@RestController
@RequestMapping("/api")
class OrganisationApi {
    private final OrganisationService organisation;

    OrganisationApi(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** A region with the regions below it; its {@code id} is its code. */
    record RegionNode(String id, String code, String name, RegionLevel level, String parentCode,
            List<RegionNode> children) {
    }

    /** A region as the API answers it: a created object carries an {@code "id"} (CONTRACT §2), here its code. */
    record RegionView(String id, String code, String name, RegionLevel level, String parentCode) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.code(), r.name(), r.level(), r.parentCode());
        }
    }

    @GetMapping("/regions")
    List<RegionNode> regions() {
        RegionTree tree = organisation.regionTree();
        List<RegionNode> out = new ArrayList<>();
        tree.roots().forEach(r -> out.add(node(tree, r)));
        return out;
    }

    private static RegionNode node(RegionTree tree, Region r) {
        List<RegionNode> kids = new ArrayList<>();
        tree.children(r.code()).forEach(c -> kids.add(node(tree, c)));
        return new RegionNode(r.code(), r.code(), r.name(), r.level(), r.parentCode(), kids);
    }

    @GetMapping("/regions/{code}")
    RegionView region(@PathVariable String code) {
        return RegionView.of(organisation.region(code).orElseThrow(() -> new NotFoundException("region " + code)));
    }

    @PostMapping("/regions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    RegionView createRegion(@RequestBody OrganisationService.RegionInput in) {
        return RegionView.of(organisation.createRegion(in));
    }

    @PutMapping("/regions/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    RegionView renameRegion(@PathVariable String code, @RequestBody Map<String, String> body) {
        return RegionView.of(organisation.renameRegion(code, body.get("name")));
    }

    @GetMapping("/units")
    List<Unit> units() {
        return organisation.units();
    }

    @GetMapping("/units/{id}")
    Unit unit(@PathVariable long id) {
        return organisation.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Unit createUnit(@RequestBody OrganisationService.UnitInput in) {
        return organisation.createUnit(in);
    }

    @PutMapping("/units/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Unit updateUnit(@PathVariable long id, @RequestBody OrganisationService.UnitInput in) {
        return organisation.updateUnit(id, in);
    }

    @GetMapping("/leaders")
    List<Leader> leaders() {
        return organisation.leaders();
    }

    @GetMapping("/leaders/{id}")
    Leader leader(@PathVariable long id) {
        return organisation.leader(id).orElseThrow(() -> new NotFoundException("leader " + id));
    }

    @PostMapping("/leaders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Leader createLeader(@RequestBody OrganisationService.LeaderInput in) {
        return organisation.createLeader(in);
    }

    @PutMapping("/leaders/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Leader updateLeader(@PathVariable long id, @RequestBody OrganisationService.LeaderInput in) {
        return organisation.updateLeader(id, in);
    }
}
