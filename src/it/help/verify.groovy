def log = new File(basedir, 'build.log').getText('UTF-8')
['content', 'templates', 'output', 'baseUrl', 'strict', 'drafts', 'skip', 'force', 'allowUnsafeHtml', 'privacy'].each {
    assert log.contains(it) : "site:help does not document $it"
}
assert log.contains('studysite.baseUrl')
return true
