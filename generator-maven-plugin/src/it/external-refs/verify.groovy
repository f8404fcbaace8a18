// The second build names the referenced file as the reason, and the new field is generated.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('eventgen: output missing; generating')
def second = log.indexOf('eventgen: referenced file changed: ')
assert first >= 0 : 'first build did not generate'
assert second > first : 'editing the referenced file did not regenerate'
assert log.substring(second).readLines()[0].contains('call-started.yaml')
def record = new File(basedir, 'target/generated-sources/eventgen/com/acme/calls/model/CallStarted.java')
assert record.text.contains('dialedNumber')
true
