package io.github.studysite.init;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The studysite plugin's own {@code groupId:artifactId:version}, written into a new repository's {@code pom.xml}, and
 * the studysite release tag its Pages workflow builds the plugin from.
 */
public record PluginCoordinates(String groupId, String artifactId, String version) {

    /** Written by maven-plugin-plugin into every build of the plugin, the jar and {@code target/classes} alike. */
    private static final String DESCRIPTOR = "/META-INF/maven/plugin.xml";

    public PluginCoordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /**
     * The tag of the studysite repository this version is built from: {@code v<version>} for a release; a snapshot
     * has no tag yet, so its workflow follows {@code main} (which carries the snapshot version).
     */
    public String sourceTag() {
        return version.endsWith("-SNAPSHOT") ? "main" : "v" + version;
    }

    /** The coordinates of the plugin this class was loaded with, from its plugin descriptor. */
    public static PluginCoordinates own() throws IOException {
        try (InputStream in = PluginCoordinates.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException(DESCRIPTOR + " is not on the class path: run studysite from its jar or "
                        + "from a build of it (mvn install)");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            Element plugin = descriptor.getDocumentElement();
            return new PluginCoordinates(child(plugin, "groupId"), child(plugin, "artifactId"),
                    child(plugin, "version"));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + DESCRIPTOR + ": " + e.getMessage(), e);
        }
    }

    /** A direct child's text: the mojos' own parameters have elements of the same names further down. */
    private static String child(Element parent, String name) throws IOException {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new IOException(DESCRIPTOR + " names no " + name);
    }
}
