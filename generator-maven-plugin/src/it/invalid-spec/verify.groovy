// The build failed with the same javac-style line the CLI prints: file:line:col: error[Ennn]: ...
def log = new File(basedir, 'build.log').text
assert log =~ /broken\.yaml:\d+:\d+: error\[E\d+\]: /
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/eventgen').exists()
true
