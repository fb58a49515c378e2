package io.github.studysite.markdown;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * flexmark stays inside the Markdown package: no compiled main class elsewhere refers to a flexmark type. The
 * constant pool of a class names every type it uses — in a field, a signature, a cast, a fully qualified name
 * written inline — so reading it catches what an import scan would miss (an unused import is no dependency).
 */
class FlexmarkBoundaryTest {

    private static final String FLEXMARK = "com/vladsch/";
    private static final String PARSE = "io/github/studysite/markdown/";

    @Test
    void noMainClassOutsideTheParsePackageUsesFlexmark() throws IOException, URISyntaxException {
        Path classes = Path.of(MarkdownEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> users = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                List<String> used = flexmarkNames(Files.readAllBytes(file));
                read++;
                if (!name.startsWith(PARSE) && !used.isEmpty()) {
                    users.add(name + " uses " + used.get(0));
                }
            }
        }
        assertThat(read).as("main classes read").isGreaterThan(100);
        assertThat(users).as("classes outside %s that use flexmark", PARSE).isEmpty();
    }

    @Test
    void theParsePackageItselfIsSeenUsingFlexmark() throws IOException, URISyntaxException {
        // the check reads what it should: MarkdownEngine is built on flexmark's parser
        Path file = Path.of(MarkdownEngine.class.getResource("MarkdownEngine.class").toURI());
        assertThat(flexmarkNames(Files.readAllBytes(file))).contains("com/vladsch/flexmark/parser/Parser");
    }

    /** The flexmark names in a class file's constant pool (class names and type descriptors). */
    static List<String> flexmarkNames(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    String utf8 = in.readUTF();
                    int at = utf8.indexOf(FLEXMARK);
                    if (at >= 0) {
                        int end = at;
                        while (end < utf8.length() && utf8.charAt(end) != ';' && utf8.charAt(end) != '<') {
                            end++;
                        }
                        names.add(utf8.substring(at, end));
                    }
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return names;
    }
}
