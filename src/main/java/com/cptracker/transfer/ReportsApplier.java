package com.cptracker.transfer;

import com.cptracker.recommendations.RecommendationAdminService;
import com.cptracker.recommendations.Recommendations.SourceFields;
import com.cptracker.transfer.StrategyReader.Ids;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Makes a strategy's reports and their recommendations what a checked workbook's Recommendations sheet says, through
 * their administration's service, before the actions that answer them: a report is found by its title (created when
 * new, its columns updated when they differ), a recommendation by its report and number. Part of {@link
 * ImportApplier}'s one transaction.
 */
@Component
class ReportsApplier {

    private final RecommendationAdminService admin;

    ReportsApplier(RecommendationAdminService admin) {
        this.admin = admin;
    }

    void apply(long strategyId, StrategyDocument file, Set<String> touched, Ids ids) {
        ImportApplier.each(StrategyWorkbook.RECOMMENDATIONS, file, touched, r -> {
            SourceFields f = new SourceFields(r.report(), r.kind(), r.issuedOn(), r.madeBy(), r.link());
            Long sourceId = ids.sources().get(r.report());
            if (sourceId == null) {
                sourceId = admin.createSource(strategyId, f);
                ids.sources().put(r.report(), sourceId);
            } else {
                var was = admin.source(strategyId, sourceId);
                if (!was.fields().equals(f)) {
                    admin.updateSource(strategyId, sourceId, f, was.version());
                }
            }
            Long id = ids.recommendations().get(r.key());
            if (id == null) {
                ids.recommendations().put(r.key(), admin.addRecommendation(strategyId, sourceId, r.number(), r.text()));
            } else {
                long version = admin.recommendation(strategyId, sourceId, id).version();
                admin.updateRecommendation(strategyId, sourceId, id, r.number(), r.text(), version);
            }
        });
    }
}
