package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;

class CurriculumBrowserTests extends BrowserTest {

    @Test
    void aLearnerWalksFromTheRoadmapToAQuestionAndRevealsItsAnswer() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Yo‘l xaritasini ko‘rish")).click();

        assertThat(page.locator("h1")).hasText("2 oylik (8 hafta) intensiv backend roadmap");
        assertThat(page.locator(".weeks > li")).hasCount(8);

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("1-hafta: Asoslarni mustahkamlash (OS + Terminal + Networking)"))
                .click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("TCP 3-way handshake qanday ishlaydi?")).click();

        var answer = page.locator("details.answer .markdown");
        assertThat(answer).isHidden();
        page.getByText("Namuna javobni ko‘rsatish").click();
        assertThat(answer).isVisible();
        assertThat(page.locator(".key-points li").first()).isVisible();
    }

    @Test
    void aTopicShowsWhatEachLevelMeansInEnglish() {
        page.navigate(url("/roadmaps/backend-8-weeks/topics/indexes-explain?lang=en"));

        assertThat(page.locator(".levels tbody tr")).hasCount(4);
        assertThat(page.locator(".levels tbody tr").last()).containsText("3 · solves non-standard tasks");
    }

    @Test
    void anUnknownWeekIsAFriendlyNotFoundPage() {
        var response = page.navigate(url("/roadmaps/backend-8-weeks/weeks/9?lang=en"));

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).containsText("Not found");
    }
}
