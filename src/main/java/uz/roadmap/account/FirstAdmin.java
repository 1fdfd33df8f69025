package uz.roadmap.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the admin named by {@code ROADMAP_ADMIN_EMAIL} and
 * {@code ROADMAP_ADMIN_PASSWORD}, if both are set and no admin exists yet.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountManagement accounts;
    private final String email;
    private final String password;

    FirstAdmin(AccountManagement accounts, @Value("${roadmap.admin.email:}") String email,
            @Value("${roadmap.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!email.isBlank() && !password.isBlank() && accounts.createFirstAdmin(email, password)) {
            log.info("Created the first admin account");
        }
    }
}
