package uz.roadmap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules keep their boundaries, and their documentation is generated from the
 * code into {@code docs/modules}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RoadmapApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void documentationIsWrittenFromTheCode() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
