package ma.commune.portal.shared.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * How a message reaches a resident. Many residents have a phone and no email address (DESIGN, "Rules
 * that hold everywhere"), so the outbox is channel-neutral; each channel knows what a valid recipient is.
 */
public enum OutboxChannel {

    EMAIL {
        /**
         * An address Jakarta Mail accepts strictly, alone (no display name, no group), in ASCII, with a
         * domain that has a dot: what a resident types in a form, not what a mail header may hold. The domain is
         * lower-cased; the local part is kept as typed (it may be case-sensitive).
         */
        @Override
        public String normalise(String recipient) {
            String address = recipient == null ? "" : recipient.strip();
            int at = address.lastIndexOf('@');
            // ASCII only: an internationalised address needs SMTPUTF8 all along the way, which the commune's
            // relay cannot be assumed to offer; the resident is asked for another address instead.
            if (address.isEmpty() || address.length() > 254 || at <= 0 || address.indexOf('.', at) < 0
                    || address.endsWith(".") || !address.chars().allMatch(c -> c > 32 && c < 127)) {
                throw new DomainRuleViolation("outbox.rule.invalidEmail");
            }
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                parsed.validate();
                if (parsed.isGroup() || parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
                    throw new DomainRuleViolation("outbox.rule.invalidEmail");
                }
            } catch (AddressException invalid) {
                throw new DomainRuleViolation("outbox.rule.invalidEmail");
            }
            return address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
        }
    },

    SMS {
        /**
         * A mobile number in E.164 ({@code +212612345678}), or as Moroccans write it ({@code 06 12 34 56 78},
         * {@code 07...}, {@code 00212...}, {@code +212 (0)6...}), with spaces, dots, dashes or brackets and
         * in Western or Arabic-Indic digits; always stored in E.164. A Moroccan number must be a mobile
         * (06 or 07): a landline receives no SMS.
         */
        @Override
        public String normalise(String recipient) {
            if (recipient == null) {
                throw new DomainRuleViolation("outbox.rule.invalidPhone");
            }
            StringBuilder compact = new StringBuilder();
            for (int i = 0; i < recipient.length(); i++) {
                char c = recipient.charAt(i);
                int digit = Character.digit(c, 10);
                if (digit >= 0) {
                    compact.append((char) ('0' + digit));
                } else if (c == '+' && compact.length() == 0) {
                    compact.append(c);
                } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '-' || c == '(' || c == ')')) {
                    throw new DomainRuleViolation("outbox.rule.invalidPhone");
                }
            }
            String number = compact.toString();
            if (number.startsWith("00")) {
                number = "+" + number.substring(2);
            }
            if (number.matches("0[67]\\d{8}")) {
                number = "+212" + number.substring(1);
            }
            if (number.matches("\\+2120[67]\\d{8}")) {
                number = "+212" + number.substring(5);
            }
            if (!number.matches("\\+[1-9]\\d{7,14}") || number.startsWith("+212") && !number.matches("\\+212[67]\\d{8}")) {
                throw new DomainRuleViolation("outbox.rule.invalidPhone");
            }
            return number;
        }
    };

    /**
     * The recipient in the one form the outbox stores and sends to.
     *
     * @throws DomainRuleViolation {@code outbox.rule.invalidEmail} or {@code outbox.rule.invalidPhone}
     */
    public abstract String normalise(String recipient);
}
