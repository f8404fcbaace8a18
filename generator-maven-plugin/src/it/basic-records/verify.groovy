// Records only: the model package compiled, no transport code, and the state file was written.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/eventgen')
def classes = new File(basedir, 'target/classes/com/acme/calls')

assert log.contains('eventgen: output missing; generating')
assert log.contains('(records)')
assert new File(classes, 'model/CallStarted.class').isFile()
assert !new File(generated, 'com/acme/calls/jms').exists()
assert !new File(generated, 'com/acme/calls/syslog').exists()
def state = new File(generated, '.eventgen-state').text
assert state.contains('calls.yaml')
true
