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
     * content files without starting anything else; {@code import} imports the content into the
     * configured database and exits; {@code progress rebuild} rebuilds the progress read model from the
     * other modules' records and exits.
     */
    public static void main(String[] args) {
        var command = args.length > 0 ? args[0] : "";
        switch (command) {
            case ValidateCommand.NAME -> System.exit(ValidateCommand.run(args, System.out));
            case ImportCommand.NAME -> System.exit(ImportCommand.run(RoadmapApplication.class,
                    Arrays.copyOfRange(args, 1, args.length), System.out));
            case RebuildCommand.NAME -> System.exit(RebuildCommand.run(RoadmapApplication.class, args, System.out));
            default -> SpringApplication.run(RoadmapApplication.class, args);
        }
    }
}
