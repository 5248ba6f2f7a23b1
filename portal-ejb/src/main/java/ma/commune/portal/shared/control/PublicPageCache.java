package ma.commune.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.LongSupplier;

/**
 * This server instance's copy of the public pages as anonymous residents see them, per address and
 * language. Only published content is ever on an anonymous page, so a copy is right until content
 * changes: a change committed here empties the copy at once ({@link #invalidate}); a change committed
 * by another instance of the cluster is noticed within a second through the content generation in the
 * shared database. A page rendered while content changed is not kept (the epoch moved on).
 */
@ApplicationScoped
public class PublicPageCache {

    private static final Logger LOG = Logger.getLogger(PublicPageCache.class.getName());
    static final int MAX_PAGES = 2000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final long GENERATION_CHECK_MILLIS = 1000;

    /** A kept page: its body and Content-Security-Policy, with {@link #NONCE} where each response's own nonce goes. */
    public record Page(byte[] body, String contentType, String contentSecurityPolicy) {
    }

    public static final String NONCE = "@@portal-nonce@@";

    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private volatile long generation = -1;
    private volatile long generationCheckedAt;

    /**
     * The epoch to hand back to {@link #put}: a page is kept only if nothing changed while it was
     * rendered. {@code generation} reads the shared content generation (at most once a second);
     * the caller passes it because an EJB injected into this bean stayed null on Payara, which
     * emptied the copy every second as if the database were unreachable.
     */
    public long epoch(LongSupplier generation) {
        refreshGeneration(generation);
        return epoch.get();
    }

    public synchronized Optional<Page> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    public synchronized void put(String key, Page page, long renderedInEpoch) {
        if (renderedInEpoch != epoch.get() || page.body().length > MAX_BYTES / 100) {
            return;
        }
        Page previous = pages.put(key, page);
        bytes += page.body().length - (previous == null ? 0 : previous.body().length);
        var eldest = pages.entrySet().iterator();
        while ((pages.size() > MAX_PAGES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /**
     * Empties the copy after this instance committed a change that brought the content generation to
     * {@code committedGeneration}, so that the next check does not empty it a second time for the same change.
     */
    public synchronized void invalidate(long committedGeneration) {
        invalidate();
        generation = Math.max(generation, committedGeneration);
    }

    /** Empties the copy: published content changed. */
    public synchronized void invalidate() {
        epoch.incrementAndGet();
        pages.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return pages.size();
    }

    private void refreshGeneration(LongSupplier generationReader) {
        long now = System.currentTimeMillis();
        if (now - generationCheckedAt < GENERATION_CHECK_MILLIS) {
            return;
        }
        generationCheckedAt = now;
        try {
            long current = generationReader.getAsLong();
            if (current != generation) {
                generation = current;
                invalidate();
            }
        } catch (RuntimeException unavailable) {
            // Without the database the pages cannot be rendered either; serve nothing stale for long.
            LOG.log(Level.WARNING, "content generation unreadable; public page cache emptied", unavailable);
            invalidate();
        }
    }
}
