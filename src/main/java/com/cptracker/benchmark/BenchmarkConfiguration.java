package com.cptracker.benchmark;

import com.cptracker.actions.ActionService;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureService;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Only under the {@code benchmark} profile: the generator, its loader and the bare page. */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
@EnableConfigurationProperties(BenchmarkProperties.class)
class BenchmarkConfiguration {

    @Bean
    CouncilGenerator councilGenerator(
            StrategyService strategies,
            GovernanceService governance,
            ActionService actions,
            MeasureService measures,
            QuarterService quarters) {
        return new CouncilGenerator(strategies, governance, actions, measures, quarters);
    }
}
