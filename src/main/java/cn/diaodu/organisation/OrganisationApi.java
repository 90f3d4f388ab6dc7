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

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;

/**
 * CONTRACT §4: regions, units and leaders. Everyone signed in but an auditor reads them, within the region that
 * bounds the user; administrators write them, an administrator bounded to a region only there (403 elsewhere).
 */
@RestController
@RequestMapping("/api")
class OrganisationApi {
    private final OrganisationService organisation;
    private final ViewerScope viewer;
    private final AdminScope admin;

    OrganisationApi(OrganisationService organisation, ViewerScope viewer, AdminScope admin) {
        this.organisation = organisation;
        this.viewer = viewer;
        this.admin = admin;
    }

    /** The region bounding the caller's view (null: all); 403 for a caller who reads nothing here. */
    private String scope() {
        if (!viewer.readsOrganisation()) {
            throw new ForbiddenException("organisation");
        }
        return viewer.region();
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

    /** The tree; a user bounded to a region gets that region's subtree only. */
    @GetMapping("/regions")
    List<RegionNode> regions() {
        String scope = scope();
        RegionTree tree = organisation.regionTree();
        List<RegionNode> out = new ArrayList<>();
        if (scope != null) {
            Region own = tree.get(scope);
            if (own != null) {
                out.add(node(tree, own));
            }
            return out;
        }
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
        String scope = scope();
        Region r = organisation.region(code).orElseThrow(() -> new NotFoundException("region " + code));
        if (!organisation.regionTree().covers(scope, code)) {
            throw new ForbiddenException("region " + code);
        }
        return RegionView.of(r);
    }

    @PostMapping("/regions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    RegionView createRegion(@RequestBody OrganisationService.RegionInput in) {
        admin.require(in.parentCode());
        return RegionView.of(organisation.createRegion(in));
    }

    @PutMapping("/regions/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    RegionView renameRegion(@PathVariable String code, @RequestBody Map<String, String> body) {
        organisation.region(code).orElseThrow(() -> new NotFoundException("region " + code));
        admin.require(code);
        return RegionView.of(organisation.renameRegion(code, body.get("name")));
    }

    /** The units; a user bounded to a region sees the units placed in it. */
    @GetMapping("/units")
    List<Unit> units() {
        String scope = scope();
        if (scope == null) {
            return organisation.units();
        }
        RegionTree tree = organisation.regionTree();
        return organisation.units().stream().filter(u -> tree.covers(scope, u.regionCode())).toList();
    }

    @GetMapping("/units/{id}")
    Unit unit(@PathVariable long id) {
        String scope = scope();
        Unit u = organisation.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
        if (!organisation.regionTree().covers(scope, u.regionCode())) {
            throw new ForbiddenException("unit " + id);
        }
        return u;
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Unit createUnit(@RequestBody OrganisationService.UnitInput in) {
        admin.require(in.regionCode());
        return organisation.createUnit(in);
    }

    @PutMapping("/units/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Unit updateUnit(@PathVariable long id, @RequestBody OrganisationService.UnitInput in) {
        admin.require(organisation.unit(id).orElseThrow(() -> new NotFoundException("unit " + id)).regionCode(),
                in.regionCode());
        return organisation.updateUnit(id, in);
    }

    @GetMapping("/leaders")
    List<Leader> leaders() {
        scope();
        return organisation.leaders();
    }

    @GetMapping("/leaders/{id}")
    Leader leader(@PathVariable long id) {
        scope();
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
