// Skipped: the goal says so and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('eventgen: skipped')
assert !log.contains('generating')
assert !new File(basedir, 'target/generated-sources/eventgen').exists()
true
