// The custom functions' metadata files as the build emits them (webpack.config.js), generated from the function
// registry by src/model/functions/metadata.ts (loaded here through tsx, so plain Node and webpack can call it):
//
// - functions.json (Chinese descriptions: what Excel shows while a JX function is typed) and functions-en.json (English;
//   the manifest points en-US Excel to it). Both come from the same registry entries, so they cannot describe
//   different functions (issue 15, defect 9), and both carry allowErrorForDataTypeAny (defect 2: FINDINGS sees error
//   cells).
// - A WPS build (or any other host) can generate its own file: require src/model/functions/metadata.ts the same way
//   and pass `functionsMetadata` the signatures that host needs.
'use strict';
const path = require('node:path');

const METADATA_MODULE = path.join(__dirname, '..', 'src', 'model', 'functions', 'metadata.ts');

/** Loads src/model/functions/metadata.ts afresh (a new tsx namespace each call, so a watching build sees edits). */
function loadMetadataModule() {
  const tsx = require('tsx/cjs/api');
  return tsx.require(METADATA_MODULE, __filename);
}

/** The files the build writes: name → text. */
function functionsMetadataFiles() {
  const m = loadMetadataModule();
  return {
    'functions.json': m.functionsMetadataJson('zh-CN'),
    'functions-en.json': m.functionsMetadataJson('en-US'),
  };
}

module.exports = { METADATA_MODULE, loadMetadataModule, functionsMetadataFiles };
