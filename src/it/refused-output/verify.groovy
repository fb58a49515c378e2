def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content: the output folder is the content folder; building there would replace or mix with your own files')
assert log.contains('force does not override this')
// the notes are exactly as they were, and nothing was written anywhere
assert new File(basedir, 'content/only-copy.md').getText('UTF-8') == '# My only copy\n\nPlease do not delete me.\n'
assert new File(basedir, 'content').list().toList() == ['only-copy.md']
assert basedir.listFiles().findAll { it.name.startsWith('.content') || it.name == 'site-output' }.isEmpty()
return true
