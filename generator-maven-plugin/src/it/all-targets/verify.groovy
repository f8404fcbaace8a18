// Every target was generated from the CVP spec and compiled with -Xlint:all -Werror.
def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/com/acme/cvp')

assert log.contains('(records, jms, syslog)')
assert new File(classes, 'model/CallStartedEvent.class').isFile()
assert new File(classes, 'CvpEventListener.class').isFile()
assert new File(classes, 'jms').list().any { it.endsWith('.class') }
assert new File(classes, 'syslog').list().any { it.endsWith('.class') }
true
