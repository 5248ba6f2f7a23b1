package ma.commune.portal.requests.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the public accountability page says of a group of cases (a department, a category, a month, the
 * whole commune): how many were received, how many answered (the first status change that answers them:
 * resolved, rejected, answered, partially answered, refused), how many of those before their due date, the
 * median time to that first answer, and how many are open past their due date now. Counts only: nothing
 * about who asked.
 */
public final class ResponseTally implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double SECONDS_A_DAY = 86_400d;

    private long received;
    private long answered;
    private long answeredOnTime;
    private long overdue;
    /** Seconds from receipt to the first answer, one per answered case (sorted when the median is asked). */
    private long[] waits = new long[16];
    private boolean sorted = true;

    /**
     * A case received in the period: {@code answeredAt} is its first answering status change, or null when it
     * has none yet. An answer at its due date (23:59 of the last day) is on time.
     */
    public void add(Instant receivedAt, Instant dueAt, Instant answeredAt) {
        received++;
        if (answeredAt == null) {
            return;
        }
        answered++;
        if (!answeredAt.isAfter(dueAt)) {
            answeredOnTime++;
        }
        if (answered > waits.length) {
            waits = Arrays.copyOf(waits, waits.length * 2);
        }
        waits[(int) answered - 1] = Math.max(0, Duration.between(receivedAt, answeredAt).getSeconds());
        sorted = false;
    }

    /** A case open past its due date now. */
    public void addOverdue(long count) {
        overdue += count;
    }

    public long getReceived() {
        return received;
    }

    public long getAnswered() {
        return answered;
    }

    public long getAnsweredOnTime() {
        return answeredOnTime;
    }

    public long getOverdue() {
        return overdue;
    }

    /** The share of the answers given on time, in whole percent; null when nothing was answered. */
    public Integer getOnTimePercent() {
        return answered == 0 ? null : (int) Math.round(100d * answeredOnTime / answered);
    }

    /**
     * The median time to the first answer, in days with one decimal; null when nothing was answered. With an
     * even number of answers, the mean of the two middle ones.
     */
    public Double getMedianDays() {
        if (answered == 0) {
            return null;
        }
        int n = (int) answered;
        if (!sorted) {
            Arrays.sort(waits, 0, n);
            sorted = true;
        }
        double middle = n % 2 == 1 ? waits[n / 2] : (waits[n / 2 - 1] + waits[n / 2]) / 2d;
        return Math.round(middle / SECONDS_A_DAY * 10) / 10d;
    }

    /** Whether there is anything to show (a case received in the period, or one overdue now). */
    public boolean isEmpty() {
        return received == 0 && overdue == 0;
    }
}
