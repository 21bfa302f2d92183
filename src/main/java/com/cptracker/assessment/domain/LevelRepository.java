package com.cptracker.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LevelRepository extends JpaRepository<ScaleLevel, Long> {

    List<ScaleLevel> findByFrameworkIdOrderByPosition(Long frameworkId);
}
