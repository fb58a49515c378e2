package io.github.studysite.maven;

import io.github.studysite.Fixtures;
import io.github.studysite.TreeSnapshot;
import io.github.studysite.init.Scaffold;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code site:init} as Maven runs it: in the folder mvn started in, with the plugin's own coordinates. */
class InitMojoTest {

    private static InitMojo mojo(Path folder) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.studysite");
        plugin.setArtifactId("studysite-maven-plugin");
        plugin.setVersion("0.9.0");
        InitMojo mojo = new InitMojo();
        mojo.folder = folder.toFile();
        mojo.plugin = plugin;
        return mojo;
    }

    @Test
    void scaffoldsARepositoryThatGenerateBuildsAtOnce(@TempDir Path folder) throws Exception {
        mojo(folder).execute();
        assertThat(Fixtures.read(folder.resolve("pom.xml"))).contains("<version>0.9.0</version>");
        GenerateMojo generate = new GenerateMojo();
        generate.basedir = folder.toFile();
        generate.content = folder.resolve("content").toFile();
        generate.templates = folder.resolve("templates").toFile();
        generate.output = folder.resolve("site-output").toFile();
        generate.strict = true;
        generate.privacy = "strict"; // the examples hold nothing that looks like personal data
        generate.execute();
        assertThat(folder.resolve("site-output/stories/index.html")).isRegularFile();
    }

    @Test
    void aSecondRunFailsNamingTheFilesAndWritesNothing(@TempDir Path folder) throws Exception {
        mojo(folder).execute();
        Map<String, String> before = TreeSnapshot.of(folder);
        assertThatThrownBy(mojo(folder)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(Scaffold.paths().size() + " of the files init writes")
                .hasMessageContaining("nothing was written");
        assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
    }
}
