// The bundles carry no description of a JX function. A function's registry entry (src/model/functions/<family>.ts,
// `defineFunction`) holds its descriptions and its parameters' ({ 'zh-CN', 'en-US' }: what Excel shows while the
// function is typed); they reach Excel through functions.json and functions-en.json, which the build generates from
// the registry outside webpack (scripts/functions-metadata.js, WPS's functions.json alike). No code that runs in a
// page reads them, yet they were 1.76 KB of functions.js's 60 KB gzipped budget (issue 4): this TypeScript
// transformer, run by ts-loader, drops them from the modules of src/model/functions/ (metadata.ts, which reads them,
// aside). The registry keeps one entry per function; tests and the metadata see it whole.
//
// What it drops: a property `description` whose value is an object literal of exactly the keys 'zh-CN' and 'en-US'.
'use strict';

const path = require('node:path');

const FUNCTIONS_DIR = path.join(__dirname, '..', 'src', 'model', 'functions') + path.sep;
const KEPT = new Set(['metadata.ts']);

/** Whether the module at `fileName` loses its functions' descriptions. */
function stripsDescriptionsOf(fileName) {
  const file = path.resolve(fileName);
  return file.startsWith(FUNCTIONS_DIR) && !file.slice(FUNCTIONS_DIR.length).includes(path.sep) && !KEPT.has(path.basename(file));
}

function keyName(ts, name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** `description: { 'zh-CN': …, 'en-US': … }` */
function isDescription(ts, node) {
  if (!ts.isPropertyAssignment(node) || keyName(ts, node.name) !== 'description') return false;
  const value = node.initializer;
  if (!ts.isObjectLiteralExpression(value) || value.properties.length !== 2) return false;
  const keys = value.properties.map((p) => (ts.isPropertyAssignment(p) ? keyName(ts, p.name) : undefined)).sort();
  return keys[0] === 'en-US' && keys[1] === 'zh-CN';
}

/** A `before` transformer factory for ts-loader's getCustomTransformers. */
function dropFunctionDescriptions(ts) {
  return (context) => (sourceFile) => {
    if (!stripsDescriptionsOf(sourceFile.fileName)) return sourceFile;
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => isDescription(ts, p))) {
        const kept = node.properties.filter((p) => !isDescription(ts, p)).map((p) => ts.visitNode(p, visit));
        return context.factory.updateObjectLiteralExpression(node, kept);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

module.exports = { dropFunctionDescriptions, stripsDescriptionsOf };
