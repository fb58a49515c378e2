def log = new File(basedir, 'build.log').getText('UTF-8')
// seed 002's salary answer is an error with -Dstudysite.privacy=strict, reported where it is, masked
// (the log's Korean depends on the console encoding, so only the ASCII part is matched)
assert log.contains('[ERROR] content/002_201329728b60437e.txt:204:2: possible salary figure in a public page: 6**0')
assert !log.contains('6100')
// the private block was removed before the scan: nothing reported for it
assert !log.contains('content/public.md')
assert !new File(basedir, 'site-output').exists()
return true
