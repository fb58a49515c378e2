def log = new File(basedir, 'build.log').getText('UTF-8')
// every error, each as path:line:col: message, before the build fails
assert log =~ /\[ERROR\] content\/broken\.md:\d+:\d+: invalid YAML/
assert log =~ /\[ERROR\] content\/also-broken\.md:\d+:\d+: invalid YAML/
assert log.contains('was left as it was')
assert new File(basedir, 'site-output/index.html').getText('UTF-8') == 'previous site'
assert !new File(basedir, 'site-output/notes').exists()
assert basedir.listFiles().findAll { it.name.startsWith('.site-output') }.isEmpty()
return true
