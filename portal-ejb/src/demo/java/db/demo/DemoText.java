package db.demo;

import java.util.ArrayList;
import java.util.List;

/** Demo content only: French text cut into the lines of a one-page PDF. */
final class DemoText {

    private DemoText() {
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
