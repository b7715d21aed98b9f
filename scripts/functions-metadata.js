// The custom functions' metadata as the build emits it (webpack.config.js), in one place the tests can call:
//
// - allowErrorForDataTypeAny: without it Excel does not call a function whose input holds an error (#N/A, #REF!…)
//   and shows the error instead; FINDINGS must see error cells to list them. It is a top-level property of
//   functions.json that the metadata generator (custom-functions-metadata, from the JSDoc) does not produce
//   ("Manually create JSON metadata for custom functions": allowErrorForDataTypeAny, "All parameters with the type
//   any or any[][] can accept errors as input values"; "Handle and return errors from your custom function": it
//   "can only be used with manually created JSON metadata"), so the build adds it to both files.
// - functions-en.json must describe the same functions as functions.json: same ids and names, parameters (name,
//   type, dimensionality, optional, repeating), result and options; only the descriptions differ.
'use strict';

/** Top-level properties the build sets on both metadata files. */
const TOP_LEVEL = { allowErrorForDataTypeAny: true };

/** The metadata text with the build's top-level properties first. */
function withBuildFlags(json) {
  const parsed = JSON.parse(json);
  return JSON.stringify({ ...TOP_LEVEL, ...parsed }, null, 2) + '\n';
}

const PARAM_KEYS = ['name', 'type', 'dimensionality', 'optional', 'repeating', 'cellValueType'];

/** Everything of a function Excel uses besides the descriptions and help URL. */
function shape(f) {
  return {
    id: f.id,
    name: f.name,
    parameters: (f.parameters || []).map((p) => Object.fromEntries(PARAM_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]))),
    result: f.result,
    options: f.options,
  };
}

/** How two metadata files differ in anything but descriptions: a list of lines, empty when they agree. */
function metadataDifferences(zhJson, enJson) {
  const zh = JSON.parse(zhJson);
  const en = JSON.parse(enJson);
  const out = [];
  for (const k of Object.keys({ ...zh, ...en })) {
    if (k !== 'functions' && JSON.stringify(zh[k]) !== JSON.stringify(en[k]))
      out.push(`top-level "${k}": ${JSON.stringify(zh[k])} vs ${JSON.stringify(en[k])}`);
  }
  const zf = new Map((zh.functions || []).map((f) => [f.id, f]));
  const ef = new Map((en.functions || []).map((f) => [f.id, f]));
  for (const id of zf.keys()) if (!ef.has(id)) out.push(`${id}: missing in functions-en.json`);
  for (const id of ef.keys()) if (!zf.has(id)) out.push(`${id}: not in functions.json`);
  for (const [id, f] of zf) {
    const g = ef.get(id);
    if (!g) continue;
    const a = shape(f);
    const b = shape(g);
    for (const k of Object.keys(a))
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
        out.push(`${id}.${k}: ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`);
  }
  return out;
}

module.exports = { TOP_LEVEL, withBuildFlags, metadataDifferences };
