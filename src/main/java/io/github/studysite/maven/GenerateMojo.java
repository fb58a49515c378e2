package io.github.studysite.maven;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Renders the notes in {@code content/} into a static study site in {@code site-output/}: {@code mvn site:generate}.
 * Bound to {@code package} by default: an {@code <execution>} naming only the goal renders the site on
 * {@code mvn package} (and so on {@code verify}, {@code install}), the phase where a project's product is made.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping studysite (studysite.skip=true)");
            return;
        }
        BuildResult result = new SiteBuilder(config(), getLog()::info).build();
        report(result, getLog());
        if (!result.success()) {
            getLog().info(result.summary().line());
            throw new MojoFailureException("studysite: " + result.errorCount() + " error(s), listed above; "
                    + output + " was left as it was");
        }
        getLog().info("Open " + result.home().toUri());
        getLog().info(result.summary().line());
    }
}
