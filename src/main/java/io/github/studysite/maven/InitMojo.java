package io.github.studysite.maven;

import io.github.studysite.init.PluginCoordinates;
import io.github.studysite.init.Scaffold;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Scaffolds a new notes repository in the current folder: {@code mvn site:init} (the first time, before a pom names
 * studysite, {@code mvn io.github.studysite:studysite-maven-plugin:<version>:init}). Writes nothing when any of its
 * files is already there, and names each one.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The folder {@code mvn} was started in: there is no project yet. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    protected File folder;

    /** This plugin, whose coordinates go into the new {@code pom.xml}. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        PluginCoordinates coordinates = new PluginCoordinates(plugin.getGroupId(), plugin.getArtifactId(),
                plugin.getVersion());
        Scaffold.Result result;
        try {
            result = Scaffold.into(folder.toPath(), coordinates);
        } catch (IOException e) {
            throw new MojoExecutionException("studysite: cannot write the new repository in " + folder + ": " + e, e);
        }
        if (result.refused()) {
            for (String existing : result.existing()) {
                getLog().error("already exists: " + existing);
            }
            throw new MojoFailureException("studysite: " + folder + " already has " + result.existing().size()
                    + " of the files init writes, listed above; nothing was written. Run init in an empty folder, "
                    + "or add the plugin to your own pom.xml (README: Using it in your own notes repository)");
        }
        for (String written : result.written()) {
            getLog().info("created " + written);
        }
        getLog().info("Next: mvn site:generate (or mvn site:serve for a live preview), then edit the notes in content/");
    }
}
