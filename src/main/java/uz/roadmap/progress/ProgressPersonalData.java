package uz.roadmap.progress;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.account.PersonalData;

/**
 * The "progress" section of a learner's data download, and its deletion with the account.
 */
@Component
class ProgressPersonalData implements PersonalData {

    private final EvidenceLog log;

    ProgressPersonalData(EvidenceLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Object of(UUID account) {
        return log.everything(account);
    }

    /** A deleted account's progress goes with it. */
    @ApplicationModuleListener
    void forget(AccountDeleted deleted) {
        log.forget(deleted.account());
    }
}
