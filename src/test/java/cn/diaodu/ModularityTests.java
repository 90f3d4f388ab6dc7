package cn.diaodu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/ARCHITECTURE.md hold: no cycles, no reaching into another module's internals. */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(DiaoduApplication.class);

    @Test
    void boundariesHold() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
