// Derives the two test versions from the real CVP 12.6.0 spec at the repository root.
def original = new File(basedir, '../../../../spec/cvp-call-events.yaml')
assert original.isFile() : "CVP spec not found at ${original}"
def spec = original.text
def out = new File(basedir, 'src/main/asyncapi')
out.mkdirs()

def edit = { String text, String from, String to ->
  assert text.contains(from) : "CVP spec no longer contains: ${from}"
  text.replace(from, to)
}
def version = '  version: 12.6.0\n'

// 12.6.1: CallStartedPayload gains an optional field.
def trunkGroup = '            trunkGroupId:\n              type: integer\n'
def v1261 = edit(spec, version, '  version: 12.6.1\n')
v1261 = edit(v1261, trunkGroup, trunkGroup
    + '            sipTrunkName:\n              type: string\n'
    + '              description: Name of the SIP trunk the call arrived on.\n')
new File(out, 'cvp-12.6.1.yaml').text = v1261

// 13.0.0: CallStartedPayload loses a field.
def v1300 = edit(spec, version, '  version: 13.0.0\n')
v1300 = edit(v1300, '            matchedPattern:\n              type: string\n', '')
new File(out, 'cvp-13.0.0.yaml').text = v1300
true
