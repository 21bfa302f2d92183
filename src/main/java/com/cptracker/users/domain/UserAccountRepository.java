package com.cptracker.users.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findByJobTitleIgnoreCase(String jobTitle);

    List<UserAccount> findByEnabledTrueOrderById();
}
