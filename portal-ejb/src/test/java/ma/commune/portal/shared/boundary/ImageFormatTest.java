package ma.commune.portal.shared.boundary;

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

    @Test
    void anImageDeclaringMoreThan25MegapixelsIsRefusedBeforeItIsDecoded() throws Exception {
        // 12,000 x 12,000 pixels of one colour: a few kilobytes of PNG that would decode to half a gigabyte.
        java.awt.image.BufferedImage huge = new java.awt.image.BufferedImage(12_000, 12_000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(huge, "png", png);
        assertTrue(png.size() < 1_000_000, "small on the wire: " + png.size());
        ma.commune.portal.shared.DomainRuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(
                ma.commune.portal.shared.DomainRuleViolation.class, () -> FileStore.checkDeclaredSize(png.toByteArray()));
        assertEquals("file.rule.imageTooLarge", refused.messageKey());

        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(4000, 3000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream ok = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "png", ok);
        FileStore.checkDeclaredSize(ok.toByteArray());
        assertEquals("file.rule.notAnImage", org.junit.jupiter.api.Assertions.assertThrows(ma.commune.portal.shared.DomainRuleViolation.class,
                () -> FileStore.checkDeclaredSize("%PDF-1.7 not an image".getBytes(StandardCharsets.UTF_8))).messageKey());
    }
}
