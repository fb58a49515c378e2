def log = new File(basedir, 'build.log').getText('UTF-8')
['content', 'templates', 'output', 'baseUrl', 'strict', 'drafts', 'skip', 'force', 'allowUnsafeHtml', 'privacy',
 'port'].each {
    assert log.contains(it) : "site:help does not document $it"
}
assert log.contains('studysite.baseUrl')
assert log.contains('site:serve') : 'site:help does not list the serve goal'
assert log.contains('studysite.port')
assert log.contains('site:init') : 'site:help does not list the init goal'
return true
