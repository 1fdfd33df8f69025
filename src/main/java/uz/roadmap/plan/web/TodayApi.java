package uz.roadmap.plan.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uz.roadmap.plan.DailyPlan;
import uz.roadmap.plan.TodayPlan;

@Tag(name = "Today", description = "My day in the program. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/today")
class TodayApi {

    private final DailyPlan plan;

    TodayApi(DailyPlan plan) {
        this.plan = plan;
    }

    @Operation(summary = "Today: day N of 56, the week's focus topics, today's new questions, reviews due, hours goal")
    @GetMapping
    TodayPlan today(Authentication user) {
        return plan.today(UUID.fromString(user.getName())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
