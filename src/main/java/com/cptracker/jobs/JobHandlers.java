package com.cptracker.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link JobHandler} bean by its kind; two handlers of one kind stop the application starting. */
@Component
class JobHandlers {

    private final Map<String, JobHandler> byKind;

    JobHandlers(List<JobHandler> handlers) {
        this.byKind = handlers.stream()
                .collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two job handlers of kind " + a.kind());
                }));
    }

    Optional<JobHandler> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The job's name on its page: the handler's words, or the kind when no handler of this version knows it. */
    String label(String kind) {
        return of(kind).map(JobHandler::label).orElse(kind);
    }
}
