#!/usr/bin/env node
// Launcher of the vbs-conformance command. It loads the TypeScript sources through tsx, so the
// command runs from a clone after `npm ci`, with no build step.
'use strict';

require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exitCode = 2;
  },
);
