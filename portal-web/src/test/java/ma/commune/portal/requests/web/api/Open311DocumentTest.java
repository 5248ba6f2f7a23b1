package ma.commune.portal.requests.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The XML writing (the JSON needs a JSON-P provider: Open311IT checks it on the server). */
class Open311DocumentTest {

    @Test
    void aListIsTheStandardsRootWithOneElementPerItemInXmlAndAnArrayInJson() {
        Open311Document document = Open311Document.list("service_requests", "request", List.of(new Open311Document.Fields()
                .put("service_request_id", "BG-AAAA-BBBB-C")
                .put("service_notice", "a < b & \"c\"")
                .put("account_id", null)
                .putPresent("description", null)
                .put("lat", 32.2359)
                .put("flag", true)));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
                + "<service_request_id>BG-AAAA-BBBB-C</service_request_id><service_notice>a &lt; b &amp; \"c\"</service_notice>"
                + "<account_id/><lat>32.2359</lat><flag>true</flag></request></service_requests>", document.xml());
    }

    @Test
    void anObjectWithNestedListsNamesEachItem() {
        Open311Document document = Open311Document.object("discovery", new Open311Document.Fields()
                .put("formats", new Open311Document.Items("format", List.of("text/xml", "application/json")))
                .put("order", 2));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery><formats><format>text/xml</format>"
                + "<format>application/json</format></formats><order>2</order></discovery>", document.xml());
    }
}
