// One cold Modelina run for the command-line comparison (bench/run-cli.sh): parse one AsyncAPI
// document and write its Java models to a folder, as `eventgen generate` writes its Java; the
// process is started fresh for each run, so its wall time includes Node and Modelina starting.
// Usage: node cold.cjs <modelina install folder> <spec> <output folder> <package>
'use strict';
const fs = require('fs');
const path = require('path');

const [installDir, spec, outDir, packageName] = process.argv.slice(2);
const { JavaFileGenerator } = require(path.join(installDir, 'node_modules', '@asyncapi', 'modelina'));

(async () => {
  const models = await new JavaFileGenerator().generateToFiles(
    fs.readFileSync(spec, 'utf8'), outDir, { packageName }, true);
  if (models.length === 0) {
    console.error('Modelina generated no models for ' + spec);
    process.exit(1);
  }
  console.log(`modelina: ${models.length} models`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
