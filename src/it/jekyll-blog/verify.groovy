def out = new File(basedir, 'site-output')
def log = new File(basedir, 'build.log').getText('UTF-8')
// permalink: pretty puts posts where Jekyll puts them
def first = new File(out, 'interview/2025/03/10/behavioral-round/index.html')
def second = new File(out, 'interview/2025/03/12/coding-round/index.html')
assert first.isFile()
assert second.isFile()
// no "link target not found" for brackets that are not links, and no other warning
assert !log.contains('link target not found')
assert !log.contains('[WARNING] content/')

def bodyOf = { File page ->
    def html = page.getText('UTF-8')
    def start = html.indexOf('class="note-body')
    def end = html.indexOf('</article>', start)
    assert start > 0 && end > start
    html.substring(start, end)
}
def outsideCode = { String body -> body.replaceAll('(?s)<pre>.*?</pre>', '').replaceAll('(?s)<code>.*?</code>', '') }

def body = bodyOf(first)
assert body.contains('<ul id="markdown-toc">')
assert body =~ /<a href="#dive-deep" id="markdown-toc-dive-deep">Dive Deep<\/a>/
assert body =~ /<h2 class="principle" id="dive-deep">Dive Deep<\/h2>/
assert body.contains('<p class="notice--warning">Go three levels down before answering.</p>')
assert body.contains('<div class="callout">Numbers first</div>')
assert body.contains('<code class="language-python">print(&quot;{{ not_a_variable }}&quot;)')
assert body.contains('{{EC2PrivateDNSName}}')
assert body =~ /<a href="[.\/]*interview\/2025\/03\/12\/coding-round\/(index.html)?">the coding round<\/a>/
assert body =~ /<dt[^>]*>Bias for Action<\/dt>\s*<dd>Speed matters in business.<\/dd>/
assert body.contains('<abbr title="Situation Task Action Result">STAR</abbr>')

def second_body = bodyOf(second)
assert second_body.contains('Problem 1') && second_body.contains('Problem 2')
[body, second_body].each { b ->
    def text = outsideCode(b)
    assert !text.contains('{%')
    assert !text.contains('{:')
    assert !text.contains('{{')
}
return true
