package uz.roadmap.account;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A user deleted their account. Every module that keeps data of that user deletes it on this event.
 */
@Externalized("roadmap.events::account.account-deleted")
public record AccountDeleted(UUID account) {
}
