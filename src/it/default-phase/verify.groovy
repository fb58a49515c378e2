// `mvn package` alone rendered the site: an execution without <phase> runs in the goal's default phase.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /studysite-maven-plugin:[^:]+:generate \(default\) @ default-phase/
assert new File(basedir, 'site-output/index.html').isFile()
assert new File(basedir, 'site-output/stories').isDirectory()
return true
