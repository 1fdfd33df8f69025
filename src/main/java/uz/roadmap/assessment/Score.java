package uz.roadmap.assessment;

/**
 * How an attempt (or one topic of it) went: the plain score and the certainty-based one.
 *
 * @param right items answered right
 * @param answered items answered at all
 * @param items items in all
 * @param percent right answers in percent of all items (the plain score)
 * @param cbm the marks under certainty-based marking: +1/+2/+3 for right, 0/−2/−6 for wrong answers
 * @param cbmMax the most marks there were: 3 for every item
 * @param cbmAverage marks per item, from −6 to 3
 */
public record Score(int right, int answered, int items, int percent, int cbm, int cbmMax, double cbmAverage) {

    static Score of(int right, int answered, int items, int cbm) {
        return new Score(right, answered, items, items == 0 ? 0 : Math.round(right * 100f / items), cbm, 3 * items,
                items == 0 ? 0 : Math.round(cbm * 100.0 / items) / 100.0);
    }
}
