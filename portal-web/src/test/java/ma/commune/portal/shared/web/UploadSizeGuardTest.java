package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
