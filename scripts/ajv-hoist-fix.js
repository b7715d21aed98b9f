// Workaround for the current package-lock.json (installed with legacy-peer-deps): ajv-keywords@5 is hoisted to the
// top level beside ajv@6 (eslint's), while schema-utils@4 keeps its ajv@8 nested. ajv-keywords then loads ajv@6 and
// every webpack plugin that validates its options (copy-webpack-plugin, terser, webpack-dev-server) fails with
// "Cannot find module 'ajv/dist/compile/codegen'".
// The real fix is a lockfile change (`npm install -D ajv@^8`, so that ajv@8 is the hoisted copy); until then, this
// makes `require('ajv...')` from inside ajv-keywords resolve to schema-utils' ajv@8. It does nothing once the tree
// is right.
'use strict';

const Module = require('node:module');
const path = require('node:path');

function majorOf(pkgJson) {
  try {
    return Number(require(pkgJson).version.split('.')[0]);
  } catch {
    return NaN;
  }
}

function install() {
  let keywordsDir;
  let schemaUtilsDir;
  try {
    keywordsDir = path.dirname(require.resolve('ajv-keywords/package.json'));
    schemaUtilsDir = path.dirname(require.resolve('schema-utils/package.json'));
  } catch {
    return false;
  }
  const ajvSeenByKeywords = require.resolve('ajv/package.json', { paths: [keywordsDir] });
  if (majorOf(ajvSeenByKeywords) >= 8 || majorOf(path.join(keywordsDir, 'package.json')) < 5) return false;
  let ajv8Dir;
  try {
    ajv8Dir = path.dirname(require.resolve('ajv/package.json', { paths: [schemaUtilsDir] }));
  } catch {
    return false;
  }
  if (majorOf(path.join(ajv8Dir, 'package.json')) < 8) return false;

  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveAjvForKeywords(request, parent, isMain, options) {
    if (
      (request === 'ajv' || request.startsWith('ajv/')) &&
      parent &&
      parent.filename &&
      parent.filename.startsWith(keywordsDir + path.sep)
    ) {
      return original.call(this, request, parent, isMain, { ...options, paths: [schemaUtilsDir] });
    }
    return original.call(this, request, parent, isMain, options);
  };
  return true;
}

module.exports = { installed: install() };
