package uz.roadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void anAnswerRendersItsEmphasisCodeAndCodeBlocks() {
        var html = markdown.html("A **system call** runs `syscall`:\n\n```bash\nstrace -c ls\n```\n");

        assertThat(html).contains("<strong>system call</strong>", "<code>syscall</code>",
                "<pre><code class=\"language-bash\">strace -c ls\n</code></pre>");
    }

    @Test
    void rawHtmlAndScriptLinksAreNeverPassedThrough() {
        var html = markdown.html("<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript")
                .contains("&lt;script&gt;", "&lt;img");
    }

    @Test
    void aOneParagraphPromptRendersInlineWithoutItsParagraph() {
        assertThat(markdown.inline("Which port does `ssh` use **by default**?"))
                .isEqualTo("Which port does <code>ssh</code> use <strong>by default</strong>?");
        assertThat(markdown.inline("<b>x</b> & y")).isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; y");
        assertThat(markdown.inline("First.\n\nSecond.")).isEqualTo("<p>First.</p>\n<p>Second.</p>\n");
    }
}
