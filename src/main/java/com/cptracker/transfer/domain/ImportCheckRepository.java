package com.cptracker.transfer.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportCheckRepository extends JpaRepository<ImportCheck, Long> {}
