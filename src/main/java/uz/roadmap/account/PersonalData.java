package uz.roadmap.account;

import java.util.UUID;

/**
 * What a module keeps about a user, for the user's download of all their data. Every module that
 * keeps personal data contributes one; the download holds each under its {@link #name()}.
 */
public interface PersonalData {

    /** The section of the download, e.g. {@code "reviews"}. */
    String name();

    /** Everything this module keeps about the account, as JSON-serializable values. */
    Object of(UUID account);
}
