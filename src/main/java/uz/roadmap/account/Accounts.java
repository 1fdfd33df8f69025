package uz.roadmap.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/**
 * All accounts.
 */
interface Accounts extends CrudRepository<Account, UUID> {

    @Query("SELECT * FROM account.account WHERE lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    boolean existsByRole(Role role);

    @Modifying
    @Query("""
            UPDATE account.account SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = :at
            WHERE id = :account""")
    void recordFailedSignIn(UUID account, java.time.Instant at);
}
