package uz.roadmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import uz.roadmap.curriculum.ValidateCommand;

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
     * content files without starting anything else.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            System.exit(ValidateCommand.run(args, System.out));
        }
        SpringApplication.run(RoadmapApplication.class, args);
    }
}
