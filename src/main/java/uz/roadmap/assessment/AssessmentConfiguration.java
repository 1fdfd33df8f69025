package uz.roadmap.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uz.roadmap.platform.JsonColumn;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    /** An attempt's paper is one document, read and written whole. */
    @Bean
    JsonColumn attemptPaper() {
        return new JsonColumn(Paper.class);
    }

    /** So is a mock interview's sheet of questions. */
    @Bean
    JsonColumn mockSheet() {
        return new JsonColumn(MockSheet.class);
    }
}
