package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The problem form's project picker (issue 11 point 5): typing part of a name narrows the projects, a single match is
 * chosen, and the project's lead unit becomes the responsible unit unless the user picked another one by hand.
 */
class ProblemPickerJourneyTest extends ApiTest {

    @Test
    void typingNarrowsTheProjectsAndTheLeadUnitIsFilledIn() {
        World w = world();
        var dispatcher = as(w.dispatcher);
        long road = created(dispatcher.post("/api/projects", project("国道G205改扩建工程", w.countyA, w.unitB, w.leader1,
                "600"))).id();
        long maintenance = created(dispatcher.post("/api/projects", project("国道G310养护工程", w.countyA, w.unitA,
                w.leader1, "300"))).id();
        long battery = created(dispatcher.post("/api/projects", project("锂电池回收利用项目", w.countyA, w.unitA,
                w.leader1, "200"))).id();

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.dispatcher, PASSWORD);
            b.go("/problems/new");
            Select project = new Select(b.driver.findElement(By.id("problem-project")));
            b.type("problem-project-search", "国道");
            assertThat(visibleProjects(project)).as("two roads match").isEqualTo(2);
            assertThat(project.getFirstSelectedOption().getAttribute("value")).as("nothing chosen yet").isEmpty();
            b.type("problem-project-search", "国道 G205");
            assertThat(visibleProjects(project)).isEqualTo(1);
            assertThat(project.getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(road));
            assertThat(new Select(b.driver.findElement(By.id("problem-assignee"))).getFirstSelectedOption()
                    .getAttribute("value")).as("the lead unit of G205").isEqualTo(String.valueOf(w.unitB));

            // the responsible unit follows the project while nobody changed it by hand
            b.type("problem-project-search", " ");
            project.selectByValue(String.valueOf(maintenance));
            assertThat(assignee(b)).isEqualTo(String.valueOf(w.unitA));
            // a unit chosen by hand is kept when the project changes
            new Select(b.driver.findElement(By.id("problem-assignee"))).selectByValue(String.valueOf(w.unitB));
            project.selectByValue(String.valueOf(battery));
            assertThat(assignee(b)).as("chosen by hand").isEqualTo(String.valueOf(w.unitB));
        }
    }

    private static long visibleProjects(Select s) {
        return s.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty())
                .filter(o -> !"true".equals(o.getDomProperty("hidden"))).count();
    }

    private static String assignee(Browser b) {
        return new Select(b.driver.findElement(By.id("problem-assignee"))).getFirstSelectedOption()
                .getAttribute("value");
    }
}
