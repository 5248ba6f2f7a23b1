package ma.commune.portal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void imagesAreRecognisedByTheirFirstBytesNotTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        assertEquals(Optional.of("png"), FileStore.imageFormat(png));
        assertEquals(Optional.of("jpeg"), FileStore.imageFormat(jpeg));
        assertTrue(FileStore.imageFormat("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(FileStore.imageFormat("%PDF-1.7".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(FileStore.imageFormat(new byte[0]).isEmpty());
    }
}
