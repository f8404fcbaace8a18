// Reads the three builds from the shared build.log, in order.
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects/).findAll { it.contains('BUILD') }
assert builds.size() == 3 : "expected 3 builds, found ${builds.size()}"
def (base, compatible, breaking) = builds

// 1: 12.6.0 against itself, then generated.
assert base.contains('cvp-call-events.yaml -> cvp-call-events.yaml: no changes')
assert base.contains('eventgen: output missing; generating')

// 2: 12.6.1 is compatible; the check passes, lists the change, and the code is regenerated.
assert compatible.contains("compatible: info: version changed from 12.6.0 to 12.6.1")
assert compatible =~ /cvp-12\.6\.1\.yaml:\d+:\d+: compatible: type 'CallStartedEvent': field 'sipTrunkName' added \(optional\)/
assert compatible.contains('eventgen: options changed: specFile; generating')
assert compatible.contains('BUILD SUCCESS')
def record = new File(basedir, 'target/generated-sources/eventgen/com/acme/cvp/model/CallStartedEvent.java')
assert record.text.contains('sipTrunkName')

// 3: 13.0.0 breaks consumers: the build fails naming the field, with positions in both files.
assert breaking =~ /cvp-13\.0\.0\.yaml:\d+:\d+: breaking: type 'CallStartedEvent': field 'matchedPattern' removed \[was .*cvp-call-events\.yaml:\d+:\d+\]/
assert breaking.contains('BUILD FAILURE')
assert !breaking.contains('generating')
true
