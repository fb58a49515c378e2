package io.github.studysite.serve;

import io.github.studysite.cache.BuildOutput;

import java.util.Set;

/** A build's output in a preview session, which afterwards tells what the site folder holds. */
interface SessionOutput extends BuildOutput {

    boolean committed();

    /** Every file of the site once committed, relative to the site folder. */
    Set<String> files();
}
