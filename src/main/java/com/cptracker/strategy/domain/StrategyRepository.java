package com.cptracker.strategy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyRepository extends JpaRepository<Strategy, Long> {

    Optional<Strategy> findBySlug(String slug);

    List<Strategy> findAllByOrderByStartsOnDesc();
}
