package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Part;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadSizeGuardTest {

    @Test
    void onlyAMultipartPostOverTheServersLimitIsStoppedBeforeItIsRead() {
        assertTrue(UploadSizeGuard.tooLarge("POST", "multipart/form-data; boundary=x", UploadSizeGuard.MAX_REQUEST_BYTES + 1));
        assertFalse(UploadSizeGuard.tooLarge("POST", "multipart/form-data; boundary=x", UploadSizeGuard.MAX_REQUEST_BYTES));
        assertFalse(UploadSizeGuard.tooLarge("POST", "application/x-www-form-urlencoded", UploadSizeGuard.MAX_REQUEST_BYTES + 1));
        assertFalse(UploadSizeGuard.tooLarge("GET", null, -1));
        assertFalse(UploadSizeGuard.tooLarge("POST", "multipart/form-data", -1), "no length announced: the container's own limit applies");
    }

    @Test
    void anUploadIsPrimeFacesOnlyWithTheFileCountItsScriptSends() {
        List<Part> upload = List.of(part("legal", null), part("legal:pdf", "loi.pdf"));
        assertFalse(UploadSizeGuard.missesFileCount("legal:pdf", upload, Map.of("legal:pdf_totalFilesCount", "1")::get));
        assertTrue(UploadSizeGuard.missesFileCount("legal:pdf", upload, Map.<String, String>of()::get));
        assertTrue(UploadSizeGuard.missesFileCount("legal:pdf", upload, Map.of("legal:pdf_totalFilesCount", "one")::get));
        assertFalse(UploadSizeGuard.missesFileCount("legal:save", upload, Map.<String, String>of()::get), "a button posts the form");
        assertFalse(UploadSizeGuard.missesFileCount(null, upload, Map.<String, String>of()::get), "not an ajax request");
    }

    private static Part part(String name, String fileName) {
        return (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getSubmittedFileName" -> fileName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
