// A previous, good build of the site that a failed build must not touch.
def out = new File(basedir, 'site-output')
out.mkdirs()
new File(out, '.studysite').text = 'previous build'
new File(out, 'index.html').setText('previous site', 'UTF-8')
return true
