package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a calendar with ical4j, strictly (no relaxed parsing, no Outlook or Notes compatibility), and
 * validates it; hands back each event's properties as text, by UID. Client side only (ical4j is a test
 * dependency, not in the deployment).
 */
final class CalendarCheck {

    private CalendarCheck() {
    }

    static Map<String, Map<String, String>> events(String ics) throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), "a valid RFC 5545 calendar: " + result);
        assertEquals("2.0", calendar.getProperty(Property.VERSION).map(p -> ((Property) p).getValue()).orElse(null));
        assertTrue(calendar.getProperty(Property.PRODID).isPresent(), "PRODID");
        Map<String, Map<String, String>> events = new LinkedHashMap<>();
        List<CalendarComponent> components = calendar.getComponents();
        for (CalendarComponent component : components) {
            if (Component.VTIMEZONE.equals(component.getName()) && components.size() == 1) {
                continue;
            }
            assertEquals(Component.VEVENT, component.getName(), "only events");
            Map<String, String> properties = new LinkedHashMap<>();
            for (Property property : component.getPropertyList().getAll()) {
                assertFalse(properties.containsKey(property.getName()), "one " + property.getName() + " per event");
                properties.put(property.getName(), property.getValue());
                property.getParameter("LANGUAGE").ifPresent(language ->
                        properties.put(property.getName() + ";LANGUAGE", ((net.fortuna.ical4j.model.Parameter) language).getValue()));
            }
            String uid = properties.get(Property.UID);
            assertFalse(uid == null || uid.isBlank(), "every event has a UID");
            assertFalse(events.containsKey(uid), "UIDs are unique: " + uid);
            events.put(uid, properties);
        }
        return events;
    }
}
