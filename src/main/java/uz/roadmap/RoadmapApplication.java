package uz.roadmap;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import uz.roadmap.curriculum.ImportCommand;
import uz.roadmap.curriculum.ValidateCommand;
import uz.roadmap.lab.LabReferencesCommand;
import uz.roadmap.progress.RebuildCommand;

/**
 * Backend Roadmap: runs the 8-week backend roadmap day by day and shows, with evidence, when a
 * learner is ready for a backend interview.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class RoadmapApplication {

    /**
     * Starts the application, or runs an operator's command: {@code validate [folder]} checks the
     * content files without starting anything else ({@code validate --labs} then also runs every SQL
     * lab's reference on every dataset variant in a sandbox); {@code import} imports the content into the
     * configured database and exits; {@code progress rebuild} rebuilds the progress read model from the
     * other modules' records and exits.
     */
    public static void main(String[] args) {
        var command = args.length > 0 ? args[0] : "";
        switch (command) {
            case ValidateCommand.NAME -> {
                var labs = Arrays.asList(args).contains(LabReferencesCommand.FLAG);
                var files = Arrays.stream(args).filter(argument -> !argument.equals(LabReferencesCommand.FLAG)).toArray(String[]::new);
                var valid = ValidateCommand.run(files, System.out);
                System.exit(valid != 0 || !labs ? valid : LabReferencesCommand.run(RoadmapApplication.class, new String[0], System.out));
            }
            case ImportCommand.NAME -> System.exit(ImportCommand.run(RoadmapApplication.class,
                    Arrays.copyOfRange(args, 1, args.length), System.out));
            case RebuildCommand.NAME -> System.exit(RebuildCommand.run(RoadmapApplication.class, args, System.out));
            default -> SpringApplication.run(RoadmapApplication.class, args);
        }
    }
}
