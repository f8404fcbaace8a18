// Modelina on the shared AsyncAPI corpus, measured like CorpusThroughput: documents/s for parsing
// every document of INDEX.tsv (kind document) and generating Java models (source text in memory),
// and the share of documents that generate. Modelina is installed outside the repository by
// bench/run-corpus.sh; nothing of it is kept here.
// Usage: node corpus.cjs <modelina install folder> <corpus folder> [warm-up rounds] [rounds]
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const [installDir, corpus, warmupArg, roundsArg] = process.argv.slice(2);
const warmup = Number(warmupArg || 1);
const rounds = Number(roundsArg || 3);
const { JavaGenerator } = require(path.join(installDir, 'node_modules', '@asyncapi', 'modelina'));
const version = require(path.join(installDir, 'node_modules', '@asyncapi', 'modelina', 'package.json')).version;

function rows(file) {
  return fs.readFileSync(path.join(corpus, file), 'utf8').split('\n').slice(1)
    .filter((line) => line.trim() !== '').map((line) => line.split('\t'));
}
const valid = new Map(rows('OFFICIAL.tsv').map((cols) => [cols[0], cols[1] === 'valid']));
const documents = rows('INDEX.tsv').filter((cols) => cols[2] === 'document')
  .map((cols) => ({ path: cols[0], valid: valid.get(cols[0]) === true }));

async function generate(document) {
  const input = pathToFileURL(path.join(corpus, document.path)).href;
  try {
    const models = await new JavaGenerator().generate(input);
    const chars = models.reduce((sum, model) => sum + (model.result || '').length, 0);
    return { generated: true, models: models.length, chars };
  } catch (error) {
    const first = (error.diagnostics && error.diagnostics[0] && error.diagnostics[0].code) || '';
    return { generated: false, why: `${first} ${String(error.message).split('\n')[0]}`.trim() };
  }
}

async function pass(outcomes) {
  for (const document of documents) {
    const start = process.hrtime.bigint();
    const outcome = await generate(document);
    outcome.ms = Number(process.hrtime.bigint() - start) / 1e6;
    outcomes.set(document.path, outcome);
  }
}

(async () => {
  const outcomes = new Map();
  for (let round = 0; round < warmup; round++) {
    await pass(outcomes);
  }
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    await pass(outcomes);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(documents.length / seconds);
    console.log(`round ${round + 1}: ${seconds.toFixed(3)} s, ${(documents.length / seconds).toFixed(1)} documents/s`);
  }
  rates.sort((a, b) => a - b);
  console.log('\n# per document (last round): ms, generated <models> <source chars> | refused <why>');
  let generated = 0;
  let validCount = 0;
  let validGenerated = 0;
  for (const document of documents) {
    const o = outcomes.get(document.path);
    console.log(`${document.path}\t${document.valid ? 'valid' : 'invalid'}\t${o.ms.toFixed(1)} ms\t${o.generated ? `generated ${o.models} ${o.chars}` : `refused ${o.why}`}`);
    generated += o.generated ? 1 : 0;
    validCount += document.valid ? 1 : 0;
    validGenerated += document.valid && o.generated ? 1 : 0;
  }
  const pct = (a, b) => (100 * a / b).toFixed(0);
  console.log('');
  console.log(`modelina ${version}: ${rates[Math.floor(rates.length / 2)].toFixed(1)} documents/s (median of ${rounds} rounds; min ${rates[0].toFixed(1)}, max ${rates[rates.length - 1].toFixed(1)})`);
  console.log(`modelina ${version}: generated ${generated} of ${documents.length} documents (${pct(generated, documents.length)}%); ${validGenerated} of ${validCount} the official parser accepts (${pct(validGenerated, validCount)}%)`);
})();
