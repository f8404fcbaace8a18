// First build generates, second says up to date (both builds write to the same build.log).
def log = new File(basedir, 'build.log').text
def generating = log.indexOf('eventgen: output missing; generating')
def upToDate = log.indexOf('eventgen: up to date: ')
assert generating >= 0 : 'first build did not generate'
assert upToDate > generating : 'second build was not up to date'
assert log.count('generating') == 1
assert new File(basedir, 'target/classes/com/acme/calls/model/CallStarted.class').isFile()
true
