package com.cptracker.transfer;

import com.cptracker.jobs.JobHandler;
import com.cptracker.transfer.domain.ImportCheckRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** The check and apply jobs of each kind of upload, all run by {@link UploadJobs}' one pair of handlers. */
@Configuration(proxyBeanMethods = false)
class UploadHandlers {

    @Bean
    JobHandler strategyWorkbookCheck(
            StrategyUpload kind, ImportCheckRepository checks, ObjectMapper json, Clock clock) {
        return UploadJobs.checkHandler(kind, checks, json, clock);
    }

    @Bean
    JobHandler strategyWorkbookApply(StrategyUpload kind) {
        return UploadJobs.applyHandler(kind);
    }

    @Bean
    JobHandler valuesCheck(ValuesUploads kinds, ImportCheckRepository checks, ObjectMapper json, Clock clock) {
        return UploadJobs.checkHandler(kinds.quarter(), checks, json, clock);
    }

    @Bean
    JobHandler valuesApply(ValuesUploads kinds) {
        return UploadJobs.applyHandler(kinds.quarter());
    }

    @Bean
    JobHandler valuesHistoryCheck(ValuesUploads kinds, ImportCheckRepository checks, ObjectMapper json, Clock clock) {
        return UploadJobs.checkHandler(kinds.history(), checks, json, clock);
    }

    @Bean
    JobHandler valuesHistoryApply(ValuesUploads kinds) {
        return UploadJobs.applyHandler(kinds.history());
    }
}
