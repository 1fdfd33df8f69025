package uz.roadmap.progress;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;

/** Where each learner's days begin and end. */
@Component
class Zones {

    private final AccountManagement accounts;

    Zones(AccountManagement accounts) {
        this.accounts = accounts;
    }

    ZoneId of(UUID learner) {
        return accounts.profile(learner).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }
}
