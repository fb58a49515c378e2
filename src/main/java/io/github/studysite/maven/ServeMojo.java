package io.github.studysite.maven;

import io.github.studysite.serve.Serve;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * Live preview: {@code mvn site:serve} builds the site with drafts and private notes shown, serves it on
 * {@code http://127.0.0.1:<port>/}, and rebuilds and reloads the open pages whenever a file under {@code content/}
 * or {@code templates/} changes. Runs until Ctrl+C. The preview shows drafts and private notes, so it answers only
 * at its own loopback address and only the pages it serves: not a web page of another site open in the same browser
 * (see {@code serve.RequestPolicy}).
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The port on 127.0.0.1 (the preview is never reachable from the network). */
    @Parameter(property = "studysite.port", defaultValue = "4000")
    protected int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping studysite (studysite.skip=true)");
            return;
        }
        Log log = getLog();
        Serve preview;
        try {
            preview = Serve.start(config(), port, Serve.Log.of(log::info, log::warn, log::error));
        } catch (IOException e) {
            throw new MojoExecutionException("studysite: cannot start the preview: " + e.getMessage(), e);
        }
        Thread hook = new Thread(preview::close, "studysite-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            preview.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
        }
    }
}
