assert !new File(basedir, 'site-output').exists()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Skipping studysite')
return true
