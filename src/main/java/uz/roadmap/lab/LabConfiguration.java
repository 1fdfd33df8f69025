package uz.roadmap.lab;

import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.account.PersonalData;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.judge.Judge;
import uz.roadmap.lab.judge.LabsProperties;
import uz.roadmap.lab.judge.Sandbox;
import uz.roadmap.platform.JsonColumn;
import uz.roadmap.platform.RoadmapProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LabsProperties.class)
class LabConfiguration {

    /** A submission's judgement is one document, read and written whole. */
    @Bean
    JsonColumn submissionJudgement() {
        return new JsonColumn(Judgement.class);
    }

    /**
     * The sandbox: the server {@code roadmap.labs.datasource.url} names, or else an embedded server
     * under the data folder, started on the first lab use.
     */
    @Bean(destroyMethod = "close")
    Sandbox sandbox(LabsProperties properties, RoadmapProperties roadmap) {
        return new Sandbox(properties, roadmap.dataDir());
    }

    @Bean
    Judge judge(Sandbox sandbox, Curriculum curriculum, LabsProperties properties, MessageSource messages, JsonMapper json) {
        return new Judge(sandbox, curriculum, properties, messages, json);
    }

    /** The "labs" section of a learner's data download. */
    @Component
    static class LabPersonalData implements PersonalData {

        private final Labs labs;

        LabPersonalData(Labs labs) {
            this.labs = labs;
        }

        @Override
        public String name() {
            return "labs";
        }

        @Override
        public Object of(UUID account) {
            return labs.personalData(account);
        }
    }
}
