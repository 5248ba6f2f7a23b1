package ma.commune.portal.requests.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One GeoReport v2 answer, written as the standard's XML (mandatory) or JSON from the same tree, so that
 * both formats always say the same. A document is an object ({@link Fields}: {@code <discovery>},
 * {@code <service_definition>}) or a list ({@link Items}: {@code <services><service>…}, a JSON array).
 * A field left out is absent from both formats; a {@code null} field is an empty element and a JSON null.
 */
final class Open311Document {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final String root;
    private final Object body;

    private Open311Document(String root, Object body) {
        this.root = root;
        this.body = body;
    }

    static Open311Document object(String root, Fields fields) {
        return new Open311Document(root, fields);
    }

    static Open311Document list(String root, String item, List<Fields> items) {
        return new Open311Document(root, new Items(item, items));
    }

    /** Ordered fields; a value is a String, a Number, a Boolean, null, nested {@link Fields} or {@link Items}. */
    static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        /** Puts the value only when there is one (a field the standard lets us omit). */
        Fields putPresent(String name, Object value) {
            return value == null ? this : put(name, value);
        }
    }

    /** A list: its items, and the element name of each item in XML ({@code <formats><format>…}). */
    record Items(String item, List<?> values) {
    }

    String xml() {
        // The declaration as the standard shows it; the server's StAX writer would quote it differently.
        StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            element(xml, root, body);
            xml.flush();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("writing to a string cannot fail", impossible);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Fields fields) {
            for (Map.Entry<String, Object> field : fields.values.entrySet()) {
                element(xml, field.getKey(), field.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.item(), item);
            }
        } else {
            xml.writeCharacters(scalar(value));
        }
        xml.writeEndElement();
    }

    String json() {
        return json(body).toString();
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Fields fields) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            fields.values.forEach((name, v) -> object.add(name, json(v)));
            return object.build();
        }
        if (value instanceof Items items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.values().forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        }
        return Json.createValue(value.toString());
    }

    private static String scalar(Object value) {
        return value instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : value.toString();
    }
}
