package uz.roadmap.account;

/**
 * What a client receives when it signs in or refreshes: a short-lived access token to send as
 * {@code Authorization: Bearer …}, and a refresh token to exchange, once, for the next pair.
 *
 * @param expiresIn seconds until the access token expires
 */
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
}
