package com.cptracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.cptracker.jobs.JobRunner;
import java.util.List;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An upload as a person makes one, for tests: the file posted, its check run and previewed, the preview confirmed. */
public record Uploads(MockMvc mvc, JobRunner runner, SignedIn who) {

    /** Uploads the file to the upload page's address; returns the address of its check's job page. */
    public String upload(String path, String name, byte[] file) throws Exception {
        return job(MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", name, "application/octet-stream", file)));
    }

    /** Runs the check and opens its preview from the job's page. */
    public Document checked(String job) throws Exception {
        runner.runPending();
        Document page = who.page(job);
        List<String> links = page.select("a:contains(Review the import)").eachAttr("href");
        assertThat(links).as(page.select("main").text()).hasSize(1);
        return who.page(links.getFirst());
    }

    /** Confirms the preview (its form that carries the fingerprint); returns the address of the apply's job page. */
    public String confirm(Document preview) throws Exception {
        var form = preview.selectFirst("form:has(input[name=fingerprint])");
        assertThat(form).as(preview.select("main").text()).isNotNull();
        return job(MockMvcRequestBuilders.post(form.attr("action"))
                .param("fingerprint", form.select("input[name=fingerprint]").val()));
    }

    /** Posts as the person, with the CSRF token; returns the address of the job page it sends them to. */
    private <B extends AbstractMockHttpServletRequestBuilder<B>> String job(B post) throws Exception {
        var response = mvc.perform(post.session(who.session()).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/jobs/");
        return response.getRedirectedUrl();
    }
}
