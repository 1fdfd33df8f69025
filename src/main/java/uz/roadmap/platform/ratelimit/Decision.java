package uz.roadmap.platform.ratelimit;

/**
 * The outcome of asking for one request's worth of budget.
 *
 * @param allowed whether the request may proceed
 * @param limit the group's capacity
 * @param remaining tokens left after this request
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds when refused, seconds until one token is available
 */
record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
}
