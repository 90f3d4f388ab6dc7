package cn.diaodu.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.diaodu.bulletin.OpenProblems;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;
import cn.diaodu.organisation.UnitKind;

/**
 * Which open problems belong to a bulletin's scope (CONTRACT §8, §9): a problem of a project by the project (the
 * bulletin's projects); a problem of no project (共性问题) by its assignee unit's region, everything when the bulletin
 * covers the whole system.
 */
class OpenProblemsScopeTest {
    static final RegionTree TREE = new RegionTree(List.of(
            new Region("370100", "青岚市", RegionLevel.CITY, null),
            new Region("370102", "临河县", RegionLevel.COUNTY, "370100"),
            new Region("370103", "东城区", RegionLevel.COUNTY, "370100"),
            new Region("370102001", "城关镇", RegionLevel.TOWN, "370102")));
    static final Map<Long, Unit> UNITS = Map.of(
            1L, new Unit(1L, "临河县发改局", UnitKind.DEPARTMENT, "370102"),
            2L, new Unit(2L, "城关镇政府", UnitKind.DEPARTMENT, "370102001"),
            3L, new Unit(3L, "东城区住建局", UnitKind.DEPARTMENT, "370103"),
            4L, new Unit(4L, "市自然资源局", UnitKind.DEPARTMENT, "370100"),
            5L, new Unit(5L, "无区划单位", UnitKind.DEPARTMENT, null));

    static Problem problem(Long projectId, long unitId) {
        LocalDate d = LocalDate.of(2024, 7, 1);
        return new Problem(1L, projectId, projectId == null ? null : "项目" + projectId, "问题", ProblemCategory.LAND,
                "说明", unitId, UNITS.get(unitId).name(), ProblemStatus.ASSIGNED, ProblemLevel.UNIT, d, 5,
                d.plusDays(7), false, null, null, "disp", null, null, 0, null, null);
    }

    static OpenProblems.Scope scope(String region, Set<Long> projects) {
        return new OpenProblems.Scope(2024, 6, region, projects, LocalDate.of(2024, 7, 15), null);
    }

    static boolean in(Problem p, OpenProblems.Scope s) {
        return ProblemExtensions.inScope(p, s, TREE, UNITS, ProblemExtensions.wholeSystem(TREE, s.regionCode()));
    }

    @Test
    void aProblemWithoutAProjectBelongsToTheRegionOfItsAssigneeUnit() {
        OpenProblems.Scope county = scope("370102", Set.of());
        assertThat(in(problem(null, 1L), county)).as("the county's own unit").isTrue();
        assertThat(in(problem(null, 2L), county)).as("a unit of a town below the county").isTrue();
        assertThat(in(problem(null, 3L), county)).as("another county's unit").isFalse();
        assertThat(in(problem(null, 4L), county)).as("a unit of the city above").isFalse();
        assertThat(in(problem(null, 5L), county)).as("a unit with no region").isFalse();
        OpenProblems.Scope town = scope("370102001", Set.of());
        assertThat(in(problem(null, 2L), town)).isTrue();
        assertThat(in(problem(null, 1L), town)).isFalse();
    }

    @Test
    void theWholeSystemHoldsEveryProblemWithoutAProject() {
        assertThat(ProblemExtensions.wholeSystem(TREE, null)).isTrue();
        assertThat(ProblemExtensions.wholeSystem(TREE, "370100")).isTrue();
        assertThat(ProblemExtensions.wholeSystem(TREE, "370102")).isFalse();
        RegionTree twoRoots = new RegionTree(List.of(new Region("370100", "青岚市", RegionLevel.CITY, null),
                new Region("370200", "白沙市", RegionLevel.CITY, null)));
        assertThat(ProblemExtensions.wholeSystem(twoRoots, "370100")).as("one of several tops").isFalse();
        assertThat(ProblemExtensions.wholeSystem(twoRoots, null)).isTrue();
        for (OpenProblems.Scope top : List.of(scope("370100", Set.of()), scope(null, Set.of()))) {
            for (long unit = 1; unit <= 5; unit++) {
                assertThat(in(problem(null, unit), top)).as("unit %d in %s", unit, top.regionCode()).isTrue();
            }
        }
    }

    @Test
    void aProblemOfAProjectIsScopedByTheProjectNotByItsUnit() {
        OpenProblems.Scope county = scope("370102", Set.of(10L));
        assertThat(in(problem(10L, 3L), county)).as("the county's project, another county's unit").isTrue();
        assertThat(in(problem(11L, 1L), county)).as("another project, the county's unit").isFalse();
        assertThat(in(problem(11L, 1L), scope(null, Set.of(10L)))).as("not one of the bulletin's projects")
                .isFalse();
    }
}
