// The consumer project built its own notes with nothing but a <plugin> block.
def out = new File(basedir, 'site-output')
assert out.isDirectory()
def home = new File(out, 'index.html').getText('UTF-8')
assert home.contains('Consumer notes')
assert home.contains('<html lang="ko">')

def note = new File(out, 'notes/behavioral/index.html').getText('UTF-8')
assert note.contains('행동 면접 준비')
assert note.contains('id="customer-obsession"')
assert note.contains('src="../../images/flow.svg"')
assert new File(out, 'images/flow.svg').isFile()

def design = new File(out, 'notes/system-design/index.html').getText('UTF-8')
assert design.contains('href="../../notes/behavioral/index.html#customer-obsession"')
assert design.contains('<del>todo</del>')

['.nojekyll', '404.html', 'sitemap.xml', 'robots.txt', 'assets/style.css'].each {
    assert new File(out, it).exists() : "missing $it"
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Open file:')
assert !log.contains('[WARNING] content/')
// nothing left beside the output folder
assert basedir.listFiles().findAll { it.name.startsWith('.site-output') }.isEmpty()
return true
