package ma.commune.portal.it.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.boundary.OutboxSender;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.OutboxDelivery;
import ma.commune.portal.shared.entity.OutboxChannel;
import ma.commune.portal.shared.entity.OutboxMessage;
import ma.commune.portal.shared.entity.OutboxStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox on the real server and database, with a real SMTP server (GreenMail) started inside the
 * server on the port the IT domain's mail session (mail/portal) points at: a message exists only if its
 * transaction commits, arrives in UTF-8, survives an SMTP outage, is never sent twice, and only
 * administrators see the outbox. The sender's timer runs meanwhile (every 30 s), as in production: the
 * tests call the sender themselves and accept that the timer may send a message first.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("integration")
public class OutboxIT {

    private static final String ARABIC_SUBJECT = "طلبكم قيد المعالجة — BG-7K3F-9QXM-2";
    private static final String ARABIC_BODY = "السلام عليكم،\nتوصلنا بطلبكم وسنجيبكم داخل الأجل القانوني.\nⴰⵣⵓⵍ — جماعة ابن جرير";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portal(OutboxIT.class, Submission.class);
        // GreenMail runs inside the server: its jar (and SLF4J's API), copied by the build, ride in the web module.
        File[] libraries = new File(System.getProperty("it.libs", "target/it-libs")).listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("GreenMail's jars are missing from " + System.getProperty("it.libs") + ": run the package phase");
        }
        WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
        web.addAsLibraries(libraries);
        ear.delete("portal-web.war");
        ear.addAsModule(web);
        return ear;
    }

    /** A resident's submission, as a service of the case engine would make it. */
    @Stateless
    @PermitAll
    public static class Submission {

        @EJB
        Outbox outbox;

        public void submit(OutboxChannel channel, String recipient, String reference) {
            outbox.enqueue(channel, recipient, Language.AR, ARABIC_SUBJECT, ARABIC_BODY, reference);
        }

        /** The change that caused the message fails after the message was queued: both are rolled back. */
        public void submitThenFail(String reference) {
            submit(OutboxChannel.EMAIL, "resident@example.ma", reference);
            throw new IllegalStateException("the case could not be saved");
        }
    }

    @EJB
    Submission submission;

    @EJB
    Outbox outbox;

    @EJB
    OutboxSender sender;

    @EJB
    OutboxDelivery delivery;

    @EJB
    RunAs.AsAdmin asAdmin;

    @EJB
    AuditLog audit;

    @Test
    void aMessageWhoseChangeRolledBackIsNeverSent() throws Exception {
        String reference = reference();
        GreenMail smtp = startSmtp();
        try {
            assertThrows(EJBException.class, () -> submission.submitThenFail(reference));
            assertTrue(messages(reference).isEmpty(), "no message without its change");
            sender.sendDue();
            assertTrue(received(smtp, reference).isEmpty());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anEmailArrivesInArabicAndUtf8() throws Exception {
        String reference = reference();
        GreenMail smtp = startSmtp();
        try {
            submission.submit(OutboxChannel.EMAIL, "Resident.Name@Example.MA", reference);
            sender.sendDue();
            MimeMessage mail = eventually(() -> received(smtp, reference), list -> list.size() == 1, Duration.ofSeconds(40)).get(0);
            assertEquals("Resident.Name@example.ma", mail.getRecipients(Message.RecipientType.TO)[0].toString());
            assertEquals("noreply@benguerir.ma", mail.getFrom()[0].toString(), "the commune's sender (the IT domain's default)");
            assertEquals(ARABIC_SUBJECT, mail.getSubject());
            assertTrue(mail.getHeader("Subject")[0].toUpperCase().startsWith("=?UTF-8?"), "the subject is encoded for a mail header");
            assertTrue(mail.getContentType().toUpperCase().contains("CHARSET=UTF-8"), mail.getContentType());
            assertEquals(ARABIC_BODY, ((String) mail.getContent()).replace("\r\n", "\n").strip());
            assertEquals("ar", mail.getHeader("Content-Language")[0]);

            OutboxMessage sent = eventually(() -> messages(reference).get(0), m -> m.getStatus() == OutboxStatus.SENT, Duration.ofSeconds(10));
            assertNotNull(sent.getSentAt());
            assertEquals(0, sent.getAttempts());
            Thread.sleep(1000);
            assertEquals(1, received(smtp, reference).size(), "sent once");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anSmtpOutageDelaysAMessageButNeverLosesIt() throws Exception {
        String reference = reference();
        // No SMTP server listens: the mail server is down.
        submission.submit(OutboxChannel.EMAIL, "resident@example.ma", reference);
        sender.sendDue();
        OutboxMessage waiting = eventually(() -> messages(reference).get(0), m -> m.getAttempts() >= 1, Duration.ofSeconds(40));
        assertEquals(OutboxStatus.PENDING, waiting.getStatus());
        assertNotNull(waiting.getLastError());
        assertFalse(waiting.getLastError().contains("resident@example.ma"), "no address in the error");
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "retried later");

        GreenMail smtp = startSmtp();
        try {
            // The mail server is back; bring the retry forward rather than wait for it.
            sender.sendDueBy(Instant.now().plus(Duration.ofMinutes(2)));
            eventually(() -> received(smtp, reference), list -> list.size() == 1, Duration.ofSeconds(40));
            assertEquals(OutboxStatus.SENT, eventually(() -> messages(reference).get(0),
                    m -> m.getStatus() == OutboxStatus.SENT, Duration.ofSeconds(10)).getStatus());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMessageThatFailedEveryAttemptIsSentAgainByAnAdministrator() throws Exception {
        String reference = reference();
        submission.submit(OutboxChannel.EMAIL, "resident@example.ma", reference);
        long id = messages(reference).get(0).getId();
        DomainRuleViolation refused = RunAs.cause(assertThrows(Exception.class, () -> asAdmin.call(() -> {
            outbox.sendAgain(id);
            return null;
        })), DomainRuleViolation.class);
        assertEquals("outbox.rule.notFailed", refused.messageKey(), "only a failed message is sent again");
        // The mail server stays down through every allowed attempt (10 by default).
        for (int attempt = 0; attempt < 30 && messages(reference).get(0).getStatus() == OutboxStatus.PENDING; attempt++) {
            String claimant = "it-" + attempt;
            if (delivery.claim(id, claimant, Duration.ofMinutes(1))) {
                assertFalse(delivery.deliver(id, claimant));
            }
        }
        OutboxMessage failed = messages(reference).get(0);
        assertEquals(OutboxStatus.FAILED, failed.getStatus());
        assertEquals(10, failed.getAttempts());
        sender.sendDue();
        assertEquals(OutboxStatus.FAILED, messages(reference).get(0).getStatus(), "a failed message is no longer tried");

        GreenMail smtp = startSmtp();
        try {
            asAdmin.call(() -> {
                outbox.sendAgain(id);
                return null;
            });
            assertEquals(OutboxStatus.PENDING, messages(reference).get(0).getStatus());
            assertTrue(asAdmin.call(() -> audit.search(new PageRequest(0, 50, Map.of("entityType", "OutboxMessage"), null, false))).stream()
                    .anyMatch(e -> e.getEntityId().equals(String.valueOf(id)) && e.getAfter().contains("PENDING")),
                    "sending again is in the audit log, written through the event the outbox fires");
            sender.sendDue();
            eventually(() -> received(smtp, reference), list -> list.size() == 1, Duration.ofSeconds(40));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anInvalidRecipientIsRefusedAndNothingIsStored() throws Exception {
        String reference = reference();
        for (String address : List.of("resident", "resident@", "Resident <resident@example.ma>", "résident@example.ma")) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                    () -> submission.submit(OutboxChannel.EMAIL, address, reference));
            assertEquals("outbox.rule.invalidEmail", refused.messageKey());
        }
        for (String number : List.of("0512345678", "061234567", "+212 5 24 31 20 20", "call me")) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                    () -> submission.submit(OutboxChannel.SMS, number, reference));
            assertEquals("outbox.rule.invalidPhone", refused.messageKey());
        }
        assertTrue(messages(reference).isEmpty(), "nothing stored");
    }

    @Test
    void anSmsGoesToTheGatewayWithTheNumberInE164() throws Exception {
        String reference = reference();
        submission.submit(OutboxChannel.SMS, "06 12 34 56 78", reference);
        assertEquals("+212612345678", messages(reference).get(0).getRecipient());
        sender.sendDue();
        assertEquals(OutboxStatus.SENT, eventually(() -> messages(reference).get(0),
                m -> m.getStatus() == OutboxStatus.SENT, Duration.ofSeconds(40)).getStatus());
    }

    @Test
    void twoConcurrentClaimsNeverSendAMessageTwice() throws Exception {
        String run = reference();
        int count = 12;
        for (int i = 0; i < count; i++) {
            submission.submit(OutboxChannel.EMAIL, "resident" + i + "@example.ma", run + "-" + i);
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(messages(run + "-" + i).get(0).getId());
        }
        GreenMail smtp = startSmtp();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Two server instances race for the same messages, message by message.
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<List<Boolean>>> claims = new ArrayList<>();
            for (String claimant : List.of("instance-a", "instance-b")) {
                claims.add(pool.submit(() -> {
                    List<Boolean> won = new ArrayList<>();
                    for (Long id : ids) {
                        together.await(10, TimeUnit.SECONDS);
                        boolean claimed;
                        try {
                            claimed = delivery.claim(id, claimant, Duration.ofMinutes(5));
                        } catch (EJBException contended) {
                            claimed = false;
                        }
                        won.add(claimed);
                        if (claimed) {
                            assertTrue(delivery.deliver(id, claimant));
                        }
                    }
                    return won;
                }));
            }
            List<Boolean> a = claims.get(0).get(60, TimeUnit.SECONDS);
            List<Boolean> b = claims.get(1).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < count; i++) {
                assertFalse(a.get(i) && b.get(i), "message " + i + " claimed by both");
            }
            // And two runs of the sender at once (here and the timer's, as on two instances) on fresh messages.
            for (int i = 0; i < count; i++) {
                submission.submit(OutboxChannel.EMAIL, "resident" + i + "@example.ma", run + "-again-" + i);
            }
            Future<Integer> first = pool.submit(() -> sender.sendDue());
            Future<Integer> second = pool.submit(() -> sender.sendDue());
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);

            // Every message arrives (the winner, or the timer, sent each), and exactly once.
            eventually(() -> receivedStartingWith(smtp, run), list -> list.size() >= 2 * count, Duration.ofSeconds(60));
            Thread.sleep(1500);
            Map<String, Integer> perReference = new HashMap<>();
            for (MimeMessage mail : receivedStartingWith(smtp, run)) {
                perReference.merge(mail.getHeader("X-Portal-Reference")[0], 1, Integer::sum);
            }
            assertEquals(2 * count, perReference.size());
            perReference.forEach((reference, times) -> assertEquals(1, times, reference + " sent " + times + " times"));
        } finally {
            pool.shutdownNow();
            smtp.stop();
        }
    }

    @Test
    void onlyAnAdministratorSeesTheOutbox() throws Exception {
        String reference = reference();
        submission.submit(OutboxChannel.SMS, "0712345678", reference);

        Browserless admin = new Browserless();
        assertEquals(302, admin.login("admin", System.getProperty("it.adminPassword", "It-admin-password-1")).statusCode());
        HttpResponse<String> page = admin.get("/admin/requests/outbox");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"outbox-summary\""), "the summary of pending, failed and sent");
        assertTrue(page.body().contains(reference), "the newest messages, with their references");
        assertTrue(admin.get("/admin/").body().contains("id=\"nav-outbox\""), "in the administrators' menu");

        Browserless editor = new Browserless();
        assertEquals(302, editor.login("editor", "BenGuerir-demo-2026").statusCode());
        assertEquals(403, editor.get("/admin/requests/outbox").statusCode());
        assertEquals(403, editor.get("/admin/requests/outbox.xhtml").statusCode());
        assertEquals(403, editor.get("/admin/outbox").statusCode(), "the old address admits no one new");
        assertFalse(editor.get("/admin/").body().contains("id=\"nav-outbox\""));

        HttpResponse<String> moved = admin.get("/admin/outbox?status=FAILED");
        assertEquals(301, moved.statusCode(), "the page's old address (issue 16) is moved for good");
        assertEquals("/admin/requests/outbox?status=FAILED", moved.headers().firstValue("Location").orElse(""), "relative, with its query");

        HttpResponse<String> anonymous = new Browserless().get("/admin/requests/outbox");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"));

        assertThrows(EJBException.class, () -> outbox.search(PageRequest.of(0, 10)), "the service checks the role too");
    }

    // ---- helpers

    private static String reference() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An SMTP server on the host and port the IT domain's mail session (mail/portal) points at. */
    private static GreenMail startSmtp() throws Exception {
        Session session = InitialContext.doLookup("mail/portal");
        int port = Integer.parseInt(session.getProperty("mail.smtp.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private List<OutboxMessage> messages(String reference) throws Exception {
        return asAdmin.call(() -> outbox.search(new PageRequest(0, 50, Map.of("reference", reference), null, false)))
                .stream().filter(m -> reference.equals(m.getReference())).toList();
    }

    private static List<MimeMessage> received(GreenMail smtp, String reference) throws Exception {
        return receivedStartingWith(smtp, reference).stream().filter(m -> reference.equals(header(m))).toList();
    }

    private static List<MimeMessage> receivedStartingWith(GreenMail smtp, String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> header(m) != null && header(m).startsWith(prefix)).toList();
    }

    private static String header(MimeMessage mail) {
        try {
            String[] values = mail.getHeader("X-Portal-Reference");
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException unreadable) {
            return null;
        }
    }

    private static <T> T eventually(Callable<T> probe, Predicate<T> done, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T value = probe.call();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not done after " + patience + ": " + value);
            }
            Thread.sleep(250);
            value = probe.call();
        }
        return value;
    }
}
